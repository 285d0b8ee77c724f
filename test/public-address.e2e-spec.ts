/**
 * One public address: the three apps run as separate processes on their own ports, and every
 * public and moderator route of moderation-worker and notifications is reachable through
 * comments-api's base URL (comments-api forwards them to the apps' internal URLs), including
 * the notifications event stream; comments-api's /docs-json is one document for all three.
 */
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { RunningApp, startApp } from './support/app-processes';
import { TEST_CONSUMER_TIMING } from './support/app-env';
import { openEventStream } from './support/notifications-harness';
import { eventually, readJson, testInfrastructure, TEST_JWT_SECRET, TEST_NOTICE_COMPLAINT_SECRET, TEST_WEBHOOK_SECRET, TEST_UNSUBSCRIBE_SECRET } from './support/test-env';
import { tokenFor } from './support/tokens';

const ROOT = path.resolve(__dirname, '..');

describe('one public address: comments-api serves the routes of all three apps', () => {
  const namespace = `public-address-${randomBytes(4).toString('hex')}`;
  const db = (suffix: string) => `${namespace.replace(/[^A-Za-z0-9_]/g, '_')}_${suffix}`;
  const apps: RunningApp[] = [];
  let api: string;
  let worker: string;
  let notifications: string;

  const admin = tokenFor('admin-root', ['admin'], 'Admin');
  const moderator = tokenFor('mod-ada', ['moderator'], 'Ada');
  const alice = tokenFor(`alice-${namespace}`, ['commenter'], 'Alice');

  beforeAll(async () => {
    const { kafkaBrokers, mongoUri } = testInfrastructure();
    const logDir = path.join(process.env.PARLEY_TEST_DATA_DIR ?? path.join(ROOT, '.data', 'e2e'), 'logs', namespace);
    const common = { KAFKA_BROKERS: kafkaBrokers, MONGODB_URI: mongoUri, KAFKA_TOPIC_PREFIX: `${namespace}.`, KAFKA_TOPIC_PARTITIONS: '3', AUTH_JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'info', ...TEST_CONSUMER_TIMING };
    const [w, n] = await Promise.all([
      startApp('moderation-worker', { ...common, MONGODB_DB: db('moderation') }, logDir),
      startApp('notifications', { ...common, MONGODB_DB: db('notifications'), NOTIFY_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET, NOTIFY_UNSUBSCRIBE_SECRET: TEST_UNSUBSCRIBE_SECRET, NOTIFY_WEBHOOK_URLS: '', WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true', NOTIFY_EML_DIR: path.join(logDir, 'mail'), NOTIFY_SSE_POLL_MS: '200' }, logDir),
    ]);
    apps.push(w, n);
    worker = w.url;
    notifications = n.url;
    const a = await startApp('comments-api', { ...common, MONGODB_DB: db('comments'), NOTICE_COMPLAINT_SECRET: TEST_NOTICE_COMPLAINT_SECRET, MODERATION_WORKER_URL: worker, NOTIFICATIONS_URL: notifications }, logDir);
    apps.push(a);
    api = a.url;
  }, 240_000);

  afterAll(async () => {
    await Promise.all(apps.map((a) => a.stop()));
  });

  const call = (base: string, p: string, token?: string, init: RequestInit & { json?: unknown } = {}) => {
    const { json, ...rest } = init;
    return fetch(`${base}${p}`, {
      ...rest,
      body: json === undefined ? rest.body : JSON.stringify(json),
      headers: { ...(json === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}), ...(rest.headers ?? {}) },
    });
  };

  it('serves the moderation-worker’s routes: rule sets, dry run, errors and roles as the worker answers them', async () => {
    const viaApi = await call(api, '/v1/rule-sets/active', moderator);
    expect(viaApi.status).toBe(200);
    const direct = await call(worker, '/v1/rule-sets/active', moderator);
    expect(await readJson(viaApi)).toEqual(await readJson(direct));

    const dryRun = await call(api, '/v1/moderation/evaluate', moderator, { method: 'POST', json: { body: 'Thanks for this careful article.' } });
    expect(dryRun.status).toBe(200);
    expect(await readJson(dryRun)).toMatchObject({ decision: 'approved', source: 'active' });

    // A request body larger than comments-api's own limit (32 kB) passes through unparsed to the worker (2 MB).
    const longBody = 'A long and thoughtful comment. '.repeat(2000);
    const long = await call(api, '/v1/moderation/evaluate', moderator, { method: 'POST', json: { body: longBody } });
    expect(long.status).toBe(200);

    const invalid = await call(api, '/v1/rule-sets', admin, { method: 'POST', json: { rules: [{ id: 'x', type: 'no-such-rule' }] } });
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await readJson(invalid)).errors.length).toBeGreaterThan(0);

    expect((await call(api, '/v1/rule-sets', tokenFor('reader', ['commenter']))).status).toBe(403);
    expect((await call(api, '/v1/rule-sets')).status).toBe(401);
    // comments-api's own moderation routes stay its own.
    expect((await call(api, '/v1/moderation/counts', moderator)).status).toBe(200);
  });

  it('serves the notifications routes: the event stream, the feed, settings and webhook subscriptions', async () => {
    const stream = openEventStream(`${api}/v1/me/notifications/stream`, { authorization: `Bearer ${alice}` });
    try {
      const res = await stream.ready;
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
      await eventually('the stream’s ready event through comments-api', async () => stream.events.some((e) => e.event === 'ready'), 20_000);

      // The whole pipeline: a comment posted here is decided by the worker and notified by notifications,
      // and the notification arrives on the stream opened through comments-api.
      const posted = await call(api, `/v1/articles/${namespace}-article/comments`, alice, { method: 'POST', json: { body: 'Thanks for this article, it was clear.' } });
      expect(posted.status).toBe(202);
      const { id } = await readJson(posted);
      const event = await eventually('a notification event on the stream through comments-api', async () => stream.events.find((e) => e.event === 'notification' && e.data.includes(id)), 60_000);
      expect(event.id).toBeTruthy();
    } finally {
      stream.close();
    }

    const feed = await call(api, '/v1/me/notifications', alice);
    expect(feed.status).toBe(200);
    expect((await readJson(feed)).items.length).toBeGreaterThan(0);

    const settings = await call(api, '/v1/me/notification-settings', alice, { method: 'PUT', json: { language: 'de' } });
    expect(settings.status).toBe(200);
    expect(await readJson(await call(api, '/v1/me/notification-settings', alice))).toMatchObject({ language: 'de' });
    // The link that confirms a notification address is answered by notifications too.
    const confirmation = await call(api, '/v1/email-confirmation?token=not-a-token');
    expect(confirmation.status).toBe(400);
    expect((await readJson(confirmation)).type).toMatch(/invalid-confirmation-token$/);

    const created = await call(api, '/v1/webhooks/subscriptions', admin, { method: 'POST', json: { url: 'http://127.0.0.1:9/hooks', eventTypes: ['*'], description: 'through one address' } });
    expect(created.status).toBe(201);
    const subscription = await readJson(created);
    const listed = await readJson(await call(api, '/v1/webhooks/subscriptions', admin));
    expect(JSON.stringify(listed)).toContain(subscription.id);
    expect((await call(api, `/v1/webhooks/subscriptions/${subscription.id}`, admin, { method: 'DELETE' })).status).toBeLessThan(300);
    expect((await call(api, '/v1/webhooks/subscriptions', alice)).status).toBe(403);
  });

  it('serves one OpenAPI document and UI with the paths of all three apps', async () => {
    const merged = await readJson(await fetch(`${api}/docs-json`));
    const paths = Object.keys(merged.paths);
    expect(paths).toEqual(expect.arrayContaining(['/v1/articles/{articleId}/comments', '/v1/moderation/counts']));
    for (const base of [worker, notifications]) {
      const own = await readJson(await fetch(`${base}/docs-json`));
      const publicPaths = Object.keys(own.paths).filter((p) => !/^\/(health|metrics|docs)/.test(p));
      expect(publicPaths.length).toBeGreaterThan(0);
      expect(paths).toEqual(expect.arrayContaining(publicPaths));
    }
    expect(paths).toEqual(expect.arrayContaining(['/v1/rule-sets', '/v1/moderation/evaluate', '/v1/me/notifications/stream', '/v1/email-confirmation', '/v1/webhooks/subscriptions']));
    expect(merged['x-parley-unavailable']).toBeUndefined();
    const ui = await (await fetch(`${api}/docs/swagger-ui-init.js`)).text();
    expect(ui).toContain('/v1/rule-sets/{version}/activate');
    expect(ui).toContain('/v1/me/notifications/stream');
  });
});
