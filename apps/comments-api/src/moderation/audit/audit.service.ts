import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { DEFAULT_SITE_ID, InsertBatcher, siteField, siteOfArticleKey } from '@parley/platform';
import { SiteScope } from '../../sites/site-scope';
import { AuditEntry } from './audit-entry.schema';

const DUPLICATE_KEY = 11000;

export interface AuditRecord {
  /** The site the action concerns; unset: the site of the article key, else of the user or the actor (site-scoped ids). */
  site?: string;
  id?: string;
  at?: Date;
  actor: string;
  automated: boolean;
  action: string;
  commentId?: string | null;
  userId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  note?: string | null;
  /** Decisions on comments (analytics): the article, the rules that gave reasons, the wait in a queue. */
  articleId?: string | null;
  ruleIds?: string[];
  waitMs?: number | null;
}

export interface AuditView {
  id: string;
  at: string;
  actor: string;
  automated: boolean;
  action: string;
  commentId: string | null;
  userId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  note: string | null;
}

export interface AuditFilter {
  /** Only this site's entries (unset: every site, for internal reads already scoped by comment or user). */
  site?: string;
  commentId?: string;
  userId?: string;
  actor?: string;
  from?: Date;
  to?: Date;
}

export function toAuditView(e: AuditEntry): AuditView {
  return {
    id: e._id,
    at: new Date(e.at).toISOString(),
    actor: e.actor,
    automated: e.automated,
    action: e.action,
    commentId: e.commentId ?? null,
    userId: e.userId ?? null,
    before: e.before ?? null,
    after: e.after ?? null,
    note: e.note ?? null,
  };
}

/** The audit trail: every moderation action, automated or human, with before and after. */
@Injectable()
export class AuditService {
  /** Entries are written by group commit: concurrent records share one insertMany. */
  private readonly inserts: InsertBatcher<AuditEntry>;

  constructor(
    @InjectModel(AuditEntry.name) private readonly entries: Model<AuditEntry>,
    private readonly sites: SiteScope,
  ) {
    this.inserts = new InsertBatcher<AuditEntry>((docs) => this.entries.collection.insertMany(docs as never[], { ordered: false }), 100);
  }

  /** Idempotent by id: recording the same action (same event id) twice keeps one entry. */
  /** Records an action once: an entry with this id (a redelivered event's) is left as it is. */
  async record(r: AuditRecord): Promise<void> {
    const id = r.id ?? randomUUID();
    const at = r.at ?? new Date();
    const entry: AuditEntry = {
      _id: id,
      ...siteField(this.siteOf(r)),
      at,
      actor: r.actor,
      automated: r.automated,
      action: r.action,
      commentId: r.commentId ?? null,
      userId: r.userId ?? null,
      before: r.before ?? null,
      after: r.after ?? null,
      note: r.note ?? null,
      seq: `${at.toISOString()}_${id}`,
      ...(r.articleId ? { articleId: r.articleId } : {}),
      ...(r.ruleIds ? { ruleIds: r.ruleIds } : {}),
      ...(typeof r.waitMs === 'number' ? { waitMs: r.waitMs } : {}),
    };
    await this.inserts.insert(entry).catch((err: { code?: number }) => {
      if (err.code !== DUPLICATE_KEY) throw err;
    });
  }

  /** The site of an entry: given, or read from the article key, the user's id or the actor's id. */
  private siteOf(r: AuditRecord): string {
    if (r.site) return r.site;
    if (r.articleId) return siteOfArticleKey(r.articleId);
    for (const id of [r.userId, r.actor]) {
      const site = id ? this.sites.siteOfKey(id) : DEFAULT_SITE_ID;
      if (site !== DEFAULT_SITE_ID) return site;
    }
    return DEFAULT_SITE_ID;
  }

  private query(f: AuditFilter, after?: string): Record<string, unknown> {
    const q: Record<string, unknown> = f.site ? { ...this.sites.filter(f.site) } : {};
    if (f.commentId) q.commentId = f.commentId;
    if (f.userId) q.userId = f.userId;
    if (f.actor) q.actor = f.actor;
    const seq: Record<string, string> = {};
    if (f.from) seq.$gte = f.from.toISOString();
    if (f.to) seq.$lt = f.to.toISOString();
    if (after) seq.$gt = after;
    if (Object.keys(seq).length) q.seq = seq;
    return q;
  }

  /** Oldest first; `cursor` is the last entry's `seq`. */
  async list(f: AuditFilter, limit: number, cursor?: string): Promise<{ items: AuditView[]; nextCursor: string | null }> {
    const rows = await this.entries
      .find(this.query(f, cursor ? Buffer.from(cursor, 'base64url').toString() : undefined))
      .sort({ seq: 1 })
      .limit(limit + 1)
      .lean<AuditEntry[]>()
      .exec();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items: items.map(toAuditView), nextCursor: rows.length > limit && last ? Buffer.from(last.seq).toString('base64url') : null };
  }

  /** The comments a ban's sweep rejected or removed (its `ban.reject-comment` entries), so that overturning the ban can restore them. */
  async commentsSweptByBan(userId: string, sanctionId: string): Promise<string[]> {
    const rows = await this.entries.find({ userId, action: 'ban.reject-comment', note: `ban ${sanctionId}` }, { commentId: 1 }).limit(10_000).lean<Array<Pick<AuditEntry, 'commentId'>>>().exec();
    return [...new Set(rows.map((r) => r.commentId).filter((id): id is string => !!id))];
  }

  /** Every matching entry, oldest first, in pages of 500 (for JSON-lines export). */
  async *all(f: AuditFilter): AsyncGenerator<AuditView> {
    let after: string | undefined;
    for (;;) {
      const rows = await this.entries.find(this.query(f, after)).sort({ seq: 1 }).limit(500).lean<AuditEntry[]>().exec();
      for (const r of rows) yield toAuditView(r);
      if (rows.length < 500) return;
      after = rows[rows.length - 1]!.seq;
    }
  }
}
