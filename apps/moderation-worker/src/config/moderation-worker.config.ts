import { Transform } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { CommonConfig, toInt, toList } from '@parley/platform';

export class ModerationWorkerConfig extends CommonConfig {
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3001;

  @IsString()
  HOST = '127.0.0.1';

  @IsString()
  MONGODB_DB = 'parley_moderation';

  /** Extra banned terms (reject), comma-separated, added to the shipped guideline set. */
  @Transform(toList)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  MODERATION_BANNED_TERMS: string[] = [];

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  MODERATION_CONCURRENCY = 3;
}
