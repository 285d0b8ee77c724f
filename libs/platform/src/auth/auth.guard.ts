import { CanActivate, ExecutionContext, Injectable, SetMetadata, createParamDecorator } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ProblemException } from '../http/problem';
import { AuthenticatedUser, Role } from './authenticated-user';
import { InvalidTokenError, JwtVerifier } from './jwt-verifier';
import { DEFAULT_SITE_ID, keyBelongsToSite } from '../sites/site';

const PUBLIC_KEY = 'parley:public';
const ROLES_KEY = 'parley:roles';
const OPTIONAL_AUTH_KEY = 'parley:optional-auth';

/** Route needs no credential. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
/** Route works anonymously but uses the caller when a valid token is sent. */
export const OptionalAuth = () => SetMetadata(OPTIONAL_AUTH_KEY, true);
const DEPLOYMENT_WIDE_KEY = 'parley:deployment-wide';
/**
 * Route administers what every site of the deployment shares (rule sets, email-domain rules,
 * trusted flaggers, transparency reporting, webhooks): only callers of the default site may use
 * it; another site's token gets 403 deployment-wide.
 */
export const DeploymentWide = () => SetMetadata(DEPLOYMENT_WIDE_KEY, true);

/** Route needs one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Who may call a route, as the guard reads it from the handler's and its controller's metadata. */
export interface RouteAccess {
  /** @Public: no credential needed. */
  public: boolean;
  /** @OptionalAuth: anonymous callers allowed; a valid token is used when sent. */
  optional: boolean;
  /** @Roles: a signed-in caller needs one of these (none: any signed-in caller). */
  roles: Role[];
}

/** The access rule of a handler (method and controller class), read the way AuthGuard reads it. */
export function routeAccess(reflector: Reflector, targets: [handler: object, controller: object]): RouteAccess {
  const t = targets as unknown as Parameters<Reflector['getAllAndOverride']>[1];
  return {
    public: reflector.getAllAndOverride<boolean>(PUBLIC_KEY, t) ?? false,
    optional: reflector.getAllAndOverride<boolean>(OPTIONAL_AUTH_KEY, t) ?? false,
    roles: reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, t) ?? [],
  };
}

export type AuthedRequest = Request & { user?: AuthenticatedUser; site?: string };

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest<AuthedRequest>().user);

/** Header by which an anonymous caller (a reader's page without a token) names its site. */
export const SITE_HEADER = 'x-parley-site';

/**
 * The site a request acts on: the site of its token, or for an anonymous caller the site its
 * X-Parley-Site header names (the default site without one). Set by AuthGuard on every route.
 */
export const CurrentSite = createParamDecorator((_: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest<AuthedRequest>().site ?? DEFAULT_SITE_ID);

/**
 * The site of a request from its user and X-Parley-Site header (or `?site=`, for event streams
 * opened with EventSource): 400 unknown-site for a header
 * naming no configured site, 403 site-mismatch when it names another site than the token's.
 */
export function requestSite(req: Pick<Request, 'headers'> & { query?: unknown }, user: AuthenticatedUser | undefined, verifier: Pick<JwtVerifier, 'hasSite'>): string {
  const raw = req.headers[SITE_HEADER];
  // EventSource cannot send headers: an event stream may name its site with `?site=` instead.
  const query = (req.query as Record<string, unknown> | undefined)?.site;
  const named = (Array.isArray(raw) ? raw[0] : raw) ?? (typeof query === 'string' ? query : undefined);
  if (named !== undefined && named !== '' && !verifier.hasSite(named)) {
    throw new ProblemException(400, 'unknown-site', 'Unknown site', `${SITE_HEADER} names no site of this deployment`, { errors: [{ field: SITE_HEADER, message: 'is not a configured site id' }] });
  }
  if (user) {
    if (named && named !== user.site) throw new ProblemException(403, 'site-mismatch', 'Forbidden', `The token belongs to another site than ${SITE_HEADER} names`);
    return user.site;
  }
  return named || DEFAULT_SITE_ID;
}

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

  /** The user of a valid bearer token, or undefined (a public route refuses nothing). */
  private siteUserOf(req: AuthedRequest): AuthenticatedUser | undefined {
    const token = bearerToken(req);
    if (!token) return undefined;
    try {
      return this.verifier.verify(token);
    } catch {
      return undefined;
    }
  }

  canActivate(context: ExecutionContext): boolean {
    const access = routeAccess(this.reflector, [context.getHandler(), context.getClass()]);
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    if (access.public) {
      // A public route reads no credential, but a valid token still says which site the caller is on.
      req.site = requestSite(req, this.siteUserOf(req), this.verifier);
      return true;
    }
    const optional = access.optional;
    const token = bearerToken(req);
    if (token === undefined) {
      req.site = requestSite(req, undefined, this.verifier);
      if (optional) return true;
      throw new ProblemException(401, 'unauthorized', 'Authentication required', 'Send a bearer token issued by the host site: Authorization: Bearer <jwt>', {}, { 'WWW-Authenticate': 'Bearer' });
    }
    try {
      req.user = this.verifier.verify(token);
    } catch (err) {
      const detail = err instanceof InvalidTokenError ? err.message : 'invalid token';
      throw new ProblemException(401, 'invalid-token', 'Invalid credentials', detail, {}, { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
    }
    req.site = requestSite(req, req.user, this.verifier);
    const roles = access.roles;
    if (roles.length && !roles.some((r) => req.user!.roles.includes(r))) {
      throw new ProblemException(403, 'forbidden-role', 'Forbidden', `This action needs one of the roles: ${roles.join(', ')}`);
    }
    if (req.site !== DEFAULT_SITE_ID && this.reflector.getAllAndOverride<boolean>(DEPLOYMENT_WIDE_KEY, [context.getHandler(), context.getClass()])) {
      throw new ProblemException(403, 'deployment-wide', 'Forbidden', 'This route administers what every site shares; only the default site may use it');
    }
    // A user id in the path is another site's user: as if it did not exist.
    const userId = (req.params as Record<string, string> | undefined)?.userId;
    if (typeof userId === 'string' && !keyBelongsToSite(userId, req.site, this.verifier.siteIds)) {
      throw new ProblemException(404, 'user-not-found', 'Not found', 'No such user on this site');
    }
    return true;
  }
}
