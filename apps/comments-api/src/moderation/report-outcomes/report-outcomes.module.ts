import { Module } from '@nestjs/common';
import { NoticesModule } from '../notices/notices.module';
import { outboxRelayProvider } from '../shared/outbox';
import { ReportRef } from '../notices/notice.schema';
import { REPORTS_RELAY, ReportOutcomesService } from './report-outcomes.service';

/** Decisions on readers' reports and their messages to the reporters (the reports collection's outbox). */
@Module({
  imports: [NoticesModule],
  providers: [ReportOutcomesService, ...outboxRelayProvider(REPORTS_RELAY, ReportRef.name)],
  exports: [ReportOutcomesService],
})
export class ReportOutcomesModule {}
