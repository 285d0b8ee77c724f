import { badgesOfAuthor } from '../../curation/author-badges';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { countMatching, hostArticleId, ProblemException } from '@parley/platform';
import { SiteScope } from '../../sites/site-scope';
import { Article } from '../../articles/schemas/article.schema';
import { Appeal } from '../appeals/appeal.schema';
import { AuditService, AuditView } from '../audit/audit.service';
import { ClaimsService, ClaimView } from '../claims/claims.service';
import { Notice, ReportRef } from '../notices/notice.schema';
import { toNoticeView } from '../notices/notices.service';
import { Comment, StoredReason as ModerationReason } from '../../comments/schemas/comment.schema';
import { ModerationConfig } from '../shared/moderation.config';
import { RuleHits } from './rule-hits.schema';

export const QUEUES = ['flagged', 'pending', 'reported', 'notices', 'appeals', 'rejected', 'removed', 'approved', 'all'] as const;
export type QueueName = (typeof QUEUES)[number];

/** Queues backed by a comment status (or the open-reports flag). */
const COMMENT_QUEUES: Partial<Record<QueueName, Record<string, unknown>>> = {
  flagged: { status: 'flagged' },
  pending: { status: 'pending' },
  reported: { modReportsOpen: true, status: 'approved' },
  rejected: { status: 'rejected' },
  removed: { status: 'removed' },
  approved: { status: 'approved' },
  all: {},
};

export interface QueueFilters {
  /** The moderator's site: only its comments and cases. */
  site: string;
  /** The article keys of the moderator's sections (ModeratorScope); unset: the whole site. */
  scope?: string[] | null;
  articleId?: string;
  section?: string;
  rule?: string;
  authorId?: string;
  from?: Date;
  to?: Date;
  sort: 'oldest' | 'newest';
  limit: number;
  cursor?: string;
}

export interface CommentCard {
  id: string;
  articleId: string;
  authorId: string;
  authorName: string;
  parentId: string | null;
  body: string;
  status: string;
  revision: number;
  reasons: ModerationReason[];
  reportCount: number;
  featured: boolean;
  /** The author's badges (token and admin), as readers see them. */
  badges: string[];
  createdAt: string;
  editedAt: string | null;
  decidedBy: string | null;
  reasonCode: string | null;
  claim: ClaimView | null;
  /** For the notices and appeals queues: the case id. */
  caseId?: string;
  /** For the notices queue: the notice comes from a trusted flagger (DSA Art. 22). */
  trustedFlagger?: boolean;
}

const CARD_FIELDS = {
  articleId: 1,
  authorId: 1,
  authorName: 1,
  parentId: 1,
  body: 1,
  status: 1,
  revision: 1,
  reasons: 1,
  reportCount: 1,
  featured: 1,
  authorBadges: 1,
  createdAt: 1,
  editedAt: 1,
  modDecidedBy: 1,
  modReasonCode: 1,
};
type CardDoc = Pick<Comment, '_id' | 'articleId' | 'authorId' | 'authorName' | 'parentId' | 'body' | 'status' | 'revision' | 'reasons' | 'reportCount' | 'featured' | 'authorBadges' | 'createdAt' | 'editedAt' | 'modDecidedBy' | 'modReasonCode'>;

const badCursor = () => new ProblemException(400, 'bad-request', 'Bad Request', 'cursor is not a valid cursor', { errors: [{ field: 'cursor', message: 'is not a valid cursor' }] });

function decodeId(cursor: string): Types.ObjectId {
  const hex = Buffer.from(cursor, 'base64url').toString();
  if (!/^[a-f0-9]{24}$/.test(hex)) throw badCursor();
  return new Types.ObjectId(hex);
}
const encodeId = (id: Types.ObjectId | string) => Buffer.from(id.toString()).toString('base64url');

/** Moderation queues over the comments (and the notice and appeal cases), with filters and counts. */
@Injectable()
export class QueuesService {
  constructor(
    @InjectModel(Comment.name) private readonly comments: Model<Comment>,
    @InjectModel(Article.name) private readonly articles: Model<Article>,
    @InjectModel(Notice.name) private readonly notices: Model<Notice>,
    @InjectModel(Appeal.name) private readonly appeals: Model<Appeal>,
    @InjectModel(RuleHits.name) private readonly ruleHits: Model<RuleHits>,
    @InjectModel(ReportRef.name) private readonly reports: Model<ReportRef>,
    private readonly claims: ClaimsService,
    private readonly audit: AuditService,
    private readonly config: ModerationConfig,
    private readonly sites: SiteScope,
  ) {}

  /** Per site. */
  private readonly snapshots = new Map<string, { at: number; counts: Record<QueueName, number> }>();
  private readonly recounts = new Map<string, Promise<Record<QueueName, number>>>();

