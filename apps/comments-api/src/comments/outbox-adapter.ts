import { Injectable } from '@nestjs/common';
import type { Model } from 'mongoose';
import type { OutboxCarrier } from '@parley/messaging';
import { DocLocks } from '../common/doc-locks';
import { DocStore } from '../common/doc-store';

type BulkOp = { updateOne: { filter: { _id: unknown; outboxSeq: number }; update: Record<string, unknown> } };
type Pending = Pick<OutboxCarrier, '_id' | 'outbox' | 'outboxSeq'>;

/** Ids of comments this process appended events to and that the relay has not cleared yet. */
@Injectable()
export class OutboxTracker {
  readonly ids = new Set<string>();
  mark(id: string): void {
    this.ids.add(id);
  }
}

const FULL_SCAN_EVERY_MS = 30_000;
const PARALLEL = 16;

/** Maps with at most PARALLEL calls in flight, keeping order. */
async function inParallel<T, R>(items: T[], fn: (t: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(PARALLEL, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

/**
 * The comments model as the OutboxRelay (libs/messaging) sees it.
 *
 * - Clearing (`bulkWrite`) goes one document at a time under the document's lock, so it never
 *   races comments-api's own updates (FerretDB updates are not atomic, see DocLocks), as a
 *   compare-and-set on `outboxSeq` (DocStore: by `_id` only on FerretDB).
 * - On FerretDB, where `{ outboxPending: true }` is a scan of the whole collection, the pending
 *   documents this process wrote are looked up by `_id`, and the full query runs at start-up
 *   and every 30 s (documents left by a crash or another replica). On MongoDB the query is indexed and
 *   used as is.
 */
export function outboxModelFor(model: Model<OutboxCarrier>, locks: DocLocks, store: DocStore, tracker: OutboxTracker): Model<OutboxCarrier> {
  let lastFullScan = 0;
  const findPending = async (filter: Record<string, unknown>, projection: Record<string, unknown>, limit: number): Promise<Pending[]> => {
    if (!store.ferret || Date.now() - lastFullScan >= FULL_SCAN_EVERY_MS) {
      lastFullScan = Date.now();
      const docs = await model.find(filter, projection).limit(limit).lean<Pending[]>().exec();
      for (const d of docs) tracker.mark(String(d._id));
      return docs;
    }
    const found = await inParallel([...tracker.ids].slice(0, limit), async (id) => {
      const d = await model.findById(id, { ...projection, outboxPending: 1 }).lean<Pending & { outboxPending: boolean }>().exec();
      if (!d?.outboxPending) tracker.ids.delete(id);
      return d?.outboxPending ? d : null;
    });
    return found.filter((d): d is Pending & { outboxPending: boolean } => d !== null);
  };
  return new Proxy(model, {
    get(target, prop) {
      if (prop === 'find') {
        return (filter: Record<string, unknown>, projection: Record<string, unknown>) => {
          let limit = 500;
          const query = {
            limit: (n: number) => ((limit = n), query),
            lean: () => query,
            exec: () => findPending(filter, projection, limit),
          };
          return query;
        };
      }
      if (prop === 'bulkWrite') {
        return async (ops: BulkOp[]) => {
          await inParallel(ops, async (op) => {
            const id = String(op.updateOne.filter._id);
            const cleared = await locks.run(`comment:${id}`, () => store.casUpdate(target, id, { outboxSeq: op.updateOne.filter.outboxSeq }, op.updateOne.update));
            if (cleared) tracker.ids.delete(id);
          });
        };
      }
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}
