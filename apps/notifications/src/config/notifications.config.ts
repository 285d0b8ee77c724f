import { Transform } from 'class-transformer';
import { IsInt, IsString, IsUrl, Matches, Max, Min } from 'class-validator';
import { CommonConfig, toInt, toList } from '@parley/platform';

export class NotificationsConfig extends CommonConfig {
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3002;

  @IsString()
  HOST = '127.0.0.1';

  @IsString()
  MONGODB_DB = 'parley_notifications';

  /** Webhook endpoints that receive every moderation decision, comma-separated. */
  @Transform(toList)
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { each: true, message: 'NOTIFY_WEBHOOK_URLS must be a comma-separated list of http(s) URLs' })
  NOTIFY_WEBHOOK_URLS: string[] = [];

  /** Standard Webhooks signing secret: `whsec_` followed by base64 of 24–64 random bytes. */
  @IsString()
  @Matches(/^whsec_[A-Za-z0-9+/]{32,}={0,2}$/, { message: 'NOTIFY_WEBHOOK_SECRET must look like whsec_<base64 of at least 24 bytes>' })
  NOTIFY_WEBHOOK_SECRET!: string;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60000)
  NOTIFY_WEBHOOK_TIMEOUT_MS = 10000;
}
