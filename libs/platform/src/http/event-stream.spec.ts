import { EventEmitter } from 'node:events';
import { EventStream, EventStreamResponse, lastEventTime, sseFrame, sseJson, StreamHeartbeat } from './event-stream';
import { ProblemException } from './problem';
import { StreamSlots } from './stream-slots';

/** A response that records what is written, and can be closed by its "client". */
class FakeResponse extends EventEmitter {
  status?: number;
  headers?: Record<string, string>;
  chunks: string[] = [];
  writableEnded = false;
  destroyed = false;
  socket: { destroyed: boolean } | null = { destroyed: false };
  writeHead(status: number, headers: Record<string, string>) {
    this.status = status;
    this.headers = headers;
    return this;
  }
  write(chunk: string) {
    this.chunks.push(chunk);
    return true;
  }
  end(chunk?: string) {
    if (chunk !== undefined) this.chunks.push(chunk);
    this.writableEnded = true;
    this.emit('close');
    return this;
  }
  destroy() {
    this.destroyed = true;
    this.emit('close');
    return this;
  }
  /** The client goes away. */
  hangUp() {
    this.destroyed = true;
    this.emit('close');
  }
  get text() {
    return this.chunks.join('');
  }
}

const open = (res: FakeResponse, opts?: Parameters<typeof EventStream.open>[1]) => EventStream.open(res as unknown as EventStreamResponse, opts);

describe('server-sent event frames', () => {
  it('escape <, > and & and keep the data on one line', () => {
    const json = sseJson({ body: 'a\n<script>&\u2028' });
    expect(json).not.toMatch(/[<>&\n\u2028]/);
    expect(JSON.parse(json)).toEqual({ body: 'a\n<script>&\u2028' });
  });

  it('frame id (when given), event and data', () => {
    expect(sseFrame('12', 'comment', { a: 1 })).toBe('id: 12\nevent: comment\ndata: {"a":1}\n\n');
    expect(sseFrame(17, 'notification', { a: '<b>' })).toBe('id: 17\nevent: notification\ndata: {"a":"\\u003cb\\u003e"}\n\n');
    expect(sseFrame(null, 'ready', {})).toBe('event: ready\ndata: {}\n\n');
  });

  it('read a Last-Event-ID as milliseconds since the epoch, and nothing else', () => {
    expect(lastEventTime('1764936000000')).toBe(1764936000000);
    expect(lastEventTime('0')).toBe(0);
    expect(lastEventTime(undefined)).toBeUndefined();
    expect(lastEventTime('')).toBeUndefined();
    expect(lastEventTime('12ab')).toBeUndefined();
    expect(lastEventTime('-5')).toBeUndefined();
    expect(lastEventTime('1'.repeat(16))).toBeUndefined();
  });
});

describe('EventStream', () => {
  afterEach(() => jest.useRealTimers());

  it('opens with the event-stream headers and a retry line, writes events and heartbeats', () => {
    const res = new FakeResponse();
    const stream = open(res);
    expect(res.status).toBe(200);
    expect(res.headers).toMatchObject({
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
    });
    expect(stream.send('ready', { unread: 2 }, '5')).toBe(true);
    expect(stream.heartbeat()).toBe(true);
    expect(res.text).toBe('retry: 3000\n\nid: 5\nevent: ready\ndata: {"unread":2}\n\n: ping\n\n');
  });

  it('holds a slot while open and frees it once on every way of closing, running the close callbacks once, slot first', () => {
    const slots = new StreamSlots(1, 10);
    const order: string[] = [];
    const res = new FakeResponse();
    const stream = open(res, { slots, client: 'ada' });
    stream.onClose(() => order.push(`closed with ${slots.size} open`));
    expect(slots.openBy('ada')).toBe(1);
    res.hangUp();
    stream.close();
    stream.end();
    expect(order).toEqual(['closed with 0 open']);
    expect(stream.closed).toBe(true);
    expect(stream.send('late', {})).toBe(false);
    // a callback added after the close runs at once
    stream.onClose(() => order.push('late'));
    expect(order).toEqual(['closed with 0 open', 'late']);

    const again = new FakeResponse();
    const second = open(again, { slots, client: 'ada' });
    expect(slots.openBy('ada')).toBe(1);
    second.destroy();
    expect(again.destroyed).toBe(true);
    expect(slots.size).toBe(0);
  });

  it('is a 429 problem with Retry-After beyond a cap, before anything is written', () => {
    const slots = new StreamSlots(1, 10, 15);
    open(new FakeResponse(), { slots, client: 'ada' });
    const refused = new FakeResponse();
    let thrown: unknown;
    try {
      open(refused, { slots, client: 'ada' });
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(ProblemException);
    expect(thrown).toMatchObject({ status: 429, slug: 'too-many-streams', headers: { 'Retry-After': '15' } });
    expect(refused.chunks).toEqual([]);
    expect(refused.status).toBeUndefined();
    expect(refused.listenerCount('close')).toBe(0);
  });

  it('ends with an expired event when the credentials expire', () => {
    jest.useFakeTimers({ now: 1_000 });
    const slots = new StreamSlots(5, 10);
    const res = new FakeResponse();
    const stream = open(res, { slots, client: 'ada', expiresAt: 61_000 });
    jest.advanceTimersByTime(59_999);
    expect(stream.closed).toBe(false);
    jest.advanceTimersByTime(1);
    expect(res.chunks.at(-1)).toBe('event: expired\ndata: {}\n\n');
    expect(res.writableEnded).toBe(true);
    expect(stream.closed).toBe(true);
    expect(slots.size).toBe(0);
  });

  it('does not expire a stream that closed before', () => {
    jest.useFakeTimers({ now: 0 });
    const res = new FakeResponse();
    const stream = open(res, { expiresAt: 1_000 });
    stream.end();
    const written = res.chunks.length;
    jest.advanceTimersByTime(5_000);
    expect(res.chunks.length).toBe(written);
  });

  it('knows a client that left before its close event', () => {
    const res = new FakeResponse();
    const stream = open(res);
    expect(stream.clientGone).toBe(false);
    res.socket = null;
    expect(stream.clientGone).toBe(true);
  });
});

describe('StreamHeartbeat', () => {
  afterEach(() => jest.useRealTimers());

  it('beats every interval between start and stop; start is idempotent', () => {
    jest.useFakeTimers();
    const beat = jest.fn();
    const heartbeat = new StreamHeartbeat(1_000, beat);
    heartbeat.start();
    heartbeat.start();
    jest.advanceTimersByTime(3_000);
    expect(beat).toHaveBeenCalledTimes(3);
    expect(heartbeat.running).toBe(true);
    heartbeat.stop();
    jest.advanceTimersByTime(3_000);
    expect(beat).toHaveBeenCalledTimes(3);
    expect(heartbeat.running).toBe(false);
  });
});
