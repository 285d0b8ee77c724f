import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, Matches } from 'class-validator';
import { ARTICLE_ID_PATTERN } from '../../common/ids.pipe';

export class CommentCountsQuery {
  @ApiProperty({ type: String, description: 'Comma-separated article ids, 1 to 100.', example: 'climate-2026-11-26,budget-2027' })
  @Transform(({ value }) => (typeof value === 'string' ? [...new Set(value.split(','))] : value))
  @IsArray({ message: 'ids must be a comma-separated list of article ids' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Matches(ARTICLE_ID_PATTERN, { each: true, message: 'each id must be an article id (letters, digits, . _ : ~ -)' })
  ids!: string[];
}
