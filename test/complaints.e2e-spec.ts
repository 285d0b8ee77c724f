import mongoose from 'mongoose';
import { startSystem } from './support/app-processes';
import { adminToken, apiClient, moderatorToken, observeTopics, postAndSettle, putArticle, System } from './support/moderation-harness';
import { eventually, testInfrastructure, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';

/**
 * Complaints against moderation decisions (DSA Art. 20) with the Art. 21 redress information,
 * trusted flaggers (Art. 22) and the misuse policy (Art. 23), across the three apps on the real
 * Kafka and database: a notifier contests "no action" on their notice, an author contests a
 * ban, the six-month window from the day the person was informed, the time to decide, trusted
 * flaggers' notices first and marked, and manifestly illegal content and manifestly unfounded
 * notices counted to a warning and then a suspension that ends by itself.
 */
describe('complaints, redress, trusted flaggers and misuse (DSA Arts 20-23)', () => {
  const namespace = uniqueNamespace('complaints');
  let system: System;
  let api: ReturnType<typeof apiClient>;
  let events: Awaited<ReturnType<typeof observeTopics>>;
  let db: mongoose.Connection;
  const ada = moderatorToken('mod-ada', 'Ada');
  const ben = moderatorToken('mod-ben', 'Ben');
  const article = 'complaints-article';
  const bodies = [{ name: 'User Rights Dispute Board', url: 'https://user-rights.example/' }];
  const user = (id: string) => ({ id, token: tokenFor(id, ['commenter'], id) });
  const problem = (res: { status: number; headers: Headers; body: any }, status: number, type: string) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(String(res.body.type)).toContain(type);
  };

  beforeAll(async () => {
    system = await startSystem({
      namespace,
      extraEnv: {
        'comments-api': {
          RATE_LIMIT_ENABLED: 'false',
          DSA_DISPUTE_SETTLEMENT_BODIES: JSON.stringify(bodies),
          DSA_DISPUTE_SETTLEMENT_INFO_URL: 'https://news.example/dsa/out-of-court',
          MISUSE_PERIOD_DAYS: '30',
          MISUSE_SUSPENSION_DAYS: '7',
          MISUSE_CONTENT_WARN_AT: '1',
          MISUSE_CONTENT_SUSPEND_AT: '2',
          MISUSE_NOTICES_WARN_AT: '1',
          MISUSE_NOTICES_SUSPEND_AT: '2',
        },
      },
    });
    api = apiClient(system.api.url);
    events = await observeTopics(system, `${namespace}-observer`, ['parley.moderation-cases.v1', 'parley.users.v1']);
    db = await mongoose.createConnection(testInfrastructure().mongoUri, { dbName: system.databases.comments, serverSelectionTimeoutMS: 5000 }).asPromise();
    await putArticle(api, article, { premoderation: false });
  }, 180_000);

  afterAll(async () => {
    await db?.close();
    await events?.stop();
    await system?.stop();
  });

  async function published(author: { token: string }, body: string) {
    const c = await postAndSettle(api, article, author.token, body);
    if (c.status !== 'approved') expect((await api.post(`/v1/moderation/comments/${c.id}/decisions`, adminToken(), { action: 'approve', revision: c.revision })).status).toBe(200);
    return c as { id: string; revision: number };
  }

  it('a notifier contests "no action" on their notice; another moderator overturns it and the comment is removed', async () => {
    const author = user('c-author-1');
    const reader = user('c-reader-1');
    const c = await published(author, 'The mayor lives at 12 Elm Street, go and tell him what you think.');
    const rep = await api.post(`/v1/comments/${c.id}/reports`, reader.token, { reason: 'illegal', notice: { explanation: 'It discloses a private address.', email: 'reader@example.org', goodFaith: true } });
    expect(rep.status).toBe(201);
    const noticeId = rep.body.id as string;
    await eventually('the notice to be open', async () => (await api.get(`/v1/moderation/notices/${encodeURIComponent(noticeId)}`, ada)).status === 200);
    // Contesting before a decision: nothing to contest.
    problem(await api.post(`/v1/me/notices/${encodeURIComponent(noticeId)}/appeals`, reader.token, { explanation: 'Still there' }), 409, 'not-appealable');
    const noAction = await api.post(`/v1/moderation/notices/${encodeURIComponent(noticeId)}/decision`, ada, { outcome: 'no-action', revision: c.revision, reason: 'The address is a public office.' });
    expect(noAction.status).toBe(200);

    // Only the notifier may contest it.
    problem(await api.post(`/v1/me/notices/${encodeURIComponent(noticeId)}/appeals`, author.token, { explanation: 'me too' }), 404, 'notice-not-found');
    const complaint = await api.post(`/v1/me/notices/${encodeURIComponent(noticeId)}/appeals`, reader.token, { explanation: 'It is his home, not his office.' });
    expect(complaint.status).toBe(201);
    expect(complaint.body).toMatchObject({ subject: 'notice', appellantRole: 'notifier', noticeId, commentId: c.id, originalStatus: 'no-action', status: 'open', originalDecidedBy: 'a moderator' });
    expect(new Date(complaint.body.appealDeadline).getTime()).toBeGreaterThan(new Date(complaint.body.informedAt).getTime());
    problem(await api.post(`/v1/me/notices/${encodeURIComponent(noticeId)}/appeals`, reader.token, { explanation: 'again' }), 409, 'already-appealed');

    // The moderator who decided the notice cannot decide the complaint.
    problem(await api.post(`/v1/moderation/appeals/${encodeURIComponent(complaint.body.id)}/decision`, ada, { outcome: 'overturned', reason: 'ok', reasonCode: 'personal_information' }), 403, 'same-moderator');
    problem(await api.post(`/v1/moderation/appeals/${encodeURIComponent(complaint.body.id)}/decision`, ben, { outcome: 'overturned', reason: 'A home address.' }), 400, 'bad-request');
    const decided = await api.post(`/v1/moderation/appeals/${encodeURIComponent(complaint.body.id)}/decision`, ben, { outcome: 'overturned', reason: 'On review, it is a private home address.', reasonCode: 'personal_information' });
    expect(decided.status).toBe(200);
    expect(decided.body.appeal).toMatchObject({ status: 'decided', outcome: 'overturned', decidedBy: 'mod-ben' });
    expect(decided.body.reversal).toMatchObject({ commentId: c.id, status: 'removed', decidedBy: 'mod-ben' });
    expect((await api.get(`/v1/moderation/comments/${c.id}`, ada)).body.comment.status).toBe('removed');

    const told = await eventually('the complaint outcome event', async () => events.of('parley.appeal.decided.v2', (d) => d.appealId === complaint.body.id)[0]);
    expect(told.key).toBe(complaint.body.id);
    expect(told.data).toMatchObject({
      subject: 'notice',
      appellantRole: 'notifier',
      appellantId: reader.id,
      noticeId,
      outcome: 'overturned',
      redress: { outOfCourtDisputeSettlement: { bodies, informationUrl: 'https://news.example/dsa/out-of-court' } },
    });
  });

  it('a ban is appealed and lifted by a different moderator; the outcome carries the Art. 21 information and the time to decide is measured', async () => {
    const banned = user('c-banned-1');
    const before = await published(banned, 'A first comment before the ban.');
    const ban = await api.post(`/v1/moderation/users/${banned.id}/actions`, ada, { kind: 'ban', reason: 'Repeated insults', rejectComments: true });
    expect(ban.status).toBe(201);
    // The ban takes the user's published comment down (the sweep, through Kafka).
    await eventually('the comment to be swept', async () => (await api.get(`/v1/moderation/comments/${before.id}`, ada)).body.comment.status === 'removed');
    problem(await api.post(`/v1/articles/${article}/comments`, banned.token, { body: 'Let me in' }), 403, 'user-banned');

    const mine = await api.get('/v1/me/account-decisions', banned.token);
    expect(mine.status).toBe(200);
    const listed = mine.body.items.find((i: { id: string }) => i.id === ban.body.id);
    expect(listed).toMatchObject({ kind: 'ban', appealable: true, issuedBy: 'a moderator' });
    expect(new Date(listed.appealDeadline).getTime() - new Date(listed.informedAt).getTime()).toBeGreaterThan(180 * 24 * 3600 * 1000);

    problem(await api.post(`/v1/me/account-decisions/${ban.body.id}/appeals`, user('c-other').token, { explanation: 'not mine' }), 404, 'account-decision-not-found');
    const appeal = await api.post(`/v1/me/account-decisions/${ban.body.id}/appeals`, banned.token, { explanation: 'I was quoting someone else.' });
    expect(appeal.status).toBe(201);
    expect(appeal.body).toMatchObject({ id: `account:${ban.body.id}`, subject: 'account', sanctionId: ban.body.id, sanctionKind: 'ban', originalStatus: 'ban', status: 'open', commentId: null });
    const listedForMods = await api.get('/v1/moderation/appeals?status=open&limit=100', ben);
    expect(listedForMods.body.items.map((a: { id: string }) => a.id)).toContain(appeal.body.id);

    problem(await api.post(`/v1/moderation/appeals/${encodeURIComponent(appeal.body.id)}/decision`, ada, { outcome: 'overturned', reason: 'ok' }), 403, 'same-moderator');
    const res = await api.post(`/v1/moderation/appeals/${encodeURIComponent(appeal.body.id)}/decision`, ben, { outcome: 'overturned', reason: 'The insults were quotations.' });
    expect(res.status).toBe(200);
    expect(res.body.appeal).toMatchObject({ outcome: 'overturned', decidedBy: 'mod-ben', status: 'decided' });
    expect(res.body.appeal.timeToDecideSeconds).toEqual(expect.any(Number));
    expect(res.body.redress.outOfCourtDisputeSettlement).toMatchObject({ bodies, informationUrl: 'https://news.example/dsa/out-of-court' });
    expect(res.body.redress.judicialRedress).toMatch(/court/);
    expect(res.body.reversal).toMatchObject({ lifted: 'ban', standing: { banned: false }, restoredComments: [before.id] });
    expect((await api.get(`/v1/moderation/comments/${before.id}`, ada)).body.comment.status).toBe('approved');
    expect((await api.get(`/v1/comments/${before.id}`)).status).toBe(200);

    // Lifted through the normal flow: the lifted sanction event, and the user may post again.
    await eventually('the lifted sanction event', async () => events.of('parley.user.sanctioned.v1', (d) => d.userId === banned.id && d.kind === 'lifted').length === 1);
    expect((await api.get(`/v1/users/${banned.id}/restriction`, ada)).status).toBe(404);
    await eventually('the user may post again', async () => (await api.post(`/v1/articles/${article}/comments`, banned.token, { body: 'Thanks for reviewing it.' })).status === 202);

    const told = await eventually('the complaint outcome event', async () => events.of('parley.appeal.decided.v2', (d) => d.appealId === appeal.body.id)[0]);
    expect(told.data).toMatchObject({ subject: 'account', appellantId: banned.id, sanctionId: ban.body.id, commentId: null, outcome: 'overturned', decidedBy: 'mod-ben', reason: 'The insults were quotations.' });
    expect(told.data.redress.outOfCourtDisputeSettlement.bodies).toEqual(bodies);
    // The appellant's in-app feed has the outcome with the out-of-court bodies.
    const feed = await eventually('the outcome in the in-app feed', async () => {
      const r = await fetch(`${system.notifications.url}/v1/me/notifications`, { headers: { authorization: `Bearer ${banned.token}` } });
      const body = (await r.json()) as { items?: Array<{ kind: string; lines?: string[]; body?: string; text?: string }> };
      return body.items?.find((i) => JSON.stringify(i).includes('User Rights Dispute Board'));
    });
    expect(JSON.stringify(feed)).toContain('https://news.example/dsa/out-of-court');

    const view = await api.get(`/v1/moderation/appeals/${encodeURIComponent(appeal.body.id)}`, ben);
    expect(view.body).toMatchObject({ status: 'decided', timeToDecideSeconds: expect.any(Number) });
    const metrics = await (await fetch(`${system.api.url}/metrics`)).text();
    expect(metrics).toMatch(/parley_complaint_time_to_decide_seconds_count\{subject="account",outcome="overturned"\} 1/);
  });

  it('the six months run from the day the person was informed: a complaint after that is refused with a problem', async () => {
    const late = user('c-late-1');
    const early = user('c-late-2');
    const sevenMonths = new Date(Date.now() - 210 * 24 * 3600 * 1000);
    const fiveMonths = new Date(Date.now() - 150 * 24 * 3600 * 1000);
    const a = await api.post(`/v1/moderation/users/${late.id}/actions`, ada, { kind: 'suspend', reason: 'Spam', durationSeconds: 30 * 24 * 3600 });
    const b = await api.post(`/v1/moderation/users/${early.id}/actions`, ada, { kind: 'suspend', reason: 'Spam', durationSeconds: 30 * 24 * 3600 });
    expect([a.status, b.status]).toEqual([201, 201]);
    const actions = db.collection('moderation_user_actions');
    // Informed seven months ago: too late. Decided seven months ago but informed five months ago: in time.
    await actions.updateOne({ _id: a.body.id }, { $set: { issuedAt: sevenMonths, informedAt: sevenMonths } });
    await actions.updateOne({ _id: b.body.id }, { $set: { issuedAt: sevenMonths, informedAt: fiveMonths } });

    const refused = await api.post(`/v1/me/account-decisions/${a.body.id}/appeals`, late.token, { explanation: 'Please review' });
    problem(refused, 409, 'appeal-window-closed');
    expect(refused.body.informedAt).toBe(sevenMonths.toISOString());
    expect(new Date(refused.body.appealDeadline).getTime()).toBeLessThan(Date.now());
    expect(refused.body.detail).toMatch(/six months of being informed/);

    const accepted = await api.post(`/v1/me/account-decisions/${b.body.id}/appeals`, early.token, { explanation: 'Please review' });
    expect(accepted.status).toBe(201);
    expect(accepted.body.informedAt).toBe(fiveMonths.toISOString());
    const upheld = await api.post(`/v1/moderation/appeals/${encodeURIComponent(accepted.body.id)}/decision`, ben, { outcome: 'upheld', reason: 'The links were advertising.' });
    expect(upheld.status).toBe(200);
    expect(upheld.body.reversal).toBeNull();
    const told = await eventually('the upheld outcome event', async () => events.of('parley.appeal.decided.v2', (d) => d.appealId === accepted.body.id)[0]);
    expect(told.data).toMatchObject({ outcome: 'upheld', subject: 'account' });
  });
  it('trusted flaggers (Art. 22): an admin registry; their notices go first in the queue and are marked in the statement of reasons', async () => {
    const admin = adminToken();
    const flagger = user('tf-ngo-1');
    const reader = user('c-reader-2');
    problem(await api.post('/v1/moderation/trusted-flaggers', ada, { userId: flagger.id, name: 'NGO', expertise: ['hate speech'] }), 403, 'forbidden');
    problem(await api.post('/v1/moderation/trusted-flaggers', admin, { name: 'Nobody', expertise: ['x'] }), 400, 'bad-request');
    const added = await api.post('/v1/moderation/trusted-flaggers', admin, { userId: flagger.id, email: 'Notices@NGO.example', name: 'Hate Aid NGO', expertise: ['hate speech', 'cyber violence'] });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ id: `user:${flagger.id}`, userId: flagger.id, email: 'notices@ngo.example', name: 'Hate Aid NGO', expertise: ['hate speech', 'cyber violence'], addedBy: 'admin-root' });
    problem(await api.post('/v1/moderation/trusted-flaggers', admin, { userId: flagger.id, name: 'Again', expertise: [] }), 409, 'trusted-flagger-exists');
    expect((await api.get('/v1/moderation/trusted-flaggers', admin)).body.items.map((t: { id: string }) => t.id)).toContain(added.body.id);

    // An ordinary notice first, the trusted flagger's later: the trusted one is first in the queue.
    const first = await published(user('c-author-3'), 'Some remark that a reader finds illegal.');
    const second = await published(user('c-author-4'), 'Another remark, flagged by an NGO.');
    const ordinary = await api.post(`/v1/comments/${first.id}/reports`, reader.token, { reason: 'illegal', notice: { explanation: 'Defamation.', email: 'reader2@example.org', goodFaith: true } });
    const trusted = await api.post(`/v1/comments/${second.id}/reports`, flagger.token, { reason: 'illegal', notice: { explanation: 'Incitement to hatred.', email: 'notices@ngo.example', goodFaith: true } });
    expect([ordinary.status, trusted.status]).toEqual([201, 201]);
    const queue = await eventually('both notices in the queue', async () => {
      const r = await api.get('/v1/moderation/queues/notices?sort=oldest&limit=100', ada);
      const ids = r.body.items.map((i: { caseId: string }) => i.caseId);
      return ids.includes(ordinary.body.id) && ids.includes(trusted.body.id) ? r.body.items : undefined;
    });
    const ids = queue.map((i: { caseId: string }) => i.caseId);
    expect(ids.indexOf(trusted.body.id)).toBeLessThan(ids.indexOf(ordinary.body.id));
    expect(queue[0]).toMatchObject({ caseId: trusted.body.id, trustedFlagger: true });
    expect(queue.find((i: { caseId: string }) => i.caseId === ordinary.body.id).trustedFlagger).toBe(false);
    // Paging with a cursor keeps the order.
    const page1 = await api.get('/v1/moderation/queues/notices?sort=oldest&limit=1', ada);
    expect(page1.body.items[0].caseId).toBe(trusted.body.id);
    const page2 = await api.get(`/v1/moderation/queues/notices?sort=oldest&limit=100&cursor=${page1.body.nextCursor}`, ada);
    expect(page2.body.items.map((i: { caseId: string }) => i.caseId)).toEqual(ids.slice(1));
    expect((await api.get(`/v1/moderation/notices/${encodeURIComponent(trusted.body.id)}`, ada)).body.trustedFlagger).toEqual({ id: added.body.id, name: 'Hate Aid NGO', expertise: ['hate speech', 'cyber violence'] });

    const decided = await api.post(`/v1/moderation/notices/${encodeURIComponent(trusted.body.id)}/decision`, ada, { outcome: 'action-taken', revision: second.revision, reasonCode: 'hate_speech', reason: 'Incitement to hatred; removed.' });
    expect(decided.status).toBe(200);
    expect(decided.body.decision.statementOfReasons.source_type).toBe('SOURCE_TRUSTED_FLAGGER');
    const ctx = await api.get(`/v1/moderation/comments/${second.id}`, ada);
    expect(ctx.body.statementOfReasons.source_type).toBe('SOURCE_TRUSTED_FLAGGER');
    // A moderator's own decision on the ordinary notice's comment is an Art. 16 notice.
    const other = await api.post(`/v1/moderation/comments/${first.id}/decisions`, ben, { action: 'reject', revision: first.revision, reason: 'illegal_content', legalGround: { law: 'Criminal Code § 130 (incitement to hatred)', explanation: 'Calls for violence against a group.', illegalContentType: 'illegal-hate-speech' } });
    expect(other.body.statementOfReasons.source_type).toBe('SOURCE_ARTICLE_16');

    expect((await api.del(`/v1/moderation/trusted-flaggers/${encodeURIComponent(added.body.id)}`, admin)).status).toBe(204);
    problem(await api.del(`/v1/moderation/trusted-flaggers/${encodeURIComponent(added.body.id)}`, admin), 404, 'trusted-flagger-not-found');
    expect((await api.get('/v1/moderation/trusted-flaggers', admin)).body.items.map((t: { id: string }) => t.id)).not.toContain(added.body.id);
  });
  it('misuse (Art. 23(1)): manifestly illegal content is counted to a warning, then a suspension of posting that ends by itself', async () => {
    const author = user('c-misuse-author');
    const c1 = await published(author, 'First manifestly illegal remark.');
    const c2 = await published(author, 'Second manifestly illegal remark.');
    problem(await api.post(`/v1/moderation/comments/${c1.id}/decisions`, ada, { action: 'approve', revision: c1.revision, manifestlyIllegal: true }), 400, 'bad-request');

    const first = await api.post(`/v1/moderation/comments/${c1.id}/decisions`, ada, { action: 'remove', revision: c1.revision, reason: 'illegal_content', manifestlyIllegal: true, legalGround: { law: 'Criminal Code § 130 (incitement to hatred)', explanation: 'Calls for violence against a group.', illegalContentType: 'illegal-hate-speech' } });
    expect(first.status).toBe(200);
    expect(first.body.misuse).toMatchObject({ track: 'content', count: 1, step: 'warn', until: null });
    const warning = await eventually('the warning', async () => events.of('parley.user.sanctioned.v1', (d) => d.userId === author.id && d.kind === 'warning')[0]);
    expect(warning.data).toMatchObject({ issuedBy: 'misuse-policy', scope: 'account', until: null });
    expect(warning.data.reason).toMatch(/1 of your comments were found to be manifestly illegal/);
    // The same decision repeated counts once; a warning does not stop posting.
    expect((await api.post(`/v1/articles/${article}/comments`, author.token, { body: 'Still allowed to post.' })).status).toBe(202);

    const second = await api.post(`/v1/moderation/comments/${c2.id}/decisions`, ben, { action: 'reject', revision: c2.revision, reason: 'illegal_content', manifestlyIllegal: true, legalGround: { law: 'Criminal Code § 130 (incitement to hatred)', explanation: 'Calls for violence against a group.', illegalContentType: 'illegal-hate-speech' } });
    expect(second.body.misuse).toMatchObject({ track: 'content', count: 2, step: 'suspend', actionId: expect.any(String) });
    const until = new Date(second.body.misuse.until).getTime();
    expect(until - Date.now()).toBeGreaterThan(6 * 24 * 3600 * 1000);
    expect(until - Date.now()).toBeLessThanOrEqual(7 * 24 * 3600 * 1000);
    const suspension = await eventually('the suspension', async () => events.of('parley.user.sanctioned.v1', (d) => d.userId === author.id && d.kind === 'suspension')[0]);
    expect(suspension.data).toMatchObject({ sanctionId: second.body.misuse.actionId, until: second.body.misuse.until, scope: 'account', issuedBy: 'misuse-policy' });
    const refused = await eventually('posting to be refused', async () => {
      const r = await api.post(`/v1/articles/${article}/comments`, author.token, { body: 'Trying during the suspension.' });
      return r.status === 403 ? r : undefined;
    });
    problem(refused, 403, 'user-suspended');
    expect(refused.body.until).toBe(second.body.misuse.until);

    // Each step has its statement of reasons, shown to the user with the Art. 21 information and the complaint deadline.
    const mine = (await api.get('/v1/me/account-decisions', author.token)).body.items;
    const warnAction = mine.find((a: { kind: string }) => a.kind === 'warn');
    const suspendAction = mine.find((a: { id: string }) => a.id === second.body.misuse.actionId);
    expect(warnAction.statement).toMatchObject({ legal_basis: 'Art. 23(1) DSA', decision: 'warning', scope: 'account', marks_in_period: 1, policy: { periodDays: 30, warnAt: 1, suspendAt: 2, suspensionDays: 7 } });
    expect(suspendAction).toMatchObject({ kind: 'suspend', appealable: true, statement: { decision: 'suspension', decision_account: 'DECISION_ACCOUNT_SUSPENDED', end_date_restriction: second.body.misuse.until, marks_in_period: 2 } });
    expect(suspendAction.statement.redress.outOfCourtDisputeSettlement.bodies).toEqual(bodies);
    const history = await api.get(`/v1/moderation/users/${author.id}`, ada);
    expect(history.body.misuse).toMatchObject({ periodDays: 30, content: { count: 2, suspendedUntil: second.body.misuse.until } });

    // The suspension ends by itself at its end date.
    await db.collection('user_restrictions').updateOne({ _id: author.id as never }, { $set: { until: new Date(Date.now() - 1000) } });
    await eventually('posting to be allowed again', async () => (await api.post(`/v1/articles/${article}/comments`, author.token, { body: 'Back after the suspension.' })).status === 202);
  });

  it('misuse (Art. 23(2)): manifestly unfounded notices and complaints are counted to a warning, then a suspension of their handling', async () => {
    const notifier = user('c-misuse-notifier');
    const targets = await Promise.all([1, 2, 3].map((i) => published(user(`c-misuse-target-${i}`), `A harmless opinion number ${i}.`)));
    const notice = async (c: { id: string }) => {
      const r = await api.post(`/v1/comments/${c.id}/reports`, notifier.token, { reason: 'illegal', notice: { explanation: 'I do not like it.', email: 'notifier@example.org', goodFaith: true } });
      expect(r.status).toBe(201);
      await eventually('the notice to be open', async () => (await api.get(`/v1/moderation/notices/${encodeURIComponent(r.body.id)}`, ada)).status === 200);
      return r.body.id as string;
    };
    const n1 = await notice(targets[0]!);
    problem(await api.post(`/v1/moderation/notices/${encodeURIComponent(n1)}/decision`, ada, { outcome: 'action-taken', revision: targets[0]!.revision, reason: 'x', manifestlyUnfounded: true }), 400, 'bad-request');
    const d1 = await api.post(`/v1/moderation/notices/${encodeURIComponent(n1)}/decision`, ada, { outcome: 'no-action', revision: targets[0]!.revision, reason: 'An opinion.', manifestlyUnfounded: true });
    expect(d1.status).toBe(200);
    expect(d1.body.misuse).toMatchObject({ track: 'notices', count: 1, step: 'warn' });
    const warning = await eventually('the notifier warning', async () => events.of('parley.user.sanctioned.v1', (d) => d.userId === notifier.id && d.kind === 'warning')[0]);
    expect(warning.data).toMatchObject({ scope: 'notices', issuedBy: 'misuse-policy' });

    // A complaint about the second "no action", upheld as manifestly unfounded, is the second mark: the suspension.
    const n2 = await notice(targets[1]!);
    expect((await api.post(`/v1/moderation/notices/${encodeURIComponent(n2)}/decision`, ada, { outcome: 'no-action', revision: targets[1]!.revision, reason: 'Also an opinion.' })).body.misuse).toBeNull();
    const complaint = await api.post(`/v1/me/notices/${encodeURIComponent(n2)}/appeals`, notifier.token, { explanation: 'Remove it anyway.' });
    expect(complaint.status).toBe(201);
    problem(await api.post(`/v1/moderation/appeals/${encodeURIComponent(complaint.body.id)}/decision`, ben, { outcome: 'overturned', reason: 'x', reasonCode: 'other', manifestlyUnfounded: true }), 400, 'bad-request');
    const upheld = await api.post(`/v1/moderation/appeals/${encodeURIComponent(complaint.body.id)}/decision`, ben, { outcome: 'upheld', reason: 'An opinion is not illegal.', manifestlyUnfounded: true });
    expect(upheld.status).toBe(200);
    expect(upheld.body.appeal.manifestlyUnfounded).toBe(true);
    expect(upheld.body.misuse).toMatchObject({ track: 'notices', count: 2, step: 'suspend', until: expect.any(String) });
    const suspension = await eventually('the notifier suspension', async () => events.of('parley.user.sanctioned.v1', (d) => d.userId === notifier.id && d.kind === 'suspension')[0]);
    expect(suspension.data).toMatchObject({ scope: 'notices', until: upheld.body.misuse.until });

    // Notices and complaints are refused while it runs; posting is not restricted.
    const refused = await api.post(`/v1/comments/${targets[2]!.id}/reports`, notifier.token, { reason: 'illegal', notice: { explanation: 'Again.', email: 'notifier@example.org', goodFaith: true } });
    problem(refused, 403, 'notices-suspended');
    expect(refused.body.until).toBe(upheld.body.misuse.until);
    problem(await api.post(`/v1/me/notices/${encodeURIComponent(n1)}/appeals`, notifier.token, { explanation: 'Please' }), 403, 'notices-suspended');
    expect((await api.post(`/v1/articles/${article}/comments`, notifier.token, { body: 'I may still comment.' })).status).toBe(202);
    const mine = (await api.get('/v1/me/account-decisions', notifier.token)).body.items;
    expect(mine.find((a: { kind: string }) => a.kind === 'suspend').statement).toMatchObject({ legal_basis: 'Art. 23(2) DSA', scope: 'notices', decision: 'suspension' });

    // It ends by itself.
    await db.collection('moderation_misuse_standing').updateOne({ _id: `notices:user:${notifier.id}` as never }, { $set: { suspendedUntil: new Date(Date.now() - 1000) } });
    expect((await api.post(`/v1/comments/${targets[2]!.id}/reports`, notifier.token, { reason: 'spam' })).status).toBe(201);
  });
});
