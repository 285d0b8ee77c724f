import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { eventually, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';
import { CapturedMail, emlFiles, NotificationsHarness, startSmtpServer } from './support/notifications-harness';

const at = () => new Date().toISOString();
const decision = (commentId: string, authorId: string, decision: string, reasons: unknown[] = []) => ({
  commentId, revision: 1, articleId: 'art-m', authorId, decision, reasons, actor: 'system', automated: true, ruleSetVersion: 1, decidedAt: at(),
});
/** A header as sent (mailparser turns List-* headers into objects). */
const rawHeader = (m: CapturedMail, name: string): string | undefined => {
  const line = m.parsed.headerLines.find((l) => l.key === name)?.line;
  return line === undefined ? undefined : line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
};

/**
 * Email over a real SMTP server (smtp-server, started here): templates, languages, preferences, unsubscribe, digests.
 * Each test registers the users and addresses it mails, so any one of them runs alone.
 */
describe('notifications: email', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let h: NotificationsHarness;
  const alice = tokenFor('alice', ['commenter'], 'Alice');
  const bob = tokenFor('bob', ['commenter'], 'Bob');
  const carol = tokenFor('carol', ['commenter'], 'Carol');
  // Notifications only: each address first gets its confirmation email (see notifications-email-confirmation).
  const mailsTo = (addr: string) => smtp.messages.filter((m) => m.envelope.to.includes(addr) && m.parsed.headers.get('x-parley-kind') !== 'email.confirmation');
  /** Every queued email was handed to the SMTP server (none pending; the server recorded each one it accepted). */
  const emailsDrained = async () => {
    const db = await h.db();
    await eventually('the email queue to drain', async () => (await db.collection('email_messages').countDocuments({ status: 'pending' })) === 0);
    const sent = await db.collection('email_messages').countDocuments({ status: 'sent' });
    await eventually(`the SMTP server to record ${sent} messages`, async () => smtp.messages.length >= sent);
  };
  const register = (token: string, body: { email: string } & Record<string, unknown>) => h.setConfirmedEmail(token, body, smtp.messages);

  beforeAll(async () => {
    smtp = await startSmtpServer();
    h = new NotificationsHarness(uniqueNamespace('notif-mail'), {
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Parley News <notify@news.example>',
      NOTIFY_PUBLIC_URL: 'http://127.0.0.1:1', // replaced below by the replica's own URL for the unsubscribe test
      NOTIFY_APPEAL_URL: 'https://news.example/appeal?comment={commentId}',
      NOTIFY_DIGEST_HOURLY_SECONDS: '10',
      NOTIFY_DIGEST_TICK_MS: '300',
    });
    await h.start(2);
  }, 120_000);
  afterAll(async () => {
    await h?.stop();
    await smtp?.close();
  });

  it('validates settings: address, language, modes; bans and legal notices cannot be turned off', async () => {
    expect((await h.api('/v1/me/notification-settings')).status).toBe(401);
    const defaults = await (await h.api('/v1/me/notification-settings', { token: alice })).json();
    expect(defaults).toMatchObject({ userId: 'alice', email: null, preferences: { commentStatus: 'immediately', replies: 'immediately', account: 'immediately', legal: 'immediately', moderationQueue: 'hourly' }, mandatory: ['account', 'legal'] });
    const bad = await h.api('/v1/me/notification-settings', { method: 'PUT', token: alice, body: JSON.stringify({ email: 'not-an-address', language: 'xx', preferences: { account: 'off', replies: 'weekly' }, userId: 'mallory' }) });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const fields = (await bad.json()).errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'language', 'preferences.account', 'preferences.replies', 'userId']));
    expect(await register(alice, { email: 'Alice@Example.org', language: 'en' })).toMatchObject({ email: 'alice@example.org', language: 'en' });
  });

  it('emails a rejection with its reasons and how to appeal on the mandatory legal channel (no unsubscribe), once per event id', async () => {
    const amy = tokenFor('amy', ['commenter'], 'Amy');
    await register(amy, { email: 'amy@example.org', language: 'en' });
    const id = await h.publish('parley.moderation-decisions.v1', 'parley.comment.moderated.v1', 'm-rej', decision('m-rej', 'amy', 'rejected', [{ ruleId: 'r1', category: 'harassment', message: 'Insults <other> readers & staff', action: 'reject' }]));
    await h.publish('parley.moderation-decisions.v1', 'parley.comment.moderated.v1', 'm-rej', decision('m-rej', 'amy', 'rejected', []), id);
    const [m] = await eventually('rejection email', async () => (mailsTo('amy@example.org').length ? mailsTo('amy@example.org') : undefined));
    // Both copies handled (committed past) and the outbox of emails drained: one email.
    await h.consumed(id);
    await emailsDrained();
    expect(await (await h.db()).collection('email_messages').countDocuments({ to: 'amy@example.org', kind: { $ne: 'email.confirmation' } })).toBe(1);
    expect(mailsTo('amy@example.org')).toHaveLength(1);
    const p = m!.parsed;
    expect(m!.envelope).toEqual({ from: 'notify@news.example', to: ['amy@example.org'] });
    expect(p.from?.value).toEqual([{ name: 'Parley News', address: 'notify@news.example' }]);
    expect(p.subject).toBe('Your comment was not published');
    expect(p.text).toContain('– Insults <other> readers & staff');
    expect(p.text).toContain('Appeal this decision: https://news.example/appeal?comment=m-rej');
    expect(p.html).toContain('Insults &lt;other&gt; readers &amp; staff');
    expect(p.html).toContain('href="https://news.example/appeal?comment=m-rej"');
    // A restriction of content: its statement of reasons (Art. 17 DSA) cannot be turned off.
    expect(rawHeader(m!, 'list-unsubscribe')).toBeUndefined();
    expect(p.text).toContain('always sent');
    expect(p.headers.get('x-parley-category')).toBe('legal');
    expect(p.headers.get('content-language')).toBe('en');
    expect(p.messageId).toMatch(/@news\.example>$/);
    // Approval is notified too; "flagged" is in-app only.
    const flagged = await h.publish('parley.moderation-decisions.v1', 'parley.comment.moderated.v1', 'm-flag', decision('m-flag', 'amy', 'flagged'));
    const approved = await h.publish('parley.moderation-decisions.v1', 'parley.comment.moderated.v1', 'm-ok', decision('m-ok', 'amy', 'approved'));
    const approvalMail = await eventually('approval email', async () => mailsTo('amy@example.org').find((x) => x.parsed.subject === 'Your comment is published'));
    expect(rawHeader(approvalMail, 'list-unsubscribe')).toMatch(/^<http:\/\/127\.0\.0\.1:1\/v1\/unsubscribe\?token=[\w-]+\.[\w-]+>$/);
    expect(rawHeader(approvalMail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(approvalMail.parsed.headers.get('x-parley-category')).toBe('commentStatus');
    await h.consumed(flagged, approved);
    await emailsDrained();
    expect(await (await h.db()).collection('email_messages').countDocuments({ _id: `${flagged}:amy` as never })).toBe(0);
    expect(mailsTo('amy@example.org').map((x) => x.parsed.subject)).not.toContain('Your comment is waiting for a moderator');
    // …but it is in the feed.
    const feed = await (await h.api('/v1/me/notifications', { token: amy })).json();
    expect(feed.items.map((i: { kind: string }) => i.kind)).toContain('comment.flagged');
  });

  it('writes in the language of the recipient (German, French)', async () => {
    await register(bob, { email: 'bob@example.de', language: 'de' });
    await register(carol, { email: 'carol@example.fr', language: 'fr' });
    await h.publish('parley.comments.v1', 'parley.comment.removed.v1', 'm-rm', {
      commentId: 'm-rm', revision: 2, articleId: 'art-m', authorId: 'bob', reasons: [{ category: 'spam', message: 'Werbung für ein Casino' }], removedBy: 'mod-1', appealable: true, appealDeadline: '2026-12-10T12:00:00.000Z', removedAt: at(),
    });
    await h.publish('parley.comments.v1', 'parley.comment.published.v1', 'm-reply', { commentId: 'm-reply', revision: 1, articleId: 'art-m', authorId: 'dan', authorName: 'Dan', parentId: 'c-carol', parentAuthorId: 'carol', excerpt: 'Tout à fait d’accord', publishedAt: at() });
    const [de] = await eventually('German email', async () => (mailsTo('bob@example.de').length ? mailsTo('bob@example.de') : undefined));
    expect(de!.parsed.subject).toBe('Ihr Kommentar wurde entfernt');
    expect(de!.parsed.text).toContain('– Werbung für ein Casino');
    expect(de!.parsed.text).toContain('Sie können Einspruch einlegen bis 10. Dezember 2026');
    expect(de!.parsed.text).toContain('Einspruch einlegen: https://news.example/appeal?comment=m-rm');
    expect(de!.parsed.headers.get('content-language')).toBe('de');
    const [fr] = await eventually('French email', async () => (mailsTo('carol@example.fr').length ? mailsTo('carol@example.fr') : undefined));
    expect(fr!.parsed.subject).toBe('Dan a répondu à votre commentaire');
    expect(fr!.parsed.text).toContain('« Tout à fait d’accord »');
    expect(fr!.parsed.headers.get('x-parley-category')).toBe('replies');
  });

  it('unsubscribes with the signed link (GET confirms, POST applies); bans and legal notices are still sent', async () => {
    const anna = tokenFor('anna', ['commenter'], 'Anna');
    await register(anna, { email: 'anna@example.org', language: 'en' });
    // A rejection is a legal notice (no unsubscribe link); an approval carries one.
    await h.publish('parley.moderation-decisions.v1', 'parley.comment.moderated.v1', 'u-ok', decision('u-ok', 'anna', 'approved'));
    const first = await eventually('the approval email with its unsubscribe link', async () => mailsTo('anna@example.org').find((m) => m.parsed.subject === 'Your comment is published'));
    const link = /<http:\/\/127\.0\.0\.1:1(\/v1\/unsubscribe\?token=[\w.-]+)>/.exec(rawHeader(first, 'list-unsubscribe')!)![1]!;
    const page = await fetch(`${h.url}${link}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post"');
    expect((await (await h.api('/v1/me/notification-settings', { token: anna })).json()).preferences.commentStatus).toBe('immediately');
    const tampered = link.replace(/token=(\w)/, (_, c) => `token=${c === 'A' ? 'B' : 'A'}`);
    const bad = await fetch(`${h.url}${tampered}`, { method: 'POST' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const done = await fetch(`${h.url}${link}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(done.status).toBe(200);
    expect((await (await h.api('/v1/me/notification-settings', { token: anna })).json()).preferences.commentStatus).toBe('off');

    const before = mailsTo('anna@example.org').length;
    const approval = await h.publish('parley.moderation-decisions.v1', 'parley.comment.moderated.v1', 'm-ok2', decision('m-ok2', 'anna', 'approved'));
    const sanction = await h.publish('parley.users.v1', 'parley.user.sanctioned.v1', 'anna', { sanctionId: 's-1', userId: 'anna', kind: 'suspension', until: '2026-12-01T09:30:00.000Z', reason: 'Repeated insults', issuedBy: 'mod-1', issuedAt: at() });
    const ban = await eventually('suspension email', async () => mailsTo('anna@example.org').find((m) => m.parsed.subject === 'Your account has been suspended'));
    expect(ban.parsed.text).toContain('You cannot post comments until December 1, 2026 at 9:30 AM UTC.');
    expect(ban.parsed.text).toContain('Reason: Repeated insults');
    expect(ban.parsed.text).toContain('always sent');
    expect(rawHeader(ban, 'list-unsubscribe')).toBeUndefined();
    // The approval was handled (committed past) and nothing is left to send: it was not emailed.
    await h.consumed(approval, sanction);
    await emailsDrained();
    expect(await (await h.db()).collection('email_messages').countDocuments({ _id: `${approval}:anna` as never })).toBe(0);
    expect(mailsTo('anna@example.org')).toHaveLength(before + 1);
    const feed = await (await h.api('/v1/me/notifications', { token: anna })).json();
    expect(feed.items.map((i: { data: { commentId?: string } }) => i.data.commentId)).toContain('m-ok2'); // but is in the feed
  });

  it('tells the sender of a legal notice the outcome by email, without an account', async () => {
    await h.publish('parley.moderation-cases.v1', 'parley.notice.decided.v1', 'n-1', {
      noticeId: 'n-1', commentId: 'c-x', articleId: 'art-m', reporterId: null, reporterEmail: 'counsel@lawfirm.example', kind: 'legal', outcome: 'action-taken', reason: 'The comment was defamatory and was removed.', decidedAt: at(),
    });
    const m = await eventually('notice email', async () => mailsTo('counsel@lawfirm.example')[0]);
    expect(m.parsed.subject).toBe('Decision on your legal notice');
    expect(m.parsed.text).toContain('Reason: The comment was defamatory and was removed.');
    expect(rawHeader(m, 'list-unsubscribe')).toBeUndefined();
    expect(m.parsed.headers.get('x-parley-category')).toBe('legal');
  });

  it('collects hourly-digest items and sends one digest per window, surviving a restart of every replica', async () => {
    const erin = tokenFor('erin');
    await register(erin, { email: 'erin@example.org', preferences: { replies: 'hourly', appeals: 'hourly' } });
    const db = await h.db();
    const reply = (i: number) =>
      h.publish('parley.comments.v1', 'parley.comment.published.v1', `d-${i}`, { commentId: `d-${i}`, revision: 1, articleId: 'art-d', authorId: `r${i}`, authorName: `Reader ${i}`, parentId: 'c-erin', parentAuthorId: 'erin', excerpt: `Digest reply ${i}`, publishedAt: at() });
    // The items are collected by a replica that never looks for due digests (its only pass runs at
    // start, before they exist), so whatever sends them is a replica started after it is gone.
    await Promise.all([...h.replicas].map((r) => h.stopReplica(r)));
    await h.addReplica({ NOTIFY_DIGEST_TICK_MS: '3600000' });
    const ids = [await reply(1), await reply(2), await reply(3)];
    ids.push(await h.publish('parley.moderation-cases.v1', 'parley.appeal.decided.v1', 'ap-1', { appealId: 'ap-1', commentId: 'c-erin2', articleId: 'art-d', appellantId: 'erin', outcome: 'overturned', reason: 'Fair criticism', decidedBy: 'mod-2', decidedAt: at() }));
    await h.consumed(...ids);
    expect(await db.collection('digest_items').find({ userId: 'erin' }).map((i) => i.status).toArray()).toEqual(['pending', 'pending', 'pending', 'pending']);
    await Promise.all([...h.replicas].map((r) => h.stopReplica(r)));
    expect(mailsTo('erin@example.org')).toHaveLength(0);

    // New replicas send them, each item in the digest of its window, once that window has ended.
    await h.start(2);
    await eventually('every item sent in a digest', async () => (await db.collection('digest_items').countDocuments({ userId: 'erin', status: 'sent' })) === 4, 60_000);
    // A later item's digest: by the time it arrives, any second send of the first ones would have arrived before it.
    const later = await reply(5);
    await eventually('the digest of the later item', async () => mailsTo('erin@example.org').some((m) => m.parsed.text?.includes('Digest reply 5')), 60_000);
    await emailsDrained();

    const items = await db.collection('digest_items').find({ userId: 'erin' }).toArray();
    expect(items).toHaveLength(5);
    expect(items.find((i) => i._id === (`${later}:erin` as never))).toBeDefined();
    for (const i of items) {
      expect(i.status).toBe('sent');
      expect(new Date(i.claimedAt).getTime()).toBeGreaterThanOrEqual(new Date(i.dueAt).getTime()); // never before its window ended
    }
    // One digest per claim of due items: the four first ones in one or two, the later one in its own.
    const claims = new Map<string, number>();
    for (const i of items) claims.set(i.claimId, (claims.get(i.claimId) ?? 0) + 1);
    const digests = mailsTo('erin@example.org');
    expect(digests).toHaveLength(claims.size);
    const text = digests.map((d) => d.parsed.text).join('\n');
    for (const s of ['Digest reply 1', 'Digest reply 2', 'Digest reply 3', 'Digest reply 5', 'Your appeal was accepted']) expect(text.split(s).length - 1).toBe(1);
    // Each digest says how many notifications it holds, and holds that many.
    expect(digests.map((d) => /Here is what happened \((\d+)\):/.exec(d.parsed.text ?? '')?.[1]).map(Number).sort()).toEqual([...claims.values()].sort());
    for (const d of digests) {
      const n = Number(/Here is what happened \((\d+)\):/.exec(d.parsed.text ?? '')![1]);
      expect(d.parsed.subject).toBe(`Your hourly summary: ${n} notification${n === 1 ? '' : 's'}`);
      expect((d.parsed.text ?? '').split(/Digest reply \d|Your appeal was accepted/).length - 1).toBe(n);
    }
  });
});

describe('notifications: email without SMTP_URL (development)', () => {
  let h: NotificationsHarness;
  beforeAll(async () => {
    h = new NotificationsHarness(uniqueNamespace('notif-eml'));
    await h.start();
  }, 120_000);
  afterAll(() => h?.stop());

  it('writes each message as an .eml file', async () => {
    const frank = tokenFor('frank');
    const dir = h.env.NOTIFY_EML_DIR!;
    await h.setConfirmedEmail(frank, { email: 'frank@example.org' }, dir); // the confirmation email is the first .eml file
    const confirmation = emlFiles(dir);
    await h.publish('parley.comments.v1', 'parley.comment.featured.v1', 'e-1', { commentId: 'e-1', articleId: 'a', authorId: 'frank', featuredBy: 'mod', featuredAt: at() });
    const [file] = await eventually('.eml file', async () => (emlFiles(dir).length > confirmation.length ? emlFiles(dir).filter((f) => !confirmation.includes(f)) : undefined));
    const parsed = await simpleParser(fs.readFileSync(path.join(dir, file!)));
    expect(parsed.subject).toBe('Your comment was featured');
    expect((parsed.to as { text: string }).text).toBe('frank@example.org');
    expect(parsed.html).toContain('featured your comment');
  });
});

