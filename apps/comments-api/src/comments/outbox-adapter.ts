import { Injectable } from '@nestjs/common';
import type { Model } from 'mongoose';
import type { OutboxCarrier, OutboxEntry } from '@parley/messaging';
import { DocStore } from '../common/doc-store';
import { DocLocks } from '@parley/platform';

type BulkOp = { updateOne: { filter: { _id: unknown; outboxSeq: number }; update: Record<string, unknown> } };

/** What the relay needs of the new comments' outbox (SubmissionOutbox). */
export interface SubmissionSource {
  due(limit: number, scan: boolean): Promise<Array<{ id: string; event: OutboxEntry }>>;
  published(ids: string[]): Promise<void>;
  mayBePending(id: string): Promise<boolean>;
}
/** Prefix of the `_id` under which a submission is handed to the relay (never a comment id). */
const SUBMISSION = 'submission:';
export type Pending = Pick<OutboxCarrier, '_id' | 'outbox' | 'outboxSeq'>;

/**
 * Ids of comments this process appended events to and that the relay has not cleared yet: on
 * FerretDB, relay passes between full scans read just these back by `_id`. The clear is a
 * compare-and-set on `outboxSeq`, so an event appended by another replica in between is never
 * lost (it is published on the next pass).
 */
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
 * - On FerretDB the pending documents this process wrote are looked up by `_id`, and the full
 *   query runs at start-up and every 30 s (documents left by a crash or another replica). Upstream
 *   FerretDB answered `{ outboxPending: true }` by reading the whole collection; our build answers
 *   it from `outbox_pending__scalar`, so this is now only a saving of one query per relay pass.
 *   On MongoDB the query is used as is.
 * - New comments' `comment.submitted` events (SubmissionOutbox) come first in every batch, and
 *   events appended to a comment later wait until its submission is published: one comment's
 *   events keep their order. Their clear is one delete for the whole batch.
 */
export function outboxModelFor(model: Model<OutboxCarrier>, locks: DocLocks, store: DocStore, tracker: OutboxTracker, submissions?: SubmissionSource): Model<OutboxCarrier> {
  let lastFullScan = 0;
  /** Event ids of each document as last handed to the relay (what it is publishing now). */
  const handedOut = new Map<string, string[]>();
  const remember = (docs: Pending[]) => {
    for (const d of docs) handedOut.set(String(d._id), (d.outbox ?? []).map((e) => e.eventId));
    return docs;
  };
  const findPending = async (filter: Record<string, unknown>, projection: Record<string, unknown>, limit: number): Promise<Pending[]> => {
    const scan = !store.ferret || Date.now() - lastFullScan >= FULL_SCAN_EVERY_MS;
    const due = submissions ? await submissions.due(limit, scan) : [];
    const first: Pending[] = due.map((s) => ({ _id: SUBMISSION + s.id, outbox: [s.event], outboxSeq: 1 }));
    let docs: Pending[];
    if (scan) {
      lastFullScan = Date.now();
      docs = await model.find(filter, projection).limit(limit).lean<Pending[]>().exec();
      for (const d of docs) tracker.mark(String(d._id));
    } else {
      const batch = [...tracker.ids].slice(0, limit);
      const found = await inParallel(batch, async (id): Promise<Pending | null> => {
        const d = await model.findById(id, { ...projection, outboxPending: 1 }).lean<Pending & { outboxPending: boolean }>().exec();
        if (!d?.outboxPending) tracker.ids.delete(id);
        return d?.outboxPending ? d : null;
      });
      docs = found.filter((d): d is Pending => d !== null);
    }
    // A comment's later events wait (tracked) until its submitted event is published.
    if (submissions && docs.length) {
      const waiting = await inParallel(docs, (d) => submissions.mayBePending(String(d._id)));
      docs = docs.filter((_, i) => !waiting[i]);
    }
    return remember([...first, ...docs]);
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
        return async (allOps: BulkOp[]) => {
          const isSubmission = (op: BulkOp) => String(op.updateOne.filter._id).startsWith(SUBMISSION);
          const published = allOps.filter(isSubmission).map((op) => String(op.updateOne.filter._id).slice(SUBMISSION.length));
          for (const id of published) handedOut.delete(SUBMISSION + id);
          if (published.length) await submissions!.published(published);
          const ops = allOps.filter((op) => !isSubmission(op));
          await inParallel(ops, async (op) => {
            const id = String(op.updateOne.filter._id);
            const sent = handedOut.get(id);
            handedOut.delete(id);
            const outcome = await locks.run(`comment:${id}`, async () => {
              if (await store.casUpdate(target, id, { outboxSeq: op.updateOne.filter.outboxSeq }, op.updateOne.update)) return 'cleared';
              // Events were appended since the relay read this outbox (a decision applied right
              // after the submission went out, say): remove just the published ones, which
              // are its first entries, and leave the newer ones for the next pass, instead of
              // publishing the same events again.
              if (!sent?.length) return 'changed';
              const current = await target.findById(id, { outbox: 1, outboxSeq: 1 }).lean<Pending>().exec();
              if (!current || !sent.every((eventId, i) => current.outbox?.[i]?.eventId === eventId)) return 'changed';
              const rest = current.outbox.slice(sent.length);
              const done = await store.casUpdate(target, id, { outboxSeq: current.outboxSeq }, { $set: { outbox: rest, outboxPending: rest.length > 0 } });
              return done && !rest.length ? 'cleared' : 'changed';
            });
            // Cleared: done. Otherwise newer events wait (appended here or by another replica):
            // the next pass reads the document back.
            if (outcome === 'cleared') tracker.ids.delete(id);
            else tracker.ids.add(id);
          });
        };
      }
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}
