import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { AuthenticatedUser, CurrentSite, CurrentUser, ProblemException, Roles } from '@parley/platform';
import { COMMENT_ID_PATTERN } from '../../common/ids.pipe';
import { ApiProblems } from '../../common/problem-docs';
import { LegalGroundDto } from '../decisions/decision.dto';
import { assertLegalGround, DecisionResult, DecisionsService } from '../decisions/decisions.service';
import { ModerationPageQuery, noControlChars, trimNfc } from '../shared/dto';
import { REASON_CODES, REASON_MESSAGES, ReasonCode } from '../shared/taxonomy';
import { NOTICE_OUTCOMES, NoticeOutcome } from './notice.schema';
import { NoticesService, toNoticeView } from './notices.service';
import { assertNotOwnAccount } from '../shared/separation-of-duties';
import { MisuseService } from '../misuse/misuse.service';

export class NoticesQuery extends ModerationPageQuery {
  @ApiPropertyOptional({ enum: ['open', 'decided'] })
  @IsOptional()
  @IsIn(['open', 'decided'])
  status?: 'open' | 'decided';

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(COMMENT_ID_PATTERN, { message: 'commentId must be a 24-character hexadecimal comment id' })
  commentId?: string;
}

export class NoticeCommentRevisionDto {
  @ApiProperty({ example: '665f1c2e8a1b2c3d4e5f6a7b' })
  @IsString()
  @Matches(COMMENT_ID_PATTERN, { message: 'id must be a 24-character hexadecimal comment id' })
  id!: string;

