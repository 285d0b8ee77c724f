import { createHmac, timingSafeEqual } from 'node:crypto';
import { CATEGORIES, Category } from '../notify/categories';

/**
 * Signed unsubscribe tokens: `<base64url {"u":userId,"c":category}>.<base64url HMAC-SHA256>`.
 * They do not expire (an old email's link must keep working) and only turn a category off.
 */
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('parley-unsubscribe-v1').digest();
  }

  sign(userId: string, category: Category): string {
    const payload = Buffer.from(JSON.stringify({ u: userId, c: category })).toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  /** Returns the user and category, or null when the token is malformed or its signature is wrong. */
  verify(token: string): { userId: string; category: Category } | null {
    const m = /^([A-Za-z0-9_-]{1,1000})\.([A-Za-z0-9_-]{43})$/.exec(token);
    if (!m) return null;
    const expected = Buffer.from(this.mac(m[1]!));
    const got = Buffer.from(m[2]!);
    if (expected.length !== got.length || !timingSafeEqual(expected, got)) return null;
    try {
      const { u, c } = JSON.parse(Buffer.from(m[1]!, 'base64url').toString('utf8')) as { u: unknown; c: unknown };
      if (typeof u !== 'string' || !CATEGORIES.includes(c as Category)) return null;
      return { userId: u, category: c as Category };
    } catch {
      return null;
    }
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
