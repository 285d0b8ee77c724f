import { Logger } from '@nestjs/common';
import type { Connection, Model } from 'mongoose';
import { Types } from 'mongoose';

const norm = (v: unknown): unknown => (v === undefined || v === null ? null : v instanceof Date ? v.getTime() : v instanceof Types.ObjectId ? v.toHexString() : v);

/**
 * Conditional single-document updates that suit the database in use.
 *
 * MongoDB: one atomic `updateOne({ _id, ...expected }, update)`.
 * FerretDB v1 (SQLite): only a filter that is exactly `{ _id }` reaches SQLite's primary key;
 * any other filter makes FerretDB scan the whole collection, and its updates are
 * read-then-replace anyway (see DocLocks). So the expected fields are read by `_id`,
 * compared here and the update is sent with `{ _id }` alone. Callers hold the document's
 * DocLocks lock, which makes the compare-and-set exact within this process.
 */
export class DocStore {
  private readonly logger = new Logger('DocStore');
  constructor(readonly ferret: boolean) {}

  static async detect(connection: Connection): Promise<DocStore> {
    await connection.asPromise();
    const info = await connection.db!.admin().command({ buildInfo: 1 });
    const store = new DocStore(typeof info.ferretdbVersion === 'string');
    store.logger.log({ ferretdb: store.ferret, version: info.ferretdbVersion ?? info.version }, 'database detected');
    return store;
  }

  /** Applies `update` when the document's fields equal `expected`; returns whether it did. */
  async casUpdate<T>(model: Model<T>, id: Types.ObjectId | string, expected: Record<string, unknown>, update: Record<string, unknown>): Promise<boolean> {
    if (!this.ferret) {
      const res = await model.updateOne({ _id: id, ...expected } as never, update as never, { strict: false }).exec();
      return res.matchedCount > 0;
    }
    const projection = Object.fromEntries(Object.keys(expected).map((k) => [k, 1]));
    const current = await model.findById(id, projection).lean<Record<string, unknown>>().exec();
    if (!current) return false;
    for (const [k, v] of Object.entries(expected)) if (norm(current[k]) !== norm(v)) return false;
    const res = await model.updateOne({ _id: id } as never, update as never, { strict: false }).exec();
    return res.matchedCount > 0;
  }
}
