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
export function deliveryView(d: Pick<WebhookDelivery, '_id' | 'eventId' | 'eventType' | 'createdAt' | 'round' | 'roundStartedAt'>, log: WebhookAttempt[]): DeliveryView {
  const records = [...log].sort((a, b) => a.round - b.round || a.n - b.n);
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
