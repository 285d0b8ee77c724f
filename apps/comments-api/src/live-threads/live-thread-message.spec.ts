import { Types } from 'mongoose';
import { EventTypes } from '@parley/contracts';
import { configurePublicAuthorIds } from '../comments/public-author-id';
import { LiveComment, liveMessageFor } from './live-thread-message';

configurePublicAuthorIds('a-test-key-of-at-least-thirty-two-characters', false);

const comment = (over: Partial<LiveComment> = {}): LiveComment => ({
  _id: new Types.ObjectId('665f1c2e8a1b2c3d4e5f6a7b'),
  articleId: 'story',
  authorId: 'user-1',
  authorName: 'Alice',
  parentId: null,
  depth: 0,
  body: 'Secret <b>text</b>',
  status: 'approved',
  revision: 1,
  replyCount: 0,
  reactionCount: 3,
  createdAt: new Date('2026-12-05T10:00:00Z'),
  editedAt: null,
  listed: true,
  ...over,
});

describe('liveMessageFor', () => {
  it('an approved comment goes out as the public view (opaque author id, no reasons)', () => {
    const m = liveMessageFor(EventTypes.CommentPublished, comment({ reasons: [{ ruleId: 'r', category: 'c', message: 'm' }] }));
    expect(m?.event).toBe('comment');
    const data = m!.data as Record<string, unknown>;
    expect(data).toMatchObject({ id: '665f1c2e8a1b2c3d4e5f6a7b', body: 'Secret <b>text</b>', placeholder: false, reactionCount: 3 });
    expect(data.authorId).toMatch(/^a_/);
    expect(data).not.toHaveProperty('reasons');
  });

  it('a published edit is `edited`', () => {
    expect(liveMessageFor(EventTypes.CommentPublished, comment({ revision: 2, editedAt: new Date() }))?.event).toBe('edited');
  });

  it.each(['pending', 'flagged', 'rejected'] as const)('a first revision that is %s never leaves (not even as a removal)', (status) => {
    for (const type of [EventTypes.CommentPublished, EventTypes.CommentEdited, EventTypes.CommentModerated, EventTypes.CommentRemoved]) {
      expect(liveMessageFor(type, comment({ status, listed: false }))).toBeNull();
    }
  });

  it('a comment that is no longer approved is `removed` with no content', () => {
    for (const c of [comment({ status: 'removed', listed: false }), comment({ status: 'deleted', listed: true }), comment({ status: 'pending', revision: 2, listed: false })]) {
      const m = liveMessageFor(EventTypes.CommentRemoved, c);
      expect(m?.event).toBe('removed');
      expect(m!.data).toEqual({ id: '665f1c2e8a1b2c3d4e5f6a7b', articleId: 'story', parentId: null, placeholder: c.listed });
      expect(JSON.stringify(m)).not.toContain('Secret');
    }
  });

  it('a published event for a comment that changed again since sends nothing', () => {
    expect(liveMessageFor(EventTypes.CommentPublished, comment({ status: 'removed' }))).toBeNull();
  });
});
