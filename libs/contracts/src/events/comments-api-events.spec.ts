import { EventTypes } from './event-types';
import { validateEventData } from './registry';

const submitted = {
  commentId: '665f1c2e8a1b2c3d4e5f6a7b',
  revision: 2,
  articleId: 'a1',
  authorId: 'u1',
  authorName: 'U',
  parentId: null,
  body: 'edited text',
  createdAt: '2026-11-26T12:00:00.000Z',
  article: { section: 'politics', premoderation: false, open: true },
};

describe('comments-api event schemas', () => {
  it('edited carries the submitted shape plus previousRevision and editedAt', () => {
    expect(validateEventData(EventTypes.CommentEdited, { ...submitted, previousRevision: 1, editedAt: '2026-11-26T12:05:00.000Z' })).toEqual([]);
    expect(validateEventData(EventTypes.CommentEdited, submitted).join(' ')).toMatch(/previousRevision/);
    expect(validateEventData(EventTypes.CommentEdited, { ...submitted, revision: 1, previousRevision: 0, editedAt: 'x' }).length).toBeGreaterThanOrEqual(3);
  });

  it('reported requires a known reason, a running count and a good-faith notice when present', () => {
    const reported = {
      reportId: '665f1c2e8a1b2c3d4e5f6a7b:bob',
      commentId: '665f1c2e8a1b2c3d4e5f6a7b',
      revision: 1,
      articleId: 'a1',
      authorId: 'u1',
      reporterId: 'bob',
      reason: 'illegal',
      text: null,
      illegalContentNotice: { explanation: 'Defamation of a named person', goodFaith: true },
      reportCount: 3,
      reportedAt: '2026-11-26T12:00:00.000Z',
    };
    expect(validateEventData(EventTypes.CommentReported, reported)).toEqual([]);
    expect(validateEventData(EventTypes.CommentReported, { ...reported, illegalContentNotice: null, reason: 'spam' })).toEqual([]);
    expect(validateEventData(EventTypes.CommentReported, { ...reported, reason: 'boring' }).join(' ')).toMatch(/allowed values/);
    expect(validateEventData(EventTypes.CommentReported, { ...reported, reportCount: 0 }).join(' ')).toMatch(/reportCount must be >= 1/);
    expect(validateEventData(EventTypes.CommentReported, { ...reported, illegalContentNotice: { explanation: 'x', goodFaith: false } }).join(' ')).toMatch(/constant/);
  });

  it('deleted names the status the comment had', () => {
    const deleted = { commentId: 'c', revision: 1, articleId: 'a', authorId: 'u', previousStatus: 'approved', deletedAt: '2026-11-26T12:00:00.000Z' };
    expect(validateEventData(EventTypes.CommentDeleted, deleted)).toEqual([]);
    expect(validateEventData(EventTypes.CommentDeleted, { ...deleted, previousStatus: 'deleted' })).not.toEqual([]);
  });
});
