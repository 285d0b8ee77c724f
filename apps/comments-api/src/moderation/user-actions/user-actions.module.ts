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
import { UserEventsController } from './user-events.controller';

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
  controllers: [UserActionsController, UserEventsController],
  providers: [UserActionsService, ...outboxRelayProvider(USER_ACTIONS_RELAY, UserAction.name)],
  exports: [UserActionsService],
})
export class UserActionsModule {}
