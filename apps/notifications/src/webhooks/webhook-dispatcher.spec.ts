import { NotificationsConfig } from '../config/notifications.config';
import { WebhookDispatcher } from './webhook-dispatcher';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service';

/** The dispatcher's in-memory part (fast path, caps, duplicates) with the database and HTTP faked. */
describe('WebhookDispatcher fast path', () => {
  const sub = (id: string) => ({ _id: id, url: `http://127.0.0.1/${id}`, status: 'active', source: 'api', secrets: [{ secret: 'whsec_' + Buffer.from('k'.repeat(32)).toString('base64'), createdAt: new Date(), expiresAt: null }], failingSince: null });
  function setup(opts: { duplicateIndexes?: number[] } = {}) {
    const inserted: Array<{ _id: string; lockedUntil: Date }> = [];
    const posts: Array<{ url: string; resolve: (r: unknown) => void }> = [];
    const subs = [sub('a'), sub('b')];
    const model = {
      collection: {
        insertMany: async (docs: Array<{ _id: string; lockedUntil: Date }>) => {
          inserted.push(...docs);
          if (opts.duplicateIndexes?.length) throw Object.assign(new Error('dup'), { writeErrors: opts.duplicateIndexes.map((index) => ({ index, code: 11000 })) });
        },
      },
      bulkWrite: jest.fn(async () => undefined),
    };
    const service = { matching: async () => subs, cached: async (id: string) => subs.find((s) => s._id === id) ?? null, recordSuccess: async () => undefined } as unknown as WebhookSubscriptionsService;
    const config = { NOTIFY_WEBHOOK_TIMEOUT_MS: 10_000, WEBHOOK_MAX_IN_FLIGHT_PER_ENDPOINT: 2, WEBHOOK_CONCURRENCY: 3, WEBHOOK_ALLOW_PRIVATE_NETWORKS: true, WEBHOOK_RETRY_DELAYS_MS: [1000] } as NotificationsConfig;
    const d = new WebhookDispatcher(model as never, service, config);
    (d as unknown as { http: unknown }).http = { post: (url: string) => new Promise((resolve) => posts.push({ url, resolve })), close: () => undefined };
    (d as unknown as { running: boolean }).running = true; // the poll loop itself is not started
    return { d, inserted, posts, model };
  }
  const tick = () => new Promise((r) => setImmediate(r));

  it('sends fresh deliveries from memory with a lease, within the per-endpoint and overall caps', async () => {
    const { d, inserted, posts } = setup();
    for (let i = 0; i < 3; i++) await d.enqueue(`e${i}`, 'parley.comment.featured.v1', { i }, new Date().toISOString());
    await tick();
    // 6 deliveries (3 events × 2 subscriptions); at most 3 in flight, at most 2 to one endpoint.
    expect(posts).toHaveLength(3);
    expect(posts.filter((p) => p.url.endsWith('/a')).length).toBeLessThanOrEqual(2);
    expect(posts.filter((p) => p.url.endsWith('/b')).length).toBeLessThanOrEqual(2);
    expect(inserted.every((x) => x.lockedUntil.getTime() > Date.now())).toBe(true);
    // A finished send frees a slot: a waiting delivery starts.
    posts[0]!.resolve({ statusCode: 204, error: null, retryAfter: null, forbidden: false });
    await tick();
    await tick();
    expect(posts).toHaveLength(4);
    expect(d.stats.fastPath).toBe(6);
  });

  it('does not send a delivery that was already recorded (a redelivered event)', async () => {
    const { d, posts } = setup({ duplicateIndexes: [0] });
    expect(await d.enqueue('e-dup', 'parley.comment.featured.v1', {}, new Date().toISOString())).toBe(1);
    await tick();
    expect(posts.map((p) => p.url)).toEqual(['http://127.0.0.1/b']);
  });
});
