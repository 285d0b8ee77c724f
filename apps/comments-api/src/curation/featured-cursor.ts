import { ProblemException } from '@parley/platform';

/** Where a comment sits in the featured tab: when it was featured, then its id (both descending). */
export interface FeaturedKey {
  featuredAt: Date;
  id: string;
}

/** Opaque cursor of the featured tab. */
export function encodeFeaturedCursor(key: FeaturedKey): string {
  return Buffer.from(`f1:${key.featuredAt.getTime()}:${key.id}`).toString('base64url');
}

export function decodeFeaturedCursor(cursor: string): FeaturedKey {
  const m = /^f1:(\d{1,15}):([a-f0-9]{24})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) {
    throw new ProblemException(400, 'invalid-cursor', 'Invalid cursor', 'cursor must be a nextCursor value returned by the featured-comments listing', {
      errors: [{ field: 'cursor', message: 'is not a cursor this API issued for the featured comments' }],
    });
  }
  return { featuredAt: new Date(Number(m[1])), id: m[2]! };
}

/** The MongoDB filter for the comments after `key` (featuredAt descending, then _id descending). */
export function featuredAfter(key: FeaturedKey, toObjectId: (id: string) => unknown): Record<string, unknown> {
  return { $or: [{ featuredAt: { $lt: key.featuredAt } }, { featuredAt: key.featuredAt, _id: { $lt: toObjectId(key.id) } }] };
}
