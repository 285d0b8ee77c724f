import fs from 'node:fs';

/** The site of single-site deployments, configured by AUTH_JWT_SECRET / AUTH_JWT_ISSUER / AUTH_JWT_AUDIENCE. */
export const DEFAULT_SITE_ID = 'default';
/** Site ids: lower-case letters, digits and '-', 1–40 characters, starting with a letter or digit. */
export const SITE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
/**
 * Separates a site from a host id in the keys of non-default sites (`<site>/<id>`): a slash is
 * never part of a host article id (ARTICLE_ID_PATTERN) and a default-site token whose subject
 * starts with `<configured site>/` is refused, so keys of two sites never collide.
 */
export const SITE_KEY_SEPARATOR = '/';

/** One site of a deployment: its own token issuer, HS256 secret and optional audience and rule set. */
export interface Site {
  id: string;
  /** Tokens of this site carry this `iss` (required for every site but the default one). */
  issuer?: string;
  /** When set, tokens of this site must carry this `aud`. */
  audience?: string;
  /** The HS256 secret shared with this site (at least 32 characters). */
  secret: string;
  /** Rule-set version the moderation worker decides this site's comments with (unset: the active one; the default site always follows the active one). */
  ruleSetVersion?: number;
}

export class SitesConfigurationError extends Error {}

/** What a site entry of SITES / SITES_FILE may hold. */
interface SiteEntry {
  id?: unknown;
  issuer?: unknown;
  audience?: unknown;
  secret?: unknown;
  secretEnv?: unknown;
  ruleSetVersion?: unknown;
}

/** The configuration variables the sites are read from. */
export interface SitesSource {
  AUTH_JWT_SECRET: string;
  AUTH_JWT_ISSUER?: string;
  AUTH_JWT_AUDIENCE?: string;
  SITES?: string;
  SITES_FILE?: string;
}

/**
 * The sites of a deployment: the default site (AUTH_JWT_*) and those of SITES (a JSON array) or
 * SITES_FILE (a path to one). Throws a SitesConfigurationError naming the variable and the entry
 * when an entry is malformed, a secret is shorter than 32 characters, or ids or issuers repeat.
 */
