import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { RestrictionsModule } from '../../restrictions/restrictions.module';
import { DecisionsModule } from '../decisions/decisions.module';
import { NoticesModule } from '../notices/notices.module';
import { QueuesModule } from '../queues/queues.module';
import { MisuseModule } from '../misuse/misuse.module';
import { UserNote, UserNoteSchema } from './user-action.schema';
import { UserActionsStoreModule } from './user-actions-store.module';
import { UserActionsController } from './user-actions.controller';
import { UserActionsService } from './user-actions.service';
import { UserEventsController } from './user-events.controller';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: UserNote.name, schema: UserNoteSchema }]),
    RestrictionsModule,
    DecisionsModule,
    QueuesModule,
    NoticesModule,
    UserActionsStoreModule,
    MisuseModule,
  ],
  controllers: [UserActionsController, UserEventsController],
  providers: [UserActionsService],
  exports: [UserActionsService],
})
export class UserActionsModule {}
