import { startSystem } from './support/app-processes';
import { apiClient, moderatorToken, observeTopics, postAndSettle, putArticle, System } from './support/moderation-harness';
import { eventually, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';

const GUIDELINES = 'https://news.example/community-guidelines';

/**
 * The DSA gaps closed last, through the API across the three apps on the real Kafka and database:
 * the author's own account-restriction statements (`GET /v1/me/restrictions`, Art. 17), the
 * statement of a comment held for review (a provisional restriction of visibility), and a
 * reader's complaint against "no action" on their report (Art. 20), decided by another moderator.
 */
describe('DSA: account statements for the author, held comments, complaints against "no action" on reports', () => {
  const namespace = uniqueNamespace('dsa-gaps');
  let system: System;
  let api: ReturnType<typeof apiClient>;
  let notifications: ReturnType<typeof apiClient>;
  let events: Awaited<ReturnType<typeof observeTopics>>;
  const ada = moderatorToken('mod-ada', 'Ada');
  const ben = moderatorToken('mod-ben', 'Ben');
  const open = 'dsa-gaps-open';
  const held = 'dsa-gaps-held';
  const user = (id: string) => ({ id, token: tokenFor(id, ['commenter'], id) });
  const feed = async (token: string) => (await notifications.get('/v1/me/notifications?limit=50', token)).body.items as Array<{ kind: string; category?: string; title: string; body: string; data: any }>;
  const problem = (res: { status: number; headers: Headers; body: any }, status: number, type: string) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(String(res.body.type)).toContain(type);
  };
  /** Every element of Art. 17(3) in a statement as the API and events carry it. */
  const expectArt17 = (st: any) => {
    expect(typeof st.scope).toBe('string'); // (a) the restriction and its duration
    expect(st.facts).toEqual(expect.any(String)); // (b) facts and circumstances
    expect(st.sourceText).toEqual(expect.any(String)); // (b) notice or own initiative
    expect(typeof st.automatedDetection).toBe('boolean'); // (c) automated detection
    expect(['fully', 'partially', 'not']).toContain(st.automatedDecision); // (c) automated decision
    expect(st.automationText).toEqual(expect.any(String));
    expect(st.ground.kind === 'illegal' ? st.ground.law : st.ground.clause).toEqual(expect.any(String)); // (d)/(e)
    expect(st.redress.internalComplaint.procedure).toEqual(expect.any(String)); // (f)
    expect(st.redress.outOfCourt.bodies).toEqual([{ name: 'Appeals Centre Europe', url: 'https://www.appealscentre.eu' }]);
    expect(st.redress.judicial).toEqual(expect.any(String));
  };

  beforeAll(async () => {
    const dsa = { DSA_GUIDELINES_URL: GUIDELINES, DSA_DISPUTE_SETTLEMENT_BODIES: JSON.stringify([{ name: 'Appeals Centre Europe', url: 'https://www.appealscentre.eu' }]) };
    system = await startSystem({ namespace, extraEnv: { 'comments-api': { ...dsa, RATE_LIMIT_ENABLED: 'false' }, 'moderation-worker': dsa } });
    api = apiClient(system.api.url);
    notifications = apiClient(system.notifications.url);
    events = await observeTopics(system, `${namespace}-observer`, ['parley.moderation-decisions.v1', 'parley.moderation-cases.v1']);
    await putArticle(api, open, { premoderation: false });
    await putArticle(api, held, { premoderation: true });
  }, 180_000);

  afterAll(async () => {
    await events?.stop();
    await system?.stop();
  });

  async function published(a: { token: string }, body: string) {
    const c = await postAndSettle(api, open, a.token, body);
    expect(c.status).toBe('approved');
    return c as { id: string; revision: number };
  }

  it('GET /v1/me/restrictions: the signed-in user sees their own ban and premoderation with every Art. 17(3) element and where to complain; lifted ones disappear', async () => {
    const u = user('gap-banned-1');
    expect((await api.get('/v1/me/restrictions')).status).toBe(401);
    expect((await api.get('/v1/me/restrictions', u.token)).body).toEqual({ items: [] });

    const pre = await api.post(`/v1/moderation/users/${u.id}/actions`, ada, { kind: 'premoderate', reason: 'Insults in several threads', reasonCode: 'offensive' });
    const ban = await api.post(`/v1/moderation/users/${u.id}/actions`, ada, { kind: 'ban', reason: 'Repeated advertising for a casino', reasonCode: 'spam' });
    expect([pre.status, ban.status]).toEqual([201, 201]);
    const mine = await api.get('/v1/me/restrictions', u.token);
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((i: { kind: string }) => i.kind)).toEqual(['ban', 'premoderate']);
    const [b, p] = mine.body.items;
    expect(b).toMatchObject({ id: ban.body.id, restriction: 'account-banned', reason: 'Repeated advertising for a casino', until: null, appealable: true, complaint: null, complaintPath: `/v1/me/account-decisions/${ban.body.id}/appeals` });
    expect(b.statement).toEqual(ban.body.statement);
    expectArt17(b.statement);
    expect(b.statement.ground).toMatchObject({ kind: 'contractual', url: `${GUIDELINES}#spam` });
    expect(new Date(b.appealDeadline).getTime()).toBeGreaterThan(Date.now() + 150 * 86_400_000);
    expect(p).toMatchObject({ id: pre.body.id, restriction: 'account-premoderated', statement: { restriction: 'account-premoderated' } });
    // Only one's own: another user sees nothing of it.
    expect((await api.get('/v1/me/restrictions', user('gap-other-1').token)).body).toEqual({ items: [] });

    // Complaining with the path given: the item then shows the open complaint and is no longer appealable.
    const complaint = await api.post(b.complaintPath, u.token, { explanation: 'I posted one link, to my own blog.' });
    expect(complaint.status).toBe(201);
    const after = (await api.get('/v1/me/restrictions', u.token)).body.items[0];
    expect(after).toMatchObject({ kind: 'ban', appealable: false, complaint: { id: `account:${ban.body.id}`, status: 'open', outcome: null } });

    // Lifting the premoderation removes it from the list.
    expect((await api.del(`/v1/moderation/users/${u.id}/actions/premoderate`, ada)).status).toBe(200);
    expect((await api.get('/v1/me/restrictions', u.token)).body.items.map((i: { kind: string }) => i.kind)).toEqual(['ban']);
  });

  it('a comment held for review: the author is told in-app with a statement saying it is provisional, pending review, not a final decision', async () => {
    // Held because the account is premoderated (comments-api's own hold) ...
    const u = user('gap-held-1');
    expect((await api.post(`/v1/moderation/users/${u.id}/actions`, ada, { kind: 'premoderate', reason: 'Insults in several threads', reasonCode: 'offensive' })).status).toBe(201);
    const c = await postAndSettle(api, open, u.token, 'A perfectly civil remark about the tram.');
    expect(c.status).toBe('flagged');
    const hold = await eventually('the hold with its statement', async () => events.of('parley.comment.moderated.v1', (d) => d.commentId === c.id && d.decision === 'flagged' && d.statement)[0]);
    expect(hold.data.actor).toBe('premoderation');
    const st = hold.data.statement;
    expectArt17(st);
    expect(st).toMatchObject({ restriction: 'comment-held', commentId: c.id, automatedDetection: false, automatedDecision: 'fully', redress: { internalComplaint: { available: false } } });
    expect(st.scope).toContain('not a final decision');
    expect(st.facts).toContain('placed your account under premoderation');
    expect(st.redress.internalComplaint.procedure).toMatch(/^This is not a final decision: a moderator will review your comment/);
    const item = await eventually('the in-app held notification', async () => (await feed(u.token)).find((i) => i.kind === 'comment.flagged' && i.data.commentId === c.id));
    expect(item.data.statement).toEqual(st);
    expect(item.body).toContain('Statement of reasons');
    expect(item.body).toContain('not a final decision');
    // The author sees it with the comment; the public does not see the comment at all.
    const own = await api.get(`/v1/me/comments?articleId=${open}`, u.token);
    expect(own.body.items.find((i: { id: string }) => i.id === c.id)).toMatchObject({ status: 'flagged', statement: { restriction: 'comment-held', id: st.id } });

    // ... and held by the rules engine (a premoderated article): the same kind of statement.
    const v = user('gap-held-2');
    const h = await postAndSettle(api, held, v.token, 'Another civil remark, on a premoderated article.');
    expect(h.status).toBe('flagged');
    const item2 = await eventually('the in-app held notification (rules)', async () => (await feed(v.token)).find((i) => i.kind === 'comment.flagged' && i.data.commentId === h.id));
    expectArt17(item2.data.statement);
    expect(item2.data.statement).toMatchObject({ restriction: 'comment-held', automatedDetection: true, automatedDecision: 'fully' });
    expect(item2.data.statement.redress.internalComplaint.procedure).toContain('not a final decision');
  });

  it('readers whose reports were decided "no action" are told, with the redress, and may complain; another moderator overturns and the comment is removed', async () => {
    const author = user('gap-author-1');
    const [r1, r2, r3, stranger] = [user('gap-reader-1'), user('gap-reader-2'), user('gap-reader-3'), user('gap-reader-4')];
    const c = await published(author, 'Buy cheap watches at my shop, best prices in town!');
    expect((await api.post(`/v1/comments/${c.id}/reports`, r1.token, { reason: 'spam' })).status).toBe(201);
    expect((await api.post(`/v1/comments/${c.id}/reports`, r2.token, { reason: 'other', text: 'advertising' })).status).toBe(201);
    // A report alleging illegality is a notice (Art. 16) and is contested as one.
    expect((await api.post(`/v1/comments/${c.id}/reports`, r3.token, { reason: 'illegal', notice: { explanation: 'Counterfeit goods.', email: 'r3@readers.example', goodFaith: true } })).status).toBe(201);

    // Before a decision there is nothing to contest; a reader who did not report it has no report.
    problem(await api.post(`/v1/me/reports/${c.id}/appeals`, r1.token, { explanation: 'It is spam' }), 409, 'not-appealable');
    problem(await api.post(`/v1/me/reports/${c.id}/appeals`, stranger.token, { explanation: 'It is spam' }), 404, 'report-not-found');

    // The illegal report opens its notice asynchronously (from the report's event); Ada sees it in
    // the notices queue before she decides, so her decision decides the notice too. (A notice
    // opened after a decision stays open for a decision of its own.)
    await eventually('the notice open in the queue', async () =>
      (await api.get(`/v1/moderation/notices?status=open&commentId=${c.id}`, ada)).body.items?.some((n: { id: string }) => n.id === `${c.id}:${r3.id}`),
    );
    // Ada keeps the comment (approve from the reported queue, once the reports reached it).
    const kept = await eventually('the approval of the reported comment', async () => {
      const cur = (await api.get(`/v1/moderation/comments/${c.id}`, ada)).body.comment;
      const res = await api.post(`/v1/moderation/comments/${c.id}/decisions`, ada, { action: 'approve', revision: cur.revision });
      return res.status === 200 ? res : undefined;
    });
    expect(kept.body.status).toBe('approved');

    // Each reader reporter is told "no action" with the redress; the illegal report is decided as a notice.
    const told = await eventually('both reporters told', async () => {
      const e = [r1, r2].map((r) => events.of('parley.notice.decided.v1', (d) => d.noticeId === `${c.id}:${r.id}`)[0]);
      return e.every(Boolean) ? e.map((x) => x!.data) : undefined;
    });
    for (const d of told) {
      expect(d).toMatchObject({ kind: 'report', outcome: 'no-action', commentId: c.id, redress: { internalComplaint: { available: true } } });
      expect(new Date(d.redress.internalComplaint.deadline).getTime()).toBeGreaterThan(Date.now() + 150 * 86_400_000);
      expect(d.redress.outOfCourt.bodies).toEqual([{ name: 'Appeals Centre Europe', url: 'https://www.appealscentre.eu' }]);
    }
    // The notice's decision comes through the notices' own outbox: it may arrive after the reports'.
    const noticeDecision = await eventually('the notice decided', async () => events.of('parley.notice.decided.v1', (d) => d.noticeId === `${c.id}:${r3.id}`)[0]);
    expect(noticeDecision.data).toMatchObject({ kind: 'legal', outcome: 'no-action' });
    const msg = await eventually('the in-app decision for the reporter', async () => (await feed(r1.token)).find((i) => i.kind === 'notice.decided' && i.data.commentId === c.id));
    expect(msg.title).toBe('Decision on your report');
    expect(msg.body).toContain('Internal complaint');
    problem(await api.post(`/v1/me/reports/${c.id}/appeals`, r3.token, { explanation: 'Counterfeit' }), 409, 'not-appealable');

    // r1 complains; once only.
    const complaint = await api.post(`/v1/me/reports/${c.id}/appeals`, r1.token, { explanation: 'It is plainly an advertisement for a shop.' });
    expect(complaint.status).toBe(201);
    expect(complaint.body).toMatchObject({ id: `report:${c.id}:${r1.id}`, subject: 'report', appellantRole: 'notifier', commentId: c.id, noticeId: `${c.id}:${r1.id}`, originalStatus: 'no-action', status: 'open' });
    problem(await api.post(`/v1/me/reports/${c.id}/appeals`, r1.token, { explanation: 'again' }), 409, 'already-appealed');
    const appealId = encodeURIComponent(complaint.body.id);
    expect((await api.get(`/v1/moderation/appeals?status=open`, ben)).body.items.map((a: { id: string }) => a.id)).toContain(complaint.body.id);

    // Decided by a human other than the one who kept the comment, with a reason code for the removal.
    problem(await api.post(`/v1/moderation/appeals/${appealId}/decision`, ada, { outcome: 'overturned', reason: 'Advertising.', reasonCode: 'advertising' }), 403, 'same-moderator');
    problem(await api.post(`/v1/moderation/appeals/${appealId}/decision`, ben, { outcome: 'overturned', reason: 'Advertising.' }), 400, 'bad-request');
    const decided = await api.post(`/v1/moderation/appeals/${appealId}/decision`, ben, { outcome: 'overturned', reason: 'On review, it is an advertisement.', reasonCode: 'advertising' });
    expect(decided.status).toBe(200);
    expect(decided.body.appeal).toMatchObject({ status: 'decided', outcome: 'overturned', decidedBy: 'mod-ben' });
    expect(decided.body.reversal).toMatchObject({ commentId: c.id, status: 'removed', authorStatement: { restriction: 'comment-removed', source: 'reader-reports' } });
    expect((await api.get(`/v1/moderation/comments/${c.id}`, ada)).body.comment.status).toBe('removed');
    const outcome = await eventually('the complaint outcome', async () => events.of('parley.appeal.decided.v2', (d) => d.appealId === complaint.body.id)[0]);
    expect(outcome.data).toMatchObject({ subject: 'report', appellantRole: 'notifier', appellantId: r1.id, outcome: 'overturned' });
    const outcomeMsg = await eventually('the outcome in-app', async () => (await feed(r1.token)).find((i) => i.kind === 'complaint.decided'));
    expect(outcomeMsg.body).toContain('removed the comment you reported');
  });
});
