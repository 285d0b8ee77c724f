import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, OptionalAuth, Public } from '../auth/auth.guard';
import type { AuthenticatedUser } from '../auth/authenticated-user';

/** A dependency whose reachability decides readiness. */
export interface HealthIndicator {
  name: string;
  /** Throws when the dependency is not ready; may return details to show beside `up`. */
  check(): Promise<void | Record<string, unknown>>;
}
export const HEALTH_INDICATORS = Symbol('HEALTH_INDICATORS');

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `GET /health/live`: the process answers (no dependency is touched). `GET /health/ready` (and
 * `GET /health`): readiness, checks Kafka and the database; anonymous callers learn only up or
 * down (`{ status }`, 200 or 503), admins also which dependency failed and why.
 */
@ApiExcludeController()
@Controller('health')
export class HealthController {
  constructor(@Inject(HEALTH_INDICATORS) private readonly indicators: HealthIndicator[]) {}

  @Public()
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  @OptionalAuth()
  @Get(['ready', ''])
  async ready(@Res() res: Response, @CurrentUser() user?: AuthenticatedUser) {
    const results = await Promise.all(
      this.indicators.map(async (i) => {
        try {
          const details = await withTimeout(i.check(), 2000);
          return [i.name, { status: 'up', ...(details ?? {}) }] as const;
        } catch (err) {
          return [i.name, { status: 'down', error: (err as Error).message }] as const;
        }
      }),
    );
    const checks = Object.fromEntries(results);
    const up = results.every(([, r]) => r.status === 'up');
    const status = up ? 'ok' : 'unavailable';
    res.status(up ? 200 : 503).json(user?.roles.includes('admin') ? { status, checks } : { status });
  }
}
