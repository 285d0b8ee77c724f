import { Body, Controller, Get, Headers, HttpCode, Ip, Param, Post, Put } from '@nestjs/common';
import { AuthenticatedUser, CurrentUser, ProblemException, Roles } from '@parley/platform';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ApiArticleIdParam, ApiCommentIdParam, CommentIdPipe, SiteArticleId } from '../common/ids.pipe';
import { ApiProblems } from '../common/problem-docs';
import { CommentBodyDto } from '../comments/dto/create-comment.dto';
import { CheckResult, CommentCheckService } from './comment-check.service';
import { ShownWarning, ShownWarningsService } from './shown-warnings.service';

class CheckReasonView {
  @ApiProperty({ example: 'threat' }) category!: string;
  @ApiProperty({ enum: ['flag', 'reject'] }) action!: 'flag' | 'reject';
  @ApiProperty({ example: 'Your comment may contain violent language. A moderator will review it before it is published.' }) message!: string;
  @ApiPropertyOptional({ description: 'The words concerned, as written' }) excerpt?: string;
  @ApiPropertyOptional({ description: 'UTF-16 offset of the excerpt in the body' }) start?: number;
  @ApiPropertyOptional() end?: number;
}

class ShownWarningView {
  @ApiProperty() commentId!: string;
  @ApiProperty({ enum: ['flagged', 'rejected'] }) decision!: string;
  @ApiProperty({ type: [CheckReasonView] }) reasons!: CheckReasonView[];
  @ApiProperty({ description: 'When the writer chose to post despite the warning' }) shownAt!: string;
}

class RecordedWarningView {
  @ApiProperty({ description: 'false when the stored text raises no warning (nothing is recorded)' }) recorded!: boolean;
  @ApiPropertyOptional() commentId?: string;
  @ApiPropertyOptional({ enum: ['flagged', 'rejected'] }) decision?: string;
  @ApiPropertyOptional({ type: [CheckReasonView] }) reasons?: CheckReasonView[];
  @ApiPropertyOptional() shownAt?: string;
}

class CheckResultView {
  @ApiProperty({ enum: ['approved', 'flagged', 'rejected'], description: 'What the active rule set would decide for this text' }) decision!: string;
  @ApiProperty({ type: [CheckReasonView] }) reasons!: CheckReasonView[];
  @ApiProperty({ type: Number, nullable: true, description: "The rule-set version that checked it (the worker's active version); null = the shipped default (no worker configured)" })
  ruleSetVersion!: number | null;
}

@ApiTags('comments')
@Controller('v1')
export class CommentCheckController {
  constructor(
    private readonly checks: CommentCheckService,
    private readonly shown: ShownWarningsService,
  ) {}

  @Post('articles/:articleId/comments/check')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Check a draft before posting it: the decision the active rule set (as moderation-worker applies it) would make on its text, with reasons fit to show the writer. Stores nothing; rate-limited like other writes.',
  })
  @ApiArticleIdParam()
  @ApiOkResponse({ type: CheckResultView })
  @ApiProblems(400, 401, 413, 429, 503)
  check(@SiteArticleId() _articleId: string, @Body() dto: CommentBodyDto, @Ip() ip: string, @Headers('authorization') authorization?: string): Promise<CheckResult> {
    return this.checks.check(dto.body, { authorization, ip });
  }

  @Put('comments/:id/shown-warning')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      "The writer posted this comment despite the check's warning: the warning (computed again from the stored body) is recorded with the comment for moderators. Idempotent; `recorded: false` when the text raises no warning.",
  })
  @ApiCommentIdParam()
  @ApiOkResponse({ type: RecordedWarningView })
  @ApiProblems(400, 401, 404, 429, 503)
  async record(
    @Param('id', CommentIdPipe) commentId: string,
    @CurrentUser() user: AuthenticatedUser,
    @Ip() ip: string,
    @Headers('authorization') authorization?: string,
  ): Promise<{ recorded: boolean } & Partial<ShownWarning>> {
    const w = await this.shown.record(commentId, user, { authorization, ip });
    return w ? { recorded: true, ...w } : { recorded: false };
  }

  @Get('comments/:id/shown-warning')
  @Roles('moderator', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'For moderators: the warning the writer was shown before posting this comment anyway (404 when none was).' })
  @ApiCommentIdParam()
  @ApiOkResponse({ type: ShownWarningView })
  @ApiProblems(400, 401, 403, 404)
  async find(@Param('id', CommentIdPipe) commentId: string): Promise<ShownWarning> {
    const w = await this.shown.find(commentId);
    if (!w) throw new ProblemException(404, 'no-shown-warning', 'No warning recorded', `No warning was recorded for comment ${commentId}`);
    return w;
  }
}
