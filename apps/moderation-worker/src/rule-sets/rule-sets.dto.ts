import { Type } from 'class-transformer';
import { IsArray, IsInt, IsISO8601, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

export class VersionParam {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version!: number;
}

/** A rule-set definition (see the rules library README); the version is assigned by the server. */
export class RuleSetBody {
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  /** Rules are checked by the engine's validator, which names paths such as rules[2].pattern. */
  @IsArray()
  rules!: unknown[];

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ListQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  before?: number;
}

export class BacktestBody {
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  limit?: number;
}

export class EvaluateBody {
  @IsString()
  @MaxLength(100_000)
  body!: string;

  @IsOptional()
  @IsObject()
  context?: Record<string, unknown>;

  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;

  @IsOptional()
  @IsObject()
  ruleSet?: Record<string, unknown>;
}

export class ExportQuery {
  @IsISO8601({ strict: true })
  since!: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'cursor must be the nextCursor of a previous answer' })
  cursor?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  limit?: number;
}
