import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn } from 'class-validator';
import { BADGES, type Badge } from '@parley/platform';

export class SetBadgesDto {
  @ApiProperty({
    enum: BADGES,
    isArray: true,
    example: ['expert'],
    description: 'The user\u2019s badges given by admins, replacing the previous list; [] clears them. Badges from the token are added on top.',
  })
  @IsArray()
  @ArrayMaxSize(BADGES.length)
  @ArrayUnique({ message: 'badges must not repeat a badge' })
  @IsIn(BADGES, { each: true, message: `each of badges must be one of: ${BADGES.join(', ')}` })
  badges!: Badge[];
}
