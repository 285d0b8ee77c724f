/**
 * Delay before each retry, after the Standard Webhooks recommendation, extended to about
 * three days: immediately, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, 12 h, 12 h, 14 h
 * (≈ 70.6 hours in all), each with ±20 % jitter. After the last one the delivery is failed.
 */
export const RETRY_DELAYS_MS = [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000, 43_200_000, 43_200_000, 50_400_000];

export function nextRetryDelay(attemptCount: number, retryAfterMs?: number, random = Math.random, delays: readonly number[] = RETRY_DELAYS_MS): number | null {
  const base = delays[attemptCount - 1];
  if (base === undefined) return null;
  const jittered = Math.round(base * (0.8 + 0.4 * random()));
  return retryAfterMs !== undefined ? Math.max(jittered, Math.min(retryAfterMs, 86_400_000)) : jittered;
}

/** Network errors, timeouts, 5xx and 429 are retried; other answers are final. */
export function isRetryable(statusCode: number | null): boolean {
  return statusCode === null || statusCode === 429 || statusCode >= 500;
}

/** `Retry-After` in seconds or as an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
