import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsMongoId, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** Control characters other than tab, newline and carriage return are refused. */
const NO_CONTROL_CHARS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$/;

export class CreateCommentDto {
  @ApiProperty({ description: 'Plain text of the comment, 1 to 5000 characters; stored NFC-normalised.', example: 'Great reporting, thank you.' })
  @Transform(({ value }) => (typeof value === 'string' ? value.normalize('NFC') : value))
  @IsString()
  @IsNotEmpty({ message: 'body must not be empty' })
  @Matches(/\S/, { message: 'body must contain visible text' })
  @Matches(NO_CONTROL_CHARS, { message: 'body must not contain control characters' })
  @MaxLength(5000)
  body!: string;

  @ApiPropertyOptional({ description: 'Id of the comment this one replies to.', example: '665f1c2e8a1b2c3d4e5f6a7b' })
  @IsOptional()
  @IsMongoId({ message: 'parentId must be a comment id' })
  parentId?: string;
}
