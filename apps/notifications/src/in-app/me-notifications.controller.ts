import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { Request, Response } from 'express';
import { AuthenticatedUser, CurrentUser, InvalidTokenError, JwtVerifier, ProblemException, Public } from '@parley/platform';
import { InAppFeedService, decodeCursor, presentItem } from './in-app-feed.service';
import { FeedStreamService } from './feed-stream.service';

class FeedQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}

class StreamQuery {
  /** EventSource cannot send headers, so the token may come in the query. */
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  access_token?: string;
}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('v1/me/notifications')
export class MeNotificationsController {
  constructor(
    private readonly feed: InAppFeedService,
    private readonly stream: FeedStreamService,
    private readonly verifier: JwtVerifier,
  ) {}

  @Get()
  async list(@CurrentUser() user: AuthenticatedUser, @Query() q: FeedQuery) {
    const cursor = q.cursor !== undefined ? decodeCursor(q.cursor) : undefined;
    if (cursor === null) throw new ProblemException(400, 'invalid-cursor', 'Bad Request', 'cursor is not a cursor returned by this API', { errors: [{ field: 'cursor', message: 'invalid cursor' }] });
    const { items, unread, nextCursor } = await this.feed.list(user.id, q.limit, cursor);
    return { unread, items: items.map(presentItem), nextCursor };
  }

  /** Server-sent events: `ready` with the unread count, then one `notification` event per new item. */
  @Public()
  @Get('stream')
  async streamFeed(@Query() q: StreamQuery, @Req() req: Request, @Res() res: Response) {
    const header = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const token = header ?? q.access_token;
    if (!token) throw new ProblemException(401, 'unauthorized', 'Authentication required', 'Send Authorization: Bearer <jwt> or ?access_token=<jwt>', {}, { 'WWW-Authenticate': 'Bearer' });
    let user: AuthenticatedUser;
    try {
      user = this.verifier.verify(token);
    } catch (err) {
      throw new ProblemException(401, 'invalid-token', 'Invalid credentials', err instanceof InvalidTokenError ? err.message : 'invalid token');
    }
    await this.stream.connect(user.id, res, req.headers['last-event-id'] as string | undefined, this.verifier.expiresAt(token));
  }

  @Post('read-all')
  @HttpCode(200)
  async readAll(@CurrentUser() user: AuthenticatedUser) {
    return { marked: await this.feed.markAllRead(user.id), unread: 0 };
  }

  @Post(':id/read')
  @HttpCode(200)
  async read(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string) {
    if (id.length > 300 || !(await this.feed.markRead(user.id, id))) throw new ProblemException(404, 'not-found', 'Not Found', 'You have no notification with this id');
    return { id, read: true, unread: await this.feed.unread(user.id) };
  }
}
