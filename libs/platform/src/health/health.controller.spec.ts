import { HealthController } from './health.controller';

function response() {
  const r = { statusCode: 0, body: undefined as unknown, status(code: number) { r.statusCode = code; return r; }, json(b: unknown) { r.body = b; return r; } };
  return r;
}

describe('HealthController', () => {
  const down = new HealthController([
    { name: 'mongodb', check: async () => undefined },
    { name: 'kafka', check: async () => { throw new Error('connect ECONNREFUSED 10.0.0.7:9092 (broker kafka-internal-1)'); } },
  ]);

  it('live touches no dependency', () => {
    expect(new HealthController([{ name: 'x', check: () => Promise.reject(new Error('never called')) }]).live()).toEqual({ status: 'ok' });
  });

  it('tells anonymous callers only up or down, admins which dependency failed', async () => {
    const anonymous = response();
    await down.ready(anonymous as never);
    expect(anonymous).toMatchObject({ statusCode: 503, body: { status: 'unavailable' } });
    expect(JSON.stringify(anonymous.body)).not.toContain('ECONNREFUSED');
    const commenter = response();
    await down.ready(commenter as never, { id: 'u', site: 'default', name: 'u', roles: ['commenter'] });
    expect(commenter.body).toEqual({ status: 'unavailable' });
    const admin = response();
    await down.ready(admin as never, { id: 'a', site: 'default', name: 'a', roles: ['commenter', 'admin'] });
    expect(admin.body).toEqual({ status: 'unavailable', checks: { mongodb: { status: 'up' }, kafka: { status: 'down', error: expect.stringContaining('ECONNREFUSED') } } });
  });
});
