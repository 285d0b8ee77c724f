import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModuleOptions } from '@nestjs/throttler';
import type { Request } from 'express';
import { AuthedRequest, ProblemException } from '@parley/platform';
import { CommentsApiConfig } from '../config/comments-api.config';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const req = (ctx: ExecutionContext) => ctx.switchToHttp().getRequest<AuthedRequest>();

/**
 * Two limits: every request per client IP, and writes per signed-in user (runs after the
 * auth guard, so the user is known). Health checks are never limited.
 */
export function throttlerOptions(config: CommentsApiConfig): ThrottlerModuleOptions {
  const exempt = (ctx: ExecutionContext) => !config.RATE_LIMIT_ENABLED || /^\/(health|metrics)(\/|$)/.test(req(ctx).path);
  // One budget per address and per user across all routes (the default key is per route).
  const generateKey = (_ctx: ExecutionContext, tracker: string, name: string) => `${name}:${tracker}`;
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
