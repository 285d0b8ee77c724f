import { startSystem } from './support/app-processes';
import { apiClient, moderatorToken, observeTopics, postAndSettle, putArticle, System } from './support/moderation-harness';
import { startSmtpServer } from './support/notifications-harness';
import { eventually, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';

const COMPLAINT_PAGE = 'https://news.example/notice-complaint?notice={noticeId}&token={token}';

/**
 * DSA Art. 20 for notifiers without an account, across the three apps on the real Kafka and
 * database with a real SMTP server: a notice sent without an account is decided "no action";
 * the decision e-mail carries a signed complaint link; the notifier complains with its token;
 * another moderator overturns the decision (the comment is removed with a legal ground); the
 * outcome with the Art. 21 information is e-mailed to the notifier's address.
 */
describe('DSA: complaints by notifiers without an account (signed complaint link)', () => {
  const namespace = uniqueNamespace('ntc-complaint');
  let system: System;
  let api: ReturnType<typeof apiClient>;
  let events: Awaited<ReturnType<typeof observeTopics>>;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  const ada = moderatorToken('mod-ada', 'Ada');
  const ben = moderatorToken('mod-ben', 'Ben');
  const article = 'ntc-complaint-article';
  const author = { id: 'ntc-author', token: tokenFor('ntc-author', ['commenter'], 'Author') };

  const mailTo = (addr: string, subject: string) =>
    eventually(`"${subject}" to ${addr}`, async () => smtp.messages.find((m) => m.envelope.to.includes(addr) && m.parsed.subject === subject), 60_000);
  const problem = (res: { status: number; headers: Headers; body: any }, status: number, type?: string) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    if (type) expect(res.body.type).toContain(type);
  };

  /** A published comment, an anonymous notice about it, decided "no action" by Ada; returns the link from the decision e-mail. */
  async function noticeDecidedNoAction(email: string, body: string) {
    const c = await postAndSettle(api, article, author.token, body);
    expect(c.status).toBe('approved');
    const sent = await api.post('/v1/notices', undefined, { name: 'Nora Notifier', email, explanation: 'It publishes a private home address.', locations: [c.id], illegalContentType: 'other', goodFaith: true });
    expect(sent.status).toBe(201);
    const noticeId = sent.body.id as string;
    const decided = await api.post(`/v1/moderation/notices/${noticeId}/decision`, ada, { outcome: 'no-action', reason: 'The address is a public office.' });
    expect(decided.status).toBe(200);
    expect(decided.body.notice).toMatchObject({ status: 'decided', outcome: 'no-action', reporterId: null });
    const mail = await mailTo(email, 'Decision on your legal notice');
    const prefix = `https://news.example/notice-complaint?notice=${noticeId}&token=`;
    const at = mail.parsed.text!.indexOf(prefix);
    expect(at).toBeGreaterThanOrEqual(0);
    const token = decodeURIComponent(/^[^\s&]+/.exec(mail.parsed.text!.slice(at + prefix.length))![0]);
    return { comment: c as { id: string; revision: number }, noticeId, token, mail };
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    system = await startSystem({
      namespace,
      extraEnv: {
        'comments-api': { RATE_LIMIT_ENABLED: 'false', NOTICE_COMPLAINT_URL: COMPLAINT_PAGE, DSA_DISPUTE_SETTLEMENT_BODIES: JSON.stringify([{ name: 'Appeals Centre Europe', url: 'https://www.appealscentre.eu' }]) },
        notifications: { SMTP_URL: smtp.url, MAIL_FROM: 'Parley News <notify@news.example>' },
      },
    });
    api = apiClient(system.api.url);
    events = await observeTopics(system, `${namespace}-observer`, ['parley.moderation-cases.v1']);
    await putArticle(api, article, { premoderation: false, section: 'news' });
  }, 180_000);

  afterAll(async () => {
    await events?.stop();
    await system?.stop();
    await smtp?.close();
  });

  it('a notice without an account, decided "no action", contested with the link from the e-mail and overturned by another moderator with a legal ground', async () => {
    const notifier = 'nora@readers.example';
    const { comment, noticeId, token } = await noticeDecidedNoAction(notifier, 'The mayor has lived in the old mill house for years, by the way.');
    const told = await eventually('the notice decision event', async () => events.of('parley.notice.decided.v1', (d) => d.noticeId === noticeId)[0]);
    expect(told.data.redress.internalComplaint).toMatchObject({ available: true, url: expect.stringContaining(`notice=${noticeId}&token=`) });

    const complain = (body: Record<string, unknown>, id = noticeId) => api.post(`/v1/notices/${encodeURIComponent(id)}/complaints`, undefined, body);
    // Bad input: problem+json naming the fields.
    const bad = await complain({ token: '', explanation: '' });
    problem(bad, 400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['token', 'explanation']));
    // A forged token (right shape, wrong MAC; another expiry with the real MAC) is refused.
    const [exp, mac] = token.split('.');
    problem(await complain({ token: `${exp}.${mac.slice(0, -2)}${mac.endsWith('AA') ? 'BB' : 'AA'}`, explanation: 'It is his home.' }), 403, 'invalid-complaint-token');
    problem(await complain({ token: `${Number(exp) + 1}.${mac}`, explanation: 'It is his home.' }), 403, 'invalid-complaint-token');
    problem(await complain({ token: 'not-a-token', explanation: 'It is his home.' }), 403, 'invalid-complaint-token');
    // The token of this notice does not open another notice.
    const other = await noticeDecidedNoAction('otto@readers.example', 'Otto runs the bakery next to the town hall.');
    problem(await complain({ token, explanation: 'It is his home.' }, other.noticeId), 403, 'invalid-complaint-token');
    problem(await complain({ token: other.token, explanation: 'It is his home.' }), 403, 'invalid-complaint-token');

    const complaint = await complain({ token, explanation: 'It is his home, not his office.' });
    expect(complaint.status).toBe(201);
    expect(complaint.body).toMatchObject({ subject: 'notice', appellantRole: 'notifier', noticeId, commentId: comment.id, originalStatus: 'no-action', status: 'open', originalDecidedBy: 'a moderator' });
    expect(complaint.body.appellantId).toBeUndefined();
    problem(await complain({ token, explanation: 'again' }), 409, 'already-appealed');

    // The same queue as signed-in complaints; decided by another moderator.
    const listed = await api.get('/v1/moderation/appeals?status=open&limit=100', ada);
    expect(listed.body.items.map((a: { id: string }) => a.id)).toContain(complaint.body.id);
    const decide = (token: string, body: Record<string, unknown>) => api.post(`/v1/moderation/appeals/${encodeURIComponent(complaint.body.id)}/decision`, token, body);
    problem(await decide(ada, { outcome: 'overturned', reason: 'ok', reasonCode: 'illegal_content' }), 403, 'same-moderator');
    const noGround = await decide(ben, { outcome: 'overturned', reason: 'A private home address.', reasonCode: 'illegal_content' });
    problem(noGround, 400);
    expect(noGround.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['legalGround.law']));
    const legalGround = { law: 'GDPR Art. 6; Criminal Code § 126a (publishing personal data)', explanation: 'It publishes a private person’s home address in a way that endangers them.', illegalContentType: 'other' };
    const decided = await decide(ben, { outcome: 'overturned', reason: 'On review, it is a private home address.', reasonCode: 'illegal_content', legalGround });
    expect(decided.status).toBe(200);
    expect(decided.body.appeal).toMatchObject({ status: 'decided', outcome: 'overturned', decidedBy: 'mod-ben' });
    expect(decided.body.reversal).toMatchObject({ commentId: comment.id, status: 'removed', decidedBy: 'mod-ben' });
    const removed = (await api.get(`/v1/moderation/comments/${comment.id}`, ada)).body.comment;
    expect(removed.status).toBe('removed');

    const outcome = await eventually('the complaint outcome event', async () => events.of('parley.appeal.decided.v2', (d) => d.appealId === complaint.body.id)[0]);
    expect(outcome.data).toMatchObject({ subject: 'notice', appellantRole: 'notifier', appellantEmail: notifier, noticeId, outcome: 'overturned' });
    // The outcome reaches the notifier's address, with the out-of-court and judicial redress (Art. 21).
    const mail = await mailTo(notifier, 'Your complaint was upheld: the decision is reversed');
    expect(mail.parsed.headers.get('x-parley-category')).toBe('legal');
    expect(mail.parsed.text).toContain('On review, it is a private home address.');
    expect(mail.parsed.text).toContain('Appeals Centre Europe');
  });
});
