import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, OptionalAuth } from '@parley/platform';
import { ArticleIdPipe, CommentIdPipe } from './article-id.pipe';
import { CommentPage, CommentView, toCommentView } from './comment.view';
import { CommentsService } from './comments.service';
import { CreateCommentDto } from './dto/create-comment.dto';
import { ListCommentsQuery } from './dto/list-comments.query';

const TRACEPARENT = /^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

@ApiTags('comments')
@Controller('v1')
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Post('articles/:articleId/comments')
  @HttpCode(202)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Post a comment (or a reply with parentId). It is pending until moderated.' })
  @ApiAcceptedResponse({ type: CommentView })
  async create(
    @Param('articleId', ArticleIdPipe) articleId: string,
    @Body() dto: CreateCommentDto,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('traceparent') traceparent?: string,
  ): Promise<CommentView> {
    const tp = traceparent && TRACEPARENT.test(traceparent) ? traceparent : undefined;
    return toCommentView(await this.comments.submit(articleId, dto, user, tp), user.id);
  }

  @Get('articles/:articleId/comments')
  @OptionalAuth()
  @ApiOperation({ summary: 'List approved comments of an article, newest first, cursor-paginated.' })
  @ApiOkResponse({ type: CommentPage })
  async list(@Param('articleId', ArticleIdPipe) articleId: string, @Query() q: ListCommentsQuery): Promise<CommentPage> {
    const page = await this.comments.listApproved(articleId, q.limit, q.cursor);
    return { items: page.items.map((c) => toCommentView(c)), nextCursor: page.nextCursor };
  }

  @Get('comments/:id')
  @OptionalAuth()
  @ApiOperation({ summary: 'One comment: approved ones for everybody, any of your own.' })
  @ApiOkResponse({ type: CommentView })
  async get(@Param('id', CommentIdPipe) id: string, @CurrentUser() user?: AuthenticatedUser): Promise<CommentView> {
    return toCommentView(await this.comments.findVisible(id, user), user?.id);
  }
}
