import { DsaServiceInformation, dsaServiceInformation, MisusePolicy, readMisusePolicy, readRedressSettings, RedressSettings } from '@parley/moderation-rules';

/** Moderation settings, read from the environment at start-up (invalid values stop the app). */
export class ModerationConfig {
  /** How long a claim lasts unless renewed. */
  readonly claimLeaseSeconds: number;
  /** How often the dashboard stream re-reads the queue counts. */
  readonly streamPollMs: number;
  /** Most dashboard streams one moderator may have open on one replica, and most in all. */
  readonly streamMaxPerUser: number;
  readonly streamMaxTotal: number;
  /** Comments rejected per batch when a ban rejects a user's visible comments. */
  readonly banBatchSize: number;
  /** Age after which the queue counts are recounted in the background (0 = count on every call). */
  readonly countsMaxAgeMs: number;
  /** Art. 14 / Art. 21 information linked from the widget and every statement of reasons (DSA_* variables). */
  readonly dsa: DsaServiceInformation;
  /** Public notice form (DSA Art. 16): most notices per hour per sender address and per e-mail. */
  readonly notices: { perHourPerAddress: number; perHourPerEmail: number };
  /** Out-of-court dispute settlement information given with every redress (DSA Art. 21). */
  readonly redress: RedressSettings;
  /** Warning-then-suspension policy against misuse (DSA Art. 23). */
  readonly misuse: MisusePolicy;

  constructor(env: NodeJS.ProcessEnv = process.env) {
    this.claimLeaseSeconds = int(env, 'MODERATION_CLAIM_LEASE_SECONDS', 300, 1, 86_400);
    this.streamPollMs = int(env, 'MODERATION_STREAM_POLL_MS', 2000, 100, 60_000);
    this.streamMaxPerUser = int(env, 'MODERATION_STREAM_MAX_PER_USER', 3, 1, 100);
    this.streamMaxTotal = int(env, 'MODERATION_STREAM_MAX_TOTAL', 200, 1, 100_000);
    this.banBatchSize = int(env, 'MODERATION_BAN_BATCH_SIZE', 100, 1, 1000);
    this.countsMaxAgeMs = int(env, 'MODERATION_COUNTS_MAX_AGE_MS', 0, 0, 60_000);
    this.dsa = dsaServiceInformation(env, env.MODERATION_GUIDELINES_URL);
    this.notices = {
      perHourPerAddress: int(env, 'NOTICES_MAX_PER_HOUR_PER_ADDRESS', 20, 1, 100_000),
      perHourPerEmail: int(env, 'NOTICES_MAX_PER_HOUR_PER_EMAIL', 5, 1, 100_000),
    };
    this.redress = readRedressSettings(env);
    this.misuse = readMisusePolicy(env);
  }
}

function int(env: NodeJS.ProcessEnv, name: string, def: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return def;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
  return n;
}
