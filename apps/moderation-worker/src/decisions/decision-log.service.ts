import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model } from 'mongoose';
import type { EvaluationContext } from '@parley/moderation-rules';
import { DocLocks } from '@parley/platform';
import { Decision } from './decision.schema';
import { AuthorItem, CommentItem, DecisionSummary, FingerprintItem } from './decision-summary.schema';

const DUPLICATE_KEY = 11000;
const SPAM_WINDOW_MS = 60 * 60 * 1000;
/** First decisions of revisions (re-reviews after reports are further documents of the same revision). */
const FIRST_DECISIONS: FilterQuery<Decision> = { trigger: { $ne: 'reported' } };
/** Recent first decisions kept per author (approval/rejection history, repeats). */
const AUTHOR_HISTORY = 50;
/** Most recent first decisions kept per text fingerprint (same text from many authors). */
const SAME_TEXT_HISTORY = 200;

export interface DecisionSummaries {
  comment: CommentItem[];
  author: AuthorItem[];
  text: FingerprintItem[];
}

const newestFirst = (a: { decidedAt: Date }, b: { decidedAt: Date }) => new Date(b.decidedAt).getTime() - new Date(a.decidedAt).getTime();
const isFirstDecision = (d: Pick<Decision, 'trigger'>) => d.trigger !== 'reported';

/**
 * Reads and appends to the decision log; the log is also the source of author history, which
 * is read through small per-author, per-text and per-comment summaries (DecisionSummary).
 *
 * Summaries are updated after each append, idempotently (items are keyed by decision id), under
 * this process's per-document lock. Events are keyed by comment id, so one comment is handled
 * by one consumer at a time; an author's or a text's comments may be decided by two replicas at
 * once, and on FerretDB (whose updates are read-then-replace) one of two simultaneous additions
 * to the same author's summary can then be lost: the history the rules see is a close
 * approximation across replicas, exact within one (the trade-off of keying by comment).
 */
@Injectable()
export class DecisionLogService implements OnModuleInit {
  private readonly logger = new Logger(DecisionLogService.name);

  constructor(
    @InjectModel(Decision.name) private readonly decisions: Model<Decision>,
    @InjectModel(DecisionSummary.name) private readonly summaries: Model<DecisionSummary>,
    private readonly locks: DocLocks,
  ) {}

  /** A log written before summaries existed (or restored without them) gets them rebuilt once. */
  async onModuleInit(): Promise<void> {
    const [anySummary, anyDecision] = await Promise.all([
      this.summaries.findOne({}, { _id: 1 }).lean().exec(),
      this.decisions.findOne({}, { _id: 1 }).lean().exec(),
    ]);
    if (!anySummary && anyDecision) await this.rebuildSummaries();
  }

  /** Recomputes every summary from the decision log (one pass over it). */
  async rebuildSummaries(): Promise<number> {
    const started = Date.now();
    const byKey = new Map<string, Array<AuthorItem | FingerprintItem | CommentItem>>();
    const add = (key: string, item: AuthorItem | FingerprintItem | CommentItem) => {
      const list = byKey.get(key);
      if (list) list.push(item);
      else byKey.set(key, [item]);
    };
    const cursor = this.decisions
      .find({}, { commentId: 1, revision: 1, authorId: 1, fingerprint: 1, decision: 1, commentCreatedAt: 1, decidedAt: 1, trigger: 1 })
      .lean<Decision[]>()
      .cursor();
    for await (const d of cursor) for (const [key, item] of this.summaryItems(d)) add(key, item);
    const docs = [...byKey].map(([key, items]) => ({ _id: key, items: trimmed(key, items) }));
    for (let i = 0; i < docs.length; i += 500) {
      await this.summaries.insertMany(docs.slice(i, i + 500), { ordered: false }).catch((err: { code?: number; writeErrors?: unknown }) => {
        if (err.code !== DUPLICATE_KEY && !err.writeErrors) throw err; // another replica rebuilt some first
      });
    }
    this.logger.log({ summaries: docs.length, ms: Date.now() - started }, 'decision summaries rebuilt from the decision log');
    return docs.length;
  }

