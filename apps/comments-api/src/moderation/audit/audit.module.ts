import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { TransparencyController } from './transparency.controller';

/** The audit trail's HTTP side (AuditService itself is shared by every moderation module). */
@Module({ controllers: [AuditController, TransparencyController] })
export class AuditModule {}
