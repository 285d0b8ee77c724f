import { ApiSiteHeader } from '../sites/site-scope';
import { Controller, Get, Headers, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '@parley/platform';
import { ApiArticleIdParam, SiteArticleId } from '../common/ids.pipe';
import { ApiProblems } from '../common/problem-docs';
import { LiveThreadsService } from './live-threads.service';

const STREAM_DESCRIPTION = [
  'Server-sent events (`text/event-stream`), public like the listing. Events, each `data` one JSON object:',
  '`ready` `{ articleId, listening, resumed, missed }` once the stream is open (its `id` is the point a reconnect resumes from);',
  '`comment` a newly visible approved comment or reply, exactly as `GET /v1/articles/{articleId}/comments` shows it (CommentView, public);',
  '`edited` the same for an approved comment whose edit was published (`editedAt` set);',
  '`removed` `{ id, articleId, parentId, placeholder }` a comment readers can no longer see (deleted, removed, rejected, or held again after an edit), without any content;',
  '`reactions` `{ id, articleId, reactionCount }` a new reaction count.',
  'Event ids are milliseconds since the epoch; a reconnect with `Last-Event-ID` first gets the comments changed since then (their current state, up to 500).',
  'A comment line (`: ping`) is sent every LIVE_THREAD_HEARTBEAT_MS. Streams are capped per client address and per replica (429 with Retry-After beyond).',
].join(' ');

@ApiSiteHeader()
@ApiTags('comments')
@Controller('v1/articles/:articleId/comments/stream')
export class LiveThreadsController {
  constructor(private readonly live: LiveThreadsService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Live thread: new approved comments and replies, published edits, removals and reaction counts of an article as server-sent events.', description: STREAM_DESCRIPTION })
  @ApiArticleIdParam()
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'The id of the last event received (EventSource sends it when it reconnects).' })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description: 'An event stream (see the description).',
    content: {
      'text/event-stream': {
        // Each event of the stream (the OpenAPI 3.2 `itemSchema` reading of text/event-stream).
        schema: {
          type: 'object',
          required: ['event', 'data'],
          properties: {
            event: { type: 'string', enum: ['ready', 'comment', 'edited', 'removed', 'reactions'] },
            id: { type: 'string', description: 'Resume point: send it back as `Last-Event-ID`' },
            data: { type: 'string', description: 'One JSON object (see the description)' },
            retry: { type: 'integer' },
          },
        },
        example: { id: '1764936000000', event: 'ready', data: '{"articleId":"climate-2026-11-26","listening":true,"resumed":false,"missed":0}' },
      },
    },
  })
  @ApiProblems(400, 429)
  async stream(@SiteArticleId() articleId: string, @Req() req: Request, @Res() res: Response, @Headers('last-event-id') lastEventId?: string): Promise<void> {
    await this.live.connect(articleId, req.ip ?? 'unknown', res, lastEventId);
  }
}
