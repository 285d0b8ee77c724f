import { eventually, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';
import { NotificationsHarness } from './support/notifications-harness';
import { startScriptedReceiver } from './support/flaky-receiver';

const admin = tokenFor('admin-r', ['commenter', 'admin'], 'Ada');
const featured = (commentId: string) => ({ commentId, articleId: 'art-r', authorId: 'writer', featuredBy: 'mod-1', featuredAt: new Date().toISOString() });

/**
 * Two notifications replicas in one consumer group. A fresh event's deliveries are sent from
 * memory by the replica that recorded them (fast path) while it has slots; the rest (here most:
 * the per-endpoint cap is 2 and the receiver answers after 150 ms) go to the database and are
 * claimed by either replica's poller. Every event, also when Kafka redelivers it, reaches the
 * receiver exactly once, and no replica exceeds its per-endpoint cap.
 */
describe('notifications: webhooks with two replicas', () => {
  let h: NotificationsHarness;
  let r: Awaited<ReturnType<typeof startScriptedReceiver>>;
  let open = 0;
  let maxOpen = 0;

  beforeAll(async () => {
    r = await startScriptedReceiver(() => {
      open++;
      maxOpen = Math.max(maxOpen, open);
      setTimeout(() => open--, 150);
      return { status: 204, delayMs: 150 };
    });
    h = new NotificationsHarness(uniqueNamespace('notif-hooks-x2'), { WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true', WEBHOOK_MAX_IN_FLIGHT_PER_ENDPOINT: '2' });
    await h.start(2);
  }, 180_000);
  afterAll(async () => {
    await h?.stop();
    await r?.close();
  });

  it('sends each event exactly once across replicas, fast path and poller, also when events are redelivered', async () => {
    const res = await h.api('/v1/webhooks/subscriptions', { method: 'POST', token: admin, body: JSON.stringify({ url: r.url, eventTypes: ['parley.comment.featured.v1'] }) });
    expect(res.status).toBe(201);
    const sub = await res.json();
    const N = 40;
    const ids = await Promise.all(Array.from({ length: N }, (_, i) => h.publish('parley.comments.v1', 'parley.comment.featured.v1', `x-${i}`, featured(`x-${i}`))));
    // Each event again with the same id (as after a rebalance), some while the first copies are in flight.
    await Promise.all(ids.map((id, i) => h.publish('parley.comments.v1', 'parley.comment.featured.v1', `x-${i}`, featured(`x-${i}`), id)));
    await eventually('every event delivered', async () => new Set(r.received.map((w) => w.headers['webhook-id'])).size === N, 60_000);
    const listed = async (status = '') => (await (await h.api(`/v1/webhooks/subscriptions/${sub.id}/deliveries?limit=100${status}`, { token: admin })).json()).items;
    await eventually('all recorded as succeeded', async () => (await listed('&status=succeeded')).length === N, 30_000);
    await new Promise((res2) => setTimeout(res2, 2000));
    expect(r.received).toHaveLength(N);
    expect(new Set(r.received.map((w) => w.headers['webhook-id']))).toEqual(new Set(ids));
    expect(maxOpen).toBeLessThanOrEqual(2 * 2); // the per-endpoint cap of each replica
    const items = await listed();
    expect(items).toHaveLength(N);
    for (const d of items) expect(d).toMatchObject({ status: 'succeeded', attemptCount: 1, attempts: [{ statusCode: 204 }] });
  });
});
