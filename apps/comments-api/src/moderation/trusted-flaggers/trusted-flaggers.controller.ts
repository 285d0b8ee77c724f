import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { DeploymentWide, AuthenticatedUser, CurrentUser, Roles } from '@parley/platform';
import { USER_ID_PATTERN } from '../../common/ids.pipe';
import { ApiProblems } from '../../common/problem-docs';
import { noControlChars, trimNfc } from '../shared/dto';
import { TrustedFlaggersService } from './trusted-flaggers.service';

export class AddTrustedFlaggerDto {
  @ApiPropertyOptional({ example: 'ngo-hate-aid', description: 'The flagger\u2019s user id (their notices and reports when signed in).' })
  @IsOptional()
  @Matches(USER_ID_PATTERN, { message: 'userId is not a valid user id' })
  userId?: string;

  @ApiPropertyOptional({ example: 'notices@hateaid.example', description: 'The email the flagger gives with notices sent without an account.' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email?: string;

  @ApiProperty({ example: 'HateAid gGmbH', maxLength: 200 })
  @Transform(trimNfc)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @Matches(noControlChars, { message: 'name must not contain control characters' })
  name!: string;

  @ApiProperty({ example: ['hate speech', 'cyber violence'], description: 'Areas of expertise the status was awarded for (DSA Art. 22(2)(a)).' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  expertise!: string[];
}

@ApiTags('moderation')
@ApiBearerAuth()
@Roles('admin')
@DeploymentWide()
@Controller('v1/moderation/trusted-flaggers')
export class TrustedFlaggersController {
  constructor(private readonly flaggers: TrustedFlaggersService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Register a trusted flagger (DSA Art. 22) by user id and/or email, with their areas of expertise (admins). Their notices go first in the notices queue.' })
  @ApiProblems(400, 401, 403, 409)
  add(@Body() dto: AddTrustedFlaggerDto, @CurrentUser() user: AuthenticatedUser) {
    return this.flaggers.add(dto, user);
  }

  @Get()
  @ApiOperation({ summary: 'The trusted flaggers (admins).' })
  @ApiProblems(401, 403)
  list() {
    return this.flaggers.list();
  }

  @Delete(':flaggerId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a trusted flagger (admins), e.g. when the status is revoked.' })
  @ApiNoContentResponse({ description: 'Removed.' })
  @ApiProblems(401, 403, 404)
  async remove(@Param('flaggerId') id: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.flaggers.remove(String(id).slice(0, 400), user);
  }
}
