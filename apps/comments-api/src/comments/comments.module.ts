import { Inject, Injectable, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { getModelToken, MongooseModule } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { EventPublisher, OutboxCarrier, OutboxRelay } from '@parley/messaging';
import { ArticlesModule } from '../articles/articles.module';
import { RestrictionsModule } from '../restrictions/restrictions.module';
import { DocStore } from '../common/doc-store';
import { OutboxTracker, outboxModelFor } from './outbox-adapter';
import { CommentsController } from './comments.controller';
import { CommentsService } from './comments.service';
import { ReadyPages } from './ready-pages';
import { SubmissionOutbox } from './submission-outbox';
import { ModerationDecisionsController } from './moderation-decisions.controller';
import { Comment, CommentSchema } from './schemas/comment.schema';
import { DocLocks } from '@parley/platform';

@Injectable()
class OutboxRelayLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(OutboxRelay) private readonly relay: OutboxRelay) {}
  onApplicationBootstrap() {
    this.relay.start();
  }
  async onApplicationShutdown() {
    await this.relay.stop();
  }
}

@Module({
  imports: [MongooseModule.forFeature([{ name: Comment.name, schema: CommentSchema }]), ArticlesModule, RestrictionsModule],
  controllers: [CommentsController, ModerationDecisionsController],
  providers: [
    CommentsService,
    ReadyPages,
    OutboxTracker,
    SubmissionOutbox,
    {
      provide: OutboxRelay,
      inject: [getModelToken(Comment.name), EventPublisher, DocLocks, DocStore, OutboxTracker, SubmissionOutbox],
      useFactory: (model: Model<OutboxCarrier>, publisher: EventPublisher, locks: DocLocks, store: DocStore, tracker: OutboxTracker, submissions: SubmissionOutbox) =>
        new OutboxRelay(outboxModelFor(model, locks, store, tracker, submissions), publisher, { extraBacklog: () => submissions.count() }),
    },
    OutboxRelayLifecycle,
  ],
  exports: [OutboxRelay, CommentsService, OutboxTracker, ReadyPages],
})
export class CommentsModule {}
