import { NotificationsConfig } from '../config/notifications.config';

/** A claimed attempt waits at most this long for a slot of its endpoint, then it is put back as new work. */
export const QUEUE_WAIT_MS = 30_000;

/**
 * How long a replica holds work (a journal, a claimed group) at most: every attempt in it is
 * settled within the queue wait, one request and its write. A claim older than this is taken
 * over (its holder is taken to be gone).
 */
export function workLeaseMs(config: Pick<NotificationsConfig, 'NOTIFY_WEBHOOK_TIMEOUT_MS'>): number {
  return Math.max(60_000, QUEUE_WAIT_MS + config.NOTIFY_WEBHOOK_TIMEOUT_MS + 20_000);
}
