import { SSE_HEARTBEAT, sseFrame } from '@parley/platform';
import type { LiveMessage } from './live-thread-message';

/** What a channel needs of a reader's connection (an express Response, or a fake in unit tests). */
export interface StreamSink {
  write(chunk: string): boolean;
  end(chunk?: string): void;
  destroy(): void;
  readonly writableLength: number;
  readonly writableEnded: boolean;
  readonly destroyed: boolean;
}

export interface ArticleChannelsOptions {
  /** A reader whose connection holds more unsent bytes than this is dropped (it reconnects with Last-Event-ID). */
  maxBufferedBytes: number;
  /** Observes what the channels do (metrics). */
  onFrame?: (event: string) => void;
  onWrite?: () => void;
  onDrop?: () => void;
  /** Called when an article gets its first reader on this process, and when its last one leaves. */
  onOpen?: (articleId: string) => void;
  onClose?: (articleId: string) => void;
}

/**
 * The fan-out of live threads on one process: one channel per article with at least one reader
 * connected here, each message serialised once and written to every reader of that article.
 * Event ids are milliseconds since the epoch, strictly increasing on this process, so a
 * reconnecting reader's Last-Event-ID is a point in time any replica can catch up from.
 */
export class ArticleChannels {
  private readonly channels = new Map<string, Set<StreamSink>>();
  private lastId = 0;
  /** Messages written and readers dropped for being too slow (metrics, tests). */
  readonly stats = { frames: 0, writes: 0, dropped: 0 };

  constructor(private readonly opts: ArticleChannelsOptions) {}

  /** The next event id (ms, strictly increasing on this process). */
  nextId(): string {
    this.lastId = Math.max(Date.now(), this.lastId + 1);
    return String(this.lastId);
  }

  has(articleId: string): boolean {
    return this.channels.has(articleId);
  }

  articles(): string[] {
    return [...this.channels.keys()];
  }

  get readers(): number {
    let n = 0;
    for (const set of this.channels.values()) n += set.size;
    return n;
  }

  /** Adds a reader; returns the (idempotent) removal. */
  join(articleId: string, sink: StreamSink): () => void {
    let set = this.channels.get(articleId);
    if (!set) {
      set = new Set();
      this.channels.set(articleId, set);
      this.opts.onOpen?.(articleId);
    }
    set.add(sink);
    return () => this.leave(articleId, sink);
  }

  private leave(articleId: string, sink: StreamSink): void {
    const set = this.channels.get(articleId);
    if (!set?.delete(sink) || set.size) return;
    this.channels.delete(articleId);
    this.opts.onClose?.(articleId);
  }

  /** Sends a message to every reader of its article on this process (serialised once). */
  publish(articleId: string, message: LiveMessage): void {
    const set = this.channels.get(articleId);
    if (!set) return;
    const frame = sseFrame(this.nextId(), message.event, message.data);
    this.stats.frames++;
    this.opts.onFrame?.(message.event);
    for (const sink of [...set]) this.write(articleId, sink, frame);
  }

  /** Writes a comment line to every reader (keeps proxies from closing idle connections). */
  heartbeat(): void {
    for (const [articleId, set] of this.channels) for (const sink of [...set]) this.write(articleId, sink, SSE_HEARTBEAT);
  }

  private write(articleId: string, sink: StreamSink, frame: string): void {
    if (sink.destroyed || sink.writableEnded) return this.leave(articleId, sink);
    if (sink.writableLength > this.opts.maxBufferedBytes) {
      this.stats.dropped++;
      this.opts.onDrop?.();
      sink.destroy();
      return this.leave(articleId, sink);
    }
    sink.write(frame);
    this.stats.writes++;
    if (frame.charCodeAt(0) !== 58 /* ':' (heartbeat) */) this.opts.onWrite?.();
  }

  /** Ends every stream (shutdown). */
  closeAll(): void {
    for (const [articleId, set] of [...this.channels]) {
      for (const sink of [...set]) {
        if (!sink.writableEnded) sink.end();
        this.leave(articleId, sink);
      }
    }
  }
}
