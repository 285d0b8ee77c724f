import { ProblemException } from '@parley/platform';
import { decodeFeaturedCursor, encodeFeaturedCursor, featuredAfter } from './featured-cursor';

describe('featured-comments cursor', () => {
  it('round-trips the featured time and the comment id', () => {
    const key = { featuredAt: new Date('2026-12-05T10:00:00.123Z'), id: '665f1c2e8a1b2c3d4e5f6a7b' };
    const cursor = encodeFeaturedCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeFeaturedCursor(cursor)).toEqual(key);
  });

  it('refuses a cursor of another listing or a forged one with a 400 problem naming the field', () => {
    const listing = Buffer.from('c2:n:665f1c2e8a1b2c3d4e5f6a7b').toString('base64url');
    for (const bad of [listing, 'abc', Buffer.from('f1:x:665f1c2e8a1b2c3d4e5f6a7b').toString('base64url')]) {
      let thrown: unknown;
      try {
        decodeFeaturedCursor(bad);
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(ProblemException);
      expect((thrown as ProblemException).status).toBe(400);
      expect((thrown as ProblemException).extensions).toEqual({ errors: [{ field: 'cursor', message: expect.any(String) }] });
    }
  });

  it('continues after the key: earlier featured times, or the same time and a smaller id', () => {
    const at = new Date(1000);
    expect(featuredAfter({ featuredAt: at, id: 'a'.repeat(24) }, (id) => `oid(${id})`)).toEqual({
      $or: [{ featuredAt: { $lt: at } }, { featuredAt: at, _id: { $lt: `oid(${'a'.repeat(24)})` } }],
    });
  });
});
