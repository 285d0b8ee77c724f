import { randomUUID } from 'node:crypto';
import { DynamicModule } from '@nestjs/common';
import { loadConfig } from '@parley/platform';
import { AppModule as CommentsApiModule } from '../apps/comments-api/src/app.module';
import { CommentsApiConfig } from '../apps/comments-api/src/config/comments-api.config';
import { AppModule as WorkerModule } from '../apps/moderation-worker/src/app.module';
import { ModerationWorkerConfig } from '../apps/moderation-worker/src/config/moderation-worker.config';
import { AppModule as NotificationsModule } from '../apps/notifications/src/app.module';
import { NotificationsConfig } from '../apps/notifications/src/config/notifications.config';
import { AppName, startSystem } from './support/app-processes';
import { RegisteredRoute, registeredRoutes } from './support/registered-routes';
import { SITE_A, SITE_B, siteToken, TWO_SITES_ENV } from './support/sites';
import { eventually, uniqueNamespace } from './support/test-env';

/**
 * The authorisation walk across sites: the three apps serve two sites (the default site A and
 * site B, each with its own issuer and secret), site A holds an article, comments, a report, a
 * notice and an appeal of one of its users, and every route the apps register (derived from the
 * handlers' metadata, as in the authorisation walk) is called with site B's tokens of every role
 * against site A's ids. Routes that name one of A's comments, cases or users answer 404 (or 403);
 * no answer carries anything of A's; and afterwards A's data is exactly what it was.
 */
type Walked = RegisteredRoute & { app: AppName; path: string; url: string };

