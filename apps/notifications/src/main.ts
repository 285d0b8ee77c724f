import 'reflect-metadata';
import { bootstrapApp, exitOnConfigurationError, loadConfig } from '@parley/platform';
import { connectEventTransport } from '@parley/messaging';
import { AppModule } from './app.module';
import { NotificationsConfig } from './config/notifications.config';

async function main() {
  const config = loadConfig(NotificationsConfig);
  await bootstrapApp(AppModule.forRoot(config), { name: 'notifications', port: config.PORT, host: config.HOST, configure: (app) => void connectEventTransport(app) });
}

main().catch((err) => exitOnConfigurationError('notifications', err));
