import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { InAppNotification } from './in-app-notification.schema';

const DUPLICATE_KEY = 11000;

@Injectable()
export class InAppFeedService {
  constructor(@InjectModel(InAppNotification.name) private readonly items: Model<InAppNotification>) {}

  /** Adds an item; returns false when it exists already (a redelivered event). */
  async add(item: Omit<InAppNotification, 'readAt'>): Promise<boolean> {
    try {
      await this.items.create({ ...item, readAt: null });
      return true;
    } catch (err) {
      if ((err as { code?: number }).code === DUPLICATE_KEY) return false;
      throw err;
    }
  }

  async list(userId: string, limit: number): Promise<{ items: InAppNotification[]; unread: number }> {
    const [items, unread] = await Promise.all([
      this.items.find({ userId }).sort({ createdAt: -1 }).limit(limit).lean<InAppNotification[]>().exec(),
      this.items.countDocuments({ userId, readAt: null }).exec(),
    ]);
    return { items, unread };
  }
}
