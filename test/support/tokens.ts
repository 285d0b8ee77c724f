import jwt from 'jsonwebtoken';
import { TEST_JWT_SECRET } from './test-env';

/** A host-site token as the article page would send it. */
export function tokenFor(sub: string, roles: string[] = ['commenter'], name = sub): string {
  return jwt.sign({ name, roles }, TEST_JWT_SECRET, { algorithm: 'HS256', subject: sub, expiresIn: '1h' });
}