  /**
   * Queue counts, served from a snapshot that is at most MODERATION_COUNTS_MAX_AGE_MS old when
   * the call arrives (stale-while-revalidate: an older snapshot is returned while one recount
   * runs in the background; one older than ten times that is recounted before answering).
   * Each count is an index count (see countAll); the snapshot is for deployments that want to
   * bound even that.
   */
  async counts(site: string, scope: string[] | null = null): Promise<Record<QueueName, number>> {
    // A moderator limited to sections: their own count, never a snapshot shared with others.
    if (scope) return this.countAll(site, scope);
    const maxAge = this.config.countsMaxAgeMs;
    const snapshot = this.snapshots.get(site);
    const age = snapshot ? Date.now() - snapshot.at : Infinity;
    if (!maxAge || age > maxAge * 10) return this.refreshCounts(site);
    if (age > maxAge) void this.refreshCounts(site).catch(() => undefined);
    return snapshot!.counts;
  }

  private refreshCounts(site: string): Promise<Record<QueueName, number>> {
    let recount = this.recounts.get(site);
    if (!recount) {
      recount = this.countAll(site, null)
        .then((counts) => {
          this.snapshots.set(site, { at: Date.now(), counts });
          return counts;
        })
        .finally(() => this.recounts.delete(site));
      this.recounts.set(site, recount);
    }
    return recount;
  }

  private async commentFilter(queue: QueueName, f: QueueFilters): Promise<Record<string, unknown>> {
    const q: Record<string, unknown> = { ...COMMENT_QUEUES[queue], ...this.sites.filter(f.site) };
    if (f.scope) q.articleId = { $in: f.articleId ? f.scope.filter((k) => k === f.articleId) : f.scope };
    else if (f.articleId) q.articleId = f.articleId;
    if (f.section) {
      const ids = await this.articles.find({ section: f.section, ...this.sites.filter(f.site) }, { _id: 1 }).limit(5000).lean<Array<{ _id: string }>>().exec();
      const inScope = f.scope ? ids.filter((a) => f.scope!.includes(a._id)) : ids;
      q.articleId = f.articleId ? (inScope.some((a) => a._id === f.articleId) ? f.articleId : { $in: [] }) : { $in: inScope.map((a) => a._id) };
    }
    if (f.authorId) q.authorId = f.authorId;
    if (f.rule) q.$or = [{ 'reasons.ruleId': f.rule }, { 'reasons.category': f.rule }];
    const id: Record<string, Types.ObjectId> = {};
    if (f.from) id.$gte = Types.ObjectId.createFromTime(Math.floor(f.from.getTime() / 1000));
    if (f.to) id.$lt = Types.ObjectId.createFromTime(Math.ceil(f.to.getTime() / 1000));
    if (f.cursor) id[f.sort === 'oldest' ? '$gt' : '$lt'] = decodeId(f.cursor);
    if (Object.keys(id).length) q._id = id;
    return q;
  }

  async list(queue: QueueName, f: QueueFilters): Promise<{ queue: string; items: CommentCard[]; nextCursor: string | null }> {
    if (queue === 'notices' || queue === 'appeals') return this.listCases(queue, f);
    const rows = await this.comments
      .find(await this.commentFilter(queue, f), CARD_FIELDS)
      .sort({ _id: f.sort === 'oldest' ? 1 : -1 })
      .limit(f.limit + 1)
      .lean<CardDoc[]>()
      .exec();
    const page = rows.slice(0, f.limit);
    const last = page[page.length - 1];
    return { queue, items: await this.cards(page), nextCursor: rows.length > f.limit && last ? encodeId(last._id) : null };
  }

