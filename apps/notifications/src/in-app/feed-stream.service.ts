import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { Response } from 'express';
import { EventStream, lastEventTime, StreamHeartbeat, StreamSlots } from '@parley/platform';
import { NotificationsConfig } from '../config/notifications.config';
import { InAppFeedService, presentItem } from './in-app-feed.service';

/** Items stored by another replica with a slightly slower clock are still found within this window. */
const OVERLAP_MS = 5_000;
const HEARTBEAT_MS = 15_000;

interface StreamClient {
  userId: string;
  stream: EventStream;
  /** Items inserted before this are not sent (the client loaded its feed with GET). */
  since: number;
  /** Ids sent recently (with their insertedAt), so the overlapping polls send each once. */
  sent: Map<string, number>;
}

/**
 * Server-sent events for the in-app feed. Works with several replicas without change streams:
 * each replica polls the collection by `insertedAt` for the users connected to it, so an item
 * stored by replica B reaches a client connected to replica A within one poll interval.
 */
@Injectable()
export class FeedStreamService implements OnApplicationShutdown {
  private readonly logger = new Logger(FeedStreamService.name);
  private readonly clients = new Map<string, Set<StreamClient>>();
  private readonly slots: StreamSlots;
  private timer?: NodeJS.Timeout;
  private readonly heartbeat = new StreamHeartbeat(HEARTBEAT_MS, () => {
    for (const set of this.clients.values()) for (const c of set) c.stream.heartbeat();
  });
  private polling = false;
  private lastPoll = Date.now();

  constructor(
    private readonly feed: InAppFeedService,
    private readonly config: NotificationsConfig,
  ) {
    this.slots = new StreamSlots(config.NOTIFY_SSE_MAX_PER_USER, config.NOTIFY_SSE_MAX_CLIENTS);
  }

  get connected(): number {
    return this.slots.size;
  }

  /**
   * Opens a stream. The slot is reserved before anything is awaited (a 429 problem beyond a
   * cap) and released on every close path: the client leaving (also while `ready` is being
   * prepared), an error, shutdown, or the token's expiry (`tokenExpiresAt`), which ends the stream
   * with an `expired` event so the client reconnects with a fresh token.
   */
  async connect(userId: string, res: Response, lastEventId: string | undefined, tokenExpiresAt: number): Promise<void> {
    const resumeAt = lastEventTime(lastEventId);
    const resumeFrom = resumeAt !== undefined ? resumeAt + 1 : undefined;
    const stream = EventStream.open(res, { slots: this.slots, client: userId, expiresAt: tokenExpiresAt });
    const client: StreamClient = { userId, stream, since: resumeFrom ?? Date.now() - 1000, sent: new Map() };
    stream.onClose(() => {
      const mine = this.clients.get(userId);
      if (mine?.delete(client) && !mine.size) this.clients.delete(userId);
      if (!this.slots.size) this.stopTimers();
    });
    try {
      const unread = await this.feed.unread(userId);
      if (stream.closed) return stream.close();
      stream.send('ready', { unread });
    } catch (err) {
      stream.destroy();
      throw err;
    }
    const mine = this.clients.get(userId) ?? new Set<StreamClient>();
    mine.add(client);
    this.clients.set(userId, mine);
    this.startTimers();
    if (resumeFrom !== undefined) void this.poll(Math.min(resumeFrom, Date.now() - OVERLAP_MS));
  }

  private startTimers() {
    this.heartbeat.start();
    if (this.timer) return;
    this.lastPoll = Date.now();
    this.timer = setInterval(() => void this.poll(), this.config.NOTIFY_SSE_POLL_MS);
  }

  private stopTimers() {
    clearInterval(this.timer);
    this.heartbeat.stop();
    this.timer = undefined;
  }

  private async poll(from?: number): Promise<void> {
    if (this.polling || !this.clients.size) return;
    this.polling = true;
    const started = Date.now();
    const since = from ?? this.lastPoll - OVERLAP_MS;
    try {
      const users = [...this.clients.keys()];
      for (let i = 0; i < users.length; i += 500) {
        const items = await this.feed.insertedSince(users.slice(i, i + 500), new Date(since), 2000);
        for (const item of items) {
          const inserted = new Date(item.insertedAt).getTime();
          for (const c of this.clients.get(item.userId) ?? []) {
            if (inserted < c.since || c.sent.has(item._id)) continue;
            c.sent.set(item._id, inserted);
            c.stream.send('notification', presentItem(item), inserted);
          }
        }
      }
      this.lastPoll = started;
      const forget = started - 2 * OVERLAP_MS;
      for (const set of this.clients.values()) for (const c of set) for (const [id, at] of c.sent) if (at < forget) c.sent.delete(id);
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'feed stream poll failed');
    } finally {
      this.polling = false;
    }
  }

  onApplicationShutdown() {
    this.stopTimers();
    for (const set of [...this.clients.values()]) for (const c of [...set]) c.stream.end();
  }
}
