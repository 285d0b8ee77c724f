import { RunningApp, startSystem } from './support/app-processes';
import { uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';

/**
 * The three apps hardened alike, as started processes on the real broker and database: security
 * headers, throttling (429 problem+json with Retry-After; health and metrics exempt), liveness
 * without dependencies, readiness that tells anonymous callers only up or down, and /metrics
 * behind a credential (or local connections only).
 */
describe('HTTP hardening on every app', () => {
  const namespace = uniqueNamespace('hardening');
  const METRICS_TOKEN = 'metrics-credential-0123456789';
  let system: Awaited<ReturnType<typeof startSystem>>;
  let apps: RunningApp[];
  const admin = tokenFor('admin-hard', ['admin'], 'Admin');

  beforeAll(async () => {
    system = await startSystem({
      namespace,
      extraEnv: { all: { RATE_LIMIT_IP_PER_MINUTE: '40' }, notifications: { METRICS_TOKEN } },
    });
    apps = [system.api, system.worker, system.notifications];
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('sets security headers on every app', async () => {
    for (const app of apps) {
      const res = await fetch(`${app.url}/health/live`);
      expect([app.name, res.headers.get('x-content-type-options')]).toEqual([app.name, 'nosniff']);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('strict-transport-security')).toContain('max-age=');
    }
  });

  it('/health/live answers without dependencies; /health/ready tells anonymous callers only up or down, admins the checks', async () => {
    for (const app of apps) {
      expect(await (await fetch(`${app.url}/health/live`)).json()).toEqual({ status: 'ok' });
      const anonymous = await fetch(`${app.url}/health/ready`);
      expect([app.name, anonymous.status, await anonymous.json()]).toEqual([app.name, 200, { status: 'ok' }]);
      const detailed = (await (await fetch(`${app.url}/health/ready`, { headers: { authorization: `Bearer ${admin}` } })).json()) as { checks: Record<string, { groups?: Record<string, { state: string }> }> };
      // Admins see each dependency, and each consumer group's membership (every app consumes events).
      expect([app.name, detailed]).toEqual([
        app.name,
        { status: 'ok', checks: { mongodb: { status: 'up' }, kafka: { status: 'up' }, 'kafka-consumers': { status: 'up', groups: expect.any(Object) } } },
      ]);
      const states = Object.values(detailed.checks['kafka-consumers'].groups ?? {}).map((g) => g.state);
      expect([app.name, states.length > 0, [...new Set(states)]]).toEqual([app.name, true, ['joined']]);
    }
  });

  it('/metrics: local connections only without METRICS_TOKEN, the bearer credential with it', async () => {
    for (const app of [system.api, system.worker]) {
      expect((await fetch(`${app.url}/metrics`)).status).toBe(200);
      const proxied = await fetch(`${app.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
      expect([app.name, proxied.status, proxied.headers.get('content-type')]).toEqual([app.name, 401, expect.stringContaining('application/problem+json')]);
    }
    const n = system.notifications.url;
    expect((await fetch(`${n}/metrics`)).status).toBe(401);
    expect((await fetch(`${n}/metrics`, { headers: { authorization: 'Bearer wrong-credential-0123456789' } })).status).toBe(401);
    const ok = await fetch(`${n}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('parley_process_');
  });

  it('throttles every app per client address (429 problem+json with Retry-After), never health checks', async () => {
    const route: Record<string, string> = { 'comments-api': '/v1/articles/hardening/comments', 'moderation-worker': '/v1/rule-sets', notifications: '/v1/me/notifications' };
    for (const app of apps) {
      const statuses: Array<{ status: number; retryAfter: string | null; type: string }> = [];
      for (let i = 0; i < 45; i++) {
        const res = await fetch(`${app.url}${route[app.name]}`);
        await res.text();
        statuses.push({ status: res.status, retryAfter: res.headers.get('retry-after'), type: res.headers.get('content-type') ?? '' });
      }
      const limited = statuses.filter((s) => s.status === 429);
      expect([app.name, limited.length > 0]).toEqual([app.name, true]);
      expect(limited.every((s) => Number(s.retryAfter) > 0 && s.type.startsWith('application/problem+json'))).toBe(true);
      expect((await fetch(`${app.url}/health/live`)).status).toBe(200);
      expect((await fetch(`${app.url}/health/ready`)).status).toBe(200);
    }
  });
});
