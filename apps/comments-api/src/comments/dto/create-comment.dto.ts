import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsMongoId, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** Control characters other than tab, newline and carriage return are refused. */
export const NO_CONTROL_CHARS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\uFFF9-\uFFFB]*$/;
export const MAX_BODY_LENGTH = 5000;
const nfc = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.normalize('NFC') : value);

export class CommentBodyDto {
  @ApiProperty({
    description: `Plain text, 1 to ${MAX_BODY_LENGTH} characters after NFC normalisation; line breaks allowed, other control characters refused. Stored as written; clients must escape it when rendering (no HTML or markdown is interpreted).`,
    example: 'Great reporting, thank you.',
    minLength: 1,
    maxLength: MAX_BODY_LENGTH,
  })
  @Transform(nfc)
  @IsString()
  @IsNotEmpty({ message: 'body must not be empty' })
  @Matches(/\S/, { message: 'body must contain visible text' })
  @Matches(NO_CONTROL_CHARS, { message: 'body must not contain control characters' })
  @MaxLength(MAX_BODY_LENGTH)
  body!: string;
}

export class CreateCommentDto extends CommentBodyDto {
  @ApiPropertyOptional({ description: 'Id of the comment this one replies to (an approved comment on the same article).', example: '665f1c2e8a1b2c3d4e5f6a7b', pattern: '^[a-f0-9]{24}$' })
  @IsOptional()
  @IsMongoId({ message: 'parentId must be a comment id' })
  @Matches(/^[a-f0-9]{24}$/, { message: 'parentId must be a 24-character lowercase hexadecimal comment id' })
  parentId?: string;
}
