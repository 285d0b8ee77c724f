import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

export class StatementsExportQuery {
  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'Decisions from this instant (inclusive).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'from must be an ISO 8601 date-time' })
  from?: Date;

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'Decisions before this instant (exclusive).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'to must be an ISO 8601 date-time' })
  to?: Date;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit = 100;

  @ApiPropertyOptional({ description: "Opaque cursor from the previous page's nextCursor.", pattern: '^[A-Za-z0-9_-]{1,1000}$' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,1000}$/, { message: 'cursor is not a valid cursor' })
  cursor?: string;

  @ApiPropertyOptional({ description: 'Only the statements about this comment.' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'commentId is not a comment id' })
  commentId?: string;

  @ApiPropertyOptional({ description: 'Only the statements about this person (as author or account holder).' })
  @IsOptional()
  @IsString()
  @Matches(/^[^\s]{1,200}$/, { message: 'userId is not a user id' })
  userId?: string;
}

export class TransparencyReportQuery {
  @ApiProperty({ type: String, format: 'date-time', description: 'Start of the period (inclusive).' })
  @Type(() => Date)
  @IsDate({ message: 'from must be an ISO 8601 date-time' })
  from!: Date;

  @ApiProperty({ type: String, format: 'date-time', description: 'End of the period (exclusive).' })
  @Type(() => Date)
  @IsDate({ message: 'to must be an ISO 8601 date-time' })
  to!: Date;

  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv'], { message: 'format must be json or csv' })
  format: 'json' | 'csv' = 'json';
}
