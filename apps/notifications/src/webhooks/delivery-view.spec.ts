import { deliveryView } from './delivery-view';
import { WebhookAttempt } from './webhook-delivery.schema';

describe('deliveryView', () => {
  const created = new Date('2026-11-29T10:00:00Z');
  const d = { _id: 'e1:s1', eventId: 'e1', eventType: 'parley.comment.featured.v1', endpointId: 's1', createdAt: created, round: 1, roundStartedAt: null };
  const rec = (round: number, n: number, outcome: WebhookAttempt['outcome'], extra: Partial<WebhookAttempt> = {}): WebhookAttempt => ({
    _id: `e1:s1:${round}:${n}`, deliveryId: 'e1:s1', endpointId: 's1', round, n, at: new Date(created.getTime() + (round * 100 + n) * 1000), statusCode: outcome === 'succeeded' ? 200 : 503, error: outcome === 'succeeded' ? null : 'HTTP 503', durationMs: 5, manual: round > 1, outcome, attempted: true, nextAttemptAt: null, ...extra,
  });

  it('is pending and due at creation before any attempt', () => {
    expect(deliveryView(d, [])).toMatchObject({ id: 'e1:s1', status: 'pending', attemptCount: 0, nextAttemptAt: created, attempts: [] });
  });

  it('takes the last outcome of the round, and the next attempt time of a retry', () => {
    const next = new Date(created.getTime() + 60_000);
    expect(deliveryView(d, [rec(1, 1, 'retry', { nextAttemptAt: next })])).toMatchObject({ status: 'pending', attemptCount: 1, nextAttemptAt: next });
    // Stored in any order.
    const v = deliveryView(d, [rec(1, 3, 'succeeded'), rec(1, 1, 'retry'), rec(1, 2, 'retry')]);
    expect(v).toMatchObject({ status: 'succeeded', attemptCount: 3, nextAttemptAt: null });
    expect(v.attempts.map((a) => a.statusCode)).toEqual([503, 503, 200]);
  });

  it('starts over with a manual round, listing every attempt of every round', () => {
    const started = new Date(created.getTime() + 500_000);
    const v = deliveryView({ ...d, round: 2, roundStartedAt: started }, [rec(1, 1, 'failed')]);
    expect(v).toMatchObject({ status: 'pending', attemptCount: 0, nextAttemptAt: started });
    const done = deliveryView({ ...d, round: 2, roundStartedAt: started }, [rec(1, 1, 'failed'), rec(2, 1, 'succeeded')]);
    expect(done).toMatchObject({ status: 'succeeded', attemptCount: 1 });
    expect(done.attempts.map((a) => a.manual)).toEqual([false, true]);
    // A round found in the log but not (yet) on the delivery counts as the current one.
    expect(deliveryView(d, [rec(1, 1, 'failed'), rec(2, 1, 'succeeded')])).toMatchObject({ status: 'succeeded', attemptCount: 1 });
  });

  it('is cancelled by a cancellation record, which is not listed as an attempt', () => {
    const v = deliveryView(d, [rec(1, 1, 'retry'), rec(1, 2, 'cancelled', { attempted: false, statusCode: null, error: 'the subscription is disabled' })]);
    expect(v).toMatchObject({ status: 'cancelled', attemptCount: 1, nextAttemptAt: null });
    expect(v.attempts).toHaveLength(1);
    // An attempt that was made and then cancelled the delivery (the endpoint failed for too long) is listed.
    expect(deliveryView(d, [rec(1, 1, 'cancelled')])).toMatchObject({ status: 'cancelled', attemptCount: 1, attempts: [{ statusCode: 503 }] });
  });

  it('reads deliveries recorded by the previous version (state and attempts on the delivery)', () => {
    const a = (s: number | null, min: number, manual = false) => ({ at: new Date(created.getTime() + min * 60_000), statusCode: s, error: s === 200 ? null : `HTTP ${s}`, durationMs: 4, manual });
    const next = new Date(created.getTime() + 600_000);
    // Pending after two failures: the next attempt (by the migration) is attempt 3 of round 1.
    const pending = { ...d, status: 'pending' as const, attemptCount: 2, nextAttemptAt: next, attempts: [a(503, 1), a(500, 2)] };
    expect(deliveryView(pending, [])).toMatchObject({ status: 'pending', attemptCount: 2, nextAttemptAt: next, attempts: [{ statusCode: 503 }, { statusCode: 500 }] });
    expect(deliveryView(pending, [rec(1, 3, 'succeeded')])).toMatchObject({ status: 'succeeded', attemptCount: 3 });
    // Redelivered by hand once: attemptCount counts the manual round only.
    expect(deliveryView({ ...d, status: 'succeeded', attemptCount: 1, attempts: [a(410, 1), a(200, 5, true)] }, [])).toMatchObject({ status: 'succeeded', attemptCount: 1, attempts: [{ manual: false }, { manual: true }] });
    expect(deliveryView({ ...d, status: 'cancelled', attemptCount: 0, attempts: [] }, [])).toMatchObject({ status: 'cancelled', attemptCount: 0, attempts: [] });
  });
});
