import 'reflect-metadata';
import { bootstrapApp, exitOnConfigurationError, httpSecurity, loadConfig, serveApiDocument } from '@parley/platform';
import { connectEventTransport } from '@parley/messaging';
import { AppModule } from './app.module';
import { NotificationsConfig } from './config/notifications.config';

async function main() {
  const config = loadConfig(NotificationsConfig);
  await bootstrapApp(AppModule.forRoot(config), {
    name: 'notifications',
    port: config.PORT,
    host: config.HOST,
    security: httpSecurity(config),
    // The event transport, and its OpenAPI document (comments-api merges it into the one it serves).
    configure: (app) => {
      // Kafka events reach the @EventPattern handlers through the event transport.
      connectEventTransport(app);
      serveApiDocument(app, {
        title: 'Parley notifications',
        description:
          'The in-app notification feed and its event stream, email settings and unsubscribe, and webhook subscriptions with their deliveries. Served to the public through comments-api\u2019s address.',
      });
    },
  });
}

main().catch((err) => exitOnConfigurationError('notifications', err));
