import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import jwt from 'jsonwebtoken';
import { UnsubscribeTokens } from '../apps/notifications/src/email/unsubscribe-token';
import { startSystem } from './support/app-processes';
import { eventually, readJson, TEST_JWT_SECRET, TEST_UNSUBSCRIBE_SECRET, TEST_WEBHOOK_SECRET, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';
import { startWebhookReceiver } from './support/webhook-receiver';

/**
 * Runs the main flows against the three real apps (on the real broker and database) with every
 * kind of credential in play — bearer tokens in headers and in the query (dashboard `?token=`,
 * streams' `?access_token=`), forged and expired tokens, unsubscribe links, a webhook endpoint
 * whose path is its secret (as a Slack hook's is) and that fails, a configuration error with a
 * password in a URI — then reads every JSON log line the apps wrote and finds none of them.
 */
describe('no secrets in the logs', () => {
  const namespace = uniqueNamespace('secretlogs');
  const WEBHOOK_SECRET_PATH = 'T0SECRET/B0SECRET/hookcredential0123456789';
  let system: Awaited<ReturnType<typeof startSystem>>;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  const alice = tokenFor('alice-logs', ['commenter'], 'Alice');
  const moderator = tokenFor('mod-logs', ['commenter', 'moderator'], 'Mod');
  const forged = jwt.sign({ sub: 'admin', roles: ['admin'] }, 'not-the-secret-but-long-enough-0123456789', { expiresIn: '1h' });
  const expired = jwt.sign({ sub: 'alice-logs', exp: Math.floor(Date.now() / 1000) - 3600 }, TEST_JWT_SECRET);
  const unsubscribe = new UnsubscribeTokens(TEST_UNSUBSCRIBE_SECRET).sign('alice-logs', 'replies');

  beforeAll(async () => {
    receiver = await startWebhookReceiver(TEST_WEBHOOK_SECRET, () => 500);
    system = await startSystem({ namespace, webhookUrls: [`${receiver.url}/${WEBHOOK_SECRET_PATH}`], extraEnv: { 'moderation-worker': { MODERATION_BANNED_TERMS: 'zorblax' } } });
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
    await receiver?.close();
  });

  const call = (base: string, p: string, init: RequestInit & { token?: string } = {}) =>
    fetch(`${base}${p}`, { ...init, headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...(init.headers ?? {}) } });

  /** Opens a server-sent event stream, waits for its status, and closes it. */
  async function touchStream(url: string): Promise<number> {
    const ctl = new AbortController();
    const res = await fetch(url, { signal: ctl.signal });
    ctl.abort();
    return res.status;
  }

  function startWithBadConfig(): Promise<string> {
    const entry = path.resolve(__dirname, '..', 'dist', 'apps', 'comments-api', 'main.js');
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [entry], {
        env: { ...process.env, MONGODB_URI: 'postgres://app:pw-in-the-uri-0123@db:5432/x', AUTH_JWT_SECRET: 'short-jwt-secret-9876', KAFKA_BROKERS: '127.0.0.1:1', PORT: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout!.on('data', (c) => (out += c));
      child.stderr!.on('data', (c) => (out += c));
      child.on('exit', () => resolve(out));
    });
  }

  it('runs the main flows and no token, key or credential reaches any log line', async () => {
    const api = system.api.url;
    // Comments with a bearer header; one the worker rejects, so decisions are published and webhooks (failing) are attempted.
    const clean = await readJson(await call(api, '/v1/articles/logs-article/comments', { method: 'POST', token: alice, body: JSON.stringify({ body: 'A thoughtful comment about the council.' }) }));
    const bad = await readJson(await call(api, '/v1/articles/logs-article/comments', { method: 'POST', token: alice, body: JSON.stringify({ body: 'What a zorblax idea.' }) }));
    expect(clean.id && bad.id).toBeTruthy();
    await eventually('a failing webhook attempt', async () => receiver.received.length > 0);

    // Tokens in the query: the dashboard's ?token=, the streams' ?access_token=.
    expect((await fetch(`${api}/moderate/?token=${encodeURIComponent(moderator)}`)).status).toBe(200);
    expect(await touchStream(`${api}/v1/moderation/stream?access_token=${encodeURIComponent(moderator)}`)).toBe(200);
    expect(await touchStream(`${system.notifications.url}/v1/me/notifications/stream?access_token=${encodeURIComponent(alice)}`)).toBe(200);
    expect(await touchStream(`${system.notifications.url}/v1/me/notifications/stream?access_token=${encodeURIComponent(forged)}`)).toBe(401);
    // Refused tokens on every app (error paths).
    for (const base of [api, system.worker.url, system.notifications.url]) {
      for (const token of [forged, expired]) expect((await call(base, '/v1/rule-sets', { token })).status).toBeGreaterThanOrEqual(401);
    }
    expect((await call(api, '/v1/moderation/queues/flagged', { headers: { authorization: `Bearer ${forged}` } })).status).toBe(401);
    // A moderator's decision with a bearer header.
    const flagged = await eventually('the rejected comment', async () => {
      const c = (await readJson(await call(api, `/v1/moderation/comments/${bad.id}`, { token: moderator }))).comment;
      return c?.status === 'rejected' ? c : undefined;
    });
    expect((await call(api, `/v1/moderation/comments/${bad.id}/decisions`, { method: 'POST', token: moderator, body: JSON.stringify({ action: 'approve', revision: flagged.revision }) })).status).toBeLessThan(500);
    // Unsubscribe links: the confirmation page, the one-click POST, a tampered link.
    const un = system.notifications.url;
    expect((await fetch(`${un}/v1/unsubscribe?token=${unsubscribe}`)).status).toBe(200);
    expect((await fetch(`${un}/v1/unsubscribe?token=${unsubscribe}`, { method: 'POST' })).status).toBeLessThan(300);
    expect((await fetch(`${un}/v1/unsubscribe?token=${unsubscribe.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))}`)).status).toBe(400);
    // A configuration error with a password in a URI and a short secret.
    const fatal = await startWithBadConfig();
    expect(fatal).toContain('MONGODB_URI');
    expect(fatal).toContain('AUTH_JWT_SECRET');

    await system.stop(); // flushes every log line
    const logs = fs.readdirSync(system.logDir).filter((f) => f.endsWith('.log')).map((f) => fs.readFileSync(path.join(system.logDir, f), 'utf8'));
    const all = logs.join('\n') + '\n' + fatal;
    // The flows were logged (positive markers): the requests with their redacted query and the failing webhook.
    expect(all).toContain('token=[redacted]');
    expect(all).toContain('access_token=[redacted]');
    expect(all).toContain('webhook attempt failed');
    const signature = (t: string) => t.split('.')[2]!;
    const secrets = {
      aliceToken: signature(alice),
      moderatorToken: signature(moderator),
      forgedToken: signature(forged),
      expiredToken: signature(expired),
      unsubscribeToken: unsubscribe.split('.')[1]!,
      webhookPath: 'hookcredential0123456789',
      jwtSecret: TEST_JWT_SECRET,
      unsubscribeKey: TEST_UNSUBSCRIBE_SECRET,
      webhookKey: TEST_WEBHOOK_SECRET.slice(6),
      uriPassword: 'pw-in-the-uri-0123',
      shortSecret: 'short-jwt-secret-9876',
    };
    const found = Object.entries(secrets).filter(([, s]) => all.includes(s)).map(([name]) => name);
    expect(found).toEqual([]);
  });
});
