import { Logger } from '@nestjs/common';
import type { Connection, Model } from 'mongoose';
import type { Types } from 'mongoose';

/**
 * Conditional single-document updates: one `updateOne({ _id, ...expected }, update)`.
 *
 * MongoDB applies it atomically. FerretDB (SQLite) reads the document by its `_id` index (the
 * other fields are checked on that one document; see scripts/infra/ferretdb.mjs) and then
 * replaces it, which is not atomic across processes (see DocLocks): callers hold the document's
 * DocLocks lock, which makes the compare-and-set exact within this process. Upstream FerretDB
 * scanned the whole collection for any filter beyond `{ _id }`, so this used to read the fields
 * by `_id` and compare them here first: two commands instead of one.
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

  /** Applies `update` when the document's fields equal `expected` (null: missing or null); returns whether it did. */
  async casUpdate<T>(model: Model<T>, id: Types.ObjectId | string, expected: Record<string, unknown>, update: Record<string, unknown>): Promise<boolean> {
    const res = await model.updateOne({ _id: id, ...expected } as never, update as never, { strict: false }).exec();
    return res.matchedCount > 0;
  }
}
