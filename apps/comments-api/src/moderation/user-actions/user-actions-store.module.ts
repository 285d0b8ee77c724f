import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { outboxRelayProvider } from '../shared/outbox';
import { UserAction, UserActionSchema } from './user-action.schema';

export const USER_ACTIONS_RELAY = 'USER_ACTIONS_OUTBOX_RELAY';

/**
 * The user actions collection and its outbox relay, shared by the moderators' user actions and
 * the misuse policy (DSA Art. 23), which issues warnings and suspensions of its own.
 */
@Module({
  imports: [MongooseModule.forFeature([{ name: UserAction.name, schema: UserActionSchema }])],
  providers: [...outboxRelayProvider(USER_ACTIONS_RELAY, UserAction.name)],
  exports: [MongooseModule, USER_ACTIONS_RELAY],
})
export class UserActionsStoreModule {}
