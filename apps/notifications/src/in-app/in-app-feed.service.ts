import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { countMatching } from '@parley/platform';
import { Batcher } from '../common/batcher';
import { InAppNotification } from './in-app-notification.schema';

const DUPLICATE_KEY = 11000;

export function presentItem(n: InAppNotification) {
  return { id: n._id, kind: n.kind, title: n.title, body: n.body, data: n.data, createdAt: n.createdAt, read: n.readAt !== null };
}

/** Feed cursor: `<createdAt ms>_<id>` of the last item of a page. */
export function encodeCursor(n: Pick<InAppNotification, 'createdAt' | '_id'>): string {
  return Buffer.from(`${new Date(n.createdAt).getTime()}_${n._id}`).toString('base64url');
}
export function decodeCursor(c: string): { createdAt: Date; id: string } | null {
  const m = /^(\d{1,15})_(.{1,300})$/.exec(Buffer.from(c, 'base64url').toString('utf8'));
  return m ? { createdAt: new Date(Number(m[1])), id: m[2]! } : null;
}

@Injectable()
export class InAppFeedService {
  /** Items added while others are being written are written together (one insertMany). */
  private readonly inserts = new Batcher<Omit<InAppNotification, 'readAt' | 'insertedAt'>, boolean>(async (batch) => {
    const insertedAt = new Date();
    const added = batch.map(() => true);
    try {
      await this.items.collection.insertMany(batch.map((i) => ({ ...i, data: i.data ?? {}, insertedAt, readAt: null })) as never[], { ordered: false });
    } catch (err) {
      const writeErrors = (err as { writeErrors?: Array<{ code?: number; index: number }> | { code?: number; index: number } }).writeErrors;
      const list = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [];
      if (!list.length || list.some((e) => e.code !== DUPLICATE_KEY)) throw err;
      for (const e of list) added[e.index] = false;
    }
    return added;
  }, 256);

  constructor(@InjectModel(InAppNotification.name) private readonly items: Model<InAppNotification>) {}

  /** Adds an item; returns false when it exists already (a redelivered event). */
  add(item: Omit<InAppNotification, 'readAt' | 'insertedAt'>): Promise<boolean> {
    return this.inserts.add(item);
  }

  async list(userId: string, limit: number, cursor?: { createdAt: Date; id: string }): Promise<{ items: InAppNotification[]; unread: number; nextCursor: string | null }> {
    const filter: Record<string, unknown> = { userId };
    if (cursor) filter.$or = [{ createdAt: { $lt: cursor.createdAt } }, { createdAt: cursor.createdAt, _id: { $lt: cursor.id } }];
    // Page first, count second: items are only ever added or marked read, so a count taken after the
    // page includes every unread item the page shows. Taken side by side, an item stored between the
    // two reads could show on the page and be missing from the count (seen: 2 unread items, unread 1).
    const items = await this.items.find(filter).sort({ createdAt: -1, _id: -1 }).limit(limit + 1).lean<InAppNotification[]>().exec();
    const unread = await this.unread(userId);
    const more = items.length > limit;
    const page = items.slice(0, limit);
    return { items: page, unread, nextCursor: more ? encodeCursor(page[page.length - 1]!) : null };
  }

  /** The count command: SQLite reads only this user's items (user_created__scalar), where countDocuments' aggregation read them all. */
  unread(userId: string): Promise<number> {
    return countMatching(this.items, { userId, readAt: null });
  }

  /** Marks one of the user's items read; false when the user has no such item. */
  async markRead(userId: string, id: string): Promise<boolean> {
    const found = await this.items.exists({ _id: id, userId }).exec();
    if (!found) return false;
    await this.items.updateOne({ _id: id, userId, readAt: null }, { $set: { readAt: new Date() } }).exec();
    return true;
  }

  async markAllRead(userId: string): Promise<number> {
    const res = await this.items.updateMany({ userId, readAt: null }, { $set: { readAt: new Date() } }).exec();
    return res.modifiedCount;
  }

  /** Items of these users stored at or after `since` (oldest first), for the stream. */
  insertedSince(userIds: string[], since: Date, limit: number): Promise<InAppNotification[]> {
    return this.items
      .find({ userId: { $in: userIds }, insertedAt: { $gte: since } })
      .sort({ insertedAt: 1, _id: 1 })
      .limit(limit)
      .lean<InAppNotification[]>()
      .exec();
  }
}
