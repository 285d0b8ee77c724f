import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export type ConfirmationTokenCheck =
  | { ok: true; userId: string; expiresAt: Date; hash: string }
  | { ok: false; reason: 'invalid' | 'expired' };

/**
 * One-time links that confirm a notification email address:
 * `<base64url {"u":userId,"n":nonce,"x":expiresAtMs}>.<base64url HMAC-SHA256>`.
 *
 * The key is derived from NOTIFY_UNSUBSCRIBE_SECRET with its own purpose label, so an
 * unsubscribe token (signed under another derived key) never verifies here and vice versa.
 * The signature and expiry are checked here; that a token is the user's current one (not
 * used, not replaced by a newer one) is checked against the SHA-256 `hash` stored with the
 * pending address. The address itself is not in the token.
 */
export class EmailConfirmationTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('parley-email-confirmation-v1').digest();
  }

  issue(userId: string, expiresAt: Date): { token: string; hash: string } {
    const payload = Buffer.from(JSON.stringify({ u: userId, n: randomBytes(16).toString('base64url'), x: expiresAt.getTime() })).toString('base64url');
    const token = `${payload}.${this.mac(payload)}`;
    return { token, hash: EmailConfirmationTokens.hash(token) };
  }

  /** What is stored: a link read from the database cannot be turned back into a working link. */
  static hash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }

  verify(token: string, now = new Date()): ConfirmationTokenCheck {
    const m = /^([A-Za-z0-9_-]{1,1000})\.([A-Za-z0-9_-]{43})$/.exec(token);
    if (!m) return { ok: false, reason: 'invalid' };
    const expected = Buffer.from(this.mac(m[1]!));
    const got = Buffer.from(m[2]!);
    if (expected.length !== got.length || !timingSafeEqual(expected, got)) return { ok: false, reason: 'invalid' };
    let claims: { u?: unknown; n?: unknown; x?: unknown };
    try {
      claims = JSON.parse(Buffer.from(m[1]!, 'base64url').toString('utf8')) as typeof claims;
    } catch {
      return { ok: false, reason: 'invalid' };
    }
    if (typeof claims.u !== 'string' || typeof claims.n !== 'string' || typeof claims.x !== 'number' || !Number.isFinite(claims.x)) return { ok: false, reason: 'invalid' };
    if (claims.x <= now.getTime()) return { ok: false, reason: 'expired' };
    return { ok: true, userId: claims.u, expiresAt: new Date(claims.x), hash: EmailConfirmationTokens.hash(token) };
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
