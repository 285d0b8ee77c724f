import { internalRoutes, routeFor } from './internal-routes';

describe('internal routes', () => {
  const routes = internalRoutes({ 'moderation-worker': 'http://w:3001/', notifications: 'http://n:3002' });

  it('forwards the other apps’ prefixes at segment boundaries only', () => {
    expect(routeFor(routes, '/v1/rule-sets')?.app).toBe('moderation-worker');
    expect(routeFor(routes, '/v1/rule-sets/3/activate')).toMatchObject({ app: 'moderation-worker', baseUrl: 'http://w:3001' });
    expect(routeFor(routes, '/v1/moderation/evaluate')?.app).toBe('moderation-worker');
    expect(routeFor(routes, '/v1/me/notifications/stream')?.app).toBe('notifications');
    expect(routeFor(routes, '/v1/me/notification-settings')?.app).toBe('notifications');
    expect(routeFor(routes, '/v1/email-confirmation')?.app).toBe('notifications');
    expect(routeFor(routes, '/v1/rule-setsX')).toBeUndefined();
    expect(routeFor(routes, '/v1/moderation/queues/flagged')).toBeUndefined();
    expect(routeFor(routes, '/v1/me/comments')).toBeUndefined();
    expect(routeFor(routes, '/health')).toBeUndefined();
  });

  it('forwards nothing for an app without a URL', () => {
    expect(routeFor(internalRoutes({ notifications: 'http://n:3002' }), '/v1/rule-sets')).toBeUndefined();
  });
});
