import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { AuthenticatedUser, Badge, BADGES } from '@parley/platform';
import { CommentsApiConfig } from '../config/comments-api.config';
import { AuditService } from '../moderation/audit/audit.service';
import { setAdminBadges } from './author-badges';
import { UserBadges } from './schemas/user-badges.schema';

/** Changes are read again from this long before the newest one seen (writers' clocks differ a little). */
const CLOCK_MARGIN_MS = 5_000;

export interface UserBadgesView {
  userId: string;
  badges: Badge[];
  setBy: string | null;
  updatedAt: string | null;
}

/**
 * Badges admins give users. Each change is one upsert of the user's document (the whole list
 * replaced). Every replica keeps all of them in memory for the comment views (author-badges.ts):
 * loaded at start, then the documents changed since the last look are read every
 * COMMENTS_SETTINGS_CACHE_TTL_MS, and a change made here applies here at once.
 */
@Injectable()
export class UserBadgesService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(UserBadgesService.name);
  private readonly byUser = new Map<string, readonly Badge[]>();
  private newest = 0;
  private timer?: NodeJS.Timeout;
  private refreshing?: Promise<void>;

  constructor(
    @InjectModel(UserBadges.name) private readonly model: Model<UserBadges>,
    private readonly audit: AuditService,
    @Inject(CommentsApiConfig) private readonly config: CommentsApiConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const tick = () =>
      this.refresh().catch((err) => this.logger.warn({ err: (err as Error).message }, 'reading admin badges failed; keeping the ones loaded, trying again'));
    // A database that is not reachable yet does not stop the start-up: the next tick tries again.
    await tick();
    this.timer = setInterval(() => void tick(), Math.max(500, this.config.COMMENTS_SETTINGS_CACHE_TTL_MS));
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Reads the documents changed since the last look (all of them the first time). */
  refresh(): Promise<void> {
    this.refreshing ??= (async () => {
      try {
        const since = this.newest ? new Date(this.newest - CLOCK_MARGIN_MS) : null;
        const rows = await this.model
          .find(since ? { updatedAt: { $gte: since } } : {})
          .lean<UserBadges[]>()
          .exec();
        for (const r of rows) this.apply(r);
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }

  private apply(r: Pick<UserBadges, '_id' | 'badges' | 'updatedAt'>): void {
    const badges = BADGES.filter((b) => r.badges?.includes(b));
    if (badges.length) this.byUser.set(r._id, badges);
    else this.byUser.delete(r._id);
    this.newest = Math.max(this.newest, new Date(r.updatedAt).getTime());
    setAdminBadges(this.byUser);
  }

  async get(userId: string): Promise<UserBadgesView> {
    const r = await this.model.findById(userId).lean<UserBadges>().exec();
    return r ? toView(r) : { userId, badges: [], setBy: null, updatedAt: null };
  }

  /** Replaces the user's admin badges (an empty list clears them): one atomic upsert. */
  async set(userId: string, badges: Badge[], admin: AuthenticatedUser): Promise<UserBadgesView> {
    const ordered = BADGES.filter((b) => badges.includes(b));
    const before = await this.get(userId);
    const updatedAt = new Date();
    const r = await this.model
      .findOneAndUpdate({ _id: userId }, { $set: { badges: ordered, setBy: admin.id, updatedAt } }, { upsert: true, returnDocument: 'after' })
      .lean<UserBadges>()
      .exec();
    this.apply(r!);
    await this.audit.record({ actor: admin.id, automated: false, action: 'badges.set', userId, before: { badges: before.badges }, after: { badges: ordered } });
    return toView(r!);
  }
}

function toView(r: UserBadges): UserBadgesView {
  return {
    userId: r._id,
    badges: BADGES.filter((b) => r.badges?.includes(b)),
    setBy: r.setBy ?? null,
    updatedAt: r.updatedAt ? new Date(r.updatedAt).toISOString() : null,
  };
}
