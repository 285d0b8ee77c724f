import { Controller, Logger, OnModuleInit } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { EventTypes, siteOfEvent } from '@parley/contracts';
import { articleKey } from '@parley/platform';
import { EventOf, KafkaEventServer } from '@parley/messaging';
import { LiveThreadsService } from './live-threads.service';

/** The broadcast channel of live threads: consumer group `comments-api.live-threads.<replica id>`. */
export const LIVE_THREADS_BROADCAST = 'live-threads';
const live = { broadcast: LIVE_THREADS_BROADCAST };

/**
 * Every replica hears every comment event that can change a thread: the comments-api group
 * shares partitions between replicas, so these handlers are a broadcast of the event transport
 * (a group of its own per process that starts at the latest offset and never commits). An event
 * only says "look again": what readers get is read from the database (LiveThreadsService).
 */
@Controller()
export class LiveThreadEventsController implements OnModuleInit {
  private readonly logger = new Logger(LiveThreadEventsController.name);

  constructor(
    private readonly live: LiveThreadsService,
    private readonly transport: KafkaEventServer,
  ) {}

  onModuleInit() {
    this.transport.on('joined', (m) => {
      if (m.mode !== 'broadcast' || !m.groupId.includes(`.${LIVE_THREADS_BROADCAST}.`)) return;
      this.live.listening = true;
      this.logger.log({ groupId: m.groupId }, 'listening for comment events of live threads');
    });
  }

  @EventPattern(EventTypes.CommentPublished, live)
  async onPublished(@Payload() e: EventOf<typeof EventTypes.CommentPublished>) {
    await this.live.onCommentEvent(EventTypes.CommentPublished, articleKey(siteOfEvent(e.data), e.data.articleId), e.data.commentId);
  }

  @EventPattern(EventTypes.CommentEdited, live)
  async onEdited(@Payload() e: EventOf<typeof EventTypes.CommentEdited>) {
    await this.live.onCommentEvent(EventTypes.CommentEdited, articleKey(siteOfEvent(e.data), e.data.articleId), e.data.commentId);
  }

  @EventPattern(EventTypes.CommentRemoved, live)
  async onRemoved(@Payload() e: EventOf<typeof EventTypes.CommentRemoved>) {
    await this.live.onCommentEvent(EventTypes.CommentRemoved, articleKey(siteOfEvent(e.data), e.data.articleId), e.data.commentId);
  }

  @EventPattern(EventTypes.CommentDeleted, live)
  async onDeleted(@Payload() e: EventOf<typeof EventTypes.CommentDeleted>) {
    await this.live.onCommentEvent(EventTypes.CommentDeleted, articleKey(siteOfEvent(e.data), e.data.articleId), e.data.commentId);
  }

  /** A moderator's decision (a rejection of a published comment has no other event); automated ones are followed by `published` when they approve. */
  @EventPattern(EventTypes.CommentModerated, live)
  async onModerated(@Payload() e: EventOf<typeof EventTypes.CommentModerated>) {
    if (e.data.automated) return;
    await this.live.onCommentEvent(EventTypes.CommentModerated, articleKey(siteOfEvent(e.data), e.data.articleId), e.data.commentId);
  }
}
