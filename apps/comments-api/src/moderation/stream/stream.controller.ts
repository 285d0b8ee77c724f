import { ModeratorScope } from '../../sites/moderator-scope';
import { Controller, Get, Inject, Logger, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiPropertyOptional, ApiQuery, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { Request, Response } from 'express';
import { AuthenticatedUser, EventStream, JwtVerifier, ProblemException, Public, StreamSlots } from '@parley/platform';
import { ApiProblems } from '../../common/problem-docs';
import { CommentsApiConfig } from '../../config/comments-api.config';
import { QueuesService } from '../queues/queues.service';
import { ModerationConfig } from '../shared/moderation.config';

export class StreamQuery {
  @ApiPropertyOptional({ description: 'The bearer token, for EventSource clients that cannot set headers.' })
  @IsOptional()
  @IsString()
  @MaxLength(4096)
  access_token?: string;
}

/**
 * Live queue updates for the dashboard as server-sent events: `counts` whenever a queue's size
 * or newest item changes (it polls the queues every MODERATION_STREAM_POLL_MS; FerretDB has no
 * change streams), and a comment line as a heartbeat. Streams are capped per moderator and per
 * replica (429 with Retry-After beyond) and end with an `expired` event when the token expires.
 */
@ApiTags('moderation')
@Controller('v1/moderation/stream')
export class StreamController {
  private readonly logger = new Logger(StreamController.name);
  private readonly verifier: JwtVerifier;
  private readonly slots: StreamSlots;

  constructor(
    private readonly queues: QueuesService,
    private readonly config: ModerationConfig,
    private readonly scope: ModeratorScope,
    @Inject(CommentsApiConfig) apiConfig: CommentsApiConfig,
  ) {
    this.verifier = JwtVerifier.fromConfig(apiConfig);
    this.slots = new StreamSlots(config.streamMaxPerUser, config.streamMaxTotal);
  }

  private authenticate(req: Request, token?: string): { user: AuthenticatedUser; expiresAt: number } {
    const header = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const jwt = header ?? token;
    if (!jwt) throw new ProblemException(401, 'unauthorized', 'Authentication required', 'Send a bearer token or ?access_token=', {}, { 'WWW-Authenticate': 'Bearer' });
    let user: AuthenticatedUser;
    try {
      user = this.verifier.verify(jwt);
    } catch (err) {
      throw new ProblemException(401, 'invalid-token', 'Invalid credentials', (err as Error).message, {}, { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
    }
    if (!user.roles.some((r) => r === 'moderator' || r === 'admin')) throw new ProblemException(403, 'forbidden-role', 'Forbidden', 'This action needs one of the roles: moderator, admin');
    return { user, expiresAt: this.verifier.expiresAt(jwt) };
  }

  @Get()
  @Public()
  @ApiOperation({ summary: 'Server-sent events with live queue counts (moderators; token in Authorization or ?access_token=).' })
  @ApiProduces('text/event-stream')
  @ApiQuery({ name: 'access_token', required: false })
  @ApiOkResponse({ description: '`event: counts` with `{ counts, heads, at }` whenever a queue changes.' })
  @ApiProblems(401, 403, 429)
  async stream(@Query() q: StreamQuery, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { user, expiresAt } = this.authenticate(req, q.access_token);
    const stream = EventStream.open(res, { slots: this.slots, client: user.id, expiresAt });
    let last = '';
    let ticks = 0;
    this.logger.log({ moderator: user.id }, 'moderation stream opened');
    while (!stream.closed) {
      try {
        const keys = await this.scope.articleKeys(user);
        const [counts, heads] = await Promise.all([this.queues.counts(user.site, keys), this.queues.heads(user.site, keys)]);
        const key = JSON.stringify({ counts, heads });
        if (key !== last) {
          last = key;
          stream.send('counts', { counts, heads, at: new Date().toISOString() });
        } else if (++ticks % 10 === 0) {
          stream.heartbeat();
        }
      } catch (err) {
        this.logger.warn({ err: (err as Error).message }, 'moderation stream poll failed');
      }
      if (!stream.closed) await new Promise((r) => setTimeout(r, this.config.streamPollMs));
    }
    stream.end();
  }
}
