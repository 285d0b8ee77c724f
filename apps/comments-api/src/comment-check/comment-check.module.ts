import { Module } from '@nestjs/common';
import { loadConfig } from '@parley/platform';
import { GatewayConfig } from '../gateway/gateway.config';
import { CommentCheckController } from './comment-check.controller';
import { CommentCheckService } from './comment-check.service';
import { ShownWarningsService } from './shown-warnings.service';

@Module({
  controllers: [CommentCheckController],
  providers: [{ provide: GatewayConfig, useFactory: () => loadConfig(GatewayConfig) }, CommentCheckService, ShownWarningsService],
})
export class CommentCheckModule {}
