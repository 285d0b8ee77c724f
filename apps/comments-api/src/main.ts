import 'reflect-metadata';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { bootstrapApp, exitOnConfigurationError, loadConfig } from '@parley/platform';
import { AppModule } from './app.module';
import { CommentsApiConfig } from './config/comments-api.config';

async function main() {
  const config = loadConfig(CommentsApiConfig);
  await bootstrapApp(AppModule.forRoot(config), {
    name: 'comments-api',
    port: config.PORT,
    host: config.HOST,
    configure: (app) => {
      const doc = SwaggerModule.createDocument(
        app,
        new DocumentBuilder()
          .setTitle('Parley comments API')
          .setDescription('Comments for article pages and moderation. Errors are application/problem+json (RFC 9457).')
          .setVersion('1')
          .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
          .build(),
      );
      SwaggerModule.setup('docs', app, doc, { jsonDocumentUrl: 'docs-json' });
    },
  });
}

main().catch((err) => exitOnConfigurationError('comments-api', err));
