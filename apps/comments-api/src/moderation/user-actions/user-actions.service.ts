import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { EventTypes, RestrictionKind, RestrictionStatementV1, SanctionKind, Topics, UserSanctionedV1 } from '@parley/contracts';
import { appendEvents, KafkaNames, OutboxRelay } from '@parley/messaging';
import { AuthenticatedUser, JwtVerifier, ProblemException, hostArticleId } from '@parley/platform';
import { RestrictionsService } from '../../restrictions/restrictions.service';
import { AuditService } from '../audit/audit.service';
import { DecisionsService } from '../decisions/decisions.service';
import { QueuesService } from '../queues/queues.service';
import { ReportRef } from '../notices/notice.schema';
import { CommentsRepository } from '../../comments/comments.repository';
import { premoderationHoldApplies } from '../../comments/comment-transitions';
import { Comment } from '../../comments/schemas/comment.schema';
import { ModerationConfig } from '../shared/moderation.config';
import { outboxEntry } from '../../common/outbox-entry';
import { authorStatement, categoryOfCode, moderatorReason } from '../shared/statement';
import { appealDeadline, ReasonCode } from '../shared/taxonomy';
import { AccountRestriction, accountStatementOfReasons, reversalStatement } from '@parley/moderation-rules';
import { statementIssuedEntry, statementPuid } from '../../transparency/statement-issued';
import { UserAction, UserActionKind, UserNote } from './user-action.schema';
import { Premoderation } from '../../restrictions/premoderation';

import { USER_ACTIONS_RELAY } from './user-actions-store.module';
import { MisuseService } from '../misuse/misuse.service';

export interface UserActionInput {
  kind: UserActionKind;
  reason: string;
  until?: Date;
  durationSeconds?: number;
  rejectComments?: boolean;
  reasonCode?: ReasonCode;
}

const SANCTION_OF: Record<UserActionKind, SanctionKind> = { ban: 'ban', suspend: 'suspension', warn: 'warning', premoderate: 'premoderation' };
const RESTRICTION_OF: Partial<Record<UserActionKind, RestrictionKind>> = { ban: 'account-banned', suspend: 'account-suspended', premoderate: 'account-premoderated' };
const VISIBLE = ['approved', 'pending', 'flagged'];
/** Actions that restrict the account, as the Transparency Database statement names them (a warning restricts nothing). */
const ACCOUNT_RESTRICTION_OF: Record<UserActionKind, AccountRestriction | null> = { ban: 'ban', suspend: 'suspension', premoderate: 'premoderation', warn: null };

export const toActionView = (a: UserAction) => ({
  id: a._id,
  userId: a.userId,
  kind: a.kind,
  reason: a.reason,
  until: a.until ? new Date(a.until).toISOString() : null,
  rejectComments: a.rejectComments,
  issuedBy: a.issuedBy,
  issuedAt: new Date(a.issuedAt).toISOString(),
  liftedAt: a.liftedAt ? new Date(a.liftedAt).toISOString() : null,
  liftedBy: a.liftedBy ?? null,
  swept: a.swept ?? 0,
  scope: a.scope ?? 'account',
  statement: a.statement ?? null,
});

/** Ban, suspend, premoderate, warn, lift; notes; a user's moderation history. */
@Injectable()
export class UserActionsService {
  private readonly logger = new Logger(UserActionsService.name);

  constructor(
    @InjectModel(UserAction.name) private readonly actions: Model<UserAction>,
    @InjectModel(UserNote.name) private readonly notes: Model<UserNote>,
    @InjectModel(Comment.name) private readonly comments: Model<Comment>,
    @InjectModel(ReportRef.name) private readonly reports: Model<ReportRef>,
    @Inject(USER_ACTIONS_RELAY) private readonly relay: OutboxRelay,
    private readonly names: KafkaNames,
    private readonly restrictions: RestrictionsService,
    private readonly decisions: DecisionsService,
    private readonly queues: QueuesService,
    private readonly store: CommentsRepository,
    private readonly audit: AuditService,
    private readonly config: ModerationConfig,
    private readonly sites: JwtVerifier,
    private readonly misuse: MisuseService,
    private readonly premoderation: Premoderation,
  ) {}

