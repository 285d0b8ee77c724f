import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { GRANULARITIES, Granularity, MAX_BUCKETS } from './utc-buckets';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class AnalyticsQuery {
  @ApiPropertyOptional({ type: String, format: 'date', example: '2026-11-01', description: 'First UTC day (inclusive); for weeks, the ISO week (Monday to Sunday) that contains it. Default: 29 days (day) or 11 weeks (week) before `to`.' })
  @IsOptional()
  @Matches(DAY, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ type: String, format: 'date', example: '2026-11-30', description: 'Last UTC day (inclusive); for weeks, the whole week that contains it. Default: today (UTC).' })
  @IsOptional()
  @Matches(DAY, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({ enum: GRANULARITIES, default: 'day', description: `Bucket size: UTC days or ISO weeks; at most ${MAX_BUCKETS} buckets.` })
  @IsOptional()
  @IsIn(GRANULARITIES, { message: `granularity must be one of ${GRANULARITIES.join(', ')}` })
  granularity: Granularity = 'day';

  @ApiPropertyOptional({ description: 'Only articles of this section (as set with PUT /v1/articles/{id}).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(/^[^\u0000-\u001F$]*$/, { message: 'section must be plain text' })
  section?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json', description: '`csv`: one figure per row, `period,start,end,metric,key,value` (text/csv).' })
  @IsOptional()
  @IsIn(['json', 'csv'], { message: 'format must be json or csv' })
  format: 'json' | 'csv' = 'json';
}
