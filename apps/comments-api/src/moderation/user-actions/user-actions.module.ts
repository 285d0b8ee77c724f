import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { RestrictionsModule } from '../../restrictions/restrictions.module';
import { DecisionsModule } from '../decisions/decisions.module';
import { NoticesModule } from '../notices/notices.module';
import { QueuesModule } from '../queues/queues.module';
import { outboxRelayProvider } from '../shared/outbox';
import { UserAction, UserActionSchema, UserFlags, UserFlagsSchema, UserNote, UserNoteSchema } from './user-action.schema';
import { UserActionsController } from './user-actions.controller';
import { USER_ACTIONS_RELAY, UserActionsService } from './user-actions.service';
import { UserEventsConsumer } from './user-events.consumer';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: UserAction.name, schema: UserActionSchema },
      { name: UserNote.name, schema: UserNoteSchema },
      { name: UserFlags.name, schema: UserFlagsSchema },
    ]),
    RestrictionsModule,
    DecisionsModule,
    QueuesModule,
    NoticesModule,
  ],
  controllers: [UserActionsController],
  providers: [UserActionsService, UserEventsConsumer, ...outboxRelayProvider(USER_ACTIONS_RELAY, UserAction.name)],
})
export class UserActionsModule {}
