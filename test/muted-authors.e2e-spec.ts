import { CommentsApiHarness, startCommentsApi } from './support/comments-api-harness';
import { eventually, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';

/**
 * Muting authors (/v1/me/muted-authors) on the real database and Kafka: a reader who mutes an
 * author no longer gets that author's comments or replies in listings, nobody else is affected,
 * and the shared public page (ready bytes with one ETag) is neither served to that reader nor
 * replaced by their view.
 */
describe('muted authors', () => {
  let h: CommentsApiHarness;
  const alice = tokenFor('alice-mute', ['commenter'], 'Alice');
  const bob = tokenFor('bob-mute', ['commenter'], 'Bob');
  const dave = tokenFor('dave-mute', ['commenter'], 'Dave');
  const erin = tokenFor('erin-mute', ['commenter'], 'Erin');

  beforeAll(async () => {
    // a thread snapshot lives 3 s: long enough for ready pages to be served between requests
    h = await startCommentsApi(uniqueNamespace('mute'), { COMMENTS_LIST_CACHE_TTL_MS: '3000', RATE_LIMIT_ENABLED: 'false' });
  }, 120_000);
  afterAll(() => h?.stop());

  async function approved(articleId: string, token: string, body: string, parentId?: string) {
    const res = await h.http(`/v1/articles/${articleId}/comments`, { method: 'POST', token, json: parentId ? { body, parentId } : { body } });
    expect(res.status).toBe(202);
    const c = (await res.json()) as any;
    await h.decide(c, 'approved');
    await eventually(`approval of ${c.id}`, async () => ((await (await h.http(`/v1/comments/${c.id}`, { token })).json()) as any).status === 'approved');
    return c as { id: string };
  }
  async function listing(path: string, token?: string) {
    const res = await h.http(path, { token });
    expect(res.status).toBe(200);
    return { etag: res.headers.get('etag'), body: (await res.json()) as any };
  }
  const bodies = (page: any) => page.items.map((c: any) => c.body);
  async function expectProblem(res: Response, status: number, type: string) {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const p = (await res.json()) as any;
    expect(p.type).toBe(`https://parley.dev/problems/${type}`);
    return p;
  }

  it('hides a muted author\u2019s comments and replies from that reader only, keeps the shared public page intact, and unmutes', async () => {
    const article = 'art-mute-1';
    const a = await approved(article, alice, 'Alice opens the thread.');
    const b = await approved(article, bob, 'Bob has opinions.');
    await approved(article, alice, 'Bob, I disagree.', b.id);
    await approved(article, bob, 'Bob replies to Alice.', a.id);
    const url = `/v1/articles/${article}/comments?limit=10`;
    await eventually('both top-level comments listed', async () => (await listing(url)).body.items.length === 2);
    const pub = await listing(url);
    const bobId = pub.body.items.find((c: any) => c.body === 'Bob has opinions.').authorId;
    expect(bobId).toMatch(/^a_[A-Za-z0-9_-]{22}$/);

    const muted = await h.http(`/v1/me/muted-authors/${bobId}`, { method: 'PUT', token: dave, json: { authorName: 'Bob' } });
    expect(muted.status).toBe(200);
    expect(await muted.json()).toMatchObject({ authorId: bobId, authorName: 'Bob' });
    // repeating it changes nothing
    expect((await h.http(`/v1/me/muted-authors/${bobId}`, { method: 'PUT', token: dave })).status).toBe(200);
    const mine = await listing('/v1/me/muted-authors', dave);
    expect(mine.body.items).toEqual([expect.objectContaining({ authorId: bobId, authorName: 'Bob' })]);
    expect(mine.body.limit).toBeGreaterThan(0);
    expect(JSON.stringify(mine.body)).not.toContain('bob-mute');

    // the public page as the public gets it (ready bytes), then dave, then the public again
    const before = await listing(url);
    const daves = await listing(url, dave);
    expect(bodies(daves.body)).toEqual(['Alice opens the thread.']);
    expect(daves.etag).not.toBe(before.etag);
    const after = await listing(url);
    expect(bodies(after.body).sort()).toEqual(['Alice opens the thread.', 'Bob has opinions.']);
    expect(after.etag).toBe(before.etag);
    // another signed-in reader still gets everything (and the same bytes as the public)
    const erins = await listing(url, erin);
    expect(bodies(erins.body).sort()).toEqual(['Alice opens the thread.', 'Bob has opinions.']);
    expect(erins.etag).toBe(before.etag);
    // replies by bob are hidden too, alice's replies stay
    expect(bodies((await listing(`/v1/comments/${a.id}/replies`, dave)).body)).toEqual([]);
    expect(bodies((await listing(`/v1/comments/${a.id}/replies`, erin)).body)).toEqual(['Bob replies to Alice.']);
    expect(bodies((await listing(`/v1/comments/${b.id}/replies`, dave)).body)).toEqual(['Bob, I disagree.']);

    // unmuted: everything again, and the shared page is served to dave
    expect((await h.http(`/v1/me/muted-authors/${bobId}`, { method: 'DELETE', token: dave })).status).toBe(204);
    expect((await h.http(`/v1/me/muted-authors/${bobId}`, { method: 'DELETE', token: dave })).status).toBe(204);
    expect((await listing('/v1/me/muted-authors', dave)).body.items).toEqual([]);
    const back = await listing(url, dave);
    expect(bodies(back.body).sort()).toEqual(['Alice opens the thread.', 'Bob has opinions.']);
  });

  it('answers bad input with problem+json: malformed id, own id, unauthenticated, bad name', async () => {
    const p = await expectProblem(await h.http('/v1/me/muted-authors/bob-mute', { method: 'PUT', token: dave }), 400, 'invalid-public-author-id');
    expect(p.errors[0].field).toBe('publicAuthorId');
    await expectProblem(await h.http('/v1/me/muted-authors/a_short', { method: 'DELETE', token: dave }), 400, 'invalid-public-author-id');
    await expectProblem(await h.http('/v1/me/muted-authors', {}), 401, 'unauthorized');
    await expectProblem(await h.http(`/v1/me/muted-authors/a_${'A'.repeat(22)}`, { method: 'PUT' }), 401, 'unauthorized');
    const bad = await h.http(`/v1/me/muted-authors/a_${'B'.repeat(22)}`, { method: 'PUT', token: dave, json: { authorName: 'x'.repeat(101) } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors.map((e: any) => e.field)).toContain('authorName');

    // one's own public id (as others see it) cannot be muted
    const own = await approved('art-mute-2', dave, 'Dave writes.');
    const daveId = (await listing('/v1/articles/art-mute-2/comments')).body.items.find((c: any) => c.id === own.id).authorId;
    const self = await expectProblem(await h.http(`/v1/me/muted-authors/${daveId}`, { method: 'PUT', token: dave }), 422, 'cannot-mute-self');
    expect(self.errors[0].field).toBe('publicAuthorId');
  });

  it('caps how many authors one reader may mute', async () => {
    const limit = ((await listing('/v1/me/muted-authors', erin)).body.limit) as number;
    const ids = Array.from({ length: limit }, (_, i) => `a_${String(i).padStart(22, '0')}`);
    for (const id of ids) expect((await h.http(`/v1/me/muted-authors/${id}`, { method: 'PUT', token: erin })).status).toBe(200);
    const p = await expectProblem(await h.http(`/v1/me/muted-authors/a_${'Z'.repeat(22)}`, { method: 'PUT', token: erin }), 409, 'too-many-muted-authors');
    expect(p.limit).toBe(limit);
    // muting one already muted is still fine at the cap
    expect((await h.http(`/v1/me/muted-authors/${ids[0]}`, { method: 'PUT', token: erin })).status).toBe(200);
    expect((await listing('/v1/me/muted-authors', erin)).body.items).toHaveLength(limit);
  }, 120_000);
});
