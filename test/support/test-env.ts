import { randomBytes } from 'node:crypto';

/** The Kafka broker and database started by `npm test` (scripts/test.mjs). */
export function testInfrastructure(): { kafkaBrokers: string; mongoUri: string } {
  const kafkaBrokers = process.env.PARLEY_TEST_KAFKA_BROKERS;
  const mongoUri = process.env.PARLEY_TEST_MONGODB_URI;
  if (!kafkaBrokers || !mongoUri) {
    throw new Error('End-to-end tests need the infrastructure started by `npm test` (PARLEY_TEST_KAFKA_BROKERS / PARLEY_TEST_MONGODB_URI are not set)');
  }
  return { kafkaBrokers, mongoUri };
}

/** A unique namespace so concurrent test files never share topics, groups or databases. */
export function uniqueNamespace(name: string): string {
  return `${name}-${randomBytes(4).toString('hex')}`;
}

export const TEST_JWT_SECRET = 'e2e-test-secret-0123456789abcdef0123456789';
export const TEST_NOTICE_COMPLAINT_SECRET = 'e2e-notice-complaint-key-0123456789abcdef';
export const TEST_UNSUBSCRIBE_SECRET = 'e2e-unsubscribe-key-0123456789abcdef01234';
export const TEST_WEBHOOK_SECRET = 'whsec_' + Buffer.from('e2e-webhook-secret-0123456789abcdef').toString('base64');

export async function eventually<T>(what: string, fn: () => Promise<T | undefined | null | false>, timeoutMs = 90_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      lastError = err;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${(lastError as Error).message}` : ''}`);
}

/** A response body as JSON; tests assert on its shape. */
export async function readJson(res: Response): Promise<any> {
  return res.json();
}
