import { EmailConfirmationTokens } from './email-confirmation-token';
import { UnsubscribeTokens } from './unsubscribe-token';

const SECRET = 'unit-test-unsubscribe-secret-0123456789abcdef';

describe('EmailConfirmationTokens', () => {
  const tokens = new EmailConfirmationTokens(SECRET);
  const inAnHour = () => new Date(Date.now() + 3_600_000);

  it('verifies its own token until it expires and returns the stored hash', () => {
    const expiresAt = inAnHour();
    const { token, hash } = tokens.issue('alice', expiresAt);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(token).not.toContain(hash);
    expect(tokens.verify(token)).toEqual({ ok: true, userId: 'alice', expiresAt, hash });
    expect(tokens.verify(token, new Date(expiresAt.getTime() + 1))).toEqual({ ok: false, reason: 'expired' });
  });

  it('issues a different token each time (a new link replaces the old one)', () => {
    const a = tokens.issue('alice', inAnHour());
    const b = tokens.issue('alice', inAnHour());
    expect(a.token).not.toBe(b.token);
    expect(a.hash).not.toBe(b.hash);
  });

  it('refuses tampered payloads and signatures, other keys and malformed input', () => {
    const { token } = tokens.issue('alice', inAnHour());
    const [payload, mac] = token.split('.') as [string, string];
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), u: 'mallory' })).toString('base64url');
    expect(tokens.verify(`${forged}.${mac}`)).toEqual({ ok: false, reason: 'invalid' });
    expect(tokens.verify(`${payload}.${mac.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}`)).toEqual({ ok: false, reason: 'invalid' });
    expect(new EmailConfirmationTokens(SECRET + 'x').verify(token)).toEqual({ ok: false, reason: 'invalid' });
    for (const bad of ['', 'abc', `${payload}.`, `${payload}.${mac}.x`, 'a'.repeat(5000)]) expect(tokens.verify(bad)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('never accepts an unsubscribe token signed with the same secret, nor the reverse', () => {
    const unsubscribe = new UnsubscribeTokens(SECRET);
    expect(tokens.verify(unsubscribe.sign('alice', 'replies'))).toEqual({ ok: false, reason: 'invalid' });
    expect(unsubscribe.verify(tokens.issue('alice', inAnHour()).token)).toBeNull();
  });

  it('refuses a correctly signed payload without the expected claims', () => {
    // Same key, hand-built payloads: only a token this class issued has all claims.
    const key = (tokens as unknown as { mac(p: string): string });
    for (const claims of [{ u: 'alice', n: 'x' }, { u: 1, n: 'x', x: Date.now() + 10_000 }, { u: 'alice', x: Date.now() + 10_000 }]) {
      const p = Buffer.from(JSON.stringify(claims)).toString('base64url');
      expect(tokens.verify(`${p}.${key.mac(p)}`)).toEqual({ ok: false, reason: 'invalid' });
    }
  });
});
