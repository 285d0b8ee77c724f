import { Inject, Injectable, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { getModelToken, MongooseModule } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { EventPublisher, OutboxCarrier, OutboxRelay } from '@parley/messaging';
import { ArticlesModule } from '../articles/articles.module';
import { RestrictionsModule } from '../restrictions/restrictions.module';
import { EmailDomainRulesModule } from '../email-domains/email-domain-rules.module';
import { MutedAuthorsModule } from '../muted-authors/muted-authors.module';
import { CommentsController } from './comments.controller';
import { CommentsRepository } from './comments.repository';
import { CommentsService } from './comments.service';
import { ReadyPages } from './ready-pages';
import { ModerationDecisionsController } from './moderation-decisions.controller';
import { Comment, CommentSchema } from './schemas/comment.schema';

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

/**
 * The comments relay: publishes what this replica wrote at once, scans for every pending
 * comment every 2 s and takes over another replica's events once they are 10 s old. Under load
 * (a pass of fewer than 50 events right after another) it waits 5 ms, so the events of that
 * moment go out together (one read, one publish, one clearing write).
 */
const COMMENTS_RELAY = { scanEveryMs: 2_000, takeOverAfterMs: 10_000 };

@Module({
  imports: [MongooseModule.forFeature([{ name: Comment.name, schema: CommentSchema }]), ArticlesModule, RestrictionsModule, EmailDomainRulesModule, MutedAuthorsModule],
  controllers: [CommentsController, ModerationDecisionsController],
  providers: [
    CommentsRepository,
    CommentsService,
    ReadyPages,
    {
      provide: OutboxRelay,
      inject: [getModelToken(Comment.name), EventPublisher],
      useFactory: (model: Model<OutboxCarrier>, publisher: EventPublisher) => new OutboxRelay(model, publisher, COMMENTS_RELAY),
    },
    OutboxRelayLifecycle,
  ],
  exports: [MongooseModule, OutboxRelay, CommentsRepository, CommentsService, ReadyPages],
})
export class CommentsModule {}
