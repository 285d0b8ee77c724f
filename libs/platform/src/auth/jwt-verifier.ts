import jwt from 'jsonwebtoken';
import { AuthenticatedUser, Role, ROLES } from './authenticated-user';

export class InvalidTokenError extends Error {}

/** Verifies host-site HS256 bearer tokens (claims: sub, name, optional roles). */
export class JwtVerifier {
  constructor(
    private readonly secret: string,
    private readonly options: { issuer?: string; audience?: string } = {},
  ) {}

  verify(token: string): AuthenticatedUser {
    let claims: jwt.JwtPayload | string;
    try {
      claims = jwt.verify(token, this.secret, {
        algorithms: ['HS256'],
        issuer: this.options.issuer,
        audience: this.options.audience,
        clockTolerance: 5,
      });
    } catch (err) {
      throw new InvalidTokenError(`invalid token: ${(err as Error).message}`);
    }
    if (typeof claims === 'string') throw new InvalidTokenError('invalid token: payload is not an object');
    const sub = claims.sub;
    if (typeof sub !== 'string' || sub.length === 0 || sub.length > 200) throw new InvalidTokenError('invalid token: "sub" claim is required');
    const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 100) : sub;
    const rawRoles: unknown = claims.roles ?? [];
    if (!Array.isArray(rawRoles)) throw new InvalidTokenError('invalid token: "roles" must be an array');
    const roles = rawRoles.filter((r): r is Role => ROLES.includes(r as Role));
    if (!roles.includes('commenter')) roles.unshift('commenter');
    return { id: sub, name, roles };
  }

  sign(user: { sub: string; name?: string; roles?: Role[] }, expiresIn: jwt.SignOptions['expiresIn'] = '12h'): string {
    return jwt.sign({ name: user.name, roles: user.roles }, this.secret, {
      algorithm: 'HS256',
      subject: user.sub,
      expiresIn,
      issuer: this.options.issuer,
      audience: this.options.audience,
    });
  }
}
