import 'reflect-metadata';
import { bootstrapApp, exitOnConfigurationError, httpSecurity, loadConfig, serveApiDocument } from '@parley/platform';
import { connectEventTransport } from '@parley/messaging';
import { AppModule } from './app.module';
import { ModerationWorkerConfig } from './config/moderation-worker.config';

async function main() {
  const config = loadConfig(ModerationWorkerConfig);
  // Rule sets with long term lists and dry runs of long comments need more than the default 64 kB.
  await bootstrapApp(AppModule.forRoot(config), {
    name: 'moderation-worker',
    port: config.PORT,
    host: config.HOST,
    security: httpSecurity(config),
    bodyLimit: '2mb',
    // The event transport, and its OpenAPI document (comments-api merges it into the one it serves).
    configure: (app) => {
      // Kafka events reach the @EventPattern handlers through the event transport.
      connectEventTransport(app);
      serveApiDocument(app, {
        title: 'Parley moderation-worker',
        description:
          'Rule sets (versions, validation, activation, backtests), dry runs of the rules engine and the DSA statements-of-reasons export. Served to the public through comments-api\u2019s address.',
      });
    },
  });
}

main().catch((err) => exitOnConfigurationError('moderation-worker', err));
