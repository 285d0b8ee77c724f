import { DEFAULT_RULE_SET } from '@parley/moderation-rules';
import { RunningApp } from './support/app-processes';
import { CommentsApiHarness, startCommentsApi } from './support/comments-api-harness';
import { eventually, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';
import { call, startWorker, workerTokens } from './support/worker-harness';

/**
 * The draft check follows the rule set the worker decides with: comments-api (with
 * MODERATION_WORKER_URL) asks moderation-worker, so after an admin activates a stricter version,
 * drafts are checked with it, and a warning recorded with a posted comment is that version's.
 */
describe('comment check with the active rule set', () => {
  const namespace = uniqueNamespace('check-active');
  let worker: RunningApp;
  let h: CommentsApiHarness;
  beforeAll(async () => {
    worker = await startWorker(namespace);
    h = await startCommentsApi(namespace, { MODERATION_WORKER_URL: worker.url, RATE_LIMIT_USER_WRITES_PER_MINUTE: '1000' });
  }, 180_000);
  afterAll(async () => {
    await h?.stop();
    await worker?.stop();
  });

  const writer = tokenFor('active-check-writer');
  const check = async (body: string) => {
    const res = await h.http('/v1/articles/active-check/comments/check', { method: 'POST', token: writer, json: { body } });
    expect(res.status).toBe(200);
    return (await res.json()) as { decision: string; reasons: Array<Record<string, unknown>>; ruleSetVersion: number | null };
  };
  const word = `zarquon${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 6)}`;
  const draft = `What a ${word} of an argument.`;

  it('checks drafts with the version an admin activates, and records warnings with it', async () => {
    // version 1, the shipped set, is active: the made-up word is fine
    expect(await check(draft)).toEqual({ decision: 'approved', reasons: [], ruleSetVersion: 1 });

    // a stricter version: the shipped rules plus the word as a banned term
    const created = await call(worker.url, 'POST', '/v1/rule-sets', workerTokens.admin, {
      name: 'Stricter',
      rules: [...DEFAULT_RULE_SET.rules, { id: 'house-banned', type: 'banned-terms', category: 'profanity', terms: [word] }],
    });
    expect(created.status).toBe(201);
    const version = created.body.version as number;
    expect((await call(worker.url, 'POST', `/v1/rule-sets/${version}/activate`, workerTokens.admin)).status).toBe(200);

    const strict = await eventually('the check to use the activated version', async () => {
      const r = await check(draft);
      return r.ruleSetVersion === version ? r : null;
    });
    expect(strict).toMatchObject({ decision: 'rejected', ruleSetVersion: version, reasons: [{ category: 'profanity', action: 'reject', excerpt: word }] });
    expect(strict.reasons[0]).not.toHaveProperty('ruleId');

    // the warning recorded with a comment posted anyway is the active version's
    const posted = await h.http('/v1/articles/active-check/comments', { method: 'POST', token: writer, json: { body: draft } });
    expect(posted.status).toBe(202);
    const { id } = (await posted.json()) as { id: string };
    const recorded = await h.http(`/v1/comments/${id}/shown-warning`, { method: 'PUT', token: writer });
    expect(await recorded.json()).toMatchObject({ recorded: true, decision: 'rejected', reasons: [{ excerpt: word }] });

    // rolling back to version 1 makes the word fine again
    expect((await call(worker.url, 'POST', '/v1/rule-sets/1/activate', workerTokens.admin)).status).toBe(200);
    expect(await eventually('the check to follow the rollback', async () => ((await check(draft)).ruleSetVersion === 1 ? check(draft) : null))).toEqual({
      decision: 'approved',
      reasons: [],
      ruleSetVersion: 1,
    });
  });

  it("the worker's draft check needs a signed-in caller and is not served at comments-api's public address", async () => {
    expect((await call(worker.url, 'POST', '/v1/moderation/draft-check', undefined, { body: 'hello' })).status).toBe(401);
    expect((await call(worker.url, 'POST', '/v1/moderation/draft-check', workerTokens.commenter, { body: 'hello' })).body).toEqual({ decision: 'approved', reasons: [], ruleSetVersion: expect.any(Number) });
    expect((await h.http('/v1/moderation/draft-check', { method: 'POST', token: writer, json: { body: 'hello' } })).status).toBe(404);
  });

  it('answers 503 problem+json when the worker cannot be reached', async () => {
    await worker.stop();
    const res = await h.http('/v1/articles/active-check/comments/check', { method: 'POST', token: writer, json: { body: 'Fine words.' } });
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ type: expect.stringContaining('check-unavailable'), status: 503 });
  });
});
