import { NotificationsConfig } from '../config/notifications.config';
import { WebhookAttempt, WebhookDelivery, WebhookWork } from './webhook-delivery.schema';
import { WebhookDeliveryStore } from './webhook-delivery-store';
import { WebhookDispatcher, workGroups } from './webhook-dispatcher';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service';

type Post = { url: string; body: string; resolve: (r: unknown) => void };
const ok = { statusCode: 204, error: null, retryAfter: null, forbidden: false };

/** The dispatcher's in-memory part (recording, fast path, caps, batched writes) with the store and HTTP faked. */
describe('WebhookDispatcher', () => {
  const sub = (id: string) => ({ _id: id, url: `http://127.0.0.1/${id}`, eventTypes: ['*'], status: 'active', source: 'api', secrets: [{ secret: 'whsec_' + Buffer.from('k'.repeat(32)).toString('base64'), createdAt: new Date(), expiresAt: null }], failingSince: null });
  function setup(opts: { existing?: string[]; perEndpoint?: number; concurrency?: number; queueWaitMs?: number } = {}) {
    const calls: string[] = [];
    const deliveries: WebhookDelivery[] = [];
    const work: WebhookWork[] = [];
    const attempts: WebhookAttempt[] = [];
    const deleted: string[] = [];
    const posts: Post[] = [];
    let subQueries = 0;
    const subs = [sub('a'), sub('b')];
    const store = {
      insertWork: async (docs: WebhookWork[]) => {
        calls.push(`work:${docs.map((d) => d._id.split(':')[0]).join(',')}`);
        work.push(...docs);
      },
      insertDeliveries: async (docs: WebhookDelivery[]) => {
        calls.push(`deliveries:${docs.length}`);
        const dup = new Set<number>();
        docs.forEach((d, i) => (opts.existing?.includes(d._id) || deliveries.some((x) => x._id === d._id) ? dup.add(i) : deliveries.push(d)));
        return dup;
      },
      insertAttempts: async (records: WebhookAttempt[]) => {
        calls.push(`attempts:${records.length}`);
        attempts.push(...records);
      },
      deleteWork: async (ids: string[]) => {
        if (ids.length) calls.push(`delete:${ids.length}`);
        deleted.push(...ids);
      },
      currentRound: async () => 1,
    } as unknown as WebhookDeliveryStore;
    const service = {
      matchingAny: async () => {
        subQueries++;
        return subs;
      },
      cached: async (id: string) => subs.find((s) => s._id === id) ?? null,
      recordSuccess: async () => undefined,
      recordFailure: async () => null,
    } as unknown as WebhookSubscriptionsService;
    const config = { NOTIFY_WEBHOOK_TIMEOUT_MS: 10_000, NOTIFY_WEBHOOK_QUEUE_WAIT_MS: opts.queueWaitMs ?? 30_000, WEBHOOK_MAX_IN_FLIGHT_PER_ENDPOINT: opts.perEndpoint ?? 2, WEBHOOK_CONCURRENCY: opts.concurrency ?? 3, WEBHOOK_ALLOW_PRIVATE_NETWORKS: true, WEBHOOK_RETRY_DELAYS_MS: [1000] } as NotificationsConfig;
    const d = new WebhookDispatcher(store, service, config);
    (d as unknown as { http: unknown }).http = { post: (url: string, _h: unknown, body: string) => new Promise((resolve) => posts.push({ url, body, resolve })), close: () => undefined };
    (d as unknown as { running: boolean }).running = true; // the poll loop itself is not started
    return { d, calls, deliveries, work, attempts, deleted, posts, subQueries: () => subQueries };
  }
  const settle = () => new Promise((r) => setTimeout(r, 30)); // past the 5 ms write delay

  it('records events arriving together at once: one subscriptions query, the journal before the deliveries', async () => {
    const { d, calls, work, deliveries, subQueries } = setup();
    const counts = await Promise.all([0, 1, 2].map((i) => d.enqueue(`e${i}`, 'parley.comment.featured.v1', { i }, new Date().toISOString())));
    expect(counts).toEqual([2, 2, 2]);
    expect(subQueries()).toBe(1);
    expect(deliveries).toHaveLength(6);
    expect(calls.slice(0, 2)).toEqual(['work:j', 'deliveries:6']);
    const journal = work.find((w) => w.journal)!;
    expect(journal.items).toHaveLength(6);
    expect(journal.items.every((i) => i.payload === undefined)).toBe(true);
    expect(journal.lockedUntil.getTime()).toBeGreaterThan(Date.now() + 30_000);
  });

  it('leases its journal for the queue wait, the attempt timeout and 20 s', async () => {
    const { d, work } = setup({ queueWaitMs: 2_000 });
    const before = Date.now();
    await d.enqueue('e0', 'parley.comment.featured.v1', {}, new Date().toISOString());
    const lockedUntil = work.find((w) => w.journal)!.lockedUntil.getTime();
    expect(lockedUntil).toBeGreaterThanOrEqual(before + 32_000);
    expect(lockedUntil).toBeLessThanOrEqual(Date.now() + 32_000);
  });

  it('sends fresh deliveries from memory within the per-endpoint and overall caps', async () => {
    const { d, posts } = setup();
    await Promise.all([0, 1, 2].map((i) => d.enqueue(`e${i}`, 'parley.comment.featured.v1', { i }, new Date().toISOString())));
    // 6 deliveries (3 events × 2 subscriptions); at most 3 in flight, at most 2 to one endpoint.
    expect(posts).toHaveLength(3);
    expect(posts.filter((p) => p.url.endsWith('/a')).length).toBeLessThanOrEqual(2);
    expect(posts.filter((p) => p.url.endsWith('/b')).length).toBeLessThanOrEqual(2);
    posts[0]!.resolve(ok);
    await settle();
    expect(posts).toHaveLength(4); // a finished send frees a slot
    expect(d.stats.fastPath).toBe(6);
  });

  it('does not send a delivery that was already recorded (a redelivered event)', async () => {
    const { d, posts } = setup({ existing: ['e-dup:a'] });
    expect(await d.enqueue('e-dup', 'parley.comment.featured.v1', {}, new Date().toISOString())).toBe(1);
    await settle();
    expect(posts.map((p) => p.url)).toEqual(['http://127.0.0.1/b']);
  });

  it('appends outcomes in one batch and deletes the journal only after they are written', async () => {
    const { d, posts, attempts, calls, deleted, work } = setup({ concurrency: 10, perEndpoint: 5 });
    await Promise.all([0, 1].map((i) => d.enqueue(`e${i}`, 'parley.comment.featured.v1', { i }, new Date().toISOString())));
    expect(posts).toHaveLength(4);
    for (const p of posts) p.resolve(ok);
    await settle();
    expect(attempts.map((a) => [a._id, a.outcome, a.statusCode])).toEqual(
      expect.arrayContaining([['e0:a:1:1', 'succeeded', 204], ['e0:b:1:1', 'succeeded', 204], ['e1:a:1:1', 'succeeded', 204], ['e1:b:1:1', 'succeeded', 204]]),
    );
    expect(calls.slice(2)).toEqual(['attempts:4', 'delete:1']);
    expect(deleted).toEqual([work.find((w) => w.journal)!._id]);
  });

  it('records a retry with its next attempt as new work for that endpoint', async () => {
    const { d, posts, attempts, work } = setup();
    await d.enqueue('e-r', 'parley.comment.featured.v1', {}, new Date().toISOString());
    posts.find((p) => p.url.endsWith('/a'))!.resolve({ statusCode: 503, error: 'HTTP 503', retryAfter: null, forbidden: false });
    await settle();
    expect(attempts).toEqual([expect.objectContaining({ _id: 'e-r:a:1:1', outcome: 'retry', statusCode: 503, nextAttemptAt: expect.any(Date) })]);
    const retry = work.find((w) => w._id.startsWith('r:'))!;
    expect(retry).toMatchObject({ endpointId: 'a', journal: false, items: [expect.objectContaining({ d: 'e-r:a', r: 1, n: 2 })] });
    expect(retry.items[0]!.payload).toBe(posts[0]!.body);
    // 1000 ms ± 20 %
    expect(retry.due.getTime() - attempts[0]!.at.getTime()).toBeGreaterThanOrEqual(790);
  });

  it('writes what it has no room for as work groups per endpoint, with payloads', async () => {
    const { d, work, posts } = setup({ perEndpoint: 1, concurrency: 2 });
    await Promise.all(Array.from({ length: 60 }, (_, i) => d.enqueue(`o${i}`, 'parley.comment.featured.v1', { i }, new Date().toISOString())));
    const overflow = work.filter((w) => w._id.startsWith('o:'));
    // 4 per endpoint (cap × 4) are taken by this replica; 56 each are work, in groups of at most 50.
    expect(overflow.map((w) => [w.endpointId, w.items.length]).sort()).toEqual([['a', 50], ['a', 6], ['b', 50], ['b', 6]]);
    expect(overflow.every((w) => w.items.every((i) => typeof i.payload === 'string' && i.n === 1))).toBe(true);
    expect(posts).toHaveLength(2);
  });
});

describe('workGroups', () => {
  const item = (e: string, i: number) => ({ d: `d${i}:${e}`, e, r: 1, n: 2, m: false, eventId: `d${i}`, payload: '{}' });
  it('groups retries of one endpoint due at about the same time, due when the last of them is', () => {
    const now = new Date(1_000_000_000);
    const t = now.getTime();
    const groups = workGroups(
      [
        { item: item('a', 1), due: t + 300_000 },
        { item: item('a', 2), due: t + 301_000 },
        { item: item('b', 3), due: t + 300_500 },
        { item: item('a', 4), due: t + 3_600_000 },
      ],
      now,
      'r',
    );
    expect(groups.map((g) => [g.endpointId, g.items.map((i) => i.d), g.due.getTime() - t]).sort()).toEqual([
      ['a', ['d1:a', 'd2:a'], 301_000],
      ['a', ['d4:a'], 3_600_000],
      ['b', ['d3:b'], 300_500],
    ]);
  });
});
