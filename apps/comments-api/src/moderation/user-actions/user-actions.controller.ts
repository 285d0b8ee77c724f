import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsDate, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { AuthenticatedUser, CurrentUser, ProblemException, Roles } from '@parley/platform';
import { UserIdPipe } from '../../common/ids.pipe';
import { ApiProblems } from '../../common/problem-docs';
import { noControlChars, trimNfc } from '../shared/dto';
import { REASON_CODES, ReasonCode } from '../shared/taxonomy';
import { USER_ACTION_KINDS, UserActionKind } from './user-action.schema';
import { UserActionsService } from './user-actions.service';
import { assertNotOwnAccount } from '../shared/separation-of-duties';

export class UserActionDto {
  @ApiProperty({ enum: USER_ACTION_KINDS, example: 'ban' })
  @IsIn(USER_ACTION_KINDS)
  kind!: UserActionKind;

  @ApiProperty({ example: 'Repeated harassment of other readers', maxLength: 1000, description: 'Shown to the user (the warning message for `warn`).' })
  @Transform(trimNfc)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  @Matches(noControlChars, { message: 'reason must not contain control characters' })
  reason!: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'End of a suspension (or give durationSeconds).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'until must be an ISO 8601 date-time' })
  until?: Date;

  @ApiPropertyOptional({ example: 86400, description: 'Length of a suspension in seconds (up to a year).' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(60)
  @Max(366 * 24 * 3600)
  durationSeconds?: number;

  @ApiPropertyOptional({ example: true, description: 'Ban only: also reject all the user\u2019s visible comments (asynchronously, through Kafka).' })
  @IsOptional()
  @IsBoolean()
  rejectComments?: boolean;

  @ApiPropertyOptional({ enum: REASON_CODES, description: 'Reason code of the comments rejected by a ban (default abusive).' })
  @IsOptional()
  @IsIn(REASON_CODES)
  reasonCode?: ReasonCode;
}

export class UserNoteDto {
  @ApiProperty({ example: 'Warned twice about insults in the climate threads', maxLength: 2000 })
  @Transform(trimNfc)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @Matches(noControlChars, { message: 'text must not contain control characters' })
  text!: string;
}

@ApiTags('moderation')
@ApiBearerAuth()
@Roles('moderator', 'admin')
@Controller('v1/moderation/users/:userId')
export class UserActionsController {
  constructor(private readonly users: UserActionsService) {}

  @Get()
  @ApiOperation({ summary: 'A user\u2019s moderation history (moderators): standing, counts by status, recent comments, reports made and received, actions, notes.' })
  @ApiParam({ name: 'userId', example: 'user-123' })
  @ApiProblems(400, 401, 403)
  history(@Param('userId', UserIdPipe) userId: string) {
    return this.users.history(userId);
  }

  @Post('actions')
  @HttpCode(201)
  @ApiOperation({ summary: 'Ban (optionally rejecting all visible comments), suspend, always premoderate, or warn a user (moderators).' })
  @ApiProblems(400, 401, 403, 422)
  act(@Param('userId', UserIdPipe) userId: string, @Body() dto: UserActionDto, @CurrentUser() user: AuthenticatedUser) {
    assertNotOwnAccount(userId, user, `${dto.kind}`);
    return this.users.act(userId, dto, user);
  }

  @Delete('actions/:kind')
  @ApiOperation({ summary: 'Lift a ban, suspension or premoderation (moderators).' })
  @ApiParam({ name: 'kind', enum: ['ban', 'suspend', 'premoderate'] })
  @ApiProblems(400, 401, 403, 404, 409)
  lift(@Param('userId', UserIdPipe) userId: string, @Param('kind') kind: string, @CurrentUser() user: AuthenticatedUser) {
    if (!(USER_ACTION_KINDS as readonly string[]).includes(kind)) {
      throw new ProblemException(400, 'bad-request', 'Bad Request', `kind must be one of ${USER_ACTION_KINDS.join(', ')}`, { errors: [{ field: 'kind', message: `must be one of ${USER_ACTION_KINDS.join(', ')}` }] });
    }
    assertNotOwnAccount(userId, user, `lift a ${kind} on`);
    return this.users.lift(userId, kind as UserActionKind, user);
  }

  @Post('notes')
  @HttpCode(201)
  @ApiOperation({ summary: 'Add a private moderator note on a user (moderators).' })
  @ApiProblems(400, 401, 403)
  note(@Param('userId', UserIdPipe) userId: string, @Body() dto: UserNoteDto, @CurrentUser() user: AuthenticatedUser) {
    return this.users.addNote(userId, dto.text, user);
  }
}
