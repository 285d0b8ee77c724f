import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { PollLoop } from '../common/poll-loop';
import { NotificationsConfig } from '../config/notifications.config';
import { Category, Language, MANDATORY } from '../notify/categories';
import { NotificationParams } from '../notify/notification-kinds';
import { EmailFooter, layoutEmail } from '../templates/email-layout';
import { addressConfirmation, footer, RenderedMessage, renderMessage } from '../templates/templates';
import { EmailMessage } from './email-message.schema';
import { MailTransport } from './mail-transport';
import { UnsubscribeTokens } from './unsubscribe-token';

const DUPLICATE_KEY = 11000;
const LEASE_MS = 60_000;
/** Retry delays of an email the SMTP server did not accept. */
const EMAIL_RETRY_MS = [10_000, 60_000, 300_000, 1_800_000, 7_200_000, 21_600_000, 43_200_000];

export interface QueuedEmail {
  id: string;
  userId: string | null;
  to: string;
  language: Language;
  category: Category;
  kind: string;
  messages: RenderedMessage[];
  intro?: string | null;
  subject?: string;
  /** Replaces the footer's "why you receive this" line. */
  note?: string;
}

/** Queues rendered emails (idempotent by id) and sends them with a lease and retries. */
@Injectable()
export class EmailService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EmailService.name);
  private readonly loop = new PollLoop('email-sender', 1000, () => this.sendNext());

  constructor(
    @InjectModel(EmailMessage.name) private readonly emails: Model<EmailMessage>,
    private readonly transport: MailTransport,
    private readonly tokens: UnsubscribeTokens,
    private readonly config: NotificationsConfig,
  ) {}

  onApplicationBootstrap() {
    this.loop.start();
  }

  async onApplicationShutdown() {
    await this.loop.stop();
  }

  unsubscribeUrl(userId: string, category: Category): string {
    return `${this.config.NOTIFY_PUBLIC_URL.replace(/\/$/, '')}/v1/unsubscribe?token=${this.tokens.sign(userId, category)}`;
  }

  confirmationUrl(token: string): string {
    return `${this.config.NOTIFY_PUBLIC_URL.replace(/\/$/, '')}/v1/email-confirmation?token=${token}`;
  }

  /**
   * The confirmation link of a new address (category `account`: no unsubscribe link). Its id
   * is derived from the token's hash, so each link is queued once.
   */
  queueAddressConfirmation(userId: string, to: string, language: Language, token: string, tokenHash: string, expiresAt: Date): Promise<boolean> {
    const t = addressConfirmation[language];
    return this.queue({
      id: `email-confirmation:${tokenHash.slice(0, 32)}`,
      userId,
      to,
      language,
      category: 'account',
      kind: 'email.confirmation',
      messages: [t.message(this.confirmationUrl(token), expiresAt.toISOString())],
      note: t.note,
    });
  }

  /** One notification, rendered in the recipient's language. */
  queueNotification(id: string, userId: string | null, to: string, language: Language, category: Category, params: NotificationParams): Promise<boolean> {
    return this.queue({ id, userId, to, language, category, kind: params.kind, messages: [renderMessage(params, language)] });
  }

  /** Returns false when an email with this id was queued before (a redelivered event, a repeated digest run). */
  async queue(e: QueuedEmail): Promise<boolean> {
    const f = footer[e.language];
    const mandatory = MANDATORY.has(e.category);
    const foot: EmailFooter = { note: e.note ?? (mandatory ? f.mandatory : f.why(e.category)) };
    const headers: Record<string, string> = { 'X-Parley-Category': e.category, 'X-Parley-Kind': e.kind };
    if (!mandatory && e.userId) {
      const url = this.unsubscribeUrl(e.userId, e.category);
      foot.unsubscribe = { label: f.unsubscribe, url };
      headers['List-Unsubscribe'] = `<${url}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    const { text, html } = layoutEmail(e.language, e.messages, e.intro ?? null, foot);
    const res = await this.emails
      .updateOne(
        { _id: e.id },
        {
          $setOnInsert: {
            userId: e.userId,
            to: e.to,
            category: e.category,
            kind: e.kind,
            language: e.language,
            subject: e.subject ?? e.messages[0]!.subject,
            text,
            html,
            headers,
            status: 'pending',
            attemptCount: 0,
            lastError: null,
            nextAttemptAt: new Date(),
            lockedUntil: new Date(0),
            sentAt: null,
          },
        },
        { upsert: true },
      )
      .exec()
      .catch((err) => {
        if ((err as { code?: number }).code === DUPLICATE_KEY) return { upsertedCount: 0 };
        throw err;
      });
    if (res.upsertedCount) this.loop.wake();
    return res.upsertedCount > 0;
  }

  private async sendNext(): Promise<boolean> {
    const now = new Date();
    const m = await this.emails
      .findOneAndUpdate(
        { status: 'pending', nextAttemptAt: { $lte: now }, lockedUntil: { $lte: now } },
        { $set: { lockedUntil: new Date(now.getTime() + LEASE_MS) } },
        { sort: { nextAttemptAt: 1 }, new: true },
      )
      .lean<EmailMessage>()
      .exec();
    if (!m) return false;
    const attemptCount = m.attemptCount + 1;
    try {
      const messageId = await this.transport.send({ id: m._id, to: m.to, subject: m.subject, text: m.text, html: m.html, language: m.language, headers: m.headers });
      await this.emails.updateOne({ _id: m._id }, { $set: { status: 'sent', sentAt: new Date(), attemptCount, lastError: null, lockedUntil: new Date(0) } }).exec();
      this.logger.log({ emailId: m._id, kind: m.kind, category: m.category, messageId, transport: this.transport.mode }, 'email sent');
    } catch (err) {
      const delay = EMAIL_RETRY_MS[attemptCount - 1];
      const permanent = (err as { responseCode?: number }).responseCode !== undefined && (err as { responseCode: number }).responseCode >= 500;
      const failed = delay === undefined || permanent;
      await this.emails
        .updateOne(
          { _id: m._id },
          { $set: { attemptCount, lastError: (err as Error).message.slice(0, 1000), lockedUntil: new Date(0), ...(failed ? { status: 'failed' } : { nextAttemptAt: new Date(Date.now() + delay!) }) } },
        )
        .exec();
      this.logger.warn({ emailId: m._id, err: (err as Error).message, attempt: attemptCount, outcome: failed ? 'failed' : 'retry' }, 'email not sent');
    }
    return true;
  }
}
