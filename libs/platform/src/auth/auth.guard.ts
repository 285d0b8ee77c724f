import { CanActivate, ExecutionContext, Injectable, SetMetadata, createParamDecorator } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ProblemException } from '../http/problem';
import { AuthenticatedUser, Role } from './authenticated-user';
import { InvalidTokenError, JwtVerifier } from './jwt-verifier';

const PUBLIC_KEY = 'parley:public';
const ROLES_KEY = 'parley:roles';
const OPTIONAL_AUTH_KEY = 'parley:optional-auth';

/** Route needs no credential. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
/** Route works anonymously but uses the caller when a valid token is sent. */
export const OptionalAuth = () => SetMetadata(OPTIONAL_AUTH_KEY, true);
/** Route needs one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export type AuthedRequest = Request & { user?: AuthenticatedUser };

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest<AuthedRequest>().user);

/** The bearer token of a request: undefined without an Authorization header, '' when it is not `Bearer <token>`. */
export function bearerToken(req: Pick<Request, 'headers'>): string | undefined {
  const h = req.headers.authorization;
  if (!h) return undefined;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m ? m[1] : '';
}

/** Global guard: every route needs a valid bearer token unless marked @Public / @OptionalAuth. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: JwtVerifier,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const optional = this.reflector.getAllAndOverride<boolean>(OPTIONAL_AUTH_KEY, targets);
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    const token = bearerToken(req);
    if (token === undefined) {
      if (optional) return true;
      throw new ProblemException(401, 'unauthorized', 'Authentication required', 'Send a bearer token issued by the host site: Authorization: Bearer <jwt>', {}, { 'WWW-Authenticate': 'Bearer' });
    }
    try {
      req.user = this.verifier.verify(token);
    } catch (err) {
      const detail = err instanceof InvalidTokenError ? err.message : 'invalid token';
      throw new ProblemException(401, 'invalid-token', 'Invalid credentials', detail, {}, { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles?.length && !roles.some((r) => req.user!.roles.includes(r))) {
      throw new ProblemException(403, 'forbidden-role', 'Forbidden', `This action needs one of the roles: ${roles.join(', ')}`);
    }
    return true;
  }
}
