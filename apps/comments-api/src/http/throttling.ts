import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModuleOptions, ThrottlerOptions, ThrottlerStorage } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { AuthedRequest, ProblemException } from '@parley/platform';
import { CommentsApiConfig } from '../config/comments-api.config';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// One budget per address and per user across all routes (the default key is per route).
const generateKey = (_ctx: ExecutionContext | undefined, tracker: string, name: string) => `${name}:${tracker}`;
const req = (ctx: ExecutionContext) => ctx.switchToHttp().getRequest<AuthedRequest>();

/**
 * Two limits: every request per client IP, and writes per signed-in user (runs after the
 * auth guard, so the user is known). Health checks are never limited.
 */
export function throttlerOptions(config: CommentsApiConfig): ThrottlerModuleOptions {
  const exempt = (ctx: ExecutionContext) => !config.RATE_LIMIT_ENABLED || /^\/(health|metrics)(\/|$)/.test(req(ctx).path);
  return {
    skipIf: exempt,
    generateKey,
    throttlers: [
      { name: 'ip', ttl: 60_000, skipIf: exempt, limit: config.RATE_LIMIT_IP_PER_MINUTE, getTracker: (r) => (r as Request).ip ?? 'unknown' },
      {
        name: 'user-writes',
        ttl: 60_000,
        limit: config.RATE_LIMIT_USER_WRITES_PER_MINUTE,
        // A throttler's own skipIf replaces the common one, so it repeats the exemptions.
        skipIf: (ctx) => exempt(ctx) || !WRITE_METHODS.has(req(ctx).method) || !req(ctx).user,
        getTracker: (r) => `user:${(r as AuthedRequest).user?.id}`,
      },
    ],
  };
}

/** ThrottlerGuard answering 429 problem+json with Retry-After. */
@Injectable()
export class ProblemThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(_ctx: ExecutionContext, d: ThrottlerLimitDetail): Promise<void> {
    const retryAfter = Math.max(1, Math.ceil(d.timeToBlockExpire || d.timeToExpire || 1));
    const per = d.key.includes('user-writes') ? 'writes per user' : 'requests per client address';
    throw new ProblemException(429, 'rate-limited', 'Too Many Requests', `Rate limit of ${d.limit} ${per} per minute exceeded; retry in ${retryAfter} s`, { retryAfter, limit: d.limit }, { 'Retry-After': String(retryAfter) });
  }
}

/**
 * The per-address budget of ProblemThrottlerGuard for a request answered before the guard runs
 * (a ready listing page): the same throttler, key, limit and X-RateLimit headers, counted once.
 * Resolves false when the address is over its budget: the caller then lets the request take the
 * ordinary way, where the guard answers 429 (a blocked address is not counted twice).
 */
export function ipBudget(config: CommentsApiConfig, storage: ThrottlerStorage): (req: Request, res: Response) => Promise<boolean> {
  const ip = (throttlerOptions(config) as { throttlers: ThrottlerOptions[] }).throttlers.find((t) => t.name === 'ip')!;
  const limit = ip.limit as number;
  const ttl = ip.ttl as number;
  return async (req, res) => {
    if (!config.RATE_LIMIT_ENABLED) return true;
    const tracker = await ip.getTracker!(req as never, undefined as never);
    const key = generateKey(undefined, tracker, 'ip');
    const { totalHits, timeToExpire, isBlocked } = await storage.increment(key, ttl, limit, ttl, 'ip');
    if (isBlocked) return false;
    res.setHeader('X-RateLimit-Limit-ip', limit);
    res.setHeader('X-RateLimit-Remaining-ip', Math.max(0, limit - totalHits));
    res.setHeader('X-RateLimit-Reset-ip', timeToExpire);
    return true;
  };
}
