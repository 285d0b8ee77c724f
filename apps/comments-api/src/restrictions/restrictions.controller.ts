import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthenticatedUser, CurrentUser, ProblemException, Roles } from '@parley/platform';
import { UserIdPipe, ApiUserIdParam } from '../common/ids.pipe';
import { ApiProblems } from '../common/problem-docs';
import { PutRestrictionDto } from './dto/put-restriction.dto';
import { RestrictionView, toRestrictionView } from './restriction.view';
import { RestrictionsService } from './restrictions.service';
import { assertNotOwnAccount } from '../moderation/shared/separation-of-duties';
import { CommentsApiConfig } from '../config/comments-api.config';
import { moderatorAsSeenBy } from '../moderation/shared/moderator-names';

const notFound = (userId: string) => new ProblemException(404, 'restriction-not-found', 'No restriction', `User ${userId} has no restriction`);

@ApiTags('restrictions')
@ApiBearerAuth()
@Controller('v1/users/:userId/restriction')
export class RestrictionsController {
  constructor(
    private readonly restrictions: RestrictionsService,
    @Inject(CommentsApiConfig) private readonly config: CommentsApiConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'A user\u2019s ban or suspension (moderators and admins, or the user themself).' })
  @ApiUserIdParam()
  @ApiOkResponse({ type: RestrictionView })
  @ApiProblems(400, 401, 403, 404)
  async get(@Param('userId', UserIdPipe) userId: string, @CurrentUser() user: AuthenticatedUser): Promise<RestrictionView> {
    if (user.id !== userId && !user.roles.some((r) => r === 'moderator' || r === 'admin')) {
      throw new ProblemException(403, 'forbidden-role', 'Forbidden', 'Only moderators and admins can see other users\u2019 restrictions');
    }
    const r = await this.restrictions.get(userId);
    if (!r) throw notFound(userId);
    const view = toRestrictionView(r);
    return { ...view, issuedBy: moderatorAsSeenBy(view.issuedBy, user, this.config.SHOW_MODERATOR_NAMES) ?? view.issuedBy };
  }

  @Put()
  @Roles('moderator', 'admin')
  @ApiOperation({ summary: 'Ban or suspend a user (moderators and admins). Replaces an existing restriction.' })
  @ApiUserIdParam()
  @ApiOkResponse({ type: RestrictionView, description: 'Replaced.' })
  @ApiCreatedResponse({ type: RestrictionView, description: 'Created.' })
  @ApiProblems(400, 401, 403, 413)
  async put(@Param('userId', UserIdPipe) userId: string, @Body() dto: PutRestrictionDto, @CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) res: Response): Promise<RestrictionView> {
    assertNotOwnAccount(userId, user, 'restrict');
    const { restriction, created } = await this.restrictions.set(userId, dto, user);
    res.status(created ? 201 : 200);
    return toRestrictionView(restriction);
  }

  @Delete()
  @HttpCode(204)
  @Roles('moderator', 'admin')
  @ApiOperation({ summary: 'Lift a ban or suspension (moderators and admins).' })
  @ApiUserIdParam()
  @ApiNoContentResponse({ description: 'Lifted.' })
  @ApiProblems(400, 401, 403, 404)
  async lift(@Param('userId', UserIdPipe) userId: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    assertNotOwnAccount(userId, user, 'lift a restriction on');
    if (!(await this.restrictions.lift(userId))) throw notFound(userId);
  }
}
