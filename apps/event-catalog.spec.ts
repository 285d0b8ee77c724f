import 'reflect-metadata';
import { DynamicModule, Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants';
import { AppName, eventCatalog, EventType } from '@parley/contracts';
import { loadConfig } from '@parley/platform';
import { AppModule as CommentsApiModule } from './comments-api/src/app.module';
import { CommentsApiConfig } from './comments-api/src/config/comments-api.config';
import { AppModule as ModerationWorkerModule } from './moderation-worker/src/app.module';
import { ModerationWorkerConfig } from './moderation-worker/src/config/moderation-worker.config';
import { AppModule as NotificationsModule } from './notifications/src/app.module';
import { NotificationsConfig } from './notifications/src/config/notifications.config';

// Nest's metadata keys of @EventPattern / @MessagePattern (@nestjs/microservices constants).
const PATTERN_METADATA = 'microservices:pattern';
const PATTERN_HANDLER_METADATA = 'microservices:handler_type';
const EVENT_HANDLER = 2;

type ModuleRef = Type<unknown> | DynamicModule | Promise<DynamicModule> | { forwardRef: () => Type<unknown> };

/** Every controller class reachable from a root module (imports followed, dynamic modules included). */
function controllersOf(root: ModuleRef): Set<Type<unknown>> {
  const seen = new Set<unknown>();
  const controllers = new Set<Type<unknown>>();
  const visit = (m: ModuleRef | undefined) => {
    if (!m || seen.has(m)) return;
    seen.add(m);
    if ('forwardRef' in m) return visit(m.forwardRef());
    if (m instanceof Promise) throw new Error('asynchronous module imports are not followed by this check');
    const cls = (typeof m === 'function' ? m : m.module) as Type<unknown>;
    const dynamic = typeof m === 'function' ? undefined : m;
    for (const c of [...(Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, cls) ?? []), ...(dynamic?.controllers ?? [])]) controllers.add(c);
    for (const i of [...(Reflect.getMetadata(MODULE_METADATA.IMPORTS, cls) ?? []), ...(dynamic?.imports ?? [])]) visit(i);
  };
  visit(root);
  return controllers;
}

/** The event types an app's `@EventPattern` handlers consume. */
function consumedTypes(root: ModuleRef): Set<string> {
  const types = new Set<string>();
  for (const controller of controllersOf(root)) {
    const proto = controller.prototype as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(proto)) {
      const method = Object.getOwnPropertyDescriptor(proto, name)?.value;
      if (typeof method !== 'function' || Reflect.getMetadata(PATTERN_HANDLER_METADATA, method) !== EVENT_HANDLER) continue;
      for (const p of Reflect.getMetadata(PATTERN_METADATA, method) as string[]) types.add(p);
    }
  }
  return types;
}

const env = { MONGODB_URI: 'mongodb://127.0.0.1:1/catalog-check', AUTH_JWT_SECRET: 'catalog-check-secret-0123456789abcdef0123' };
const apps: Record<AppName, ModuleRef> = {
  'comments-api': CommentsApiModule.forRoot(loadConfig(CommentsApiConfig, env)),
  'moderation-worker': ModerationWorkerModule.forRoot(loadConfig(ModerationWorkerConfig, env)),
  notifications: NotificationsModule.forRoot(loadConfig(NotificationsConfig, { ...env, NOTIFY_WEBHOOK_SECRET: 'whsec_' + Buffer.from('catalog-check-webhook-secret-0123').toString('base64'), NOTIFY_UNSUBSCRIBE_SECRET: 'catalog-check-unsubscribe-secret-0123456789' })),
};

describe('event catalog against the handlers the apps register', () => {
  it.each(Object.keys(apps) as AppName[])('%s consumes exactly the event types the catalog lists it as a consumer of', (app) => {
    const handled = [...consumedTypes(apps[app])].sort();
    const catalogued = (Object.keys(eventCatalog) as EventType[]).filter((t) => eventCatalog[t].consumers.includes(app)).sort();
    expect(handled.length).toBeGreaterThan(0);
    expect(handled).toEqual(catalogued);
  });

  it('every handled event type is in the catalog', () => {
    const all = new Set(Object.values(apps).flatMap((m) => [...consumedTypes(m)]));
    expect([...all].filter((t) => !(t in eventCatalog))).toEqual([]);
  });
});
