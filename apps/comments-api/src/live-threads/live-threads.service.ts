import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Response } from 'express';
import { Model, Types } from 'mongoose';
import { EventTypes } from '@parley/contracts';
import { DatabaseCapabilities, EventStream, hostArticleId, lastEventTime, ReadBatcher, StreamHeartbeat, StreamSlots } from '@parley/platform';
import { VIEW_PROJECTION } from '../comments/comment.view';
import { Comment } from '../comments/schemas/comment.schema';
import { CommentsApiConfig } from '../config/comments-api.config';
import { ArticleChannels, StreamSink } from './article-channels';
import { LiveComment, liveMessageFor, ThreadChangingEvent } from './live-thread-message';
import { liveThreadMetrics } from './live-thread-metrics';
import { ReactionCountsWatcher } from './reaction-counts.watcher';

const LIVE_PROJECTION = { ...VIEW_PROJECTION, listed: 1 } as const;
/** A resuming reader gets the changes since its last event id minus this (clocks of replicas differ a little). */
const RESUME_OVERLAP_MS = 5_000;
/** Most comments sent to one resuming reader (the rest: it reloads the thread). */
const RESUME_MAX = 500;
/** Last-Event-IDs older than this are not resumed (the reader reloads the thread). */
const RESUME_MAX_AGE_MS = 60 * 60_000;

/**
 * Live threads: server-sent events per article for readers (new approved comments and
 * replies, published edits, removals, reaction counts). Every replica hears every comment event
 * through its own Kafka broadcast group (LiveThreadEventsController) and, for an article that
 * has readers on this replica, reads the comment once (batched with concurrent reads) and writes
 * the public view once to all of them: the database and Kafka see one reader per article per
 * process, whatever the audience. Reaction counts come from ReactionCountsWatcher.
 */
