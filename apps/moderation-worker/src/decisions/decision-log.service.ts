import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model } from 'mongoose';
import type { ModerationOutcome } from '@parley/contracts';
import type { EvaluationContext } from '@parley/moderation-rules';
import { InsertBatcher, ReadBatcher } from '@parley/platform';
import { AUTHOR_HISTORY, HistoryItem, RecentDecisions, SAME_TEXT_HISTORY } from './recent-decisions.schema';
import { Decision } from './decision.schema';

const DUPLICATE_KEY = 11000;
const SPAM_WINDOW_MS = 60 * 60 * 1000;
/** First decisions of revisions (re-reviews after reports are further documents of the same revision). */
const FIRST_DECISIONS: FilterQuery<Decision> = { trigger: { $ne: 'reported' } };
const META = 'meta';
const authorKey = (authorId: string) => `a:${authorId}`;
const textKey = (fingerprint: string) => `t:${fingerprint}`;

/** One of an author's recent first decisions (newest first). */
export interface AuthorItem {
  /** The decision's `_id`. */
  id?: string;
  commentId: string;
  decision: ModerationOutcome;
  fingerprint: string;
  commentCreatedAt: Date;
  decidedAt: Date;
}

/** One first decision of a text fingerprint inside the spam window (newest first). */
export interface FingerprintItem {
  /** The decision's `_id`. */
  id?: string;
  authorId: string;
  commentId: string;
  decidedAt: Date;
}

/** One decision of a comment (every revision, re-reviews included). */
export interface CommentItem {
  _id: string;
  revision: number;
}

/** What deciding a comment revision needs from the log. */
export interface DecisionHistory {
  comment: CommentItem[];
  author: AuthorItem[];
  text: FingerprintItem[];
  /** Items read from the log because the author's or text's history document did not exist yet: written into it with the next item. */
  seeds?: { author?: HistoryItem[]; text?: HistoryItem[] };
}

/** One `$push` of a first decision into an author's or a text's history (idempotent by the decision id). */
interface HistoryPush {
  key: string;
  items: HistoryItem[];
  keep: number;
}

/**
 * The append-only decision log, and the author and text history the rules need. The history is
 * read from small per-author and per-text documents (`decision_history`, see
 * RecentDecisions), pushed to after each first decision with one atomic update each; the
 * reads of concurrent decisions share one `{ _id: { $in } }` query and their pushes one
 * unordered bulk write. The comment's own decisions (redelivery, stale revisions) are read
 * from the log itself (`comment_revision`). A history document that does not exist yet while
 * the log already held decisions when the history started is read once from the log's indexes
 * (`author_decided`, `fingerprint_decided`) and written with the next item.
 */
@Injectable()
export class DecisionLogService {
  /** Comments' decisions: the reads of concurrent events share one `{ commentId: { $in } }` query. */
  private readonly byComment: ReadBatcher<string, CommentItem[]>;
  /** Author and text history documents: the reads of concurrent events share one `{ _id: { $in } }` query. */
  private readonly histories: ReadBatcher<string, HistoryItem[]>;
  /** Appends: concurrent decisions share one unordered `insertMany` (a lone one goes out at once). */
  private readonly appends: InsertBatcher<Decision>;
  /** History pushes: concurrent ones share one unordered `bulkWrite`. */
  private readonly pushes: InsertBatcher<HistoryPush>;
  private meta?: Promise<{ since: Date; logPredates: boolean }>;

  constructor(
    @InjectModel(Decision.name) private readonly decisions: Model<Decision>,
    @InjectModel(RecentDecisions.name) private readonly history: Model<RecentDecisions>,
  ) {
    // Unordered: a duplicate `_id` fails only its own document, with its write error.
    this.appends = new InsertBatcher<Decision>((docs) => this.decisions.collection.insertMany(docs as never[], { ordered: false }), 100);
    this.byComment = new ReadBatcher(async (ids) => {
      const docs = await this.decisions.find({ commentId: { $in: ids } }, { commentId: 1, revision: 1 }).lean<Array<CommentItem & { commentId: string }>>().exec();
      const out = new Map<string, CommentItem[]>();
      for (const d of docs) out.set(d.commentId, [...(out.get(d.commentId) ?? []), { _id: d._id, revision: d.revision }]);
      return out;
    });
    this.histories = new ReadBatcher(async (keys) => {
      const docs = await this.history.collection.find({ _id: { $in: keys } } as never, { projection: { items: 1 } }).toArray();
      return new Map(docs.map((d) => [String(d._id), (d as unknown as RecentDecisions).items ?? []]));
    });
    // By `_id` alone (one index lookup). A decision is pushed only when the history read for it
    // did not hold it (remember); the reader drops the rare duplicate of two concurrent redeliveries.
    this.pushes = new InsertBatcher<HistoryPush>(
      (list) =>
        this.history.collection.bulkWrite(
          list.map((p) => ({
            updateOne: {
              filter: { _id: p.key },
              update: { $push: { items: { $each: p.items, $sort: { decidedAt: -1 }, $slice: p.keep } } },
              upsert: true,
            },
          })) as never,
          { ordered: false },
        ),
      100,
    );
  }

