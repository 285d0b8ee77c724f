import 'reflect-metadata';
import { DynamicModule, Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants';
import { AppName, ConsumerGroups, eventCatalog, EventType } from '@parley/contracts';
import { loadConfig } from '@parley/platform';
import { AppModule as CommentsApiModule } from './comments-api/src/app.module';
import { CommentsApiConfig } from './comments-api/src/config/comments-api.config';
import { AppModule as ModerationWorkerModule } from './moderation-worker/src/app.module';
import { ModerationWorkerConfig } from './moderation-worker/src/config/moderation-worker.config';
import { AppModule as NotificationsModule } from './notifications/src/app.module';
import { NotificationsConfig } from './notifications/src/config/notifications.config';

// Nest's metadata keys of @EventPattern / @MessagePattern (@nestjs/microservices constants).
const PATTERN_METADATA = 'microservices:pattern';
const PATTERN_EXTRAS_METADATA = 'microservices:pattern_extras';
const PATTERN_HANDLER_METADATA = 'microservices:handler_type';
const EVENT_HANDLER = 2;

type ModuleRef = Type<unknown> | DynamicModule | Promise<DynamicModule> | { forwardRef: () => Type<unknown> };

/** One `@EventPattern` handler an app registers. */
export interface RegisteredEventHandler {
  app: AppName;
  controller: string;
  method: string;
  type: EventType;
  /** The consumer group (unprefixed): the handler's own `group`, else the app's. */
  group: string;
  /** Broadcast channel: every replica hears every event, no retry or dead-letter topic. */
  broadcast?: string;
  /** The catalog topic of the type (unprefixed). */
  topic: string;
}

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

/** The `@EventPattern` handlers of an app's module graph, read from Nest's decorator metadata. */
export function eventHandlersOf(app: AppName, root: ModuleRef): RegisteredEventHandler[] {
  const ownGroup = ConsumerGroups[({ 'comments-api': 'CommentsApi', 'moderation-worker': 'ModerationWorker', notifications: 'Notifications' } as const)[app]];
  const handlers: RegisteredEventHandler[] = [];
  for (const controller of controllersOf(root)) {
    const proto = controller.prototype as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(proto)) {
      const method = Object.getOwnPropertyDescriptor(proto, name)?.value;
      if (typeof method !== 'function' || Reflect.getMetadata(PATTERN_HANDLER_METADATA, method) !== EVENT_HANDLER) continue;
      const extras = (Reflect.getMetadata(PATTERN_EXTRAS_METADATA, method) ?? {}) as { group?: string; broadcast?: string };
      for (const type of Reflect.getMetadata(PATTERN_METADATA, method) as EventType[]) {
        handlers.push({ app, controller: controller.name, method: name, type, group: extras.group ?? ownGroup, broadcast: extras.broadcast, topic: eventCatalog[type]?.topic });
      }
    }
  }
  return handlers;
}

const env = { MONGODB_URI: 'mongodb://127.0.0.1:1/catalog-check', AUTH_JWT_SECRET: 'catalog-check-secret-0123456789abcdef0123' };

/** The three apps' root modules, configured with placeholder values (nothing is connected). */
export function appModules(): Record<AppName, ModuleRef> {
  return {
    'comments-api': CommentsApiModule.forRoot(loadConfig(CommentsApiConfig, { ...env, NOTICE_COMPLAINT_SECRET: 'catalog-check-notice-complaint-secret-0123' })),
    'moderation-worker': ModerationWorkerModule.forRoot(loadConfig(ModerationWorkerConfig, env)),
    notifications: NotificationsModule.forRoot(loadConfig(NotificationsConfig, { ...env, NOTIFY_WEBHOOK_SECRET: 'whsec_' + Buffer.from('catalog-check-webhook-secret-0123').toString('base64'), NOTIFY_UNSUBSCRIBE_SECRET: 'catalog-check-unsubscribe-secret-0123456789' })),
  };
}

/** Every `@EventPattern` handler of every app. */
export function registeredEventHandlers(): RegisteredEventHandler[] {
  return Object.entries(appModules()).flatMap(([app, root]) => eventHandlersOf(app as AppName, root));
}
