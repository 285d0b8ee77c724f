import { BUDGET_RULE_ID, DEFAULT_RULE_SET } from '@parley/moderation-rules';
import { RunningApp } from './support/app-processes';
import { uniqueNamespace } from './support/test-env';
import { call, startWorker, WorkerProbe, workerTokens as t } from './support/worker-harness';

/**
 * Moderator- and admin-supplied patterns cannot hang the worker: they run on RE2 (linear time), the
 * features RE2 lacks are refused by name, and a comment whose evaluation outruns the budget is held
 * for a human while the partition moves on. Real worker, broker and database.
 */
describe('moderation-worker: custom patterns on RE2 and the evaluation budget', () => {
  const namespace = uniqueNamespace('patterns');
  const probe = new WorkerProbe(namespace, `${namespace.replace(/[^A-Za-z0-9_]/g, '_')}_moderation`);
  let worker: RunningApp;
  const uRun = 'u'.repeat(19_999) + '!'; // (?:\u{1,9})+$ without u: exponential in V8 (33 ms at 22 characters, doubling per character)

  beforeAll(async () => {
    worker = await startWorker(namespace, { MODERATION_RULESET_REFRESH_MS: '600000', MODERATION_EVALUATION_BUDGET_MS: '5' });
    await probe.open();
  }, 120_000);

  afterAll(async () => {
    await worker?.stop();
    await probe.close();
  });

  it('dry run: refuses \\u{1,9} without u and lookaround with problem+json naming the feature and the rule; runs backtracking shapes linearly', async () => {
    const refused = await call(worker.url, 'POST', '/v1/moderation/evaluate', t.moderator, {
      body: uRun,
      ruleSet: { rules: [{ id: 'u-run', type: 'pattern', pattern: '(?:\\u{1,9})+$', action: 'reject' }, { id: 'price', type: 'pattern', pattern: '(?<=\\$)\\d+', action: 'flag' }] },
    });
    expect(refused.status).toBe(400);
    expect(refused.contentType).toContain('application/problem+json');
    expect(refused.body.errors).toEqual([
      { field: 'ruleSet.rules[0].pattern', message: expect.stringMatching(/^rule "u-run": escape \\u\{…\} without the u flag means the letter u repeated/) },
      { field: 'ruleSet.rules[1].pattern', message: expect.stringMatching(/^rule "price": lookbehind \(\?<=…\) is not supported/) },
    ]);

    const shapes = ['(?:u{1,9})+$', '(u+)+$', '(u|uu)+$', '(u?u)*$', '\\w+\\s?\\w+@'];
    const ran = await call(worker.url, 'POST', '/v1/moderation/evaluate', t.moderator, {
      body: uRun,
      ruleSet: { rules: shapes.map((pattern, i) => ({ id: `shape-${i}`, type: 'pattern', pattern, action: 'reject' })) },
    });
    expect(ran.status).toBe(200);
    expect(['approved', 'flagged']).toContain(ran.body.decision); // flagged only if this busy machine ran past the 5 ms budget
  });

  it('an activated rule set with backtracking shapes decides a comment of 20,000 "u"s, and the partition moves on', async () => {
    const created = await call(worker.url, 'POST', '/v1/rule-sets', t.admin, {
      rules: [...DEFAULT_RULE_SET.rules, { id: 'u-run', type: 'pattern', pattern: '(?:u{1,9})+$', action: 'reject' }, { id: 'nested', type: 'pattern', pattern: '(u+)+$', action: 'reject' }],
    });
    expect(created.status).toBe(201);
    expect((await call(worker.url, 'POST', `/v1/rule-sets/${created.body.version}/activate`, t.admin)).status).toBe(200);

    const evil = await probe.submit(uRun);
    const next = await probe.submit('A calm remark after it.', { commentId: evil.commentId, revision: 2 }); // same key: same partition, after it
    const d = await probe.decision(evil.commentId);
    expect(d.ruleSetVersion).toBe(created.body.version);
    // Decided (the default rules reject the run of repeated letters); neither pattern matches before the "!".
    expect(d.reasons.map((r: { ruleId: string }) => r.ruleId)).not.toEqual(expect.arrayContaining(['u-run']));
    expect(d.reasons.map((r: { ruleId: string }) => r.ruleId)).not.toEqual(expect.arrayContaining(['nested']));
    expect((await probe.decision(next.commentId, 2)).ruleSetVersion).toBe(created.body.version);
  });

  it('a comment whose evaluation exceeds the budget is held for a human with a reason', async () => {
    const many = Array.from({ length: 400 }, (_, i) => ({ id: `slow-${i}`, type: 'pattern', pattern: `(x+x+)+y${i}`, action: 'flag' }));
    const created = await call(worker.url, 'POST', '/v1/rule-sets', t.admin, { rules: many });
    expect(created.status).toBe(201);
    expect((await call(worker.url, 'POST', `/v1/rule-sets/${created.body.version}/activate`, t.admin)).status).toBe(200);

    const c = await probe.submit('x'.repeat(20_000)); // 400 passes over 20,000 characters: far beyond 5 ms
    const d = await probe.decision(c.commentId);
    expect(d).toMatchObject({ decision: 'flagged', reasons: [expect.objectContaining({ ruleId: BUDGET_RULE_ID, category: 'system', action: 'flag' })] });
    const after = await probe.submit('Short and fine.');
    expect((await probe.decision(after.commentId)).ruleSetVersion).toBe(created.body.version);
  });
});
