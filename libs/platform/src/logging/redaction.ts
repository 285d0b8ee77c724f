/**
 * One redaction for every log line and error path: the root logger applies `redactLogObject` to
 * every line (fields, messages, errors and their stacks), the request log redacts its URL, the
 * start-up error line goes through `redactText`, and code that logs a URL whose path is a
 * credential (webhook endpoints: a Slack hook's URL is its secret) logs `urlOrigin(url)`.
 *
 * What is removed:
 *  - query parameters that carry credentials (`token`, `access_token`, `id_token`,
 *    `refresh_token`, `code`, `key`, `api_key`, `secret`, `signature`, `sig`, `password`);
 *  - JWTs anywhere in a string (`eyJ….eyJ….…`) and `Bearer …` credentials;
 *  - signed unsubscribe tokens (`<payload>.<43-character HMAC>`) and notice complaint tokens
 *    (`<expiry seconds>.<43-character HMAC>`);
 *  - the password of a URI's user info (`mongodb://app:secret@db` → `mongodb://app:***@db`);
 *  - the value of fields named like a credential (`authorization`, `cookie`, `password`,
 *    `secret`, `token`, `apiKey`, …).
 */

export const REDACTED = '[redacted]';

const SECRET_QUERY = /([?&](?:token|access_token|id_token|refresh_token|code|key|api_key|apikey|secret|signature|sig|password)=)[^&#\s"'<>]*/gi;
const JWT = /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{8,}/g;
const BEARER = /\b(Bearer\s+)[A-Za-z0-9._~+/-]+=*/gi;
const SIGNED_TOKEN = /\b(?:[A-Za-z0-9_-]{16,}|\d{9,12})\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;
const USERINFO_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)[^\s@/]*@/gi;
const SECRET_KEY = /^(authorization|proxy-authorization|cookie|set-cookie|password|passwd|pass|secret|client_secret|token|access_token|accessToken|refresh_token|refreshToken|id_token|api[-_]?key|x-api-key|unsubscribeToken|webhookSecret|smtpPassword)$/i;
const MAX_DEPTH = 6;

/** Removes credentials from any text (messages, stacks, URLs, URIs). */
export function redactText(text: string): string {
  if (text.length < 8) return text;
  let out = text;
  if (out.includes('=')) out = out.replace(SECRET_QUERY, `$1${REDACTED}`);
  if (out.includes('eyJ')) out = out.replace(JWT, REDACTED);
  if (/bearer/i.test(out)) out = out.replace(BEARER, `$1${REDACTED}`);
  if (out.includes('@')) out = out.replace(USERINFO_PASSWORD, '$1***@');
  if (out.includes('.')) out = out.replace(SIGNED_TOKEN, REDACTED);
  return out;
}

/** A URL with credential query parameters redacted (for request logs). */
export function redactUrl(url: string): string {
  return redactText(url);
}

/** Only the origin of a URL (`https://hooks.slack.com`): for URLs whose path or query is a credential. */
export function urlOrigin(url: string): string {
  try {
    const u = new URL(url);
    return u.origin !== 'null' ? u.origin : `${u.protocol}…`;
  } catch {
    return '[invalid url]';
  }
}

/** A connection URI without the password of its user info. */
export function redactUri(uri: string): string {
  return uri.replace(USERINFO_PASSWORD, '$1***@');
}

function redactValue(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value) || depth > MAX_DEPTH) return value instanceof Error ? redactError(value, depth, seen) : '[…]';
  seen.add(value);
  if (value instanceof Error) return redactError(value, depth, seen);
  if (value instanceof Date || Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1, seen));
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return redactValue((value as { toJSON(): unknown }).toJSON(), depth + 1, seen);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = SECRET_KEY.test(k) && v !== undefined && v !== null && v !== '' ? REDACTED : redactValue(v, depth + 1, seen);
  }
  return out;
}

function redactError(err: Error, depth: number, seen: WeakSet<object>): Record<string, unknown> {
  const out: Record<string, unknown> = { type: err.name, message: redactText(err.message ?? '') };
  if (err.stack) out.stack = redactText(err.stack);
  for (const [k, v] of Object.entries(err)) {
    if (k === 'message' || k === 'stack') continue;
    out[k] = SECRET_KEY.test(k) ? REDACTED : redactValue(v, depth + 1, seen);
  }
  if (err.cause !== undefined) out.cause = redactValue(err.cause, depth + 1, seen);
  return out;
}

/** A log line's fields with every credential removed (a copy; the input is not changed). */
export function redactLogObject(obj: Record<string, unknown>): Record<string, unknown> {
  return redactValue(obj, 0, new WeakSet()) as Record<string, unknown>;
}
