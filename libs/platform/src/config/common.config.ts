import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Validate, ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface, IsNotEmpty, IsString, Matches, Max, Min, MinLength } from 'class-validator';

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

  /** Idempotent producers: a retried send is never written twice. */
  @Transform(toBool)
  @IsBoolean()
  KAFKA_PRODUCER_IDEMPOTENT = true;

  /** Prefix for every topic and consumer group name, to share one cluster between deployments. */
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{0,100}$/, { message: 'KAFKA_TOPIC_PREFIX may only contain letters, digits, . _ -' })
  KAFKA_TOPIC_PREFIX = '';

  @IsString()
  @IsNotEmpty()
  KAFKA_CLIENT_ID_SUFFIX = `${process.pid}`;
}
