import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { NoticesController } from '../notices/notices.controller';
import { MisuseModule } from '../misuse/misuse.module';
import { NoticesModule } from '../notices/notices.module';
import { ReportOutcomesModule } from '../report-outcomes/report-outcomes.module';
import { DecisionsController } from './decisions.controller';
import { DecisionsService } from './decisions.service';

@Module({
  imports: [ClaimsModule, NoticesModule, MisuseModule, ReportOutcomesModule],
  controllers: [DecisionsController, NoticesController],
  providers: [DecisionsService],
  exports: [DecisionsService],
})
export class DecisionsModule {}
