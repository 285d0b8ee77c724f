import { CommentsApiHarness, startCommentsApi } from './support/comments-api-harness';
import { uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';

/** Rate limits per user (writes) and per client address, answered with 429 + Retry-After. */
describe('comments-api rate limits', () => {
  let h: CommentsApiHarness;
  beforeAll(async () => {
    h = await startCommentsApi(uniqueNamespace('capi-limits'), { RATE_LIMIT_USER_WRITES_PER_MINUTE: '3', RATE_LIMIT_IP_PER_MINUTE: '25' });
  }, 120_000);
  afterAll(() => h?.stop());

  it('limits writes per user and all requests per address, never health checks', async () => {
    const alice = tokenFor('limit-alice');
    const post = (token: string) => h.http('/v1/articles/limits/comments', { method: 'POST', token, json: { body: 'hello' } });
    for (let i = 0; i < 3; i++) expect((await post(alice)).status).toBe(202);
    const limited = await post(alice);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toContain('application/problem+json');
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await limited.json()).toMatchObject({ status: 429, type: 'https://parley.dev/problems/rate-limited', retryAfter, limit: 3 });
    // Another user is not affected by alice's limit.
    expect((await post(tokenFor('limit-bob'))).status).toBe(202);

    // 5 requests so far from this address (the refused one counts); reads count towards the per-address limit of 25,
    // each once, whether the page is cut anew or answered from its ready bytes.
    const statuses: number[] = [];
    const remaining: number[] = [];
    for (let i = 0; i < 25; i++) {
      const res = await h.http('/v1/articles/limits/comments');
      statuses.push(res.status);
      if (res.status === 200) remaining.push(Number(res.headers.get('x-ratelimit-remaining-ip')));
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(20);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
    expect(remaining).toEqual(Array.from({ length: 20 }, (_, i) => 19 - i));
    expect((await h.http('/health/live')).status).toBe(200);
  });
});
