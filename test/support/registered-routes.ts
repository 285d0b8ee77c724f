import 'reflect-metadata';
import { DynamicModule, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, NestFactory, Reflector } from '@nestjs/core';
import { routeAccess, RouteAccess } from '@parley/platform';

/** One HTTP route an app registers, with the access rule its guard reads from the decorators. */
export interface RegisteredRoute {
  method: string;
  /** Express-style path (`/v1/comments/:id`). */
  path: string;
  controller: string;
  handler: string;
  access: RouteAccess;
}

const joinPath = (...parts: string[]) => '/' + parts.map((p) => p.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/');
const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined ? [''] : [String(v)]);

/**
 * Every route of an app's module graph, read from Nest's own metadata (controllers found by Nest's
 * scanner, paths and methods from the route decorators, access from @Public/@OptionalAuth/@Roles
 * as AuthGuard reads them). The graph is built in preview mode: nothing is instantiated, so no
 * database or broker is contacted. A controller added anywhere, documented or not, is listed.
 */
export async function registeredRoutes(appModule: DynamicModule): Promise<RegisteredRoute[]> {
  const ctx = await NestFactory.createApplicationContext(appModule, { preview: true, logger: false, abortOnError: false });
  try {
    const container = (ctx as unknown as { container: { getModules(): Map<string, { controllers: Map<unknown, { metatype: unknown }> }> } }).container;
    const reflector = new Reflector();
    const scanner = new MetadataScanner();
    const routes: RegisteredRoute[] = [];
    for (const module of container.getModules().values()) {
      for (const wrapper of module.controllers.values()) {
        const controller = wrapper.metatype as { name: string; prototype: Record<string, unknown> };
        if (!controller) continue;
        const bases = asList(Reflect.getMetadata(PATH_METADATA, controller));
        for (const name of scanner.getAllMethodNames(controller.prototype)) {
          const handler = controller.prototype[name] as object;
          const paths = Reflect.getMetadata(PATH_METADATA, handler);
          if (paths === undefined) continue; // not a route handler
          const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
          for (const base of bases) for (const p of asList(paths)) routes.push({ method, path: joinPath(base, p), controller: controller.name, handler: name, access: routeAccess(reflector, [handler, controller]) });
        }
      }
    }
    return routes;
  } finally {
    await ctx.close().catch(() => undefined);
  }
}
