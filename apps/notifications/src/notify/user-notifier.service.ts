import { Injectable, Logger } from '@nestjs/common';
import { DigestService } from '../email/digest.service';
import { EmailService } from '../email/email.service';
import { InAppFeedService } from '../in-app/in-app-feed.service';
import { NotificationsConfig } from '../config/notifications.config';
import { confirmedEmail, NotificationSettings } from '../settings/notification-settings.schema';
import { NotificationSettingsService } from '../settings/notification-settings.service';
import { renderMessage } from '../templates/templates';
import { Category, effectiveMode, Language } from './categories';
import { NotificationParams } from './notification-kinds';

export interface Recipient {
  /** A Parley user (JWT `sub`): in-app item, and email when their address is registered. */
  userId?: string;
  /** An address without an account (e.g. the sender of a legal notice): email only. */
  email?: string;
}

export interface DeliveryOutcome {
  inApp: boolean;
  email: 'queued' | 'digest' | 'off' | 'no-address' | 'duplicate' | 'none';
}

/**
 * Delivers one notification to one recipient on every channel it has: an in-app item
 * (always, for users), and an email now, into a digest, or not at all per the user's
 * preference for its category. Every write is keyed by `<eventId>:<recipient>`, so a
 * redelivered event changes nothing.
 */
@Injectable()
export class UserNotifier {
  private readonly logger = new Logger(UserNotifier.name);

  constructor(
    private readonly feed: InAppFeedService,
    private readonly email: EmailService,
    private readonly digests: DigestService,
    private readonly settings: NotificationSettingsService,
    private readonly config: NotificationsConfig,
  ) {}

  async notify(eventId: string, at: Date, to: Recipient, category: Category, params: NotificationParams, opts: { inAppOnly?: boolean; settings?: NotificationSettings | null } = {}): Promise<DeliveryOutcome> {
    const s = to.userId ? (opts.settings !== undefined ? opts.settings : await this.settings.get(to.userId)) : null;
    const language = (s?.language ?? this.config.NOTIFY_DEFAULT_LANGUAGE) as Language;
    const out: DeliveryOutcome = { inApp: false, email: 'none' };
    if (to.userId) {
      const m = renderMessage(params, language);
      out.inApp = await this.feed.add({
        _id: `${eventId}:${to.userId}`,
        userId: to.userId,
        kind: params.kind,
        title: m.subject,
        body: m.lines.join('\n'),
        data: { ...params, ...(m.action ? { action: m.action } : {}) },
        eventId,
        createdAt: at,
      });
    }
    if (opts.inAppOnly) return out;
    const address = to.userId ? confirmedEmail(s) : (to.email ?? null);
    if (!address) {
      out.email = 'no-address';
      return out;
    }
    const mode = to.userId ? effectiveMode(category, s?.preferences) : 'immediately';
    const key = to.userId ?? `email:${address}`;
    if (mode === 'off') out.email = 'off';
    else if (mode === 'immediately') out.email = (await this.email.queueNotification(`${eventId}:${key}`, to.userId ?? null, address, language, category, params)) ? 'queued' : 'duplicate';
    else out.email = (await this.digests.add(eventId, to.userId!, category, mode, params)) ? 'digest' : 'duplicate';
    this.logger.debug({ eventId, recipient: key, kind: params.kind, ...out }, 'notified');
    return out;
  }
}
