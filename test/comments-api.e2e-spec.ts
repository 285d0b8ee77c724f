import { get } from 'node:http';
import { Types } from 'mongoose';
import { CommentsApiHarness, startCommentsApi } from './support/comments-api-harness';
import { eventually, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';

/**
 * comments-api on the real Kafka and database. The moderation worker is played by the test,
 * which publishes real parley.comment.moderated.v1 events, so every outcome is deterministic.
 */
describe('comments-api', () => {
  let h: CommentsApiHarness;
  const alice = tokenFor('alice', ['commenter'], 'Alice');
  const bob = tokenFor('bob', ['commenter'], 'Bob');
  const carol = tokenFor('carol', ['commenter'], 'Carol');
  const mod = tokenFor('mod-1', ['moderator'], 'Mod');
  const admin = tokenFor('admin-1', ['admin'], 'Admin');

  beforeAll(async () => {
    h = await startCommentsApi(uniqueNamespace('capi'), { COMMENTS_MAX_REPLY_DEPTH: '2', COMMENTS_LIST_CACHE_TTL_MS: '200', RATE_LIMIT_ENABLED: 'false' });
  }, 120_000);
  afterAll(() => h?.stop());

  async function post(articleId: string, token: string, body: string, parentId?: string) {
    const res = await h.http(`/v1/articles/${articleId}/comments`, { method: 'POST', token, json: parentId ? { body, parentId } : { body } });
    expect(res.status).toBe(202);
    return res.json() as any;
  }
  async function statusOf(id: string, token: string) {
    return (await (await h.http(`/v1/comments/${id}`, { token })).json() as any).status;
  }
  /** Posts and approves (through a Kafka decision) a comment; waits until the API applied it. */
  async function approved(articleId: string, token: string, body: string, parentId?: string) {
    const c = await post(articleId, token, body, parentId);
    await h.decide(c, 'approved');
    await eventually(`approval of ${c.id}`, async () => (await statusOf(c.id, token)) === 'approved');
    return c;
  }
  async function list(path: string, token?: string) {
    const res = await h.http(path, { token });
    expect(res.status).toBe(200);
    return res.json() as any;
  }
  async function expectProblem(res: Response, status: number, type?: string) {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const p = await res.json() as any;
    expect(p.status).toBe(status);
    if (type) expect(p.type).toBe(`https://parley.dev/problems/${type}`);
    return p;
  }

  describe('articles', () => {
    const settings = { open: true, closesAt: null, premoderation: true };
    it('registers an article (admin only) and reports its settings', async () => {
      await expectProblem(await h.http('/v1/articles/art-reg', { method: 'PUT', json: { title: 't', url: 'https://n.example/a', settings } }), 401);
      await expectProblem(await h.http('/v1/articles/art-reg', { method: 'PUT', token: mod, json: { title: 't', url: 'https://n.example/a', settings } }), 403, 'forbidden-role');
      const bad = await expectProblem(await h.http('/v1/articles/art-reg', { method: 'PUT', token: admin, json: { title: '', url: 'javascript:alert(1)', settings: { open: 'yes' } } }), 400);
      expect(bad.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['title', 'url', 'settings.open', 'settings.premoderation']));
      const created = await h.http('/v1/articles/art-reg', { method: 'PUT', token: admin, json: { title: 'Heatwave', url: 'https://n.example/heat', section: 'climate', settings } });
      expect(created.status).toBe(201);
      expect(await created.json() as any).toMatchObject({ id: 'art-reg', title: 'Heatwave', section: 'climate', settings: { open: true, closesAt: null, premoderation: true }, acceptingComments: true, commentCount: 0 });
      const updated = await h.http('/v1/articles/art-reg', { method: 'PUT', token: admin, json: { title: 'Heatwave 2', url: 'https://n.example/heat', section: 'climate', settings } });
      expect(updated.status).toBe(200);
      expect((await list('/v1/articles/art-reg')).title).toBe('Heatwave 2');
      await expectProblem(await h.http('/v1/articles/never-seen'), 404, 'article-not-found');
    });

    it('carries the article settings in the submitted event and creates unknown articles on first comment', async () => {
      const c = await post('art-reg', alice, 'Settings travel with the event.');
      const e = await eventually('submitted event', async () => h.published.find((p) => p.key === c.id && p.type === 'parley.comment.submitted.v1'));
      expect(e.data).toMatchObject({ commentId: c.id, revision: 1, articleId: 'art-reg', authorId: 'alice', article: { section: 'climate', premoderation: true, open: true } });
      await post('art-auto', alice, 'First!');
      expect(await list('/v1/articles/art-auto')).toMatchObject({ id: 'art-auto', title: null, settings: { open: true, premoderation: false }, acceptingComments: true });
    });

    it('refuses comments on a closed article with 403 and the reason', async () => {
      await h.http('/v1/articles/art-closed', { method: 'PUT', token: admin, json: { title: 'Old', url: 'https://n.example/old', settings: { open: false, premoderation: false } } });
      const p = await expectProblem(await h.http('/v1/articles/art-closed/comments', { method: 'POST', token: alice, json: { body: 'late' } }), 403, 'article-closed');
      expect(p.detail).toMatch(/closed comments/);
      const past = new Date(Date.now() - 60_000).toISOString();
      await h.http('/v1/articles/art-expired', { method: 'PUT', token: admin, json: { title: 'Old', url: 'https://n.example/old', settings: { open: true, closesAt: past, premoderation: false } } });
      const p2 = await expectProblem(await h.http('/v1/articles/art-expired/comments', { method: 'POST', token: alice, json: { body: 'late' } }), 403, 'article-closed');
      expect(p2).toMatchObject({ closedAt: past });
      expect(p2.detail).toContain(past);
    });

    it('counts approved comments of many articles in one call', async () => {
      await approved('art-count-a', alice, 'one');
      await approved('art-count-a', bob, 'two');
      await approved('art-count-b', alice, 'three');
      await post('art-count-b', alice, 'still pending');
      const counts = await list('/v1/articles/comment-counts?ids=art-count-a,art-count-b,art-unknown');
      expect(counts.items).toEqual([
        { articleId: 'art-count-a', commentCount: 2 },
        { articleId: 'art-count-b', commentCount: 1 },
        { articleId: 'art-unknown', commentCount: 0 },
      ]);
      const bad = await expectProblem(await h.http('/v1/articles/comment-counts?ids=ok,%24where'), 400);
      expect(bad.errors[0].field).toBe('ids');
      await expectProblem(await h.http('/v1/articles/comment-counts'), 400);
    });
  });

  describe('threads', () => {
    it('answers a public page with the same bytes and ETag for every reader whose view is the public one, 304 on If-None-Match, and the author their own view', async () => {
      const a = await approved('art-ready', alice, 'Alice says <b>bold</b> & more');
      await approved('art-ready', bob, 'Bob agrees');
      await eventually('both comments listed', async () => (await list('/v1/articles/art-ready/comments')).items.length === 2);
      const url = '/v1/articles/art-ready/comments?limit=10';
      const first = await h.http(url);
      expect(first.status).toBe(200);
      expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const body = await first.text();
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^W\/"[0-9a-f]+-[A-Za-z0-9+/]{27}"$/);
      // JSON escapes <, > and & (never sniffable as HTML), ready or not.
      expect(body).toContain('Alice says \\u003cb\\u003ebold\\u003c/b\\u003e \\u0026 more');
      expect(JSON.parse(body).items.map((c: { id: string }) => c.id)).toContain(a.id);
      // Anonymous again (a ready page while the snapshot is current), and carol, who wrote
      // none of the page and is no moderator: exactly the same response, security headers included.
      for (const token of [undefined, carol, undefined]) {
        const again = await h.http(url, { token });
        expect(again.status).toBe(200);
        expect(await again.text()).toBe(body);
        expect(again.headers.get('etag')).toBe(etag);
        expect(again.headers.get('content-security-policy')).toContain("default-src 'none'");
        expect(again.headers.get('x-request-id')).toBeTruthy();
      }
      // (With node:http: fetch adds Cache-Control: no-cache to a conditional request, which rightly bypasses caches.)
      const notModified = await new Promise<{ status?: number; etag?: string; body: string }>((resolve, reject) => {
        get(`${h.url}${url}`, { headers: { 'if-none-match': etag } }, (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode, etag: res.headers.etag, body: text }));
        }).on('error', reject);
      });
      expect(notModified).toEqual({ status: 304, etag, body: '' });
      // The authors see their own view of the page (edit window on their comment).
      const own = await list(url, alice);
      expect(own.items.find((c: { id: string }) => c.id === a.id).editableUntil).toBeDefined();
      expect(JSON.parse(body).items.find((c: { id: string }) => c.id === a.id).editableUntil).toBeUndefined();
      // A bad token is refused even when the page is ready.
      await expectProblem(await h.http(url, { token: 'not-a-jwt' }), 401, 'invalid-token');
      await expectProblem(await h.http(url, { headers: { authorization: 'Basic abc' } }), 401);
    });

    it('lists top-level comments with reply counts and replies with their own cursor', async () => {
      const root = await approved('art-thread', alice, 'Root comment');
      const r1 = await approved('art-thread', bob, 'First reply', root.id);
      const r2 = await approved('art-thread', carol, 'Second reply', root.id);
      expect(r1.depth).toBe(1);
      const rr = await approved('art-thread', alice, 'Reply to a reply', r1.id);
      expect(rr.depth).toBe(2);
      // COMMENTS_MAX_REPLY_DEPTH=2: a reply at depth 3 is refused.
      const deep = await expectProblem(await h.http('/v1/articles/art-thread/comments', { method: 'POST', token: bob, json: { body: 'too deep', parentId: rr.id } }), 422, 'reply-too-deep');
      expect(deep.errors[0].field).toBe('parentId');
      // Parents must be visible comments of the same article.
      const pending = await post('art-thread', bob, 'not yet moderated');
      await expectProblem(await h.http('/v1/articles/art-thread/comments', { method: 'POST', token: carol, json: { body: 'x', parentId: pending.id } }), 422, 'invalid-parent');
      await expectProblem(await h.http('/v1/articles/other/comments', { method: 'POST', token: carol, json: { body: 'x', parentId: root.id } }), 422, 'invalid-parent');

      const top = await eventually('root with 2 replies', async () => {
        const l = await list('/v1/articles/art-thread/comments');
        return l.items.length === 1 && l.items[0].replyCount === 2 ? l : undefined;
      });
      expect(top.items[0]).toMatchObject({ id: root.id, parentId: null, depth: 0, body: 'Root comment', placeholder: false });
      const p1 = await list(`/v1/comments/${root.id}/replies?limit=1`);
      expect(p1.items.map((c: { id: string }) => c.id)).toEqual([r1.id]);
      expect(p1.items[0].replyCount).toBe(1);
      const p2 = await list(`/v1/comments/${root.id}/replies?limit=1&cursor=${p1.nextCursor}`);
      expect(p2.items.map((c: { id: string }) => c.id)).toEqual([r2.id]);
      expect(p2.nextCursor).toBeNull();
      expect((await list(`/v1/comments/${r1.id}/replies`)).items.map((c: { id: string }) => c.id)).toEqual([rr.id]);
      expect((await list(`/v1/comments/${root.id}/replies?sort=newest`)).items.map((c: { id: string }) => c.id)).toEqual([r2.id, r1.id]);
    });

    it('sorts newest, oldest and most reacted, and pages stably while comments arrive', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await approved('art-sort', alice, `comment ${i}`)).id);
      for (const [i, token] of [alice, bob, carol].entries()) for (const id of ids.slice(0, 3 - i)) expect((await h.http(`/v1/comments/${id}/reaction`, { method: 'PUT', token })).status).toBe(200);
      // reactions: ids[0]=3, ids[1]=2, ids[2]=1, ids[3]=0, ids[4]=0
      const all = (sort: string) =>
        eventually(`${sort} order`, async () => {
          const l = await list(`/v1/articles/art-sort/comments?sort=${sort}&limit=100`);
          return l.items.length === 5 && l.items.some((c: { reactionCount: number }) => c.reactionCount === 3) ? l.items.map((c: { id: string }) => c.id) : undefined;
        });
      expect(await all('newest')).toEqual([...ids].reverse());
      expect(await all('oldest')).toEqual(ids);
      expect(await all('most_reacted')).toEqual([ids[0], ids[1], ids[2], ids[4], ids[3]]);

      const first = await list('/v1/articles/art-sort/comments?limit=2');
      expect(first.items.map((c: { id: string }) => c.id)).toEqual([ids[4], ids[3]]);
      const newer = await approved('art-sort', bob, 'arrives while paging');
      // Listings are served from a snapshot refreshed in the background: once it shows the new comment, the old cursor still pages on from where it was.
      await eventually('the newer comment first in the listing', async () => (await list('/v1/articles/art-sort/comments?limit=1')).items[0].id === newer.id);
      const second = await list(`/v1/articles/art-sort/comments?limit=2&cursor=${first.nextCursor}`);
      expect(second.items.map((c: { id: string }) => c.id)).toEqual([ids[2], ids[1]]);
      const third = await list(`/v1/articles/art-sort/comments?limit=2&cursor=${second.nextCursor}`);
      expect(third.items.map((c: { id: string }) => c.id)).toEqual([ids[0]]);
      expect(third.nextCursor).toBeNull();
      // A cursor of another sort order, or garbage, is refused.
      await expectProblem(await h.http(`/v1/articles/art-sort/comments?sort=oldest&cursor=${first.nextCursor}`), 400, 'invalid-cursor');
      await expectProblem(await h.http('/v1/articles/art-sort/comments?cursor=bm9wZQ'), 400, 'invalid-cursor');
      await expectProblem(await h.http('/v1/articles/art-sort/comments?sort=random'), 400);
    });
  });

  describe('moderation statuses as seen by the author and the public', () => {
    it('shows the author their pending, flagged and rejected comments with reasons; hides them from others', async () => {
      const p = await post('art-status', bob, 'waiting');
      const f = await post('art-status', bob, 'borderline');
      const r = await post('art-status', bob, 'nasty');
      const reasons = [{ ruleId: 'banned-terms', category: 'profanity', message: 'Not allowed here.' }];
      await h.decide(f, 'flagged', { reasons });
      await h.decide(r, 'rejected', { reasons });
      await eventually('decisions applied', async () => (await statusOf(r.id, bob)) === 'rejected' && (await statusOf(f.id, bob)) === 'flagged');
      const mine = await list('/v1/me/comments?articleId=art-status', bob);
      expect(mine.items.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual([
        [r.id, 'rejected'],
        [f.id, 'flagged'],
        [p.id, 'pending'],
      ]);
      expect(mine.items[0].reasons).toEqual(reasons);
      expect(mine.items[0].body).toBe('nasty');
      const own = await list(`/v1/comments/${r.id}`, bob);
      expect(own).toMatchObject({ status: 'rejected', reasons });
      await expectProblem(await h.http(`/v1/comments/${r.id}`, { token: alice }), 404, 'comment-not-found');
      await expectProblem(await h.http(`/v1/comments/${r.id}`), 404);
      expect(await list(`/v1/comments/${r.id}`, mod)).toMatchObject({ status: 'rejected', body: 'nasty', reasons });
      expect((await list('/v1/articles/art-status/comments')).items).toEqual([]);
      await expectProblem(await h.http('/v1/me/comments'), 401);
    });

    it('applies a redelivered decision once and ignores an older decision', async () => {
      const c = await post('art-idem', alice, 'decide me');
      const eventId = await h.decide(c, 'approved', { decidedAt: new Date().toISOString() });
      await eventually('approved', async () => (await statusOf(c.id, alice)) === 'approved');
      await h.decide(c, 'approved', { eventId });
      const stale = await h.decide(c, 'rejected', { decidedAt: new Date(Date.now() - 3_600_000).toISOString() });
      // Both handled: comments-api's decision consumer committed past them.
      await h.consumed(eventId, stale);
      expect(await statusOf(c.id, alice)).toBe('approved');
      expect((await list('/v1/articles/comment-counts?ids=art-idem')).items[0].commentCount).toBe(1);
    });
  });

  describe('edits', () => {
    it('creates a new revision that is moderated again; a stale decision never overwrites it', async () => {
      const c = await approved('art-edit', alice, 'Original text');
      await expectProblem(await h.http(`/v1/comments/${c.id}`, { method: 'PATCH', token: bob, json: { body: 'hijack' } }), 403, 'not-comment-author');
      await expectProblem(await h.http(`/v1/comments/${c.id}`, { method: 'PATCH', json: { body: 'x' } }), 401);
      const res = await h.http(`/v1/comments/${c.id}`, { method: 'PATCH', token: alice, json: { body: 'Edited text' } });
      expect(res.status).toBe(200);
      const edited = await res.json() as any;
      expect(edited).toMatchObject({ id: c.id, revision: 2, status: 'pending', body: 'Edited text' });
      expect(edited.editedAt).not.toBeNull();

      const e = await eventually('edited event', async () => h.published.find((p) => p.key === c.id && p.type === 'parley.comment.edited.v1'));
      expect(e.data).toMatchObject({ commentId: c.id, revision: 2, previousRevision: 1, body: 'Edited text', articleId: 'art-edit', authorId: 'alice', parentId: null, article: { open: true } });
      // The edited comment left the public list and the count until it is approved again.
      await eventually('hidden while pending', async () => (await list('/v1/articles/art-edit/comments')).items.length === 0);
      expect((await list('/v1/articles/comment-counts?ids=art-edit')).items[0].commentCount).toBe(0);

      // A late decision about revision 1 changes nothing; the decision for revision 2 applies.
      await h.decide(c, 'rejected', { revision: 1 });
      await h.decide(c, 'approved', { revision: 2 });
      await eventually('revision 2 approved', async () => (await statusOf(c.id, alice)) === 'approved');
      const shown = await eventually('edited text listed', async () => (await list('/v1/articles/art-edit/comments')).items[0]);
      expect(shown).toMatchObject({ body: 'Edited text', revision: 2 });
      const history = await list(`/v1/comments/${c.id}/revisions`, alice);
      expect(history.items.map((r: { revision: number; body: string; status: string }) => [r.revision, r.body, r.status])).toEqual([
        [1, 'Original text', 'approved'],
        [2, 'Edited text', 'approved'],
      ]);
      await expectProblem(await h.http(`/v1/comments/${c.id}/revisions`, { token: bob }), 404);
    });

    it('refuses edits after the edit window', async () => {
      const created = new Date(Date.now() - 3_600_000);
      const _id = new Types.ObjectId();
      await h.db.collection('comments').insertOne({
        _id, articleId: 'art-edit', authorId: 'alice', authorName: 'Alice', parentId: null, depth: 0, body: 'old', status: 'approved', revision: 1,
        history: [], reasons: [], replyCount: 0, reactionCount: 0, reportCount: 0, listed: true, decisionEventId: null, decidedAt: null,
        outbox: [], outboxPending: false, outboxSeq: 0, createdAt: created, updatedAt: created,
      });
      const p = await expectProblem(await h.http(`/v1/comments/${_id.toHexString()}`, { method: 'PATCH', token: alice, json: { body: 'too late' } }), 403, 'edit-window-closed');
      expect(p.editableUntil).toBe(new Date(created.getTime() + 15 * 60_000).toISOString());
    });
  });

  describe('deletion', () => {
    it('soft-deletes; a deleted comment with replies stays as a placeholder without its body', async () => {
      const parent = await approved('art-del', alice, 'Parent to delete');
      const lonely = await approved('art-del', alice, 'Lonely to delete');
      await approved('art-del', bob, 'A reply', parent.id);
      await expectProblem(await h.http(`/v1/comments/${parent.id}`, { method: 'DELETE', token: bob }), 403, 'not-comment-author');
      expect((await h.http(`/v1/comments/${parent.id}`, { method: 'DELETE', token: alice })).status).toBe(204);
      expect((await h.http(`/v1/comments/${parent.id}`, { method: 'DELETE', token: alice })).status).toBe(204);
      expect((await h.http(`/v1/comments/${lonely.id}`, { method: 'DELETE', token: alice })).status).toBe(204);
      const l = await eventually('placeholder', async () => {
        const page = await list('/v1/articles/art-del/comments');
        return page.items.length === 1 && page.items[0].status === 'deleted' ? page : undefined;
      });
      expect(l.items[0]).toMatchObject({ id: parent.id, status: 'deleted', body: null, placeholder: true, replyCount: 1 });
      expect((await list(`/v1/comments/${parent.id}/replies`)).items).toHaveLength(1);
      await expectProblem(await h.http(`/v1/comments/${lonely.id}`), 404);
      expect((await list('/v1/articles/comment-counts?ids=art-del')).items[0].commentCount).toBe(1);
      const e = await eventually('deleted event', async () => h.published.find((p) => p.key === parent.id && p.type === 'parley.comment.deleted.v1'));
      expect(e.data).toMatchObject({ commentId: parent.id, previousStatus: 'approved', authorId: 'alice' });
      expect(h.published.filter((p) => p.key === parent.id && p.type === 'parley.comment.deleted.v1')).toHaveLength(1);
      await expectProblem(await h.http(`/v1/comments/${parent.id}`, { method: 'PATCH', token: alice, json: { body: 'revive' } }), 409, 'comment-not-editable');
    });

    it('publishes parley.comment.published.v1 with the parent author when a reply is approved', async () => {
      const parent = await approved('art-pub', alice, 'Parent');
      const reply = await approved('art-pub', bob, 'Reply body', parent.id);
      const e = await eventually('published event', async () => h.published.find((p) => p.key === reply.id && p.type === 'parley.comment.published.v1'));
      expect(e.data).toMatchObject({ commentId: reply.id, parentId: parent.id, parentAuthorId: 'alice', authorId: 'bob', excerpt: 'Reply body' });
    });
  });

  describe('reactions', () => {
    it('allows one reaction per user per comment, toggled with PUT and DELETE', async () => {
      const c = await approved('art-react', alice, 'React to me');
      const put = (token: string) => h.http(`/v1/comments/${c.id}/reaction`, { method: 'PUT', token });
      expect(await (await put(bob)).json() as any).toEqual({ commentId: c.id, reacted: true, reactionCount: 1 });
      expect(await (await put(bob)).json() as any).toEqual({ commentId: c.id, reacted: true, reactionCount: 1 });
      expect(await (await put(carol)).json() as any).toMatchObject({ reactionCount: 2 });
      expect(await (await h.http(`/v1/comments/${c.id}/reaction`, { method: 'DELETE', token: bob })).json() as any).toEqual({ commentId: c.id, reacted: false, reactionCount: 1 });
      expect(await (await h.http(`/v1/comments/${c.id}/reaction`, { method: 'DELETE', token: bob })).json() as any).toMatchObject({ reacted: false, reactionCount: 1 });
      expect((await list(`/v1/comments/${c.id}`)).reactionCount).toBe(1);
      await expectProblem(await h.http(`/v1/comments/${c.id}/reaction`, { method: 'PUT' }), 401);
      const pending = await post('art-react', alice, 'pending');
      await expectProblem(await put(bob).then(() => h.http(`/v1/comments/${pending.id}/reaction`, { method: 'PUT', token: bob })), 404);
      await expectProblem(await h.http('/v1/comments/not-an-id/reaction', { method: 'PUT', token: bob }), 400, 'invalid-comment-id');
    });
  });

  describe('reports', () => {
    it('takes one report per reader, requires a DSA notice for illegal content and publishes the running count', async () => {
      const c = await approved('art-report', alice, 'Reported comment');
      const r1 = await h.http(`/v1/comments/${c.id}/reports`, { method: 'POST', token: bob, json: { reason: 'spam', text: 'Advertising' } });
      expect(r1.status).toBe(201);
      expect(await r1.json() as any).toMatchObject({ commentId: c.id, reason: 'spam', acknowledgement: null });
      await expectProblem(await h.http(`/v1/comments/${c.id}/reports`, { method: 'POST', token: bob, json: { reason: 'abuse' } }), 409, 'already-reported');
      const noNotice = await expectProblem(await h.http(`/v1/comments/${c.id}/reports`, { method: 'POST', token: carol, json: { reason: 'illegal' } }), 400);
      expect(noNotice.errors.map((e: { field: string }) => e.field)).toContain('notice');
      const badNotice = await expectProblem(await h.http(`/v1/comments/${c.id}/reports`, { method: 'POST', token: carol, json: { reason: 'illegal', notice: { explanation: 'x', email: 'nope', goodFaith: false } } }), 400);
      expect(badNotice.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['notice.email', 'notice.goodFaith']));
      await expectProblem(await h.http(`/v1/comments/${c.id}/reports`, { method: 'POST', token: carol, json: { reason: 'boring' } }), 400);
      await expectProblem(await h.http(`/v1/comments/${c.id}/reports`, { method: 'POST', token: carol, json: { reason: 'spam', notice: { explanation: 'x', email: 'a@b.example', goodFaith: true } } }), 400);
      const r2 = await h.http(`/v1/comments/${c.id}/reports`, { method: 'POST', token: carol, json: { reason: 'illegal', notice: { explanation: 'Defames a named person.', email: 'carol@example.org', goodFaith: true } } });
      expect(r2.status).toBe(201);
      const ack = await r2.json() as any;
      expect(ack.acknowledgement).toMatchObject({ reference: ack.id, email: 'carol@example.org' });
      expect(ack.acknowledgement.message).toMatch(/Article 16/);
      await expectProblem(await h.http(`/v1/comments/${c.id}/reports`, { method: 'POST', token: alice, json: { reason: 'spam' } }), 422, 'own-comment');
      await expectProblem(await h.http(`/v1/comments/${c.id}/reports`, { method: 'POST', json: { reason: 'spam' } }), 401);

      // Delivery is at least once: a relay retry may publish an event twice with the same
      // ce_id, which consumers deduplicate; count distinct events.
      const events = await eventually('two reported events', async () => {
        const byId = new Map(h.published.filter((p) => p.key === c.id && p.type === 'parley.comment.reported.v1').map((p) => [p.headers.ce_id, p]));
        const e = [...byId.values()];
        return e.length >= 2 ? e : undefined;
      });
      expect(events.map((e) => [e.data.reporterId, e.data.reason, e.data.reportCount])).toEqual([
        ['bob', 'spam', 1],
        ['carol', 'illegal', 2],
      ]);
      expect(events[1]!.data.illegalContentNotice).toEqual({ explanation: 'Defames a named person.', goodFaith: true });
      expect(JSON.stringify(events)).not.toContain('carol@example.org');
    });
  });

  describe('restrictions', () => {
    it('lets moderators suspend and ban users, who then get 403 with the reason and end date', async () => {
      const until = new Date(Date.now() + 86_400_000).toISOString();
      await expectProblem(await h.http('/v1/users/dave/restriction', { method: 'PUT', token: alice, json: { kind: 'ban', reason: 'x' } }), 403, 'forbidden-role');
      const missingUntil = await expectProblem(await h.http('/v1/users/dave/restriction', { method: 'PUT', token: mod, json: { kind: 'suspension', reason: 'x' } }), 400);
      expect(missingUntil.errors[0].field).toBe('until');
      const s = await h.http('/v1/users/dave/restriction', { method: 'PUT', token: mod, json: { kind: 'suspension', reason: 'Repeated insults', until } });
      expect(s.status).toBe(201);
      expect(await s.json() as any).toMatchObject({ userId: 'dave', kind: 'suspension', reason: 'Repeated insults', until, active: true, issuedBy: 'mod-1' });
      const dave = tokenFor('dave');
      const p = await expectProblem(await h.http('/v1/articles/art-r/comments', { method: 'POST', token: dave, json: { body: 'hi' } }), 403, 'user-suspended');
      expect(p).toMatchObject({ reason: 'Repeated insults', until });
      const c = await approved('art-r', alice, 'react target');
      await expectProblem(await h.http(`/v1/comments/${c.id}/reaction`, { method: 'PUT', token: dave }), 403, 'user-suspended');
      expect(await list('/v1/users/dave/restriction', dave)).toMatchObject({ kind: 'suspension' });
      await expectProblem(await h.http('/v1/users/dave/restriction', { token: bob }), 403);

      const ban = await h.http('/v1/users/dave/restriction', { method: 'PUT', token: admin, json: { kind: 'ban', reason: 'Spam bot' } });
      expect(ban.status).toBe(200);
      expect(await expectProblem(await h.http('/v1/articles/art-r/comments', { method: 'POST', token: dave, json: { body: 'hi' } }), 403, 'user-banned')).toMatchObject({ reason: 'Spam bot', until: null });

      expect((await h.http('/v1/users/dave/restriction', { method: 'DELETE', token: mod })).status).toBe(204);
      await expectProblem(await h.http('/v1/users/dave/restriction', { method: 'DELETE', token: mod }), 404);
      expect((await h.http('/v1/articles/art-r/comments', { method: 'POST', token: dave, json: { body: 'back again' } })).status).toBe(202);
    });
  });

  describe('input safety', () => {
    it('normalises to NFC, refuses control characters, oversize bodies and query operators', async () => {
      const c = await post('art-safe', alice, 'Cafe\u0301 <script>alert(1)</script>');
      expect(c.body).toBe('Caf\u00e9 <script>alert(1)</script>');
      const raw = await (await h.http(`/v1/comments/${c.id}`, { token: alice })).text();
      expect(raw).not.toContain('<script>');
      expect(raw).toContain('\\u003cscript\\u003e');
      const ctl = await expectProblem(await h.http('/v1/articles/art-safe/comments', { method: 'POST', token: alice, json: { body: 'bell\u0007' } }), 400);
      expect(ctl.errors[0]).toMatchObject({ field: 'body', message: 'body must not contain control characters' });
      expect((await expectProblem(await h.http('/v1/articles/art-safe/comments', { method: 'POST', token: alice, json: { body: 'x'.repeat(5001) } }), 400)).errors[0].field).toBe('body');
      await expectProblem(await h.http('/v1/articles/art-safe/comments', { method: 'POST', token: alice, json: { body: '   ' } }), 400);
      await expectProblem(await h.http('/v1/articles/art-safe/comments', { method: 'POST', token: alice, json: { body: { $gt: '' } } }), 400);
      await expectProblem(await h.http('/v1/articles/art-safe/comments', { method: 'POST', token: alice, json: { body: 'x', parentId: { $ne: null } } }), 400);
      await expectProblem(await h.http('/v1/articles/art-safe/comments?limit[$gt]=1'), 400);
      await expectProblem(await h.http('/v1/articles/art-safe/comments', { method: 'POST', token: alice, body: JSON.stringify({ body: 'y'.repeat(40_000) }) }), 413);
      await expectProblem(await h.http('/v1/articles/%24where/comments'), 400, 'invalid-article-id');
    });

    it('answers unknown routes with 404 and wrong methods with 405, as problem+json', async () => {
      await expectProblem(await h.http('/v1/nothing-here'), 404, 'not-found');
      const res = await h.http('/v1/articles/comment-counts?ids=a', { method: 'DELETE', token: admin });
      const p = await expectProblem(res, 405, 'method-not-allowed');
      expect(res.headers.get('allow')).toBe('GET, HEAD, PUT'); // /v1/articles/{articleId} matches too
      expect(p.detail).toMatch(/DELETE/);
      expect((await h.http('/v1/comments/665f1c2e8a1b2c3d4e5f6a7b', { method: 'PUT', token: alice })).headers.get('allow')).toBe('DELETE, GET, HEAD, PATCH');
      const health = await h.http('/health/live');
      expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    });
  });
});
