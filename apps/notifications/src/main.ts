import 'reflect-metadata';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { bootstrapApp, exitOnConfigurationError, httpSecurity, loadConfig } from '@parley/platform';
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
      const doc = SwaggerModule.createDocument(
        app,
        new DocumentBuilder()
          .setTitle('Parley notifications')
          .setDescription(
            'The in-app notification feed and its event stream, email settings and unsubscribe, and webhook subscriptions with their deliveries. Served to the public through comments-api\u2019s address.',
          )
          .setVersion('1')
          .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
          .build(),
      );
      SwaggerModule.setup('docs', app, doc, { jsonDocumentUrl: 'docs-json' });
    },
  });
}

main().catch((err) => exitOnConfigurationError('notifications', err));
