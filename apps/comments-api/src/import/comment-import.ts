import { articleKey, DEFAULT_SITE_ID, siteField, userKey } from '@parley/platform';
import { randomUUID } from 'node:crypto';
import type { Connection, Model, Types } from 'mongoose';
import { CommentSubmittedV1, eventCatalog, EventTypes } from '@parley/contracts';
import { KafkaNames } from '@parley/messaging';
import { outboxEntry } from '../common/outbox-entry';
import { Article, ArticleSchema } from '../articles/schemas/article.schema';
import { Comment, CommentSchema, CommentStatus, StoredReason } from '../comments/schemas/comment.schema';
import { readDisqusExport } from './disqus-export.reader';
import { importedAuthorId, importedCommentId, ImportedComment, ImportFormat, SkippedRecord } from './imported-comment';
import { readWxrExport } from './wxr-export.reader';

/** Comments written per bulk write. */
const BATCH = 500;

export interface ImportOptions {
  format: ImportFormat;
  file: string;
  /** Send imported comments through moderation (submitted events) instead of keeping the source's verdict. */
  remoderate: boolean;
  /** Topic prefix of the deployment (KAFKA_TOPIC_PREFIX), for the events of --remoderate. */
  topicPrefix: string;
  /** The site the comments are imported into (SITES id); unset: the default site. */
  site?: string;
  progress?: {
    scanning(bytes: number): void;
    start(total: number): void;
    advance(done: number): void;
    stop(): void;
  };
}

export interface ImportSummary {
  /** Comments in the export that were imported or were already there. */
  comments: number;
  /** Newly written by this run (0 on a second run of the same file). */
  inserted: number;
  /** Already imported by an earlier run (left as they are). */
  existing: number;
  /** Replies whose parent is not in the export: imported as top-level comments. */
  orphans: number;
  articles: number;
  byStatus: Partial<Record<CommentStatus, number>>;
  /** Comments sent to moderation (--remoderate). */
  remoderated: number;
  skipped: SkippedRecord[];
}

const isSkipped = (r: ImportedComment | SkippedRecord): r is SkippedRecord => 'skipped' in r;

function read(opts: ImportOptions, onBytes?: (b: number) => void): AsyncGenerator<ImportedComment | SkippedRecord> {
  return opts.format === 'disqus' ? readDisqusExport(opts.file, undefined, onBytes) : readWxrExport(opts.file, onBytes);
}

const HELD: StoredReason = { ruleId: 'import', category: 'import', message: 'Awaiting moderation in the system it was imported from.' };
const SPAM: StoredReason = { ruleId: 'import', category: 'spam', message: 'Marked as spam in the system it was imported from.' };

/**
 * Imports a Disqus or WordPress (WXR) export into comments-api's database: straight into the
 * `comments` and `articles` collections through their mongoose schemas (the import is a batch
 * job of comments-api, not a client of its HTTP API, which would moderate, rate-limit and date
 * every comment now).
 *
 * Two streaming passes over the file: the first checks the XML and collects only each comment's
 * parent and author (so depth and the parent's author are known whatever the order of the
 * file, and a malformed file writes nothing); the second writes in bulk batches.
 *
 * Idempotent: a comment's id is derived from its source id and date (`importedCommentId`) and
 * written with an upsert whose fields are all `$setOnInsert`, so a second run changes nothing,
 * and comments changed in Parley since (edits, decisions, reactions) keep their changes. Counters
 * (parent reply counts and listing, article comment counts) are applied once per new approved
 * comment, after all comments are written, through a per-comment `importCounted` flag flipped
 * by a conditional update, so an interrupted run finishes them when it is run again.
 *
 * Without `remoderate` the source's verdict stands: approved → approved (published),
 * awaiting moderation → flagged (in the moderators' queue), spam → rejected, deleted/trashed →
 * deleted (body not kept); no events are published (readers' notifications and webhooks would
 * announce years-old comments). With `remoderate`, approved and held comments are stored
 * pending with a `parley.comment.submitted.v1` event in their outbox, which comments-api's outbox
 * relay publishes (within its takeover delay, about 10 s, when no replica wrote them), so the
 * rules engine decides them like new comments; spam and deleted ones keep the source's verdict.
 */
