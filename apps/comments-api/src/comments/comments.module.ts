import { Inject, Injectable, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { getModelToken, MongooseModule } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { EventPublisher, OutboxCarrier, OutboxRelay } from '@parley/messaging';
import { ArticlesModule } from '../articles/articles.module';
import { RestrictionsModule } from '../restrictions/restrictions.module';
import { DocLocks } from '../common/doc-locks';
import { CommentsController } from './comments.controller';
import { CommentsService } from './comments.service';
import { ModerationDecisionsConsumer } from './moderation-decisions.consumer';
import { Comment, CommentSchema } from './schemas/comment.schema';

type BulkOp = { updateOne: { filter: { _id: unknown }; update: Record<string, unknown> } };

/**
 * The comments model as the outbox relay sees it: its clearing writes go one document at a
 * time under the document's lock, so they never race comments-api's own updates (see DocLocks).
 */
function lockedOutboxModel(model: Model<OutboxCarrier>, locks: DocLocks): Model<OutboxCarrier> {
  return new Proxy(model, {
    get(target, prop) {
      if (prop === 'bulkWrite') {
        return async (ops: BulkOp[]) => {
          for (const op of ops) {
            await locks.run(`comment:${String(op.updateOne.filter._id)}`, () => target.updateOne(op.updateOne.filter, op.updateOne.update).exec());
          }
        };
      }
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

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
  controllers: [CommentsController],
  providers: [
    CommentsService,
    ModerationDecisionsConsumer,
    {
      provide: OutboxRelay,
      inject: [getModelToken(Comment.name), EventPublisher, DocLocks],
      useFactory: (model: Model<OutboxCarrier>, publisher: EventPublisher, locks: DocLocks) => new OutboxRelay(lockedOutboxModel(model, locks), publisher),
    },
    OutboxRelayLifecycle,
  ],
  exports: [OutboxRelay, CommentsService],
})
export class CommentsModule {}
