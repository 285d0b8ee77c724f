import { Webhook } from 'standardwebhooks';
import { eventually, TEST_WEBHOOK_SECRET, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';
import { NotificationsHarness } from './support/notifications-harness';
import { startScriptedReceiver } from './support/flaky-receiver';

const at = () => new Date().toISOString();
const admin = tokenFor('admin-1', ['commenter', 'admin'], 'Ada');
const featured = (commentId: string) => ({ commentId, articleId: 'art-w', authorId: 'writer', featuredBy: 'mod-1', featuredAt: at() });
type Receiver = Awaited<ReturnType<typeof startScriptedReceiver>>;

/**
 * Webhook subscriptions end to end: events produced to Kafka, delivered to local receivers,
 * signatures verified with the independent `standardwebhooks` package.
 */
describe('notifications: webhooks', () => {
  const receivers: Receiver[] = [];
  let envReceiver: Receiver;
  let h: NotificationsHarness;

  const receiver = async (...args: Parameters<typeof startScriptedReceiver>) => {
    const r = await startScriptedReceiver(...args);
    receivers.push(r);
    return r;
  };
  const subscribe = async (url: string, eventTypes = ['parley.comment.featured.v1']) => {
    const res = await h.api('/v1/webhooks/subscriptions', { method: 'POST', token: admin, body: JSON.stringify({ url, eventTypes, description: 'test' }) });
    expect(res.status).toBe(201);
    return res.json();
  };
  const deliveries = async (subId: string) => (await h.api(`/v1/webhooks/subscriptions/${subId}/deliveries`, { token: admin })).json();
  const subscription = async (subId: string) => (await h.api(`/v1/webhooks/subscriptions/${subId}`, { token: admin })).json();

  beforeAll(async () => {
    envReceiver = await receiver();
    h = new NotificationsHarness(uniqueNamespace('notif-hooks'), {
      NOTIFY_WEBHOOK_URLS: envReceiver.url,
      WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
      WEBHOOK_RETRY_DELAYS_MS: Array(20).fill('400').join(','),
      WEBHOOK_DISABLE_AFTER_SECONDS: '4',
      NOTIFY_ADMIN_USER_IDS: 'admin-1',
    });
    await h.start();
  }, 120_000);
  afterAll(async () => {
    await h?.stop();
    await Promise.all(receivers.map((r) => r.close()));
  });

  it('manages subscriptions for admins only and answers bad input with problem+json', async () => {
    expect((await h.api('/v1/webhooks/subscriptions')).status).toBe(401);
    const forbidden = await h.api('/v1/webhooks/subscriptions', { token: tokenFor('eve', ['commenter', 'moderator']) });
    expect(forbidden.status).toBe(403);

    const badUrl = await h.api('/v1/webhooks/subscriptions', { method: 'POST', token: admin, body: JSON.stringify({ url: 'ftp://example.org/x', eventTypes: ['parley.comment.featured.v1'] }) });
    expect(badUrl.status).toBe(400);
    expect(badUrl.headers.get('content-type')).toContain('application/problem+json');
    expect((await badUrl.json()).errors.map((e: { field: string }) => e.field)).toContain('url');

    const badType = await h.api('/v1/webhooks/subscriptions', { method: 'POST', token: admin, body: JSON.stringify({ url: 'http://127.0.0.1:1/x', eventTypes: ['parley.comment.featured.v1', 'parley.nope.v1'] }) });
    expect(badType.status).toBe(400);
    expect(badType.headers.get('content-type')).toContain('application/problem+json');
    expect(await badType.json()).toMatchObject({ type: 'https://parley.dev/problems/unknown-event-type', errors: [{ field: 'eventTypes', message: 'unknown event type "parley.nope.v1"' }] });

    const badSecret = await h.api('/v1/webhooks/subscriptions', { method: 'POST', token: admin, body: JSON.stringify({ url: 'http://127.0.0.1:1/x', eventTypes: ['*'], secret: 'hunter2' }) });
    expect(badSecret.status).toBe(400);
    expect((await badSecret.json()).errors[0].field).toBe('secret');

    const list = await (await h.api('/v1/webhooks/subscriptions', { token: admin })).json();
    const env = list.items.find((s: { source: string }) => s.source === 'env');
    expect(env).toMatchObject({ url: envReceiver.url, eventTypes: ['parley.comment.moderated.v1'], status: 'active' });
    expect(JSON.stringify(list)).not.toContain('whsec_');
    const envEdit = await h.api(`/v1/webhooks/subscriptions/${env.id}`, { method: 'PATCH', token: admin, body: JSON.stringify({ url: 'http://127.0.0.1:2/y' }) });
    expect(envEdit.status).toBe(409);
    expect((await h.api('/v1/webhooks/subscriptions/sub_missing', { token: admin })).status).toBe(404);
  });

  it('signs per Standard Webhooks (verified by the standardwebhooks package) and sends two signatures while a secret is rotated', async () => {
    const r = await receiver();
    const sub = await subscribe(r.url);
    expect(sub.secret).toMatch(/^whsec_/);
    const id1 = await h.publish('parley.comments.v1', 'parley.comment.featured.v1', 'w-1', featured('w-1'));
    await eventually('first webhook', async () => r.received.length === 1);
    const w1 = r.received[0]!;
    expect(w1.headers['webhook-id']).toBe(id1);
    expect(new Webhook(sub.secret).verify(w1.body, w1.headers)).toMatchObject({ type: 'parley.comment.featured.v1', data: featured('w-1') && { commentId: 'w-1', authorId: 'writer' } });
    expect(Object.keys(w1.json).sort()).toEqual(['data', 'timestamp', 'type']);
    expect(() => new Webhook(TEST_WEBHOOK_SECRET).verify(w1.body, w1.headers)).toThrow();

    const rotated = await (await h.api(`/v1/webhooks/subscriptions/${sub.id}/rotate-secret`, { method: 'POST', token: admin, body: JSON.stringify({ graceSeconds: 3600 }) })).json();
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(sub.secret);
    expect(rotated.secrets).toHaveLength(2);
    // The replica that rotated the secret (the only one here) drops its cached copy of the subscription at once.
    await h.publish('parley.comments.v1', 'parley.comment.featured.v1', 'w-2', featured('w-2'));
    await eventually('second webhook', async () => r.received.length === 2);
    const w2 = r.received[1]!;
    expect(w2.headers['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(new Webhook(rotated.secret).verify(w2.body, w2.headers)).toMatchObject({ data: { commentId: 'w-2' } });
    expect(new Webhook(sub.secret).verify(w2.body, w2.headers)).toMatchObject({ data: { commentId: 'w-2' } });

    await h.api(`/v1/webhooks/subscriptions/${sub.id}/rotate-secret`, { method: 'POST', token: admin, body: JSON.stringify({ graceSeconds: 0, secret: 'whsec_' + Buffer.from('a-new-secret-of-32-bytes-exactly!').toString('base64') }) });
    await h.publish('parley.comments.v1', 'parley.comment.featured.v1', 'w-3', featured('w-3'));
    await eventually('third webhook', async () => r.received.length === 3);
    const w3 = r.received[2]!;
    expect(w3.headers['webhook-signature']!.split(' ')).toHaveLength(1);
    expect(() => new Webhook(sub.secret).verify(w3.body, w3.headers)).toThrow();
    expect(new Webhook('whsec_' + Buffer.from('a-new-secret-of-32-bytes-exactly!').toString('base64')).verify(w3.body, w3.headers)).toBeTruthy();

    // The env subscription only takes moderation decisions.
    expect(envReceiver.received.filter((w) => w.json.type === 'parley.comment.featured.v1')).toEqual([]);
  });

  it('retries 5xx and 429 (honouring Retry-After) until the receiver recovers, logging every attempt', async () => {
    const r = await receiver((n) => (n === 1 ? { status: 503 } : n === 2 ? { status: 429, headers: { 'retry-after': '2' } } : { status: 200 }));
    const sub = await subscribe(r.url);
    const eventId = await h.publish('parley.comments.v1', 'parley.comment.featured.v1', 'w-retry', featured('w-retry'));
    await eventually('three attempts', async () => r.received.length >= 3, 20_000);
    expect(new Set(r.received.map((w) => w.headers['webhook-id']))).toEqual(new Set([eventId]));
    expect(r.received[2]!.at - r.received[1]!.at).toBeGreaterThanOrEqual(1900); // Retry-After: 2
    const d = await eventually('delivery succeeded', async () => {
      const list = await deliveries(sub.id);
      return list.items[0]?.status === 'succeeded' ? list.items[0] : undefined;
    });
    expect(d).toMatchObject({ id: `${eventId}:${sub.id}`, eventType: 'parley.comment.featured.v1', attemptCount: 3 });
    expect(d.attempts.map((a: { statusCode: number }) => a.statusCode)).toEqual([503, 429, 200]);
    expect(d.attempts[0].error).toBe('HTTP 503');
    expect((await subscription(sub.id)).failingSince).toBeNull();
    // A later event through the same endpoint arrives, recorded: the finished delivery was not tried again.
    const later = await h.publish('parley.comments.v1', 'parley.comment.featured.v1', 'w-retry', featured('w-retry-2'));
    await eventually('the later delivery recorded', async () => (await deliveries(sub.id)).items.some((x: { id: string; status: string }) => x.id === `${later}:${sub.id}` && x.status === 'succeeded'));
    expect(r.received.map((w) => w.headers['webhook-id'])).toEqual([eventId, eventId, eventId, later]);
  });

  it('retries network errors (nothing listening) and records them', async () => {
    const r = await receiver();
    const url = r.url;
    await r.close();
    const sub = await subscribe(url);
    await h.publish('parley.comments.v1', 'parley.comment.featured.v1', 'w-down', featured('w-down'));
    const d = await eventually('two failed attempts', async () => ((await deliveries(sub.id)).items[0]?.attempts.length >= 2 ? (await deliveries(sub.id)).items[0] : undefined), 15_000);
    expect(d.attempts[0]).toMatchObject({ statusCode: null, error: expect.stringMatching(/ECONNREFUSED/) });
    await h.api(`/v1/webhooks/subscriptions/${sub.id}`, { method: 'DELETE', token: admin });
  });

  it('disables a subscription whose endpoint answers 410 Gone and tells the admin', async () => {
    const r = await receiver(() => ({ status: 410 }));
    const sub = await subscribe(r.url);
    await h.publish('parley.comments.v1', 'parley.comment.featured.v1', 'w-gone', featured('w-gone'));
    const s = await eventually('subscription disabled', async () => {
      const x = await subscription(sub.id);
      return x.status === 'disabled' ? x : undefined;
    });
    expect(s.disabledReason).toMatch(/410/);
    // The attempt's outcome is written in the dispatcher's next batch, a moment after the disable.
    const failed = await eventually('delivery recorded as failed', async () => ((await deliveries(sub.id)).items[0]?.status === 'failed' ? (await deliveries(sub.id)).items[0] : undefined));
    expect(failed).toMatchObject({ attemptCount: 1, attempts: [{ statusCode: 410, error: 'HTTP 410' }] });
    // Handled after the disable (committed past): no delivery recorded, so nothing to send.
    const afterDisable = await h.publish('parley.comments.v1', 'parley.comment.featured.v1', 'w-gone-2', featured('w-gone-2'));
    await h.consumed(afterDisable);
    expect(r.received).toHaveLength(1);
    expect((await deliveries(sub.id)).items).toHaveLength(1);
    const feed = await (await h.api('/v1/me/notifications', { token: admin })).json();
    expect(feed.items.find((i: { data: { subscriptionId: string } }) => i.data.subscriptionId === sub.id)).toMatchObject({ kind: 'webhook.disabled', title: 'A webhook subscription was disabled' });
  });

  it('disables an endpoint failing for longer than WEBHOOK_DISABLE_AFTER_SECONDS; after a fix it is enabled and a delivery redelivered by hand', async () => {
    let healthy = false;
    const r = await receiver(() => ({ status: healthy ? 200 : 500 }));
    const sub = await subscribe(r.url);
    const eventId = await h.publish('parley.comments.v1', 'parley.comment.featured.v1', 'w-fail', featured('w-fail'));
    const s = await eventually('subscription disabled after failing 4 s', async () => {
      const x = await subscription(sub.id);
      return x.status === 'disabled' ? x : undefined;
    }, 20_000);
    expect(s.disabledReason).toMatch(/has failed since/);
    expect(r.received.length).toBeGreaterThanOrEqual(3);
    const d = (await deliveries(sub.id)).items[0];
    expect(d.status).toBe('cancelled');
    expect(d.attempts.every((a: { statusCode: number }) => a.statusCode === 500)).toBe(true);
    const adminFeed = await eventually('admin told', async () => {
      const f = await (await h.api('/v1/me/notifications', { token: admin })).json();
      return f.items.find((i: { data: { subscriptionId: string } }) => i.data.subscriptionId === sub.id);
    });
    expect(adminFeed.body).toMatch(/has failed since/);

    expect((await h.api(`/v1/webhooks/subscriptions/${sub.id}/deliveries/${encodeURIComponent(d.id)}/redeliver`, { method: 'POST', token: admin })).status).toBe(409);
    healthy = true;
    const enabled = await (await h.api(`/v1/webhooks/subscriptions/${sub.id}`, { method: 'PATCH', token: admin, body: JSON.stringify({ enabled: true }) })).json();
    expect(enabled).toMatchObject({ status: 'active', disabledReason: null, failingSince: null });
    const before = r.received.length;
    // An automatic attempt that was in flight when the subscription was disabled may have been recorded since `d` was read.
    const autoAttemptsBefore = (await (await h.api(`/v1/webhooks/subscriptions/${sub.id}/deliveries/${encodeURIComponent(d.id)}`, { token: admin })).json()).attempts.length;
    const redo = await h.api(`/v1/webhooks/subscriptions/${sub.id}/deliveries/${encodeURIComponent(d.id)}/redeliver`, { method: 'POST', token: admin });
    expect(redo.status).toBe(202);
    await eventually('redelivered', async () => r.received.length === before + 1);
    expect(r.received[before]!.headers['webhook-id']).toBe(eventId);
    const after = await eventually('delivery succeeded', async () => {
      const x = await (await h.api(`/v1/webhooks/subscriptions/${sub.id}/deliveries/${encodeURIComponent(d.id)}`, { token: admin })).json();
      return x.status === 'succeeded' ? x : undefined;
    });
    expect(after.attempts.at(-1)).toMatchObject({ statusCode: 200, manual: true });
    expect(after.attempts.filter((a: { manual: boolean }) => !a.manual).length).toBe(autoAttemptsBefore);
  });

  it('never sends a redelivered Kafka message twice, and redelivers a succeeded delivery on request', async () => {
    const r = await receiver();
    const sub = await subscribe(r.url);
    const id = await h.publish('parley.comments.v1', 'parley.comment.featured.v1', 'w-dup', featured('w-dup'));
    await h.publish('parley.comments.v1', 'parley.comment.featured.v1', 'w-dup', featured('w-dup'), id);
    await h.publish('parley.comments.v1', 'parley.comment.featured.v1', 'w-dup', featured('w-dup'), id);
    await eventually('one webhook', async () => r.received.length === 1);
    // Every copy handled (committed past), then a later event with the same key sent and recorded: still one send of the first.
    await h.consumed(id);
    const later = await h.publish('parley.comments.v1', 'parley.comment.featured.v1', 'w-dup', featured('w-dup'));
    await eventually('the later delivery recorded', async () => (await deliveries(sub.id)).items.some((x: { id: string; status: string }) => x.id === `${later}:${sub.id}` && x.status === 'succeeded'));
    expect(r.received.map((w) => w.headers['webhook-id'])).toEqual([id, later]);
    const list = { items: (await deliveries(sub.id)).items.filter((x: { id: string }) => x.id === `${id}:${sub.id}`) };
    expect(list.items).toHaveLength(1);
    const redo = await h.api(`/v1/webhooks/subscriptions/${sub.id}/deliveries/${encodeURIComponent(list.items[0].id)}/redeliver`, { method: 'POST', token: admin });
    expect(redo.status).toBe(202);
    await eventually('manual redelivery', async () => r.received.length === 3);
    expect(r.received[2]!.headers['webhook-id']).toBe(id);
    expect(r.received[2]!.body).toBe(r.received[0]!.body);
    expect((await h.api(`/v1/webhooks/subscriptions/${sub.id}/deliveries/nope/redeliver`, { method: 'POST', token: admin })).status).toBe(404);
  });

  it('delivers moderation decisions to the NOTIFY_WEBHOOK_URLS default subscription', async () => {
    const id = await h.publish('parley.moderation-decisions.v1', 'parley.comment.moderated.v1', 'c-env', {
      commentId: 'c-env', revision: 1, articleId: 'a', authorId: 'x', decision: 'approved', reasons: [], actor: 'system', automated: true, ruleSetVersion: 1, decidedAt: at(),
    }, undefined, '/parley/moderation-worker');
    await eventually('env webhook', async () => envReceiver.received.some((w) => w.headers['webhook-id'] === id));
    const w = envReceiver.received.find((x) => x.headers['webhook-id'] === id)!;
    expect(new Webhook(TEST_WEBHOOK_SECRET).verify(w.body, w.headers)).toMatchObject({ type: 'parley.comment.moderated.v1', data: { commentId: 'c-env' } });
  });
});

describe('notifications: webhook SSRF guard', () => {
  let h: NotificationsHarness;
  let r: Receiver;
  let envR: Receiver;

  beforeAll(async () => {
    r = await startScriptedReceiver();
    envR = await startScriptedReceiver();
    h = new NotificationsHarness(uniqueNamespace('notif-ssrf'), { NOTIFY_WEBHOOK_URLS: envR.url, NOTIFY_WEBHOOK_EVENT_TYPES: '*' });
    await h.start();
  }, 120_000);
  afterAll(async () => {
    await h?.stop();
    await r?.close();
    await envR?.close();
  });

  it('refuses subscriptions to loopback, private and link-local addresses, also by host name after DNS resolution', async () => {
    for (const url of [r.url, `http://localhost:${r.port}/hooks`, `http://[::1]:${r.port}/`, 'http://10.1.2.3/x', 'http://169.254.169.254/latest/meta-data', 'http://[::ffff:127.0.0.1]/x', 'http://0.0.0.0/']) {
      const res = await h.api('/v1/webhooks/subscriptions', { method: 'POST', token: admin, body: JSON.stringify({ url, eventTypes: ['*'] }) });
      expect({ url, status: res.status }).toEqual({ url, status: 422 });
      const p = await res.json();
      expect(p).toMatchObject({ type: 'https://parley.dev/problems/forbidden-destination', errors: [{ field: 'url' }] });
    }
  });

  it('checks again at send time against the resolved address (a host name that now points to loopback is not called)', async () => {
    // As if the name resolved to a public address when the subscription was created and to loopback now (DNS rebinding).
    const db = await h.db();
    await db.collection('webhook_subscriptions').insertOne({
      _id: 'sub_rebound' as never, url: `http://localhost:${r.port}/hooks`, eventTypes: ['*'], description: '', source: 'api',
      secrets: [{ secret: TEST_WEBHOOK_SECRET, createdAt: new Date(), expiresAt: null }], status: 'active', disabledReason: null, disabledAt: null, failingSince: null, createdAt: new Date(), updatedAt: new Date(),
    });
    const id = await h.publish('parley.comments.v1', 'parley.comment.featured.v1', 's-1', featured('s-1'));
    const d = await eventually('refused delivery', async () => {
      const x = await (await h.api(`/v1/webhooks/subscriptions/sub_rebound/deliveries/${encodeURIComponent(`${id}:sub_rebound`)}`, { token: admin })).json();
      return x?.status === 'failed' ? x : undefined;
    });
    expect(d.attempts).toHaveLength(1);
    expect(d.attempts[0].error).toMatch(/refused: localhost resolves to (127\.0\.0\.1|::1), which is not a public address/);
    // The operator's own NOTIFY_WEBHOOK_URLS endpoint (trusted configuration) still receives it.
    await eventually('env receiver', async () => envR.received.some((w) => w.headers['webhook-id'] === id));
    expect(r.received).toHaveLength(0);
  });
});

describe('notifications: webhook deliveries recorded by the previous version', () => {
  let h: NotificationsHarness;
  let r: Receiver;

  afterAll(async () => {
    await h?.stop();
    await r?.close();
  });

  it('sends what it left pending once, after an upgrade, and lists the attempts it made', async () => {
    r = await startScriptedReceiver();
    h = new NotificationsHarness(uniqueNamespace('notif-legacy'), { WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' });
    const db = await h.db();
    const now = new Date();
    const ago = (s: number) => new Date(now.getTime() - s * 1000);
    await db.collection('webhook_subscriptions').insertOne({
      _id: 'sub_legacy' as never, url: r.url, eventTypes: ['*'], description: '', source: 'api',
      secrets: [{ secret: TEST_WEBHOOK_SECRET, createdAt: ago(600), expiresAt: null }], status: 'active', disabledReason: null, disabledAt: null, failingSince: null, createdAt: ago(600), updatedAt: ago(600),
    });
    const legacy = (eventId: string, status: string, attempts: Array<{ statusCode: number; s: number }>) => ({
      _id: `${eventId}:sub_legacy`, eventId, eventType: 'parley.comment.featured.v1', endpointId: 'sub_legacy', url: r.url,
      payload: JSON.stringify({ type: 'parley.comment.featured.v1', timestamp: ago(300).toISOString(), data: featured(eventId) }),
      status, attemptCount: attempts.length, nextAttemptAt: ago(1), lockedUntil: new Date(0), lockToken: null, manual: false,
      attempts: attempts.map((a) => ({ at: ago(a.s), statusCode: a.statusCode, error: a.statusCode === 200 ? null : `HTTP ${a.statusCode}`, durationMs: 5, manual: false })),
      createdAt: ago(300), updatedAt: ago(60),
    });
    await db.collection('webhook_deliveries').insertMany([legacy('ev-legacy-pending', 'pending', [{ statusCode: 503, s: 120 }]), legacy('ev-legacy-done', 'succeeded', [{ statusCode: 200, s: 200 }])] as never[]);

    await h.start();
    await eventually('the pending delivery sent', async () => r.received.length === 1);
    expect(r.received[0]!.headers['webhook-id']).toBe('ev-legacy-pending');
    expect(new Webhook(TEST_WEBHOOK_SECRET).verify(r.received[0]!.body, r.received[0]!.headers)).toMatchObject({ data: { commentId: 'ev-legacy-pending' } });
    const view = (id: string) => h.api(`/v1/webhooks/subscriptions/sub_legacy/deliveries/${encodeURIComponent(`${id}:sub_legacy`)}`, { token: admin }).then((x) => x.json());
    const sent = await eventually('recorded', async () => ((await view('ev-legacy-pending')).status === 'succeeded' ? view('ev-legacy-pending') : undefined));
    expect(sent).toMatchObject({ status: 'succeeded', attemptCount: 2, attempts: [{ statusCode: 503 }, { statusCode: 204 }] });
    expect(await view('ev-legacy-done')).toMatchObject({ status: 'succeeded', attemptCount: 1, attempts: [{ statusCode: 200 }] });

    // Migrated once: a restart sends nothing again. The new replica's first event (sent after its
    // start-up pass over pending work) arrives, and nothing else.
    await h.stopReplica(h.replicas[0]!);
    await h.addReplica();
    const later = await h.publish('parley.comments.v1', 'parley.comment.featured.v1', 'ev-later', featured('ev-later'));
    await eventually('the later event recorded', async () => (await view(later)).status === 'succeeded');
    expect(r.received.map((w) => w.headers['webhook-id'])).toEqual(['ev-legacy-pending', later]);
  });

  it('deletes, after a restart, work items a crash left without their group header, and keeps every other', async () => {
    const db = await h.db();
    const ago = (s: number) => new Date(Date.now() - s * 1000);
    const items = JSON.stringify([{ d: 'ev-x:sub_legacy', e: 'sub_legacy', r: 1, n: 2, m: false, eventId: 'ev-x', payload: '{}' }]);
    await db.collection('webhook_work_items').insertMany([
      { _id: 'r:orphan-old', items, at: ago(7200) }, // header never written (or deleted first): a leftover
      { _id: 'r:orphan-unstamped', items }, // the same, written before items carried `at`
      { _id: 'r:orphan-fresh', items, at: ago(5) }, // its header may be on its way: kept
      { _id: 'r:live-old', items, at: ago(7200) }, // a retry due tomorrow: header and items kept
    ] as never[]);
    await db.collection('webhook_work').insertOne({ _id: 'r:live-old' as never, endpointId: 'sub_legacy', due: ago(-86_400), lockedUntil: new Date(0), journal: false, size: 1, createdAt: ago(7200) });

    // The leftovers are written above as a crash leaves them; the replica restarts.
    await h.stopReplica(h.replicas[0]!);
    await h.addReplica();
    const left = async () => (await db.collection('webhook_work_items').find({ _id: { $in: ['r:orphan-old', 'r:orphan-unstamped', 'r:orphan-fresh', 'r:live-old'] as never[] } }).toArray()).map((d) => String(d._id)).sort();
    await eventually('the two leftovers deleted', async () => (await left()).length === 2);
    expect(await left()).toEqual(['r:live-old', 'r:orphan-fresh']);
    expect(await db.collection('webhook_work').countDocuments({ _id: 'r:live-old' as never })).toBe(1);
  });
});
