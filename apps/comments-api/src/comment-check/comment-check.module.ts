import { Module } from '@nestjs/common';
import { CommentCheckController } from './comment-check.controller';
import { CommentCheckService } from './comment-check.service';

@Module({ controllers: [CommentCheckController], providers: [CommentCheckService] })
export class CommentCheckModule {}
