import type { ServerResponse } from 'node:http';
import { callAt, StreamLimitError, StreamSlots, tooManyStreams } from './stream-slots';

/**
 * Server-sent events (text/event-stream): the framing, the opening and the closing of one
 * connection, shared by every stream the apps serve (live threads, the in-app feed, the
 * moderators' queue counts).
 */

/** The response headers of an event stream (no caching or buffering by proxies). */
export const EVENT_STREAM_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  connection: 'keep-alive',
  'x-accel-buffering': 'no',
} as const;

/** How long a client waits before it reconnects (the `retry:` line sent first). */
export const EVENT_STREAM_RETRY_MS = 3000;

/** A comment line: clients ignore it, proxies see traffic and keep an idle connection open. */
export const SSE_HEARTBEAT = ': ping\n\n';

/**
 * JSON for a `data:` line: one line (JSON.stringify never emits a raw newline), with <, > and &
 * escaped as the API's JSON answers are ("json escape"), so a body can never be sniffed as HTML.
 */
export function sseJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One event frame: `id:` (when given), `event:` and one `data:` line of JSON. */
export function sseFrame(id: string | number | null, event: string, data: unknown): string {
  return `${id !== null ? `id: ${id}\n` : ''}event: ${event}\ndata: ${sseJson(data)}\n\n`;
}

/**
 * The instant a Last-Event-ID stands for, for streams whose event ids are milliseconds since the
 * epoch; undefined for anything else (absent, not a number, absurdly long).
 */
export function lastEventTime(lastEventId: string | undefined): number | undefined {
  return lastEventId && /^\d{1,15}$/.test(lastEventId) ? Number(lastEventId) : undefined;
}

/** What a stream needs of the connection (an express Response, or a fake in unit tests). */
export type EventStreamResponse = Pick<ServerResponse, 'writeHead' | 'write' | 'end' | 'destroy' | 'once' | 'destroyed' | 'writableEnded' | 'socket'>;

export interface EventStreamOptions {
  /** Caps on open streams: a slot of `client` is reserved when the stream opens, freed when it closes. */
  slots?: StreamSlots;
  /** Whom the slot counts against (a user id, a client address). */
  client?: string;
  /**
   * When the credentials the stream was opened with expire (epoch ms): the stream then ends with an
   * `expired` event (`data: {}`), and the client reconnects with fresh ones.
   */
  expiresAt?: number;
}

/**
 * One open event stream. `open()` reserves the connection's slot before anything else (a 429
 * problem with Retry-After beyond a cap, before any byte is written), sends the headers and the
 * `retry:` line, and arms the expiry. Every way the stream ends (the client leaving, `end()`,
 * `destroy()`, the expiry) runs the close callbacks once: the slot's release first, then the
 * others in the order they were added.
 */
export class EventStream {
  private readonly closers: Array<() => void> = [];
  private closedFlag = false;

  private constructor(readonly res: EventStreamResponse) {}

  static open(res: EventStreamResponse, opts: EventStreamOptions = {}): EventStream {
    let releaseSlot: (() => void) | undefined;
    try {
      releaseSlot = opts.slots?.reserve(opts.client ?? ''); // before any await: concurrent opens cannot all pass
    } catch (err) {
      if (err instanceof StreamLimitError) throw tooManyStreams(err);
      throw err;
    }
    const stream = new EventStream(res);
    if (releaseSlot) stream.closers.push(releaseSlot);
    res.once('close', () => stream.close());
    res.writeHead(200, EVENT_STREAM_HEADERS);
    res.write(`retry: ${EVENT_STREAM_RETRY_MS}\n\n`);
    if (opts.expiresAt !== undefined) stream.onClose(callAt(opts.expiresAt, () => stream.end('expired', {})));
    return stream;
  }

  /** Whether the stream has ended (closed by either side, or the response is finished). */
  get closed(): boolean {
    return this.closedFlag || this.res.destroyed || this.res.writableEnded;
  }

  /** Whether the client has already gone (also before its 'close' event has been emitted). */
  get clientGone(): boolean {
    return this.closed || !this.res.socket || this.res.socket.destroyed;
  }

  /** Runs `fn` when the stream closes (at once if it already has). */
  onClose(fn: () => void): void {
    if (this.closedFlag) fn();
    else this.closers.push(fn);
  }

  /** Writes one event; false (and nothing written) once the stream has ended. */
  send(event: string, data: unknown, id: string | number | null = null): boolean {
    return this.write(sseFrame(id, event, data));
  }

  /** Writes a heartbeat comment line. */
  heartbeat(): boolean {
    return this.write(SSE_HEARTBEAT);
  }

  /** Writes an already framed chunk (a frame serialised once for many readers). */
  write(chunk: string): boolean {
    if (this.closed) return false;
    this.res.write(chunk);
    return true;
  }

  /** Ends the response, with a last event if given, and closes the stream. */
  end(event?: string, data?: unknown): void {
    if (!this.res.writableEnded) {
      if (event !== undefined) this.res.end(sseFrame(null, event, data ?? {}));
      else this.res.end();
    }
    this.close();
  }

  /** Drops the connection (after a failure: the headers are out, no answer is possible) and closes the stream. */
  destroy(): void {
    this.close();
    this.res.destroy();
  }

  /** Runs the close callbacks (once). */
  close(): void {
    if (this.closedFlag) return;
    this.closedFlag = true;
    for (const fn of this.closers.splice(0)) fn();
  }
}

/**
 * A timer that writes heartbeats while a process has streams open: `start()` when a stream opens
 * (idempotent), `stop()` when the last one closes or at shutdown. It does not keep the process alive.
 */
export class StreamHeartbeat {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly intervalMs: number,
    private readonly beat: () => void,
  ) {}

  get running(): boolean {
    return this.timer !== undefined;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(this.beat, this.intervalMs);
    this.timer.unref?.();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
