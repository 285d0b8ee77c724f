import { digestDueAt } from '../email/digest.service';
import { LANGUAGES } from '../notify/categories';
import { NotificationParams } from '../notify/notification-kinds';
import { layoutEmail } from './email-layout';
import { dsaServiceInformation, restrictionStatement } from '@parley/moderation-rules';
import { renderMessage } from './templates';

const statement = restrictionStatement({
  id: 'c-e1',
  restriction: 'account-suspended',
  decidedAt: '2026-12-01T10:00:00Z',
  until: '2026-12-08T10:00:00Z',
  reasons: [{ category: 'spam', message: 'Repeated advertising.' }],
  source: 'own-initiative',
  automatedDetection: false,
  automatedDecision: 'not',
  appealable: true,
  appealDeadline: '2027-06-01T10:00:00Z',
  info: dsaServiceInformation({ DSA_GUIDELINES_URL: 'https://news.example/rules' }),
});

const all: NotificationParams[] = [
  { kind: 'comment.approved', commentId: 'c', articleId: 'a' },
  { kind: 'comment.flagged', commentId: 'c', articleId: 'a' },
  { kind: 'comment.rejected', commentId: 'c', articleId: 'a', reasons: ['Spam'], appealUrl: 'https://x/appeal' },
  { kind: 'comment.removed', commentId: 'c', articleId: 'a', reasons: ['Spam'], appealable: false, appealDeadline: null, appealUrl: 'https://x/appeal' },
  { kind: 'comment.reply', commentId: 'c', parentId: 'p', articleId: 'a', replierName: 'Dan', excerpt: 'hi' },
  { kind: 'comment.featured', commentId: 'c', articleId: 'a' },
  { kind: 'comment.pinned', commentId: 'c', articleId: 'a' },
  { kind: 'badges.awarded', badges: ['expert'] },
  { kind: 'badges.awarded', badges: ['staff', 'subscriber'] },
  { kind: 'appeal.decided', appealId: 'ap', commentId: 'c', outcome: 'upheld', reason: 'r' },
  { kind: 'complaint.decided', appealId: 'account:s', subject: 'account', commentId: null, outcome: 'overturned', reason: 'r', disputeBodies: [{ name: 'User Rights', url: 'https://ur.example' }], disputeInfoUrl: 'https://ec.example' },
  { kind: 'notice.decided', noticeId: 'n', commentId: 'c', noticeKind: 'report', outcome: 'no-action', reason: 'r' },
  { kind: 'user.sanctioned', sanction: 'ban', until: null, reason: 'r' },
  { kind: 'user.sanctioned', sanction: 'premoderation', until: null, reason: 'r', statement },
  { kind: 'notice.received', noticeId: 'ntc_1', commentIds: ['c1', 'c2'], illegalContentType: 'defamation', receivedAt: '2026-12-01T10:00:00Z' },
  { kind: 'notices.restricted', sanction: 'suspension', until: '2026-12-12T12:00:00.000Z', reason: 'r' },
  { kind: 'queue.item-added', queue: 'q', commentId: 'c', articleId: 'a', reason: 'r' },
  { kind: 'webhook.disabled', subscriptionId: 's', url: 'https://x', reason: 'r' },
];

describe('templates', () => {
  it.each(LANGUAGES)('has a subject and body for every kind in %s', (lang) => {
    for (const p of all) {
      const m = renderMessage(p, lang);
      expect(m.subject.length).toBeGreaterThan(5);
      expect(m.lines.length).toBeGreaterThan(0);
    }
  });

  it('differs per language and says how to appeal a rejection', () => {
    const subjects = LANGUAGES.map((l) => renderMessage(all[2]!, l).subject);
    expect(new Set(subjects).size).toBe(3);
    expect(renderMessage(all[2]!, 'en').action).toEqual({ label: 'Appeal this decision', url: 'https://x/appeal' });
    expect(renderMessage(all[3]!, 'en').lines).toContain('This decision cannot be appealed.');
  });

  it.each(LANGUAGES)('lays out every Art. 17 element of a statement in %s', (lang) => {
    const lines = renderMessage({ kind: 'user.sanctioned', sanction: 'suspension', until: statement.until, reason: 'Repeated advertising.', statement }, lang).lines;
    const text = lines.join('\n');
    expect(text).toContain(statement.scope);
    expect(text).toContain(statement.facts);
    expect(text).toContain(statement.sourceText);
    expect(text).toContain(statement.automationText);
    expect(text).toContain('Community guidelines: no spam or advertising (https://news.example/rules#spam)');
    expect(text).toContain(statement.redress.outOfCourt.text);
    expect(text).toContain(statement.redress.judicial);
    expect(text).toContain('c-e1');
    expect(lines.length).toBeGreaterThan(12);
  });

  it('tells the outcome of a complaint with the out-of-court and judicial redress', () => {
    const m = renderMessage(all.find((p) => p.kind === 'complaint.decided')!, 'en');
    expect(m.lines).toEqual(expect.arrayContaining(['– User Rights: https://ur.example', 'Certified bodies: https://ec.example', 'You may also challenge the decision before the competent court.']));
    expect(m.lines[0]).toMatch(/lifted the restriction on your account/);
  });

  it('escapes HTML and keeps the text as is', () => {
    const { text, html } = layoutEmail('en', [{ subject: 's', lines: ['<script>alert(1)</script> & "x"'], action: { label: 'Go', url: 'https://x/?a=1&b="2"' } }], null, { note: 'n' });
    expect(text).toContain('<script>alert(1)</script> & "x"');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(html).toContain('href="https://x/?a=1&amp;b=&quot;2&quot;"');
    expect(html).not.toContain('<script>');
  });

  it('puts digest items in windows aligned to UTC', () => {
    expect(digestDueAt(new Date('2026-11-26T12:34:56Z'), 3600).toISOString()).toBe('2026-11-26T13:00:00.000Z');
    expect(digestDueAt(new Date('2026-11-26T12:34:56Z'), 86_400).toISOString()).toBe('2026-11-27T00:00:00.000Z');
    expect(digestDueAt(new Date('2026-11-26T13:00:00Z'), 3600).toISOString()).toBe('2026-11-26T14:00:00.000Z');
  });
});
