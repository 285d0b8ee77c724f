import { ApiSiteHeader } from '../sites/site-scope';
import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiAcceptedResponse, ApiBearerAuth, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { articleKey, AuthenticatedUser, CurrentUser, OptionalAuth } from '@parley/platform';
import { CommentIdPipe, ApiArticleIdParam, ApiCommentIdParam, SiteArticleId } from '../common/ids.pipe';
import { ApiProblems } from '../common/problem-docs';
import { CommentPage, CommentView, RevisionList, toCommentView } from './comment.view';
import { CommentsService } from './comments.service';
import { CommentBodyDto, CreateCommentDto } from './dto/create-comment.dto';
import { ListCommentsQuery, ListRepliesQuery, MyCommentsQuery } from './dto/list-comments.query';
import { Page } from './thread-listings';
import { ReadyPages } from './ready-pages';
import { configurePublicAuthorIds } from './public-author-id';
import { CommentsApiConfig } from '../config/comments-api.config';
import { MutedAuthorsService } from '../muted-authors/muted-authors.service';
import { publicAuthorId } from './public-author-id';

const TRACEPARENT = /^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;
const traceOf = (tp?: string) => (tp && TRACEPARENT.test(tp) ? tp : undefined);
const ApiTraceparent = () => ApiHeader({ name: 'traceparent', required: false, description: 'W3C trace context, carried into the events.' });

@ApiSiteHeader()
@ApiTags('comments')
@Controller('v1')
export class CommentsController {
  constructor(
    private readonly comments: CommentsService,
    private readonly ready: ReadyPages,
    private readonly muted: MutedAuthorsService,
    config: CommentsApiConfig,
  ) {
    configurePublicAuthorIds(config.PUBLIC_AUTHOR_ID_KEY ?? config.AUTH_JWT_SECRET, !config.PUBLIC_AUTHOR_ID_KEY);
  }

  private page(p: Page, viewer?: AuthenticatedUser): CommentPage {
    return { items: p.items.map((c) => toCommentView(c, viewer, this.comments.editWindowMs)), nextCursor: p.nextCursor };
  }

  /**
   * A listing page without the comments of authors the viewer muted. The cursor stays the one
   * of the whole page, so a page may hold fewer items than the limit (even none) and still go on.
   */
  private async unmuted(p: Page, viewer?: AuthenticatedUser): Promise<{ page: Page; hidden: number }> {
    const muted = await this.muted.mutedBy(viewer?.id);
    if (!muted.size) return { page: p, hidden: 0 };
    const items = p.items.filter((c) => c.authorId === viewer!.id || !muted.has(publicAuthorId(c.authorId)));
    return { page: { ...p, items }, hidden: p.items.length - items.length };
  }

  @Post('articles/:articleId/comments')
  @HttpCode(202)
  @ApiBearerAuth()
  @ApiTraceparent()
  @ApiOperation({ summary: 'Post a comment, or a reply with parentId. It is pending until moderated. The article is created on its first comment.' })
  @ApiArticleIdParam()
  @ApiAcceptedResponse({ type: CommentView })
  @ApiProblems(400, 401, 403, 413, 422)
  async create(
    @SiteArticleId() articleId: string,
    @Body() dto: CreateCommentDto,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('traceparent') traceparent?: string,
  ): Promise<CommentView> {
    return toCommentView(await this.comments.submit(articleId, dto, user, traceOf(traceparent)), user, this.comments.editWindowMs);
  }

