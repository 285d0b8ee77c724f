import { createHmac, createSecretKey, KeyObject, randomBytes, timingSafeEqual } from 'node:crypto';

/** Decodes a Standard Webhooks secret (`whsec_<base64>`) into the HMAC key. */
export function webhookKey(secret: string): Buffer {
  if (!secret.startsWith('whsec_')) throw new Error('webhook secret must start with whsec_');
  return Buffer.from(secret.slice('whsec_'.length), 'base64');
}

/** Decoded keys of the secrets in use (decoding one per signature was a measurable cost). */
const keys = new Map<string, KeyObject>();
function keyObject(secret: string): KeyObject {
  let k = keys.get(secret);
  if (!k) {
    if (keys.size >= 1000) keys.clear();
    keys.set(secret, (k = createSecretKey(webhookKey(secret))));
  }
  return k;
}

/** `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` per the Standard Webhooks spec. */
export function signWebhook(secret: string, id: string, timestampSeconds: number, body: string): string {
  const mac = createHmac('sha256', keyObject(secret)).update(`${id}.${timestampSeconds}.${body}`).digest('base64');
  return `v1,${mac}`;
}

/** Verifies a `webhook-signature` header (space-separated list) against one secret. */
export function verifyWebhook(secret: string, id: string, timestampSeconds: number, body: string, header: string): boolean {
  const expected = Buffer.from(signWebhook(secret, id, timestampSeconds, body));
  return header.split(' ').some((sig) => {
    const candidate = Buffer.from(sig);
    return candidate.length === expected.length && timingSafeEqual(candidate, expected);
  });
}

/** One `v1,` signature per active secret, space-separated (during a rotation both are sent). */
export function signWebhookAll(secrets: string[], id: string, timestampSeconds: number, body: string): string {
  return secrets.map((s) => signWebhook(s, id, timestampSeconds, body)).join(' ');
}

/** A new random secret: `whsec_` + base64 of 32 random bytes. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}
