import { CommentsRepository } from './comments.repository';

/**
 * The parent's author named in parley.comment.published.v1 when a reply is approved: stored
 * with replies posted since that field exists, read from the parent for older replies.
 */
describe('CommentsRepository.parentAuthorOf', () => {
  const parents = new Map([['64b000000000000000000001', { authorId: 'alice' }]]);
  const lookups: string[] = [];
  const model = {
    collection: { insertMany: async () => undefined },
    findById: (id: string) => {
      lookups.push(id);
      return { lean: () => ({ exec: async () => parents.get(id) ?? null }) };
    },
  };
  const repository = new CommentsRepository(model as never, null as never, null as never, null as never, null as never);
  beforeEach(() => (lookups.length = 0));

  it('is null for a top-level comment, without a read', async () => {
    expect(await repository.parentAuthorOf({ parentId: null })).toBeNull();
    expect(lookups).toEqual([]);
  });

  it('uses the author stored with the reply, without a read', async () => {
    expect(await repository.parentAuthorOf({ parentId: '64b000000000000000000001', parentAuthorId: 'bob' })).toBe('bob');
    expect(lookups).toEqual([]);
  });

  it('reads the parent for a reply stored before the field existed', async () => {
    expect(await repository.parentAuthorOf({ parentId: '64b000000000000000000001' })).toBe('alice');
    expect(lookups).toEqual(['64b000000000000000000001']);
  });

  it('is null when an older reply’s parent is gone', async () => {
    expect(await repository.parentAuthorOf({ parentId: '64b000000000000000000009' })).toBeNull();
  });
});
