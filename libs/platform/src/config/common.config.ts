import { Transform } from 'class-transformer';
import { readSites, SitesConfigurationError } from '../sites/site';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, Validate, ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';

export const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value);
export const toBool = ({ value }: { value: unknown }) => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value);
export const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value;

/** min.insync.replicas above the replication factor would refuse every acks=all write. */
@ValidatorConstraint({ name: 'notAboveReplicationFactor' })
class NotAboveReplicationFactor implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    return typeof value !== 'number' || value <= (args.object as CommonConfig).KAFKA_REPLICATION_FACTOR;
  }
  defaultMessage(): string {
    return 'KAFKA_MIN_INSYNC_REPLICAS must not exceed KAFKA_REPLICATION_FACTOR (Kafka would refuse every write)';
  }
}

/** A consumer that heartbeats less than three times per session timeout is taken for gone by a single late heartbeat. */
@ValidatorConstraint({ name: 'heartbeatWithinSession' })
class HeartbeatWithinSession implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    return typeof value !== 'number' || value * 3 <= (args.object as CommonConfig).KAFKA_CONSUMER_SESSION_TIMEOUT_MS;
  }
  defaultMessage(): string {
    return 'KAFKA_CONSUMER_HEARTBEAT_MS must be at most a third of KAFKA_CONSUMER_SESSION_TIMEOUT_MS';
  }
}

/** SITES / SITES_FILE must describe valid, distinct sites (see readSites). */
@ValidatorConstraint({ name: 'validSites' })
class ValidSites implements ValidatorConstraintInterface {
  private message = '';
  validate(_: unknown, args: ValidationArguments): boolean {
    try {
      readSites(args.object as CommonConfig, args.object as NodeJS.ProcessEnv);
      return true;
    } catch (err) {
      if (!(err instanceof SitesConfigurationError)) throw err;
      this.message = err.message;
      return false;
    }
  }
  defaultMessage(): string {
    return this.message;
  }
}

/** Variables every app reads. */
export class CommonConfig {
  /** HTTP port; each app overrides the default (3000, 3001, 3002). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  /** HTTP bind address. */
  @IsString()
  HOST = '127.0.0.1';

  @IsString()
  @Matches(/^mongodb(\+srv)?:\/\//, { message: 'MONGODB_URI must be a mongodb:// or mongodb+srv:// URI' })
  MONGODB_URI!: string;

  @Transform(toList)
  @IsString({ each: true })
  @Matches(/^[^\s:]+:\d+$/, { each: true, message: 'KAFKA_BROKERS must be a comma-separated list of host:port' })
  KAFKA_BROKERS: string[] = ['127.0.0.1:9092'];

  @IsString()
  @MinLength(32, { message: 'AUTH_JWT_SECRET must be at least 32 characters (the HS256 secret shared with the host site)' })
  AUTH_JWT_SECRET!: string;

  /** When set, bearer tokens must carry this issuer (`iss`). */
  @IsString()
  @MaxLength(500)
  AUTH_JWT_ISSUER = '';

  /** When set, bearer tokens must carry this audience (`aud`). */
  @IsString()
  @MaxLength(500)
  AUTH_JWT_AUDIENCE = '';

  /**
   * Further sites of a multi-site deployment: a JSON array of `{ id, issuer, secret | secretEnv,
   * audience?, ruleSetVersion? }` (the default site is AUTH_JWT_*). Validated at start-up.
   */
  @IsOptional()
  @IsString()
  @Validate(ValidSites)
  SITES?: string;

  /** A file holding the SITES array (instead of SITES). */
  @IsOptional()
  @IsString()
  @Validate(ValidSites)
  SITES_FILE?: string;

  /** Longest lifetime a bearer token may claim, in seconds (`exp` is required). */
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(30 * 86_400)
  AUTH_JWT_MAX_LIFETIME_S = 86_400;

  /** Throttling of every app's HTTP routes (health and metrics excepted). */
  @Transform(toBool)
  @IsBoolean()
  RATE_LIMIT_ENABLED = true;

  /** Requests per minute per client address (all routes except health and metrics). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_IP_PER_MINUTE = 600;

  /**
   * Which peers' X-Forwarded-For is believed for the client address (throttling, logs): Express
   * `trust proxy` names or CIDRs, comma-separated. `loopback` (default) fits a proxy on the same
   * host; set e.g. `loopback, uniquelocal` where comments-api forwards from a private network.
   */
  @Transform(toList)
  @IsString({ each: true })
  @Matches(/^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/, { each: true, message: 'HTTP_TRUSTED_PROXIES must be loopback, linklocal, uniquelocal or addresses/CIDRs, comma-separated' })
  HTTP_TRUSTED_PROXIES: string[] = ['loopback'];

  /**
   * Bearer credential for `/metrics` (at least 16 characters). Unset: `/metrics` answers only
   * connections from the loopback interface (a scraper on the same host), never through a proxy.
   */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  KAFKA_TOPIC_PARTITIONS = 6;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10)
  KAFKA_REPLICATION_FACTOR = 1;

  /**
   * `min.insync.replicas` of the topics the apps create (unset: the broker's default). With
   * acks=all, 2 on a replication factor of 3 keeps every acknowledged event through the loss
   * of one broker.
   */
  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  @Validate(NotAboveReplicationFactor)
  KAFKA_MIN_INSYNC_REPLICAS?: number;

  /**
   * kafkajs's idempotent producer. Off by default: after a failed send kafkajs reuses the
   * sequence numbers, so when the failed request had in fact been written (a broker killed
   * before it answered) the broker takes the next, different batch for a duplicate and drops
   * it. Consumers deduplicate by event id, so at-least-once without it loses nothing.
   */
  @Transform(toBool)
  @IsBoolean()
  KAFKA_PRODUCER_IDEMPOTENT = false;

  /**
   * How long a consumer's fetch waits on the broker for new messages (kafkajs `maxWaitTimeInMs`).
   * An idle consumer notices a rebalance and stops only once its current fetch returns, so this
   * also bounds how long a new replica waits for the others to rejoin and how long a shutdown
   * waits for the consumers. Shorter means more fetch requests while idle.
   */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(30_000)
  KAFKA_CONSUMER_MAX_WAIT_MS = 5000;

  /** How often a consumer heartbeats to its group coordinator (kafkajs `heartbeatInterval`). */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Validate(HeartbeatWithinSession)
  KAFKA_CONSUMER_HEARTBEAT_MS = 3000;

  /**
   * How long the group coordinator waits for a consumer's heartbeat before it takes the consumer
   * for gone and hands its partitions to the others (kafkajs `sessionTimeout`; within the
   * broker's group.min/max.session.timeout.ms, 6 s to 30 min by default).
   */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(1_800_000)
  KAFKA_CONSUMER_SESSION_TIMEOUT_MS = 30_000;

  /** Prefix for every topic and consumer group name, to share one cluster between deployments. */
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{0,100}$/, { message: 'KAFKA_TOPIC_PREFIX may only contain letters, digits, . _ -' })
  KAFKA_TOPIC_PREFIX = '';

  @IsString()
  @IsNotEmpty()
  KAFKA_CLIENT_ID_SUFFIX = `${process.pid}`;
}
