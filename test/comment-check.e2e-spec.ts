import { CommentsApiHarness, startCommentsApi } from './support/comments-api-harness';
import { uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';

/** POST /v1/articles/:articleId/comments/check: the would-be decision on a draft, stored nowhere. */
describe('comment check (warn the writer before posting)', () => {
  let h: CommentsApiHarness;
  beforeAll(async () => {
    h = await startCommentsApi(uniqueNamespace('capi-check'), { RATE_LIMIT_USER_WRITES_PER_MINUTE: '6' });
  }, 120_000);
  afterAll(() => h?.stop());

  const check = (body: unknown, token = tokenFor('check-writer'), article = 'check-article') =>
    h.http(`/v1/articles/${article}/comments/check`, { method: 'POST', token, json: body });

  it('answers the decision with reasons fit to show the writer, and stores nothing', async () => {
    const fine = await check({ body: 'Thorough reporting on the flood defences, thank you.' });
    expect(fine.status).toBe(200);
    // without MODERATION_WORKER_URL, comments-api checks with the shipped default set (no version)
    expect(await fine.json()).toEqual({ decision: 'approved', reasons: [], ruleSetVersion: null });

    const draft = 'Someone should put a bullet in Smith.';
    const held = await check({ body: draft });
    expect(held.status).toBe(200);
    const result = (await held.json()) as { decision: string; reasons: Array<Record<string, unknown>> };
    expect(result.decision).toBe('flagged');
    expect(result.reasons[0]).toMatchObject({ category: 'threat', action: 'flag', excerpt: 'Someone should put a bullet in Smith', start: 0 });
    expect(result.reasons[0].message).toMatch(/moderator will review/);
    // moderators' details (rule ids, explanations) are not shown to writers
    expect(result.reasons[0]).not.toHaveProperty('ruleId');
    expect(result.reasons[0]).not.toHaveProperty('explanation');

    const rejected = (await (await check({ body: 'I will kill you' })).json()) as { decision: string };
    expect(rejected.decision).toBe('rejected');

    // nothing was stored: the article has no comments
    const list = await h.http('/v1/articles/check-article/comments');
    expect(list.status).toBe(200);
    expect(((await list.json()) as { items: unknown[] }).items).toEqual([]);
  });

  it('refuses bad input with problem+json and requires a signed-in writer', async () => {
    const empty = await check({ body: '   ' }, tokenFor('check-other'));
    expect(empty.status).toBe(400);
    expect(empty.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(await empty.json())).toContain('body');
    const anonymous = await h.http('/v1/articles/check-article/comments/check', { method: 'POST', json: { body: 'hello' } });
    expect(anonymous.status).toBe(401);
  });

  it('is rate-limited like other writes', async () => {
    const token = tokenFor('check-busy');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await check({ body: `draft number ${i}` }, token)).status);
    expect(statuses.slice(0, 6)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(statuses[6]).toBe(429);
  });
});
