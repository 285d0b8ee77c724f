import { Kafka, logLevel } from 'kafkajs';
import { startSystem } from './support/app-processes';
import { eventually, readJson, testInfrastructure, uniqueNamespace } from './support/test-env';
import { tokenFor, tokenWithClaims } from './support/tokens';
import { readTopics } from './support/topic-reader';

/**
 * Curation through the API, on the real Kafka and database with the three apps: featuring (a
 * moderation decision) and the featured tab, the author's in-app notification of it (the
 * parley.comment.featured.v1 event through Kafka to notifications), the one pinned comment per
 * article (replaced atomically, also under concurrent pins), badges from the token and from
 * admins, role checks and bad input as problem+json.
 */
describe('curation: featured tab, pinned comment, badges', () => {
  const namespace = uniqueNamespace('curation');
  let system: Awaited<ReturnType<typeof startSystem>>;
  const moderator = tokenFor('cur-mod', ['moderator'], 'Mo Derator');
  const admin = tokenFor('cur-admin', ['admin'], 'Ada Admin');
  const reader = tokenFor('cur-reader', ['commenter'], 'Rae Reader');

  beforeAll(async () => {
    system = await startSystem({
      namespace,
      extraEnv: { 'moderation-worker': { MODERATION_BANNED_TERMS: 'zorblax' }, 'comments-api': { RATE_LIMIT_ENABLED: 'false' } },
    });
  }, 180_000);
  afterAll(async () => {
    await system?.stop();
  });

  const api = (path: string, init: { method?: string; token?: string; json?: unknown } = {}) =>
    fetch(`${system.api.url}${path}`, {
      method: init.method ?? 'GET',
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
      headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    });

  /** Posts a comment and waits until the moderation worker decided it; returns its view as the author sees it. */
  async function posted(articleId: string, token: string, body: string, parentId?: string): Promise<any> {
    const res = await api(`/v1/articles/${articleId}/comments`, { method: 'POST', token, json: parentId ? { body, parentId } : { body } });
    expect(res.status).toBe(202);
    const c = await readJson(res);
    return eventually(`moderation of ${c.id}`, async () => {
      const now = await readJson(await api(`/v1/comments/${c.id}`, { token }));
      return now.status !== 'pending' ? now : undefined;
    });
  }
  const decide = (id: string, action: string, token = moderator, revision = 1, extra: Record<string, unknown> = {}) =>
    api(`/v1/moderation/comments/${id}/decisions`, { method: 'POST', token, json: { action, revision, ...extra } });
  const pin = (articleId: string, commentId: unknown, token = moderator) =>
    api(`/v1/moderation/articles/${articleId}/pinned-comment`, { method: 'PUT', token, json: { commentId } });
  const featuredIds = async (articleId: string, token?: string) =>
    ((await readJson(await api(`/v1/articles/${articleId}/featured-comments`, { token }))).items as any[]).map((c) => c.id);

  async function expectProblem(res: Response, status: number, match: Record<string, unknown> = {}) {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const p = await readJson(res);
    expect(p).toMatchObject({ status, ...match });
    return p;
  }

  it('features an approved comment: it is in the featured tab (marked featured), the author is notified in-app, and unfeaturing takes it out', async () => {
    const author = tokenFor('cur-fan', ['commenter'], 'Fran Fan');
    const a = await posted('cur-featured', author, 'The most insightful remark on this article.');
    const b = await posted('cur-featured', author, 'A second good point about the budget.');
    const reply = await posted('cur-featured', reader, 'A reply worth featuring too.', a.id);
    expect([a.status, b.status, reply.status]).toEqual(['approved', 'approved', 'approved']);
    expect(await featuredIds('cur-featured')).toEqual([]);

    const res = await decide(a.id, 'feature');
    expect(res.status).toBe(200);
    expect(await readJson(res)).toMatchObject({ commentId: a.id, action: 'feature', featured: true, status: 'approved' });
    expect((await decide(reply.id, 'feature')).status).toBe(200);
    expect((await decide(b.id, 'feature')).status).toBe(200);

    // most recently featured first, replies included; paginated with a cursor
    expect(await featuredIds('cur-featured')).toEqual([b.id, reply.id, a.id]);
    const first = await readJson(await api('/v1/articles/cur-featured/featured-comments?limit=2'));
    expect(first.items.map((c: any) => c.id)).toEqual([b.id, reply.id]);
    expect(first.items[0]).toMatchObject({ featured: true, status: 'approved', body: 'A second good point about the budget.' });
    const second = await readJson(await api(`/v1/articles/cur-featured/featured-comments?limit=2&cursor=${first.nextCursor}`));
    expect(second.items.map((c: any) => c.id)).toEqual([a.id]);
    expect(second.nextCursor).toBeNull();
    // the ordinary listing marks it too
    await eventually('the thread to mark the featured comment', async () => {
      const items = (await readJson(await api('/v1/articles/cur-featured/comments'))).items as any[];
      return items.find((c) => c.id === a.id)?.featured === true;
    });
    const thread = (await readJson(await api('/v1/articles/cur-featured/comments'))).items as any[];
    expect(
      thread
        .filter((c) => c.featured)
        .map((c) => c.id)
        .sort(),
    ).toEqual([a.id, b.id].sort());

    // the author hears of it in the notifications app's in-app feed (event through Kafka)
    const feed = await eventually('the featured notification in the author\u2019s feed', async () => {
      const body = await readJson(await fetch(`${system.notifications.url}/v1/me/notifications`, { headers: { authorization: `Bearer ${author}` } }));
      const featured = (body.items ?? []).filter((n: any) => n.kind === 'comment.featured');
      return featured.length >= 2 ? featured : undefined;
    });
    expect(feed.map((n: any) => n.data.commentId).sort()).toEqual([a.id, b.id].sort());
    expect(feed[0]).toMatchObject({ kind: 'comment.featured', data: { articleId: 'cur-featured' } });

    expect((await decide(a.id, 'unfeature')).status).toBe(200);
    expect(await featuredIds('cur-featured')).toEqual([b.id, reply.id]);
    // a removed comment leaves the tab (removal unfeatures it)
    expect((await decide(b.id, 'remove', moderator, 1, { reason: 'spam' })).status).toBe(200);
    expect(await featuredIds('cur-featured')).toEqual([reply.id]);
  });

  it('features only approved comments, needs the moderator role, and answers bad input with problem+json', async () => {
    const rejected = await posted('cur-feature-bad', tokenFor('cur-troll'), 'You are a zorblax.');
    expect(rejected.status).toBe('rejected');
    await expectProblem(await decide(rejected.id, 'feature'), 409);
    expect(await featuredIds('cur-feature-bad')).toEqual([]);

    const ok = await posted('cur-feature-bad', tokenFor('cur-nice'), 'A fine comment.');
    await expectProblem(await decide(ok.id, 'feature', reader), 403, { type: expect.stringContaining('forbidden-role') });
    await expectProblem(await api(`/v1/moderation/comments/${ok.id}/decisions`, { method: 'POST', token: moderator, json: { action: 'feature' } }), 400);
    await expectProblem(await decide(ok.id, 'feature', moderator, 7), 409);
    expect(await featuredIds('cur-feature-bad')).toEqual([]);

    const badCursor = await expectProblem(await api('/v1/articles/cur-feature-bad/featured-comments?cursor=bm90LWEtY3Vyc29y'), 400);
    expect(badCursor.errors).toEqual([{ field: 'cursor', message: expect.any(String) }]);
    await expectProblem(await api('/v1/articles/cur-feature-bad/featured-comments?limit=0'), 400);
    await expectProblem(await api('/v1/articles/%20bad/featured-comments'), 400);
  });

  it('pins one comment per article: pinning another replaces it, unpinning clears it, and a removed pinned comment is no longer shown', async () => {
    const a = await posted('cur-pin', tokenFor('cur-pin-a', ['commenter'], 'Pia'), 'Pin me, I summarise the debate.');
    const b = await posted('cur-pin', tokenFor('cur-pin-b', ['commenter'], 'Ben'), 'No, pin me instead.');
    expect(await readJson(await api('/v1/articles/cur-pin/pinned-comment'))).toEqual({ comment: null, pinnedAt: null });

    const first = await pin('cur-pin', a.id);
    expect(first.status).toBe(200);
    expect(await readJson(first)).toMatchObject({ articleId: 'cur-pin', commentId: a.id, pinnedBy: 'cur-mod', replaced: null });
    let shown = await readJson(await api('/v1/articles/cur-pin/pinned-comment'));
    expect(shown.comment).toMatchObject({ id: a.id, body: 'Pin me, I summarise the debate.', authorName: 'Pia' });
    expect(Date.parse(shown.pinnedAt)).not.toBeNaN();

    const second = await pin('cur-pin', b.id, admin);
    expect(await readJson(second)).toMatchObject({ commentId: b.id, pinnedBy: 'cur-admin', replaced: a.id });
    shown = await readJson(await api('/v1/articles/cur-pin/pinned-comment'));
    expect(shown.comment.id).toBe(b.id);

    // the audit trail has both pins
    const audit = await readJson(await api(`/v1/moderation/audit?commentId=${b.id}`, { token: moderator }));
    expect((audit.items as any[]).map((e) => e.action)).toContain('curation.pin');

    const unpinned = await api('/v1/moderation/articles/cur-pin/pinned-comment', { method: 'DELETE', token: moderator });
    expect(unpinned.status).toBe(204);
    expect(await readJson(await api('/v1/articles/cur-pin/pinned-comment'))).toEqual({ comment: null, pinnedAt: null });
    expect((await api('/v1/moderation/articles/cur-pin/pinned-comment', { method: 'DELETE', token: moderator })).status).toBe(204);

    // a pinned comment that is removed afterwards is not shown
    expect(await readJson(await pin('cur-pin', a.id))).toMatchObject({ replaced: null });
    expect((await decide(a.id, 'remove', moderator, 1, { reason: 'spam' })).status).toBe(200);
    expect(await readJson(await api('/v1/articles/cur-pin/pinned-comment'))).toEqual({ comment: null, pinnedAt: null });
  });

  it('publishes parley.comment.unpinned.v1 through Kafka when a pin is taken away (same key as its pin), and nothing when nothing is pinned', async () => {
    const kafka = new Kafka({ clientId: `${namespace}-curation-observer`, brokers: testInfrastructure().kafkaBrokers.split(','), logLevel: logLevel.NOTHING });
    const seen: Array<{ key: string; type: string; data: any }> = [];
    const readUpTo = new Map<number, bigint>();
    const observer = await readTopics(kafka, {
      groupId: `${namespace}-curation-observer`,
      topics: [`${system.topicPrefix}parley.comments.v1`],
      eachMessage: async ({ partition, message }) => {
        readUpTo.set(partition, BigInt(message.offset) + 1n);
        const type = String(message.headers?.ce_type ?? '');
        const data = JSON.parse(message.value!.toString());
        if (data.articleId === 'cur-unpin' && /^parley\.comment\.(un)?pinned\.v1$/.test(type)) seen.push({ key: String(message.key), type, data });
      },
    });
    try {
      const a = await posted('cur-unpin', tokenFor('cur-unpin-a', ['commenter'], 'Una'), 'Pin me for a while.');
      const b = await posted('cur-unpin', tokenFor('cur-unpin-b', ['commenter'], 'Bo'), 'Then pin me.');
      // nothing pinned yet: unpinning changes and publishes nothing
      expect((await api('/v1/moderation/articles/cur-unpin/pinned-comment', { method: 'DELETE', token: moderator })).status).toBe(204);
      expect((await pin('cur-unpin', a.id)).status).toBe(200);
      const unpinned = await api('/v1/moderation/articles/cur-unpin/pinned-comment', { method: 'DELETE', token: admin });
      expect(unpinned.status).toBe(204);
      // unpinning again publishes nothing either; the pin of b afterwards (same topic) is the marker
      expect((await api('/v1/moderation/articles/cur-unpin/pinned-comment', { method: 'DELETE', token: moderator })).status).toBe(204);
      expect((await pin('cur-unpin', b.id)).status).toBe(200);
      await eventually('the pin of b (marker)', async () => seen.some((e) => e.type === 'parley.comment.pinned.v1' && e.data.commentId === b.id));
      // the events may sit on other partitions than the marker: read every partition to its end
      const kafkaAdmin = kafka.admin();
      await kafkaAdmin.connect();
      const ends = await kafkaAdmin.fetchTopicOffsets(`${system.topicPrefix}parley.comments.v1`).finally(() => kafkaAdmin.disconnect());
      await eventually('the observer read the topic to its end', async () => ends.every((p) => BigInt(p.high) === 0n || (readUpTo.get(p.partition) ?? 0n) >= BigInt(p.high)));

      // exactly these three (a's two in order on a's partition); the two unpins with nothing pinned published nothing
      expect(seen).toHaveLength(3);
      expect(seen.filter((e) => e.key === a.id).map((e) => e.type)).toEqual(['parley.comment.pinned.v1', 'parley.comment.unpinned.v1']);
      expect(seen.filter((e) => e.key === b.id).map((e) => e.type)).toEqual(['parley.comment.pinned.v1']);
      const ev = seen.find((e) => e.type === 'parley.comment.unpinned.v1')!;
      expect(ev.key).toBe(a.id);
      expect(ev.data).toEqual({ commentId: a.id, articleId: 'cur-unpin', authorId: 'cur-unpin-a', unpinnedBy: 'cur-admin', unpinnedAt: expect.any(String) });
      expect(Date.parse(ev.data.unpinnedAt)).not.toBeNaN();
      // the pin after the unpin replaced nothing
      expect(seen.find((e) => e.key === b.id)!.data.replacedCommentId).toBeNull();
      // the audit trail has the unpin, naming the comment
      const audit = await readJson(await api(`/v1/moderation/audit?commentId=${a.id}`, { token: moderator }));
      expect((audit.items as any[]).filter((e) => e.action === 'curation.unpin')).toHaveLength(1);
    } finally {
      await observer.stop();
    }
  });

  it('tells the author in-app when their comment is pinned and when an admin gives them a badge (events through Kafka), once each', async () => {
    const author = tokenFor('cur-notified', ['commenter'], 'Nora Noted');
    const feedOf = async (kind: string) => {
      const body = await readJson(await fetch(`${system.notifications.url}/v1/me/notifications`, { headers: { authorization: `Bearer ${author}` } }));
      return (body.items ?? []).filter((n: any) => n.kind === kind);
    };
    const c = await posted('cur-notify', author, 'A comment the editors will pin.');
    expect(c.status).toBe('approved');
    expect((await pin('cur-notify', c.id)).status).toBe(200);
    const pinned = await eventually('the pinned notification', async () => ((await feedOf('comment.pinned')).length ? feedOf('comment.pinned') : undefined));
    expect(pinned).toHaveLength(1);
    expect(pinned[0]).toMatchObject({ kind: 'comment.pinned', data: { commentId: c.id, articleId: 'cur-notify' } });
    // pinning it again publishes nothing: featuring it afterwards (same key, same topic) is the marker
    expect(await readJson(await pin('cur-notify', c.id))).toMatchObject({ replaced: c.id });
    expect((await decide(c.id, 'feature')).status).toBe(200);
    await eventually('the featured notification (marker)', async () => (await feedOf('comment.featured')).length === 1);
    expect(await feedOf('comment.pinned')).toHaveLength(1);

    // badges: a notification names the badges given; taking one away says nothing
    expect((await api('/v1/admin/users/cur-notified/badges', { method: 'PUT', token: admin, json: { badges: ['expert', 'staff'] } })).status).toBe(200);
    const first = await eventually('the badges notification', async () => ((await feedOf('badges.awarded')).length ? feedOf('badges.awarded') : undefined));
    expect(first).toHaveLength(1);
    expect(first[0].data).toMatchObject({ badges: ['staff', 'expert'] });
    expect((await api('/v1/admin/users/cur-notified/badges', { method: 'PUT', token: admin, json: { badges: ['staff'] } })).status).toBe(200);
    expect((await api('/v1/admin/users/cur-notified/badges', { method: 'PUT', token: admin, json: { badges: ['staff', 'subscriber'] } })).status).toBe(200);
    const all = await eventually('the second badges notification', async () => ((await feedOf('badges.awarded')).length >= 2 ? feedOf('badges.awarded') : undefined));
    expect(all.map((n: any) => n.data.badges)).toEqual(expect.arrayContaining([['staff', 'expert'], ['subscriber']]));
    expect(all).toHaveLength(2);
  });

  it('concurrent pins leave exactly one pinned comment, and each pin replaced a different one (no lost update)', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await posted('cur-pin-race', tokenFor(`cur-racer-${i}`), `Candidate number ${i} for the pin.`)).id);
    const initial = await readJson(await pin('cur-pin-race', ids[0]!));
    expect(initial.replaced).toBeNull();

    const results = await Promise.all(
      ids.map(async (id, i) => {
        const res = await pin('cur-pin-race', id, i % 2 ? admin : moderator);
        expect(res.status).toBe(200);
        return (await readJson(res)) as { commentId: string; replaced: string | null };
      }),
    );
    const pinned = (await readJson(await api('/v1/articles/cur-pin-race/pinned-comment'))).comment.id as string;
    expect(ids).toContain(pinned);
    // The pins applied one after another: each replaced the previous one, so the replaced values
    // are the initial pin plus every pinned comment but the last, each exactly once.
    const replaced = results.map((r) => r.replaced).sort();
    const chain = [ids[0]!, ...results.map((r) => r.commentId).filter((id) => id !== pinned)].sort();
    expect(replaced).toEqual(chain);
    expect(results.filter((r) => r.commentId === pinned)).toHaveLength(1);
  });

  it('refuses pins that are not allowed: replies, other articles, unpublished, own comment, unknown comment, commenters, bad input', async () => {
    const top = await posted('cur-pin-bad', tokenFor('cur-pb-a'), 'A top-level comment.');
    const reply = await posted('cur-pin-bad', tokenFor('cur-pb-b'), 'A reply.', top.id);
    const elsewhere = await posted('cur-pin-other', tokenFor('cur-pb-c'), 'On another article.');
    const rejected = await posted('cur-pin-bad', tokenFor('cur-pb-d'), 'What a zorblax.');
    const own = await posted('cur-pin-bad', moderator, 'The moderator\u2019s own comment.');

    let p = await expectProblem(await pin('cur-pin-bad', reply.id), 422, { type: expect.stringContaining('comment-not-pinnable') });
    expect(p.errors[0].field).toBe('commentId');
    await expectProblem(await pin('cur-pin-bad', elsewhere.id), 422, { type: expect.stringContaining('comment-not-pinnable') });
    await expectProblem(await pin('cur-pin-bad', rejected.id), 409, { type: expect.stringContaining('comment-not-approved') });
    await expectProblem(await pin('cur-pin-bad', own.id), 403, { type: expect.stringContaining('own-comment') });
    await expectProblem(await pin('cur-pin-bad', 'aaaaaaaaaaaaaaaaaaaaaaaa'), 404);
    await expectProblem(await pin('cur-pin-bad', top.id, reader), 403, { type: expect.stringContaining('forbidden-role') });
    await expectProblem(await api('/v1/moderation/articles/cur-pin-bad/pinned-comment', { method: 'PUT', json: { commentId: top.id } }), 401);
    await expectProblem(await api('/v1/moderation/articles/cur-pin-bad/pinned-comment', { method: 'DELETE', token: reader }), 403);
    p = await expectProblem(await pin('cur-pin-bad', 'not-an-id'), 400);
    expect(p.errors.map((e: any) => e.field)).toContain('commentId');
    await expectProblem(await pin('cur-pin-bad', undefined), 400);
    await expectProblem(await pin('no-such-article-anywhere', top.id), 422);
    await expectProblem(await api('/v1/articles/no-such-article-anywhere/pinned-comment'), 404, { type: expect.stringContaining('article-not-found') });
    // nothing was pinned by any of these
    expect(await readJson(await api('/v1/articles/cur-pin-bad/pinned-comment'))).toEqual({ comment: null, pinnedAt: null });
  });

  it('shows badges from the token (badges claim, boolean claims) and from admins on the author\u2019s comments', async () => {
    const staff = tokenWithClaims('cur-staffer', { name: 'Stef Staff', badges: ['staff', 'unknown-badge'] });
    const expert = tokenWithClaims('cur-expert', { name: 'Eve Expert', expert: true, subscriber: true });
    const plain = tokenFor('cur-plain', ['commenter'], 'Pat Plain');
    const s = await posted('cur-badges', staff, 'Editor here: we corrected the figure.');
    const e = await posted('cur-badges', expert, 'As a hydrologist, the model is sound.');
    const p = await posted('cur-badges', plain, 'Just a reader.');

    const badgesOf = async (id: string) => {
      const items = (await readJson(await api('/v1/articles/cur-badges/comments'))).items as any[];
      return items.find((c) => c.id === id)?.badges;
    };
    await eventually(
      'the thread with all three comments',
      async () => ((await readJson(await api('/v1/articles/cur-badges/comments'))).items as any[]).length === 3,
    );
    expect(await badgesOf(s.id)).toEqual(['staff']);
    expect(await badgesOf(e.id)).toEqual(['subscriber', 'expert']);
    expect(await badgesOf(p.id)).toBeUndefined();
    expect((await readJson(await api(`/v1/comments/${s.id}`))).badges).toEqual(['staff']);

    // an admin gives the plain reader the expert badge: shown on their comments, with the token's
    const set = await api('/v1/admin/users/cur-plain/badges', { method: 'PUT', token: admin, json: { badges: ['expert'] } });
    expect(set.status).toBe(200);
    expect(await readJson(set)).toMatchObject({ userId: 'cur-plain', badges: ['expert'], setBy: 'cur-admin' });
    await api('/v1/admin/users/cur-staffer/badges', { method: 'PUT', token: admin, json: { badges: ['subscriber'] } });
    await eventually(
      'admin badges in the thread',
      async () => JSON.stringify(await badgesOf(p.id)) === '["expert"]' && JSON.stringify(await badgesOf(s.id)) === '["staff","subscriber"]',
    );
    expect((await readJson(await api(`/v1/comments/${p.id}`))).badges).toEqual(['expert']);
    expect(await readJson(await api('/v1/moderation/users/cur-plain/badges', { token: moderator }))).toMatchObject({ userId: 'cur-plain', badges: ['expert'] });
    // a new comment carries them at once
    const later = await posted('cur-badges', plain, 'Another remark.');
    expect(later.badges).toEqual(['expert']);

    // cleared with []
    expect((await api('/v1/admin/users/cur-plain/badges', { method: 'PUT', token: admin, json: { badges: [] } })).status).toBe(200);
    await eventually('cleared badges', async () => (await badgesOf(p.id)) === undefined);
    expect(await readJson(await api('/v1/moderation/users/cur-plain/badges', { token: admin }))).toMatchObject({ badges: [] });

    // roles and bad input
    await expectProblem(await api('/v1/admin/users/cur-plain/badges', { method: 'PUT', token: moderator, json: { badges: ['staff'] } }), 403);
    await expectProblem(await api('/v1/admin/users/cur-plain/badges', { method: 'PUT', token: reader, json: { badges: ['staff'] } }), 403);
    await expectProblem(await api('/v1/moderation/users/cur-plain/badges', { token: reader }), 403);
    await expectProblem(await api('/v1/moderation/users/cur-plain/badges'), 401);
    let bad = await expectProblem(await api('/v1/admin/users/cur-plain/badges', { method: 'PUT', token: admin, json: { badges: ['wizard'] } }), 400);
    expect(bad.errors[0]).toMatchObject({ field: 'badges' });
    bad = await expectProblem(await api('/v1/admin/users/cur-plain/badges', { method: 'PUT', token: admin, json: { badges: 'staff' } }), 400);
    expect(bad.errors[0]).toMatchObject({ field: 'badges' });
    await expectProblem(await api('/v1/admin/users/cur-plain/badges', { method: 'PUT', token: admin, json: { badges: ['staff', 'staff'] } }), 400);
    await expectProblem(await api('/v1/admin/users/bad%20user/badges', { method: 'PUT', token: admin, json: { badges: [] } }), 400);
    // a token whose badges claim is not an array is refused
    await expectProblem(
      await api('/v1/articles/cur-badges/comments', { method: 'POST', token: tokenWithClaims('cur-weird', { badges: 'staff' }), json: { body: 'hello' } }),
      401,
    );
  });
});
