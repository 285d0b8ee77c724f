import { createSecretKey, KeyObject } from 'node:crypto';
import { domainToASCII } from 'node:url';
import jwt from 'jsonwebtoken';
import type { CommonConfig } from '../config/common.config';
import { DEFAULT_SITE_ID, readSites, Site, SITE_KEY_SEPARATOR, userKey } from '../sites/site';
import { AuthenticatedUser, Badge, BADGES, Role, ROLES } from './authenticated-user';

export class InvalidTokenError extends Error {}

const CLOCK_TOLERANCE_S = 5;
/** Default longest lifetime a token may claim (exp − iat, and exp − now): 24 hours. */
export const DEFAULT_MAX_TOKEN_LIFETIME_S = 86_400;

export interface JwtVerifierOptions {
  /** When set, tokens must carry this `iss`. */
  issuer?: string;
  /** When set, tokens must carry this `aud`. */
  audience?: string;
  /** Longest lifetime a token may claim, in seconds. */
  maxLifetimeS?: number;
}
/** How long a verified token is remembered (never past its expiry), and how many at most. */
const CACHE_MS = 60_000;
const CACHE_MAX = 10_000;

/**
 * Verifies host-site HS256 bearer tokens (claims: sub, exp, name, optional roles, iat and email).
 *
 * A deployment may serve several sites, each with its own issuer and secret: the token's `iss`
 * picks the site (and the key it must be signed with); the user carries that site, and its id is
 * the subject on the default site and `<site>/<sub>` on the others, so two sites' users never
 * share data.
 *
 * `exp` is required and may lie at most `maxLifetimeS` ahead (of `iat` when present, and of now),
 * so a leaked token stops working; a deployment may require an issuer and an audience.
 *
 * A reader's page sends the same token with every request, so a verified token is remembered
 * for a minute (never past its `exp`): the next request costs a map lookup instead of an HMAC
 * and two JSON parses. Only valid tokens are remembered, keyed by the whole token string.
 */
export class JwtVerifier {
  private readonly key: KeyObject;
  private readonly cache = new Map<string, { user: AuthenticatedUser; until: number }>();
  /** The sites other than the default one, by their issuer. */
  private readonly byIssuer = new Map<string, { site: Site; key: KeyObject }>();
  /** Every site's id, the default one first. */
  readonly siteIds: readonly string[];

  /**
   * `secret` and `options` are the default site's; `sites` the further ones (each with its own
   * issuer, secret and optional audience). A token is checked with the key of the site its `iss`
   * names, or the default site's when no other site has that issuer.
   */
  constructor(
    private readonly secret: string,
    private readonly options: JwtVerifierOptions = {},
    sites: readonly Site[] = [],
  ) {
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
    for (const site of sites) {
      if (site.id === DEFAULT_SITE_ID) continue;
      this.byIssuer.set(site.issuer!, { site, key: createSecretKey(Buffer.from(site.secret, 'utf8')) });
    }
    this.siteIds = [DEFAULT_SITE_ID, ...[...this.byIssuer.values()].map((s) => s.site.id)];
  }

  /** The verifier an app configures from AUTH_JWT_SECRET, AUTH_JWT_ISSUER, AUTH_JWT_AUDIENCE, AUTH_JWT_MAX_LIFETIME_S and SITES / SITES_FILE. */
  static fromConfig(config: CommonConfig): JwtVerifier {
    return new JwtVerifier(
      config.AUTH_JWT_SECRET,
      {
        issuer: config.AUTH_JWT_ISSUER || undefined,
        audience: config.AUTH_JWT_AUDIENCE || undefined,
        maxLifetimeS: config.AUTH_JWT_MAX_LIFETIME_S,
      },
      readSites(config, config as unknown as NodeJS.ProcessEnv),
    );
  }

