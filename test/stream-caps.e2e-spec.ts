import { startSystem } from './support/app-processes';
import { uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';

/**
 * Caps on the server-sent event streams (the in-app feed on notifications, the moderators' queue
 * stream on comments-api), on the real apps: streams opened concurrently cannot pass a cap, a 429
 * beyond it carries Retry-After, every close path (also a client leaving before the stream was
 * ready) frees the slot, and a stream ends when its token expires.
 */
describe('stream caps', () => {
  const namespace = uniqueNamespace('streamcaps');
  let system: Awaited<ReturnType<typeof startSystem>>;

  beforeAll(async () => {
    system = await startSystem({
      namespace,
      extraEnv: {
        'comments-api': { MODERATION_STREAM_MAX_PER_USER: '2', MODERATION_STREAM_MAX_TOTAL: '3', MODERATION_STREAM_POLL_MS: '200', RATE_LIMIT_ENABLED: 'false' },
        notifications: { NOTIFY_SSE_MAX_PER_USER: '3', NOTIFY_SSE_MAX_CLIENTS: '5', NOTIFY_SSE_POLL_MS: '200' },
      },
    });
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  interface Opened {
    status: number;
    retryAfter: string | null;
    type: string;
    res: Response;
    ctl: AbortController;
  }

  /** Opens `n` streams at once; each resolves when its status is known. */
  async function openMany(url: string, n: number): Promise<Opened[]> {
    return Promise.all(
      Array.from({ length: n }, async () => {
        const ctl = new AbortController();
        const res = await fetch(url, { signal: ctl.signal });
        if (res.status !== 200) await res.text();
        return { status: res.status, retryAfter: res.headers.get('retry-after'), type: res.headers.get('content-type') ?? '', res, ctl };
      }),
    );
  }
  const closeAll = (streams: Opened[]) => streams.forEach((s) => s.ctl.abort());
  const ok = (streams: Opened[]) => streams.filter((s) => s.status === 200).length;

  /** Opens up to `n` streams one after another until one is refused; returns them (caller closes). */
  async function openUntilRefused(url: string, n: number): Promise<Opened[]> {
    const out: Opened[] = [];
    for (let i = 0; i < n; i++) {
      const [s] = await openMany(url, 1);
      out.push(s!);
      if (s!.status !== 200) break;
    }
    return out;
  }

  /** Waits until `n` streams can be opened again (the server has released the earlier slots). */
  async function capacityBack(url: string, n: number): Promise<void> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const streams = await openUntilRefused(url, n);
      closeAll(streams);
      if (ok(streams) === n) return;
      if (Date.now() > deadline) throw new Error(`only ${ok(streams)} of ${n} streams could be opened again`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** Reads a stream to its end and returns what it sent. */
  async function readToEnd(res: Response): Promise<string> {
    return res.text();
  }

  it('in-app feed: concurrent opens hold the per-user and per-replica caps; 429 with Retry-After beyond', async () => {
    const feed = (user: string) => `${system.notifications.url}/v1/me/notifications/stream?access_token=${tokenFor(user)}`;
    const alice = await openMany(feed('alice-sc'), 20);
    expect(ok(alice)).toBe(3);
    const refused = alice.filter((s) => s.status !== 200);
    expect(refused.every((s) => s.status === 429 && s.type.startsWith('application/problem+json') && Number(s.retryAfter) > 0)).toBe(true);
    const bob = await openMany(feed('bob-sc'), 10);
    expect(ok(bob)).toBe(2); // 5 per replica in all
    closeAll([...alice, ...bob]);
    await capacityBack(feed('alice-sc'), 3);
    await capacityBack(feed('bob-sc'), 2);
  });

  it('in-app feed: clients that leave while their stream is being opened free their slots', async () => {
    const url = `${system.notifications.url}/v1/me/notifications/stream?access_token=${tokenFor('carol-sc')}`;
    await Promise.all(
      Array.from({ length: 30 }, async () => {
        const ctl = new AbortController();
        const pending = fetch(url, { signal: ctl.signal }).catch(() => null);
        setImmediate(() => ctl.abort());
        await pending;
      }),
    );
    await capacityBack(url, 3);
  });

  it('moderators’ queue stream: per-moderator and per-replica caps hold under concurrent opens', async () => {
    const stream = (mod: string) => `${system.api.url}/v1/moderation/stream?access_token=${tokenFor(mod, ['moderator'])}`;
    const ada = await openMany(stream('mod-ada-sc'), 10);
    expect(ok(ada)).toBe(2);
    const ben = await openMany(stream('mod-ben-sc'), 10);
    expect(ok(ben)).toBe(1); // 3 per replica in all
    const refused = [...ada, ...ben].filter((s) => s.status !== 200);
    expect(refused.every((s) => s.status === 429 && Number(s.retryAfter) > 0)).toBe(true);
    closeAll([...ada, ...ben]);
    await capacityBack(stream('mod-ada-sc'), 2);
  });

  it('streams end when their token expires, with an expired event, and free their slot', async () => {
    const short = (sub: string, roles: string[]) => tokenFor(sub, roles, sub, { expiresIn: 3 });
    const [mod] = await openMany(`${system.api.url}/v1/moderation/stream?access_token=${short('mod-exp-sc', ['moderator'])}`, 1);
    const [reader] = await openMany(`${system.notifications.url}/v1/me/notifications/stream?access_token=${short('reader-exp-sc', ['commenter'])}`, 1);
    expect([mod!.status, reader!.status]).toEqual([200, 200]);
    const [modText, readerText] = await Promise.all([readToEnd(mod!.res), readToEnd(reader!.res)]);
    expect(modText).toContain('event: expired');
    expect(readerText).toContain('event: ready');
    expect(readerText).toContain('event: expired');
    await capacityBack(`${system.api.url}/v1/moderation/stream?access_token=${tokenFor('mod-exp-sc', ['moderator'])}`, 2);
  });
});
