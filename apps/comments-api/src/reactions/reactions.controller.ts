import { Controller, Delete, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser } from '@parley/platform';
import { CommentIdPipe, ApiCommentIdParam } from '../common/ids.pipe';
import { ApiProblems } from '../common/problem-docs';
import { ReactionView } from './reaction.view';
import { ReactionsService } from './reactions.service';

@ApiTags('reactions')
@ApiBearerAuth()
@Controller('v1/comments/:id/reaction')
export class ReactionsController {
  constructor(private readonly reactions: ReactionsService) {}

  @Put()
  @ApiOperation({ summary: 'React to an approved comment (one reaction per reader; repeating it changes nothing).' })
  @ApiCommentIdParam()
  @ApiOkResponse({ type: ReactionView })
  @ApiProblems(400, 401, 403, 404)
  react(@Param('id', CommentIdPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<ReactionView> {
    return this.reactions.react(id, user);
  }

  @Delete()
  @ApiOperation({ summary: 'Withdraw your reaction (repeating it changes nothing).' })
  @ApiCommentIdParam()
  @ApiOkResponse({ type: ReactionView })
  @ApiProblems(400, 401, 404)
  unreact(@Param('id', CommentIdPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<ReactionView> {
    return this.reactions.unreact(id, user);
  }
}
