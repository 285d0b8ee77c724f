import { Logger } from '@nestjs/common';
import type { Model } from 'mongoose';
import type { DatabaseCapabilities } from './database-capabilities';

export interface ExpiryHandle {
  mode: 'ttl-index' | 'sweep';
  /** Runs one sweep now (sweep mode; a no-op with a TTL index). Returns the documents removed. */
  sweep(): Promise<number>;
  stop(): void;
}

/**
 * Removes documents once the date in `field` has passed (plus `graceMs`): with a TTL index where
 * the server has them (MongoDB's own background deletion), otherwise with a sweep of this
 * process every `sweepEveryMs` (one indexed `deleteMany`; harmless when several replicas run it).
 * Readers must still treat a passed date as expired: neither removes a document at the instant.
 */
export async function expireDocuments<T>(model: Model<T>, field: string, caps: DatabaseCapabilities, opts: { graceMs?: number; sweepEveryMs?: number } = {}): Promise<ExpiryHandle> {
  const logger = new Logger('DocumentExpiry');
  const graceMs = opts.graceMs ?? 0;
  const collection = model.collection.collectionName;
  if (caps.ttlIndexes) {
    await model.collection.createIndex({ [field]: 1 }, { name: `${field}_ttl`, expireAfterSeconds: Math.round(graceMs / 1000) });
    logger.log({ collection, field, mode: 'ttl-index' }, 'expired documents removed by a TTL index');
    return { mode: 'ttl-index', sweep: async () => 0, stop: () => undefined };
  }
  const sweep = async () => (await model.deleteMany({ [field]: { $lt: new Date(Date.now() - graceMs) } } as never).exec()).deletedCount;
  const timer = setInterval(() => void sweep().catch((err: Error) => logger.warn({ collection, err: err.message }, 'expiry sweep failed; next one retries')), opts.sweepEveryMs ?? 10 * 60_000);
  timer.unref();
  logger.log({ collection, field, mode: 'sweep', everyMs: opts.sweepEveryMs ?? 10 * 60_000 }, 'no TTL indexes on this server: expired documents removed by a periodic sweep');
  return { mode: 'sweep', sweep, stop: () => clearInterval(timer) };
}
