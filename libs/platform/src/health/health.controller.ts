import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/auth.guard';

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

/** `GET /health/live`: the process answers. `GET /health`: readiness, checks Kafka and the database. */
@ApiExcludeController()
@Controller('health')
export class HealthController {
  constructor(@Inject(HEALTH_INDICATORS) private readonly indicators: HealthIndicator[]) {}

  @Public()
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  @Public()
  @Get()
  async ready(@Res() res: Response) {
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
    res.status(up ? 200 : 503).json({ status: up ? 'ok' : 'unavailable', checks });
  }
}
