import jwt from 'jsonwebtoken';
import { JwtVerifier } from './jwt-verifier';

const secret = 's'.repeat(40);

describe('JwtVerifier', () => {
  const verifier = new JwtVerifier(secret);

  it('reads sub, name and known roles; every user is a commenter', () => {
    const token = jwt.sign({ name: 'Alice', roles: ['moderator', 'superuser'] }, secret, { subject: 'alice', algorithm: 'HS256', expiresIn: '1h' });
    expect(verifier.verify(token)).toEqual({ id: 'alice', site: 'default', name: 'Alice', roles: ['commenter', 'moderator'] });
  });

  it('reads badges from a badges array claim and boolean staff/subscriber/expert claims; ignores unknown ones; refuses a badges claim that is no array', () => {
    const listed = jwt.sign({ name: 'Sam', badges: ['expert', 'wizard', 'staff', 'staff'] }, secret, { subject: 'sam', algorithm: 'HS256', expiresIn: '1h' });
    expect(verifier.verify(listed)).toEqual({ id: 'sam', site: 'default', name: 'Sam', roles: ['commenter'], badges: ['staff', 'expert'] });
    const flags = jwt.sign({ subscriber: true, expert: 'yes' }, secret, { subject: 'sue', algorithm: 'HS256', expiresIn: '1h' });
    expect(verifier.verify(flags).badges).toEqual(['subscriber']);
    const copy = verifier.verify(listed);
    copy.badges!.push('subscriber'); // a caller changing its copy changes nothing for the next request
    expect(verifier.verify(listed).badges).toEqual(['staff', 'expert']);
    expect(verifier.verify(jwt.sign({ badges: ['nobody'] }, secret, { subject: 'n', algorithm: 'HS256', expiresIn: '1h' }))).not.toHaveProperty('badges');
    expect(() => verifier.verify(jwt.sign({ sub: 'b', badges: 'staff' }, secret, { expiresIn: '1h' }))).toThrow(/"badges" must be an array/);
  });

  it('keeps only the domain of an optional email claim (lower case, punycode), and ignores an unusable one', () => {
    const withEmail = jwt.sign({ name: 'Bea', email: 'Bea@Bücher.Example' }, secret, { subject: 'bea', algorithm: 'HS256', expiresIn: '1h' });
    expect(verifier.verify(withEmail)).toEqual({ id: 'bea', site: 'default', name: 'Bea', roles: ['commenter'], emailDomain: 'xn--bcher-kva.example' });
    expect(verifier.verify(withEmail)).toEqual({ id: 'bea', site: 'default', name: 'Bea', roles: ['commenter'], emailDomain: 'xn--bcher-kva.example' });
    const junk = jwt.sign({ email: 'not an email' }, secret, { subject: 'cy', algorithm: 'HS256', expiresIn: '1h' });
    expect(verifier.verify(junk)).toEqual({ id: 'cy', site: 'default', name: 'cy', roles: ['commenter'] });
    const dee = jwt.sign({ email: 'dee@mail.example.org' }, secret, { subject: 'dee', algorithm: 'HS256', expiresIn: '1h' });
    expect(verifier.verify(dee).emailDomain).toBe('mail.example.org');
  });

  it('refuses other algorithms, wrong secrets, expired tokens and tokens without sub', () => {
    const none = jwt.sign({ sub: 'a' }, '', { algorithm: 'none' } as jwt.SignOptions);
    expect(() => verifier.verify(none)).toThrow(/invalid token/);
    expect(() => verifier.verify(jwt.sign({ sub: 'a' }, 'w'.repeat(40)))).toThrow(/invalid signature/);
    expect(() => verifier.verify(jwt.sign({ sub: 'a', exp: Math.floor(Date.now() / 1000) - 60 }, secret))).toThrow(/jwt expired/);
    expect(() => verifier.verify(jwt.sign({ name: 'x' }, secret, { expiresIn: '1h' }))).toThrow(/"sub" claim is required/);
    expect(() => verifier.verify(jwt.sign({ sub: 'a', roles: 'admin' }, secret, { expiresIn: '1h' }))).toThrow(/"roles" must be an array/);
  });

  it('requires exp, and refuses a lifetime beyond the configured maximum (from iat and from now)', () => {
    expect(() => verifier.verify(jwt.sign({ sub: 'a' }, secret))).toThrow(/"exp" claim is required/);
    expect(() => verifier.verify(jwt.sign({ sub: 'a' }, secret, { noTimestamp: true }))).toThrow(/"exp" claim is required/);
    expect(() => verifier.verify(jwt.sign({ sub: 'a' }, secret, { expiresIn: '25h' }))).toThrow(/lifetime longer than 86400 s/); // default 24 h
    const short = new JwtVerifier(secret, { maxLifetimeS: 600 });
    expect(short.verify(jwt.sign({ sub: 'a' }, secret, { expiresIn: '10m' })).id).toBe('a');
    expect(() => short.verify(jwt.sign({ sub: 'a' }, secret, { expiresIn: '11m' }))).toThrow(/lifetime longer than 600 s/);
    const now = Math.floor(Date.now() / 1000);
    expect(() => short.verify(jwt.sign({ sub: 'a', iat: now - 3000, exp: now + 60 }, secret))).toThrow(/lifetime longer than 600 s/); // issued long ago
    expect(() => short.verify(jwt.sign({ sub: 'a', exp: now + 3600 }, secret, { noTimestamp: true }))).toThrow(/lifetime longer than 600 s/); // no iat
  });

  it('requires the configured issuer and audience', () => {
    const bound = new JwtVerifier(secret, { issuer: 'https://news.example', audience: 'parley' });
    const sign = (o: jwt.SignOptions) => jwt.sign({ sub: 'a' }, secret, { expiresIn: '1h', ...o });
    expect(bound.verify(sign({ issuer: 'https://news.example', audience: 'parley' })).id).toBe('a');
    expect(() => bound.verify(sign({ audience: 'parley' }))).toThrow(/jwt issuer invalid/);
    expect(() => bound.verify(sign({ issuer: 'https://evil.example', audience: 'parley' }))).toThrow(/jwt issuer invalid/);
    expect(() => bound.verify(sign({ issuer: 'https://news.example' }))).toThrow(/jwt audience invalid/);
    expect(() => bound.verify(sign({ issuer: 'https://news.example', audience: 'other' }))).toThrow(/jwt audience invalid/);
    expect(verifier.verify(sign({ issuer: 'anyone', audience: 'anything' })).id).toBe('a'); // not configured: not checked
  });

  it('remembers a verified token until it expires, and never a refused one', () => {
    const v = new JwtVerifier(secret);
    const now = Date.now();
    const spy = jest.spyOn(Date, 'now').mockReturnValue(now);
    try {
      const token = jwt.sign({ sub: 'bob', exp: Math.floor(now / 1000) + 30 }, secret);
      const first = v.verify(token);
      first.roles.push('admin'); // a caller changing its copy changes nothing for the next request
      expect(v.verify(token)).toEqual({ id: 'bob', site: 'default', name: 'bob', roles: ['commenter'] });
      // Past exp (and the 5 s clock tolerance) the token is checked again, and refused.
      spy.mockReturnValue(now + 36_000);
      expect(() => v.verify(token)).toThrow(/jwt expired/);
      const forged = jwt.sign({ sub: 'bob', exp: Math.floor(now / 1000) + 30 }, 'w'.repeat(40));
      expect(() => v.verify(forged)).toThrow(/invalid signature/);
      expect(() => v.verify(forged)).toThrow(/invalid signature/);
    } finally {
      spy.mockRestore();
    }
  });

  it('reads the sections a parley_scopes claim limits a moderator to, and refuses a malformed one', () => {
    const sign = (scopes: unknown) => jwt.sign({ roles: ['moderator'], parley_scopes: scopes }, secret, { subject: 'm', expiresIn: '1h' });
    expect(verifier.verify(sign({ sections: ['politics', 'sport', 'politics'] })).sections).toEqual(['politics', 'sport']);
    expect(verifier.verify(jwt.sign({}, secret, { subject: 'm', expiresIn: '1h' }))).not.toHaveProperty('sections');
    for (const bad of [{ sections: 'politics' }, { sections: [] }, ['politics'], { sections: [''] }, { sections: [1] }, null]) {
      expect(() => verifier.verify(sign(bad))).toThrow(/"parley_scopes" must be/);
    }
  });

  describe('several sites', () => {
    const secretB = 'b'.repeat(40);
    const sites = [
      { id: 'default', secret },
      { id: 'site-b', issuer: 'https://b.example', secret: secretB, audience: 'parley-b' },
    ];
    const multi = new JwtVerifier(secret, {}, sites);
    const signB = (payload: object, o: jwt.SignOptions = {}) => jwt.sign(payload, secretB, { algorithm: 'HS256', expiresIn: '1h', issuer: 'https://b.example', audience: 'parley-b', ...o });

    it("picks the key by the token's issuer; the user carries the site and a site-scoped id", () => {
      expect(multi.verify(signB({ name: 'Bo' }, { subject: 'bo' }))).toEqual({ id: 'site-b/bo', site: 'site-b', name: 'Bo', roles: ['commenter'] });
      expect(multi.verify(jwt.sign({}, secret, { subject: 'bo', expiresIn: '1h' }))).toEqual({ id: 'bo', site: 'default', name: 'bo', roles: ['commenter'] });
      expect(multi.siteIds).toEqual(['default', 'site-b']);
      expect(multi.siteOfKey('site-b/bo')).toBe('site-b');
      expect(multi.siteOfKey('bo')).toBe('default');
      expect(multi.siteOfKey('site-c/bo')).toBe('default');
    });

    it("refuses a token signed with another site's secret, or without that site's audience", () => {
      // Site B's issuer, default site's secret: checked with B's key.
      expect(() => multi.verify(jwt.sign({}, secret, { subject: 'x', expiresIn: '1h', issuer: 'https://b.example', audience: 'parley-b' }))).toThrow(/invalid signature/);
      // Default site (unknown issuer), B's secret.
      expect(() => multi.verify(jwt.sign({}, secretB, { subject: 'x', expiresIn: '1h', issuer: 'https://other.example' }))).toThrow(/invalid signature/);
      expect(() => multi.verify(signB({}, { subject: 'x', audience: 'other' }))).toThrow(/jwt audience invalid/);
    });

    it('refuses a subject whose site-scoped id would pass 200 characters', () => {
      expect(multi.verify(signB({}, { subject: 'x'.repeat(193) })).id).toHaveLength(200);
      expect(() => multi.verify(signB({}, { subject: 'x'.repeat(194) }))).toThrow(/"sub" of site site-b may be at most 193 characters/);
    });

    it("refuses a default-site subject that looks like another site's user id", () => {
      expect(() => multi.verify(jwt.sign({}, secret, { subject: 'site-b/bo', expiresIn: '1h' }))).toThrow(/must not start with the id of another site/);
      expect(new JwtVerifier(secret).verify(jwt.sign({}, secret, { subject: 'site-b/bo', expiresIn: '1h' })).id).toBe('site-b/bo'); // one site: nothing to confuse
    });
  });
});