  /** The site of a user id or article key (`<site>/<id>` for a configured site, the default site otherwise). */
  siteOfKey(key: string): string {
    return this.siteIds.find((id) => id !== DEFAULT_SITE_ID && key.startsWith(id + SITE_KEY_SEPARATOR)) ?? DEFAULT_SITE_ID;
  }

  /** Whether a site of this id is configured. */
  hasSite(siteId: string): boolean {
    return this.siteIds.includes(siteId);
  }

  /** Expiry (ms since the epoch) of a token this verifier accepted. */
  expiresAt(token: string): number {
    const claims = jwt.decode(token);
    return claims && typeof claims === 'object' && typeof claims.exp === 'number' ? claims.exp * 1000 : 0;
  }

  verify(token: string): AuthenticatedUser {
    const now = Date.now();
    const hit = this.cache.get(token);
    if (hit && hit.until > now) return copyOf(hit.user);
    if (hit) this.cache.delete(token);
    const { user, exp } = this.verifyUncached(token);
    if (this.cache.size >= CACHE_MAX) this.cache.clear();
    const until = Math.min(now + CACHE_MS, exp * 1000 + CLOCK_TOLERANCE_S * 1000);
    this.cache.set(token, { user, until });
    return copyOf(user);
  }

  /** The site a token claims by its `iss` (checked with that site's key), the default site otherwise. */
  private siteOf(token: string): { id: string; key: KeyObject; issuer?: string; audience?: string } {
    if (this.byIssuer.size) {
      const unverified = jwt.decode(token);
      const iss = unverified && typeof unverified === 'object' ? unverified.iss : undefined;
      const other = typeof iss === 'string' ? this.byIssuer.get(iss) : undefined;
      if (other) return { id: other.site.id, key: other.key, issuer: other.site.issuer, audience: other.site.audience };
    }
    return { id: DEFAULT_SITE_ID, key: this.key, issuer: this.options.issuer, audience: this.options.audience };
  }

  private verifyUncached(token: string): { user: AuthenticatedUser; exp: number } {
    let claims: jwt.JwtPayload | string;
    const site = this.siteOf(token);
    try {
      claims = jwt.verify(token, site.key, {
        algorithms: ['HS256'],
        issuer: site.issuer,
        audience: site.audience,
        clockTolerance: CLOCK_TOLERANCE_S,
      });
    } catch (err) {
      throw new InvalidTokenError(`invalid token: ${(err as Error).message}`);
    }
    if (typeof claims === 'string') throw new InvalidTokenError('invalid token: payload is not an object');
    const exp = claims.exp;
    if (typeof exp !== 'number' || !Number.isFinite(exp)) throw new InvalidTokenError('invalid token: "exp" claim is required');
    const maxLifetime = this.options.maxLifetimeS ?? DEFAULT_MAX_TOKEN_LIFETIME_S;
    const nowS = Date.now() / 1000;
    if (exp - nowS > maxLifetime + CLOCK_TOLERANCE_S || (typeof claims.iat === 'number' && exp - claims.iat > maxLifetime)) {
      throw new InvalidTokenError(`invalid token: lifetime longer than ${maxLifetime} s`);
    }
    const sub = claims.sub;
    if (typeof sub !== 'string' || sub.length === 0 || sub.length > 200) throw new InvalidTokenError('invalid token: "sub" claim is required');
    // A site-scoped id (`<site>/<sub>`) must fit where user ids go (200 characters).
    if (site.id !== DEFAULT_SITE_ID && sub.length + site.id.length + 1 > 200) throw new InvalidTokenError(`invalid token: "sub" of site ${site.id} may be at most ${199 - site.id.length} characters`);
    // A default-site subject must not look like another site's user id (`<site>/<sub>`).
    if (site.id === DEFAULT_SITE_ID && this.siteIds.some((id) => id !== DEFAULT_SITE_ID && sub.startsWith(id + SITE_KEY_SEPARATOR))) {
      throw new InvalidTokenError('invalid token: "sub" must not start with the id of another site and "/"');
    }
    const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 100) : sub;
    const rawRoles: unknown = claims.roles ?? [];
    if (!Array.isArray(rawRoles)) throw new InvalidTokenError('invalid token: "roles" must be an array');
    const roles = rawRoles.filter((r): r is Role => ROLES.includes(r as Role));
    if (!roles.includes('commenter')) roles.unshift('commenter');
    const emailDomain = emailDomainOf(claims.email);
    const badges = badgesOf(claims);
    const sections = sectionsOf(claims);
    return {
      user: { id: userKey(site.id, sub), site: site.id, name, roles, ...(emailDomain ? { emailDomain } : {}), ...(badges.length ? { badges } : {}), ...(sections ? { sections } : {}) },
      exp,
    };
  }

  sign(user: { sub: string; name?: string; roles?: Role[]; email?: string }, expiresIn: jwt.SignOptions['expiresIn'] = '12h'): string {
    return jwt.sign({ name: user.name, roles: user.roles, ...(user.email ? { email: user.email } : {}) }, this.secret, {
      algorithm: 'HS256',
      subject: user.sub,
      expiresIn,
      issuer: this.options.issuer,
      audience: this.options.audience,
    });
  }
}