  /** Open notices or appeals (oldest first by default), as comment cards with the case id. */
  private async listCases(queue: 'notices' | 'appeals', f: QueueFilters) {
    // Complaints about an account concern no comment: they are listed at /v1/moderation/appeals.
    const q: Record<string, unknown> = { status: 'open', ...(queue === 'appeals' ? { commentId: { $type: 'string' } } : {}) };
    if (f.articleId) q.articleId = f.articleId;
    const dir = f.sort === 'oldest' ? 1 : -1;
    const after = dir === 1 ? '$gt' : '$lt';
    // Notices from trusted flaggers (DSA Art. 22) come first: ordered by priority, then by id; the cursor carries both.
    const prioritised = queue === 'notices';
    if (f.cursor) {
      const raw = Buffer.from(f.cursor, 'base64url').toString();
      const bar = raw.indexOf('|');
      if (prioritised && bar > 0) {
        const p = Number(raw.slice(0, bar));
        const id = raw.slice(bar + 1);
        if (!Number.isInteger(p)) throw badCursor();
        q.$or = [{ priority: { $lt: p } }, { priority: p, _id: { [after]: id } }];
      } else q._id = { [after]: raw };
    }
    const model = (queue === 'notices' ? this.notices : this.appeals) as unknown as Model<{ _id: string; commentId: string; priority?: number }>;
    const rows = await model
      .find(q, { _id: 1, commentId: 1, priority: 1 })
      .sort(prioritised ? { priority: -1, _id: dir } : { _id: dir })
      .limit(f.limit + 1)
      .lean<Array<{ _id: string; commentId: string; priority?: number }>>()
      .exec();
    const page = rows.slice(0, f.limit);
    // Cases carry no site: a case is the site's when its comment is (cards of other sites' comments are left out).
    const docs = await this.comments
      .find({ _id: { $in: page.map((r) => new Types.ObjectId(r.commentId)) }, ...this.sites.filter(f.site), ...(f.scope ? { articleId: { $in: f.scope } } : {}) }, CARD_FIELDS)
      .lean<CardDoc[]>()
      .exec();
    const byId = new Map((await this.cards(docs)).map((c) => [c.id, c]));
    const items = page.flatMap((r) => {
      const c = byId.get(r.commentId);
      return c ? [{ ...c, caseId: r._id, ...(prioritised ? { trustedFlagger: (r.priority ?? 0) > 0 } : {}) }] : [];
    });
    const last = page[page.length - 1];
    const cursorOf = (r: { _id: string; priority?: number }) => Buffer.from(prioritised ? `${r.priority ?? 0}|${r._id}` : r._id).toString('base64url');
    return { queue, items, nextCursor: rows.length > f.limit && last ? cursorOf(last) : null };
  }

  /** Cards with the full rule reasons (offsets) and current claims. */
  private async cards(rows: CardDoc[]): Promise<CommentCard[]> {
    const ids = rows.map((r) => r._id.toString());
    const [claims, hits] = await Promise.all([
      this.claims.activeFor(ids),
      rows.length ? this.ruleHits.find({ _id: { $in: rows.map((r) => `${r._id.toString()}:${r.revision}`) } }).lean<RuleHits[]>().exec() : [],
    ]);
    const hitsById = new Map(hits.map((h) => [h.commentId, h]));
    return rows.map((r) => {
      const id = r._id.toString();
      const h = hitsById.get(id);
      const stored = r.reasons ?? [];
      // The rule hits carry offsets; once a moderator decided, the comment's own reasons are theirs.
      const reasons = h && h.revision === r.revision && !stored.some((s) => String(s.ruleId).startsWith('moderator:')) ? h.reasons : stored;
      return {
        id,
        articleId: hostArticleId(r.articleId),
        authorId: r.authorId,
        authorName: r.authorName,
        parentId: r.parentId ?? null,
        body: r.body,
        status: r.status,
        revision: r.revision,
        reasons: reasons.map(({ ruleId, category, message, action, excerpt, start, end }) => ({ ruleId, category, message, action, excerpt, start, end })),
        reportCount: r.reportCount ?? 0,
        featured: !!r.featured,
        badges: badgesOfAuthor(r.authorId, r.authorBadges),
        createdAt: new Date(r.createdAt).toISOString(),
        editedAt: r.editedAt ? new Date(r.editedAt).toISOString() : null,
        decidedBy: r.modDecidedBy ?? null,
        reasonCode: r.modReasonCode ?? null,
        claim: claims.get(id) ?? null,
      };
    });
  }

  /**
   * Items in every queue, all counted at once: each comment queue's own filter (COMMENT_QUEUES)
   * and the open cases, each with the count command over the queue's index (mod_*__scalar,
   * notices_status__scalar, appeals_status__scalar), so no count reads the comments themselves.
   */
  private async countAll(site: string, keys: string[] | null): Promise<Record<QueueName, number>> {
    const scope = { ...this.sites.filter(site), ...(keys ? { articleId: { $in: keys } } : {}) };
    const counted = await Promise.all([
      ...(Object.entries(COMMENT_QUEUES) as Array<[QueueName, Record<string, unknown>]>).map(async ([queue, filter]) => [queue, await countMatching(this.comments, { ...filter, ...scope })] as const),
      this.openCases(this.notices, site, keys).then((n) => ['notices', n] as const),
      this.openCases(this.appeals, site, keys).then((n) => ['appeals', n] as const),
    ]);
    return Object.fromEntries(counted) as Record<QueueName, number>;
  }

