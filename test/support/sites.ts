import jwt from 'jsonwebtoken';
import { TEST_JWT_SECRET } from './test-env';

/**
 * Two sites of one deployment for the sites tests: the default site (AUTH_JWT_SECRET, issuer
 * https://a.example) and site "b" with its own issuer and secret (SITES).
 */
export const SITE_A = { id: 'default', issuer: 'https://a.example', secret: TEST_JWT_SECRET };
export const SITE_B = { id: 'b', issuer: 'https://b.example', secret: 'site-b-secret-0123456789abcdef0123456789' };

/** The environment that makes every app serve both sites. */
export const TWO_SITES_ENV = {
  AUTH_JWT_ISSUER: SITE_A.issuer,
  SITES: JSON.stringify([{ id: SITE_B.id, issuer: SITE_B.issuer, secretEnv: 'SITE_B_JWT_SECRET' }]),
  SITE_B_JWT_SECRET: SITE_B.secret,
};

/** A token of a site, as that site's pages would send it. */
export function siteToken(site: { issuer: string; secret: string }, sub: string, roles: string[] = ['commenter'], claims: Record<string, unknown> = {}): string {
  return jwt.sign({ name: sub, roles, ...claims }, site.secret, { algorithm: 'HS256', subject: sub, issuer: site.issuer, expiresIn: '1h' });
}
