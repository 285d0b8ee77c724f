import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, ValidateBy, ValidationArguments } from 'class-validator';
import { CommonConfig, toBool, toInt, toList } from '@parley/platform';
import { RETRY_DELAYS_MS } from '../webhooks/retry-schedule';

export class NotificationsConfig extends CommonConfig {
  override PORT = 3002;

  @IsString()
  MONGODB_DB = 'parley_notifications';

  /**
   * Webhook endpoints configured by the operator (a static "default subscription" each),
   * comma-separated. Trusted: exempt from the private-network check.
   */
  @Transform(toList)
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { each: true, message: 'NOTIFY_WEBHOOK_URLS must be a comma-separated list of http(s) URLs' })
  NOTIFY_WEBHOOK_URLS: string[] = [];

  /** Event types the NOTIFY_WEBHOOK_URLS endpoints receive (`*` for all). */
  @Transform(toList)
  @Matches(/^(\*|parley\.[a-z0-9.-]+\.v\d+)$/, { each: true, message: 'NOTIFY_WEBHOOK_EVENT_TYPES must be a comma-separated list of event types or *' })
  NOTIFY_WEBHOOK_EVENT_TYPES: string[] = ['parley.comment.moderated.v1'];

  /** Standard Webhooks signing secret of the NOTIFY_WEBHOOK_URLS endpoints: `whsec_` + base64 of 24–64 random bytes. */
  @IsString()
  @Matches(/^whsec_[A-Za-z0-9+/]{32,}={0,2}$/, { message: 'NOTIFY_WEBHOOK_SECRET must look like whsec_<base64 of at least 24 bytes>' })
  NOTIFY_WEBHOOK_SECRET!: string;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60000)
  NOTIFY_WEBHOOK_TIMEOUT_MS = 10000;

  /**
   * How long a claimed delivery waits for a free slot of its endpoint before it is put back as new
   * work. With the attempt timeout it bounds how long a replica holds work, so it also sets the lease
   * after which another replica takes over a dead one's work (queue wait + timeout + 20 s).
   */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(300000)
  NOTIFY_WEBHOOK_QUEUE_WAIT_MS = 30000;

  /** Allow API-created subscriptions to reach private, loopback and link-local addresses. */
  @Transform(toBool)
  @IsBoolean({ message: 'WEBHOOK_ALLOW_PRIVATE_NETWORKS must be true or false' })
  WEBHOOK_ALLOW_PRIVATE_NETWORKS = false;

  /** A subscription whose endpoint keeps failing this long is disabled and the admins are told. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  WEBHOOK_DISABLE_AFTER_SECONDS = 259_200;

  /**
   * Partitions each replica consumes at once (each with up to 16 events of different keys in
   * flight). Events handled together are written together, so more is fewer writes per event.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  NOTIFY_CONSUMER_CONCURRENCY = 6;

  /** Concurrent webhook requests per replica, in all. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(2000)
  WEBHOOK_CONCURRENCY = 128;

  /** Concurrent webhook requests per replica to one subscription (a slow endpoint cannot take more). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  WEBHOOK_MAX_IN_FLIGHT_PER_ENDPOINT = 16;

  /** Delays before each webhook retry, in ms (default ≈ 3 days: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, 12 h, 12 h, 14 h); ±20 % jitter. */
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').map((v) => (/^\s*\d+\s*$/.test(v) ? Number(v) : v)) : value))
  @IsInt({ each: true, message: 'WEBHOOK_RETRY_DELAYS_MS must be a comma-separated list of milliseconds' })
  @Min(100, { each: true })
  @ArrayMaxSize(30)
  WEBHOOK_RETRY_DELAYS_MS: number[] = [...RETRY_DELAYS_MS];

  /** Users told when a subscription is disabled (in-app, and by email when their address is known). */
  @Transform(toList)
  @IsString({ each: true })
  NOTIFY_ADMIN_USER_IDS: string[] = [];

  /** SMTP server, e.g. smtp://user:pass@mail.example.org:587. Unset: messages are written as .eml files to NOTIFY_EML_DIR. */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** From address of every email. */
  @IsString()
  @MinLength(3)
  MAIL_FROM = 'Parley <notifications@parley.localhost>';

  /** Where development mode (no SMTP_URL) writes messages. */
  @IsString()
  NOTIFY_EML_DIR = '.data/mail';

  /** Public base URL that serves this app's routes (comments-api's address), for unsubscribe links. */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  NOTIFY_PUBLIC_URL = 'http://127.0.0.1:3000';

  /** Where authors appeal a decision; `{commentId}` is replaced. */
  @IsString()
  @Matches(/^https?:\/\/\S+$/, { message: 'NOTIFY_APPEAL_URL must be an http(s) URL (may contain {commentId})' })
  NOTIFY_APPEAL_URL = 'http://127.0.0.1:3000/v1/comments/{commentId}/appeals';

  /**
   * Key of unsubscribe tokens (HMAC-SHA256). Required and distinct from AUTH_JWT_SECRET: a key
   * that signs links in every email must not also sign bearer tokens, and rotating one must not
   * rotate the other.
   */
  @IsString({ message: 'NOTIFY_UNSUBSCRIBE_SECRET is required (at least 32 characters, different from AUTH_JWT_SECRET)' })
  @MinLength(32, { message: 'NOTIFY_UNSUBSCRIBE_SECRET must be at least 32 characters' })
  @ValidateBy({
    name: 'differsFromJwtSecret',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => value !== (args?.object as NotificationsConfig | undefined)?.AUTH_JWT_SECRET,
      defaultMessage: () => 'NOTIFY_UNSUBSCRIBE_SECRET must differ from AUTH_JWT_SECRET',
    },
  })
  NOTIFY_UNSUBSCRIBE_SECRET!: string;

  /** How long a link that confirms a new notification email address works. */
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(30 * 86_400)
  NOTIFY_EMAIL_CONFIRMATION_TTL_SECONDS = 86_400;

  /** Most confirmation emails one user can cause per NOTIFY_EMAIL_CONFIRMATION_WINDOW_SECONDS (429 with Retry-After beyond). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  NOTIFY_EMAIL_CONFIRMATION_MAX_PER_WINDOW = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  NOTIFY_EMAIL_CONFIRMATION_WINDOW_SECONDS = 86_400;

  /** Language of emails to users who have not chosen one. */
  @IsIn(['en', 'de', 'fr'])
  NOTIFY_DEFAULT_LANGUAGE: 'en' | 'de' | 'fr' = 'en';

  /** Length of the hourly and daily digest windows (aligned to UTC); shorter values are for tests. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  NOTIFY_DIGEST_HOURLY_SECONDS = 3600;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  NOTIFY_DIGEST_DAILY_SECONDS = 86_400;

  /** How often each replica looks for due digests. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  NOTIFY_DIGEST_TICK_MS = 30_000;

  /** How often the server-sent-events stream polls for new items of connected users. */
  @Transform(toInt)
  @IsInt()
  @Min(50)
  @Max(60_000)
  NOTIFY_SSE_POLL_MS = 1000;

  /** Most in-app feed streams one user may have open on one replica (429 with Retry-After beyond). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  NOTIFY_SSE_MAX_PER_USER = 5;

  /** Most in-app feed streams one replica serves (429 with Retry-After beyond). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  NOTIFY_SSE_MAX_CLIENTS = 5000;
}
