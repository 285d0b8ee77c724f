import 'reflect-metadata';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, Reflector } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { routeAccess, RouteAccess } from './auth.guard';

/** One HTTP route an app registers, with the access rule its guard reads from the decorators. */
export interface RegisteredRoute {
  method: string;
  /** Express-style path (`/v1/comments/:id`). */
  path: string;
  controller: string;
  handler: string;
  access: RouteAccess;
}

/** What Nest's module container exposes of an application (or an application context). */
interface ModuleContainer {
  getModules(): Map<string, { controllers: Map<unknown, { metatype: unknown }> }>;
}

const joinPath = (...parts: string[]) =>
  '/' +
  parts
    .map((p) => p.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/');
const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined ? [''] : [String(v)]);

/**
 * Every route of an application's module graph, read from Nest's own metadata: controllers from
 * its container, paths and methods from the route decorators, access from @Public/@OptionalAuth/
 * @Roles exactly as AuthGuard reads them. Works on a preview context too (nothing instantiated).
 */
export function registeredRoutes(app: object): RegisteredRoute[] {
  const container = (app as { container: ModuleContainer }).container;
  const reflector = new Reflector();
  const scanner = new MetadataScanner();
  const routes: RegisteredRoute[] = [];
  for (const module of container.getModules().values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as { name: string; prototype: Record<string, unknown> } | undefined;
      if (!controller) continue;
      const bases = asList(Reflect.getMetadata(PATH_METADATA, controller));
      for (const name of scanner.getAllMethodNames(controller.prototype)) {
        const handler = controller.prototype[name] as object;
        const paths = Reflect.getMetadata(PATH_METADATA, handler);
        if (paths === undefined) continue; // not a route handler
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        for (const base of bases)
          for (const p of asList(paths))
            routes.push({ method, path: joinPath(base, p), controller: controller.name, handler: name, access: routeAccess(reflector, [handler, controller]) });
      }
    }
  }
  return routes;
}

/**
 * Writes each operation's `security` in an OpenAPI document from what the guard enforces on its
 * route: none for @Public routes, optional (`[{}, bearer]`) for @OptionalAuth, the bearer
 * scheme otherwise. So the document cannot drift from the guard, and a document merged from
 * several apps keeps each route's own requirement.
 */
export function documentRouteSecurity(doc: OpenAPIObject, routes: readonly RegisteredRoute[], scheme = 'bearer'): OpenAPIObject {
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    const methods = r.method === 'ALL' ? ['get', 'post', 'put', 'patch', 'delete'] : [r.method.toLowerCase()];
    for (const m of methods) {
      const op = (doc.paths[path] as Record<string, { security?: unknown }> | undefined)?.[m];
      if (!op) continue;
      op.security = r.access.public ? [] : r.access.optional ? [{}, { [scheme]: [] }] : [{ [scheme]: [] }];
    }
  }
  return doc;
}
