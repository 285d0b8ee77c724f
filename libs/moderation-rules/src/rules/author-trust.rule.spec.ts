import { compileRuleSet, evaluate } from '../engine';
import type { AuthorContext, AuthorTrustRule } from '../types';

const now = '2025-03-01T12:00:00Z';
const run = (rule: Omit<AuthorTrustRule, 'id' | 'type'>, author?: AuthorContext) =>
  evaluate(compileRuleSet({ rules: [{ id: 'trust', type: 'author-trust', ...rule }] }), { body: 'hello' }, { now, author });

describe('author-trust rule', () => {
  it('rejects banned authors', () => {
    expect(run({}, { status: 'banned' }).reasons).toEqual([
      expect.objectContaining({ action: 'reject', category: 'author', message: 'Your account has been banned from commenting.' }),
    ]);
  });

  it('rejects suspended authors while the suspension lasts', () => {
    expect(run({}, { status: 'suspended', suspendedUntil: '2025-03-02T09:30:00Z' }).reasons[0].message).toBe(
      'Your account is suspended from commenting until 2025-03-02 09:30 UTC.',
    );
    expect(run({}, { status: 'suspended' }).decision).toBe('rejected'); // indefinite
    expect(run({}, { status: 'suspended', suspendedUntil: '2025-02-01T00:00:00Z' }).decision).toBe('approved'); // over
    expect(run({}, { status: 'active', suspendedUntil: new Date('2025-03-05') }).decision).toBe('rejected');
  });

  it('holds comments of premoderated authors', () => {
    expect(run({}, { status: 'premoderated' }).decision).toBe('flagged');
    expect(run({ premoderated: false }, { status: 'premoderated' }).decision).toBe('approved');
  });

  it('holds new commenters until they have enough approved comments', () => {
    expect(run({}, { approvedCount: 0 }).reasons[0].message).toMatch(/Welcome/);
    expect(run({ newCommenter: { minApproved: 3 } }, { approvedCount: 2 }).decision).toBe('flagged');
    expect(run({ newCommenter: { minApproved: 3 } }, { approvedCount: 3 }).decision).toBe('approved');
    expect(run({ newCommenter: false }, { approvedCount: 0 }).decision).toBe('approved');
  });

  it('holds authors whose recent rejection rate is above the threshold', () => {
    const author = { approvedCount: 50, recentDecisions: 10, recentRejections: 6 };
    expect(run({}, author).decision).toBe('flagged');
    expect(run({}, { ...author, recentRejections: 5 }).decision).toBe('approved'); // not above 0.5
    expect(run({}, { approvedCount: 50, recentDecisions: 3, recentRejections: 3 }).decision).toBe('approved'); // too few decisions
    expect(
      run({ rejectionRate: { threshold: 0.2, minDecisions: 2, action: 'reject' } }, { approvedCount: 50, recentDecisions: 3, recentRejections: 1 }).decision,
    ).toBe('rejected');
  });

  it('never fires on missing data', () => {
    expect(run({}, undefined).decision).toBe('approved');
    expect(run({}, {}).decision).toBe('approved');
    expect(run({}, { status: 'active' }).decision).toBe('approved');
  });
});
