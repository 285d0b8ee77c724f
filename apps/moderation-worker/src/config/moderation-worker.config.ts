import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUrl, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { CommonConfig, toInt, toList } from '@parley/platform';

export class ModerationWorkerConfig extends CommonConfig {
  override PORT = 3001;

  @IsString()
  MONGODB_DB = 'parley_moderation';

  /** Extra banned terms (reject), comma-separated, merged as one rule into whatever rule set is active. */
  @Transform(toList)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  MODERATION_BANNED_TERMS: string[] = [];

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  MODERATION_CONCURRENCY = 3;

  /** Safety net beside the activation topic: how often each replica re-reads the active version from MongoDB. */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(3_600_000)
  MODERATION_RULESET_REFRESH_MS = 30_000;

  /** Optional external classifier (POST { id, body, articleId } → { score, labels? }). Empty = not consulted. */
  @IsOptional()
  @ValidateIf((_, v) => v !== '')
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'MODERATION_CLASSIFIER_URL must be an http(s) URL' })
  MODERATION_CLASSIFIER_URL = '';

  /** HMAC-SHA256 key for the classifier request signature; required when the URL is set. */
  @ValidateIf((o: ModerationWorkerConfig) => !!o.MODERATION_CLASSIFIER_URL)
  @IsString()
  @MinLength(16, { message: 'MODERATION_CLASSIFIER_SECRET must be at least 16 characters when MODERATION_CLASSIFIER_URL is set' })
  MODERATION_CLASSIFIER_SECRET = '';

  @Transform(toInt)
  @IsInt()
  @Min(50)
  @Max(30_000)
  MODERATION_CLASSIFIER_TIMEOUT_MS = 1500;

  /** Directory of the in-process classifier (local-classifier.json + .bin). Empty = the shipped model; 'off' = none. */
  @IsString()
  MODERATION_LOCAL_MODEL_DIR = '';

  /** Link to the community guidelines, put into statements of reasons (decision_ground_reference_url). */
  @IsOptional()
  @ValidateIf((_, v) => v !== '')
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'MODERATION_GUIDELINES_URL must be an http(s) URL' })
  MODERATION_GUIDELINES_URL = '';

  /**
   * Time budget of one comment's evaluation (ms). Patterns run on RE2 in linear time; this is the
   * second line of defence: past it the remaining rules are skipped and the comment is held for a
   * human (flagged, reason `$evaluation-budget`).
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(60_000)
  MODERATION_EVALUATION_BUDGET_MS = 250;

  /** Most comments a backtest may re-evaluate. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100_000)
  MODERATION_BACKTEST_MAX = 5000;

  /** Unique suffix of this replica's rule-set consumer group (default hostname-pid-random). */
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{0,100}$/, { message: 'MODERATION_REPLICA_ID may only contain letters, digits, . _ -' })
  MODERATION_REPLICA_ID = '';
}
