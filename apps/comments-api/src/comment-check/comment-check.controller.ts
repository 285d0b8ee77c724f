import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ApiArticleIdParam, ArticleIdPipe } from '../common/ids.pipe';
import { ApiProblems } from '../common/problem-docs';
import { CommentBodyDto } from '../comments/dto/create-comment.dto';
import { CheckResult, CommentCheckService } from './comment-check.service';

class CheckReasonView {
  @ApiProperty({ example: 'threat' }) category!: string;
  @ApiProperty({ enum: ['flag', 'reject'] }) action!: 'flag' | 'reject';
  @ApiProperty({ example: 'Your comment may contain violent language. A moderator will review it before it is published.' }) message!: string;
  @ApiPropertyOptional({ description: 'The words concerned, as written' }) excerpt?: string;
  @ApiPropertyOptional({ description: 'UTF-16 offset of the excerpt in the body' }) start?: number;
  @ApiPropertyOptional() end?: number;
}

class CheckResultView {
  @ApiProperty({ enum: ['approved', 'flagged', 'rejected'], description: 'What the community guidelines would decide for this text' }) decision!: string;
  @ApiProperty({ type: [CheckReasonView] }) reasons!: CheckReasonView[];
}

@ApiTags('comments')
@Controller('v1')
export class CommentCheckController {
  constructor(private readonly checks: CommentCheckService) {}

  @Post('articles/:articleId/comments/check')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Check a draft before posting it: the decision the community guidelines would make on its text, with reasons fit to show the writer. Stores nothing; rate-limited like other writes.',
  })
  @ApiArticleIdParam()
  @ApiOkResponse({ type: CheckResultView })
  @ApiProblems(400, 401, 413, 429)
  check(@Param('articleId', ArticleIdPipe) _articleId: string, @Body() dto: CommentBodyDto): CheckResult {
    return this.checks.check(dto.body);
  }
}
