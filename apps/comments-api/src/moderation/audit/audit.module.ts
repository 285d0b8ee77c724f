import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';

/** The audit trail's HTTP side (AuditService itself is shared by every moderation module). */
@Module({ controllers: [AuditController] })
export class AuditModule {}