  async act(userId: string, input: UserActionInput, mod: AuthenticatedUser) {
    if (userId === mod.id) throw new ProblemException(422, 'own-account', 'Cannot sanction yourself', 'Moderators cannot take actions on their own account');
    const now = new Date();
    let until: Date | null = null;
    if (input.kind === 'suspend') {
      until = input.until ?? (input.durationSeconds ? new Date(now.getTime() + input.durationSeconds * 1000) : null);
      if (!until) throw new ProblemException(400, 'bad-request', 'Bad Request', 'A suspension needs until or durationSeconds', { errors: [{ field: 'durationSeconds', message: 'until or durationSeconds is required for suspend' }] });
      if (until <= now) throw new ProblemException(400, 'bad-request', 'Bad Request', 'until must be in the future', { errors: [{ field: 'until', message: 'must be in the future' }] });
    }
    if (input.rejectComments && input.kind !== 'ban') {
      throw new ProblemException(400, 'bad-request', 'Bad Request', 'rejectComments is only for bans', { errors: [{ field: 'rejectComments', message: 'is only accepted with kind ban' }] });
    }
    const before = await this.standing(userId);
    if (input.kind === 'ban') await this.restrictions.set(userId, { kind: 'ban', reason: input.reason, until: null }, mod);
    if (input.kind === 'suspend') await this.restrictions.set(userId, { kind: 'suspension', reason: input.reason, until }, mod);
    if (input.kind === 'premoderate') {
      await this.premoderation.start(userId, mod.id, now);
    }
    const id = randomUUID();
    const sanction = SANCTION_OF[input.kind];
    const restriction = RESTRICTION_OF[input.kind];
    const statement = restriction
      ? authorStatement({
          id: `account-${userId}-${id}`.replace(/[^A-Za-z0-9_-]/g, '-'),
          restriction,
          commentId: null,
          decidedAt: now,
          until,
          reasons: [{ ruleId: `moderator:${input.kind}`, category: input.reasonCode ? categoryOfCode(input.reasonCode) : 'author', message: input.reason }],
          source: 'own-initiative',
          automatedDetection: false,
          facts: null,
          appealable: true,
          appealDeadline: appealDeadline(now),
          info: this.config.dsa,
        })
      : null;
    const events = [this.sanctionEvent(id, userId, sanction, until, input.reason, mod.id, now, statement)];
    const accountRestriction = ACCOUNT_RESTRICTION_OF[input.kind];
    if (accountRestriction) events.push(this.accountStatementEvent(id, userId, accountRestriction, until, input.reasonCode ?? null, now));
    await this.actions.create({
      _id: id,
      userId,
      kind: input.kind,
      reason: input.reason,
      until,
      rejectComments: !!input.rejectComments,
      reasonCode: input.reasonCode ?? null,
      statement,
      issuedBy: mod.id,
      issuedAt: now,
      // Premoderation sends no message today: the user is informed when they learn of it; the window runs from the action then.
      informedAt: sanction ? now : null,
      outbox: events,
      outboxPending: events.length > 0,
      outboxSeq: events.length,
    });
    if (events.length) this.relay.kick();
    await this.audit.record({ actor: mod.id, automated: false, action: `user.${input.kind}`, userId, before, after: { ...(await this.standing(userId)), actionId: id, reason: input.reason, rejectComments: !!input.rejectComments } });
    return toActionView((await this.actions.findById(id, { outbox: 0 }).lean<UserAction>().exec())!);
  }

  /** The statement of reasons (DSA Art. 17) of an account restriction, in the action's outbox. */
  private accountStatementEvent(id: string, userId: string, restriction: AccountRestriction, until: Date | null, code: ReasonCode | null, at: Date) {
    const reason = code ? moderatorReason(code) : null;
    const statement = accountStatementOfReasons({
      restriction,
      puid: statementPuid({ subject: 'account', userId, decisionId: id }),
      decidedAt: at,
      until,
      category: reason?.category ?? 'author',
      explanation: reason?.message ?? 'The account does not comply with the terms of use.',
      illegal: code === 'illegal_content' ? { legalGround: 'Illegal content under applicable law (moderator finding)', explanation: reason!.message } : undefined,
    });
    return statementIssuedEntry(this.names, { decisionId: id, subject: 'account', userId, action: restriction, automated: false, decidedAt: at, statement });
  }

