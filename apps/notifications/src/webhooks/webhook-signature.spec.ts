import { createHmac } from 'node:crypto';
import { signWebhook, verifyWebhook } from './webhook-signature';
import { isRetryable, nextRetryDelay, parseRetryAfter, RETRY_DELAYS_MS } from './retry-schedule';

const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

describe('Standard Webhooks signature', () => {
  it('matches the specification example', () => {
    // Example from the Standard Webhooks specification.
    const body = '{"test": 2432232314}';
    expect(signWebhook(secret, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, body)).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('verifies any of several signatures and rejects tampering', () => {
    const sig = signWebhook(secret, 'id1', 100, 'body');
    expect(verifyWebhook(secret, 'id1', 100, 'body', `v1,bogus ${sig}`)).toBe(true);
    expect(verifyWebhook(secret, 'id1', 100, 'body!', sig)).toBe(false);
    const manual = 'v1,' + createHmac('sha256', Buffer.from(secret.slice(6), 'base64')).update('id1.100.body').digest('base64');
    expect(sig).toBe(manual);
  });
});

describe('retry schedule', () => {
  it('retries network errors, 429 and 5xx only', () => {
    expect([null, 429, 500, 503].map(isRetryable)).toEqual([true, true, true, true]);
    expect([400, 401, 404, 410].map(isRetryable)).toEqual([false, false, false, false]);
  });

  it('backs off with jitter and gives up after the last delay', () => {
    expect(nextRetryDelay(1, undefined, () => 0.5)).toBe(5000);
    expect(nextRetryDelay(2, undefined, () => 0)).toBe(240_000);
    expect(nextRetryDelay(10, undefined, () => 0.5)).toBe(50_400_000);
    expect(nextRetryDelay(11)).toBeNull();
    const total = RETRY_DELAYS_MS.reduce((a, b) => a + b, 0) / 3_600_000;
    expect(total).toBeGreaterThan(60);
    expect(total).toBeLessThan(80);
    expect(nextRetryDelay(1, 60_000, () => 0.5)).toBe(60_000);
  });

  it('reads Retry-After in seconds or as a date', () => {
    expect(parseRetryAfter('120')).toBe(120_000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
