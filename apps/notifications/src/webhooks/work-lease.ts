import { NotificationsConfig } from '../config/notifications.config';

/** Time a lease keeps beyond the longest an attempt can take: the outcome's write, clocks that differ. */
const LEASE_MARGIN_MS = 20_000;

/**
 * How long a replica holds work (a journal, a claimed group) at most: every attempt in it is
 * settled within the queue wait (NOTIFY_WEBHOOK_QUEUE_WAIT_MS), one request (NOTIFY_WEBHOOK_TIMEOUT_MS)
 * and its write. A claim older than this is taken over (its holder is taken to be gone). With the
 * defaults, 60 s.
 */
export function workLeaseMs(config: Pick<NotificationsConfig, 'NOTIFY_WEBHOOK_TIMEOUT_MS' | 'NOTIFY_WEBHOOK_QUEUE_WAIT_MS'>): number {
  return config.NOTIFY_WEBHOOK_QUEUE_WAIT_MS + config.NOTIFY_WEBHOOK_TIMEOUT_MS + LEASE_MARGIN_MS;
}
