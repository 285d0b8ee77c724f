import { Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { DigestItem, EmailMessage } from '../email/email-message.schema';
import { InAppNotification } from '../in-app/in-app-notification.schema';
import { NotificationSettings } from '../settings/notification-settings.schema';

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);

/**
 * What notifications holds about one user (GDPR): exported as JSON and erased on
 * parley.user.erased.v1 — settings (email address, language, preferences, followed queues),
 * in-app notifications, emails sent or queued to them and pending digest items.
 */
@Injectable()
export class NotificationDataService {
  private readonly logger = new Logger(NotificationDataService.name);

  constructor(
    @InjectModel(NotificationSettings.name) private readonly settings: Model<NotificationSettings>,
    @InjectModel(InAppNotification.name) private readonly inApp: Model<InAppNotification>,
    @InjectModel(EmailMessage.name) private readonly emails: Model<EmailMessage>,
    @InjectModel(DigestItem.name) private readonly digests: Model<DigestItem>,
  ) {}

  async export(userId: string) {
    const [settings, notifications, emails, digests] = await Promise.all([
      this.settings.findById(userId).lean<NotificationSettings & { createdAt?: Date; updatedAt?: Date }>().exec(),
      this.inApp.find({ userId }).sort({ createdAt: 1 }).lean<InAppNotification[]>().exec(),
      this.emails.find({ userId }).sort({ _id: 1 }).lean<Array<EmailMessage & { createdAt?: Date }>>().exec(),
      this.digests.find({ userId }).sort({ createdAt: 1 }).lean<DigestItem[]>().exec(),
    ]);
    return {
      format: 'parley.notifications-export.v1',
      generatedAt: new Date().toISOString(),
      userId,
      settings: settings
        ? {
            email: settings.email ?? null,
            emailConfirmedAt: iso(settings.emailConfirmedAt),
            pendingEmail: settings.pendingEmail ?? null,
            language: settings.language ?? null,
            preferences: settings.preferences ?? {},
            followedQueues: settings.followedQueues ?? [],
            createdAt: iso(settings.createdAt),
            updatedAt: iso(settings.updatedAt),
          }
        : null,
      notifications: notifications.map((n) => ({ id: n._id, kind: n.kind, title: n.title, body: n.body, data: n.data ?? {}, createdAt: iso(n.createdAt), readAt: iso(n.readAt) })),
      emails: emails.map((m) => ({ id: m._id, to: m.to, kind: m.kind, category: m.category, language: m.language, subject: m.subject, text: m.text, status: m.status, createdAt: iso(m.createdAt), sentAt: iso(m.sentAt) })),
      pendingDigestItems: digests.filter((d) => d.status === 'pending').map((d) => ({ category: d.category, mode: d.mode, params: d.params, dueAt: iso(d.dueAt) })),
    };
  }

  /** Deletes everything of the user's (idempotent: a second run finds nothing). */
  async erase(userId: string): Promise<Record<string, number>> {
    const [settings, notifications, emails, digests] = await Promise.all([
      this.settings.deleteOne({ _id: userId }).exec(),
      this.inApp.deleteMany({ userId }).exec(),
      this.emails.deleteMany({ userId }).exec(),
      this.digests.deleteMany({ userId }).exec(),
    ]);
    return { settings: settings.deletedCount, notifications: notifications.deletedCount, emails: emails.deletedCount, digestItems: digests.deletedCount };
  }
}
