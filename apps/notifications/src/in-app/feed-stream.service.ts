import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { Response } from 'express';
import { callAt, StreamSlots } from '@parley/platform';
import { NotificationsConfig } from '../config/notifications.config';
import { InAppFeedService, presentItem } from './in-app-feed.service';

/** Items stored by another replica with a slightly slower clock are still found within this window. */
const OVERLAP_MS = 5_000;
const HEARTBEAT_MS = 15_000;

interface StreamClient {
  userId: string;
  res: Response;
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
  private heartbeat?: NodeJS.Timeout;
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
   * Opens a stream. The slot is reserved before anything is awaited (StreamLimitError beyond a
   * cap) and released on every close path: the client leaving (also while `ready` is being
   * prepared), an error, shutdown, or the token's expiry (`tokenExpiresAt`), which ends the stream
   * with an `expired` event so the client reconnects with a fresh token.
   */
  async connect(userId: string, res: Response, lastEventId: string | undefined, tokenExpiresAt: number): Promise<void> {
    const releaseSlot = this.slots.reserve(userId);
    const resumeFrom = lastEventId && /^\d{1,15}$/.test(lastEventId) ? Number(lastEventId) + 1 : undefined;
    const client: StreamClient = { userId, res, since: resumeFrom ?? Date.now() - 1000, sent: new Map() };
    let cancelExpiry = () => {};
    const release = () => {
      releaseSlot();
      cancelExpiry();
      const mine = this.clients.get(userId);
      if (mine?.delete(client) && !mine.size) this.clients.delete(userId);
      if (!this.slots.size) this.stopTimers();
    };
    res.once('close', release);
    try {
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' });
      res.write(`retry: 3000\n\n`);
      cancelExpiry = callAt(tokenExpiresAt, () => {
        if (!res.writableEnded) res.end('event: expired\ndata: {}\n\n');
        release();
      });
      const unread = await this.feed.unread(userId);
      if (res.destroyed || res.writableEnded) return release();
      res.write(`event: ready\ndata: ${JSON.stringify({ unread })}\n\n`);
    } catch (err) {
      release();
      res.destroy();
      throw err;
    }
    const mine = this.clients.get(userId) ?? new Set<StreamClient>();
    mine.add(client);
    this.clients.set(userId, mine);
    this.startTimers();
    if (resumeFrom !== undefined) void this.poll(Math.min(resumeFrom, Date.now() - OVERLAP_MS));
  }

  private startTimers() {
    if (this.timer) return;
    this.lastPoll = Date.now();
    this.timer = setInterval(() => void this.poll(), this.config.NOTIFY_SSE_POLL_MS);
    this.heartbeat = setInterval(() => {
      for (const set of this.clients.values()) for (const c of set) c.res.write(': ping\n\n');
    }, HEARTBEAT_MS);
  }

  private stopTimers() {
    clearInterval(this.timer);
    clearInterval(this.heartbeat);
    this.timer = this.heartbeat = undefined;
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
            c.res.write(`id: ${inserted}\nevent: notification\ndata: ${JSON.stringify(presentItem(item))}\n\n`);
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
    for (const set of this.clients.values()) for (const c of set) c.res.end();
  }
}
