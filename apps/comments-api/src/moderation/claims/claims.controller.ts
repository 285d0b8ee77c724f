import { Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '@parley/platform';
import { CommentIdPipe } from '../../common/ids.pipe';
import { ApiProblems } from '../../common/problem-docs';
import { commentNotFound } from '../../comments/comment-transitions';
import { CommentsRepository } from '../../comments/comments.repository';
import { ClaimsService } from './claims.service';

@ApiTags('moderation')
@ApiBearerAuth()
@Roles('moderator', 'admin')
@Controller('v1/moderation')
export class ClaimsController {
  constructor(
    private readonly claims: ClaimsService,
    private readonly store: CommentsRepository,
  ) {}

  @Post('comments/:id/claim')
  @HttpCode(200)
  @ApiOperation({ summary: 'Claim a comment for review, or renew your claim (moderators). The lease is MODERATION_CLAIM_LEASE_SECONDS.' })
  @ApiOkResponse({ description: '`{ commentId, moderatorId, moderatorName, claimedAt, expiresAt }`' })
  @ApiProblems(400, 401, 403, 404, 409)
  async claim(@Param('id', CommentIdPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    if (!(await this.store.load(id))) throw commentNotFound(id);
    return this.claims.claim(id, user);
  }

  @Delete('comments/:id/claim')
  @HttpCode(204)
  @ApiOperation({ summary: 'Release your claim on a comment (moderators).' })
  @ApiNoContentResponse({ description: 'Released (or you held none).' })
  @ApiProblems(400, 401, 403)
  async release(@Param('id', CommentIdPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.claims.release(id, user);
  }

  @Get('claims/mine')
  @ApiOperation({ summary: 'Your unexpired claims (moderators).' })
  @ApiProblems(401, 403)
  async mine(@CurrentUser() user: AuthenticatedUser) {
    return { items: await this.claims.mine(user) };
  }
}
