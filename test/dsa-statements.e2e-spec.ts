import { startSystem } from './support/app-processes';
import { apiClient, moderatorToken, observeTopics, postAndSettle, putArticle, System } from './support/moderation-harness';
import { confirmationLink, confirmationMails, startSmtpServer } from './support/notifications-harness';
import { eventually, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';

const GUIDELINES = 'https://news.example/community-guidelines';
const COMPLAINTS = 'https://news.example/complaints?comment={commentId}';
const AUTOMATION = 'https://news.example/how-we-moderate';

/**
 * DSA Arts 14, 16 and 17 across the three apps on the real Kafka and database, with a real SMTP
 * server: statements of reasons to the people affected on the mandatory legal channel (removals,
 * bans, the comments a ban sweeps, premoderation), legal grounds of illegal-content decisions,
 * and notices from anyone with their receipt and decision e-mails.
 */
describe('DSA: statements of reasons and notices of illegal content', () => {
  const namespace = uniqueNamespace('dsa');
  let system: System;
  let api: ReturnType<typeof apiClient>;
  let notifications: ReturnType<typeof apiClient>;
  let events: Awaited<ReturnType<typeof observeTopics>>;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  const ada = moderatorToken('mod-ada', 'Ada');
  const open = 'dsa-open';
  const held = 'dsa-held';
  let n = 0;
  const person = (prefix = 'author') => {
    n += 1;
    const id = `${prefix}-${n}`;
    return { id, token: tokenFor(id, ['commenter'], `${prefix} ${n}`), email: `${id}@readers.example` };
  };
  const mailsTo = (addr: string) => smtp.messages.filter((m) => m.envelope.to.includes(addr) && m.parsed.headers.get('x-parley-kind') !== 'email.confirmation');
  const mailTo = (addr: string, subject: string) => eventually(`"${subject}" to ${addr}`, async () => mailsTo(addr).find((m) => m.parsed.subject === subject), 60_000);
  const feed = async (token: string) => (await notifications.get('/v1/me/notifications?limit=50', token)).body.items as Array<{ kind: string; title: string; body: string; data: any }>;

  /** Registers and confirms the person's notification address (the confirmation link, as a reader would). */
  async function confirmEmail(p: { token: string; email: string }, preferences?: Record<string, string>) {
    const put = await notifications.put('/v1/me/notification-settings', p.token, { email: p.email, language: 'en', ...(preferences ? { preferences } : {}) });
    expect(put.status).toBe(200);
    const mails = await eventually(`confirmation to ${p.email}`, async () => ((await confirmationMails(smtp.messages, p.email)).length ? confirmationMails(smtp.messages, p.email) : undefined));
    const link = confirmationLink(mails[mails.length - 1]!);
    const page = await fetch(`${system.notifications.url}${link}`);
    const action = /<form method="post" action="([^"]+)"/.exec(await page.text())![1]!;
    const done = await fetch(new URL(action.replace(/&amp;/g, '&'), `${system.notifications.url}${link}`), { method: 'POST' });
    expect(done.status).toBe(200);
  }

  async function published(a: { token: string }, body: string) {
    const c = await postAndSettle(api, open, a.token, body);
    expect(c.status).toBe('approved');
    return c as { id: string; revision: number; authorId: string };
  }

  const expectProblem = (res: { status: number; headers: Headers; body: any }, status: number, fields: string[] = []) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    if (fields.length) expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(fields));
  };

  const expectEveryArt17Element = (text: string) => {
    for (const label of ['Statement of reasons', 'What was restricted:', 'Facts and circumstances:', 'How it came to our attention:', 'Use of automated means:', 'Internal complaint:', 'Out-of-court dispute settlement:', 'Courts:', `Community guidelines: ${GUIDELINES}`]) {
      expect(text).toContain(label);
    }
    expect(text).toContain('Appeals Centre Europe');
  };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    const dsa = {
      DSA_GUIDELINES_URL: GUIDELINES,
      DSA_COMPLAINT_URL: COMPLAINTS,
      DSA_AUTOMATED_MODERATION_URL: AUTOMATION,
      DSA_DISPUTE_SETTLEMENT_BODIES: JSON.stringify([{ name: 'Appeals Centre Europe', url: 'https://www.appealscentre.eu' }]),
    };
    system = await startSystem({
      namespace,
      extraEnv: {
        'comments-api': { ...dsa, RATE_LIMIT_ENABLED: 'false', MODERATION_BAN_BATCH_SIZE: '2', NOTICES_MAX_PER_HOUR_PER_EMAIL: '3' },
        'moderation-worker': dsa,
        notifications: { SMTP_URL: smtp.url, MAIL_FROM: 'Parley News <notify@news.example>', NOTIFY_PUBLIC_URL: 'https://comments.news.example' },
      },
    });
    api = apiClient(system.api.url);
    notifications = apiClient(system.notifications.url);
    events = await observeTopics(system, `${namespace}-observer`, ['parley.moderation-decisions.v1', 'parley.comments.v1', 'parley.users.v1', 'parley.moderation-cases.v1']);
    await putArticle(api, open, { premoderation: false, section: 'news' });
    await putArticle(api, held, { premoderation: true, section: 'news' });
  }, 180_000);

  afterAll(async () => {
    await events?.stop();
    await system?.stop();
    await smtp?.close();
  });

  it('publishes the Art. 14 information the widget links to', async () => {
    const info = await api.get('/v1/dsa/information');
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({ guidelinesUrl: GUIDELINES, automatedModerationUrl: AUTOMATION, complaintUrl: COMPLAINTS, outOfCourt: { bodies: [{ name: 'Appeals Centre Europe', url: 'https://www.appealscentre.eu' }] } });
    expect(info.body.automatedModeration).toMatch(/automated rules/);
    expect(info.body.illegalContentTypes).toEqual(expect.arrayContaining([{ id: 'defamation', label: 'Defamation' }]));
  });

  it('routing: a moderator removal for illegal content reaches the author on the mandatory legal channel even with comment e-mails off, with its legal ground', async () => {
    const a = person();
    await confirmEmail(a, { commentStatus: 'off' });
    const c = await published(a, 'The mayor took bribes from the builder, everyone knows it.');
    const decide = (body: Record<string, unknown>) => api.post(`/v1/moderation/comments/${c.id}/decisions`, ada, { action: 'remove', revision: c.revision, reason: 'illegal_content', ...body });

    // An illegal-content decision needs its legal ground: problem+json naming each part.
    expectProblem(await decide({}), 400, ['legalGround.law', 'legalGround.explanation', 'legalGround.illegalContentType']);
    expectProblem(await decide({ legalGround: { law: 'Criminal Code § 186', explanation: 'x', illegalContentType: 'gossip' } }), 400, ['legalGround.illegalContentType']);

    const law = 'Criminal Code § 186 (defamation)';
    const res = await decide({ legalGround: { law, explanation: 'It asserts as fact that a named person committed a crime, without any basis.', illegalContentType: 'defamation' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'removed', statementOfReasons: { decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT', illegal_content_legal_ground: law, category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH' } });
    expect(res.body.authorStatement).toMatchObject({ restriction: 'comment-removed', commentId: c.id, source: 'own-initiative', automatedDecision: 'not', ground: { kind: 'illegal', law, illegalContentType: 'defamation' } });

    const removed = await eventually('the removed event', async () => events.of('parley.comment.removed.v1', (d) => d.commentId === c.id)[0]);
    expect(removed.data.statement).toEqual(res.body.authorStatement);
    const mail = await mailTo(a.email, 'Your comment was removed');
    expect(mail.parsed.headers.get('x-parley-category')).toBe('legal');
    expect(mail.parsed.headers.get('list-unsubscribe')).toBeUndefined();
    const text = mail.parsed.text!;
    expectEveryArt17Element(text);
    expect(text).toContain(`Legal ground: Law: ${law}.`);
    expect(text).toContain('Defamation. It asserts as fact');
    expect(text).toContain('had been published, was removed');
    expect(text).toContain(`https://news.example/complaints?comment=${c.id}`);
    // Removed after publication: never told "not published" (one message, not two).
    const items = await eventually('the in-app statement', async () => {
      const f = await feed(a.token);
      return f.some((i) => i.kind === 'comment.removed') ? f : undefined;
    });
    // Published first (approved), then removed: never a "not published" rejection.
    expect(items.filter((i) => i.data.commentId === c.id).map((i) => i.kind).sort()).toEqual(['comment.approved', 'comment.removed']);
    expect(items.find((i) => i.kind === 'comment.removed')!.data.statement).toMatchObject({ restriction: 'comment-removed', ground: { kind: 'illegal', law } });
    expect(smtp.messages.filter((m) => m.envelope.to.includes(a.email)).map((m) => m.parsed.subject)).not.toContain('Your comment was not published');

    // The author sees the statement with the comment; the public does not.
    const mine = await api.get(`/v1/me/comments?articleId=${open}`, a.token);
    expect(mine.body.items.find((i: { id: string }) => i.id === c.id)).toMatchObject({ status: 'removed', statement: { restriction: 'comment-removed', ground: { kind: 'illegal', law } } });
    const other = await api.get(`/v1/comments/${c.id}`);
    expect(other.body?.statement).toBeUndefined();
  });

  it('a notice from someone without an account naming two comments: receipt, queue history and notes, a decision with its legal ground, and the redress in the decision e-mail', async () => {
    const [a1, a2] = [person(), person()];
    await confirmEmail(a1);
    const c1 = await published(a1, 'Dr. Example falsified the study, I saw him do it.');
    const c2 = await published(a2, 'Agreed, Dr. Example made the numbers up and knew it.');
    const notifier = 'dana@lawfirm.example';
    const good = { name: 'Dana Jurist', email: notifier, explanation: 'Both comments accuse Dr. Example of a crime without basis (defamation).', locations: [c1.id, `https://news.example/articles/${open}#comment-${c2.id}`], illegalContentType: 'defamation', goodFaith: true };

    expectProblem(await api.post('/v1/notices', undefined, { ...good, goodFaith: false, name: '', email: 'nope', illegalContentType: 'rumour' }), 400, ['goodFaith', 'name', 'email', 'illegalContentType']);
    expectProblem(await api.post('/v1/notices', undefined, { ...good, locations: ['not a location'] }), 400, ['locations[0]']);
    expectProblem(await api.post('/v1/notices', undefined, { ...good, locations: ['0123456789abcdef01234567'] }), 404, ['locations[0]']);

    const sent = await api.post('/v1/notices', undefined, good);
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ status: 'open', commentIds: [c1.id, c2.id] });
    const noticeId = sent.body.id as string;
    const received = await eventually('the receipt event', async () => events.of('parley.notice.received.v1', (d) => d.noticeId === noticeId)[0]);
    expect(received.data).toMatchObject({ commentIds: [c1.id, c2.id], reporterId: null, reporterEmail: notifier, reporterName: 'Dana Jurist', illegalContentType: 'defamation' });
    const receipt = await mailTo(notifier, 'We received your notice of illegal content');
    expect(receipt.parsed.text).toContain(noticeId);
    expect(receipt.parsed.text).toContain(`${c1.id}, ${c2.id}`);

    // The moderators' view: both comments, history, notes, age in the queue.
    const view = await api.get(`/v1/moderation/notices/${noticeId}`, ada);
    expect(view.body).toMatchObject({ id: noticeId, channel: 'form', commentIds: [c1.id, c2.id], reporterName: 'Dana Jurist', illegalContentType: 'defamation', status: 'open', history: [{ event: 'received', status: 'open' }] });
    expect(view.body.ageSeconds).toBeGreaterThanOrEqual(0);
    const noted = await api.post(`/v1/moderation/notices/${noticeId}/notes`, ada, { text: 'Checked with the legal desk.' });
    expect(noted.status).toBe(201);
    expect(noted.body.notes).toEqual([expect.objectContaining({ by: 'mod-ada', text: 'Checked with the legal desk.' })]);

    const decide = (body: Record<string, unknown>) => api.post(`/v1/moderation/notices/${noticeId}/decision`, ada, { outcome: 'action-taken', reason: 'Both comments were removed as defamatory.', ...body });
    expectProblem(await decide({ comments: [{ id: c1.id, revision: c1.revision }, { id: c2.id, revision: c2.revision }] }), 400, ['legalGround.law']);
    const legalGround = { law: 'Criminal Code § 186 (defamation)', explanation: 'Assertions of a crime by a named person, made without any basis.', illegalContentType: 'defamation' };
    expectProblem(await decide({ legalGround, comments: [{ id: c1.id, revision: c1.revision }] }), 400, ['comments']);
    const res = await decide({ legalGround, comments: [{ id: c1.id, revision: c1.revision }, { id: c2.id, revision: c2.revision }] });
    expect(res.status).toBe(200);
    expect(res.body.decisions.map((d: { commentId: string; status: string }) => [d.commentId, d.status])).toEqual([[c1.id, 'removed'], [c2.id, 'removed']]);
    for (const d of res.body.decisions) {
      expect(d.statementOfReasons).toMatchObject({ source_type: 'SOURCE_ARTICLE_16', decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT', illegal_content_legal_ground: legalGround.law });
      expect(d.authorStatement).toMatchObject({ source: 'notice', ground: { kind: 'illegal', law: legalGround.law } });
    }
    expect(res.body.notice).toMatchObject({ status: 'decided', outcome: 'action-taken', legalGround });
    expect(res.body.notice.history.map((h: { event: string }) => h.event)).toEqual(['received', 'note', 'decided']);

    const told = await eventually('the notice decision event', async () => events.of('parley.notice.decided.v1', (d) => d.noticeId === noticeId)[0]);
    expect(told.data).toMatchObject({ reporterEmail: notifier, kind: 'legal', outcome: 'action-taken', commentIds: [c1.id, c2.id], legalGround });
    expect(told.data.redress.internalComplaint.available).toBe(true);
    const decision = await mailTo(notifier, 'Decision on your legal notice');
    expect(decision.parsed.headers.get('x-parley-category')).toBe('legal');
    const text = decision.parsed.text!;
    expect(text).toContain(`Legal ground: Law: ${legalGround.law}.`);
    for (const label of ['Your options for redress:', 'Internal complaint:', 'Out-of-court dispute settlement:', 'Appeals Centre Europe', 'Courts:']) expect(text).toContain(label);
    // The author who registered an address is told, on the legal channel, that a notice led to it.
    const authorMail = await mailTo(a1.email, 'Your comment was removed');
    expect(authorMail.parsed.text).toContain('after a notice of illegal content');
  });

  it('a reader’s earlier spam report does not block their legal notice; notices are rate-limited per e-mail', async () => {
    const a = person();
    const c = await published(a, 'I know a shop that sells accounts, ask me.');
    const reader = person('reader');
    expect((await api.post(`/v1/comments/${c.id}/reports`, reader.token, { reason: 'spam' })).status).toBe(201);
    const notice = { name: 'Rita Reader', email: reader.email, explanation: 'It is a scam selling fake accounts.', locations: [c.id], illegalContentType: 'scams-and-fraud', goodFaith: true };
    const first = await api.post('/v1/notices', reader.token, notice);
    expect(first.status).toBe(201);
    expect((await api.get(`/v1/moderation/notices/${first.body.id}`, ada)).body).toMatchObject({ reporterId: reader.id, commentIds: [c.id] });
    expect((await api.post('/v1/notices', reader.token, notice)).status).toBe(201);
    expect((await api.post('/v1/notices', undefined, notice)).status).toBe(201);
    const limited = await api.post('/v1/notices', undefined, notice);
    expectProblem(limited, 429);
    expect(limited.headers.get('retry-after')).toBe('3600');
    expect(limited.body.detail).toMatch(/per e-mail/);
  });

  it('a ban: its statement reaches the author on the legal channel; each swept comment gets its own statement and reasons; the banned reader can still send a notice', async () => {
    const troll = person('troll');
    await confirmEmail(troll);
    const p1 = await published(troll, 'first harmless remark');
    const p2 = await published(troll, 'second harmless remark');
    const heldOne = await postAndSettle(api, held, troll.token, 'third remark, on a premoderated article');
    expect(heldOne.status).toBe('flagged');
    const ownFinding = heldOne.reasons[0] as { ruleId: string; category: string };

    const ban = await api.post(`/v1/moderation/users/${troll.id}/actions`, ada, { kind: 'ban', reason: 'Repeated advertising for a casino', reasonCode: 'spam', rejectComments: true });
    expect(ban.status).toBe(201);
    expect(ban.body.statement).toMatchObject({ restriction: 'account-banned', commentId: null, until: null, ground: { kind: 'contractual', clause: 'Community guidelines: no spam or advertising', url: `${GUIDELINES}#spam` } });
    const sanction = await eventually('the sanction event', async () => events.of('parley.user.sanctioned.v1', (d) => d.userId === troll.id && d.kind === 'ban')[0]);
    expect(sanction.data.statement).toEqual(ban.body.statement);
    const mail = await mailTo(troll.email, 'Your account has been banned');
    expect(mail.parsed.headers.get('x-parley-category')).toBe('legal');
    expectEveryArt17Element(mail.parsed.text!);
    expect(mail.parsed.text).toContain('The ban has no end date');
    expect(mail.parsed.text).toContain(`Clause: Community guidelines: no spam or advertising (${GUIDELINES}#spam)`);

    // The sweep: every visible comment restricted, each with its own statement.
    const swept = await eventually('a statement for each swept comment', async () => {
      const st = [p1, p2, heldOne].map((c) => events.of('parley.comment.moderated.v1', (d) => d.commentId === c.id && d.automated === false && d.statement)[0]);
      return st.every(Boolean) ? st.map((e) => e!.data) : undefined;
    });
    expect(swept.map((d) => d.statement.restriction)).toEqual(['comment-removed', 'comment-removed', 'comment-rejected']);
    expect(new Set(swept.map((d) => d.statement.id)).size).toBe(3);
    expect(swept.map((d) => d.statement.commentId)).toEqual([p1.id, p2.id, heldOne.id]);
    for (const d of swept) {
      expect(d.reasons.map((r: { category: string }) => r.category)).not.toContain('harassment'); // no blanket "abusive"
      expect(d.reasons.at(-1)).toMatchObject({ ruleId: 'moderator:ban', category: 'spam', message: expect.stringContaining('Repeated advertising for a casino') });
      expect(d.statement.facts).toContain('removed together with the ban');
    }
    // The held comment keeps its own finding, first, and its statement says it was detected automatically.
    expect(swept[2].reasons[0]).toMatchObject({ ruleId: ownFinding.ruleId, category: ownFinding.category });
    expect(swept[2].statement.automatedDetection).toBe(true);
    expect(swept[0].statement.automatedDetection).toBe(false);
    const removals = await eventually('the swept removals e-mailed', async () => {
      const m = mailsTo(troll.email).filter((x) => x.parsed.subject === 'Your comment was removed');
      return m.length === 2 ? m : undefined;
    });
    expect(removals.every((m) => m.parsed.headers.get('x-parley-category') === 'legal')).toBe(true);

    // Banned, yet able to send a notice (Art. 16: anyone).
    const other = await published(person(), 'An ordinary comment.');
    const notice = await api.post('/v1/notices', troll.token, { name: 'T. Roll', email: troll.email, explanation: 'I believe this breaks the law.', locations: [other.id], illegalContentType: 'other', goodFaith: true });
    expect(notice.status).toBe(201);
  });

  it('premoderation and suspension of an account come with their statements', async () => {
    const a = person();
    const pre = await api.post(`/v1/moderation/users/${a.id}/actions`, ada, { kind: 'premoderate', reason: 'Several comments held for insults this week', reasonCode: 'offensive' });
    expect(pre.status).toBe(201);
    const ev = await eventually('the premoderation event', async () => events.of('parley.user.sanctioned.v1', (d) => d.userId === a.id && d.kind === 'premoderation')[0]);
    expect(ev.data.statement).toMatchObject({ restriction: 'account-premoderated', scope: expect.stringContaining('reviewed by a moderator before it is published') });
    const item = await eventually('the in-app statement', async () => (await feed(a.token)).find((i) => i.kind === 'user.sanctioned'));
    expect(item.title).toBe('Your comments will be reviewed before publication');
    expect(item.body).toContain('Statement of reasons');

    const until = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const sus = await api.post(`/v1/moderation/users/${a.id}/actions`, ada, { kind: 'suspend', reason: 'Insults after a warning', until });
    expect(sus.status).toBe(201);
    expect(sus.body.statement).toMatchObject({ restriction: 'account-suspended', until: new Date(until).toISOString(), ground: { kind: 'contractual' } });
  });
});
