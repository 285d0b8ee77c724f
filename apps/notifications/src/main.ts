import 'reflect-metadata';
import { bootstrapApp, exitOnConfigurationError, httpSecurity, loadConfig } from '@parley/platform';
import { AppModule } from './app.module';
import { NotificationsConfig } from './config/notifications.config';

async function main() {
  const config = loadConfig(NotificationsConfig);
  await bootstrapApp(AppModule.forRoot(config), { name: 'notifications', port: config.PORT, host: config.HOST, security: httpSecurity(config) });
}

main().catch((err) => exitOnConfigurationError('notifications', err));
