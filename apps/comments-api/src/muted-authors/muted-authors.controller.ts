import { Body, Controller, Delete, Get, HttpCode, Injectable, Param, PipeTransform, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, ProblemException } from '@parley/platform';
import { ApiProblems } from '../common/problem-docs';
import { MuteAuthorDto } from './dto/mute-author.dto';
import { MutedAuthorList, MutedAuthorView } from './muted-author.view';
import { MUTED_AUTHORS_PER_USER, MutedAuthorsService, PUBLIC_AUTHOR_ID_PATTERN } from './muted-authors.service';

@Injectable()
export class PublicAuthorIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value !== 'string' || !PUBLIC_AUTHOR_ID_PATTERN.test(value)) {
      const message = 'must be a public author id as comment listings show it (a_ followed by 22 characters A-Z a-z 0-9 _ -)';
      throw new ProblemException(400, 'invalid-public-author-id', 'Invalid public author id', `publicAuthorId ${message}`, { errors: [{ field: 'publicAuthorId', message }] });
    }
    return value;
  }
}

const ApiPublicAuthorIdParam = () =>
  ApiParam({ name: 'publicAuthorId', description: 'The author as comment listings show them to the public (`authorId`)', schema: { type: 'string', pattern: PUBLIC_AUTHOR_ID_PATTERN.source, example: 'a_Qm9iIHRoZSBidWlsZGVy' } });

@ApiTags('muted authors')
@ApiBearerAuth()
@Controller('v1/me/muted-authors')
export class MutedAuthorsController {
  constructor(private readonly muted: MutedAuthorsService) {}

  @Get()
  @ApiOperation({ summary: 'The authors you muted, most recent first.' })
  @ApiOkResponse({ type: MutedAuthorList })
  @ApiProblems(401)
  async list(@CurrentUser() user: AuthenticatedUser): Promise<MutedAuthorList> {
    return { items: await this.muted.list(user), limit: MUTED_AUTHORS_PER_USER };
  }

  @Put(':publicAuthorId')
  @ApiOperation({ summary: 'Mute an author: their comments and replies are left out of the listings served to you (and only you). Repeating it changes nothing.' })
  @ApiPublicAuthorIdParam()
  @ApiOkResponse({ type: MutedAuthorView })
  @ApiProblems(400, 401, 409, 422)
  mute(@Param('publicAuthorId', PublicAuthorIdPipe) authorId: string, @Body() dto: MuteAuthorDto, @CurrentUser() user: AuthenticatedUser): Promise<MutedAuthorView> {
    return this.muted.mute(user, authorId, dto?.authorName);
  }

  @Delete(':publicAuthorId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Unmute an author. Repeating it changes nothing.' })
  @ApiPublicAuthorIdParam()
  @ApiNoContentResponse({ description: 'Unmuted (or was not muted).' })
  @ApiProblems(400, 401)
  async unmute(@Param('publicAuthorId', PublicAuthorIdPipe) authorId: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.muted.unmute(user, authorId);
  }
}