  private sanctionEvent(sanctionId: string, userId: string, kind: SanctionKind, until: Date | null, reason: string, by: string, at: Date, statement: RestrictionStatementV1 | null = null) {
    const data: UserSanctionedV1 = { sanctionId, userId, kind, until: until ? until.toISOString() : null, reason: reason.slice(0, 2000), issuedBy: by, issuedAt: at.toISOString(), ...(statement ? { statement } : {}) };
    return outboxEntry(this.names.topic(Topics.Users), userId, EventTypes.UserSanctioned, data, at, sanctionId);
  }

  /** Lifts a ban, suspension or premoderation (a warning cannot be lifted). */
  async lift(userId: string, kind: UserActionKind, mod: AuthenticatedUser) {
    if (kind === 'warn') throw new ProblemException(409, 'not-liftable', 'Warnings cannot be lifted', 'A warning is a message; there is nothing to lift');
    const before = await this.standing(userId);
    const now = new Date();
    if (kind === 'premoderate') {
      if (!(await this.premoderation.end(userId, mod.id, now))) throw new ProblemException(404, 'not-premoderated', 'Not premoderated', `User ${userId} is not premoderated`);
    } else {
      const r = await this.restrictions.get(userId);
      const want = kind === 'ban' ? 'ban' : 'suspension';
      if (!r || r.kind !== want) throw new ProblemException(404, 'restriction-not-found', 'No such restriction', `User ${userId} has no ${want}`);
      await this.restrictions.lift(userId);
    }
    const open = await this.actions.findOne({ userId, kind, liftedAt: null }, { _id: 1 }).sort({ issuedAt: -1 }).lean<{ _id: string }>().exec();
    const id = randomUUID();
    const events = kind === 'premoderate' ? [] : [this.sanctionEvent(id, userId, 'lifted', null, `${kind} lifted`, mod.id, now)];
    const what = `A moderator lifted the ${ACCOUNT_RESTRICTION_OF[kind]} of the account.`;
    events.push(statementIssuedEntry(this.names, { decisionId: id, subject: 'account', userId, action: 'lift', automated: false, decidedAt: now, statement: reversalStatement({ puid: statementPuid({ subject: 'account', userId, decisionId: id }), decidedAt: now, what }) }));
    if (open) {
      const ev = appendEvents(events);
      await this.actions.updateOne({ _id: open._id }, { $set: { liftedAt: now, liftedBy: mod.id, ...ev.set }, $push: ev.push, $inc: ev.inc }).exec();
    } else {
      await this.actions.create({ _id: id, userId, kind, reason: `${kind} lifted`, issuedBy: mod.id, issuedAt: now, liftedAt: now, liftedBy: mod.id, outbox: events, outboxPending: true, outboxSeq: events.length });
    }
    if (events.length) this.relay.kick();
    await this.audit.record({ actor: mod.id, automated: false, action: `user.lift-${kind}`, userId, before, after: await this.standing(userId) });
    return this.standing(userId);
  }

  async findAction(id: string): Promise<UserAction | null> {
    return this.actions.findById(id, { outbox: 0 }).lean<UserAction>().exec();
  }

  /** A user's own view of the decisions on their account, newest first, with the complaint deadline of each. */
  async decisionsOn(userId: string) {
    const rows = await this.actions.find({ userId }, { outbox: 0 }).sort({ issuedAt: -1 }).limit(100).lean<UserAction[]>().exec();
    return rows.map((a) => {
      const view = toActionView(a);
      const appealable = a.kind !== 'warn' && !a.liftedAt;
      return { ...view, informedAt: a.informedAt ? new Date(a.informedAt).toISOString() : null, appealable, appealDeadline: appealable ? appealDeadline(new Date(a.informedAt ?? a.issuedAt)).toISOString() : null };
    });
  }

