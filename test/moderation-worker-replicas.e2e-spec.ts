import { startSystem } from './support/app-processes';
import { apiClient } from './support/moderation-harness';
import { eventually, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';
import { call, metricValue, WorkerProbe, workerTokens as t } from './support/worker-harness';
import { DEFAULT_RULE_SET } from '@parley/moderation-rules';
import type { RunningApp } from './support/app-processes';

/**
 * Hot reload across replicas: two moderation-worker processes share the comment consumer group;
 * a rule-set version activated through ONE replica's API reaches BOTH (each has its own
 * activation consumer; the periodic check is set to 10 minutes so it cannot explain the switch),
 * and comments decided by either replica carry the new version — no restart.
 */
describe('moderation-worker replicas switch rule sets without a restart', () => {
  const namespace = uniqueNamespace('mwreplicas');
  let system: Awaited<ReturnType<typeof startSystem>>;
  let a: RunningApp;
  let b: RunningApp;
  let probe: WorkerProbe;
  let n = 0;

  beforeAll(async () => {
    system = await startSystem({ namespace, withoutNotifications: true, extraEnv: { 'moderation-worker': { MODERATION_RULESET_REFRESH_MS: '600000', MODERATION_BANNED_TERMS: 'zorblax' } } });
    a = system.worker;
    b = await system.startReplica('moderation-worker');
    probe = new WorkerProbe(namespace, system.databases.moderation);
    await probe.open();
    for (const w of [a, b]) await eventually(`${w.url} listening for activations`, async () => (await metricValue(w.url, 'parley_rule_set_listener_ready')) === 1, 60_000, 250);
  }, 180_000);

  afterAll(async () => {
    await probe?.close();
    await system?.stop();
  });

  const api = () => apiClient(system.api.url);

  /** Posts a comment through comments-api as a fresh author (no per-author rate limit, no flood rule). */
  async function post(body: string): Promise<string> {
    const res = await api().post('/v1/articles/replicas-article/comments', tokenFor(`replica-author-${n++}`), { body });
    expect(res.status).toBe(202);
    return res.body.id as string;
  }

  const decided = async (w: RunningApp, outcome: string) => (await metricValue(w.url, 'parley_decisions_total', { outcome })) ?? 0;

  it('decides with the version activated on one replica, on both replicas', async () => {
    // Warm up until both replicas have partitions and decided comments (the group rebalanced).
    const warm: string[] = [];
    await eventually(
      'both replicas deciding',
      async () => {
        warm.push(await post(`Warm-up comment number ${warm.length}, nothing to see.`));
        return (await decided(a, 'approved')) > 0 && (await decided(b, 'approved')) > 0;
      },
      90_000,
      300,
    );
    const before = await post('A snargleflap before the switch is fine.');
    expect((await probe.decision(before)).ruleSetVersion).toBe(1);
    expect((await probe.decision(before)).decision).toBe('approved');

    const created = await call(b.url, 'POST', '/v1/rule-sets', t.admin, { name: 'No snargleflap', rules: [...DEFAULT_RULE_SET.rules, { id: 'snargle', type: 'banned-terms', terms: ['snargleflap'] }] });
    expect(created.status).toBe(201);
    const version = created.body.version as number;
    expect(version).toBe(2);
    const pidA = a.process.pid;
    const pidB = b.process.pid;
    expect((await call(b.url, 'POST', `/v1/rule-sets/${version}/activate`, t.admin)).body).toMatchObject({ version, changed: true });

    // Replica A learnt it from the activation topic (its periodic check is 10 minutes away).
    await eventually('replica A on the new version', async () => (await metricValue(a.url, 'parley_rule_set_active_version')) === version, 30_000, 200);
    expect(await metricValue(a.url, 'parley_rule_set_switches_total', { source: 'event' })).toBe(1);
    expect(await metricValue(b.url, 'parley_rule_set_active_version')).toBe(version);
    expect((await call(a.url, 'GET', '/v1/rule-sets', t.moderator)).body.loadedByThisReplica).toBe(version);

    const rejectedBefore = { a: await decided(a, 'rejected'), b: await decided(b, 'rejected') };
    const ids: string[] = [];
    for (let i = 0; i < 24; i++) ids.push(await post(`Comment ${i}: what a snargleflap this article is.`));
    const clean = await post('And a kind, clean comment after the switch.');

    for (const id of ids) expect(await probe.decision(id)).toMatchObject({ decision: 'rejected', ruleSetVersion: version, reasons: expect.arrayContaining([expect.objectContaining({ ruleId: 'snargle' })]) });
    expect(await probe.decision(clean)).toMatchObject({ decision: 'approved', ruleSetVersion: version });
    // Both replicas decided some of them. A replica counts a decision just after storing it, so the
    // probe can read the last one a moment before its counter moves: wait for the counters to settle.
    let rejectedAfter = { a: 0, b: 0 };
    await eventually('rejection counters cover every comment', async () => {
      rejectedAfter = { a: await decided(a, 'rejected'), b: await decided(b, 'rejected') };
      return rejectedAfter.a - rejectedBefore.a + (rejectedAfter.b - rejectedBefore.b) >= ids.length;
    });
    expect(rejectedAfter.a - rejectedBefore.a).toBeGreaterThan(0);
    expect(rejectedAfter.b - rejectedBefore.b).toBeGreaterThan(0);
    expect(rejectedAfter.a - rejectedBefore.a + (rejectedAfter.b - rejectedBefore.b)).toBe(ids.length);

    // comments-api applied the decisions; the replicas are the same processes.
    const moderator = tokenFor('mod-ada', ['moderator'], 'Ada');
    for (const id of ids.slice(0, 5)) {
      await eventually(`comment ${id} rejected in comments-api`, async () => (await api().get(`/v1/moderation/comments/${id}`, moderator)).body?.comment?.status === 'rejected');
    }
    expect([a.process.pid, b.process.pid]).toEqual([pidA, pidB]);
    expect([a.process.exitCode, b.process.exitCode]).toEqual([null, null]);
  });
});
