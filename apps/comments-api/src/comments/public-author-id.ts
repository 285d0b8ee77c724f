import { createHmac } from 'node:crypto';

/**
 * The author id the public sees: a keyed hash of the host site's `sub` (HMAC-SHA256, 128 bits,
 * base64url, prefixed `a_`). Stable for one author, so readers can tell who wrote what, but it
 * does not reveal the host's identifier (which may be an email address) and cannot be reversed
 * or recomputed without the key. The author and moderators still see the raw id.
 */
let key: Buffer | null = null;
const cache = new Map<string, string>();
const CACHE_MAX = 50_000;

/** Sets the key (PUBLIC_AUTHOR_ID_KEY, or one derived from AUTH_JWT_SECRET); called once at start-up. */
export function configurePublicAuthorIds(secret: string, derived: boolean): void {
  key = derived ? createHmac('sha256', secret).update('parley-public-author-id-v1').digest() : Buffer.from(secret, 'utf8');
  cache.clear();
}

export function publicAuthorId(sub: string): string {
  if (!key) throw new Error('configurePublicAuthorIds() was not called');
  let id = cache.get(sub);
  if (id === undefined) {
    id = `a_${createHmac('sha256', key).update(sub).digest('base64url').slice(0, 22)}`;
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(sub, id);
  }
  return id;
}
