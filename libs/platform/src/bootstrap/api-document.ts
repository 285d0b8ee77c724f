import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { documentRouteSecurity, registeredRoutes } from '../auth/registered-routes';

export interface ApiDocumentOptions {
  title: string;
  description: string;
  /** Changes the document on each request for it (comments-api merges the other apps' in). */
  onRequest?: (doc: OpenAPIObject) => OpenAPIObject | Promise<OpenAPIObject>;
}

/**
 * Builds an app's OpenAPI document from its controllers, with each operation's security taken
 * from what the guard enforces on it, and serves it at `/docs` (UI) and `/docs-json`.
 */
export function serveApiDocument(app: INestApplication, opts: ApiDocumentOptions): OpenAPIObject {
  const doc = documentRouteSecurity(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle(opts.title)
        .setDescription(opts.description)
        .setVersion('1')
        .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
        .build(),
    ),
    registeredRoutes(app),
  );
  const onRequest = opts.onRequest;
  SwaggerModule.setup('docs', app, doc, {
    jsonDocumentUrl: 'docs-json',
    ...(onRequest ? { patchDocumentOnRequest: (_req: unknown, _res: unknown, d: OpenAPIObject) => onRequest(d) } : {}),
  });
  return doc;
}
