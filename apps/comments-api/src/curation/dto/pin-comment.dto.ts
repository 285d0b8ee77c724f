import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { COMMENT_ID_PATTERN } from '../../common/ids.pipe';

export class PinCommentDto {
  @ApiProperty({ example: '665f1c2e8a1b2c3d4e5f6a7b', pattern: COMMENT_ID_PATTERN.source, description: 'An approved top-level comment of this article.' })
  @IsString()
  @Matches(COMMENT_ID_PATTERN, { message: 'commentId must be a 24-character lowercase hexadecimal comment id' })
  commentId!: string;
}
