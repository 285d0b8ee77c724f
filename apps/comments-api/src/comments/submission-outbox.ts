import { Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Collection, Document } from 'mongodb';
import { Model, Types } from 'mongoose';
import type { OutboxEntry } from '@parley/messaging';
import { WriteErrorLike, writeErrorsOf } from '../common/insert-batcher';
import { Comment } from './schemas/comment.schema';

/** A new comment and its `comment.submitted` event. */
export interface Submission {
  doc: Comment;
  event: OutboxEntry;
}

/** How long a submission whose comment is not (yet) stored is kept: an insert in flight ends well within it. */
const ORPHAN_AFTER_MS = 60_000;
/**
 * A submission not in this process's memory is taken over by a scan only when it is older than
 * this: younger ones belong to a replica that is publishing them right now (taking them too
 * would publish every new comment twice when replicas share a database).
 */
const TAKE_OVER_AFTER_MS = 10_000;
/** Comments this young may still have their submission pending (on another replica); older ones certainly not. */
const YOUNG_MS = 10 * 60_000;
/** Ids whose submission this process published lately (their later events need no look-up). */
const RECENT_MAX = 50_000;

export const COMMENT_SUBMISSIONS = 'comment_submissions';

/**
 * The outbox of new comments: the `comment.submitted` event of a comment is stored in its own
 * small document (`comment_submissions`, `_id` = comment id) written just BEFORE the comment
 * (both by group commit: one insertMany each for all concurrent posts), and published by the
 * comments outbox relay (outbox-adapter.ts) once the comment is known to be stored:
 *
 * - never lost: when the comment is stored, its event already is;
 * - never published for a comment that was not stored: from memory only after the comment's
 *   insert succeeded; a submission found in the collection (after a crash, or another
 *   replica's) only when its comment exists, and dropped when it still does not a minute later;
 * - cleared cheaply: publication removes the small documents, many per command, instead of
 *   rewriting each comment (on FerretDB an update rewrites the document and every index entry
 *   of it, about ten times the cost of its share of a batched insert);
 * - in order: events appended to the comment later (edits, decisions) wait until its
 *   submission is out (see outbox-adapter.ts).
 */
@Injectable()
export class SubmissionOutbox {
  private readonly logger = new Logger(SubmissionOutbox.name);
  /** Submissions whose comment is stored and whose event is not published yet, oldest first. */
  readonly pending = new Map<string, OutboxEntry>();
  private readonly recent = new Set<string>();
  readonly collection: Collection<Document>;
  private readonly comments: Collection<Document>;

  constructor(@InjectModel(Comment.name) model: Model<Comment>) {
    this.collection = model.db.collection(COMMENT_SUBMISSIONS) as unknown as Collection<Document>;
    this.comments = model.collection as unknown as Collection<Document>;
  }

  /**
   * Stores the events, then the comments (unordered, one command each). A comment whose event
   * could not be stored is not stored either; a comment refused by the database (duplicate key,
   * validation) has its event removed. Per-document failures are thrown as `writeErrors` by
   * index (InsertBatcher hands each caller its own outcome); any other failure rejects all.
   */
  async insertMany(items: Submission[]): Promise<void> {
    const failed = new Map<number, WriteErrorLike>();
    try {
      await this.collection.insertMany(
        items.map(({ doc, event }) => ({ _id: doc._id, event })),
        { ordered: false },
      );
    } catch (err) {
      const perDoc = writeErrorsOf(err);
      if (!perDoc) throw err;
      for (const [i, e] of perDoc) failed.set(i, e);
    }
    const stored = items.map((_, i) => i).filter((i) => !failed.has(i));
    if (stored.length) {
      try {
        await this.comments.insertMany(
          stored.map((i) => items[i]!.doc as unknown as Document),
          { ordered: false },
        );
      } catch (err) {
        const perDoc = writeErrorsOf(err);
        // Outcome unknown for all: the events stay; the relay's scan publishes those whose comment exists.
        if (!perDoc) throw err;
        const refused = [...perDoc.keys()].map((j) => stored[j]!);
        for (const [j, e] of perDoc) failed.set(stored[j]!, e);
        await this.collection.deleteMany({ _id: { $in: refused.map((i) => items[i]!.doc._id) } }).catch((e: Error) => this.logger.warn({ err: e.message }, 'could not remove the events of refused comments; the relay drops them'));
      }
    }
    for (const i of stored) if (!failed.has(i)) this.pending.set(items[i]!.doc._id.toHexString(), items[i]!.event);
    if (failed.size) throw Object.assign(new Error('some comments were not stored'), { writeErrors: [...failed].map(([index, e]) => ({ ...e, index })) });
  }

  /**
   * Submissions to publish now, oldest first: those of this process from memory; with `scan`,
   * also those in the collection, at least 10 s old, whose comment exists (left by a crash, or
   * by a replica that stopped). Orphans (no comment a minute after) are removed.
   */
  async due(limit: number, scan: boolean): Promise<Array<{ id: string; event: OutboxEntry }>> {
    const out: Array<{ id: string; event: OutboxEntry }> = [];
    for (const [id, event] of this.pending) {
      if (out.length >= limit) return out;
      out.push({ id, event });
    }
    if (!scan) return out;
    const stored = await this.collection.find({}).limit(limit * 2).toArray();
    for (const s of stored) {
      const id = (s._id as Types.ObjectId).toHexString();
      if (this.pending.has(id) || out.length >= limit) continue;
      const age = Date.now() - (s._id as Types.ObjectId).getTimestamp().getTime();
      if (age < TAKE_OVER_AFTER_MS) continue;
      if (await this.comments.findOne({ _id: s._id }, { projection: { _id: 1 } })) {
        this.pending.set(id, s.event as OutboxEntry);
        out.push({ id, event: s.event as OutboxEntry });
      } else if (age > ORPHAN_AFTER_MS) {
        await this.collection.deleteOne({ _id: s._id });
        this.logger.warn({ commentId: id }, 'dropped the event of a comment that was never stored');
      }
    }
    return out;
  }

  /** Published: removes the submissions (one command). */
  async published(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.collection.deleteMany({ _id: { $in: ids.map((id) => new Types.ObjectId(id)) } });
    for (const id of ids) {
      this.pending.delete(id);
      this.recent.add(id);
    }
    if (this.recent.size > RECENT_MAX) for (const id of [...this.recent].slice(0, RECENT_MAX / 2)) this.recent.delete(id);
  }

  /**
   * Whether the comment's submitted event may still be unpublished (its later events must
   * wait): pending here, or, for a young comment this process did not publish, still in the
   * collection (another replica's, or this one's before a restart).
   */
  async mayBePending(id: string): Promise<boolean> {
    if (this.pending.has(id)) return true;
    if (this.recent.has(id) || !Types.ObjectId.isValid(id)) return false;
    const oid = new Types.ObjectId(id);
    if (Date.now() - oid.getTimestamp().getTime() > YOUNG_MS) return false;
    return !!(await this.collection.findOne({ _id: oid }, { projection: { _id: 1 } }));
  }

  /** Events not published yet (for the outbox backlog metric). */
  count(): Promise<number> {
    return this.collection.countDocuments({});
  }
}
