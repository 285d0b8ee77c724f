import { Module } from '@nestjs/common';
import { CommentCheckController } from './comment-check.controller';
import { CommentCheckService } from './comment-check.service';
import { ShownWarningsService } from './shown-warnings.service';

@Module({ controllers: [CommentCheckController], providers: [CommentCheckService, ShownWarningsService] })
export class CommentCheckModule {}
