import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiParam, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { LegalGroundDto } from '../decisions/decision.dto';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { AuthenticatedUser, CurrentSite, CurrentUser, Public, Roles } from '@parley/platform';
import { publicAuthorId } from '../../comments/public-author-id';
import { CommentIdPipe } from '../../common/ids.pipe';
import { ApiProblems } from '../../common/problem-docs';
import { ModerationPageQuery, noControlChars, trimNfc } from '../shared/dto';
import { APPEAL_OUTCOMES, AppealOutcome } from './appeal.schema';
import { AppealsService, toAppealView } from './appeals.service';
import { REASON_CODES, ReasonCode } from '../shared/taxonomy';
import { UserActionsService } from '../user-actions/user-actions.service';
import { CommentsApiConfig } from '../../config/comments-api.config';
import { moderatorAsSeenBy } from '../shared/moderator-names';

export class CreateAppealDto {
  @ApiProperty({ example: 'I was quoting the article, not insulting anyone.', maxLength: 5000 })
  @Transform(trimNfc)
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  @Matches(noControlChars, { message: 'explanation must not contain control characters' })
  explanation!: string;
}

/** A complaint made with the link from the notice decision e-mail (no account). */
export class NoticeComplaintDto extends CreateAppealDto {
  @ApiProperty({ example: '1798761600.Xq3…', maxLength: 200, description: 'The token from the complaint link in the e-mail that told the notifier the decision.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token!: string;
}

export class AppealDecisionDto {
  @ApiProperty({ enum: APPEAL_OUTCOMES, description: '`overturned` reverses the decision (restores the comment, lifts the account restriction, or removes the comment a notice or report was about); `upheld` keeps it.' })
  @IsIn(APPEAL_OUTCOMES)
  outcome!: AppealOutcome;

  @ApiProperty({ example: 'On review, the comment quotes the article and does not break the guidelines.', maxLength: 2000, description: 'Sent to the author.' })
  @Transform(trimNfc)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @Matches(noControlChars, { message: 'reason must not contain control characters' })
  reason!: string;

  @ApiPropertyOptional({ enum: REASON_CODES, description: 'Overturning a notice or reader report decided "no action" only: the reason code of the removal that follows (required then).' })
  @IsOptional()
  @IsIn(REASON_CODES)
  reasonCode?: ReasonCode;

  @ApiPropertyOptional({ type: LegalGroundDto, description: 'Overturning a notice or reader report decided "no action" with reasonCode `illegal_content`: the legal ground of the removal (required then).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LegalGroundDto)
  legalGround?: LegalGroundDto;

  @ApiPropertyOptional({ default: false, description: 'Upheld only: the complaint was manifestly unfounded (DSA Art. 23; counts towards the appellant\u2019s misuse).' })
  @IsOptional()
  @IsBoolean()
  manifestlyUnfounded?: boolean;
}

export class AppealsQuery extends ModerationPageQuery {
  @ApiPropertyOptional({ enum: ['open', 'decided'] })
  @IsOptional()
  @IsIn(['open', 'decided'])
  status?: 'open' | 'decided';
}

@ApiTags('appeals')
@ApiBearerAuth()
@Controller()
export class AppealsController {
  constructor(
    private readonly appeals: AppealsService,
    private readonly users: UserActionsService,
    @Inject(CommentsApiConfig) private readonly config: CommentsApiConfig,
  ) {}

  /** An appeal as its author sees it: "a moderator" unless the site shows names. */
  private forAuthor<T extends { originalDecidedBy?: string | null; decidedBy?: string | null }>(a: T, user: AuthenticatedUser): T {
    const show = this.config.SHOW_MODERATOR_NAMES;
    return { ...a, originalDecidedBy: moderatorAsSeenBy(a.originalDecidedBy, user, show), decidedBy: moderatorAsSeenBy(a.decidedBy, user, show) };
  }

  @Post('v1/comments/:id/appeals')
  @HttpCode(201)
  @ApiOperation({ summary: 'Appeal the rejection or removal of your comment, within six months of being informed of it (the author; DSA Art. 20).' })
  @ApiProblems(400, 401, 403, 404, 409)
  create(@Param('id', CommentIdPipe) id: string, @Body() dto: CreateAppealDto, @CurrentUser() user: AuthenticatedUser) {
    return this.appeals.createForComment(id, dto.explanation, user).then((a) => this.forAuthor(a, user));
  }

  @Get('v1/me/account-decisions')
  @ApiOperation({ summary: 'Decisions on your account (bans, suspensions, premoderation, warnings) with the date you were informed and until when each can be appealed (signed-in).' })
  @ApiProblems(401)
  async accountDecisions(@CurrentUser() user: AuthenticatedUser) {
    const items = await this.users.decisionsOn(user.id);
    const show = this.config.SHOW_MODERATOR_NAMES;
    return { items: items.map((a) => ({ ...a, issuedBy: moderatorAsSeenBy(a.issuedBy, user, show), liftedBy: moderatorAsSeenBy(a.liftedBy, user, show) })) };
  }

  @Post('v1/me/account-decisions/:sanctionId/appeals')
  @HttpCode(201)
  @ApiOperation({ summary: 'Appeal a ban, suspension or premoderation of your account, within six months of being informed of it (DSA Art. 20).' })
  @ApiProblems(400, 401, 403, 404, 409)
  createForAccount(@Param('sanctionId') sanctionId: string, @Body() dto: CreateAppealDto, @CurrentUser() user: AuthenticatedUser) {
    return this.appeals.createForAccount(String(sanctionId).slice(0, 64), dto.explanation, user).then((a) => this.forAuthor(a, user));
  }

  @Post('v1/me/notices/:noticeId/appeals')
  @HttpCode(201)
  @ApiOperation({ summary: 'Contest "no action" on a notice you sent, within six months of being informed of it (the notifier; DSA Art. 20).' })
  @ApiProblems(400, 401, 403, 404, 409)
  createForNotice(@Param('noticeId') noticeId: string, @Body() dto: CreateAppealDto, @CurrentUser() user: AuthenticatedUser) {
    return this.appeals.createForNotice(String(noticeId).slice(0, 300), dto.explanation, user).then((a) => this.forAuthor(a, user));
  }

  @Post('v1/me/reports/:id/appeals')
  @HttpCode(201)
  @ApiOperation({ summary: 'Contest "no action" on your report of a comment (a reader report, not an Art. 16 notice), within six months of being informed of it (the reporter; DSA Art. 20). Decided by a moderator other than the one who kept the comment.' })
  @ApiParam({ name: 'id', description: 'The id of the comment you reported.', example: '665f1c2e8a1b2c3d4e5f6a7b' })
  @ApiProblems(400, 401, 403, 404, 409)
  createForReport(@Param('id', CommentIdPipe) id: string, @Body() dto: CreateAppealDto, @CurrentUser() user: AuthenticatedUser) {
    return this.appeals.createForReport(id, dto.explanation, user).then((a) => this.forAuthor(a, user));
  }

  @Post('v1/notices/:noticeId/complaints')
  @Public()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Contest "no action" on a notice without an account, with the token from the complaint link in the decision e-mail, within six months of being informed of it (the notifier; DSA Art. 20).',
  })
  @ApiCreatedResponse({ description: 'The complaint (an appeal with subject `notice`, appellantRole `notifier`); its outcome is e-mailed to the address the notice came from.' })
  @ApiProblems(400, 403, 409, 410, 429)
  createForNoticeWithToken(@Param('noticeId') noticeId: string, @Body() dto: NoticeComplaintDto, @Req() req: Request) {
    const senderKey = publicAuthorId(`notice-sender:${req.ip ?? 'unknown'}`);
    return this.appeals.createForNoticeWithToken(String(noticeId).slice(0, 300), dto.token, dto.explanation, senderKey).then((a) => ({ ...a, appellantId: undefined, originalDecidedBy: 'a moderator', decidedBy: a.decidedBy ? 'a moderator' : null }));
  }

  @Get('v1/me/appeals')
  @ApiOperation({ summary: 'Your appeals and their outcomes (signed-in).' })
  @ApiProblems(401)
  mine(@CurrentUser() user: AuthenticatedUser) {
    return this.appeals.mine(user).then(({ items }) => ({ items: items.map((a) => this.forAuthor(a, user)) }));
  }

  @Get('v1/moderation/appeals')
  @Roles('moderator', 'admin')
  @ApiOperation({ summary: 'Appeals (complaints against comment, account and notice decisions), oldest first, each with its time to decide (moderators).' })
  @ApiProblems(400, 401, 403)
  list(@Query() q: AppealsQuery, @CurrentSite() site: string) {
    return this.appeals.list(q.status, q.limit, q.cursor, site);
  }

  @Get('v1/moderation/appeals/:appealId')
  @Roles('moderator', 'admin')
  @ApiOperation({ summary: 'One appeal (moderators).' })
  @ApiProblems(401, 403, 404)
  async get(@Param('appealId') appealId: string) {
    return toAppealView(await this.appeals.get(String(appealId).slice(0, 100)));
  }

  @Post('v1/moderation/appeals/:appealId/decision')
  @HttpCode(200)
  @Roles('moderator', 'admin')
  @ApiOperation({ summary: 'Decide an appeal (a moderator other than the original decider): upheld, or overturned (the decision is reversed). The appellant is told the outcome, the reasons and the out-of-court and judicial redress (Art. 21).' })
  @ApiProblems(400, 401, 403, 404, 409)
  decide(@Param('appealId') appealId: string, @Body() dto: AppealDecisionDto, @CurrentUser() user: AuthenticatedUser) {
    return this.appeals.decide(String(appealId).slice(0, 100), dto, user);
  }
}