  /**
   * The restrictions of the account in force now (ban or suspension, and premoderation), each
   * with the action that imposed it and its statement of reasons (DSA Art. 17). A ban or
   * suspension set without a moderator action (the older restriction endpoint) has no statement.
   */
  async restrictionsInForce(userId: string): Promise<Array<{ kind: 'ban' | 'suspend' | 'premoderate'; action: UserAction | null; reason: string; until: Date | null }>> {
    const [r, premoderated] = await Promise.all([this.restrictions.get(userId), this.premoderation.isPremoderated(userId)]);
    const kinds: Array<'ban' | 'suspend' | 'premoderate'> = [];
    if (r && (!r.until || new Date(r.until) > new Date())) kinds.push(r.kind === 'ban' ? 'ban' : 'suspend');
    if (premoderated) kinds.push('premoderate');
    if (!kinds.length) return [];
    const actions = await this.actions
      .find({ userId, kind: { $in: kinds }, liftedAt: null }, { outbox: 0 })
      .sort({ issuedAt: -1 })
      .limit(20)
      .lean<UserAction[]>()
      .exec();
    return kinds.map((kind) => {
      const action = actions.find((a) => a.kind === kind && (a.scope ?? 'account') === 'account') ?? null;
      if (kind === 'premoderate') return { kind, action, reason: action?.reason ?? '', until: null };
      return { kind, action, reason: r!.reason, until: r!.until ? new Date(r!.until) : null };
    });
  }

  /**
   * Lifts the restriction one action imposed, when it is still in force (an appeal overturned
   * it): the normal lift, with its event. Null when nothing was left to lift (lifted, expired or replaced).
   */
  async liftAction(actionId: string, mod: AuthenticatedUser, note: string) {
    const a = await this.findAction(actionId);
    if (!a || a.liftedAt || a.kind === 'warn') return null;
    if (a.scope === 'notices') {
      // A suspension of notice handling (DSA Art. 23(2)) is the misuse policy's own restriction.
      const standing = await this.misuse.liftNoticesSuspension(a, mod);
      return standing;
    }
    if (a.kind === 'premoderate') {
      if (!(await this.premoderation.isPremoderated(a.userId))) return null;
    } else {
      const r = await this.restrictions.get(a.userId);
      const want = a.kind === 'ban' ? 'ban' : 'suspension';
      if (!r || r.kind !== want || (r.until && new Date(r.until) <= new Date())) return null;
    }
    const standing = await this.lift(a.userId, a.kind, mod);
    await this.actions.updateOne({ _id: actionId, liftedAt: null }, { $set: { liftedAt: new Date(), liftedBy: mod.id } }).exec();
    this.logger.log({ actionId, userId: a.userId, kind: a.kind, note }, 'account decision reversed');
    return standing;
  }

  async standing(userId: string) {
    const [r, f] = await Promise.all([this.restrictions.get(userId), this.premoderation.flagsOf(userId)]);
    const active = r && (!r.until || new Date(r.until) > new Date());
    return {
      banned: !!active && r!.kind === 'ban',
      suspendedUntil: active && r!.kind === 'suspension' && r!.until ? new Date(r!.until).toISOString() : null,
      premoderated: !!f?.premoderated,
    };
  }


  async addNote(userId: string, text: string, mod: AuthenticatedUser) {
    const note = { _id: randomUUID(), userId, authorId: mod.id, text, createdAt: new Date() };
    await this.notes.create(note);
    await this.audit.record({ actor: mod.id, automated: false, action: 'user.note', userId, after: { noteId: note._id } });
    return { id: note._id, userId, authorId: mod.id, text, createdAt: note.createdAt.toISOString() };
  }

