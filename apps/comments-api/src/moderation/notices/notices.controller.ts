import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { AuthenticatedUser, CurrentUser, ProblemException, Roles } from '@parley/platform';
import { COMMENT_ID_PATTERN } from '../../common/ids.pipe';
import { ApiProblems } from '../../common/problem-docs';
import { DecisionsService } from '../decisions/decisions.service';
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

export class NoticeDecisionDto {
  @ApiProperty({ enum: NOTICE_OUTCOMES, description: '`action-taken` removes (or rejects) the comment; `no-action` keeps it.' })
  @IsIn(NOTICE_OUTCOMES)
  outcome!: NoticeOutcome;

  @ApiProperty({ example: 1, description: 'The revision of the comment the moderator reviewed.' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  revision!: number;

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
  list(@Query() q: NoticesQuery) {
    return this.notices.list(q.status, q.commentId, q.limit, q.cursor);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One notice (moderators).' })
  @ApiProblems(401, 403, 404)
  async get(@Param('id') id: string) {
    return toNoticeView(await this.notices.get(String(id).slice(0, 300)));
  }

  @Post(':id/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decide a notice (moderators): take action on the comment or not; the notifier is told the outcome.' })
  @ApiProblems(400, 401, 403, 404, 409)
  async decide(@Param('id') id: string, @Body() dto: NoticeDecisionDto, @CurrentUser() user: AuthenticatedUser) {
    const notice = await this.notices.get(String(id).slice(0, 300));
    // Separation of duties: not a notice against one's own comment, nor one's own notice.
    await this.decisions.assertNotOwnComment(notice.commentId, user, 'decide a notice about');
    assertNotOwnAccount(notice.reporterId ?? '', user, 'decide a notice filed from');
    if (notice.status !== 'open') throw new ProblemException(409, 'notice-decided', 'Notice already decided', `Notice ${notice._id} was decided on ${new Date(notice.decidedAt!).toISOString()}`);
    if (dto.manifestlyIllegal && dto.outcome !== 'action-taken') {
      throw new ProblemException(400, 'bad-request', 'Bad Request', 'manifestlyIllegal is only for action-taken', { errors: [{ field: 'manifestlyIllegal', message: 'is only accepted with outcome action-taken' }] });
    }
    if (dto.manifestlyUnfounded && dto.outcome !== 'no-action') {
      throw new ProblemException(400, 'bad-request', 'Bad Request', 'manifestlyUnfounded is only for no-action', { errors: [{ field: 'manifestlyUnfounded', message: 'is only accepted with outcome no-action' }] });
    }
    let decision = null;
    let misuse = null;
    if (dto.outcome === 'action-taken') {
      const code = dto.reasonCode ?? 'illegal_content';
      decision = await this.decisions.decide(notice.commentId, { action: 'reject', revision: dto.revision, reason: code, note: dto.reason, manifestlyIllegal: dto.manifestlyIllegal }, user, { source: notice.trustedFlagger ? 'trusted-flagger' : 'notice', keepNotices: true });
      await this.notices.resolveForComment(notice.commentId, 'action-taken', dto.reason || REASON_MESSAGES[code], user);
    } else {
      const resolved = await this.notices.resolve(notice._id, 'no-action', dto.reason, user);
      if (resolved && dto.manifestlyUnfounded) misuse = await this.misuse.record('manifestly-unfounded-notice', notice._id, { userId: notice.reporterId, email: notice.reporterEmail }, user);
    }
    return { notice: toNoticeView(await this.notices.get(notice._id)), decision, misuse: decision?.misuse ?? misuse };
  }
}
