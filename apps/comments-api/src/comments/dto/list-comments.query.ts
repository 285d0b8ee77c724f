import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { ARTICLE_ID_PATTERN } from '../../common/ids.pipe';
import { SORT_ORDERS, SortOrder } from '../../common/cursor';

export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20, example: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;

  @ApiPropertyOptional({ description: "Opaque cursor from the previous page's nextCursor.", example: 'YzI6bjo2NjVmMWMyZThhMWIyYzNkNGU1ZjZhN2I', pattern: '^[A-Za-z0-9_-]{1,200}$' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,200}$/, { message: 'cursor is not a valid cursor' })
  cursor?: string;
}

export class ListCommentsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: SORT_ORDERS, default: 'newest', description: 'newest or oldest first, or most reactions first (ties newest first).' })
  @IsOptional()
  @IsIn(SORT_ORDERS)
  sort: SortOrder = 'newest';
}

export class ListRepliesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: SORT_ORDERS, default: 'oldest', description: 'Replies read as a conversation: oldest first by default.' })
  @IsOptional()
  @IsIn(SORT_ORDERS)
  sort: SortOrder = 'oldest';
}

export class MyCommentsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only comments on this article.', example: 'climate-2026-11-26' })
  @IsOptional()
  @IsString()
  @Matches(ARTICLE_ID_PATTERN, { message: 'articleId must be an article id' })
  articleId?: string;
}
