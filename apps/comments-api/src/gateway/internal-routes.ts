/**
 * The routes of moderation-worker and notifications that comments-api serves at its own
 * address (public, moderator and admin routes; not their health and metrics, which belong to
 * each process). A request whose path starts with one of these prefixes (at a segment
 * boundary) goes to that app.
 */
export type InternalApp = 'moderation-worker' | 'notifications';

export const INTERNAL_ROUTE_PREFIXES: Record<InternalApp, readonly string[]> = {
  'moderation-worker': ['/v1/rule-sets', '/v1/moderation/evaluate', '/v1/statements-of-reasons'],
  notifications: ['/v1/me/notifications', '/v1/me/notification-settings', '/v1/unsubscribe', '/v1/email-confirmation', '/v1/webhooks/subscriptions', '/v1/admin/notification-data'],
};

export interface InternalRoute {
  app: InternalApp;
  prefix: string;
  /** Base URL of the app (scheme, host, port and an optional path prefix). */
  baseUrl: string;
}

/** The routes to forward, for the apps that have a URL. */
export function internalRoutes(urls: Partial<Record<InternalApp, string>>): InternalRoute[] {
  return (Object.keys(INTERNAL_ROUTE_PREFIXES) as InternalApp[]).flatMap((app) => {
    const baseUrl = urls[app];
    return baseUrl ? INTERNAL_ROUTE_PREFIXES[app].map((prefix) => ({ app, prefix, baseUrl: baseUrl.replace(/\/+$/, '') })) : [];
  });
}

/** The route serving `path` (a URL path without query), or undefined when comments-api serves it itself. */
export function routeFor(routes: readonly InternalRoute[], path: string): InternalRoute | undefined {
  return routes.find((r) => path === r.prefix || path.startsWith(r.prefix + '/'));
}
