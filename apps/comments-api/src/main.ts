import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import helmet from 'helmet';
import { applyFixedHeaders, bootstrapApp, exitOnConfigurationError, loadConfig, NoRouteHandler, recordHeaders, serveApiDocument } from '@parley/platform';
import { connectEventTransport } from '@parley/messaging';
import { AppModule } from './app.module';
import { ReadyPages } from './comments/ready-pages';
import { CommentsApiConfig } from './config/comments-api.config';
import { GatewayConfig } from './gateway/gateway.config';
import { internalRoutesProxy } from './gateway/internal-proxy';
import { internalRoutes } from './gateway/internal-routes';
import { MergedOpenApi } from './gateway/merged-openapi';
import { methodNotAllowed, routeTable } from './http/method-not-allowed';
import { moderationDashboardDir } from './moderation/dashboard-dir';
import { chartLibraryDir } from './moderation/chart-library-dir';

/** The embeddable widget's static files (public/embed), next to the bundle or in the repository. */
function embedWidgetDir(): string {
  const candidates = [path.join(__dirname, 'public', 'embed'), path.resolve(process.cwd(), 'apps', 'comments-api', 'public', 'embed')];
  return candidates.find((d) => fs.existsSync(path.join(d, 'embed.js'))) ?? candidates[0]!;
}

async function main() {
  const config = loadConfig(CommentsApiConfig);
  // The other apps' public and moderator routes, served at this address too (gateway/).
  const gateway = loadConfig(GatewayConfig);
  const routes = internalRoutes({ 'moderation-worker': gateway.MODERATION_WORKER_URL, notifications: gateway.NOTIFICATIONS_URL });
  const apiHelmet = helmet({
    contentSecurityPolicy: { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
  const apiHeaders = recordHeaders(apiHelmet as never);
  let notAllowed: NoRouteHandler | undefined;
  await bootstrapApp(AppModule.forRoot(config), {
    name: 'comments-api',
    port: config.PORT,
    host: config.HOST,
    bodyLimit: config.HTTP_BODY_LIMIT,
    noRoute: (method, path) => notAllowed?.(method, path),
    security: { ownHeaders: true, metricsToken: config.METRICS_TOKEN }, // throttled by its own guard (http/throttling.ts)
    beforeBodyParsing: (app) => {
      if (!routes.length) return;
      const logger = new Logger('Gateway');
      app.use(
        internalRoutesProxy(routes, {
          // The same security headers as this app's own API answers, and CORS like enableCors below.
          decorate: (req, res) => {
            applyFixedHeaders(res as never, apiHeaders);
            const origin = req.headers.origin;
            if (origin) {
              res.setHeader('Access-Control-Allow-Origin', origin);
              res.setHeader('Vary', 'Origin');
              res.setHeader('Access-Control-Expose-Headers', 'Retry-After, Content-Disposition');
            }
          },
          onError: (route, err) => logger.warn({ app: route.app, url: route.baseUrl, err: err.message }, 'internal route unreachable'),
        }),
      );
    },
    configure: (app) => {
      // Kafka events reach the @EventPattern handlers through the event transport.
      connectEventTransport(app);
      // JSON responses escape <, > and & (\u003c …), so a body can never be sniffed as HTML.
      app.set('json escape', true);
      const docsHelmet = helmet({ contentSecurityPolicy: false });
      // The dashboard and the widget's pages load their own scripts, styles and images only, talk
      // only to this API, and may not be framed or post forms anywhere.
      const OWN_ASSETS_ONLY = {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'none'"],
      };
      // Moderator dashboard (static files, apps/comments-api/public/moderate): own scripts and styles only.
      const dashboardHelmet = helmet({
        contentSecurityPolicy: { directives: OWN_ASSETS_ONLY },
      });
      // Embeddable widget (apps/comments-api/public/embed): embed.js is loaded by other sites' pages (cross-origin resource policy);
      // the demo page runs only its own scripts and talks only to this API.
      const embedHelmet = helmet({
        contentSecurityPolicy: { directives: OWN_ASSETS_ONLY },
        crossOriginResourcePolicy: { policy: 'cross-origin' },
      });
      // Helmet's headers do not depend on the request here (fixed directives, no nonces): each
      // set is recorded once and replayed per request (the same headers, without helmet's
      // chain of a dozen middlewares on every request).
      const [docs, dashboard, embed] = [docsHelmet, dashboardHelmet, embedHelmet].map((h) => recordHeaders(h as never));
      const api = apiHeaders;
      const headersFor = (p: string) => (p.startsWith('/docs') ? docs : p.startsWith('/moderate') ? dashboard : p.startsWith('/embed') ? embed : api);
      app.use((req: { path: string }, res: never, next: () => void) => {
        applyFixedHeaders(res, headersFor(req.path)!);
        next();
      });
      app.useStaticAssets(moderationDashboardDir(), { prefix: '/moderate', index: 'index.html', redirect: true, maxAge: 0 });
      // The analytics page's chart library: Chart.js's dist folder from node_modules (no CDN).
      app.useStaticAssets(chartLibraryDir(), { prefix: '/moderate/vendor/chart.js', index: false, redirect: false, maxAge: 0 });
      app.useStaticAssets(embedWidgetDir(), { prefix: '/embed', index: false, redirect: false, maxAge: 0 });
      app.enableCors({
        origin: true,
        methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
        allowedHeaders: ['Authorization', 'Content-Type', 'traceparent', 'X-Parley-Site'],
        // Content-Disposition: the widget saves a data export under the name the API gives it
        exposedHeaders: ['Retry-After', 'Content-Disposition'],
        maxAge: 600,
      });
      // Public listing pages already cut and serialised are answered here, before routing.
      app.use(app.get(ReadyPages).middleware());
      // One document and UI for the whole public surface: this app's routes and those of the
      // other apps that it serves (their documents merged in on request, cached).
      const merged = new MergedOpenApi(routes);
      const doc = serveApiDocument(app, {
        title: 'Parley comments API',
        description:
          'Comments for article pages: threads, reactions, reports, edits, article settings and user restrictions. ' +
          'Authenticate with the host site\u2019s JWT (`Authorization: Bearer …`, HS256, claims `sub`, `name`, `roles`). ' +
          'Every error is application/problem+json (RFC 9457) with `errors[].field` for invalid input. ' +
          'Rate limits answer 429 with Retry-After. Bodies are plain text: escape them when rendering.',
        onRequest: (d) => merged.merge(d),
      });
      const extra = { '/health': ['get'], '/health/live': ['get'], '/metrics': ['get'], '/docs': ['get'], '/docs-json': ['get'] };
      notAllowed = methodNotAllowed(routeTable(doc.paths as unknown as Record<string, Record<string, unknown>>, extra));
    },
  });
}

main().catch((err) => exitOnConfigurationError('comments-api', err));
