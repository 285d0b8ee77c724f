import { EventTypes } from './event-types';
import { validateEventData } from './registry';

const at = '2026-11-26T12:00:00.000Z';
const valid: Record<string, unknown> = {
  [EventTypes.CommentPublished]: { commentId: 'c2', revision: 1, articleId: 'a1', authorId: 'bob', authorName: 'Bob', parentId: 'c1', parentAuthorId: 'alice', excerpt: 'I agree', publishedAt: at },
  [EventTypes.CommentFeatured]: { commentId: 'c1', articleId: 'a1', authorId: 'alice', featuredBy: 'mod1', featuredAt: at },
  [EventTypes.CommentPinned]: { commentId: 'c1', articleId: 'a1', authorId: 'alice', pinnedBy: 'mod1', pinnedAt: at, replacedCommentId: null },
  [EventTypes.UserBadgesChanged]: { userId: 'alice', badges: ['staff', 'expert'], added: ['expert'], removed: [], setBy: 'admin1', setAt: at },
  [EventTypes.CommentRemoved]: { commentId: 'c1', revision: 2, articleId: 'a1', authorId: 'alice', reasons: [{ category: 'harassment', message: 'Personal attack' }], removedBy: 'mod1', appealable: true, appealDeadline: at, removedAt: at },
  [EventTypes.AppealDecided]: { appealId: 'ap1', commentId: 'c1', articleId: 'a1', appellantId: 'alice', outcome: 'overturned', reason: 'Satire', decidedBy: 'mod2', decidedAt: at },
  [EventTypes.AppealDecidedV2]: {
    appealId: 'account:s1', subject: 'account', appellantRole: 'author', appellantId: 'alice', commentId: null, articleId: null, sanctionId: 's1', noticeId: null,
    outcome: 'overturned', reason: 'The ban was a mistake', decidedBy: 'mod2', receivedAt: at, decidedAt: at,
    redress: { outOfCourtDisputeSettlement: { bodies: [{ name: 'User Rights', url: 'https://user-rights.example' }], informationUrl: 'https://example.org/bodies', description: 'Out of court' }, judicialRedress: 'Courts' },
  },
  [EventTypes.NoticeDecided]: { noticeId: 'n1', commentId: 'c1', articleId: 'a1', reporterId: null, reporterEmail: 'lawyer@example.org', kind: 'legal', outcome: 'action-taken', reason: 'Defamation', decidedAt: at },
  [EventTypes.UserSanctioned]: { sanctionId: 's1', userId: 'alice', kind: 'suspension', until: at, reason: 'Repeated insults', issuedBy: 'mod1', issuedAt: at },
  [EventTypes.QueueItemAdded]: { queue: 'reported', commentId: 'c1', articleId: 'a1', reason: 'spam report', addedAt: at },
};

describe('notification-related event contracts', () => {
  it.each(Object.keys(valid))('accepts a valid %s', (type) => {
    expect(validateEventData(type, valid[type])).toEqual([]);
  });

  it('refuses unknown fields, wrong enums and bad formats', () => {
    expect(validateEventData(EventTypes.UserSanctioned, { ...(valid[EventTypes.UserSanctioned] as object), kind: 'exile' }).join(' ')).toMatch(/kind must be equal to one of the allowed values/);
    expect(validateEventData(EventTypes.NoticeDecided, { ...(valid[EventTypes.NoticeDecided] as object), reporterEmail: 'not-an-email' }).join(' ')).toMatch(/reporterEmail must match format "email"/);
    expect(validateEventData(EventTypes.QueueItemAdded, { ...(valid[EventTypes.QueueItemAdded] as object), queue: 'Bad Queue', extra: 1 }).join(' ')).toMatch(/queue must match pattern.*additional properties|additional properties.*queue must match pattern/);
    expect(validateEventData(EventTypes.UserBadgesChanged, { ...(valid[EventTypes.UserBadgesChanged] as object), added: ['wizard'] }).join(' ')).toMatch(/must be equal to one of the allowed values/);
    expect(validateEventData(EventTypes.CommentPinned, { ...(valid[EventTypes.CommentPinned] as object), replacedCommentId: undefined }).join(' ')).toMatch(/must have required property 'replacedCommentId'/);
    expect(validateEventData(EventTypes.CommentPublished, { ...(valid[EventTypes.CommentPublished] as object), parentAuthorId: undefined }).join(' ')).toMatch(/must have required property 'parentAuthorId'/);
  });
});
