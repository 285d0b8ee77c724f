import 'reflect-metadata';
import { bootstrapApp, exitOnConfigurationError, loadConfig } from '@parley/platform';
import { AppModule } from './app.module';
import { ModerationWorkerConfig } from './config/moderation-worker.config';

async function main() {
  const config = loadConfig(ModerationWorkerConfig);
  await bootstrapApp(AppModule.forRoot(config), { name: 'moderation-worker', port: config.PORT, host: config.HOST });
}

main().catch((err) => exitOnConfigurationError('moderation-worker', err));