describe("authorisation walk across sites: site B's tokens against site A's data", () => {
  let system: Awaited<ReturnType<typeof startSystem>>;
  const routes: Walked[] = [];
  const marker = randomUUID().slice(0, 8);
  const author = 'walk-target';
  const authorName = `Author-A-${marker}`;
  const A = {
    author: siteToken(SITE_A, author, ['commenter'], { name: authorName }),
    reader: siteToken(SITE_A, 'reader-a', ['commenter']),
    mod: siteToken(SITE_A, 'mod-a', ['moderator']),
    admin: siteToken(SITE_A, 'admin-a', ['admin']),
  };
  const B = Object.fromEntries((['commenter', 'moderator', 'admin'] as const).map((r) => [r, siteToken(SITE_B, `walk-b-${r}`, [r])])) as Record<'commenter' | 'moderator' | 'admin', string>;
  /** Text only site A's data holds: no answer to B may contain it. */
  const secrets = [`A-secret-${marker}`, authorName, `A-report-${marker}`, `A-appeal-${marker}`];
  const ids = { article: 'walk-article', published: '', rejected: '', notice: '', appeal: '' };

  async function call(method: string, url: string, token?: string, json?: unknown) {
    const ctl = new AbortController();
    const res = await fetch(url, {
      method,
      signal: ctl.signal,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(json !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: json !== undefined ? JSON.stringify(json) : undefined,
    });
    const type = res.headers.get('content-type') ?? '';
    const text = type.startsWith('text/event-stream') ? (ctl.abort(), '') : await res.text();
    let body: any = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = text;
    }
    return { status: res.status, text, body };
  }
  const api = (method: string, path: string, token?: string, json?: unknown) => call(method, system.api.url + path, token, json);

  async function decided(id: string) {
    return eventually(`decision of ${id}`, async () => {
      const c = await api('GET', `/v1/comments/${id}`, A.author);
      return c.body.status !== 'pending' && c.body;
    });
  }

  /** A snapshot without the figures that move with the clock (a case's age). */
  const stable = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(stable) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([k]) => !/Seconds$/.test(k)).map(([k, x]) => [k, stable(x)])) : v;

  /** Everything site A's moderators and admins see of A's data. */
  async function snapshotOfA() {
    const get = async (path: string, token = A.admin) => {
      const r = await api('GET', path, token);
      expect({ path, status: r.status }).toEqual({ path, status: 200 });
      return stable(r.body);
    };
    return {
      article: await get(`/v1/articles/${ids.article}`),
      listing: await get(`/v1/articles/${ids.article}/comments`),
      published: await get(`/v1/moderation/comments/${ids.published}`),
      rejected: await get(`/v1/moderation/comments/${ids.rejected}`),
      user: await get(`/v1/moderation/users/${author}`),
      counts: await get('/v1/moderation/counts', A.mod),
      notices: await get('/v1/moderation/notices', A.mod),
      appeals: await get('/v1/moderation/appeals', A.mod),
      audit: await get('/v1/moderation/audit?limit=100', A.mod),
      mine: await get('/v1/me/comments', A.author),
    };
  }

  beforeAll(async () => {
    system = await startSystem({
      namespace: uniqueNamespace('sitewalk'),
      extraEnv: { all: { ...TWO_SITES_ENV, LOG_LEVEL: 'warn', RATE_LIMIT_ENABLED: 'false', MODERATION_COUNTS_MAX_AGE_MS: '0' } },
    });
    const modules: Record<AppName, DynamicModule> = {
      'comments-api': CommentsApiModule.forRoot(loadConfig(CommentsApiConfig, system.envs['comments-api'])),
      'moderation-worker': WorkerModule.forRoot(loadConfig(ModerationWorkerConfig, system.envs['moderation-worker'])),
      notifications: NotificationsModule.forRoot(loadConfig(NotificationsConfig, system.envs.notifications)),
    };
    const base: Record<AppName, string> = { 'comments-api': system.api.url, 'moderation-worker': system.worker.url, notifications: system.notifications.url };

    // Site A's data: a registered article, a published comment with a report and a notice, a rejected one with an appeal.
    const settings = { open: true, closesAt: null, premoderation: false };
    expect((await api('PUT', `/v1/articles/${ids.article}`, A.admin, { title: `A-secret-${marker}`, url: 'https://a.example/walk', section: 'walk', settings })).status).toBe(201);
    const post = async (body: string) => {
      const r = await api('POST', `/v1/articles/${ids.article}/comments`, A.author, { body });
      expect(r.status).toBe(202);
      return decided(r.body.id as string);
    };
    const pub = await post(`Published on A: A-secret-${marker}`);
    if (pub.status !== 'approved') expect((await api('POST', `/v1/moderation/comments/${pub.id}/decisions`, A.mod, { action: 'approve', revision: 1 })).status).toBe(200);
    ids.published = pub.id;
    const rej = await post(`Rejected on A: A-secret-${marker} second`);
    expect((await api('POST', `/v1/moderation/comments/${rej.id}/decisions`, A.mod, { action: 'reject', revision: 1, reason: 'off_topic' })).status).toBe(200);
    ids.rejected = rej.id;
    const appeal = await api('POST', `/v1/comments/${rej.id}/appeals`, A.author, { explanation: `A-appeal-${marker}: it was on topic.` });
    expect(appeal.status).toBe(201);
    ids.appeal = appeal.body.id;
    const report = await api('POST', `/v1/comments/${pub.id}/reports`, A.reader, { reason: 'illegal', text: `A-report-${marker}`, notice: { explanation: `A-report-${marker} private address`, email: 'reader-a@example.org', goodFaith: true } });
    expect(report.status).toBe(201);
    ids.notice = await eventually('the notice', async () => ((await api('GET', '/v1/moderation/notices', A.mod)).body.items as Array<{ id: string }>)[0]?.id);

    const params = (r: RegisteredRoute): Record<string, string> => ({
      id: /notices\/:id/.test(r.path) ? ids.notice : ids.published,
      articleId: ids.article,
      userId: author,
      queue: 'all',
      kind: 'ban',
      appealId: ids.appeal,
      version: '1',
      noticeId: ids.notice,
      sanctionId: ids.appeal,
    });
    for (const app of Object.keys(modules) as AppName[]) {
      for (const r of await registeredRoutes(modules[app])) {
        if (r.access.public && /^\/(health|metrics)/.test(r.path)) continue;
        const p = params(r);
        routes.push({ ...r, app, url: base[app] + r.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(p[name] ?? 'x')) });
      }
    }
  }, 300_000);

  afterAll(async () => {
    await system?.stop();
  });

  const label = (r: Walked) => `${r.app} ${r.method} ${r.path}`;
  /** Routes that name one of A's comments, cases or users in their path. */
  const namesAData = (r: Walked) => r.app !== 'moderation-worker' && (/:(userId|appealId)\b/.test(r.path) || /\/(comments|notices)\/:id\b/.test(r.path));

  it("shows site B's moderators none of A's queues, counts, cases, audit or analytics", async () => {
    const counts = (await api('GET', '/v1/moderation/counts', B.moderator)).body;
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    expect((await api('GET', '/v1/moderation/counts', A.mod)).body.all).toBeGreaterThanOrEqual(2);
    for (const q of ['all', 'rejected', 'reported', 'notices', 'appeals']) expect({ q, items: (await api('GET', `/v1/moderation/queues/${q}`, B.moderator)).body.items }).toEqual({ q, items: [] });
    expect((await api('GET', '/v1/moderation/notices', B.moderator)).body.items).toEqual([]);
    expect((await api('GET', '/v1/moderation/appeals', B.moderator)).body.items).toEqual([]);
    expect((await api('GET', '/v1/moderation/audit', B.moderator)).body.items).toEqual([]);
    const analytics = (await api('GET', '/v1/moderation/analytics', B.moderator)).body;
    expect({ comments: analytics.totals.comments, decisions: analytics.totals.decisions.total, reports: analytics.totals.reports.total, backlog: analytics.backlog }).toEqual({
      comments: 0,
      decisions: 0,
      reports: 0,
      backlog: { at: expect.any(String), pending: 0, flagged: 0, reported: 0, notices: 0, appeals: 0 },
    });
    const analyticsA = (await api('GET', '/v1/moderation/analytics', A.mod)).body;
    expect(analyticsA.totals.comments).toBeGreaterThanOrEqual(2);
  });

  it("answers every route called with site B's tokens against A's ids without A's data, refuses those naming A's comments, cases and users, and changes nothing of A's", async () => {
    const before = await snapshotOfA();
    const failures: string[] = [];
    let refused = 0;
    for (const r of routes) {
      for (const role of ['commenter', 'moderator', 'admin'] as const) {
        if (r.access.roles.length && !r.access.roles.includes(role)) continue;
        const write = r.method !== 'GET' && r.method !== 'DELETE';
        const res = await call(r.method, r.url, B[role], write ? {} : undefined);
        const leaked = secrets.filter((s) => res.text.includes(s));
        if (leaked.length) failures.push(`${label(r)} as B ${role} → ${res.status} carries ${leaked.join(', ')}`);
        if (namesAData(r)) {
          if (res.status === 404 || res.status === 403) refused++;
          else failures.push(`${label(r)} as B ${role} → ${res.status} ${res.text.slice(0, 160)} (expected 404 or 403)`);
        }
        if (res.status >= 500) failures.push(`${label(r)} as B ${role} → ${res.status} ${res.text.slice(0, 160)}`);
      }
    }
    // And with real bodies: B's moderators deciding, claiming, pinning A's comments.
    const attempts: Array<[string, string, unknown]> = [
      ['POST', `/v1/moderation/comments/${ids.published}/decisions`, { action: 'remove', revision: 1, reason: 'off_topic' }],
      ['POST', '/v1/moderation/decisions/bulk', { action: 'remove', reason: 'off_topic', items: [{ id: ids.published, revision: 1 }] }],
      ['POST', `/v1/moderation/notices/${encodeURIComponent(ids.notice)}/decision`, { outcome: 'no-action', revision: 1, reason: 'Nothing illegal here at all.' }],
      ['POST', `/v1/moderation/appeals/${encodeURIComponent(ids.appeal)}/decision`, { outcome: 'overturned', reason: 'It was on topic after all.' }],
      ['PUT', `/v1/moderation/articles/${ids.article}/pinned-comment`, { commentId: ids.published }],
      ['POST', `/v1/moderation/users/${author}/actions`, { kind: 'ban', reason: 'No reason at all here.', reasonCode: 'spam' }],
      ['PUT', `/v1/users/${author}/restriction`, { kind: 'ban', reason: 'No reason at all here.' }],
    ];
    for (const [method, path, json] of attempts) {
      const res = await api(method, path, B.admin, json);
      if (path === '/v1/moderation/decisions/bulk') {
        if (res.status !== 200 || res.body.results[0].status !== 404) failures.push(`${method} ${path} → ${res.status} ${res.text.slice(0, 200)} (expected the item to fail with 404)`);
      } else if (res.status !== 404 && res.status !== 403 && !(method === 'PUT' && path.includes('pinned-comment') && res.status >= 400)) {
        failures.push(`${method} ${path} with a body → ${res.status} ${res.text.slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(refused).toBeGreaterThan(20);
    const after = await snapshotOfA();
    expect(after).toEqual(before);
  });
});
