import { Controller, Get, Param, ParseEnumPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { articleKey, AuthenticatedUser, CurrentUser, ProblemException, Roles } from '@parley/platform';
import { ModeratorScope } from '../../sites/moderator-scope';
import { ARTICLE_ID_PATTERN, CommentIdPipe, USER_ID_PATTERN } from '../../common/ids.pipe';
import { ApiProblems } from '../../common/problem-docs';
import { DateRangeQuery } from '../shared/dto';
import { QUEUES, QueueName, QueuesService } from './queues.service';

export class QueueQuery extends DateRangeQuery {
  @ApiPropertyOptional({ description: 'Only comments on this article.' })
  @IsOptional()
  @Matches(ARTICLE_ID_PATTERN, { message: 'articleId must be an article id' })
  articleId?: string;

  @ApiPropertyOptional({ description: 'Only comments on articles of this section.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(/^[^\u0000-\u001F$]*$/, { message: 'section must be plain text' })
  section?: string;

  @ApiPropertyOptional({ description: 'Only comments with a reason of this rule id or category (e.g. `banned-terms`, `spam`).' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.:-]{1,100}$/, { message: 'rule must be a rule id or category' })
  rule?: string;

  @ApiPropertyOptional({ description: 'Only comments by this author.' })
  @IsOptional()
  @Matches(USER_ID_PATTERN, { message: 'authorId must be a user id' })
  authorId?: string;

  @ApiPropertyOptional({ enum: ['oldest', 'newest'], default: 'oldest' })
  @IsOptional()
  @IsIn(['oldest', 'newest'])
  sort: 'oldest' | 'newest' = 'oldest';
}

@ApiTags('moderation')
@ApiBearerAuth()
@Roles('moderator', 'admin')
@Controller('v1/moderation')
export class QueuesController {
  constructor(
    private readonly queues: QueuesService,
    private readonly scope: ModeratorScope,
  ) {}

  @Get('counts')
  @ApiOperation({ summary: 'Number of items in every queue (moderators), in one call: of their site, and of their sections when their token limits them (parley_scopes).' })
  @ApiOkResponse({ description: '`{ flagged, pending, reported, notices, appeals, rejected, removed, approved, all }`' })
  @ApiProblems(401, 403)
  async counts(@CurrentUser() user: AuthenticatedUser) {
    return this.queues.counts(user.site, await this.scope.articleKeys(user));
  }

  @Get('queues/:queue')
  @ApiOperation({ summary: 'One page of a moderation queue (moderators), oldest first by default.' })
  @ApiParam({ name: 'queue', enum: QUEUES })
  @ApiOkResponse({ description: '`{ queue, items: [comment card with reasons (excerpt, start, end), claim], nextCursor }`' })
  @ApiProblems(400, 401, 403)
  async list(
    @Param('queue', new ParseEnumPipe(QUEUES, { exceptionFactory: () => new ProblemException(400, 'unknown-queue', 'Unknown queue', `queue must be one of ${QUEUES.join(', ')}`, { errors: [{ field: 'queue', message: `must be one of ${QUEUES.join(', ')}` }] }) }))
    queue: QueueName,
    @Query() q: QueueQuery,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    const site = user.site;
    return this.queues.list(queue, { ...q, site, scope: await this.scope.articleKeys(user), articleId: q.articleId ? articleKey(site, q.articleId) : undefined });
  }

  @Get('comments/:id')
  @ApiOperation({ summary: 'A comment with its context (moderators): article, parent, author history, reports, notices, appeals, audit.' })
  @ApiProblems(400, 401, 403, 404)
  context(@Param('id', CommentIdPipe) id: string) {
    return this.queues.context(id);
  }
}
