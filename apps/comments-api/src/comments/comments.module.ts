import { Inject, Injectable, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { getModelToken, MongooseModule } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { EventPublisher, OutboxCarrier, OutboxRelay } from '@parley/messaging';
import { CommentsController } from './comments.controller';
import { CommentsService } from './comments.service';
import { ModerationDecisionsConsumer } from './moderation-decisions.consumer';
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

@Module({
  imports: [MongooseModule.forFeature([{ name: Comment.name, schema: CommentSchema }])],
  controllers: [CommentsController],
  providers: [
    CommentsService,
    ModerationDecisionsConsumer,
    {
      provide: OutboxRelay,
      inject: [getModelToken(Comment.name), EventPublisher],
      useFactory: (model: Model<OutboxCarrier>, publisher: EventPublisher) => new OutboxRelay(model, publisher),
    },
    OutboxRelayLifecycle,
  ],
  exports: [OutboxRelay],
})
export class CommentsModule {}
