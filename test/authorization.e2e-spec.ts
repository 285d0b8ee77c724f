import path from 'node:path';
import { RunningApp, startApp } from './support/app-processes';
import { testInfrastructure, uniqueNamespace, TEST_JWT_SECRET } from './support/test-env';
import jwt from 'jsonwebtoken';
import { tokenFor } from './support/tokens';

/**
 * Walks every operation of comments-api's OpenAPI document (/docs-json) and shows that
 * anonymous callers and plain commenters are refused every moderator and admin route (401/403),
 * that moderators are refused admin routes, and that the roles that may call a route get past
 * authorisation. The app requires an issuer and an audience (AUTH_JWT_ISSUER, AUTH_JWT_AUDIENCE), and
 * tokens without `exp`, with too long a lifetime or with another issuer or audience are refused.
 */
type Who = 'moderator' | 'admin';

/** Privileged routes outside /v1/moderation (owned by other modules), and who may call them. */
const OTHER_PRIVILEGED: Record<string, Who> = {
  'PUT /v1/articles/{articleId}': 'admin',
  'PUT /v1/users/{userId}/restriction': 'moderator',
  'DELETE /v1/users/{userId}/restriction': 'moderator',
  'GET /v1/users/{userId}/restriction': 'moderator',
};
/** Admin-only routes of the moderation module. */
const ADMIN_ONLY = new Set(['GET /v1/moderation/audit/export', 'GET /v1/moderation/transparency/statements']);

