import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, ValidateBy, ValidateIf, ValidationArguments } from 'class-validator';
import { CommonConfig, toBool, toInt } from '@parley/platform';

export class CommentsApiConfig extends CommonConfig {

  @IsString()
  MONGODB_DB = 'parley_comments';

  /** How long after posting the author may edit a comment. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(7 * 24 * 3600)
  COMMENTS_EDIT_WINDOW_SECONDS = 900;

  /** Deepest reply allowed: 1 = replies to top-level comments only. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(20)
  COMMENTS_MAX_REPLY_DEPTH = 3;

  /** Lifetime of the in-process snapshot of a thread's listing (0 = query the database for every page). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(600_000)
  COMMENTS_LIST_CACHE_TTL_MS = 1000;

  /** Memory for public listing pages kept as ready response bytes with their thread snapshot (0 = none). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(4096)
  COMMENTS_READY_PAGES_MB = 32;

  /** Lifetime of cached article settings and user restrictions (0 = no cache). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(600_000)
  COMMENTS_SETTINGS_CACHE_TTL_MS = 2000;

  /**
   * What happens to comments from commenters whose token email is at a domain on the shipped
   * disposable-email list (or a subdomain of one) and no admin email-domain rule matches:
   * `premoderate` (held for a moderator), `ban` (refused with 403) or `off`.
   */
  @IsIn(['off', 'premoderate', 'ban'], { message: 'EMAIL_DOMAIN_DISPOSABLE_ACTION must be one of off, premoderate, ban' })
  EMAIL_DOMAIN_DISPOSABLE_ACTION: 'off' | 'premoderate' | 'ban' = 'premoderate';

  /** Show moderators' ids to the users they acted on (appeals, restrictions); otherwise "a moderator". */
  @Transform(toBool)
  @IsBoolean()
  SHOW_MODERATOR_NAMES = false;

  /**
   * Key of the opaque author ids the public sees (HMAC of the host's user id); at least 32
   * characters. Unset: derived from AUTH_JWT_SECRET (one-way). Changing it changes every public id.
   */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'PUBLIC_AUTHOR_ID_KEY must be at least 32 characters' })
  PUBLIC_AUTHOR_ID_KEY?: string;

  /**
   * Key (HMAC-SHA256) of the complaint links sent to notifiers with the decision on their notice
   * (DSA Art. 20 without an account). Required and distinct from AUTH_JWT_SECRET: rotating it
   * invalidates outstanding complaint links only.
   */
  @IsString({ message: 'NOTICE_COMPLAINT_SECRET is required (at least 32 characters, different from AUTH_JWT_SECRET)' })
  @MinLength(32, { message: 'NOTICE_COMPLAINT_SECRET must be at least 32 characters' })
  @ValidateBy({
    name: 'differsFromJwtSecret',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => value !== (args?.object as CommentsApiConfig | undefined)?.AUTH_JWT_SECRET,
      defaultMessage: () => 'NOTICE_COMPLAINT_SECRET must differ from AUTH_JWT_SECRET',
    },
  })
  NOTICE_COMPLAINT_SECRET!: string;

  /**
   * The complaint link sent to a notifier with a decision of "no action": `{noticeId}` and
   * `{token}` are replaced. The page it opens posts `{ token, explanation }` to
   * `POST /v1/notices/{noticeId}/complaints`.
   */
  @IsString()
  @Matches(/^https?:\/\/\S+$/, { message: 'NOTICE_COMPLAINT_URL must be an http(s) URL (containing {noticeId} and {token})' })
  @Matches(/\{token\}/, { message: 'NOTICE_COMPLAINT_URL must contain {token}' })
  NOTICE_COMPLAINT_URL = 'http://127.0.0.1:3000/v1/notices/{noticeId}/complaints?token={token}';

  /** Writes (POST, PUT, PATCH, DELETE) per minute per signed-in user. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_USER_WRITES_PER_MINUTE = 30;

  /** Grace period of an account erasure request (GDPR self-service): cancellable until it ends. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(90 * 24 * 3600)
  ACCOUNT_ERASURE_GRACE_SECONDS = 86_400;

  /** How often each replica looks for account erasures whose grace period ended. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  ACCOUNT_ERASURE_POLL_MS = 10_000;

  /** Moderation analytics: how often the queue backlog is recorded (one snapshot per slot of this length, whatever the number of replicas). */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(86_400_000)
  ANALYTICS_BACKLOG_SNAPSHOT_MS = 900_000;

  /** Moderation analytics: how long backlog snapshots are kept (the default covers the longest request, 106 weeks). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  ANALYTICS_BACKLOG_RETENTION_DAYS = 760;

  /** Largest accepted request body (body-parser syntax). */
  @IsString()
  @Matches(/^\d+(b|kb|mb)$/, { message: 'HTTP_BODY_LIMIT must look like 64kb' })
  HTTP_BODY_LIMIT = '32kb';

  /**
   * Endpoint of the DSA Transparency Database's multiple-statements API (Art. 24(5) DSA), e.g.
   * https://transparency.dsa.ec.europa.eu/api/v1/statements. Unset: statements are kept but not submitted.
   */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'DSA_TRANSPARENCY_DB_URL must be an http(s) URL' })
  DSA_TRANSPARENCY_DB_URL?: string;

  /** The platform's API token for the Transparency Database (sent as a bearer token); required with the URL. */
  @ValidateIf((c: CommentsApiConfig) => !!c.DSA_TRANSPARENCY_DB_URL)
  @IsString({ message: 'DSA_TRANSPARENCY_DB_TOKEN is required when DSA_TRANSPARENCY_DB_URL is set' })
  @MinLength(1, { message: 'DSA_TRANSPARENCY_DB_TOKEN is required when DSA_TRANSPARENCY_DB_URL is set' })
  DSA_TRANSPARENCY_DB_TOKEN?: string;

  /** How often the submitter looks for statements to send. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  DSA_TRANSPARENCY_DB_INTERVAL_MS = 10_000;

  /** Statements per request (the Database takes at most 100). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  DSA_TRANSPARENCY_DB_BATCH_SIZE = 100;

  /** First wait after a failed request; doubled after each further failure of the same statements. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  DSA_TRANSPARENCY_DB_RETRY_BASE_MS = 5_000;

  /** Longest wait between attempts. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(86_400_000)
  DSA_TRANSPARENCY_DB_RETRY_MAX_MS = 3_600_000;

  /** Time limit of one request to the Database. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600_000)
  DSA_TRANSPARENCY_DB_TIMEOUT_MS = 30_000;

  /** Live thread streams (readers' server-sent events) one replica serves at most. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  LIVE_THREAD_MAX_STREAMS = 10_000;

  /** Live thread streams one client address may have open on one replica. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000)
  LIVE_THREAD_MAX_STREAMS_PER_CLIENT = 20;

  /** Interval of the comment line sent on every live thread stream. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(300_000)
  LIVE_THREAD_HEARTBEAT_MS = 15_000;

  /** How often reaction counts of watched articles are compared where the database has no change streams. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600_000)
  LIVE_THREAD_REACTIONS_POLL_MS = 5_000;
}
