import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { Batcher } from '../common/batcher';
import { Category, Mode } from '../notify/categories';
import { NotificationSettings } from './notification-settings.schema';

export interface SettingsUpdate {
  /** Only removal: a new address goes through EmailConfirmationService. */
  email?: null;
  language?: NotificationSettings['language'];
  preferences?: Partial<Record<Category, Mode>>;
  followedQueues?: string[];
}

@Injectable()
export class NotificationSettingsService {
  /**
   * Reads made while others are in flight (the consumer handles many events at once) are one
   * query: by `_id` for one user, `_id: { $in }` for several (an index lookup on MongoDB; on
   * FerretDB a read of the settings collection, which costs less than a command per user while
   * it holds fewer than a few thousand users).
   */
  private readonly reads = new Batcher<string, NotificationSettings | null>(async (ids) => {
    const unique = [...new Set(ids)];
    if (unique.length === 1) {
      const one = await this.settings.findById(unique[0]).lean<NotificationSettings>().exec();
      return ids.map(() => one);
    }
    const found = new Map((await this.getMany(unique)).map((s) => [s._id, s]));
    return ids.map((id) => found.get(id) ?? null);
  }, 100);

  constructor(@InjectModel(NotificationSettings.name) private readonly settings: Model<NotificationSettings>) {}

  get(userId: string): Promise<NotificationSettings | null> {
    return this.reads.add(userId);
  }

  getMany(userIds: string[]): Promise<NotificationSettings[]> {
    return this.settings.find({ _id: { $in: userIds } }).lean<NotificationSettings[]>().exec();
  }

  /** Sets the fields given; preferences are merged per category. */
  async update(userId: string, u: SettingsUpdate): Promise<NotificationSettings> {
    const $set: Record<string, unknown> = {};
    if (u.email === null) Object.assign($set, { email: null, emailConfirmedAt: null, pendingEmail: null, confirmationTokenHash: null, confirmationExpiresAt: null });
    if (u.language !== undefined) $set.language = u.language;
    if (u.followedQueues !== undefined) $set.followedQueues = [...new Set(u.followedQueues)];
    for (const [c, m] of Object.entries(u.preferences ?? {})) $set[`preferences.${c}`] = m;
    const doc = await this.settings
      .findOneAndUpdate({ _id: userId }, Object.keys($set).length ? { $set } : { $setOnInsert: { email: null } }, { upsert: true, new: true })
      .lean<NotificationSettings>()
      .exec();
    return doc!;
  }

  async setPreference(userId: string, category: Category, mode: Mode): Promise<void> {
    await this.settings.updateOne({ _id: userId }, { $set: { [`preferences.${category}`]: mode } }, { upsert: true }).exec();
  }

  /** Users who follow a moderation queue. */
  followers(queue: string): Promise<NotificationSettings[]> {
    return this.settings.find({ followedQueues: queue }).lean<NotificationSettings[]>().exec();
  }
}