  /** Counts by status, recent comments, reports made and received, notes, actions. */
  async history(userId: string) {
    const [standing, counts, recent, made, actions, notes] = await Promise.all([
      this.standing(userId),
      this.queues.authorCounts(userId),
      this.comments
        .find({ authorId: userId }, { articleId: 1, body: 1, status: 1, revision: 1, reportCount: 1, createdAt: 1 })
        .sort({ _id: -1 })
        .limit(20)
        .lean<Array<Pick<Comment, '_id' | 'articleId' | 'body' | 'status' | 'revision' | 'reportCount' | 'createdAt'>>>()
        .exec(),
      this.reports.find({ reporterId: userId }, { commentId: 1, reason: 1, createdAt: 1 }).sort({ createdAt: -1 }).limit(20).lean<ReportRef[]>().exec(),
      this.actions.find({ userId }, { outbox: 0 }).sort({ issuedAt: -1 }).limit(50).lean<UserAction[]>().exec(),
      this.notes.find({ userId }).sort({ createdAt: -1 }).limit(50).lean<UserNote[]>().exec(),
    ]);
    const received = recent.length
      ? await this.reports.find({ commentId: { $in: recent.map((c) => c._id.toString()) } }, { commentId: 1, reporterId: 1, reason: 1, createdAt: 1 }).sort({ createdAt: -1 }).limit(50).lean<ReportRef[]>().exec()
      : [];
    return {
      userId,
      ...standing,
      counts,
      misuse: await this.misuse.summary(userId),
      recentComments: recent.map((c) => ({ id: c._id.toString(), articleId: hostArticleId(c.articleId), body: c.body, status: c.status, revision: c.revision, reportCount: c.reportCount ?? 0, createdAt: new Date(c.createdAt).toISOString() })),
      reportsMade: made.map((r) => ({ commentId: r.commentId, reason: r.reason, createdAt: new Date(r.createdAt).toISOString() })),
      reportsReceived: received.map((r) => ({ commentId: r.commentId, reporterId: r.reporterId, reason: r.reason, createdAt: new Date(r.createdAt).toISOString() })),
      actions: actions.map(toActionView),
      notes: notes.map((n) => ({ id: n._id, authorId: n.authorId, text: n.text, createdAt: new Date(n.createdAt).toISOString() })),
    };
  }

  /**
   * The ban sweep (from parley.user.sanctioned.v1): rejects the user's visible comments in
   * batches. Idempotent: a comment already rejected or removed is no longer visible, so a
   * redelivered event only finishes what is left.
   */
  async sweepBan(sanctionId: string): Promise<number> {
    const action = await this.actions.findById(sanctionId, { outbox: 0 }).lean<UserAction>().exec();
    if (!action || action.kind !== 'ban' || !action.rejectComments || action.liftedAt) return 0;
    const actor = { id: action.issuedBy, site: this.sites.siteOfKey(action.userId), name: action.issuedBy, roles: ['moderator' as const] };
    const sweep = { sanctionId, banReason: action.reason, reasonCode: (action.reasonCode as ReasonCode | null) ?? null };
    let total = 0;
    for (;;) {
      const batch = await this.comments
        .find({ authorId: action.userId, status: { $in: VISIBLE } }, { _id: 1, revision: 1 })
        .sort({ _id: 1 })
        .limit(this.config.banBatchSize)
        .lean<Array<{ _id: Types.ObjectId; revision: number }>>()
        .exec();
      if (!batch.length) break;
      let progressed = 0;
      for (const c of batch) {
        try {
          await this.decisions.decide(c._id.toString(), { action: 'reject', revision: c.revision, note: `ban ${sanctionId}` }, actor, { ignoreClaims: true, auditAction: 'ban.reject-comment', sweep });
          progressed++;
        } catch (err) {
          if (!(err instanceof ProblemException) || err.status !== 409) throw err;
          // Edited or decided meanwhile: the next batch reads it again at its new state.
        }
      }
      total += progressed;
      await this.actions.updateOne({ _id: sanctionId }, { $inc: { swept: progressed }, $set: { sweptAt: new Date() } }).exec();
      if (!progressed) break;
    }
    this.logger.log({ sanctionId, userId: action.userId, rejected: total }, 'ban sweep done');
    return total;
  }

  /**
   * Always-premoderate: holds a new revision of a premoderated user's comment for review, as a
   * moderator decision on that revision (so the rules engine's decision cannot publish it).
   */
  async holdIfPremoderated(commentId: string, revision: number, authorId: string): Promise<boolean> {
    if (!(await this.premoderation.isPremoderated(authorId))) return false;
    const decidedAt = new Date();
    const eventId = randomUUID();
    const done = await this.store
      .change(commentId, revision, (prev) => (premoderationHoldApplies(prev, revision) ? this.premoderation.hold(prev, commentId, revision, decidedAt, eventId) : null))
      .catch((err) => {
        if (err instanceof ProblemException && (err.status === 409 || err.status === 404)) return null;
        throw err;
      });
    if (done) await this.audit.record({ id: eventId, at: decidedAt, actor: 'premoderation', automated: true, action: 'premoderation.hold', commentId, userId: authorId, before: { status: done.prev.status }, after: { status: 'flagged', revision }, articleId: done.prev.articleId });
    return !!done;
  }
}
