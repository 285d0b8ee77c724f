import { ApiSiteHeader } from '../sites/site-scope';
import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, OptionalAuth, Roles } from '@parley/platform';
import { CommentPage, toCommentView, ViewableComment } from '../comments/comment.view';
import { publicAuthorId } from '../comments/public-author-id';
import { ApiArticleIdParam, ApiUserIdParam, UserIdPipe, SiteArticleId } from '../common/ids.pipe';
import { ApiProblems } from '../common/problem-docs';
import { MutedAuthorsService } from '../muted-authors/muted-authors.service';
import { PinnedCommentView, PinResultView, UserBadgesView } from './curation.view';
import { CurationService } from './curation.service';
import { FeaturedCommentsQuery } from './dto/featured-comments.query';
import { PinCommentDto } from './dto/pin-comment.dto';
import { SetBadgesDto } from './dto/set-badges.dto';
import { UserBadgesService } from './user-badges.service';

/** Readers' side of curation: the featured tab and the pinned comment. */
@ApiSiteHeader()
@ApiTags('curation')
@Controller('v1/articles/:articleId')
export class CurationController {
  constructor(
    private readonly curation: CurationService,
    private readonly muted: MutedAuthorsService,
  ) {}

  /** Leaves out the comments of authors the viewer muted (never their own). */
  private async unmuted<T extends ViewableComment>(items: T[], viewer?: AuthenticatedUser): Promise<T[]> {
    const muted = await this.muted.mutedBy(viewer?.id);
    return muted.size ? items.filter((c) => c.authorId === viewer!.id || !muted.has(publicAuthorId(c.authorId))) : items;
  }

  @Get('featured-comments')
  @OptionalAuth()
  @ApiOperation({ summary: 'The featured tab: approved comments (and replies) that moderators featured, most recently featured first. Cursor-paginated.' })
  @ApiArticleIdParam()
  @ApiOkResponse({ type: CommentPage })
  @ApiProblems(400, 401)
  async featured(
    @SiteArticleId() articleId: string,
    @Query() q: FeaturedCommentsQuery,
    @CurrentUser() user?: AuthenticatedUser,
  ): Promise<CommentPage> {
    const page = await this.curation.featured(articleId, q.limit, q.cursor);
    return { items: (await this.unmuted(page.items, user)).map((c) => toCommentView(c, user)), nextCursor: page.nextCursor };
  }

  @Get('pinned-comment')
  @OptionalAuth()
  @ApiOperation({ summary: 'The article\u2019s pinned comment (at most one), while it is approved; `comment` is null when none is pinned.' })
  @ApiArticleIdParam()
  @ApiOkResponse({ type: PinnedCommentView })
  @ApiProblems(400, 401, 404)
  async pinned(@SiteArticleId() articleId: string, @CurrentUser() user?: AuthenticatedUser): Promise<PinnedCommentView> {
    const p = await this.curation.pinned(articleId);
    const shown = p.comment ? await this.unmuted([p.comment], user) : [];
    return shown[0]
      ? { comment: toCommentView(shown[0], user), pinnedAt: p.pinnedAt ? new Date(p.pinnedAt).toISOString() : null }
      : { comment: null, pinnedAt: null };
  }
}

/** Moderators pin and unpin. */
@ApiTags('curation')
@ApiBearerAuth()
@Roles('moderator', 'admin')
@Controller('v1/moderation/articles/:articleId/pinned-comment')
export class PinnedCommentController {
  constructor(private readonly curation: CurationService) {}

  @Put()
  @ApiOperation({
    summary:
      'Pin an approved top-level comment of the article (moderators), replacing the pinned one in one atomic update; `replaced` names the comment it replaced.',
  })
  @ApiArticleIdParam()
  @ApiOkResponse({ type: PinResultView })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  pin(@SiteArticleId() articleId: string, @Body() dto: PinCommentDto, @CurrentUser() user: AuthenticatedUser): Promise<PinResultView> {
    return this.curation.pin(articleId, dto.commentId, user);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Unpin the article\u2019s pinned comment (moderators). Repeating it changes nothing.' })
  @ApiArticleIdParam()
  @ApiNoContentResponse({ description: 'Nothing is pinned now.' })
  @ApiProblems(400, 401, 403, 404)
  async unpin(@SiteArticleId() articleId: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.curation.unpin(articleId, user);
  }
}

/** Badges admins give users; moderators can read them. */
@ApiTags('curation')
@ApiBearerAuth()
@Controller('v1')
export class UserBadgesController {
  constructor(private readonly badges: UserBadgesService) {}

  @Get('moderation/users/:userId/badges')
  @Roles('moderator', 'admin')
  @ApiOperation({ summary: 'The badges admins gave a user (moderators, admins).' })
  @ApiUserIdParam()
  @ApiOkResponse({ type: UserBadgesView })
  @ApiProblems(400, 401, 403)
  get(@Param('userId', UserIdPipe) userId: string): Promise<UserBadgesView> {
    return this.badges.get(userId);
  }

  @Put('admin/users/:userId/badges')
  @Roles('admin')
  @ApiOperation({
    summary:
      'Set the badges of a user (admins): staff, subscriber, expert; replaces the list, [] clears it. Shown on all their comments, with the badges their token asserts.',
  })
  @ApiUserIdParam()
  @ApiOkResponse({ type: UserBadgesView })
  @ApiProblems(400, 401, 403)
  set(@Param('userId', UserIdPipe) userId: string, @Body() dto: SetBadgesDto, @CurrentUser() user: AuthenticatedUser): Promise<UserBadgesView> {
    return this.badges.set(userId, dto.badges, user);
  }
}
