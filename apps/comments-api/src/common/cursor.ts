import { Types } from 'mongoose';
import { ProblemException } from '@parley/platform';

export const SORT_ORDERS = ['newest', 'oldest', 'most_reacted'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Where an item sits in a listing: its id (ids grow with creation time) and reaction count. */
export interface SortKey {
  id: string;
  reactions: number;
}

const CODES: Record<SortOrder, string> = { newest: 'n', oldest: 'o', most_reacted: 'r' };

/** Opaque page cursor: the sort key of the last item seen, bound to the sort order. */
export function encodeCursor(sort: SortOrder, key: SortKey): string {
  const raw = sort === 'most_reacted' ? `c2:r:${key.reactions}:${key.id}` : `c2:${CODES[sort]}:${key.id}`;
  return Buffer.from(raw).toString('base64url');
}

function invalidCursor(): ProblemException {
  return new ProblemException(400, 'invalid-cursor', 'Invalid cursor', 'cursor must be a nextCursor value returned for the same sort order', {
    errors: [{ field: 'cursor', message: 'is not a cursor this API issued for this sort order' }],
  });
}

export function decodeCursor(sort: SortOrder, cursor: string): SortKey {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = sort === 'most_reacted' ? /^c2:r:(\d{1,9}):([a-f0-9]{24})$/.exec(raw) : new RegExp(`^c2:${CODES[sort]}:([a-f0-9]{24})$`).exec(raw);
  if (!m) throw invalidCursor();
  return sort === 'most_reacted' ? { reactions: Number(m[1]), id: m[2]! } : { reactions: 0, id: m[1]! };
}

/** Negative when `a` comes before `b` in the listing. */
export function compareKeys(sort: SortOrder, a: SortKey, b: SortKey): number {
  const byId = a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  if (sort === 'oldest') return byId;
  if (sort === 'newest') return -byId;
  return a.reactions !== b.reactions ? b.reactions - a.reactions : -byId;
}

/** MongoDB sort of a listing (matches compareKeys). */
export function mongoSort(sort: SortOrder): Record<string, 1 | -1> {
  if (sort === 'oldest') return { _id: 1 };
  if (sort === 'newest') return { _id: -1 };
  return { reactionCount: -1, _id: -1 };
}

/** MongoDB filter selecting the items after `key`. */
export function mongoAfter(sort: SortOrder, key: SortKey): Record<string, unknown> {
  const id = new Types.ObjectId(key.id);
  if (sort === 'oldest') return { _id: { $gt: id } };
  if (sort === 'newest') return { _id: { $lt: id } };
  return { $or: [{ reactionCount: { $lt: key.reactions } }, { reactionCount: key.reactions, _id: { $lt: id } }] };
}

/**
 * One page of an already sorted list: the items after the cursor's key. New items that sort
 * before the cursor never shift later pages, so paging is stable while comments arrive.
 */
export function pageOf<T>(sorted: readonly T[], keyOf: (t: T) => SortKey, sort: SortOrder, limit: number, after?: SortKey): { items: T[]; nextCursor: string | null } {
  let lo = 0;
  if (after) {
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareKeys(sort, keyOf(sorted[mid]!), after) <= 0) lo = mid + 1;
      else hi = mid;
    }
  }
  const items = sorted.slice(lo, lo + limit);
  const nextCursor = lo + limit < sorted.length && items.length ? encodeCursor(sort, keyOf(items[items.length - 1]!)) : null;
  return { items, nextCursor };
}
