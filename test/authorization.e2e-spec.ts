import fs from 'node:fs';
import path from 'node:path';
import { DynamicModule } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { loadConfig } from '@parley/platform';
import { AppModule as CommentsApiModule } from '../apps/comments-api/src/app.module';
import { CommentsApiConfig } from '../apps/comments-api/src/config/comments-api.config';
import { AppModule as WorkerModule } from '../apps/moderation-worker/src/app.module';
import { ModerationWorkerConfig } from '../apps/moderation-worker/src/config/moderation-worker.config';
import { AppModule as NotificationsModule } from '../apps/notifications/src/app.module';
import { NotificationsConfig } from '../apps/notifications/src/config/notifications.config';
import { AppName, startSystem } from './support/app-processes';
import { RegisteredRoute, registeredRoutes } from './support/registered-routes';
import { TEST_JWT_SECRET, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';

/**
 * The authorisation walk over every route the three apps register, derived from the handlers'
 * own metadata (@Public, @OptionalAuth, @Roles, read as the global AuthGuard reads them), not
 * from a hand-kept list or the OpenAPI document: a privileged route added anywhere, documented
 * or not, is walked. Each route is called on the running app as an anonymous caller, with a
 * forged token, with a token lacking its roles and with each role it names. The apps require an
 * issuer and an audience (AUTH_JWT_ISSUER, AUTH_JWT_AUDIENCE), and tokens without `exp`, with too
 * long a lifetime or with another issuer or audience are refused on every route that reads one.
 */
type Walked = RegisteredRoute & { app: AppName; url: string };

const PARAMS: Record<string, string> = {
  id: 'aaaaaaaaaaaaaaaaaaaaaaaa',
  articleId: 'walk-article',
  userId: 'walk-target',
  queue: 'flagged',
  kind: 'ban',
  appealId: 'aaaaaaaaaaaaaaaaaaaaaaaa:1',
  version: '1',
};
const ROLES = ['commenter', 'moderator', 'admin'] as const;
/**
 * The reviewed table of role-bound routes. The walk derives each route's roles from its metadata,
 * so a route that lost its @Roles would be walked as "any signed-in caller" and pass; this table
 * is what the metadata is held to. A change of access, either way, edits it in the same commit.
 */
const ROLE_BOUND_ROUTES = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'role-bound-routes.json'), 'utf8')) as Array<{
  app: AppName;
  method: string;
  path: string;
  roles: string[];
}>;