  /** The summary items a decision contributes, by summary key. */
  private summaryItems(d: Pick<Decision, '_id' | 'commentId' | 'revision' | 'authorId' | 'fingerprint' | 'decision' | 'commentCreatedAt' | 'decidedAt' | 'trigger'>) {
    const out: Array<[string, AuthorItem | FingerprintItem | CommentItem]> = [[`c:${d.commentId}`, { id: d._id, revision: d.revision }]];
    if (isFirstDecision(d)) {
      out.push([`a:${d.authorId}`, { id: d._id, commentId: d.commentId, decision: d.decision, fingerprint: d.fingerprint, commentCreatedAt: d.commentCreatedAt, decidedAt: d.decidedAt }]);
      out.push([`f:${d.fingerprint}`, { id: d._id, authorId: d.authorId, commentId: d.commentId, decidedAt: d.decidedAt }]);
    }
    return out;
  }

  /**
   * Adds a decision to its summaries (a decision already there is left alone): one read of all
   * of them and one bulk write, under every summary's lock (taken in key order, so two decisions
   * sharing summaries cannot deadlock).
   */
  private async summarise(d: Decision): Promise<void> {
    const entries = this.summaryItems(d);
    await this.locks.runAll(
      entries.map(([key]) => `summary:${key}`),
      async () => {
        const current = await this.summariesByKey(entries.map(([key]) => key));
        const ops = entries
          .filter(([key, item]) => !(current.get(key) ?? []).some((i) => i.id === item.id))
          .map(([key, item]) => ({ updateOne: { filter: { _id: key }, update: { $set: { items: trimmed(key, [item, ...(current.get(key) ?? [])]) } }, upsert: true } }));
        if (ops.length) await this.summaries.bulkWrite(ops, { ordered: false });
      },
    );
  }

  private async summaryOf<T extends AuthorItem | FingerprintItem | CommentItem>(key: string): Promise<T[]> {
    const doc = await this.summaries.findById(key, { items: 1 }).lean<{ items?: T[] }>().exec();
    return doc?.items ?? [];
  }

  /** Several summaries in one read by `_id`. */
  private async summariesByKey(keys: string[]): Promise<Map<string, Array<AuthorItem | FingerprintItem | CommentItem>>> {
    const docs = await this.summaries.find({ _id: { $in: keys } }, { items: 1 }).lean<Array<{ _id: string; items?: Array<AuthorItem | FingerprintItem | CommentItem> }>>().exec();
    return new Map(docs.map((doc) => [doc._id, doc.items ?? []]));
  }

  /** What deciding a comment revision needs from the log, in one read: the comment's, its author's and its text's summaries. */
  async summariesFor(commentId: string, authorId: string, fingerprint: string): Promise<DecisionSummaries> {
    const byKey = await this.summariesByKey([`c:${commentId}`, `a:${authorId}`, `f:${fingerprint}`]);
    return {
      comment: (byKey.get(`c:${commentId}`) ?? []) as CommentItem[],
      author: (byKey.get(`a:${authorId}`) ?? []) as AuthorItem[],
      text: (byKey.get(`f:${fingerprint}`) ?? []) as FingerprintItem[],
    };
  }

  findById(id: string): Promise<Decision | null> {
    return this.decisions.findById(id).lean<Decision>().exec();
  }

  /** Appends a decision; if one exists with this `_id` already, returns that one instead. Either way its summaries are up to date after. */
  async append(decision: Decision): Promise<{ decision: Decision; created: boolean }> {
    let result: { decision: Decision; created: boolean };
    try {
      await this.decisions.create(decision);
      result = { decision, created: true };
    } catch (err) {
      if ((err as { code?: number }).code !== DUPLICATE_KEY) throw err;
      const existing = await this.findById(decision._id);
      if (!existing) throw err;
      result = { decision: existing, created: false };
    }
    await this.summarise(result.decision);
    return result;
  }

