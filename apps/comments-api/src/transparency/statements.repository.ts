import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model } from 'mongoose';
import { StatementIssuedV1 } from '@parley/contracts';
import { ProblemException } from '@parley/platform';
import { StatementRecord, Submission } from './statement-record.schema';

const DUPLICATE_KEY = 11000;

/** Position in the export: decision time, then PUID (both immutable). */
interface ExportKey {
  at: Date;
  puid: string;
}

export function encodeExportCursor(k: ExportKey): string {
  return Buffer.from(`s1:${k.at.getTime()}:${k.puid}`).toString('base64url');
}

export function decodeExportCursor(cursor: string): ExportKey {
  const m = /^s1:(\d{1,15}):([A-Za-z0-9_-]{1,500})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) {
    throw new ProblemException(400, 'invalid-cursor', 'Invalid cursor', 'cursor must be a nextCursor value returned by this export', {
      errors: [{ field: 'cursor', message: 'is not a cursor this export issued' }],
    });
  }
  return { at: new Date(Number(m[1])), puid: m[2]! };
}

/**
 * The append-only collection of statements of reasons. `append` inserts once per decision
 * (a redelivered event hits the unique keys and changes nothing); nothing is ever overwritten.
 */
@Injectable()
export class StatementsRepository {
  constructor(@InjectModel(StatementRecord.name) readonly model: Model<StatementRecord>) {}

  /** Appends the statement of one decision; false when it was already there (redelivery). */
  async append(e: StatementIssuedV1, recordedAt = new Date()): Promise<boolean> {
    const decidedAt = new Date(e.decidedAt);
    // A reversal names the restriction it reverses: the subject's latest restriction before it.
    let reverses: string | null = null;
    if (e.action === 'restore' || e.action === 'lift') {
      const filter: FilterQuery<StatementRecord> = e.subject === 'content' ? { commentId: e.commentId } : { userId: e.userId, subject: 'account' };
      const prev = await this.model
        .findOne({ ...filter, action: { $nin: ['restore', 'lift'] }, decidedAt: { $lte: decidedAt } }, { _id: 1 })
        .sort({ decidedAt: -1 })
        .lean<{ _id: string }>()
        .exec();
      reverses = prev?._id ?? null;
    }
    const submission: Submission = {
      state: e.submit ? 'pending' : 'not-submitted',
      attempts: 0,
      nextAttemptAt: e.submit ? recordedAt : null,
      lastError: null,
      errors: null,
      acceptedAt: null,
      databaseUuid: null,
      databaseId: null,
      alreadyKnown: false,
    };
    const statement = reverses ? { ...e.statement, reverses } : e.statement;
    try {
      await this.model.collection.insertOne({
        _id: e.puid as never,
        decisionId: e.decisionId,
        subject: e.subject,
        commentId: e.commentId,
        userId: e.userId,
        action: e.action,
        automated: e.automated,
        decidedAt,
        recordedAt,
        reverses,
        statement,
        submission,
      });
      return true;
    } catch (err) {
      if ((err as { code?: number }).code === DUPLICATE_KEY) return false;
      throw err;
    }
  }

  /** One page of the export, oldest decision first, after the cursor. */
  async page(opts: { from?: Date; to?: Date; cursor?: string; limit: number; commentId?: string; userId?: string }) {
    const filter: FilterQuery<StatementRecord> = {};
    const range: Record<string, Date> = {};
    if (opts.from) range.$gte = opts.from;
    if (opts.to) range.$lt = opts.to;
    if (Object.keys(range).length) filter.decidedAt = range;
    if (opts.commentId) filter.commentId = opts.commentId;
    if (opts.userId) filter.userId = opts.userId;
    if (opts.cursor) {
      const k = decodeExportCursor(opts.cursor);
      filter.$or = [{ decidedAt: { $gt: k.at } }, { decidedAt: k.at, _id: { $gt: k.puid } }];
    }
    const rows = await this.model.find(filter).sort({ decidedAt: 1, _id: 1 }).limit(opts.limit + 1).lean<StatementRecord[]>().exec();
    const more = rows.length > opts.limit;
    const items = rows.slice(0, opts.limit);
    const last = items[items.length - 1];
    return { items, nextCursor: more && last ? encodeExportCursor({ at: new Date(last.decidedAt), puid: last._id }) : null };
  }
}

/** The API view of a stored statement. */
export function toStatementView(r: StatementRecord) {
  return {
    puid: r._id,
    decisionId: r.decisionId,
    subject: r.subject,
    commentId: r.commentId,
    userId: r.userId,
    action: r.action,
    automated: r.automated,
    decidedAt: new Date(r.decidedAt).toISOString(),
    reverses: r.reverses ?? null,
    submission: {
      state: r.submission.state,
      attempts: r.submission.attempts,
      nextAttemptAt: r.submission.nextAttemptAt ? new Date(r.submission.nextAttemptAt).toISOString() : null,
      lastError: r.submission.lastError,
      errors: r.submission.errors,
      acceptedAt: r.submission.acceptedAt ? new Date(r.submission.acceptedAt).toISOString() : null,
      databaseUuid: r.submission.databaseUuid,
      databaseId: r.submission.databaseId,
      alreadyKnown: r.submission.alreadyKnown,
    },
    statement: r.statement,
  };
}