  /** The comment's decisions, its author's recent first decisions and the text's first decisions in the spam window (two reads in parallel, each shared with concurrent events). */
  async historyFor(commentId: string, authorId: string, fingerprint: string, now = new Date()): Promise<DecisionHistory> {
    const [comment, [authorDoc, textDoc]] = await Promise.all([this.byComment.load(commentId).then((items) => items ?? []), this.histories.loadMany([authorKey(authorId), textKey(fingerprint)])]);
    const since = new Date(now.getTime() - SPAM_WINDOW_MS);
    const seeds: NonNullable<DecisionHistory['seeds']> = {};
    let author = authorDoc;
    let text = textDoc;
    if (!author || !text) {
      const meta = await this.historyStart();
      if (!author && meta.logPredates) author = seeds.author = await this.authorFromLog(authorId);
      if (!text && meta.logPredates && meta.since > since) text = seeds.text = await this.textFromLog(fingerprint, since);
    }
    return {
      comment,
      author: onceEach(author ?? []),
      text: onceEach((text ?? []).filter((i) => new Date(i.decidedAt) >= since)),
      ...(seeds.author || seeds.text ? { seeds } : {}),
    };
  }

  /**
   * Adds a first decision to its author's and its text's history (with what was read from the
   * log for a document that did not exist yet), unless the history read for it (`history`)
   * holds it already (a redelivered event).
   */
  async remember(d: Pick<Decision, '_id' | 'commentId' | 'authorId' | 'decision' | 'fingerprint' | 'commentCreatedAt' | 'decidedAt'>, history: Pick<DecisionHistory, 'author' | 'text' | 'seeds'>): Promise<void> {
    const item: HistoryItem = { id: d._id, commentId: d.commentId, authorId: d.authorId, decision: d.decision, fingerprint: d.fingerprint, commentCreatedAt: new Date(d.commentCreatedAt), decidedAt: new Date(d.decidedAt) };
    const seeds = history.seeds ?? {};
    // Two first upserts of one document at once: the losing insert is a duplicate `_id`; sent
    // again, it finds the document and pushes.
    const push = (p: HistoryPush) => this.pushes.insert(p).catch((err: { code?: number }) => (err.code === DUPLICATE_KEY ? this.pushes.insert(p) : Promise.reject(err)));
    const pushes: Array<Promise<void>> = [];
    if (!history.author.some((i) => i.id === item.id)) pushes.push(push({ key: authorKey(d.authorId), items: [...(seeds.author ?? []).filter((i) => i.id !== item.id), item], keep: AUTHOR_HISTORY }));
    if (!history.text.some((i) => i.id === item.id)) pushes.push(push({ key: textKey(d.fingerprint), items: [...(seeds.text ?? []).filter((i) => i.id !== item.id), item], keep: SAME_TEXT_HISTORY }));
    await Promise.all(pushes);
  }

  /** When the history started, and whether the log held decisions then (read once; the first worker to start writes it). */
  private historyStart(): Promise<{ since: Date; logPredates: boolean }> {
    this.meta ??= (async () => {
      const found = await this.history.findById(META).lean<RecentDecisions>().exec();
      if (found) return { since: new Date(found.since!), logPredates: !!found.logPredates };
      const meta = { _id: META, since: new Date(), logPredates: !!(await this.decisions.exists({}).exec()), items: [] };
      try {
        await this.history.collection.insertOne(meta as never);
        return meta;
      } catch (err) {
        if ((err as { code?: number }).code !== DUPLICATE_KEY) throw err;
        const other = (await this.history.findById(META).lean<RecentDecisions>().exec())!;
        return { since: new Date(other.since!), logPredates: !!other.logPredates };
      }
    })().catch((err) => {
      this.meta = undefined;
      throw err;
    });
    return this.meta;
  }

