import { IsString, Matches } from 'class-validator';

const INTERNAL_URL = /^(https?:\/\/[^\s/?#]+(\/[^\s?#]*)?)?$/;

/**
 * Where comments-api forwards the public and moderator routes of the other two apps, so that
 * one base URL serves them all (see internal-routes.ts). Internal addresses, reachable from
 * comments-api only; unset: those routes are not served here.
 */
export class GatewayConfig {
  /** Base URL of moderation-worker's HTTP server, e.g. http://moderation-worker:3001. */
  @IsString()
  @Matches(INTERNAL_URL, { message: 'MODERATION_WORKER_URL must be an http(s) URL such as http://127.0.0.1:3001' })
  MODERATION_WORKER_URL = '';

  /** Base URL of notifications' HTTP server, e.g. http://notifications:3002. */
  @IsString()
  @Matches(INTERNAL_URL, { message: 'NOTIFICATIONS_URL must be an http(s) URL such as http://127.0.0.1:3002' })
  NOTIFICATIONS_URL = '';
}
