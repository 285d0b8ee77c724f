import { loadConfig } from '@parley/platform';
import { NotificationsConfig } from './notifications.config';

const base = { MONGODB_URI: 'mongodb://127.0.0.1:27017/', AUTH_JWT_SECRET: 'x'.repeat(32), NOTIFY_UNSUBSCRIBE_SECRET: 'u'.repeat(32), NOTIFY_WEBHOOK_SECRET: 'whsec_' + Buffer.from('y'.repeat(32)).toString('base64') };

describe('NotificationsConfig', () => {
  it('applies defaults', () => {
    const c = loadConfig(NotificationsConfig, base);
    expect(c).toMatchObject({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: false, NOTIFY_WEBHOOK_EVENT_TYPES: ['parley.comment.moderated.v1'], SMTP_URL: undefined, NOTIFY_DEFAULT_LANGUAGE: 'en', WEBHOOK_MAX_IN_FLIGHT_PER_ENDPOINT: 16 });
    expect(c.WEBHOOK_RETRY_DELAYS_MS).toHaveLength(10);
  });

  it('converts and validates the notification variables', () => {
    const c = loadConfig(NotificationsConfig, { ...base, WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true', WEBHOOK_RETRY_DELAYS_MS: '1000, 2000', SMTP_URL: 'smtp://mail:25', NOTIFY_ADMIN_USER_IDS: 'a,b' });
    expect(c).toMatchObject({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: true, WEBHOOK_RETRY_DELAYS_MS: [1000, 2000], SMTP_URL: 'smtp://mail:25', NOTIFY_ADMIN_USER_IDS: ['a', 'b'] });
    let message = '';
    try {
      loadConfig(NotificationsConfig, { ...base, WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'maybe', SMTP_URL: 'http://mail', NOTIFY_DEFAULT_LANGUAGE: 'xx', WEBHOOK_RETRY_DELAYS_MS: '1000,soon', NOTIFY_PUBLIC_URL: 'nope' });
    } catch (err) {
      message = (err as Error).message;
    }
    for (const v of ['WEBHOOK_ALLOW_PRIVATE_NETWORKS', 'SMTP_URL', 'NOTIFY_DEFAULT_LANGUAGE', 'WEBHOOK_RETRY_DELAYS_MS', 'NOTIFY_PUBLIC_URL']) expect(message).toContain(v);
  });

  it('requires an unsubscribe key of its own, not the JWT secret', () => {
    const { NOTIFY_UNSUBSCRIBE_SECRET: _u, ...without } = base;
    expect(() => loadConfig(NotificationsConfig, without)).toThrow(/NOTIFY_UNSUBSCRIBE_SECRET is not set/);
    expect(() => loadConfig(NotificationsConfig, { ...base, NOTIFY_UNSUBSCRIBE_SECRET: base.AUTH_JWT_SECRET })).toThrow(/NOTIFY_UNSUBSCRIBE_SECRET must differ from AUTH_JWT_SECRET/);
  });
});
