import { Kafka, logLevel } from 'kafkajs';
import { startSystem } from './support/app-processes';
import { adminToken, apiClient, moderatorToken, observeTopics, postAndSettle, putArticle, System } from './support/moderation-harness';
import { eventually, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';

/**
 * The moderator workflow (issue #5) across the three apps on the real Kafka and database:
 * decisions and their events, the 409 on a stale revision, claims and their expiry, bulk
 * decisions, bans that reject existing comments, notices, appeals, audit and queues.
 */
describe('moderation workflow', () => {
  const namespace = uniqueNamespace('moderation');
  let system: System;
  let api: ReturnType<typeof apiClient>;
  let events: Awaited<ReturnType<typeof observeTopics>>;
  const ada = moderatorToken('mod-ada', 'Ada');
  const ben = moderatorToken('mod-ben', 'Ben');
  const admin = adminToken();
  const held = 'premod-article';
  const open = 'open-article';
  let n = 0;
  const author = () => {
    n += 1;
    return { id: `author-${n}`, token: tokenFor(`author-${n}`, ['commenter'], `Author ${n}`) };
  };

  beforeAll(async () => {
    system = await startSystem({
      withoutNotifications: true,
      namespace,
      extraEnv: { 'comments-api': { MODERATION_CLAIM_LEASE_SECONDS: '2', MODERATION_STREAM_POLL_MS: '200', RATE_LIMIT_ENABLED: 'false', MODERATION_BAN_BATCH_SIZE: '2', MODERATION_COUNTS_MAX_AGE_MS: '0' } },
    });
    api = apiClient(system.api.url);
    events = await observeTopics(system, `${namespace}-observer`, ['parley.moderation-decisions.v1', 'parley.comments.v1', 'parley.users.v1', 'parley.moderation-cases.v1']);
    await putArticle(api, held, { premoderation: true, section: 'politics', title: 'Held article' });
    await putArticle(api, open, { premoderation: false, section: 'sport' });
  }, 180_000);

  afterAll(async () => {
    await events?.stop();
    await system?.stop();
  });

  /** A comment the rules engine held (the article is premoderated). */
  async function flagged(body = 'A thoughtful remark about the article.') {
    const a = author();
    const c = await postAndSettle(api, held, a.token, body);
    expect(c.status).toBe('flagged');
    return { ...c, author: a };
  }

  /** A published comment (approved by the rules, or by a moderator when the rules held it). */
  async function published(a = author(), body = 'Nice piece, thanks for writing it.') {
    const c = await postAndSettle(api, open, a.token, body);
    if (c.status !== 'approved') {
      const r = await api.post(`/v1/moderation/comments/${c.id}/decisions`, admin, { action: 'approve', revision: c.revision });
      expect(r.status).toBe(200);
    }
    return { ...c, status: 'approved', author: a };
  }

  const decide = (id: string, body: Record<string, unknown>, token = ada) => api.post(`/v1/moderation/comments/${id}/decisions`, token, body);
  const status = async (id: string) => (await api.get(`/v1/moderation/comments/${id}`, ada)).body.comment.status as string;

  it('approves a held comment: one moderated event with the moderator as actor, then published; the decision consumer changes nothing', async () => {
    const c = await flagged();
    expect(c.reasons.length).toBeGreaterThan(0);
    const res = await decide(c.id, { action: 'approve', revision: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ commentId: c.id, previousStatus: 'flagged', status: 'approved', decidedBy: 'mod-ada', revision: 1 });
    const moderated = await eventually('the human decision event', async () => events.of('parley.comment.moderated.v1', (d) => d.commentId === c.id && d.automated === false)[0]);
    expect(moderated.topic).toBe('parley.moderation-decisions.v1');
    expect(moderated.key).toBe(c.id);
    expect(moderated.headers.ce_id).toBe(res.body.eventId);
    expect(moderated.data).toMatchObject({ decision: 'approved', actor: 'mod-ada', automated: false, revision: 1, authorId: c.authorId, ruleSetVersion: null });
    await eventually('the published event', async () => events.of('parley.comment.published.v1', (d) => d.commentId === c.id).length === 1);
    // The decision consumer reads its own event back (same decisionEventId): the comment stays as decided.
    const pub = await eventually('the comment to be public', async () => {
      const r = await api.get(`/v1/comments/${c.id}`);
      return r.status === 200 ? r.body : undefined;
    });
    expect(pub.status).toBe('approved');
    const audit = await api.get(`/v1/moderation/audit?commentId=${c.id}`, ada);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['automated.flagged', 'decision.approve']));
    const human = audit.body.items.find((e: { action: string }) => e.action === 'decision.approve');
    expect(human).toMatchObject({ actor: 'mod-ada', automated: false, before: { status: 'flagged' }, after: { status: 'approved' } });
  });

  it('rejects with a reason code and a statement of reasons (human decision, automated detection)', async () => {
    const c = await flagged('You are all fools.');
    const res = await decide(c.id, { action: 'reject', revision: 1, reason: 'abusive', note: 'insults readers' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('rejected');
    expect(res.body.statementOfReasons).toMatchObject({
      decision_visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'],
      automated_decision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
      automated_detection: 'Yes',
      decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
      // one PUID per decision: the comment's id and the decision's
      puid: `${c.id}-${res.body.eventId}`,
    });
    const ev = await eventually('the rejection event', async () => events.of('parley.comment.moderated.v1', (d) => d.commentId === c.id && !d.automated)[0]);
    expect(ev.data.decision).toBe('rejected');
    expect(ev.data.reasons).toEqual([expect.objectContaining({ ruleId: 'moderator:abusive', action: 'reject' })]);
    const mine = await api.get(`/v1/comments/${c.id}`, c.author.token);
    expect(mine.body.status).toBe('rejected');
    expect(mine.body.reasons[0].message).toMatch(/abusive/);
    // A reason code is required, and must be one of the taxonomy.
    const other = await flagged();
    expect((await decide(other.id, { action: 'reject', revision: 1 })).body.errors[0].field).toBe('reason');
    const bad = await decide(other.id, { action: 'reject', revision: 1, reason: 'rude' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(bad.body.errors[0].field).toBe('reason');
  });

  it('answers 409 when the comment was edited since the revision reviewed', async () => {
    const c = await flagged('First version.');
    const edit = await api.call('PATCH', `/v1/comments/${c.id}`, c.author.token, { body: 'Second version, edited.' });
    expect(edit.status).toBe(200);
    const res = await decide(c.id, { action: 'approve', revision: 1 });
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ type: 'https://parley.dev/problems/stale-revision', currentRevision: 2 });
    // Deciding the new revision works, whether or not the rules engine has seen it yet; its later
    // automated decision on revision 2 does not override the moderator's.
    const ok = await decide(c.id, { action: 'approve', revision: 2 });
    expect(ok.status).toBe(200);
    expect(ok.body.revision).toBe(2);
    expect(await status(c.id)).toBe('approved');
  });

  it('never lets an automated decision arriving later override a human decision on the same revision', async () => {
    const c = await flagged();
    expect((await decide(c.id, { action: 'reject', revision: 1, reason: 'spam' })).status).toBe(200);
    // A late automated approval for the same revision (e.g. a lagging worker), decided after the human.
    const kafka = new Kafka({ clientId: `${namespace}-forger`, brokers: system.envs['comments-api'].KAFKA_BROKERS!.split(','), logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    const topic = `${system.topicPrefix}parley.moderation-decisions.v1`;
    const data = { commentId: c.id, revision: 1, articleId: held, authorId: c.authorId, decision: 'approved', reasons: [], actor: 'system', automated: true, ruleSetVersion: 1, decidedAt: new Date(Date.now() + 60_000).toISOString() };
    const [meta] = await producer.send({
      topic,
      messages: [{ key: c.id, value: JSON.stringify(data), headers: { ce_specversion: '1.0', ce_id: `forged-${c.id}`, ce_source: '/test', ce_type: 'parley.comment.moderated.v1', ce_time: new Date().toISOString(), 'content-type': 'application/json' } }],
    });
    await producer.disconnect();
    // Wait until comments-api's decision consumer has committed past the forged event.
    const admin = kafka.admin();
    await admin.connect();
    await eventually('comments-api to consume the late event', async () => {
      const offsets = await admin.fetchOffsets({ groupId: `${system.topicPrefix}comments-api`, topics: [topic] });
      const p = offsets[0]!.partitions.find((x) => x.partition === meta!.partition);
      return p && BigInt(p.offset) > BigInt(meta!.baseOffset!);
    });
    await admin.disconnect();
    expect(await status(c.id)).toBe('rejected');
  });

  it('removes a published comment (appealable), restores it, features and unfeatures it', async () => {
    const c = await published();
    const feat = await decide(c.id, { action: 'feature', revision: 1 });
    expect(feat.status).toBe(200);
    expect(feat.body.featured).toBe(true);
    await eventually('the featured event', async () => events.of('parley.comment.featured.v1', (d) => d.commentId === c.id && d.featuredBy === 'mod-ada').length === 1);
    expect((await decide(c.id, { action: 'unfeature', revision: 1 })).body.featured).toBe(false);
    const rm = await decide(c.id, { action: 'remove', revision: 1, reason: 'misinformation' });
    expect(rm.body).toMatchObject({ previousStatus: 'approved', status: 'removed' });
    const removed = await eventually('the removed event', async () => events.of('parley.comment.removed.v1', (d) => d.commentId === c.id)[0]);
    expect(removed.data).toMatchObject({ removedBy: 'mod-ada', appealable: true, reasons: [{ category: 'misinformation' }] });
    expect(new Date(removed.data.appealDeadline).getTime() - Date.now()).toBeGreaterThan(170 * 24 * 3600 * 1000);
    expect((await api.get(`/v1/comments/${c.id}`)).status).toBe(404);
    expect((await decide(c.id, { action: 'feature', revision: 1 })).status).toBe(409);
    const back = await decide(c.id, { action: 'restore', revision: 1 });
    expect(back.body).toMatchObject({ previousStatus: 'removed', status: 'approved' });
    expect((await api.get(`/v1/comments/${c.id}`)).status).toBe(200);
    expect((await decide(c.id, { action: 'restore', revision: 1 })).body.type).toBe('https://parley.dev/problems/invalid-transition');
  });

  it('claims: a second moderator is refused until the lease expires, then the item is theirs to take', async () => {
    const c = await flagged();
    const mine = await api.post(`/v1/moderation/comments/${c.id}/claim`, ada);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ commentId: c.id, moderatorId: 'mod-ada' });
    const listed = await api.get(`/v1/moderation/queues/flagged?articleId=${held}&sort=newest&limit=100`, ben);
    expect(listed.body.items.find((i: { id: string }) => i.id === c.id).claim).toMatchObject({ moderatorId: 'mod-ada' });
    const theirs = await api.post(`/v1/moderation/comments/${c.id}/claim`, ben);
    expect(theirs.status).toBe(409);
    expect(theirs.body).toMatchObject({ type: 'https://parley.dev/problems/claimed', claim: { moderatorId: 'mod-ada' } });
    expect((await decide(c.id, { action: 'approve', revision: 1 }, ben)).status).toBe(409);
    // Renewing keeps it; after the 2 s lease the claim lapses and Ben can take it.
    expect((await api.post(`/v1/moderation/comments/${c.id}/claim`, ada)).status).toBe(200);
    const taken = await eventually('the claim to expire', async () => {
      const r = await api.post(`/v1/moderation/comments/${c.id}/claim`, ben);
      return r.status === 200 ? r.body : undefined;
    }, 10_000, 250);
    expect(taken.moderatorId).toBe('mod-ben');
    expect((await decide(c.id, { action: 'approve', revision: 1 }, ada)).status).toBe(409);
    expect((await decide(c.id, { action: 'approve', revision: 1 }, ben)).status).toBe(200);
    expect((await api.get(`/v1/moderation/claims/mine`, ben)).body.items.find((x: { commentId: string }) => x.commentId === c.id)).toBeUndefined();
  });

  it('bulk: the same decision on several comments, each succeeding or failing on its own', async () => {
    const cs = [await flagged(), await flagged(), await flagged()];
    const res = await api.post('/v1/moderation/decisions/bulk', ada, {
      action: 'reject',
      reason: 'off_topic',
      items: [...cs.map((c) => ({ id: c.id, revision: 1 })), { id: 'aaaaaaaaaaaaaaaaaaaaaaaa', revision: 1 }],
    });
    expect(res.status).toBe(200);
    expect(res.body.succeeded).toBe(3);
    expect(res.body.failed).toBe(1);
    expect(res.body.results[3]).toMatchObject({ ok: false, status: 404 });
    for (const c of cs) expect(await status(c.id)).toBe('rejected');
    const tooMany = await api.post('/v1/moderation/decisions/bulk', ada, { action: 'approve', items: Array.from({ length: 101 }, (_, i) => ({ id: i.toString(16).padStart(24, '0'), revision: 1 })) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors[0].field).toBe('items');
  });

  it('a ban rejects all the user\u2019s visible comments asynchronously, in batches', async () => {
    const troll = author();
    const cs = [await published(troll, 'one'), await published(troll, 'two'), await published(troll, 'three')];
    const heldOne = await postAndSettle(api, held, troll.token, 'four');
    const ban = await api.post(`/v1/moderation/users/${troll.id}/actions`, ada, { kind: 'ban', reason: 'Repeated abuse', rejectComments: true, reasonCode: 'abusive' });
    expect(ban.status).toBe(201);
    const sanction = await eventually('the sanction event', async () => events.of('parley.user.sanctioned.v1', (d) => d.userId === troll.id)[0]);
    expect(sanction.data).toMatchObject({ sanctionId: ban.body.id, kind: 'ban', issuedBy: 'mod-ada', until: null });
    expect(sanction.key).toBe(troll.id);
    await eventually('every comment of the banned user to be hidden', async () => {
      const st = await Promise.all([...cs, heldOne].map((c) => status(c.id)));
      return st.every((s) => s === 'removed' || s === 'rejected') ? st : undefined;
    });
    expect(await Promise.all(cs.map((c) => status(c.id)))).toEqual(['removed', 'removed', 'removed']);
    expect(await status(heldOne.id)).toBe('rejected');
    const post = await api.post(`/v1/articles/${open}/comments`, troll.token, { body: 'still here?' });
    expect(post.status).toBe(403);
    const history = await api.get(`/v1/moderation/users/${troll.id}`, ada);
    expect(history.body).toMatchObject({ banned: true, counts: { removed: 3, rejected: 1, approved: 0 } });
    expect(history.body.actions[0]).toMatchObject({ kind: 'ban', swept: 4 });
    const lifted = await api.del(`/v1/moderation/users/${troll.id}/actions/ban`, ada);
    expect(lifted.status).toBe(200);
    expect(lifted.body.banned).toBe(false);
    await eventually('the lifted event', async () => events.of('parley.user.sanctioned.v1', (d) => d.userId === troll.id && d.kind === 'lifted').length === 1);
  });

  it('suspends, warns, premoderates (new comments are held), notes and lifts', async () => {
    const u = author();
    const susp = await api.post(`/v1/moderation/users/${u.id}/actions`, ada, { kind: 'suspend', reason: 'Cool off', durationSeconds: 3600 });
    expect(susp.status).toBe(201);
    expect((await api.post(`/v1/articles/${open}/comments`, u.token, { body: 'hi' })).status).toBe(403);
    expect((await api.del(`/v1/moderation/users/${u.id}/actions/suspend`, ada)).status).toBe(200);
    const warn = await api.post(`/v1/moderation/users/${u.id}/actions`, ada, { kind: 'warn', reason: 'Please stay on topic' });
    expect(warn.status).toBe(201);
    await eventually('the warning event', async () => events.of('parley.user.sanctioned.v1', (d) => d.userId === u.id && d.kind === 'warning' && d.reason === 'Please stay on topic').length === 1);
    expect((await api.post(`/v1/moderation/users/${u.id}/actions`, ada, { kind: 'premoderate', reason: 'New account, borderline posts' })).status).toBe(201);
    const c = await postAndSettle(api, open, u.token, 'A perfectly fine comment.');
    expect(c.status).toBe('flagged');
    expect(c.reasons.map((r: { ruleId: string }) => r.ruleId)).toContain('moderator:premoderate');
    expect((await api.post(`/v1/moderation/users/${u.id}/notes`, ada, { text: 'Watch the sport threads' })).status).toBe(201);
    const h = await api.get(`/v1/moderation/users/${u.id}`, ben);
    expect(h.body).toMatchObject({ premoderated: true, banned: false, suspendedUntil: null });
    expect(h.body.notes[0]).toMatchObject({ authorId: 'mod-ada', text: 'Watch the sport threads' });
    expect(h.body.actions.map((a: { kind: string }) => a.kind)).toEqual(expect.arrayContaining(['suspend', 'warn', 'premoderate']));
    expect((await api.del(`/v1/moderation/users/${u.id}/actions/premoderate`, ada)).body.premoderated).toBe(false);
    const bad = await api.post(`/v1/moderation/users/${u.id}/actions`, ada, { kind: 'suspend', reason: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('durationSeconds');
  });

  it('appeals: the author appeals, the original moderator cannot decide, another overturns and the comment is restored', async () => {
    const c = await flagged('Appeal me.');
    expect((await decide(c.id, { action: 'reject', revision: 1, reason: 'spam' })).status).toBe(200);
    expect((await api.post(`/v1/comments/${c.id}/appeals`, tokenFor('someone-else'), { explanation: 'not mine' })).status).toBe(404);
    const appeal = await api.post(`/v1/comments/${c.id}/appeals`, c.author.token, { explanation: 'It is not spam, it is my opinion.' });
    expect(appeal.status).toBe(201);
    expect(appeal.body).toMatchObject({ commentId: c.id, status: 'open', originalDecidedBy: 'a moderator' }); // the author does not see who (SHOW_MODERATOR_NAMES=false)
    expect((await api.post(`/v1/comments/${c.id}/appeals`, c.author.token, { explanation: 'again' })).status).toBe(409);
    await eventually('the appeal in its queue', async () => events.of('parley.queue.item-added.v1', (d) => d.commentId === c.id && d.queue === 'appeals').length === 1);
    const q = await api.get('/v1/moderation/queues/appeals?sort=newest', ben);
    expect(q.body.items.find((i: { caseId: string }) => i.caseId === appeal.body.id)).toMatchObject({ id: c.id, status: 'rejected' });
    const same = await api.post(`/v1/moderation/appeals/${appeal.body.id}/decision`, ada, { outcome: 'overturned', reason: 'ok' });
    expect(same.status).toBe(403);
    expect(same.body.type).toBe('https://parley.dev/problems/same-moderator');
    const res = await api.post(`/v1/moderation/appeals/${appeal.body.id}/decision`, ben, { outcome: 'overturned', reason: 'On review, this is an opinion, not spam.' });
    expect(res.status).toBe(200);
    expect(res.body.restored).toMatchObject({ status: 'approved', previousStatus: 'rejected' });
    expect((await api.get(`/v1/comments/${c.id}`)).status).toBe(200);
    const decided = await eventually('the appeal decision event', async () => events.of('parley.appeal.decided.v2', (d) => d.commentId === c.id)[0]);
    expect(decided.data).toMatchObject({ appealId: appeal.body.id, subject: 'comment', appellantRole: 'author', appellantId: c.author.id, outcome: 'overturned', decidedBy: 'mod-ben', reason: 'On review, this is an opinion, not spam.' });
    const mine = await api.get('/v1/me/appeals', c.author.token);
    expect(mine.body.items[0]).toMatchObject({ outcome: 'overturned', reason: 'On review, this is an opinion, not spam.', decidedBy: 'a moderator', originalDecidedBy: 'a moderator' });
    // An upheld appeal leaves the comment as it was.
    const d = await flagged();
    await decide(d.id, { action: 'reject', revision: 1, reason: 'advertising' }, ben);
    const a2 = await api.post(`/v1/comments/${d.id}/appeals`, d.author.token, { explanation: 'please' });
    const up = await api.post(`/v1/moderation/appeals/${a2.body.id}/decision`, ada, { outcome: 'upheld', reason: 'It advertises a shop.' });
    expect(up.body.appeal.outcome).toBe('upheld');
    expect(await status(d.id)).toBe('rejected');
  });

  it('reports and illegal-content notices: queued, decided, and the notifier told the outcome', async () => {
    const c = await published();
    const reader = tokenFor('reader-1', ['commenter'], 'Reader');
    const rep = await api.post(`/v1/comments/${c.id}/reports`, reader, { reason: 'illegal', notice: { explanation: 'It reveals a private address.', email: 'reader@example.org', goodFaith: true } });
    expect(rep.status).toBe(201);
    expect(rep.body.acknowledgement).toMatchObject({ email: 'reader@example.org' });
    const item = await eventually('the notice in its queue', async () => {
      const r = await api.get('/v1/moderation/queues/notices?sort=newest', ada);
      return r.body.items.find((i: { id: string }) => i.id === c.id);
    });
    expect((await api.get('/v1/moderation/counts', ada)).body.notices).toBeGreaterThanOrEqual(1);
    const res = await api.post(`/v1/moderation/notices/${encodeURIComponent(item.caseId)}/decision`, ada, { outcome: 'action-taken', revision: 1, reasonCode: 'personal_information', reason: 'The comment disclosed a private address and was removed.' });
    expect(res.status).toBe(200);
    expect(res.body.decision).toMatchObject({ status: 'removed' });
    expect(res.body.decision.statementOfReasons).toMatchObject({ source_type: 'SOURCE_ARTICLE_16' });
    const told = await eventually('the notice decision event', async () => events.of('parley.notice.decided.v1', (d) => d.commentId === c.id)[0]);
    expect(told.data).toMatchObject({ reporterId: 'reader-1', reporterEmail: 'reader@example.org', kind: 'legal', outcome: 'action-taken' });

    // A plain report opens the reported queue; keeping the comment closes it.
    const d = await published();
    expect((await api.post(`/v1/comments/${d.id}/reports`, reader, { reason: 'spam' })).status).toBe(201);
    await eventually('the reported queue', async () => (await api.get('/v1/moderation/queues/reported?sort=newest', ada)).body.items.some((i: { id: string }) => i.id === d.id));
    expect((await decide(d.id, { action: 'approve', revision: 1 })).status).toBe(200);
    expect((await api.get('/v1/moderation/queues/reported?sort=newest', ada)).body.items.some((i: { id: string }) => i.id === d.id)).toBe(false);
  });

  it('queues: filters, cursor pagination, counts in one call, and new flagged items announced', async () => {
    const a = author();
    const cs: Array<{ id: string; reasons: Array<{ ruleId: string }> }> = [];
    for (const body of ['q one', 'q two', 'q three']) cs.push(await postAndSettle(api, held, a.token, body));
    const page1 = await api.get(`/v1/moderation/queues/flagged?authorId=${a.id}&limit=2`, ada);
    expect(page1.body.items.map((i: { id: string }) => i.id)).toEqual([cs[0]!.id, cs[1]!.id]);
    const page2 = await api.get(`/v1/moderation/queues/flagged?authorId=${a.id}&limit=2&cursor=${page1.body.nextCursor}`, ada);
    expect(page2.body.items.map((i: { id: string }) => i.id)).toEqual([cs[2]!.id]);
    expect(page2.body.nextCursor).toBeNull();
    const newest = await api.get(`/v1/moderation/queues/flagged?authorId=${a.id}&sort=newest&limit=1`, ada);
    expect(newest.body.items[0].id).toBe(cs[2]!.id);
    expect((await api.get(`/v1/moderation/queues/flagged?section=politics&authorId=${a.id}`, ada)).body.items).toHaveLength(3);
    expect((await api.get(`/v1/moderation/queues/flagged?section=sport&authorId=${a.id}`, ada)).body.items).toHaveLength(0);
    const ruleId = cs[0]!.reasons[0].ruleId;
    expect((await api.get(`/v1/moderation/queues/flagged?rule=${encodeURIComponent(ruleId)}&authorId=${a.id}`, ada)).body.items).toHaveLength(3);
    const future = new Date(Date.now() + 3600_000).toISOString();
    expect((await api.get(`/v1/moderation/queues/flagged?from=${future}&authorId=${a.id}`, ada)).body.items).toHaveLength(0);
    const counts = await api.get('/v1/moderation/counts', ada);
    expect(Object.keys(counts.body).sort()).toEqual(['all', 'approved', 'appeals', 'flagged', 'notices', 'pending', 'rejected', 'removed', 'reported'].sort());
    expect(counts.body.flagged).toBeGreaterThanOrEqual(3);
    const bad = await api.get('/v1/moderation/queues/everything', ada);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('queue');
    expect((await api.get('/v1/moderation/queues/flagged?limit=500', ada)).body.errors[0].field).toBe('limit');
    await eventually('queue items announced', async () => cs.every((c) => events.of('parley.queue.item-added.v1', (d) => d.commentId === c.id && d.queue === 'flagged').length === 1));
  });

  it('audit: per comment and per user, exportable as JSON lines by admins only', async () => {
    const c = await flagged();
    await decide(c.id, { action: 'reject', revision: 1, reason: 'harassment', note: 'audit me' });
    const perUser = await api.get(`/v1/moderation/audit?userId=${c.author.id}`, ada);
    expect(perUser.body.items.find((e: { action: string }) => e.action === 'decision.reject')).toMatchObject({ commentId: c.id, note: 'audit me', before: { status: 'flagged' }, after: { status: 'rejected', reason: 'harassment' } });
    const exp = await api.get(`/v1/moderation/audit/export?commentId=${c.id}`, admin);
    expect(exp.status).toBe(200);
    expect(exp.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    const lines = exp.text.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.action)).toEqual(expect.arrayContaining(['automated.flagged', 'decision.reject']));
    expect((await api.get(`/v1/moderation/audit/export`, ada)).status).toBe(403);
    const sor = await eventually('the statement of the rejection', async () => {
      const r = await api.get(`/v1/moderation/transparency/statements?commentId=${c.id}`, admin);
      return r.body.items?.find((i: { action: string }) => i.action === 'reject');
    });
    expect(sor.statement).toHaveProperty('automated_decision', 'AUTOMATED_DECISION_NOT_AUTOMATED');
  });
});