export function readSites(source: SitesSource, env: NodeJS.ProcessEnv = process.env): Site[] {
  const defaultSite: Site = {
    id: DEFAULT_SITE_ID,
    secret: source.AUTH_JWT_SECRET,
    ...(source.AUTH_JWT_ISSUER ? { issuer: source.AUTH_JWT_ISSUER } : {}),
    ...(source.AUTH_JWT_AUDIENCE ? { audience: source.AUTH_JWT_AUDIENCE } : {}),
  };
  if (source.SITES && source.SITES_FILE) throw new SitesConfigurationError('SITES and SITES_FILE are both set; set one of them');
  const variable = source.SITES_FILE ? 'SITES_FILE' : 'SITES';
  let text = source.SITES;
  if (source.SITES_FILE) {
    try {
      text = fs.readFileSync(source.SITES_FILE, 'utf8');
    } catch (err) {
      throw new SitesConfigurationError(`SITES_FILE cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }
  if (!text || !text.trim()) return [defaultSite];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new SitesConfigurationError(`${variable} is not valid JSON (expected an array of { id, issuer, secret or secretEnv, audience? })`);
  }
  if (!Array.isArray(raw)) throw new SitesConfigurationError(`${variable} must be a JSON array of { id, issuer, secret or secretEnv, audience? }`);
  const sites = [defaultSite];
  raw.forEach((entry: SiteEntry, i) => {
    const at = `${variable}[${i}]`;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw new SitesConfigurationError(`${at} must be an object`);
    const known = ['id', 'issuer', 'audience', 'secret', 'secretEnv', 'ruleSetVersion'];
    const unknown = Object.keys(entry).filter((k) => !known.includes(k));
    if (unknown.length) throw new SitesConfigurationError(`${at} has unknown fields: ${unknown.join(', ')} (known: ${known.join(', ')})`);
    if (typeof entry.id !== 'string' || !SITE_ID_PATTERN.test(entry.id)) throw new SitesConfigurationError(`${at}.id must be 1–40 characters: a-z, 0-9, - (not starting with -)`);
    const id = entry.id;
    if (id === DEFAULT_SITE_ID) throw new SitesConfigurationError(`${at}.id "${DEFAULT_SITE_ID}" is the site of AUTH_JWT_SECRET; choose another id`);
    if (typeof entry.issuer !== 'string' || !entry.issuer.trim() || entry.issuer.length > 500) throw new SitesConfigurationError(`${at}.issuer is required (1–500 characters): tokens are matched to their site by "iss"`);
    if (entry.audience !== undefined && (typeof entry.audience !== 'string' || !entry.audience || entry.audience.length > 500)) throw new SitesConfigurationError(`${at}.audience must be a string of 1–500 characters`);
    if ((entry.secret === undefined) === (entry.secretEnv === undefined)) throw new SitesConfigurationError(`${at} needs exactly one of secret and secretEnv`);
    let secret: unknown = entry.secret;
    if (entry.secretEnv !== undefined) {
      if (typeof entry.secretEnv !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(entry.secretEnv)) throw new SitesConfigurationError(`${at}.secretEnv must name an environment variable`);
      secret = env[entry.secretEnv];
      if (secret === undefined || secret === '') throw new SitesConfigurationError(`${at}.secretEnv names ${entry.secretEnv}, which is not set`);
    }
    if (typeof secret !== 'string' || secret.length < 32) throw new SitesConfigurationError(`${at}: the secret of site "${id}" must be at least 32 characters`);
    if (entry.ruleSetVersion !== undefined && (!Number.isInteger(entry.ruleSetVersion) || (entry.ruleSetVersion as number) < 1)) throw new SitesConfigurationError(`${at}.ruleSetVersion must be a positive integer`);
    if (sites.some((s) => s.id === id)) throw new SitesConfigurationError(`${at}.id "${id}" is used by another site`);
    if (sites.some((s) => s.issuer === entry.issuer)) throw new SitesConfigurationError(`${at}.issuer of site "${id}" is used by another site (AUTH_JWT_ISSUER or an earlier entry); issuers must be distinct`);
    sites.push({
      id,
      issuer: entry.issuer,
      secret,
      ...(entry.audience ? { audience: entry.audience as string } : {}),
      ...(entry.ruleSetVersion ? { ruleSetVersion: entry.ruleSetVersion as number } : {}),
    });
  });
  if (sites.length > 1 && sites.filter((s) => s.secret === defaultSite.secret).length > 1) {
    throw new SitesConfigurationError(`${variable}: a site shares the secret of AUTH_JWT_SECRET; every site needs its own secret`);
  }
  if (new Set(sites.map((s) => s.secret)).size !== sites.length) throw new SitesConfigurationError(`${variable}: two sites share a secret; every site needs its own secret`);
  return sites;
}

/** The key of a host article id within a site: the id itself on the default site, `<site>/<id>` on the others. */
export function articleKey(siteId: string, articleId: string): string {
  return siteId === DEFAULT_SITE_ID ? articleId : `${siteId}${SITE_KEY_SEPARATOR}${articleId}`;
}

/** The site of an article key (a host article id never holds a slash, so the key tells). */
export function siteOfArticleKey(key: string): string {
  const i = key.indexOf(SITE_KEY_SEPARATOR);
  return i > 0 ? key.slice(0, i) : DEFAULT_SITE_ID;
}

/** The host's article id of an article key. */
export function hostArticleId(key: string): string {
  return key.slice(key.indexOf(SITE_KEY_SEPARATOR) + 1);
}

/** The user id of a token's subject within a site: the subject on the default site, `<site>/<sub>` on the others. */
export const userKey = articleKey;

/** Whether a key made by articleKey or userKey is one of this site's (`siteIds`: every configured site). */
export function keyBelongsToSite(key: string, siteId: string, siteIds: readonly string[]): boolean {
  if (siteId !== DEFAULT_SITE_ID) return key.startsWith(siteId + SITE_KEY_SEPARATOR);
  return !siteIds.some((id) => id !== DEFAULT_SITE_ID && key.startsWith(id + SITE_KEY_SEPARATOR));
}

/** The host's id in a key of this site (the article id or subject as the host site knows it). */
export function hostIdOfKey(key: string, siteId: string | undefined): string {
  return siteId && siteId !== DEFAULT_SITE_ID && key.startsWith(siteId + SITE_KEY_SEPARATOR) ? key.slice(siteId.length + 1) : key;
}

/**
 * A filter on a collection's optional `siteId` field: documents of the default site carry none
 * (so data written before sites existed stays the default site's), the others their site id.
 */
export function siteFilter(siteId: string): { siteId: string | null } {
  return { siteId: siteId === DEFAULT_SITE_ID ? null : siteId };
}

/** The `siteId` field a document or event of this site carries: none for the default site. */
export function siteField(siteId: string | undefined): { siteId?: string } {
  return siteId && siteId !== DEFAULT_SITE_ID ? { siteId } : {};
}