export async function importComments(connection: Connection, opts: ImportOptions): Promise<ImportSummary> {
  const comments = connection.model(Comment.name, CommentSchema) as unknown as Model<Comment>;
  const articles = connection.model(Article.name, ArticleSchema) as unknown as Model<Article>;
  const names = new KafkaNames(opts.topicPrefix);
  const topic = names.topic(eventCatalog[EventTypes.CommentSubmitted].topic);
  const site = opts.site ?? DEFAULT_SITE_ID;
  const summary: ImportSummary = { comments: 0, inserted: 0, existing: 0, orphans: 0, articles: 0, byStatus: {}, remoderated: 0, skipped: [] };

  // Pass 1: structure only (parent and author of every comment).
  const structure = new Map<string, { parent: string | null; authorId: string; id: string }>();
  const articleIds = new Set<string>();
  for await (const r of read(opts, (b) => opts.progress?.scanning(b))) {
    if (isSkipped(r)) {
      summary.skipped.push(r);
      continue;
    }
    structure.set(r.sourceId, { parent: r.parentSourceId, authorId: userKey(site, importedAuthorId(r.format, r.authorKey)), id: importedCommentId(r.format, r.sourceId, r.createdAt, site).toHexString() });
    articleIds.add(r.article.id);
  }
  const depthOf = (sourceId: string): number => {
    let depth = 0;
    const seen = new Set<string>([sourceId]);
    for (let p = structure.get(sourceId)?.parent ?? null; p && structure.has(p) && !seen.has(p); p = structure.get(p)!.parent) {
      seen.add(p);
      depth++;
    }
    return depth;
  };

  // Articles: created when missing (like a first comment does), never changed when present.
  const settings = new Map<string, Pick<Article, 'section' | 'premoderation' | 'open'>>();
  const now = new Date();
  summary.articles = articleIds.size;
  opts.progress?.start(structure.size);

  // Pass 2: write.
  let batch: Array<{ doc: Comment; article: ImportedComment['article'] }> = [];
  const flush = async () => {
    if (!batch.length) return;
    const missing = [...new Set(batch.map((b) => b.doc.articleId))].filter((id) => !settings.has(id));
    if (missing.length) {
      const firstOf = new Map(batch.map((b) => [b.doc.articleId, b.article]));
      await articles.collection.bulkWrite(
        missing.map((id) => ({
          updateOne: {
            filter: { _id: id },
            update: {
              $setOnInsert: { ...siteField(site), title: firstOf.get(id)!.title, url: firstOf.get(id)!.url, section: null, open: true, closesAt: null, premoderation: false, commentCount: 0, registered: false, createdAt: now, updatedAt: now },
            },
            upsert: true,
          },
        })) as never,
        { ordered: false },
      );
      const rows = await articles.find({ _id: { $in: missing } }, { section: 1, premoderation: 1, open: 1 }).lean<Array<Article>>().exec();
      for (const a of rows) settings.set(a._id, { section: a.section ?? null, premoderation: !!a.premoderation, open: a.open !== false });
    }
    if (opts.remoderate) {
      for (const { doc } of batch) {
        if (doc.status !== 'pending') continue;
        const a = settings.get(doc.articleId)!;
        const data: CommentSubmittedV1 = {
          commentId: doc._id.toHexString(),
          revision: 1,
          articleId: doc.articleId,
          authorId: doc.authorId,
          authorName: doc.authorName,
          parentId: doc.parentId ?? null,
          body: doc.body,
          createdAt: new Date(doc.createdAt).toISOString(),
          article: { section: a.section ?? null, premoderation: !!a.premoderation, open: true },
        };
        doc.outbox = [outboxEntry(topic, data.commentId, EventTypes.CommentSubmitted, data, now, randomUUID())];
        doc.outboxPending = true;
        doc.outboxSeq = 1;
      }
    }
    const res = await comments.collection.bulkWrite(
      batch.map(({ doc: { _id, ...fields } }) => ({ updateOne: { filter: { _id }, update: { $setOnInsert: fields }, upsert: true } })) as never,
      { ordered: false },
    );
    const insertedIds = new Set(Object.values(res.upsertedIds ?? {}).map((id) => String(id)));
    for (const { doc } of batch) {
      if (!insertedIds.has(doc._id.toHexString())) continue;
      summary.byStatus[doc.status] = (summary.byStatus[doc.status] ?? 0) + 1;
      if (opts.remoderate && doc.status === 'pending') summary.remoderated++;
    }
    summary.inserted += insertedIds.size;
    summary.existing += batch.length - insertedIds.size;
    summary.comments += batch.length;
    opts.progress?.advance(summary.comments);
    batch = [];
  };

  for await (const r of read(opts)) {
    if (isSkipped(r)) continue;
    const own = structure.get(r.sourceId)!;
    const parent = r.parentSourceId ? structure.get(r.parentSourceId) : undefined;
    if (r.parentSourceId && !parent) summary.orphans++;
    const status: CommentStatus =
      r.state === 'deleted' ? 'deleted' : r.state === 'spam' ? 'rejected' : opts.remoderate ? 'pending' : r.state === 'held' ? 'flagged' : 'approved';
    const doc: Comment = {
      _id: importedCommentId(r.format, r.sourceId, r.createdAt, site) as Types.ObjectId,
      ...siteField(site),
      articleId: articleKey(site, r.article.id),
      authorId: own.authorId,
      authorName: r.authorName,
      parentId: parent ? parent.id : null,
      parentAuthorId: parent ? parent.authorId : null,
      depth: parent ? depthOf(r.sourceId) : 0,
      body: status === 'deleted' ? '' : r.body,
      status,
      revision: 1,
      history: [],
      editedAt: null,
      deletedAt: status === 'deleted' ? r.createdAt : null,
      reasons: status === 'flagged' ? [HELD] : status === 'rejected' ? [SPAM] : [],
      replyCount: 0,
      reactionCount: 0,
      reportCount: 0,
      listed: status === 'approved',
      decisionEventId: null,
      decidedAt: status === 'approved' || status === 'rejected' ? r.createdAt : null,
      outbox: [],
      outboxPending: false,
      outboxSeq: 0,
      importedFrom: { format: r.format, id: r.sourceId },
      importCounted: status === 'approved' ? false : undefined,
      createdAt: r.createdAt,
      updatedAt: now,
    };
    if (doc.importCounted === undefined) delete doc.importCounted;
    batch.push({ doc, article: r.article });
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  await applyCounters(comments, articles);
  opts.progress?.stop();
  return summary;
}

/**
 * Counts every imported approved comment not counted yet: flips its `importCounted` flag
 * (conditional update: counted once, even by two runs at a time), then adds one to its parent's
 * reply count (listing the parent) and to its article's comment count.
 */
async function applyCounters(comments: Model<Comment>, articles: Model<Article>): Promise<void> {
  const cursor = comments.find({ importCounted: false }, { articleId: 1, parentId: 1, status: 1 }).lean<Array<Pick<Comment, '_id' | 'articleId' | 'parentId' | 'status'>>>().cursor();
  const perArticle = new Map<string, number>();
  const flushArticles = async () => {
    for (const [articleId, n] of perArticle) await articles.updateOne({ _id: articleId }, { $inc: { commentCount: n } }, { timestamps: false }).exec();
    perArticle.clear();
  };
  let counted = 0;
  for await (const c of cursor) {
    const res = await comments.updateOne({ _id: c._id, importCounted: false }, { $set: { importCounted: true } }, { timestamps: false }).exec();
    if (!res.modifiedCount || c.status !== 'approved') continue;
    if (c.parentId) await comments.updateOne({ _id: c.parentId }, { $inc: { replyCount: 1 }, $set: { listed: true } }, { timestamps: false }).exec();
    perArticle.set(c.articleId, (perArticle.get(c.articleId) ?? 0) + 1);
    if (++counted % BATCH === 0) await flushArticles();
  }
  await flushArticles();
}
