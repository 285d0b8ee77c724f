import fs from 'node:fs';
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
    // Debug logs: each replica logs every webhook attempt it makes, so the test can tell who sent what.
    h = new NotificationsHarness(uniqueNamespace('notif-hooks-x2'), { WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true', WEBHOOK_MAX_IN_FLIGHT_PER_ENDPOINT: '2', LOG_LEVEL: 'debug' });
    await h.start(2);
    await h.groupStable(); // both replicas own partitions before the events are published
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
    // Every copy handled (committed past), then one more event sent and recorded: nothing else arrived.
    await h.consumed(...ids);
    const later = await h.publish('parley.comments.v1', 'parley.comment.featured.v1', 'x-later', featured('x-later'));
    await eventually('the later event recorded', async () => (await listed('&status=succeeded')).length === N + 1, 30_000);
    expect(r.received).toHaveLength(N + 1);
    expect(new Set(r.received.map((w) => w.headers['webhook-id']))).toEqual(new Set([...ids, later]));
    // Who sent what, from each replica's own log of its attempts: both sent some, none sent one the other sent.
    const sentBy = h.replicas.map((app) => {
      const lines = fs.readFileSync(app.logFile, 'utf8').split('\n').filter((l) => l.includes('"msg":"webhook attempt"'));
      return new Set(lines.map((l) => JSON.parse(l) as { deliveryId: string; outcome: string }).filter((l) => l.outcome === 'succeeded').map((l) => l.deliveryId.split(':')[0]!));
    });
    expect(sentBy.map((s2) => s2.size).every((n) => n > 0)).toBe(true);
    expect(sentBy[0]!.size + sentBy[1]!.size).toBe(N + 1);
    expect(new Set([...sentBy[0]!, ...sentBy[1]!])).toEqual(new Set([...ids, later]));
    expect(maxOpen).toBeLessThanOrEqual(2 * 2); // the per-endpoint cap of each replica
    const items = await listed();
    expect(items).toHaveLength(N + 1);
    for (const d of items) expect(d).toMatchObject({ status: 'succeeded', attemptCount: 1, attempts: [{ statusCode: 204 }] });
  });
});

/**
 * A replica killed while it holds fresh deliveries (sent from memory, the receiver not answering
 * yet): its journal stays leased to it, and once the lease ends another replica takes it over and
 * sends what has no recorded outcome. Nothing is lost; nothing that was recorded is sent again.
 */
/**
 * A short queue wait: a lease of 2 + 10 (the attempt timeout, long enough that the first replica's
 * requests are still open when it is killed) + 20 = 32 s instead of the default 60 s.
 */
const LEASE_ENV = { NOTIFY_WEBHOOK_QUEUE_WAIT_MS: '2000' };
const LEASE_MS = 2_000 + 10_000 + 20_000;

describe('notifications: webhooks when a replica dies', () => {
  let h: NotificationsHarness;
  let r: Awaited<ReturnType<typeof startScriptedReceiver>>;
  let answering = false;

  beforeAll(async () => {
    r = await startScriptedReceiver(() => (answering ? { status: 204 } : { status: 204, delayMs: Infinity }));
    h = new NotificationsHarness(uniqueNamespace('notif-hooks-kill'), { WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true', ...LEASE_ENV });
    await h.start(1);
  }, 120_000);
  afterAll(async () => {
    await h?.stop();
    await r?.close();
  });

  it('takes over the journal of a killed replica after its lease and sends what it had not recorded', async () => {
    const res = await h.api('/v1/webhooks/subscriptions', { method: 'POST', token: admin, body: JSON.stringify({ url: r.url, eventTypes: ['parley.comment.featured.v1'] }) });
    const sub = await res.json();
    // The dead replica claims its journal after this: its lease ends at least LEASE_MS later.
    const beforeClaim = Date.now();
    const ids = await Promise.all(Array.from({ length: 5 }, (_, i) => h.publish('parley.comments.v1', 'parley.comment.featured.v1', `k-${i}`, featured(`k-${i}`))));
    await eventually('all five in flight to the receiver', async () => r.received.length === 5);
    await h.stopReplica(h.replicas[0]!, 'SIGKILL');
    answering = true;
    await h.addReplica();
    await eventually('sent again by the new replica', async () => new Set(r.received.slice(5).map((w) => w.headers['webhook-id'])).size === 5, 120_000, 500);
    // Not before the dead replica's lease ended (it might still have been sending).
    expect(r.received[5]!.at - beforeClaim).toBeGreaterThanOrEqual(LEASE_MS);
    expect(new Set(r.received.slice(5).map((w) => w.headers['webhook-id']))).toEqual(new Set(ids));
    const list = await eventually('recorded as succeeded', async () => {
      const l = await (await h.api(`/v1/webhooks/subscriptions/${sub.id}/deliveries?status=succeeded`, { token: admin })).json();
      return l.items.length === 5 ? l : undefined;
    });
    for (const d of list.items) expect(d).toMatchObject({ status: 'succeeded', attemptCount: 1, attempts: [{ statusCode: 204 }] });
    // One more event, sent and recorded: nothing of the first five was sent a third time.
    const later = await h.publish('parley.comments.v1', 'parley.comment.featured.v1', 'k-later', featured('k-later'));
    await eventually('the later event recorded', async () => {
      const l = await (await h.api(`/v1/webhooks/subscriptions/${sub.id}/deliveries?status=succeeded`, { token: admin })).json();
      return l.items.length === 6;
    }, 60_000);
    expect(r.received).toHaveLength(11);
    expect(r.received[10]!.headers['webhook-id']).toBe(later);
  }, 180_000);
});
