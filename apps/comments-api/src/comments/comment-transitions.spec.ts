import { Types } from 'mongoose';
import { approvedDelta, CommentState, decisionApplies, deletionApplies, editChange, isListed, moderatorTransition, premoderationHoldApplies } from './comment-transitions';

const state = (over: Partial<CommentState> = {}): CommentState =>
  ({
    _id: new Types.ObjectId('64b000000000000000000001'),
    articleId: 'a',
    authorId: 'u',
    authorName: 'U',
    parentId: null,
    body: 'text',
    status: 'pending',
    revision: 1,
    reasons: [],
    replyCount: 0,
    reportCount: 0,
    decisionEventId: null,
    decidedAt: null,
    createdAt: new Date('2026-12-01T10:00:00Z'),
    editedAt: null,
    ...over,
  }) as CommentState;

describe('comment transitions', () => {
  const at = new Date('2026-12-01T10:05:00Z');

  it('a decision applies to its revision once, never to an older or newer revision', () => {
    expect(decisionApplies(state(), 'e1', { revision: 1, decidedAt: at, automated: true })).toBe(true);
    expect(decisionApplies(state({ revision: 2 }), 'e1', { revision: 1, decidedAt: at, automated: true })).toBe(false);
    expect(decisionApplies(state(), 'e1', { revision: 2, decidedAt: at, automated: true })).toBe(false);
    expect(decisionApplies(state({ decisionEventId: 'e1', status: 'approved' }), 'e1', { revision: 1, decidedAt: at, automated: true })).toBe(false);
  });

  it('an older decision never replaces a newer one of the same revision', () => {
    const prev = state({ status: 'rejected', decisionEventId: 'e2', decidedAt: new Date('2026-12-01T10:06:00Z') });
    expect(decisionApplies(prev, 'e1', { revision: 1, decidedAt: at, automated: true })).toBe(false);
  });

  it('the rules never override a moderator on the same revision; a moderator may', () => {
    const prev = state({ status: 'approved', modHumanRevision: 1 });
    expect(decisionApplies(prev, 'e3', { revision: 1, decidedAt: at, automated: true })).toBe(false);
    expect(decisionApplies(prev, 'e3', { revision: 1, decidedAt: at, automated: false })).toBe(true);
  });

  it('removed and deleted comments are final for the rules', () => {
    expect(decisionApplies(state({ status: 'removed' }), 'e', { revision: 1, decidedAt: at, automated: false })).toBe(false);
    expect(decisionApplies(state({ status: 'deleted' }), 'e', { revision: 1, decidedAt: at, automated: true })).toBe(false);
  });

  it('an edit makes a new pending revision and keeps the old text', () => {
    const event = { eventId: 'x' } as never;
    const c = editChange(state({ status: 'approved' }), 'new text', at, event);
    expect(c.status).toBe('pending');
    expect(c.set).toMatchObject({ body: 'new text', revision: 2, decisionEventId: null });
    expect(c.push).toEqual({ history: { revision: 1, body: 'text', at: state().createdAt, status: 'approved' } });
    expect(() => editChange(state({ status: 'removed' }), 'x', at, event)).toThrow('cannot be edited');
    // a moderator's rejection of this revision is appealed, not reworded; the rules' rejection may be edited
    expect(() => editChange(state({ status: 'rejected', modHumanRevision: 1 }), 'x', at, event)).toThrow('appeal');
    expect(editChange(state({ status: 'rejected', modHumanRevision: null }), 'x', at, event).status).toBe('pending');
  });

  it('deleting twice changes nothing; a removed comment cannot be deleted', () => {
    expect(deletionApplies({ status: 'approved' })).toBe(true);
    expect(deletionApplies({ status: 'deleted' })).toBe(false);
    expect(() => deletionApplies({ status: 'removed' })).toThrow('cannot be deleted');
  });

  it('moderator actions: rejecting a published comment is a removal; invalid ones are 409', () => {
    expect(moderatorTransition(state({ status: 'approved' }), 'reject')).toEqual({ action: 'remove', to: 'removed' });
    expect(moderatorTransition(state({ status: 'flagged' }), 'approve')).toEqual({ action: 'approve', to: 'approved' });
    expect(moderatorTransition(state({ status: 'removed' }), 'restore')).toEqual({ action: 'restore', to: 'approved' });
    expect(() => moderatorTransition(state({ status: 'approved' }), 'approve')).toThrow('already approved');
    expect(moderatorTransition(state({ status: 'approved', modReportsOpen: true }), 'approve').to).toBe('approved');
    expect(() => moderatorTransition(state({ status: 'deleted' }), 'remove')).toThrow('it is deleted');
  });

  it('counts and listing follow approvals', () => {
    expect([approvedDelta('pending', 'approved'), approvedDelta('approved', 'removed'), approvedDelta('approved', 'approved'), approvedDelta('pending', 'rejected')]).toEqual([1, -1, 0, 0]);
    expect([isListed({ status: 'approved', replyCount: 0 }), isListed({ status: 'rejected', replyCount: 2 }), isListed({ status: 'rejected', replyCount: 0 })]).toEqual([true, true, false]);
  });

  it('premoderation holds a revision a moderator has not decided', () => {
    expect(premoderationHoldApplies({ status: 'pending' }, 1)).toBe(true);
    expect(premoderationHoldApplies({ status: 'approved', modHumanRevision: 1 }, 1)).toBe(false);
    expect(premoderationHoldApplies({ status: 'rejected' }, 1)).toBe(false);
  });
});