  private async authorFromLog(authorId: string): Promise<HistoryItem[]> {
    return this.decisions
      .find({ authorId, ...FIRST_DECISIONS }, { commentId: 1, authorId: 1, decision: 1, fingerprint: 1, commentCreatedAt: 1, decidedAt: 1 })
      .sort({ decidedAt: -1 })
      .limit(AUTHOR_HISTORY)
      .lean<Array<Omit<HistoryItem, 'id'> & { _id: string }>>()
      .exec()
      .then((docs) => docs.map(({ _id, ...rest }) => ({ id: _id, ...rest })));
  }

  private async textFromLog(fingerprint: string, since: Date): Promise<HistoryItem[]> {
    return this.decisions
      .find({ fingerprint, decidedAt: { $gte: since }, ...FIRST_DECISIONS }, { commentId: 1, authorId: 1, decision: 1, fingerprint: 1, commentCreatedAt: 1, decidedAt: 1 })
      .sort({ decidedAt: -1 })
      .limit(SAME_TEXT_HISTORY)
      .lean<Array<Omit<HistoryItem, 'id'> & { _id: string }>>()
      .exec()
      .then((docs) => docs.map(({ _id, ...rest }) => ({ id: _id, ...rest })));
  }

  findById(id: string): Promise<Decision | null> {
    return this.decisions.findById(id).lean<Decision>().exec();
  }

  /** Appends a decision (batched with concurrent ones); if one exists with this `_id` already (first write wins), returns that one instead. */
  async append(decision: Decision): Promise<{ decision: Decision; created: boolean }> {
    try {
      // Cast, defaulted and validated by the schema as `create` would, then written in a batch.
      const doc = new this.decisions(decision);
      await doc.validate();
      await this.appends.insert(doc.toObject() as Decision);
      return { decision, created: true };
    } catch (err) {
      if ((err as { code?: number }).code !== DUPLICATE_KEY) throw err;
      const existing = await this.findById(decision._id);
      if (!existing) throw err;
      return { decision: existing, created: false };
    }
  }

  /**
   * The newest revision's first decision and the decision currently in force for it (the
   * latest re-review, or the first decision when there was none).
   */
  async latestRevision(commentId: string): Promise<{ first: Decision; current: Decision } | null> {
    const newest = await this.decisions.findOne({ commentId }, { revision: 1 }).sort({ revision: -1 }).lean<CommentItem>().exec();
    if (!newest) return null;
    const ofRevision = await this.decisions.find({ commentId, revision: newest.revision }).lean<Decision[]>().exec();
    const revision = newest.revision;
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

  /**
   * An erased account (parley.user.erased.v1): its decisions keep the outcome and reasons (the
   * moderation record) without the text, under the pseudonym; its per-author history goes and
   * its items leave the same-text histories. Each step stops matching once done (idempotent).
   */
  async eraseAuthor(userId: string, pseudonym: string): Promise<{ decisions: number; history: number }> {
    const decisions = await this.decisions.updateMany({ authorId: userId }, { $set: { authorId: pseudonym, body: null } }).exec();
    const own = await this.history.deleteOne({ _id: `a:${userId}` }).exec();
    const shared = await this.history.updateMany({ 'items.authorId': userId }, { $pull: { items: { authorId: userId } } } as never).exec();
    return { decisions: decisions.modifiedCount, history: own.deletedCount + shared.modifiedCount };
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
   * decisions and the text's (read with historyFor). Other revisions of the comment
   * being decided are left out (an edit is not a repeat).
   */
  contextFrom(
    { author: recentAll, text: sameTextAll }: Pick<DecisionHistory, 'author' | 'text'>,
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

/**
 * Each decision once: two redeliveries of one event at once may both push it. The items are
 * already newest first and bounded (`$push` with `$sort`/`$slice`; the log is read sorted and
 * limited).
 */
function onceEach<T extends { id?: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => i.id === undefined || (!seen.has(i.id) && (seen.add(i.id), true)));
}
