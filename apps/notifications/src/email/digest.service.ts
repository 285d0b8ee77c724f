import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { PollLoop } from '../common/poll-loop';
import { NotificationsConfig } from '../config/notifications.config';
import { Category, Language } from '../notify/categories';
import { NotificationParams } from '../notify/notification-kinds';
import { NotificationSettingsService } from '../settings/notification-settings.service';
import { confirmedEmail } from '../settings/notification-settings.schema';
import { footer, renderMessage } from '../templates/templates';
import { DigestItem, EmailMessage } from './email-message.schema';
import { EmailService } from './email.service';

const DUPLICATE_KEY = 11000;
/** A claim older than this was abandoned by a crashed run; the next run finishes or undoes it. */
const STALE_CLAIM_MS = 120_000;

/** The end of the digest window `now` falls in: windows are `periodSeconds` long, aligned to the UTC epoch. */
export function digestDueAt(now: Date, periodSeconds: number): Date {
  const p = periodSeconds * 1000;
  return new Date(Math.floor(now.getTime() / p) * p + p);
}

/** Stores items for hourly/daily digests and sends each user one email per due window. */
@Injectable()
export class DigestService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DigestService.name);
  private readonly loop: PollLoop;

  constructor(
    @InjectModel(DigestItem.name) private readonly items: Model<DigestItem>,
    @InjectModel(EmailMessage.name) private readonly emails: Model<EmailMessage>,
    private readonly settings: NotificationSettingsService,
    private readonly email: EmailService,
    private readonly config: NotificationsConfig,
  ) {
    this.loop = new PollLoop('digests', config.NOTIFY_DIGEST_TICK_MS, () => this.runOnce().then(() => false));
  }

  onApplicationBootstrap() {
    this.loop.start();
  }

  async onApplicationShutdown() {
    await this.loop.stop();
  }

  async add(eventId: string, userId: string, category: Category, mode: 'hourly' | 'daily', params: NotificationParams): Promise<boolean> {
    const now = new Date();
    const period = mode === 'hourly' ? this.config.NOTIFY_DIGEST_HOURLY_SECONDS : this.config.NOTIFY_DIGEST_DAILY_SECONDS;
    try {
      await this.items.create({ _id: `${eventId}:${userId}`, userId, category, mode, params, dueAt: digestDueAt(now, period), createdAt: now, status: 'pending', claimId: null, claimedAt: null });
      return true;
    } catch (err) {
      if ((err as { code?: number }).code === DUPLICATE_KEY) return false;
      throw err;
    }
  }

  /** One pass: recover abandoned claims, then send every due digest. Returns the number of digests queued. */
  async runOnce(now = new Date()): Promise<number> {
    await this.recoverStaleClaims(now);
    const users = (await this.items.distinct('userId', { status: 'pending', dueAt: { $lte: now } }).exec()) as string[];
    let sent = 0;
    for (const userId of users) {
      for (const mode of ['hourly', 'daily'] as const) if (await this.digestFor(userId, mode, now)) sent++;
    }
    return sent;
  }

  private async digestFor(userId: string, mode: 'hourly' | 'daily', now: Date): Promise<boolean> {
    const claimId = randomUUID();
    const claimed = await this.items
      .updateMany({ userId, mode, status: 'pending', dueAt: { $lte: now } }, { $set: { status: 'claimed', claimId, claimedAt: new Date() } })
      .exec();
    if (!claimed.modifiedCount) return false;
    await this.finish(claimId);
    return true;
  }

  /** Queues the digest email of a claim (idempotent: its id is the claim id) and marks the items sent. */
  private async finish(claimId: string): Promise<void> {
    const items = await this.items.find({ claimId }).sort({ createdAt: 1 }).lean<DigestItem[]>().exec();
    if (!items.length) return;
    const userId = items[0]!.userId;
    const mode = items[0]!.mode;
    const s = await this.settings.get(userId);
    // Items whose category was turned off since they were stored are dropped too.
    const wanted = items.filter((i) => s?.preferences?.[i.category as Category] !== 'off');
    const to = confirmedEmail(s);
    if (!to || !wanted.length) {
      await this.items.updateMany({ claimId }, { $set: { status: 'dropped' } }).exec();
      return;
    }
    const language = (s!.language ?? this.config.NOTIFY_DEFAULT_LANGUAGE) as Language;
    const f = footer[language];
    const messages = wanted.map((i) => renderMessage(i.params as unknown as NotificationParams, language));
    const categories = [...new Set(wanted.map((i) => i.category))] as Category[];
    await this.email.queue({
      id: `digest:${claimId}`,
      userId,
      to,
      language,
      category: categories[0]!, // the unsubscribe link of a mixed digest turns off its first category
      kind: `digest.${mode}`,
      messages,
      intro: f.digestIntro(messages.length),
      subject: f.digestSubject(messages.length, f.modeName[mode]),
    });
    await this.items.updateMany({ claimId }, { $set: { status: 'sent' } }).exec();
    this.logger.log({ userId, mode, items: wanted.length, claimId }, 'digest queued');
  }

  private async recoverStaleClaims(now: Date): Promise<void> {
    const stale = (await this.items.distinct('claimId', { status: 'claimed', claimedAt: { $lte: new Date(now.getTime() - STALE_CLAIM_MS) } }).exec()) as string[];
    for (const claimId of stale) {
      const queued = await this.emails.exists({ _id: `digest:${claimId}` }).exec();
      if (queued) await this.items.updateMany({ claimId }, { $set: { status: 'sent' } }).exec();
      else await this.finish(claimId);
      this.logger.warn({ claimId, emailWasQueued: Boolean(queued) }, 'recovered an abandoned digest claim');
    }
  }
}
