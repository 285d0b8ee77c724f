import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, ProblemException, Roles } from '@parley/platform';
import { CommentIdPipe } from '../../common/ids.pipe';
import { ApiProblems } from '../../common/problem-docs';
import { BulkDecisionDto, DecisionDto } from './decision.dto';
import { DecisionsService } from './decisions.service';

@ApiTags('moderation')
@ApiBearerAuth()
@Roles('moderator', 'admin')
@Controller('v1/moderation')
export class DecisionsController {
  constructor(private readonly decisions: DecisionsService) {}

  @Post('comments/:id/decisions')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decide a comment (moderators): approve, reject, remove, restore, feature, unfeature — on the revision reviewed.' })
  @ApiOkResponse({ description: 'The decision: `{ commentId, action, revision, previousStatus, status, featured, eventId, decidedBy, decidedAt, statementOfReasons }`.' })
  @ApiProblems(400, 401, 403, 404, 409)
  decide(@Param('id', CommentIdPipe) id: string, @Body() dto: DecisionDto, @CurrentUser() user: AuthenticatedUser) {
    return this.decisions.decide(id, dto, user);
  }

  @Post('decisions/bulk')
  @HttpCode(200)
  @ApiOperation({ summary: 'The same decision on up to 100 comments (moderators); each item succeeds or fails on its own.' })
  @ApiOkResponse({ description: '`{ succeeded, failed, results: [{ id, ok, status, result?, problem? }] }`' })
  @ApiProblems(400, 401, 403)
  bulk(@Body() dto: BulkDecisionDto, @CurrentUser() user: AuthenticatedUser) {
    if ((dto.action === 'reject' || dto.action === 'remove') && !dto.reason) {
      throw new ProblemException(400, 'bad-request', 'Bad Request', 'reason is required to reject or remove comments', { errors: [{ field: 'reason', message: 'is required for reject and remove' }] });
    }
    const ids = dto.items.map((i) => i.id);
    if (new Set(ids).size !== ids.length) {
      throw new ProblemException(400, 'bad-request', 'Bad Request', 'items must name each comment once', { errors: [{ field: 'items', message: 'must not repeat a comment id' }] });
    }
    return this.decisions.bulk(dto.action, dto.items, dto.reason, dto.note, user, dto.legalGround);
  }
}