  @Get('articles/:articleId/comments')
  @OptionalAuth()
  @ApiOperation({
    summary: 'Top-level comments of an article with their reply counts: approved ones, and placeholders (no body) of hidden ones that have replies. Cursor-paginated, stable while comments arrive.',
  })
  @ApiArticleIdParam()
  @ApiOkResponse({ type: CommentPage })
  @ApiProblems(400, 401)
  async list(@SiteArticleId() articleId: string, @Query() q: ListCommentsQuery, @Req() req: Request, @CurrentUser() user?: AuthenticatedUser): Promise<CommentPage> {
    const whole = await this.comments.listThread(articleId, null, q.sort, q.limit, q.cursor);
    const { page, hidden } = await this.unmuted(whole, user);
    const view = this.page(page, user);
    // a page with comments left out for this reader is theirs alone: never kept for the public
    if (!hidden) this.ready.keep(req, articleId, page, view, user);
    return view;
  }

  @Get('comments/:id')
  @OptionalAuth()
  @ApiOperation({ summary: 'One comment: approved ones (or placeholders) for everybody, any of your own with the moderation reasons, anything for moderators.' })
  @ApiCommentIdParam()
  @ApiOkResponse({ type: CommentView })
  @ApiProblems(400, 401, 404)
  async get(@Param('id', CommentIdPipe) id: string, @CurrentUser() user?: AuthenticatedUser): Promise<CommentView> {
    return toCommentView(await this.comments.findVisible(id, user), user, this.comments.editWindowMs);
  }

  @Get('comments/:id/replies')
  @OptionalAuth()
  @ApiOperation({ summary: 'Direct replies of a comment, with their own reply counts and cursor (oldest first by default).' })
  @ApiCommentIdParam()
  @ApiOkResponse({ type: CommentPage })
  @ApiProblems(400, 401, 404)
  async replies(@Param('id', CommentIdPipe) id: string, @Query() q: ListRepliesQuery, @CurrentUser() user?: AuthenticatedUser): Promise<CommentPage> {
    return this.page((await this.unmuted(await this.comments.listReplies(id, user, q.sort, q.limit, q.cursor), user)).page, user);
  }

  @Patch('comments/:id')
  @ApiBearerAuth()
  @ApiTraceparent()
  @ApiOperation({ summary: 'Edit your comment within the edit window: a new revision (history kept) that is moderated again.' })
  @ApiCommentIdParam()
  @ApiOkResponse({ type: CommentView })
  @ApiProblems(400, 401, 403, 404, 409, 413)
  async edit(@Param('id', CommentIdPipe) id: string, @Body() dto: CommentBodyDto, @CurrentUser() user: AuthenticatedUser, @Headers('traceparent') traceparent?: string): Promise<CommentView> {
    return toCommentView(await this.comments.edit(id, dto.body, user, traceOf(traceparent)), user, this.comments.editWindowMs);
  }

  @Delete('comments/:id')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiTraceparent()
  @ApiOperation({ summary: 'Delete your comment (soft delete; a placeholder stays while it has replies). Repeating it changes nothing.' })
  @ApiCommentIdParam()
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiProblems(400, 401, 403, 404, 409)
  async remove(@Param('id', CommentIdPipe) id: string, @CurrentUser() user: AuthenticatedUser, @Headers('traceparent') traceparent?: string): Promise<void> {
    await this.comments.softDelete(id, user, traceOf(traceparent));
  }

  @Get('comments/:id/revisions')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Every revision of a comment, oldest first (the author and moderators).' })
  @ApiCommentIdParam()
  @ApiOkResponse({ type: RevisionList })
  @ApiProblems(400, 401, 404)
  async revisions(@Param('id', CommentIdPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<RevisionList> {
    return { items: await this.comments.revisions(id, user) };
  }

  @Get('me/comments')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Your own comments in every status but deleted (pending, flagged, rejected marked as such, with reasons), newest first.' })
  @ApiOkResponse({ type: CommentPage })
  @ApiProblems(400, 401)
  async mine(@Query() q: MyCommentsQuery, @CurrentUser() user: AuthenticatedUser): Promise<CommentPage> {
    return this.page(await this.comments.listMine(user, q.articleId ? articleKey(user.site, q.articleId) : undefined, q.limit, q.cursor), user);
  }
}
