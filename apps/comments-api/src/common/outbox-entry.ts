import { randomUUID } from 'node:crypto';
import { eventCatalog, EventSources, EventType } from '@parley/contracts';
import { OutboxEntry } from '@parley/messaging';
import { DEFAULT_SITE_ID, SITE_KEY_SEPARATOR } from '@parley/platform';

/**
 * An outbox entry of comments-api: an event of `type` for `topic` (already prefixed) and key.
 * The event catalog must name comments-api among the type's producers and `topic` as its topic,
 * so what the relay publishes cannot drift from the catalog (and the AsyncAPI document).
 */
export function outboxEntry(topic: string, key: string, type: EventType, data: object, time = new Date(), eventId: string = randomUUID(), traceparent?: string): OutboxEntry {
  const entry = eventCatalog[type];
  if (!entry) throw new Error(`outbox: ${String(type)} is not an event type of the catalog`);
  if (!entry.producers.includes('comments-api')) throw new Error(`outbox: the event catalog names ${entry.producers.join(', ')} as the producers of ${type}, not comments-api`);
  if (topic !== entry.topic && !topic.endsWith(`.${entry.topic}`)) throw new Error(`outbox: ${type} travels on ${entry.topic} (event catalog), not ${topic}`);
  return { eventId, topic, key, type, source: EventSources.CommentsApi, subject: key, time, traceparent, data: withSite(data) };
}

/** The configured sites other than the default one (SiteScope sets them at start-up). */
let otherSites: readonly string[] = [];
export function configureEventSites(siteIds: readonly string[]): void {
  otherSites = siteIds.filter((id) => id !== DEFAULT_SITE_ID);
}

/**
 * The data of an event with its site: comments-api keeps a non-default site's article ids as
 * `<site>/<articleId>` (articleKey), events carry the host's `articleId` and the `siteId`
 * (none for the default site). A slash is never part of a host article id, so the key tells.
 * An event about a user alone (sanctions, erasures, account statements) takes the site of the
 * site-scoped user id (`<site>/<sub>`).
 */
function withSite(data: object): Record<string, unknown> {
  const d = { ...data } as Record<string, unknown>;
  if (d.siteId !== undefined) return d;
  const key = d.articleId;
  if (typeof key === 'string') {
    const i = key.indexOf(SITE_KEY_SEPARATOR);
    return i > 0 ? { ...d, siteId: key.slice(0, i), articleId: key.slice(i + 1) } : d;
  }
  const user = typeof d.userId === 'string' ? d.userId : typeof d.authorId === 'string' ? d.authorId : undefined;
  const site = user ? otherSites.find((id) => user.startsWith(id + SITE_KEY_SEPARATOR)) : undefined;
  return site ? { ...d, siteId: site } : d;
}
