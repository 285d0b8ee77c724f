import { urlOrigin } from '@parley/platform';
import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { createHash, randomBytes } from 'node:crypto';
import { NotificationsConfig } from '../config/notifications.config';
import { UserNotifier } from '../notify/user-notifier.service';
import { WebhookDeliveryStore } from './webhook-delivery-store';
import { generateWebhookSecret } from './webhook-signature';
import { WebhookSubscription } from './webhook-subscription.schema';
import { workLeaseMs } from './work-lease';

/** Subscriptions from NOTIFY_WEBHOOK_URLS are identified by a hash of their URL. */
export function endpointId(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 16);
}

const CACHE_MS = 1000;
/** Subscriptions used within this long are re-read in the background, every REFRESH_MS. */
const KEEP_FRESH_MS = 30_000;
const REFRESH_MS = 400;

@Injectable()
export class WebhookSubscriptionsService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookSubscriptionsService.name);
  /** `at`: when the read that returned `sub` started; `used`: last asked for. */
  private readonly cache = new Map<string, { sub: WebhookSubscription | null; at: number; used: number }>();
  private readonly loading = new Map<string, Promise<WebhookSubscription | null>>();
  private refresher?: NodeJS.Timeout;
  private refreshing = false;

  constructor(
    @InjectModel(WebhookSubscription.name) private readonly subs: Model<WebhookSubscription>,
    private readonly store: WebhookDeliveryStore,
    private readonly config: NotificationsConfig,
    private readonly notifier: UserNotifier,
  ) {}

  onApplicationShutdown() {
    clearInterval(this.refresher);
  }

  /** Makes NOTIFY_WEBHOOK_URLS the `env` subscriptions (keeping their enabled/disabled state). */
  async onModuleInit() {
    this.refresher = setInterval(() => void this.refresh(), REFRESH_MS);
    this.refresher.unref();
    const now = new Date();
    const ids = this.config.NOTIFY_WEBHOOK_URLS.map(endpointId);
    for (const url of this.config.NOTIFY_WEBHOOK_URLS) {
      await this.subs
        .updateOne(
          { _id: endpointId(url) },
          {
            $set: { url, eventTypes: this.config.NOTIFY_WEBHOOK_EVENT_TYPES, source: 'env', secrets: [{ secret: this.config.NOTIFY_WEBHOOK_SECRET, createdAt: now, expiresAt: null }] },
            $setOnInsert: { description: 'NOTIFY_WEBHOOK_URLS', status: 'active', disabledReason: null, disabledAt: null, failingSince: null },
          },
          { upsert: true },
        )
        .exec();
    }
    await this.subs.deleteMany({ source: 'env', _id: { $nin: ids } }).exec();
  }

  /** Active subscriptions to any of these event types (one query for a batch of events). */
  matchingAny(eventTypes: string[]): Promise<WebhookSubscription[]> {
    return this.subs.find({ status: 'active', eventTypes: { $in: [...eventTypes, '*'] } }).lean<WebhookSubscription[]>().exec();
  }

  /**
   * The subscription as of at most a second ago (the dispatcher reads it for every attempt).
   * Subscriptions in use are re-read in the background, so an attempt rarely waits for a read;
   * concurrent misses share one read.
   */
  async cached(id: string): Promise<WebhookSubscription | null> {
    const now = Date.now();
    const hit = this.cache.get(id);
    if (hit) hit.used = now;
    if (hit && now - hit.at < CACHE_MS) return hit.sub;
    let p = this.loading.get(id);
    if (!p) {
      const at = Date.now();
      p = this.get(id).then(
        (sub) => {
          this.loading.delete(id);
          if (this.cache.size > 10_000) this.cache.clear();
          this.cache.set(id, { sub, at, used: this.cache.get(id)?.used ?? at });
          return sub;
        },
        (err) => {
          this.loading.delete(id);
          throw err;
        },
      );
      this.loading.set(id, p);
    }
    return p;
  }

  /** Re-reads the subscriptions used lately (one query), keeping their cache entries fresh. */
  private async refresh() {
    if (this.refreshing) return;
    const now = Date.now();
    const ids = [...this.cache].filter(([, e]) => now - e.used < KEEP_FRESH_MS).map(([id]) => id);
    for (const [id, e] of this.cache) if (now - e.used >= KEEP_FRESH_MS) this.cache.delete(id);
    if (!ids.length) return;
    this.refreshing = true;
    try {
      const subs = await this.subs.find({ _id: { $in: ids } }).lean<WebhookSubscription[]>().exec();
      const found = new Map(subs.map((s) => [s._id, s]));
      for (const id of ids) {
        const e = this.cache.get(id);
        // Not over an entry invalidated or reloaded since this read started.
        if (e && e.at < now) this.cache.set(id, { sub: found.get(id) ?? null, at: now, used: e.used });
      }
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'could not refresh webhook subscriptions');
    } finally {
      this.refreshing = false;
    }
  }

  get(id: string): Promise<WebhookSubscription | null> {
    return this.subs.findById(id).lean<WebhookSubscription>().exec();
  }

  list(): Promise<WebhookSubscription[]> {
    return this.subs.find({}).sort({ createdAt: 1 }).lean<WebhookSubscription[]>().exec();
  }

  async create(input: { url: string; eventTypes: string[]; secret?: string; description?: string }): Promise<WebhookSubscription> {
    const doc = await this.subs.create({
      _id: `sub_${randomBytes(12).toString('hex')}`,
      url: input.url,
      eventTypes: [...new Set(input.eventTypes)],
      description: input.description ?? '',
      source: 'api',
      secrets: [{ secret: input.secret ?? generateWebhookSecret(), createdAt: new Date(), expiresAt: null }],
      status: 'active',
      disabledReason: null,
      disabledAt: null,
      failingSince: null,
    });
    return doc.toObject() as WebhookSubscription;
  }

  async update(id: string, patch: { url?: string; eventTypes?: string[]; description?: string; enabled?: boolean }): Promise<WebhookSubscription | null> {
    const $set: Record<string, unknown> = {};
    if (patch.url !== undefined) $set.url = patch.url;
    if (patch.eventTypes !== undefined) $set.eventTypes = [...new Set(patch.eventTypes)];
    if (patch.description !== undefined) $set.description = patch.description;
    if (patch.enabled === true) Object.assign($set, { status: 'active', disabledReason: null, disabledAt: null, failingSince: null });
    if (patch.enabled === false) Object.assign($set, { status: 'disabled', disabledReason: 'disabled by an admin', disabledAt: new Date() });
    const sub = await this.subs.findOneAndUpdate({ _id: id }, { $set }, { new: true }).lean<WebhookSubscription>().exec();
    this.cache.delete(id);
    if (sub && patch.enabled === false) await this.cancelPending(id, 'the subscription was disabled by an admin');
    return sub;
  }

  async remove(id: string): Promise<boolean> {
    const res = await this.subs.deleteOne({ _id: id }).exec();
    this.cache.delete(id);
    if (res.deletedCount) await this.cancelPending(id, 'the subscription was deleted');
    return res.deletedCount > 0;
  }

  /** Adds a new secret; the current ones keep signing for `graceSeconds` (two signatures are sent). */
  async rotate(id: string, graceSeconds: number, newSecret = generateWebhookSecret()): Promise<{ sub: WebhookSubscription; secret: string } | null> {
    const sub = await this.get(id);
    if (!sub) return null;
    const now = new Date();
    const until = new Date(now.getTime() + graceSeconds * 1000);
    const kept = sub.secrets
      .filter((s) => !s.expiresAt || new Date(s.expiresAt) > now)
      .map((s) => ({ secret: s.secret, createdAt: s.createdAt, expiresAt: s.expiresAt && new Date(s.expiresAt) < until ? s.expiresAt : until }));
    const secrets = [{ secret: newSecret, createdAt: now, expiresAt: null }, ...(graceSeconds > 0 ? kept : [])];
    const updated = await this.subs.findOneAndUpdate({ _id: id }, { $set: { secrets } }, { new: true }).lean<WebhookSubscription>().exec();
    this.cache.delete(id);
    return updated ? { sub: updated, secret: newSecret } : null;
  }

  /**
   * Records a failed attempt (the start of a run of failures). Returns why the subscription
   * should be disabled when it has failed for too long (the caller records the attempt, then
   * calls `disable`), else null.
   */
  async recordFailure(sub: WebhookSubscription, now: Date): Promise<string | null> {
    let since = sub.failingSince ? new Date(sub.failingSince) : null;
    if (!since) {
      const doc = await this.subs.findOneAndUpdate({ _id: sub._id, failingSince: null }, { $set: { failingSince: now } }, { new: true }).lean<WebhookSubscription>().exec();
      since = doc?.failingSince ? new Date(doc.failingSince) : ((await this.get(sub._id))?.failingSince ?? now);
      this.cache.delete(sub._id);
    }
    if (now.getTime() - new Date(since).getTime() >= this.config.WEBHOOK_DISABLE_AFTER_SECONDS * 1000) {
      return `the endpoint has failed since ${new Date(since).toISOString()} (more than ${this.config.WEBHOOK_DISABLE_AFTER_SECONDS} s)`;
    }
    return null;
  }

  async recordSuccess(sub: WebhookSubscription): Promise<void> {
    if (!sub.failingSince) return;
    await this.subs.updateOne({ _id: sub._id }, { $set: { failingSince: null } }).exec();
    this.cache.delete(sub._id);
  }

  /** Disables a subscription (once), cancels its pending deliveries and tells the admins. */
  async disable(sub: WebhookSubscription, reason: string): Promise<boolean> {
    const now = new Date();
    const res = await this.subs.updateOne({ _id: sub._id, status: 'active' }, { $set: { status: 'disabled', disabledReason: reason, disabledAt: now } }).exec();
    this.cache.delete(sub._id);
    if (!res.modifiedCount) return false;
    await this.cancelPending(sub._id, `the subscription was disabled: ${reason}`);
    this.logger.warn({ subscriptionId: sub._id, origin: urlOrigin(sub.url), reason }, 'webhook subscription disabled');
    for (const admin of this.config.NOTIFY_ADMIN_USER_IDS) {
      await this.notifier.notify(`webhook-disabled:${sub._id}:${now.getTime()}`, now, { userId: admin }, 'webhooks', { kind: 'webhook.disabled', subscriptionId: sub._id, url: sub.url, reason });
    }
    return true;
  }

  /** Cancels the subscription's pending work (what a replica is holding, it cancels before sending). */
  private async cancelPending(id: string, reason: string): Promise<void> {
    await this.store.cancelPending(id, workLeaseMs(this.config), reason);
  }
}
