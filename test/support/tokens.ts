import jwt from 'jsonwebtoken';
import { TEST_JWT_SECRET } from './test-env';

/** A host-site token as the article page would send it (valid for an hour unless `options` say otherwise). */
export function tokenFor(sub: string, roles: string[] = ['commenter'], name = sub, options: jwt.SignOptions = {}): string {
  return jwt.sign({ name, roles }, TEST_JWT_SECRET, { algorithm: 'HS256', subject: sub, expiresIn: '1h', ...options });
}

/** A commenter's token that also carries the host's `email` claim (for email-domain rules). */
export function tokenWithEmail(sub: string, email: string, roles: string[] = ['commenter']): string {
  return jwt.sign({ name: sub, roles, email }, TEST_JWT_SECRET, { algorithm: 'HS256', subject: sub, expiresIn: '1h' });
}

/** A token with extra claims (e.g. `badges: ['staff']` or `expert: true`). */
export function tokenWithClaims(sub: string, claims: Record<string, unknown>, roles: string[] = ['commenter']): string {
  return jwt.sign({ name: sub, roles, ...claims }, TEST_JWT_SECRET, { algorithm: 'HS256', subject: sub, expiresIn: '1h' });
}
