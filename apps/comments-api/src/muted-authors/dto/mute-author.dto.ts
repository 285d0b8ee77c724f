import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const TEXT = /^[^\u0000-\u001F\u007F-\u009F]*$/;

export class MuteAuthorDto {
  @ApiPropertyOptional({ description: 'The author\u2019s name as the reader saw it, kept to label the entry in the reader\u2019s own list of muted authors.', example: 'Bob', maxLength: 100 })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value))
  @IsString()
  @MaxLength(100)
  @Matches(TEXT, { message: 'authorName must not contain control characters' })
  authorName?: string;
}