  /**
   * Open notices or appeals of a site. With one site, an index count; with several, cases carry
   * no site of their own, so the open ones' comments are counted on the site.
   */
  private async openCases(model: Model<Notice> | Model<Appeal>, site: string, scope: string[] | null): Promise<number> {
    const m = model as unknown as Model<{ commentId?: string | null }>;
    if (scope) return countMatching(m, { status: 'open', articleId: { $in: scope } });
    if (!this.sites.multiSite) return countMatching(m, { status: 'open' });
    const open = await m.find({ status: 'open', commentId: { $type: 'string' } }, { commentId: 1 }).limit(100_000).lean<Array<{ commentId: string }>>().exec();
    const ids = [...new Set(open.map((c) => c.commentId).filter((id) => Types.ObjectId.isValid(id)))];
    const mine = new Set((await this.comments.find({ _id: { $in: ids.map((id) => new Types.ObjectId(id)) }, ...this.sites.filter(site) }, { _id: 1 }).lean<Array<{ _id: Types.ObjectId }>>().exec()).map((c) => c._id.toString()));
    return open.filter((c) => mine.has(c.commentId)).length;
  }

  /** Newest item id per comment queue (for the live stream: a change means new items). */
  async heads(site: string, scope: string[] | null = null): Promise<Record<string, string | null>> {
    const entries = await Promise.all(
      (['flagged', 'pending', 'reported'] as const).map(async (queue) => {
        const top = await this.comments.findOne({ ...COMMENT_QUEUES[queue]!, ...this.sites.filter(site), ...(scope ? { articleId: { $in: scope } } : {}) }, { _id: 1 }).sort({ _id: -1 }).lean<{ _id: Types.ObjectId }>().exec();
        return [queue, top?._id.toString() ?? null] as const;
      }),
    );
    return Object.fromEntries(entries);
  }

  /** Everything a moderator needs to decide one comment. */
  async context(id: string): Promise<{
    comment: CommentCard;
    article: { id: string; title: string | null; url: string | null; section: string | null } | null;
    parent: { id: string; authorId: string; authorName: string; body: string; status: string } | null;
    author: { id: string; counts: Record<string, number> };
    reports: Array<{ reporterId: string; reason: string; text: string | null; createdAt: string }>;
    notices: ReturnType<typeof toNoticeView>[];
    appeals: Array<{ id: string; status: string; explanation: string; outcome: string | null; createdAt: string }>;
    statementOfReasons: Record<string, unknown> | null;
    audit: AuditView[];
  }> {
    const doc = await this.comments.findById(id, { ...CARD_FIELDS, modStatement: 1 }).lean<CardDoc & { modStatement?: Record<string, unknown> | null }>().exec();
    if (!doc) throw new ProblemException(404, 'comment-not-found', 'Comment not found', `No comment with id ${id}`);
    const [card] = await this.cards([doc]);
    const [article, parent, counts, reports, notices, appeals, audit] = await Promise.all([
      this.articles.findById(doc.articleId, { title: 1, url: 1, section: 1 }).lean<Article>().exec(),
      doc.parentId ? this.comments.findById(doc.parentId, { authorId: 1, authorName: 1, body: 1, status: 1 }).lean<CardDoc>().exec() : null,
      this.authorCounts(doc.authorId),
      this.reports.find({ commentId: id }, { reporterId: 1, reason: 1, text: 1, createdAt: 1 }).sort({ createdAt: -1 }).limit(50).lean<Array<ReportRef & { text?: string | null }>>().exec(),
      this.notices.find({ commentId: id }, { outbox: 0 }).lean<Notice[]>().exec(),
      this.appeals.find({ commentId: id }, { outbox: 0 }).lean<Appeal[]>().exec(),
      this.audit.list({ commentId: id }, 100),
    ]);
    return {
      comment: card!,
      article: article ? { id: hostArticleId(article._id), title: article.title ?? null, url: article.url ?? null, section: article.section ?? null } : null,
      parent: parent ? { id: parent._id.toString(), authorId: parent.authorId, authorName: parent.authorName, body: parent.body, status: parent.status } : null,
      author: { id: doc.authorId, counts },
      reports: reports.map((r) => ({ reporterId: r.reporterId, reason: r.reason, text: r.text ?? null, createdAt: new Date(r.createdAt).toISOString() })),
      notices: notices.map(toNoticeView),
      appeals: appeals.map((a) => ({ id: a._id, status: a.status, explanation: a.explanation, outcome: a.outcome ?? null, createdAt: new Date(a.createdAt).toISOString() })),
      statementOfReasons: doc.modStatement ?? null,
      audit: audit.items,
    };
  }

  /** A user's comments by status (index counts over mod_status_author__scalar). */
  async authorCounts(authorId: string): Promise<Record<string, number>> {
    const statuses = ['pending', 'approved', 'flagged', 'rejected', 'removed', 'deleted'];
    const counts = await Promise.all(statuses.map((status) => countMatching(this.comments, { authorId, status })));
    return Object.fromEntries(statuses.map((s, i) => [s, counts[i]!]));
  }
}
