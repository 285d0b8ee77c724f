import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { DecisionsModule } from '../decisions/decisions.module';
import { MisuseModule } from '../misuse/misuse.module';
import { NoticesModule } from '../notices/notices.module';
import { ReportOutcomesModule } from '../report-outcomes/report-outcomes.module';
import { UserActionsModule } from '../user-actions/user-actions.module';
import { outboxRelayProvider } from '../shared/outbox';
import { Appeal, AppealSchema } from './appeal.schema';
import { AppealsController } from './appeals.controller';
import { MyRestrictionsController } from './my-restrictions.controller';
import { APPEALS_RELAY, AppealsService } from './appeals.service';

@Module({
  imports: [MongooseModule.forFeature([{ name: Appeal.name, schema: AppealSchema }]), DecisionsModule, NoticesModule, UserActionsModule, MisuseModule, ReportOutcomesModule],
  controllers: [AppealsController, MyRestrictionsController],
  providers: [AppealsService, ...outboxRelayProvider(APPEALS_RELAY, Appeal.name)],
})
export class AppealsModule {}
