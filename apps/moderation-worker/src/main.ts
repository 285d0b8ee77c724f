import 'reflect-metadata';
import { bootstrapApp, exitOnConfigurationError, loadConfig } from '@parley/platform';
import { connectEventTransport } from '@parley/messaging';
import { AppModule } from './app.module';
import { ModerationWorkerConfig } from './config/moderation-worker.config';

async function main() {
  const config = loadConfig(ModerationWorkerConfig);
  // Rule sets with long term lists and dry runs of long comments need more than the default 64 kB.
  await bootstrapApp(AppModule.forRoot(config), { name: 'moderation-worker', port: config.PORT, host: config.HOST, bodyLimit: '2mb', configure: (app) => void connectEventTransport(app) });
}

main().catch((err) => exitOnConfigurationError('moderation-worker', err));
