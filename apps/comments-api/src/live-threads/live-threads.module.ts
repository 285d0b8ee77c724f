import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments/comments.module';
import { LiveThreadEventsController } from './live-thread-events.controller';
import { LiveThreadsController } from './live-threads.controller';
import { LiveThreadsService } from './live-threads.service';

/** Live threads for readers: a server-sent event stream per article, fed by a Kafka broadcast per replica. */
@Module({
  imports: [CommentsModule],
  controllers: [LiveThreadsController, LiveThreadEventsController],
  providers: [LiveThreadsService],
})
export class LiveThreadsModule {}
