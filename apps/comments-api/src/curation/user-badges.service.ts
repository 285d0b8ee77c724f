import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { EventTypes, Topics, UserBadgesChangedV1 } from '@parley/contracts';
import { appendEvents, KafkaNames, OutboxRelay } from '@parley/messaging';
import { AuthenticatedUser, Badge, BADGES } from '@parley/platform';
import { MISSED, retryCompareAndSet } from '../common/compare-and-set';
import { outboxEntry } from '../common/outbox-entry';
import { CommentsApiConfig } from '../config/comments-api.config';
import { AuditService } from '../moderation/audit/audit.service';
import { setAdminBadges } from './author-badges';
import { UserBadges } from './schemas/user-badges.schema';

export const USER_BADGES_OUTBOX_RELAY = 'USER_BADGES_OUTBOX_RELAY';

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
    private readonly names: KafkaNames,
    @Inject(USER_BADGES_OUTBOX_RELAY) private readonly relay: OutboxRelay,
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

  /**
   * Replaces the user's admin badges (an empty list clears them): one atomic upsert, which also
   * appends parley.user.badges-changed.v1 to the document's outbox when the list changes. The
   * write is conditional on the list read just before (compare-and-set, retried when another
   * admin's change landed first), so the event's added/removed are those of this write.
   */
  async set(userId: string, badges: Badge[], admin: AuthenticatedUser): Promise<UserBadgesView> {
    const ordered = BADGES.filter((b) => badges.includes(b));
    const { before, r } = await retryCompareAndSet(
      1000,
      async () => {
        const before = await this.get(userId);
        const updatedAt = new Date();
        const added = ordered.filter((b) => !before.badges.includes(b));
        const removed = before.badges.filter((b) => !ordered.includes(b));
        const data: UserBadgesChangedV1 = { userId, badges: ordered, added, removed, setBy: admin.id, setAt: updatedAt.toISOString() };
        const ev = appendEvents(added.length || removed.length ? [outboxEntry(this.names.topic(Topics.Users), userId, EventTypes.UserBadgesChanged, data, updatedAt)] : []);
        const update = { $set: { badges: ordered, setBy: admin.id, updatedAt, ...ev.set }, ...(ev.push.outbox ? { $push: ev.push, $inc: ev.inc } : {}) };
        let r: UserBadges | null;
        try {
          // a new document when the user had none (a racing insert is a duplicate key: read again)
          r = before.updatedAt === null
            ? await this.model.findOneAndUpdate({ _id: userId, updatedAt: { $exists: false } }, update, { upsert: true, returnDocument: 'after' }).lean<UserBadges>().exec()
            : await this.model.findOneAndUpdate({ _id: userId, updatedAt: new Date(before.updatedAt) }, update, { returnDocument: 'after' }).lean<UserBadges>().exec();
        } catch (err) {
          if ((err as { code?: number }).code !== 11000) throw err;
          r = null;
        }
        if (!r) return MISSED;
        if (ev.push.outbox) this.relay.kick(userId);
        return { before, r };
      },
      () => new Error(`badges of ${userId}: too many concurrent changes`),
    );
    this.apply(r);
    await this.audit.record({ actor: admin.id, automated: false, action: 'badges.set', userId, before: { badges: before.badges }, after: { badges: ordered } });
    return toView(r);
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
