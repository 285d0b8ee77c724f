import { EmailConfirmationTokens } from '../apps/notifications/src/email/email-confirmation-token';
import { UnsubscribeTokens } from '../apps/notifications/src/email/unsubscribe-token';
import { eventually, readJson, TEST_UNSUBSCRIBE_SECRET, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';
import { confirmationLink, confirmationMails, NotificationsHarness, startSmtpServer } from './support/notifications-harness';

const at = () => new Date().toISOString();
const decision = (commentId: string, authorId: string, decision: string) => ({
  commentId, revision: 1, articleId: 'art-confirm', authorId, decision, reasons: [{ ruleId: 'r1', category: 'spam', message: 'Advertising', action: 'reject' }], actor: 'system', automated: true, ruleSetVersion: 1, decidedAt: at(),
});

/**
 * A notification address receives one confirmation email and nothing else until its link is
 * followed: the real notifications app, Kafka, database and an SMTP server (smtp-server).
 */
describe('notifications: confirming the notification email address', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let h: NotificationsHarness;
  const sentinel = tokenFor('sentinel');
  const mailsTo = (addr: string) => smtp.messages.filter((m) => m.envelope.to.includes(addr));
  const put = (token: string, body: unknown) => h.api('/v1/me/notification-settings', { method: 'PUT', token, body: JSON.stringify(body) });
  const settingsOf = async (token: string) => (await h.api('/v1/me/notification-settings', { token })).json();
  /** Everything the app has queued for an address (the outbox, before SMTP). */
  const queuedTo = async (addr: string) => (await (await h.db()).collection('email_messages').find({ to: addr }).toArray()).map((m) => m.kind as string);

  /**
   * Publishes a rejection of `commentId` for its author, then the positive marker: a decision
   * with the same key (same partition, handled after it) for the sentinel user, whose email is
   * queued only once the first event has been handled completely.
   */
  const decideThenMark = async (commentId: string, authorId: string) => {
    await h.publish('parley.moderation-decisions.v1', 'parley.comment.moderated.v1', commentId, decision(commentId, authorId, 'rejected'));
    const marker = await h.publish('parley.moderation-decisions.v1', 'parley.comment.moderated.v1', commentId, decision(commentId, 'sentinel', 'approved'));
    const db = await h.db();
    await eventually(`the sentinel email after ${commentId}`, async () => db.collection('email_messages').findOne({ _id: `${marker}:sentinel` as never }));
  };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    h = new NotificationsHarness(uniqueNamespace('notif-confirm'), {
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Parley News <notify@news.example>',
      NOTIFY_PUBLIC_URL: 'https://comments.news.example',
      NOTIFY_EMAIL_CONFIRMATION_MAX_PER_WINDOW: '3',
    });
    await h.start();
    await h.setConfirmedEmail(sentinel, { email: 'sentinel@news.example' }, smtp.messages);
  }, 120_000);
  afterAll(async () => {
    await h?.stop();
    await smtp?.close();
  });

  it('sends one confirmation email and nothing else until its link is followed (GET shows a page, POST confirms), then notifications', async () => {
    const alice = tokenFor('alice');
    const addr = 'alice@reader.example';
    const res = await put(alice, { email: 'Alice@Reader.example', language: 'en' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ email: null, emailConfirmed: false, pendingEmail: addr });
    // The host site repeating the same settings (e.g. at every login) sends nothing more.
    expect((await put(alice, { email: addr, language: 'en' })).status).toBe(200);

    const [mail] = await eventually('the confirmation email', async () => (mailsTo(addr).length ? mailsTo(addr) : undefined));
    expect(mail!.envelope).toEqual({ from: 'notify@news.example', to: [addr] });
    expect(mail!.parsed.subject).toBe('Confirm your email address for notifications');
    expect(mail!.parsed.headers.get('x-parley-kind')).toBe('email.confirmation');
    expect(mail!.parsed.headers.get('list-unsubscribe')).toBeUndefined();
    expect(mail!.parsed.text).toMatch(/Confirm this address: https:\/\/comments\.news\.example\/v1\/email-confirmation\?token=[\w-]+\.[\w-]+/);
    const link = confirmationLink(mail!.parsed.text!);

    // A notification for alice while her address waits: in her feed, but not emailed.
    await decideThenMark('c-alice-1', 'alice');
    expect(await queuedTo(addr)).toEqual(['email.confirmation']);
    const feed = await (await h.api('/v1/me/notifications', { token: alice })).json();
    expect(feed.items.map((i: { data: { commentId?: string } }) => i.data.commentId)).toContain('c-alice-1');

    // Opening the link (as a mail scanner would) confirms nothing.
    const page = await fetch(`${h.url}${link}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<form method="post"');
    expect(html).toContain(addr);
    expect(await settingsOf(alice)).toMatchObject({ email: null, emailConfirmed: false, pendingEmail: addr });

    // An unsubscribe token of the same user, signed with the same secret, is not a confirmation token.
    const unsubscribe = new UnsubscribeTokens(TEST_UNSUBSCRIBE_SECRET).sign('alice', 'commentStatus');
    const refused = await fetch(`${h.url}/v1/email-confirmation?token=${unsubscribe}`, { method: 'POST' });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect((await readJson(refused)).type).toMatch(/invalid-confirmation-token$/);
    expect((await settingsOf(alice)).emailConfirmed).toBe(false);

    const confirmed = await h.followConfirmationLink(link);
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('Address confirmed');
    expect(await settingsOf(alice)).toMatchObject({ email: addr, emailConfirmed: true, pendingEmail: null });
    // The link works once.
    const again = await fetch(`${h.url}${link}`, { method: 'POST' });
    expect(again.status).toBe(410);
    expect((await readJson(again)).type).toMatch(/confirmation-link-used$/);

    await h.publish('parley.moderation-decisions.v1', 'parley.comment.moderated.v1', 'c-alice-2', decision('c-alice-2', 'alice', 'rejected'));
    const notified = await eventually('the notification after confirming', async () => mailsTo(addr).find((m) => m.parsed.subject === 'Your comment was not published'));
    expect(notified.parsed.text).toContain('– Advertising');
    // The notification held back before confirming was never sent.
    expect((await queuedTo(addr)).sort()).toEqual(['comment.rejected', 'email.confirmation']);
    expect(mailsTo(addr)).toHaveLength(2);
  });

  it('answers expired, altered, replaced and missing tokens with a 4xx problem', async () => {
    const tokens = new EmailConfirmationTokens(TEST_UNSUBSCRIBE_SECRET);
    const expectProblem = async (res: Response, status: number, type: RegExp) => {
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect((await readJson(res)).type).toMatch(type);
    };
    const expired = tokens.issue('carol', new Date(Date.now() - 1000)).token;
    for (const method of ['GET', 'POST']) await expectProblem(await fetch(`${h.url}/v1/email-confirmation?token=${expired}`, { method }), 410, /confirmation-link-expired$/);
    await expectProblem(await fetch(`${h.url}/v1/email-confirmation?token=${expired.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))}`, { method: 'POST' }), 400, /invalid-confirmation-token$/);
    const missing = await fetch(`${h.url}/v1/email-confirmation`, { method: 'POST' });
    expect(missing.status).toBe(400);
    expect((await readJson(missing)).errors.map((e: { field: string }) => e.field)).toContain('token');

    // A newer link replaces the older one: one email per address, only the newest link works.
    const carol = tokenFor('carol');
    expect((await put(carol, { email: 'carol-1@reader.example' })).status).toBe(200);
    expect((await put(carol, { email: 'carol-2@reader.example' })).status).toBe(200);
    const [first] = await eventually('first confirmation', async () => ((await confirmationMails(smtp.messages, 'carol-1@reader.example')).length ? confirmationMails(smtp.messages, 'carol-1@reader.example') : undefined));
    const [second] = await eventually('second confirmation', async () => ((await confirmationMails(smtp.messages, 'carol-2@reader.example')).length ? confirmationMails(smtp.messages, 'carol-2@reader.example') : undefined));
    await expectProblem(await fetch(`${h.url}${confirmationLink(first!)}`, { method: 'POST' }), 410, /confirmation-link-used$/);
    // A correctly signed token that was never issued to carol is refused too.
    await expectProblem(await fetch(`${h.url}/v1/email-confirmation?token=${tokens.issue('carol', new Date(Date.now() + 60_000)).token}`, { method: 'POST' }), 410, /confirmation-link-used$/);
    expect((await h.followConfirmationLink(confirmationLink(second!))).status).toBe(200);
    expect(await settingsOf(carol)).toMatchObject({ email: 'carol-2@reader.example', emailConfirmed: true, pendingEmail: null });
  });

  it('keeps mailing the confirmed address while a new one waits, and switches once the new one is confirmed', async () => {
    const bob = tokenFor('bob');
    const [oldAddr, newAddr] = ['bob-old@reader.example', 'bob-new@reader.example'];
    await h.setConfirmedEmail(bob, { email: oldAddr }, smtp.messages);
    const changed = await put(bob, { email: newAddr });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ email: oldAddr, emailConfirmed: true, pendingEmail: newAddr });
    const [text] = await eventually('the new address’s confirmation', async () => ((await confirmationMails(smtp.messages, newAddr)).length ? confirmationMails(smtp.messages, newAddr) : undefined));

    await decideThenMark('c-bob-1', 'bob');
    expect(await queuedTo(newAddr)).toEqual(['email.confirmation']);
    await eventually('the old address’s notification', async () => mailsTo(oldAddr).find((m) => m.parsed.text?.includes('Advertising')));

    expect((await h.followConfirmationLink(confirmationLink(text!))).status).toBe(200);
    expect(await settingsOf(bob)).toMatchObject({ email: newAddr, emailConfirmed: true, pendingEmail: null });
    const oldCount = (await queuedTo(oldAddr)).length;
    await decideThenMark('c-bob-2', 'bob');
    await eventually('the new address’s notification', async () => mailsTo(newAddr).find((m) => m.parsed.subject === 'Your comment was not published'));
    expect(await queuedTo(oldAddr)).toHaveLength(oldCount);

    // Back to a confirmed address while another waits: the pending one is dropped and nothing is sent.
    expect((await put(bob, { email: 'bob-third@reader.example' })).status).toBe(200);
    expect(await (await put(bob, { email: newAddr })).json()).toMatchObject({ email: newAddr, emailConfirmed: true, pendingEmail: null });
    // Removing the address removes both.
    expect(await (await put(bob, { email: null })).json()).toMatchObject({ email: null, emailConfirmed: false, pendingEmail: null });
  });

  it('sends one confirmation email when the same address is set by several requests at once', async () => {
    const erin = tokenFor('erin');
    const answers = await Promise.all(Array.from({ length: 6 }, () => put(erin, { email: 'erin@reader.example' })));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    // Each request has returned, so every email it queued is in the outbox.
    const db = await h.db();
    expect(await db.collection('email_messages').countDocuments({ to: 'erin@reader.example' })).toBe(1);
    const [text] = await eventually('erin’s confirmation', async () => ((await confirmationMails(smtp.messages, 'erin@reader.example')).length ? confirmationMails(smtp.messages, 'erin@reader.example') : undefined));
    expect((await h.followConfirmationLink(confirmationLink(text!))).status).toBe(200);
  });

  it('limits the confirmation emails one user can cause (429 with Retry-After), changing nothing beyond it', async () => {
    const dave = tokenFor('dave');
    for (const n of [1, 2, 3]) expect((await put(dave, { email: `dave-${n}@reader.example` })).status).toBe(200);
    const limited = await put(dave, { email: 'dave-4@reader.example', language: 'de' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await readJson(limited)).errors).toEqual([{ field: 'email', message: 'too many confirmation emails' }]);
    expect(await settingsOf(dave)).toMatchObject({ pendingEmail: 'dave-3@reader.example', language: null });
    const db = await h.db();
    expect(await db.collection('email_messages').countDocuments({ userId: 'dave', kind: 'email.confirmation' })).toBe(3);
  });
});
