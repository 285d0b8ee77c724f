import 'reflect-metadata';
import { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { registeredRoutes as routesOf, RegisteredRoute } from '@parley/platform';

export type { RegisteredRoute };

/**
 * Every route of an app's module graph (see `registeredRoutes` in @parley/platform), built in
 * preview mode: nothing is instantiated, so no database or broker is contacted. A controller
 * added anywhere, documented or not, is listed.
 */
export async function registeredRoutes(appModule: DynamicModule): Promise<RegisteredRoute[]> {
  const ctx = await NestFactory.createApplicationContext(appModule, { preview: true, logger: false, abortOnError: false });
  try {
    return routesOf(ctx);
  } finally {
    await ctx.close().catch(() => undefined);
  }
}
