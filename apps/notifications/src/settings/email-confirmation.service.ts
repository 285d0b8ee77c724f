import { Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { ProblemException } from '@parley/platform';
import { NotificationsConfig } from '../config/notifications.config';
import { EmailConfirmationTokens } from '../email/email-confirmation-token';
import { EmailService } from '../email/email.service';
import { Language } from '../notify/categories';
import { NotificationSettings } from './notification-settings.schema';

const DUPLICATE_KEY = 11000;

/** What setting an address did: nothing new to confirm, or one confirmation email queued. */
export type AddressChange = 'already-confirmed' | 'awaiting-confirmation' | 'confirmation-sent';

const CLEARED_PENDING = { pendingEmail: null, confirmationTokenHash: null, confirmationExpiresAt: null };

/**
 * A notification address is mailed only once its owner has followed a one-time link sent to
 * it. Until then it waits in `pendingEmail` and the previously confirmed address (if any) keeps
 * receiving notifications. Each state change is one conditional single-document update.
 */
@Injectable()
export class EmailConfirmationService {
  private readonly logger = new Logger(EmailConfirmationService.name);

  constructor(
    @InjectModel(NotificationSettings.name) private readonly settings: Model<NotificationSettings>,
    private readonly tokens: EmailConfirmationTokens,
    private readonly email: EmailService,
    private readonly config: NotificationsConfig,
  ) {}

  /**
   * Sets `address` (lower-cased) as the one to confirm. The confirmed address again: any pending
   * one is dropped. The pending address again while its link works: nothing is sent. Otherwise a
   * new link replaces the previous one and one email is queued, at most
   * NOTIFY_EMAIL_CONFIRMATION_MAX_PER_WINDOW per user per window (429 beyond).
   */
  async change(userId: string, address: string, language: Language | undefined): Promise<AddressChange> {
    await this.settings
      .updateOne({ _id: userId }, { $setOnInsert: { email: null } }, { upsert: true })
      .exec()
      .catch((err) => {
        if ((err as { code?: number }).code !== DUPLICATE_KEY) throw err;
      });
    const current = (await this.settings.findById(userId).lean<NotificationSettings>().exec())!;
    const now = new Date();
    if (current.email === address && current.emailConfirmedAt) {
      if (current.pendingEmail) await this.settings.updateOne({ _id: userId, pendingEmail: current.pendingEmail }, { $set: CLEARED_PENDING }).exec();
      return 'already-confirmed';
    }
    if (current.pendingEmail === address && current.confirmationExpiresAt && current.confirmationExpiresAt > now) return 'awaiting-confirmation';

    const expiresAt = new Date(now.getTime() + this.config.NOTIFY_EMAIL_CONFIRMATION_TTL_SECONDS * 1000);
    const { token, hash } = this.tokens.issue(userId, expiresAt);
    const pending = { pendingEmail: address, confirmationTokenHash: hash, confirmationExpiresAt: expiresAt };
    const windowMs = this.config.NOTIFY_EMAIL_CONFIRMATION_WINDOW_SECONDS * 1000;
    const windowOpenedAfter = new Date(now.getTime() - windowMs);
    // Unless a concurrent request has just made this address pending (its email is on its way):
    const notAlreadyPending = { $nor: [{ pendingEmail: address, confirmationExpiresAt: { $gt: now } }] };
    // a new window when the last one is over; otherwise one more in the current window, below the limit.
    let res = await this.settings
      .updateOne(
        { _id: userId, $and: [notAlreadyPending, { $or: [{ confirmationWindowStart: null }, { confirmationWindowStart: { $lte: windowOpenedAfter } }] }] },
        { $set: { ...pending, confirmationWindowStart: now, confirmationsInWindow: 1 } },
      )
      .exec();
    if (!res.matchedCount) {
      res = await this.settings
        .updateOne(
          { _id: userId, ...notAlreadyPending, confirmationWindowStart: { $gt: windowOpenedAfter }, confirmationsInWindow: { $lt: this.config.NOTIFY_EMAIL_CONFIRMATION_MAX_PER_WINDOW } },
          { $set: pending, $inc: { confirmationsInWindow: 1 } },
        )
        .exec();
    }
    if (!res.matchedCount) {
      const s = await this.settings.findById(userId).lean<NotificationSettings>().exec();
      if (s?.pendingEmail === address && s.confirmationExpiresAt && s.confirmationExpiresAt > now) return 'awaiting-confirmation';
      const opened = s?.confirmationWindowStart?.getTime() ?? now.getTime();
      const retryAfter = Math.max(1, Math.ceil((opened + windowMs - now.getTime()) / 1000));
      throw new ProblemException(
        429,
        'too-many-confirmation-emails',
        'Too Many Requests',
        `At most ${this.config.NOTIFY_EMAIL_CONFIRMATION_MAX_PER_WINDOW} confirmation emails are sent per user in ${this.config.NOTIFY_EMAIL_CONFIRMATION_WINDOW_SECONDS} seconds; try again in ${retryAfter} seconds`,
        { errors: [{ field: 'email', message: 'too many confirmation emails' }] },
        { 'Retry-After': String(retryAfter) },
      );
    }
    const lang = (language ?? current.language ?? this.config.NOTIFY_DEFAULT_LANGUAGE) as Language;
    await this.email.queueAddressConfirmation(userId, address, lang, token, hash, expiresAt);
    this.logger.log({ userId, expiresAt }, 'email address confirmation sent');
    return 'confirmation-sent';
  }

  /** The pending address a link confirms, or a 4xx problem: altered, expired, used or replaced. */
  async pendingFor(token: string): Promise<{ userId: string; address: string; hash: string }> {
    const check = this.tokens.verify(token);
    if (!check.ok && check.reason === 'expired') {
      throw new ProblemException(410, 'confirmation-link-expired', 'Gone', 'This confirmation link has expired; set the address again in your notification settings to get a new one', { errors: [{ field: 'token', message: 'expired' }] });
    }
    if (!check.ok) throw new ProblemException(400, 'invalid-confirmation-token', 'Bad Request', 'The confirmation link is invalid or was altered', { errors: [{ field: 'token', message: 'invalid signature' }] });
    const s = await this.settings.findById(check.userId).lean<NotificationSettings>().exec();
    if (!s?.pendingEmail || s.confirmationTokenHash !== check.hash) throw this.used();
    return { userId: check.userId, address: s.pendingEmail, hash: check.hash };
  }

  /** Makes the pending address the confirmed one; the link cannot be used again. */
  async confirm(token: string): Promise<string> {
    const p = await this.pendingFor(token);
    const res = await this.settings
      .updateOne({ _id: p.userId, confirmationTokenHash: p.hash, pendingEmail: p.address }, { $set: { email: p.address, emailConfirmedAt: new Date(), ...CLEARED_PENDING } })
      .exec();
    if (!res.matchedCount) throw this.used();
    this.logger.log({ userId: p.userId }, 'email address confirmed');
    return p.address;
  }

  private used() {
    return new ProblemException(410, 'confirmation-link-used', 'Gone', 'This confirmation link was already used or has been replaced by a newer one', { errors: [{ field: 'token', message: 'used or replaced' }] });
  }
}
