import { DEFAULT_RULE_SET } from '@parley/moderation-rules';
import { startSystem } from './support/app-processes';
import { SITE_A, SITE_B, siteToken, TWO_SITES_ENV } from './support/sites';
import { eventually, TEST_WEBHOOK_SECRET, uniqueNamespace } from './support/test-env';
import { startWebhookReceiver } from './support/webhook-receiver';

/**
 * Two sites in one deployment, on the real Kafka and database with all three apps: each site's
 * tokens are checked with its own secret, the same article id on two sites names two articles,
 * and a site's readers and moderators never see or change the other site's comments.
 */
describe('sites: two sites in one deployment', () => {
  let system: Awaited<ReturnType<typeof startSystem>>;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  const aliceA = siteToken(SITE_A, 'alice', ['commenter']);
  const aliceB = siteToken(SITE_B, 'alice', ['commenter']); // same subject, another site: another user
  const modA = siteToken(SITE_A, 'mod-a', ['moderator']);
  const modB = siteToken(SITE_B, 'mod-b', ['moderator']);
  const adminB = siteToken(SITE_B, 'admin-b', ['admin']);

  beforeAll(async () => {
    // Site B's comments are decided with rule-set version 2 (created below, never activated).
    const sites = JSON.stringify([{ ...JSON.parse(TWO_SITES_ENV.SITES)[0], ruleSetVersion: 2 }]);
    receiver = await startWebhookReceiver(TEST_WEBHOOK_SECRET);
    system = await startSystem({
      namespace: uniqueNamespace('sites'),
      webhookUrls: [receiver.url],
      extraEnv: { all: { ...TWO_SITES_ENV, SITES: sites, RATE_LIMIT_ENABLED: 'false', COMMENTS_LIST_CACHE_TTL_MS: '100' }, notifications: { NOTIFY_WEBHOOK_EVENT_TYPES: 'parley.comment.moderated.v1,parley.comment.published.v1' } },
    });
    const adminA = siteToken(SITE_A, 'admin-a', ['admin']);
    const v2 = await fetch(`${system.worker.url}/v1/rule-sets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminA}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Site B: no snargleflap', rules: [...DEFAULT_RULE_SET.rules, { id: 'snargle', type: 'banned-terms', terms: ['snargleflap'] }] }),
    });
    expect(v2.status).toBe(201);
    expect(((await v2.json()) as { version: number }).version).toBe(2);
  }, 180_000);
  afterAll(async () => {
    await system?.stop();
    await receiver?.close();
  });

  async function call(method: string, path: string, token?: string, json?: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(system.api.url + path, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(json !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      body: json !== undefined ? JSON.stringify(json) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as any) : null };
  }
  async function approvedComment(token: string, articleId: string, body: string, mod: string) {
    const posted = await call('POST', `/v1/articles/${articleId}/comments`, token, { body });
    expect(posted.status).toBe(202);
    const id = posted.body.id as string;
    // the worker decides first (approved or held); a moderator approves a held one
    const decided = await eventually(`decision of ${id}`, async () => {
      const c = await call('GET', `/v1/comments/${id}`, token);
      return c.body.status !== 'pending' && c.body;
    });
    if (decided.status !== 'approved') expect((await call('POST', `/v1/moderation/comments/${id}/decisions`, mod, { action: 'approve', revision: decided.revision })).status).toBe(200);
    return id;
  }

  it("checks each site's tokens with its own secret; the same subject on two sites is two users", async () => {
    const forged = siteToken({ issuer: SITE_B.issuer, secret: SITE_A.secret }, 'mallory', ['admin']);
    expect((await call('GET', '/v1/me/comments', forged)).status).toBe(401);
    const mineA = await call('GET', '/v1/me/comments', aliceA);
    const mineB = await call('GET', '/v1/me/comments', aliceB);
    expect([mineA.status, mineB.status]).toEqual([200, 200]);
    const badHeader = await call('GET', '/v1/articles/story/comments', undefined, undefined, { 'x-parley-site': 'nope' });
    expect(badHeader.status).toBe(400);
    expect(badHeader.body.type).toContain('unknown-site');
    expect((await call('GET', '/v1/me/comments', aliceB, undefined, { 'x-parley-site': 'default' })).status).toBe(403);
    // an EventSource names its site in the query
    const stream = async (query: string) => {
      const ctl = new AbortController();
      const res = await fetch(`${system.api.url}/v1/articles/story/comments/stream${query}`, { signal: ctl.signal });
      ctl.abort();
      return res.status;
    };
    expect(await stream('?site=nope')).toBe(400);
    expect(await stream('?site=b')).toBe(200);
  });

  it('decides each site\'s comments with its rule set: B pins version 2, A follows the active version', async () => {
    const postAndWait = async (token: string, body: string) => {
      const r = await call('POST', '/v1/articles/rules-story/comments', token, { body });
      expect(r.status).toBe(202);
      return eventually(`decision of ${r.body.id}`, async () => {
        const c = await call('GET', `/v1/comments/${r.body.id}`, token);
        return c.body.status !== 'pending' && c.body;
      });
    };
    expect(await postAndWait(aliceA, 'What a snargleflap of an article.')).toMatchObject({ status: 'approved' });
    const onB = await postAndWait(aliceB, 'What a snargleflap of an article.');
    expect(onB).toMatchObject({ status: 'rejected', reasons: [expect.objectContaining({ ruleId: 'snargle' })] });
    // rule sets are administered from the default site only
    const refused = await fetch(`${system.worker.url}/v1/rule-sets/2/activate`, { method: 'POST', headers: { authorization: `Bearer ${adminB}` } });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { type: string }).type).toContain('deployment-wide');
  });

  it('keeps the articles, comments and listings of the two sites apart under the same article id', async () => {
    const a = await approvedComment(aliceA, 'story', 'Site A speaking about the story.', modA);
    const b = await approvedComment(aliceB, 'story', 'Site B speaking about the story.', modB);
    const listA = await eventually('A listing', async () => {
      const l = await call('GET', '/v1/articles/story/comments');
      return l.body.items.length === 1 && l.body;
    });
    expect(listA.items.map((c: { id: string }) => c.id)).toEqual([a]);
    expect(listA.items[0].articleId).toBe('story');
    const listB = await eventually('B listing', async () => {
      const l = await call('GET', '/v1/articles/story/comments', undefined, undefined, { 'x-parley-site': 'b' });
      return l.body.items.length === 1 && l.body;
    });
    expect(listB.items.map((c: { id: string }) => c.id)).toEqual([b]);
    // the events carry the site and the host's article id, through the worker and notifications to webhooks
    const eventOf = (id: string, type: string) => receiver.received.find((w) => w.json.type === type && w.json.data.commentId === id)?.json.data;
    const [publishedB, moderatedB, publishedA] = await eventually('published and moderated events', async () => {
      const got = [eventOf(b, 'parley.comment.published.v1'), eventOf(b, 'parley.comment.moderated.v1'), eventOf(a, 'parley.comment.published.v1')];
      return got.every(Boolean) && got;
    });
    expect(publishedB).toMatchObject({ siteId: 'b', articleId: 'story', authorId: 'b/alice' });
    expect(moderatedB).toMatchObject({ siteId: 'b', articleId: 'story' });
    expect(publishedA).toMatchObject({ articleId: 'story', authorId: 'alice' });
    expect(publishedA).not.toHaveProperty('siteId');
    // the author's in-app feed item keeps the site too (B's alice, not A's)
    const feedItem = async (token: string) => {
      const r = await fetch(`${system.notifications.url}/v1/me/notifications`, { headers: { authorization: `Bearer ${token}` } });
      return ((await r.json()) as { items: Array<{ data: Record<string, unknown> }> }).items.find((i) => i.data.commentId === b);
    };
    const itemB = await eventually("B author's feed item", () => feedItem(aliceB));
    expect(itemB.data).toMatchObject({ siteId: 'b', articleId: 'story' });
    expect(await feedItem(aliceA)).toBeUndefined();
    expect(listB.items[0]).toMatchObject({ articleId: 'story', body: 'Site B speaking about the story.' });
    // signed-in readers see their own site's listing
    expect((await call('GET', '/v1/articles/story/comments', aliceB)).body.items.map((c: { id: string }) => c.id)).toEqual([b]);
    // each site's article and its count
    expect((await call('GET', '/v1/articles/story')).body).toMatchObject({ id: 'story', commentCount: 1 });
    expect((await call('GET', '/v1/articles/story', undefined, undefined, { 'x-parley-site': 'b' })).body).toMatchObject({ id: 'story', commentCount: 1 });
    const counts = await call('GET', '/v1/articles/comment-counts?ids=story,other', undefined, undefined, { 'x-parley-site': 'b' });
    expect(counts.body.items).toEqual([{ articleId: 'story', commentCount: 1 }, { articleId: 'other', commentCount: 0 }]);
    // an article registered on B is B's alone
    const settings = { open: false, premoderation: false };
    expect((await call('PUT', '/v1/articles/story', adminB, { title: 'B story', url: 'https://b.example/story', settings })).status).toBe(200);
    expect((await call('GET', '/v1/articles/story')).body).toMatchObject({ id: 'story', settings: { open: true } });
    expect((await call('POST', '/v1/articles/story/comments', aliceB, { body: 'closed on B' })).status).toBe(403);
    expect((await call('POST', '/v1/articles/story/comments', aliceA, { body: 'still open on A' })).status).toBe(202);

    // Site B's readers and moderators cannot reach A's comment by its id: 404, and nothing changes.
    for (const [method, path, token, json] of [
      ['GET', `/v1/comments/${a}`, aliceB],
      ['GET', `/v1/comments/${a}/replies`, aliceB],
      ['PATCH', `/v1/comments/${a}`, aliceB, { body: 'edited by B' }],
      ['DELETE', `/v1/comments/${a}`, aliceB],
      ['PUT', `/v1/comments/${a}/reaction`, aliceB, {}],
      ['POST', `/v1/comments/${a}/reports`, aliceB, { reason: 'spam' }],
      ['GET', `/v1/moderation/comments/${a}`, modB],
      ['POST', `/v1/moderation/comments/${a}/decisions`, modB, { action: 'reject', revision: 1, reason: 'off_topic' }],
      ['POST', `/v1/moderation/comments/${a}/claim`, modB],
    ] as Array<[string, string, string, unknown?]>) {
      const res = await call(method, path, token, json);
      expect({ method, path, status: res.status }).toEqual({ method, path, status: 404 });
    }
    const after = (await call('GET', `/v1/comments/${a}`, aliceA)).body;
    expect(after).toMatchObject({ status: 'approved', body: 'Site A speaking about the story.', revision: 1, reactionCount: 0 });
    // a reply on B to A's comment is refused
    expect((await call('POST', '/v1/articles/story/comments', aliceA, { body: 'reply', parentId: b })).status).toBe(422);
  });

  it("limits each site's moderation queues and counts to its own comments", async () => {
    const heldB = await call('POST', '/v1/articles/queue-story/comments', aliceB, { body: 'Held for a moderator on B, please.' });
    expect(heldB.status).toBe(202);
    const all = async (token: string) => (await call('GET', '/v1/moderation/queues/all?limit=100', token)).body.items as Array<{ id: string; articleId: string }>;
    await eventually('B sees its comment', async () => (await all(modB)).some((c) => c.id === heldB.body.id));
    const seenByB = await all(modB);
    const seenByA = await all(modA);
    expect(seenByA.some((c) => c.id === heldB.body.id)).toBe(false);
    expect(seenByB.every((c) => !seenByA.some((x) => x.id === c.id))).toBe(true);
    expect(seenByB.find((c) => c.id === heldB.body.id)!.articleId).toBe('queue-story');
    const countsB = (await call('GET', '/v1/moderation/counts', modB)).body;
    expect(countsB.all).toBe(seenByB.length);
  });

  it('limits a moderator whose token names sections (parley_scopes) to comments on articles of those sections', async () => {
    const adminA = siteToken(SITE_A, 'admin-a', ['admin']);
    const scoped = siteToken(SITE_A, 'mod-politics', ['moderator'], { parley_scopes: { sections: ['politics'] } });
    for (const [id, section] of [['politics-1', 'politics'], ['sport-1', 'sport']]) {
      expect((await call('PUT', `/v1/articles/${id}`, adminA, { title: id, url: `https://a.example/${id}`, section, settings: { open: true, premoderation: true } })).status).toBe(201);
    }
    const politics = (await call('POST', '/v1/articles/politics-1/comments', aliceA, { body: 'A view on the election.' })).body.id as string;
    const sport = (await call('POST', '/v1/articles/sport-1/comments', aliceA, { body: 'A view on the match.' })).body.id as string;
    const queue = async (token: string) => ((await call('GET', '/v1/moderation/queues/all?limit=100', token)).body.items as Array<{ id: string; articleId: string }>);
    await eventually('both comments in the site moderator\'s queue', async () => {
      const ids = (await queue(modA)).map((c) => c.id);
      return ids.includes(politics) && ids.includes(sport);
    });
    const seen = await queue(scoped);
    expect(seen.map((c) => c.id)).toEqual([politics]);
    expect((await call('GET', '/v1/moderation/counts', scoped)).body.all).toBe(1);
    expect((await call('GET', '/v1/moderation/analytics', scoped)).body.totals.comments).toBe(1);
    // outside the scope: not found on the moderation routes, refused in bulk; nothing changes
    expect((await call('GET', `/v1/moderation/comments/${sport}`, scoped)).status).toBe(404);
    expect((await call('POST', `/v1/moderation/comments/${sport}/decisions`, scoped, { action: 'reject', revision: 1, reason: 'off_topic' })).status).toBe(404);
    const bulk = await call('POST', '/v1/moderation/decisions/bulk', scoped, { action: 'reject', reason: 'off_topic', items: [{ id: sport, revision: 1 }] });
    expect(bulk.status).toBe(200);
    expect(bulk.body.results[0]).toMatchObject({ ok: false, status: 403, problem: { type: 'outside-scope' } });
    expect((await call('GET', `/v1/comments/${sport}`, aliceA)).body.status).not.toBe('rejected');
    // inside it: as any moderator
    expect((await call('GET', `/v1/moderation/comments/${politics}`, scoped)).status).toBe(200);
    const current = (await call('GET', `/v1/comments/${politics}`, aliceA)).body;
    expect((await call('POST', `/v1/moderation/comments/${politics}/decisions`, scoped, { action: 'approve', revision: current.revision })).status).toBe(200);
    // a malformed scope claim is refused, never read as "no limit"
    const malformed = siteToken(SITE_A, 'mod-x', ['moderator'], { parley_scopes: { sections: 'politics' } });
    const refused = await call('GET', '/v1/moderation/counts', malformed);
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toContain('parley_scopes');
  });
});