/** A caller's own copy of a remembered user (changing it changes nothing for the next request). */
function copyOf(user: AuthenticatedUser): AuthenticatedUser {
  return { ...user, roles: [...user.roles], ...(user.badges ? { badges: [...user.badges] } : {}), ...(user.sections ? { sections: [...user.sections] } : {}) };
}

/**
 * The sections a `parley_scopes` claim limits a moderator to (`{ sections: [...] }`, 1–100
 * section names of 1–100 characters); undefined without the claim. A malformed claim is refused
 * rather than ignored: ignoring it would widen the moderator's reach.
 */
export function sectionsOf(claims: Record<string, unknown>): string[] | undefined {
  const raw = claims.parley_scopes;
  if (raw === undefined) return undefined;
  const sections = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as { sections?: unknown }).sections : undefined;
  if (!Array.isArray(sections) || !sections.length || sections.length > 100 || !sections.every((s) => typeof s === 'string' && s.length > 0 && s.length <= 100)) {
    throw new InvalidTokenError('invalid token: "parley_scopes" must be { "sections": [1–100 section names] }');
  }
  return [...new Set(sections as string[])];
}

/**
 * The badges a token asserts: the `badges` array claim (must be an array when present) and the
 * boolean `staff`, `subscriber` and `expert` claims; unknown names are ignored, each badge once,
 * in the order of BADGES.
 */
export function badgesOf(claims: Record<string, unknown>): Badge[] {
  const raw: unknown = claims.badges ?? [];
  if (!Array.isArray(raw)) throw new InvalidTokenError('invalid token: "badges" must be an array');
  return BADGES.filter((b) => raw.includes(b) || claims[b] === true);
}

/**
 * The domain of an `email` claim as email-domain rules compare it: the part after the last `@`,
 * lower case, without a trailing dot, internationalised names as punycode (`domainToASCII`).
 * Undefined for a missing claim, a non-string, or something that is not a host name.
 */
export function emailDomainOf(email: unknown): string | undefined {
  if (typeof email !== 'string' || email.length > 320) return undefined;
  const at = email.lastIndexOf('@');
  if (at <= 0) return undefined;
  return normaliseEmailDomain(email.slice(at + 1)) || undefined;
}

/** A domain name in the form email-domain rules compare it ('' when it is not a valid host name). */
export function normaliseEmailDomain(domain: string): string {
  const trimmed = domain.trim().replace(/\.$/, '');
  if (!trimmed || trimmed.length > 253 || /[\s/@:]/.test(trimmed)) return '';
  const ascii = domainToASCII(trimmed.toLowerCase());
  if (!ascii || !ascii.includes('.') || !/^[a-z0-9.-]+$/.test(ascii) || ascii.split('.').some((l) => !l || l.length > 63)) return '';
  return ascii;
}