function who(op: string): Who | null {
  if (ADMIN_ONLY.has(op)) return 'admin';
  if (OTHER_PRIVILEGED[op]) return OTHER_PRIVILEGED[op]!;
  if (/^[A-Z]+ \/v1\/moderation\//.test(op)) return 'moderator';
  return null;
}

const PARAMS: Record<string, string> = { id: 'aaaaaaaaaaaaaaaaaaaaaaaa', articleId: 'walk-article', userId: 'walk-target', queue: 'flagged', kind: 'ban', appealId: 'aaaaaaaaaaaaaaaaaaaaaaaa:1' };

describe('authorisation walk over the OpenAPI document', () => {
  let app: RunningApp;
  const operations: Array<{ op: string; method: string; url: string; role: Who | null }> = [];
  const bound = { issuer: 'https://news.example', audience: 'parley-walk' };
  const tokens = {
    commenter: tokenFor('walk-commenter', ['commenter'], 'c', bound),
    moderator: tokenFor('walk-moderator', ['commenter', 'moderator'], 'm', bound),
    admin: tokenFor('walk-admin', ['admin'], 'a', bound),
    forged: tokenFor('walk-admin', ['admin'], 'a', bound).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
    withoutExp: jwt.sign({ roles: ['admin'] }, TEST_JWT_SECRET, { algorithm: 'HS256', subject: 'walk-admin', ...bound }),
    tooLong: tokenFor('walk-admin', ['admin'], 'a', { ...bound, expiresIn: '3h' }), // AUTH_JWT_MAX_LIFETIME_S=7200
    otherIssuer: tokenFor('walk-admin', ['admin'], 'a', { ...bound, issuer: 'https://elsewhere.example' }),
    noAudience: tokenFor('walk-admin', ['admin'], 'a', { issuer: bound.issuer }),
  };

  beforeAll(async () => {
    const { kafkaBrokers, mongoUri } = testInfrastructure();
    const ns = uniqueNamespace('authwalk');
    app = await startApp(
      'comments-api',
      { KAFKA_BROKERS: kafkaBrokers, MONGODB_URI: mongoUri, MONGODB_DB: ns.replace(/-/g, '_'), KAFKA_TOPIC_PREFIX: `${ns}.`, KAFKA_TOPIC_PARTITIONS: '1', AUTH_JWT_SECRET: TEST_JWT_SECRET, AUTH_JWT_ISSUER: bound.issuer, AUTH_JWT_AUDIENCE: bound.audience, AUTH_JWT_MAX_LIFETIME_S: '7200', RATE_LIMIT_ENABLED: 'false', LOG_LEVEL: 'warn' },
      path.join(process.env.PARLEY_TEST_DATA_DIR ?? path.join(__dirname, '..', '.data', 'e2e'), 'logs', ns),
    );
    const doc = (await (await fetch(`${app.url}/docs-json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    for (const [p, ops] of Object.entries(doc.paths)) {
      for (const method of Object.keys(ops)) {
        const op = `${method.toUpperCase()} ${p}`;
        const url = p.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(PARAMS[name] ?? 'x'));
        operations.push({ op, method: method.toUpperCase(), url, role: who(op) });
      }
    }
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
  });

  async function call(method: string, url: string, token?: string) {
    const ctl = new AbortController();
    const res = await fetch(`${app.url}${url}`, {
      method,
      signal: ctl.signal,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(method === 'GET' || method === 'DELETE' ? {} : { 'content-type': 'application/json' }) },
      body: method === 'GET' || method === 'DELETE' ? undefined : '{}',
    });
    const type = res.headers.get('content-type') ?? '';
    // Read small bodies; a stream (text/event-stream) is cut off once its status is known.
    const body = type.startsWith('text/event-stream') ? (ctl.abort(), '') : await res.text();
    return { status: res.status, type, body };
  }

  it('finds the moderator and admin routes in the document', () => {
    const privileged = operations.filter((o) => o.role);
    expect(privileged.length).toBeGreaterThanOrEqual(20);
    expect(privileged.filter((o) => o.role === 'admin').map((o) => o.op)).toEqual(expect.arrayContaining([...ADMIN_ONLY, 'PUT /v1/articles/{articleId}']));
    for (const op of Object.keys(OTHER_PRIVILEGED)) expect(operations.map((o) => o.op)).toContain(op);
  });

  it('refuses anonymous callers and invalid tokens on every moderator and admin route (401 problem+json)', async () => {
    const failures: string[] = [];
    const refused = { anonymous: undefined, forged: tokens.forged, withoutExp: tokens.withoutExp, tooLong: tokens.tooLong, otherIssuer: tokens.otherIssuer, noAudience: tokens.noAudience };
    for (const o of operations.filter((x) => x.role)) {
      for (const [kind, token] of Object.entries(refused)) {
        const r = await call(o.method, o.url, token);
        if (r.status !== 401 || !r.type.startsWith('application/problem+json')) failures.push(`${o.op} ${kind} → ${r.status} ${r.type}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('names why a token is refused: no exp, too long a lifetime, another issuer or audience', async () => {
    const detail = async (token: string) => JSON.parse((await call('GET', '/v1/moderation/queues/flagged', token)).body).detail as string;
    expect(await detail(tokens.withoutExp)).toContain('"exp" claim is required');
    expect(await detail(tokens.tooLong)).toContain('lifetime longer than 7200 s');
    expect(await detail(tokens.otherIssuer)).toContain('jwt issuer invalid');
    expect(await detail(tokens.noAudience)).toContain('jwt audience invalid');
  });

  it('refuses plain commenters on every moderator and admin route (403 forbidden-role)', async () => {
    const failures: string[] = [];
    for (const o of operations.filter((x) => x.role)) {
      const r = await call(o.method, o.url, tokens.commenter);
      if (r.status !== 403 || !r.body.includes('forbidden-role')) failures.push(`${o.op} → ${r.status} ${r.body.slice(0, 120)}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses moderators on every admin route, and lets admins past authorisation there', async () => {
    const failures: string[] = [];
    for (const o of operations.filter((x) => x.role === 'admin')) {
      const m = await call(o.method, o.url, tokens.moderator);
      if (m.status !== 403 || !m.body.includes('forbidden-role')) failures.push(`${o.op} moderator → ${m.status}`);
      const a = await call(o.method, o.url, tokens.admin);
      if (a.status === 401 || a.status === 403) failures.push(`${o.op} admin → ${a.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('lets moderators and admins past authorisation on every moderator route', async () => {
    const failures: string[] = [];
    for (const o of operations.filter((x) => x.role === 'moderator')) {
      for (const token of [tokens.moderator, tokens.admin]) {
        const r = await call(o.method, o.url, token);
        if (r.status === 401 || (r.status === 403 && r.body.includes('forbidden-role'))) failures.push(`${o.op} → ${r.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('requires a signed-in caller for every write outside the public routes', async () => {
    const failures: string[] = [];
    for (const o of operations.filter((x) => !x.role && x.method !== 'GET')) {
      const r = await call(o.method, o.url);
      if (r.status !== 401) failures.push(`${o.op} anonymous → ${r.status}`);
    }
    expect(failures).toEqual([]);
  });
});
