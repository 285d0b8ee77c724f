import { DeliveryStatus, WebhookAttempt, WebhookDelivery } from './webhook-delivery.schema';

export interface DeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  status: DeliveryStatus;
  /** Attempts made in the current round (a manual redelivery starts a new round). */
  attemptCount: number;
  nextAttemptAt: Date | null;
  createdAt: Date;
  attempts: Array<{ at: Date; statusCode: number | null; error: string | null; durationMs: number; manual: boolean }>;
}

/**
 * A delivery's state, derived from its attempt log: the last outcome of the current round
 * decides (`retry` or none yet: pending), and every attempt of every round is listed in order.
 * The current round is the delivery's, or a newer one found in the log (a redelivery whose
 * round was recorded in the log but not on the delivery).
 */
export function deliveryView(d: Pick<WebhookDelivery, '_id' | 'eventId' | 'eventType' | 'endpointId' | 'createdAt' | 'round' | 'roundStartedAt'> & LegacyDeliveryFields, log: WebhookAttempt[]): DeliveryView {
  const records = [...legacyLog(d), ...log].sort((a, b) => a.round - b.round || a.n - b.n);
  const round = Math.max(d.round ?? 1, ...records.map((r) => r.round));
  const current = records.filter((r) => r.round === round);
  const last = current[current.length - 1];
  let status: DeliveryStatus = 'pending';
  let nextAttemptAt: Date | null = round === (d.round ?? 1) ? (d.roundStartedAt ?? d.createdAt) : (current[0]?.at ?? d.createdAt);
  if (last) {
    if (last.outcome === 'retry') nextAttemptAt = last.nextAttemptAt;
    else {
      status = last.outcome;
      nextAttemptAt = null;
    }
  }
  return {
    id: d._id,
    eventId: d.eventId,
    eventType: d.eventType,
    status,
    attemptCount: current.filter((r) => r.attempted !== false).length,
    nextAttemptAt,
    createdAt: d.createdAt,
    attempts: records.filter((r) => r.attempted !== false).map((a) => ({ at: a.at, statusCode: a.statusCode, error: a.error, durationMs: a.durationMs, manual: a.manual })),
  };
}

/** What deliveries recorded by the previous version (state on the delivery itself) carry. */
export interface LegacyDeliveryFields {
  status?: DeliveryStatus;
  attemptCount?: number;
  nextAttemptAt?: Date;
  attempts?: Array<{ at: Date; statusCode: number | null; error: string | null; durationMs: number; manual?: boolean }>;
}

/**
 * The attempt log of a delivery recorded by the previous version: its embedded attempts, the
 * last `attemptCount` of them as round 1 (earlier ones, from before a manual redelivery, as
 * round 0), the last one carrying the delivery's status. Empty for current deliveries.
 */
export function legacyLog(d: Pick<WebhookDelivery, '_id' | 'endpointId'> & LegacyDeliveryFields): WebhookAttempt[] {
  if (d.status === undefined) return [];
  const all = d.attempts ?? [];
  if (!all.length && d.status !== 'pending') {
    // Cancelled (or failed) before any attempt.
    return [{ _id: `${d._id}:1:1`, deliveryId: d._id, endpointId: d.endpointId, round: 1, n: 1, at: d.nextAttemptAt ?? new Date(0), statusCode: null, error: null, durationMs: 0, manual: false, outcome: d.status, attempted: false, nextAttemptAt: null }];
  }
  const inRound = Math.min(d.attemptCount ?? all.length, all.length);
  const earlier = all.length - inRound;
  return all.map((a, i) => {
    const last = i === all.length - 1;
    const round = i < earlier ? 0 : 1;
    const outcome = last && d.status !== 'pending' ? d.status! : 'retry';
    return {
      _id: `${d._id}:${round}:${round === 0 ? i + 1 : i - earlier + 1}`, deliveryId: d._id, endpointId: d.endpointId, round, n: round === 0 ? i + 1 : i - earlier + 1,
      at: a.at, statusCode: a.statusCode ?? null, error: a.error ?? null, durationMs: a.durationMs ?? 0, manual: a.manual ?? false, outcome, attempted: true,
      nextAttemptAt: last && d.status === 'pending' ? (d.nextAttemptAt ?? null) : null,
    };
  });
}