  @ApiProperty({ example: 1, description: 'The revision of this comment the moderator reviewed.' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  revision!: number;
}

export class NoticeNoteDto {
  @ApiProperty({ example: 'Asked the legal desk; waiting for their view.', maxLength: 2000 })
  @Transform(trimNfc)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @Matches(noControlChars, { message: 'text must not contain control characters' })
  text!: string;
}

export class NoticeDecisionDto {
  @ApiProperty({ enum: NOTICE_OUTCOMES, description: '`action-taken` removes (or rejects) the comment; `no-action` keeps it.' })
  @IsIn(NOTICE_OUTCOMES)
  outcome!: NoticeOutcome;

  @ApiPropertyOptional({ example: 1, description: 'The revision reviewed, for a notice naming one comment (else use `comments`).' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  revision?: number;

  @ApiPropertyOptional({ type: [NoticeCommentRevisionDto], description: 'For `action-taken`: the revision reviewed of every comment the notice names.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => NoticeCommentRevisionDto)
  comments?: NoticeCommentRevisionDto[];

  @ApiPropertyOptional({ type: LegalGroundDto, description: 'Required for `action-taken` with reason code `illegal_content` (the default): the law, why, and the type of illegal content.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LegalGroundDto)
  legalGround?: LegalGroundDto;

  @ApiPropertyOptional({ enum: REASON_CODES, default: 'illegal_content', description: 'Reason code when action is taken.' })
  @IsOptional()
  @IsIn(REASON_CODES)
  reasonCode?: ReasonCode;

  @ApiProperty({ example: 'The comment discloses a private address; it was removed.', maxLength: 2000, description: 'Sent to the notifier.' })
  @Transform(trimNfc)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @Matches(noControlChars, { message: 'reason must not contain control characters' })
  reason!: string;

  @ApiPropertyOptional({ default: false, description: '`action-taken` only: the comment is manifestly illegal (counts towards the author\u2019s misuse, DSA Art. 23(1)).' })
  @IsOptional()
  @IsBoolean()
  manifestlyIllegal?: boolean;

  @ApiPropertyOptional({ default: false, description: '`no-action` only: the notice is manifestly unfounded (counts towards the notifier\u2019s misuse, DSA Art. 23(2)).' })
  @IsOptional()
  @IsBoolean()
  manifestlyUnfounded?: boolean;
}

@ApiTags('moderation')
@ApiBearerAuth()
@Roles('moderator', 'admin')
@Controller('v1/moderation/notices')
export class NoticesController {
  constructor(
    private readonly notices: NoticesService,
    private readonly decisions: DecisionsService,
    private readonly misuse: MisuseService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Illegal-content notices (DSA Art. 16), oldest first (moderators).' })
  @ApiProblems(400, 401, 403)
  list(@Query() q: NoticesQuery, @CurrentSite() site: string) {
    return this.notices.list(q.status, q.commentId, q.limit, q.cursor, site);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One notice (moderators).' })
  @ApiProblems(401, 403, 404)
  async get(@Param('id') id: string) {
    return toNoticeView(await this.notices.get(String(id).slice(0, 300)));
  }

  @Post(':id/notes')
  @HttpCode(201)
  @ApiOperation({ summary: 'Add a moderator note to a notice (kept in its history).' })
  @ApiProblems(400, 401, 403, 404)
  async note(@Param('id') id: string, @Body() dto: NoticeNoteDto, @CurrentUser() user: AuthenticatedUser) {
    return toNoticeView(await this.notices.addNote(String(id).slice(0, 300), dto.text, user));
  }

  @Post(':id/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decide a notice (moderators): take action on the comment or not; the notifier is told the outcome.' })
  @ApiProblems(400, 401, 403, 404, 409)
  async decide(@Param('id') id: string, @Body() dto: NoticeDecisionDto, @CurrentUser() user: AuthenticatedUser) {
    const notice = await this.notices.get(String(id).slice(0, 300));
    // Separation of duties: not a notice against one's own comment, nor one's own notice.
    assertNotOwnAccount(notice.reporterId ?? '', user, 'decide a notice filed from');
    const named = notice.commentIds?.length ? notice.commentIds : [notice.commentId];
    for (const commentId of named) await this.decisions.assertMayActOn(commentId, user, 'decide a notice about');
    if (notice.status !== 'open') throw new ProblemException(409, 'notice-decided', 'Notice already decided', `Notice ${notice._id} was decided on ${new Date(notice.decidedAt!).toISOString()}`);
    if (dto.manifestlyIllegal && dto.outcome !== 'action-taken') {
      throw new ProblemException(400, 'bad-request', 'Bad Request', 'manifestlyIllegal is only for action-taken', { errors: [{ field: 'manifestlyIllegal', message: 'is only accepted with outcome action-taken' }] });
    }
    if (dto.manifestlyUnfounded && dto.outcome !== 'no-action') {
      throw new ProblemException(400, 'bad-request', 'Bad Request', 'manifestlyUnfounded is only for no-action', { errors: [{ field: 'manifestlyUnfounded', message: 'is only accepted with outcome no-action' }] });
    }
    const decisions: DecisionResult[] = [];
    let misuse = null;
    const code = dto.reasonCode ?? 'illegal_content';
    const legalGround = code === 'illegal_content' && dto.legalGround ? { law: dto.legalGround.law, explanation: dto.legalGround.explanation, illegalContentType: dto.legalGround.illegalContentType } : null;
    if (dto.outcome === 'action-taken') {
      assertLegalGround(code, dto.legalGround);
      const revisions = new Map((dto.comments ?? []).map((c) => [c.id, c.revision]));
      if (named.length === 1 && dto.revision !== undefined && !revisions.has(named[0])) revisions.set(named[0], dto.revision);
      const missing = named.filter((c) => !revisions.has(c));
      if (missing.length) {
        throw new ProblemException(400, 'bad-request', 'Bad Request', 'Give the revision reviewed of every comment the notice names', { errors: missing.map((c) => ({ field: 'comments', message: `needs the revision of comment ${c}` })) });
      }
      for (const commentId of named) {
        decisions.push(
          await this.decisions.decide(commentId, { action: 'reject', revision: revisions.get(commentId)!, reason: code, note: dto.reason, legalGround: legalGround ?? undefined, manifestlyIllegal: dto.manifestlyIllegal }, user, {
            source: notice.trustedFlagger ? 'trusted-flagger' : 'notice',
            keepNotices: true,
          }),
        );
      }
      await this.notices.resolve(notice._id, 'action-taken', dto.reason || REASON_MESSAGES[code], user, legalGround);
      for (const commentId of named) await this.notices.resolveForComment(commentId, 'action-taken', dto.reason || REASON_MESSAGES[code], user, legalGround);
    } else {
      const resolved = await this.notices.resolve(notice._id, 'no-action', dto.reason, user);
      if (resolved && dto.manifestlyUnfounded) misuse = await this.misuse.record('manifestly-unfounded-notice', notice._id, { userId: notice.reporterId, email: notice.reporterEmail }, user);
    }
    const decision = decisions[0] ?? null;
    return { notice: toNoticeView(await this.notices.get(notice._id)), decision, decisions, misuse: decision?.misuse ?? misuse };
  }
}
