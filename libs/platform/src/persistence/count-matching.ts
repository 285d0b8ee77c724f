import type { Connection } from 'mongoose';

/**
 * Counts the documents matching `filter` with the `count` command, which MongoDB answers from an
 * index and our FerretDB build answers with SQLite's COUNT(*) over a scalar index (see
 * dev-database/ferretdb/fixes/04-scalar-index-pushdown). Mongoose's countDocuments runs an aggregation instead, which
 * FerretDB evaluates by reading the whole collection. The filter is sent as given (no casting):
 * pass values of the stored types.
 */
export async function countMatching(model: { db: Connection; collection: { collectionName: string } }, filter: Record<string, unknown>): Promise<number> {
  const res = await model.db.db!.command({ count: model.collection.collectionName, query: filter });
  return Number(res.n);
}
