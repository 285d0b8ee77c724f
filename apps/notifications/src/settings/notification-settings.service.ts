import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { Category, Mode } from '../notify/categories';
import { NotificationSettings } from './notification-settings.schema';

export interface SettingsUpdate {
  email?: string | null;
  language?: NotificationSettings['language'];
  preferences?: Partial<Record<Category, Mode>>;
  followedQueues?: string[];
}

@Injectable()
export class NotificationSettingsService {
  constructor(@InjectModel(NotificationSettings.name) private readonly settings: Model<NotificationSettings>) {}

  get(userId: string): Promise<NotificationSettings | null> {
    return this.settings.findById(userId).lean<NotificationSettings>().exec();
  }

  getMany(userIds: string[]): Promise<NotificationSettings[]> {
    return this.settings.find({ _id: { $in: userIds } }).lean<NotificationSettings[]>().exec();
  }

  /** Sets the fields given; preferences are merged per category. */
  async update(userId: string, u: SettingsUpdate): Promise<NotificationSettings> {
    const $set: Record<string, unknown> = {};
    if (u.email !== undefined) $set.email = u.email === null ? null : u.email.toLowerCase();
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