  /**
   * The newest revision's first decision and the decision currently in force for it (the
   * latest re-review, or the first decision when there was none).
   */
  async latestRevision(commentId: string): Promise<{ first: Decision; current: Decision } | null> {
    const items = await this.summaryOf<CommentItem>(`c:${commentId}`);
    if (!items.length) return null;
    const revision = Math.max(...items.map((i) => i.revision));
    const ofRevision = (await Promise.all(items.filter((i) => i.revision === revision).map((i) => this.findById(i.id)))).filter((d): d is Decision => d !== null);
    const first = ofRevision.find((d) => d._id === `${commentId}:${revision}`);
    if (!first) return null;
    const current = ofRevision.reduce((a, b) => (new Date(b.decidedAt) > new Date(a.decidedAt) ? b : a));
    return { first, current };
  }

  /** Erases the worker's copies of a deleted comment's text. */
  async eraseBodies(commentId: string): Promise<number> {
    const res = await this.decisions.updateMany({ commentId }, { $set: { body: null } }).exec();
    return res.modifiedCount;
  }

  /** The last `limit` first decisions that still have their text, newest first (backtests). */
  async recentWithBodies(limit: number): Promise<Decision[]> {
    const docs = await this.decisions
      .find({ ...FIRST_DECISIONS, body: { $type: 'string' } })
      .sort({ decidedAt: -1 })
      .limit(limit)
      .lean<Decision[]>()
      .exec();
    return docs.filter((d) => typeof d.body === 'string');
  }

  /** Decisions with a statement of reasons decided at or after `since`, after the cursor position, oldest first. */
  async statementsSince(since: Date, after: { at: Date; id: string } | null, limit: number): Promise<Decision[]> {
    const filter: FilterQuery<Decision> = { statement: { $type: 'object' }, decidedAt: { $gte: since } };
    if (after) filter.$or = [{ decidedAt: { $gt: after.at } }, { decidedAt: after.at, _id: { $gt: after.id } }];
    return this.decisions
      .find(filter, { statement: 1, decidedAt: 1 })
      .sort({ decidedAt: 1, _id: 1 })
      .limit(limit)
      .lean<Decision[]>()
      .exec();
  }

  /**
   * Author history and spam signals the rules engine needs, from the author's recent first
   * decisions and the text's summary (read with summariesFor). Other revisions of the comment
   * being decided are left out (an edit is not a repeat).
   */
  contextFrom(
    { author: recentAll, text: sameTextAll }: Pick<DecisionSummaries, 'author' | 'text'>,
    authorId: string,
    now: Date,
    commentId?: string,
  ): Required<Pick<EvaluationContext, 'author' | 'recentByAuthor' | 'sameTextAuthors'>> {
    const since = new Date(now.getTime() - SPAM_WINDOW_MS);
    const sameText = sameTextAll.filter((d) => new Date(d.decidedAt) >= since);
    const recent = recentAll.filter((d) => d.commentId !== commentId);
    const approvedCount = recent.filter((d) => d.decision === 'approved').length;
    const rejectedCount = recent.filter((d) => d.decision === 'rejected').length;
    return {
      author: { approvedCount, rejectedCount, recentDecisions: recent.length, recentRejections: rejectedCount },
      recentByAuthor: recent
        .filter((d) => new Date(d.commentCreatedAt) >= since)
        .map((d) => ({ fingerprint: d.fingerprint, createdAt: new Date(d.commentCreatedAt) })),
      sameTextAuthors: new Set([...sameText.filter((d) => d.commentId !== commentId).map((d) => d.authorId), authorId]).size,
    };
  }
}

/** A summary's items, newest first and bounded: author history by count, texts by the spam window too. */
function trimmed(key: string, items: Array<AuthorItem | FingerprintItem | CommentItem>): Array<AuthorItem | FingerprintItem | CommentItem> {
  if (key.startsWith('c:')) return items;
  const sorted = [...(items as AuthorItem[])].sort(newestFirst);
  if (key.startsWith('a:')) return sorted.slice(0, AUTHOR_HISTORY);
  const newest = sorted.length ? new Date(sorted[0]!.decidedAt).getTime() : 0;
  return sorted.filter((i) => newest - new Date(i.decidedAt).getTime() <= SPAM_WINDOW_MS).slice(0, SAME_TEXT_HISTORY);
}
