import { startSystem } from './support/app-processes';
import { apiClient, moderatorToken, postAndSettle, putArticle, System } from './support/moderation-harness';
import { eventually, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';

/**
 * Integrity of human moderation across the three apps on the real Kafka and database:
 * separation of duties (no moderator decides anything about their own comments or account, on
 * every route that decides, restores, dismisses or lifts) and a moderator's rejection that
 * cannot be undone by rewording the comment.
 */
describe('moderation integrity', () => {
  const namespace = uniqueNamespace('integrity');
  let system: System;
  let api: ReturnType<typeof apiClient>;
  const ada = moderatorToken('mod-ada', 'Ada');
  const ben = moderatorToken('mod-ben', 'Ben');
  const reader = tokenFor('reader-int', ['commenter'], 'Reader');
  const held = 'integrity-held';
  const open = 'integrity-open';

  beforeAll(async () => {
    system = await startSystem({
      withoutNotifications: true,
      namespace,
      extraEnv: { 'comments-api': { RATE_LIMIT_ENABLED: 'false' }, 'moderation-worker': { MODERATION_BANNED_TERMS: 'zorblax' } },
    });
    api = apiClient(system.api.url);
    await putArticle(api, held, { premoderation: true });
    await putArticle(api, open, { premoderation: false });
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  const decide = (id: string, token: string, body: Record<string, unknown>) => api.post(`/v1/moderation/comments/${id}/decisions`, token, body);
  const expectOwn = (res: { status: number; body: any }, type: 'own-comment' | 'own-account') => {
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ type: expect.stringContaining(type), status: 403 });
  };

  describe('separation of duties', () => {
    it('decisions: a moderator cannot approve, reject, remove, restore or feature their own comment; another moderator can', async () => {
      const own = await postAndSettle(api, held, ada, 'A remark by a moderator, written as a reader.');
      expect(own.status).toBe('flagged');
      expectOwn(await decide(own.id, ada, { action: 'approve', revision: 1 }), 'own-comment');
      expectOwn(await decide(own.id, ada, { action: 'reject', revision: 1, reason: 'spam' }), 'own-comment');
      expect((await decide(own.id, ben, { action: 'approve', revision: 1 })).status).toBe(200);
      expectOwn(await decide(own.id, ada, { action: 'feature', revision: 1 }), 'own-comment');
      expectOwn(await decide(own.id, ada, { action: 'remove', revision: 1, reason: 'spam' }), 'own-comment');
      expect((await decide(own.id, ben, { action: 'remove', revision: 1, reason: 'off_topic' })).status).toBe(200);
      expectOwn(await decide(own.id, ada, { action: 'restore', revision: 1 }), 'own-comment');
      expect((await api.get(`/v1/moderation/comments/${own.id}`, ben)).body.comment.status).toBe('removed');
      expect((await decide(own.id, ben, { action: 'restore', revision: 1 })).status).toBe(200);
    });

    it('bulk decisions: the moderator’s own comment fails on its own with 403, the others are decided', async () => {
      const own = await postAndSettle(api, held, ada, 'Another remark by Ada.');
      const other = await postAndSettle(api, held, reader, 'A remark by a reader.');
      const res = await api.post('/v1/moderation/decisions/bulk', ada, { action: 'approve', items: [{ id: own.id, revision: 1 }, { id: other.id, revision: 1 }] });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ succeeded: 1, failed: 1 });
      expect(res.body.results).toEqual([
        expect.objectContaining({ id: own.id, ok: false, status: 403, problem: expect.objectContaining({ type: expect.stringContaining('own-comment') }) }),
        expect.objectContaining({ id: other.id, ok: true, status: 200 }),
      ]);
      expect((await api.get(`/v1/moderation/comments/${own.id}`, ben)).body.comment.status).toBe('flagged');
    });

    it('notices: a moderator cannot decide (or dismiss) a notice about their own comment, nor one they filed', async () => {
      const own = await postAndSettle(api, open, ada, 'A published remark by Ada.');
      const other = await postAndSettle(api, open, reader, 'A published remark by a reader.');
      const notice = { explanation: 'It defames a named person.', email: 'someone@example.org', goodFaith: true };
      expect((await api.post(`/v1/comments/${own.id}/reports`, reader, { reason: 'illegal', notice })).status).toBe(201);
      expect((await api.post(`/v1/comments/${other.id}/reports`, ada, { reason: 'illegal', notice })).status).toBe(201);
      const caseOf = (id: string) =>
        eventually(`the notice about ${id}`, async () => (await api.get('/v1/moderation/queues/notices?sort=newest', ben)).body.items.find((i: { id: string }) => i.id === id)?.caseId as string | undefined);
      const aboutOwn = await caseOf(own.id);
      const filedByAda = await caseOf(other.id);
      expectOwn(await api.post(`/v1/moderation/notices/${encodeURIComponent(aboutOwn)}/decision`, ada, { outcome: 'no-action', revision: 1, reason: 'Nothing illegal here.' }), 'own-comment');
      expectOwn(await api.post(`/v1/moderation/notices/${encodeURIComponent(aboutOwn)}/decision`, ada, { outcome: 'action-taken', revision: 1, reasonCode: 'illegal_content', reason: 'Removed.' }), 'own-comment');
      expectOwn(await api.post(`/v1/moderation/notices/${encodeURIComponent(filedByAda)}/decision`, ada, { outcome: 'no-action', revision: 1, reason: 'Fine.' }), 'own-account');
      expect((await api.post(`/v1/moderation/notices/${encodeURIComponent(aboutOwn)}/decision`, ben, { outcome: 'no-action', revision: 1, reason: 'Nothing illegal here.' })).status).toBe(200);
    });

    it('user actions: a moderator cannot ban, suspend or warn their own account, nor lift a sanction on it', async () => {
      expectOwn(await api.post('/v1/moderation/users/mod-ada/actions', ada, { kind: 'warn', reason: 'Self-warning' }), 'own-account');
      expect((await api.post('/v1/moderation/users/mod-ada/actions', ben, { kind: 'suspend', reason: 'Cool off', durationSeconds: 3600 })).status).toBe(201);
      expectOwn(await api.del('/v1/moderation/users/mod-ada/actions/suspend', ada), 'own-account');
      expect((await api.get('/v1/users/mod-ada/restriction', ben)).body).toMatchObject({ kind: 'suspension', active: true });
      expect((await api.del('/v1/moderation/users/mod-ada/actions/suspend', ben)).status).toBe(200);
    });

    it('restrictions: a moderator cannot restrict their own account or lift their own restriction', async () => {
      expectOwn(await api.put('/v1/users/mod-ada/restriction', ada, { kind: 'ban', reason: 'x' }), 'own-account');
      expect((await api.put('/v1/users/mod-ada/restriction', ben, { kind: 'ban', reason: 'Abuse of the moderation tools' })).status).toBe(201);
      expectOwn(await api.del('/v1/users/mod-ada/restriction', ada), 'own-account');
      expect((await api.get('/v1/users/mod-ada/restriction', ben)).body).toMatchObject({ kind: 'ban', active: true });
      expect((await api.del('/v1/users/mod-ada/restriction', ben)).status).toBe(204);
    });
  });

  describe('edits after a human decision', () => {
    it('a comment a moderator rejected cannot be reworded into publication: the edit is refused and the author is pointed to an appeal', async () => {
      const author = tokenFor('author-int', ['commenter'], 'Author');
      // Held by the engine for a phone number, rejected by a moderator for harassment.
      const c = await postAndSettle(api, open, author, 'Call this clown on 020 7946 0958 and tell him what you think of him.');
      expect(c.status).toBe('flagged');
      expect((await decide(c.id, ben, { action: 'reject', revision: 1, reason: 'harassment' })).status).toBe(200);
      const edit = await api.call('PATCH', `/v1/comments/${c.id}`, author, { body: 'Call this clown and tell him what you think of him.' });
      expect(edit.status).toBe(409);
      expect(edit.body).toMatchObject({ type: expect.stringContaining('comment-not-editable'), appealable: true });
      const after = (await api.get(`/v1/moderation/comments/${c.id}`, ben)).body.comment;
      expect(after).toMatchObject({ status: 'rejected', revision: 1 });
      expect((await api.post(`/v1/comments/${c.id}/appeals`, author, { explanation: 'I was only expressing an opinion.' })).status).toBe(201);
    });

    it('a comment the rules engine rejected, or a moderator approved, can still be edited and is moderated again', async () => {
      const author = tokenFor('author-int-2', ['commenter'], 'Author 2');
      const automated = await postAndSettle(api, open, author, 'What a zorblax article.');
      expect(automated.status).toBe('rejected');
      const edited = await api.call('PATCH', `/v1/comments/${automated.id}`, author, { body: 'What a surprising article.' });
      expect(edited.status).toBe(200);
      await eventually('the edit to be moderated', async () => {
        const c = (await api.get(`/v1/moderation/comments/${automated.id}`, ben)).body.comment;
        return c.revision === 2 && c.status === 'approved';
      });
      const approved = await postAndSettle(api, held, author, 'A held but harmless remark.');
      expect((await decide(approved.id, ben, { action: 'approve', revision: 1 })).status).toBe(200);
      expect((await api.call('PATCH', `/v1/comments/${approved.id}`, author, { body: 'A held but harmless remark, reworded.' })).status).toBe(200);
    });
  });

  describe('public views', () => {
    it('carry an opaque stable author id and the display name, never the host’s raw sub; the author and moderators see the raw id', async () => {
      const sub = 'alice.private@example.org'; // hosts sometimes use an email address as the sub
      const alice = tokenFor(sub, ['commenter'], 'Alice');
      const bob = tokenFor('bob-int', ['commenter'], 'Bob');
      const first = await postAndSettle(api, open, alice, 'First remark by Alice.');
      const second = await postAndSettle(api, open, alice, 'Second remark by Alice.');
      const other = await postAndSettle(api, open, bob, 'A remark by Bob.');
      const reply = await postAndSettle(api, open, bob, 'A reply to Alice.', first.id);
      expect([first.status, second.status, other.status, reply.status]).toEqual(['approved', 'approved', 'approved', 'approved']);
      expect((await api.del(`/v1/comments/${first.id}`, alice)).status).toBe(204); // a placeholder now: it has a reply

      const listing = await api.get(`/v1/articles/${open}/comments?limit=100`);
      expect(listing.status).toBe(200);
      expect(listing.text).not.toContain(sub);
      const byId = new Map<string, { authorId: string; authorName: string; placeholder: boolean }>(listing.body.items.map((c: { id: string }) => [c.id, c]));
      const [f, s2, o] = [byId.get(first.id)!, byId.get(second.id)!, byId.get(other.id)!];
      expect(f).toMatchObject({ placeholder: true, authorId: expect.stringMatching(/^a_[A-Za-z0-9_-]{22}$/) });
      expect(s2).toMatchObject({ authorName: 'Alice', authorId: f.authorId }); // stable for one author
      expect(o.authorId).toMatch(/^a_/);
      expect(o.authorId).not.toBe(f.authorId);
      const replies = await api.get(`/v1/comments/${first.id}/replies`);
      expect(replies.body.items[0]).toMatchObject({ id: reply.id, authorId: o.authorId, authorName: 'Bob' });

      const asAlice = await api.get(`/v1/articles/${open}/comments?limit=100`, alice);
      expect(asAlice.body.items.find((c: { id: string }) => c.id === second.id).authorId).toBe(sub);
      expect(asAlice.body.items.find((c: { id: string }) => c.id === other.id).authorId).toBe(o.authorId);
      expect((await api.get(`/v1/comments/${second.id}`, ben)).body.authorId).toBe(sub);
    });

    it('users see "a moderator", not who acted on them; moderators see the id', async () => {
      const carol = tokenFor('carol-int', ['commenter'], 'Carol');
      expect((await api.put('/v1/users/carol-int/restriction', ben, { kind: 'suspension', reason: 'Cool off', until: new Date(Date.now() + 3_600_000).toISOString() })).status).toBe(201);
      expect((await api.get('/v1/users/carol-int/restriction', carol)).body).toMatchObject({ kind: 'suspension', issuedBy: 'a moderator' });
      expect((await api.get('/v1/users/carol-int/restriction', ada)).body).toMatchObject({ issuedBy: 'mod-ben' });
      expect((await api.del('/v1/users/carol-int/restriction', ben)).status).toBe(204);
    });
  });
});