describe('authorisation walk over the registered routes of every app', () => {
  let system: Awaited<ReturnType<typeof startSystem>>;
  const routes: Walked[] = [];
  const bound = { issuer: 'https://news.example', audience: 'parley-walk' };
  const withRoles = (roles: string[]) => tokenFor(`walk-${roles.join('-') || 'none'}`, roles, 'w', bound);
  /** Tokens every route that reads a token refuses (401). */
  const refusedTokens = {
    forged: tokenFor('walk-admin', ['admin'], 'a', bound).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
    withoutExp: jwt.sign({ roles: ['admin'] }, TEST_JWT_SECRET, { algorithm: 'HS256', subject: 'walk-admin', ...bound }),
    tooLong: tokenFor('walk-admin', ['admin'], 'a', { ...bound, expiresIn: '3h' }), // AUTH_JWT_MAX_LIFETIME_S=7200
    otherIssuer: tokenFor('walk-admin', ['admin'], 'a', { ...bound, issuer: 'https://elsewhere.example' }),
    noAudience: tokenFor('walk-admin', ['admin'], 'a', { issuer: bound.issuer }),
  };

  beforeAll(async () => {
    system = await startSystem({
      namespace: uniqueNamespace('authwalk'),
      // Many calls from one address: throttling is tested in http-hardening.
      extraEnv: {
        all: {
          LOG_LEVEL: 'warn',
          RATE_LIMIT_ENABLED: 'false',
          AUTH_JWT_ISSUER: bound.issuer,
          AUTH_JWT_AUDIENCE: bound.audience,
          AUTH_JWT_MAX_LIFETIME_S: '7200',
        },
      },
    });
    const modules: Record<AppName, DynamicModule> = {
      'comments-api': CommentsApiModule.forRoot(loadConfig(CommentsApiConfig, system.envs['comments-api'])),
      'moderation-worker': WorkerModule.forRoot(loadConfig(ModerationWorkerConfig, system.envs['moderation-worker'])),
      notifications: NotificationsModule.forRoot(loadConfig(NotificationsConfig, system.envs.notifications)),
    };
    const base: Record<AppName, string> = { 'comments-api': system.api.url, 'moderation-worker': system.worker.url, notifications: system.notifications.url };
    for (const app of Object.keys(modules) as AppName[]) {
      for (const r of await registeredRoutes(modules[app])) {
        routes.push({ ...r, app, url: base[app] + r.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(PARAMS[name] ?? 'x')) });
      }
    }
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  const label = (r: Walked) => `${r.app} ${r.method} ${r.path}`;
  async function call(r: Walked, token?: string) {
    const ctl = new AbortController();
    const write = r.method !== 'GET' && r.method !== 'DELETE';
    const res = await fetch(r.url, {
      method: r.method,
      signal: ctl.signal,
      headers: { ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}), ...(write ? { 'content-type': 'application/json' } : {}) },
      body: write ? '{}' : undefined,
    });
    const type = res.headers.get('content-type') ?? '';
    // Read small bodies; a stream (text/event-stream) is cut off once its status is known.
    const body = type.startsWith('text/event-stream') ? (ctl.abort(), '') : await res.text();
    return { status: res.status, type, body };
  }
  /** Refused by the role check (the guard's 403 forbidden-role problem). */
  const refusedForRole = (x: { status: number; body: string }) => x.status === 403 && x.body.includes('forbidden-role');

  it('derives the routes of all three apps from their handlers, including routes the OpenAPI document leaves out', async () => {
    for (const app of ['comments-api', 'moderation-worker', 'notifications'] as const) {
      const mine = routes.filter((r) => r.app === app);
      expect({ app, privileged: mine.filter((r) => r.access.roles.length).length > 0 }).toEqual({ app, privileged: true });
    }
    // Every operation of the public OpenAPI document (comments-api's, merged with the other apps') is a registered route; the walk has more.
    const doc = (await (await fetch(`${system.api.url}/docs-json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`));
    const registered = new Set(routes.map((r) => `${r.method} ${r.path}`));
    expect(documented.filter((op) => !registered.has(op))).toEqual([]);
    const undocumented = routes.filter((r) => !documented.includes(`${r.method} ${r.path}`)).map(label);
    console.log(
      `[authorisation walk] ${routes.length} routes (${routes.filter((r) => r.access.roles.length).length} with roles); not in the OpenAPI document: ${undocumented.join(', ') || 'none'}`,
    );
    // Spot checks that the metadata is read as the guard reads it.
    const find = (app: AppName, method: string, path: string) => routes.find((r) => r.app === app && r.method === method && r.path === path)?.access;
    expect(find('comments-api', 'PUT', '/v1/articles/:articleId')).toEqual({ public: false, optional: false, roles: ['admin'] });
    expect(find('moderation-worker', 'POST', '/v1/rule-sets/:version/activate')).toEqual({ public: false, optional: false, roles: ['admin'] });
    expect(find('notifications', 'GET', '/health/live')).toMatchObject({ public: true });
  });

  it('gives every route the roles of the reviewed table (test/fixtures/role-bound-routes.json): a @Roles removed or changed fails here', () => {
    const key = (r: { app: string; method: string; path: string }) => `${r.app} ${r.method} ${r.path}`;
    const registered = new Map(routes.map((r) => [key(r), [...r.access.roles].sort()]));
    const reviewed = new Map(ROLE_BOUND_ROUTES.map((r) => [key(r), [...r.roles].sort()]));
    const differences = [
      ...[...reviewed]
        .filter(([k, roles]) => registered.get(k)?.join(',') !== roles.join(','))
        .map(
          ([k, roles]) =>
            `${k}: the table says ${roles.join(',')}, the handler ${registered.has(k) ? registered.get(k)!.join(',') || 'names no role' : 'is not registered'}`,
        ),
      ...[...registered]
        .filter(([k, roles]) => roles.length && !reviewed.has(k))
        .map(([k, roles]) => `${k}: the handler names ${roles.join(',')}, the table does not list it (add it)`),
    ];
    expect(differences).toEqual([]);
  });

  it('refuses anonymous callers on every route that is not public, and invalid tokens on every route that reads one (401 problem+json)', async () => {
    const failures: string[] = [];
    for (const r of routes.filter((x) => !x.access.public)) {
      const anonymous = await call(r);
      if (!r.access.optional && (anonymous.status !== 401 || !anonymous.type.startsWith('application/problem+json')))
        failures.push(`${label(r)} anonymous → ${anonymous.status} ${anonymous.type}`);
      if (r.access.optional && anonymous.status === 401) failures.push(`${label(r)} (optional auth) anonymous → 401`);
      for (const [kind, token] of Object.entries(refusedTokens)) {
        const bad = await call(r, token);
        if (bad.status !== 401 || !bad.type.startsWith('application/problem+json')) failures.push(`${label(r)} ${kind} → ${bad.status} ${bad.type}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('names why a token is refused: no exp, too long a lifetime, another issuer or audience', async () => {
    const queue = routes.find((r) => r.app === 'comments-api' && r.method === 'GET' && r.path === '/v1/moderation/queues/:queue')!;
    const detail = async (token: string) => JSON.parse((await call(queue, token)).body).detail as string;
    expect(await detail(refusedTokens.withoutExp)).toContain('"exp" claim is required');
    expect(await detail(refusedTokens.tooLong)).toContain('lifetime longer than 7200 s');
    expect(await detail(refusedTokens.otherIssuer)).toContain('jwt issuer invalid');
    expect(await detail(refusedTokens.noAudience)).toContain('jwt audience invalid');
  });

  it('refuses every caller without one of the roles a route names (403 forbidden-role), whichever app it is in', async () => {
    const failures: string[] = [];
    for (const r of routes.filter((x) => x.access.roles.length)) {
      const lacking = [[], ...ROLES.filter((role) => !r.access.roles.includes(role)).map((role) => [role])];
      for (const roles of lacking) {
        const res = await call(r, withRoles(roles));
        if (!refusedForRole(res)) failures.push(`${label(r)} as [${roles.join(',')}] → ${res.status} ${res.body.slice(0, 120)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('lets each role a route names past authorisation', async () => {
    const failures: string[] = [];
    for (const r of routes.filter((x) => x.access.roles.length)) {
      for (const role of r.access.roles) {
        const res = await call(r, withRoles([role]));
        if (res.status === 401 || refusedForRole(res)) failures.push(`${label(r)} as ${role} → ${res.status} ${res.body.slice(0, 120)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('lets any signed-in caller past authorisation on routes that name no role', async () => {
    const failures: string[] = [];
    for (const r of routes.filter((x) => !x.access.roles.length)) {
      const res = await call(r, withRoles(['commenter']));
      if (res.status === 401) failures.push(`${label(r)} → 401`);
    }
    expect(failures).toEqual([]);
  });
  it("documents each route in its app's OpenAPI document with the security its guard enforces", async () => {
    type Doc = { paths: Record<string, Record<string, { security?: unknown }>> };
    const base: Record<AppName, string> = { 'comments-api': system.api.url, 'moderation-worker': system.worker.url, notifications: system.notifications.url };
    const docs = Object.fromEntries(
      await Promise.all(Object.entries(base).map(async ([app, url]) => [app, (await (await fetch(`${url}/docs-json`)).json()) as Doc])),
    ) as Record<AppName, Doc>;
    const operation = (r: Walked) => docs[r.app].paths[r.path.replace(/:(\w+)/g, '{$1}')]?.[r.method.toLowerCase()];
    const expected = (r: Walked) => (r.access.public ? [] : r.access.optional ? [{}, { bearer: [] }] : [{ bearer: [] }]);
    // Health, metrics and internal routes are not in the public documents.
    const compared = routes.filter((r) => operation(r));
    expect(
      compared
        .filter((r) => JSON.stringify(operation(r)!.security) !== JSON.stringify(expected(r)))
        .map((r) => `${label(r)}: documented ${JSON.stringify(operation(r)!.security)}, guard ${JSON.stringify(expected(r))}`),
    ).toEqual([]);
    // Public, optional and role-bound routes of all three apps are among those compared.
    expect(new Set(compared.map((r) => r.app))).toEqual(new Set(Object.keys(base)));
    expect([compared.some((r) => r.access.public), compared.some((r) => r.access.optional), compared.some((r) => r.access.roles.length > 0)]).toEqual([
      true,
      true,
      true,
    ]);
  });
});
