import { compareKeys, decodeCursor, encodeCursor, pageOf, SortKey, SortOrder } from './cursor';

const id = (n: number) => n.toString(16).padStart(24, '0');
const items: SortKey[] = [1, 2, 3, 4, 5, 6, 7].map((n) => ({ id: id(n), reactions: n % 3 }));
const sorted = (sort: SortOrder) => [...items].sort((a, b) => compareKeys(sort, a, b));

describe('cursor pagination', () => {
  it('round-trips cursors and refuses one issued for another sort order', () => {
    const c = encodeCursor('most_reacted', { id: id(5), reactions: 2 });
    expect(decodeCursor('most_reacted', c)).toEqual({ id: id(5), reactions: 2 });
    expect(() => decodeCursor('newest', c)).toThrow(/cursor/);
    expect(() => decodeCursor('oldest', 'bm9wZQ')).toThrow(/cursor/);
  });

  it.each(['newest', 'oldest', 'most_reacted'] as SortOrder[])('walks every item exactly once (%s)', (sort) => {
    const list = sorted(sort);
    const seen: SortKey[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: SortKey[]; nextCursor: string | null } = pageOf(list, (k) => k, sort, 3, cursor ? decodeCursor(sort, cursor) : undefined);
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(list);
  });

  it('sorts most reacted first, ties newest first', () => {
    expect(sorted('most_reacted').map((k) => k.reactions)).toEqual([2, 2, 1, 1, 1, 0, 0]);
    expect(sorted('most_reacted').slice(0, 2).map((k) => k.id)).toEqual([id(5), id(2)]);
  });

  it('stays stable when newer items arrive between pages', () => {
    const first = pageOf(sorted('newest'), (k) => k, 'newest', 3);
    const grown = [{ id: id(9), reactions: 0 }, ...sorted('newest')];
    const second = pageOf(grown, (k) => k, 'newest', 3, decodeCursor('newest', first.nextCursor!));
    expect(second.items.map((k) => k.id)).toEqual([id(4), id(3), id(2)]);
  });
});
