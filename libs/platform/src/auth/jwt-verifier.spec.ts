import jwt from 'jsonwebtoken';
import { JwtVerifier } from './jwt-verifier';

const secret = 's'.repeat(40);

describe('JwtVerifier', () => {
  const verifier = new JwtVerifier(secret);

  it('reads sub, name and known roles; every user is a commenter', () => {
    const token = jwt.sign({ name: 'Alice', roles: ['moderator', 'superuser'] }, secret, { subject: 'alice', algorithm: 'HS256' });
    expect(verifier.verify(token)).toEqual({ id: 'alice', name: 'Alice', roles: ['commenter', 'moderator'] });
  });

  it('refuses other algorithms, wrong secrets, expired tokens and tokens without sub', () => {
    const none = jwt.sign({ sub: 'a' }, '', { algorithm: 'none' } as jwt.SignOptions);
    expect(() => verifier.verify(none)).toThrow(/invalid token/);
    expect(() => verifier.verify(jwt.sign({ sub: 'a' }, 'w'.repeat(40)))).toThrow(/invalid signature/);
    expect(() => verifier.verify(jwt.sign({ sub: 'a', exp: Math.floor(Date.now() / 1000) - 60 }, secret))).toThrow(/jwt expired/);
    expect(() => verifier.verify(jwt.sign({ name: 'x' }, secret))).toThrow(/"sub" claim is required/);
    expect(() => verifier.verify(jwt.sign({ sub: 'a', roles: 'admin' }, secret))).toThrow(/"roles" must be an array/);
  });

  it('remembers a verified token until it expires, and never a refused one', () => {
    const v = new JwtVerifier(secret);
    const now = Date.now();
    const spy = jest.spyOn(Date, 'now').mockReturnValue(now);
    try {
      const token = jwt.sign({ sub: 'bob', exp: Math.floor(now / 1000) + 30 }, secret);
      const first = v.verify(token);
      first.roles.push('admin'); // a caller changing its copy changes nothing for the next request
      expect(v.verify(token)).toEqual({ id: 'bob', name: 'bob', roles: ['commenter'] });
      // Past exp (and the 5 s clock tolerance) the token is checked again, and refused.
      spy.mockReturnValue(now + 36_000);
      expect(() => v.verify(token)).toThrow(/jwt expired/);
      const forged = jwt.sign({ sub: 'bob' }, 'w'.repeat(40));
      expect(() => v.verify(forged)).toThrow(/invalid signature/);
      expect(() => v.verify(forged)).toThrow(/invalid signature/);
    } finally {
      spy.mockRestore();
    }
  });
});