@Injectable()
export class LiveThreadsService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(LiveThreadsService.name);
  readonly channels: ArticleChannels;
  private readonly slots: StreamSlots;
  private readonly reactions: ReactionCountsWatcher;
  private readonly reads: ReadBatcher<string, LiveComment>;
  private readonly heartbeat: StreamHeartbeat;
  /** Whether this replica's broadcast consumer of comment events has joined (set by LiveThreadEventsController). */
  listening = false;

  constructor(
    @InjectModel(Comment.name) private readonly comments: Model<Comment>,
    @Inject(DatabaseCapabilities) caps: DatabaseCapabilities,
    private readonly config: CommentsApiConfig,
  ) {
    this.slots = new StreamSlots(config.LIVE_THREAD_MAX_STREAMS_PER_CLIENT, config.LIVE_THREAD_MAX_STREAMS, 30);
    this.heartbeat = new StreamHeartbeat(config.LIVE_THREAD_HEARTBEAT_MS, () => this.channels.heartbeat());
    this.reactions = new ReactionCountsWatcher(comments, config.LIVE_THREAD_REACTIONS_POLL_MS, caps.changeStreams, (c) =>
      this.channels.publish(c.articleId, { event: 'reactions', data: { id: c.id, articleId: hostArticleId(c.articleId), reactionCount: c.reactionCount } }),
    );
    this.channels = new ArticleChannels({
      maxBufferedBytes: 1 << 20,
      onFrame: (event) => liveThreadMetrics.messages.inc({ event }),
      onWrite: () => liveThreadMetrics.writes.inc(),
      onDrop: () => liveThreadMetrics.dropped.inc(),
      onOpen: (articleId) => {
        liveThreadMetrics.articles.inc();
        this.reactions.watch(articleId);
      },
      onClose: (articleId) => {
        liveThreadMetrics.articles.dec();
        this.reactions.unwatch(articleId);
      },
    });
    this.reads = new ReadBatcher<string, LiveComment>(async (ids) => {
      const docs = await this.comments.find({ _id: { $in: ids.map((id) => new Types.ObjectId(id)) } }, LIVE_PROJECTION).lean<LiveComment[]>().exec();
      return new Map(docs.map((d) => [String(d._id), d]));
    });
    this.logger.log({ reactionCounts: this.reactions.mode, maxStreams: config.LIVE_THREAD_MAX_STREAMS }, 'live threads ready');
  }

  /**
   * Opens a reader's stream of `articleId`. The slot (per client address, per process) is
   * reserved before anything is awaited (a 429 problem beyond a cap) and freed on close.
   * With a Last-Event-ID, the comments changed since then are sent first, as they are now.
   */
  async connect(articleId: string, client: string, res: Response, lastEventId?: string): Promise<void> {
    const stream = EventStream.open(res, { slots: this.slots, client });
    liveThreadMetrics.streams.inc();
    stream.onClose(() => {
      liveThreadMetrics.streams.dec();
      if (!this.slots.size) this.heartbeat.stop();
    });
    try {
      const resumeFrom = resumePoint(lastEventId);
      // Joined before the catch-up is read, so nothing falls between the two; what the channel
      // sends meanwhile is held back and written after the catch-up (it is the newer state).
      const sink = new HeldSink(res);
      stream.onClose(this.channels.join(articleId, sink));
      // a client that left before this handler ran has no 'close' event to come
      if (stream.clientGone) return stream.close();
      const readyId = this.channels.nextId();
      const missed = resumeFrom !== undefined ? await this.changedSince(articleId, new Date(resumeFrom - RESUME_OVERLAP_MS)) : [];
      if (stream.closed) return stream.close();
      for (const c of missed) {
        // as after any change: approved → comment/edited, once shown and now hidden → removed
        const m = liveMessageFor(EventTypes.CommentEdited, c);
        if (m) stream.send(m.event, m.data);
      }
      stream.send('ready', { articleId, listening: this.listening, resumed: resumeFrom !== undefined, missed: missed.length }, readyId);
      sink.release();
      this.heartbeat.start();
    } catch (err) {
      // the headers are out: no problem answer is possible; the client reconnects and resumes
      this.logger.warn({ err: (err as Error).message, articleId }, 'live thread stream failed to open');
      stream.destroy();
    }
  }

  /** The comments of an article whose state changed since `since` (approvals, edits, removals set `updatedAt`). */
  private changedSince(articleId: string, since: Date): Promise<LiveComment[]> {
    return this.comments.find({ articleId, updatedAt: { $gte: since } }, LIVE_PROJECTION).sort({ updatedAt: 1, _id: 1 }).limit(RESUME_MAX).lean<LiveComment[]>().exec();
  }

  /** A comment event heard on the broadcast group: if the article has readers here, send them the comment as it is now. */
  async onCommentEvent(type: ThreadChangingEvent, articleId: string, commentId: string): Promise<void> {
    if (!this.channels.has(articleId) || !/^[a-f0-9]{24}$/.test(commentId)) return;
    liveThreadMetrics.commentReads.inc();
    try {
      const c = await this.reads.load(commentId);
      if (!c || c.articleId !== articleId) return;
      const message = liveMessageFor(type, c);
      if (message) this.channels.publish(articleId, message);
    } catch (err) {
      // readers miss this change (a reconnect catches up); the broadcast group moves on
      this.logger.warn({ err: (err as Error).message, commentId }, 'live thread read failed');
    }
  }

  /** Ends every stream before the HTTP server closes (it waits for open connections); readers reconnect to another replica. */
  beforeApplicationShutdown(): void {
    this.heartbeat.stop();
    this.reactions.stop();
    this.channels.closeAll();
  }
}

/** The time a Last-Event-ID (ms since the epoch, as this stream sends them) stands for, if recent enough to resume from. */
export function resumePoint(lastEventId: string | undefined, now = Date.now()): number | undefined {
  const at = lastEventTime(lastEventId);
  if (at === undefined) return undefined;
  return at <= now + RESUME_OVERLAP_MS && now - at <= RESUME_MAX_AGE_MS ? at : undefined;
}

/** A reader's connection that keeps what the channel writes until `release()` (while the stream's opening frames are written). */
class HeldSink implements StreamSink {
  private held: string[] | null = [];
  constructor(private readonly res: Response) {}
  write(chunk: string): boolean {
    if (this.held) {
      this.held.push(chunk);
      return true;
    }
    return this.res.write(chunk);
  }
  release(): void {
    const held = this.held ?? [];
    this.held = null;
    if (held.length) this.res.write(held.join(''));
  }
  end(chunk?: string): void {
    this.res.end(chunk);
  }
  destroy(): void {
    this.res.destroy();
  }
  get writableLength(): number {
    return this.res.writableLength;
  }
  get writableEnded(): boolean {
    return this.res.writableEnded;
  }
  get destroyed(): boolean {
    return this.res.destroyed;
  }
}
