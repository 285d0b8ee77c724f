import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { EventTypes, Topics, UserSanctionedV1 } from '@parley/contracts';
import { KafkaNames, OutboxRelay } from '@parley/messaging';
import { accountStatementOfReasons, misusePeriodStart, misuseStatement, MisuseStep, MisuseTrack, nextMisuseStep, redressInformation } from '@parley/moderation-rules';
import { AuthenticatedUser, JwtVerifier, ProblemException } from '@parley/platform';
import { isActive } from '../../restrictions/restriction.view';
import { RestrictionsService } from '../../restrictions/restrictions.service';
import { AuditService } from '../audit/audit.service';
import { ModerationConfig } from '../shared/moderation.config';
import { outboxEntry } from '../../common/outbox-entry';
import { UserAction } from '../user-actions/user-action.schema';
import { USER_ACTIONS_RELAY } from '../user-actions/user-actions-store.module';
import { statementIssuedEntry, statementPuid } from '../../transparency/statement-issued';
import { MisuseMark, MisuseMarkKind, MisuseStandingDoc } from './misuse.schema';

/** Who issued the policy's warnings and suspensions (any moderator may decide a complaint about them). */
export const MISUSE_POLICY_ACTOR = 'misuse-policy';

const TRACK_OF: Record<MisuseMarkKind, MisuseTrack> = {
  'manifestly-illegal-content': 'content',
  'manifestly-unfounded-notice': 'notices',
  'manifestly-unfounded-complaint': 'notices',
};

export interface MisuseOutcome {
  track: MisuseTrack;
  /** Marks counted within the period, this one included. */
  count: number;
  /** What the policy did: a warning, a suspension (with its user action), or nothing. */
  step: 'warn' | 'suspend' | null;
  until: string | null;
  actionId: string | null;
}

const isDuplicateKey = (err: unknown) => (err as { code?: number })?.code === 11000;
const subjectOf = (userId: string | null | undefined, email: string | null | undefined) => (userId ? `user:${userId}` : email ? `email:${email.toLowerCase()}` : null);

/**
 * Protection against misuse (DSA Art. 23). Moderators mark decisions: a comment manifestly
 * illegal, a notice or a complaint manifestly unfounded. The marks within MISUSE_PERIOD_DAYS
 * are counted per person and track; the policy (`nextMisuseStep`) gives a warning first, then a
 * suspension for MISUSE_SUSPENSION_DAYS: of posting (a restriction, as a moderator's
 * suspension) or of the processing of the person's notices and complaints. Each warning and
 * suspension is a user action with its statement of reasons and a parley.user.sanctioned.v1
 * message (scope `notices` for the latter track); suspensions end by themselves at `until`.
 */
@Injectable()
export class MisuseService {
  private readonly logger = new Logger(MisuseService.name);

  constructor(
    @InjectModel(MisuseMark.name) private readonly marks: Model<MisuseMark>,
    @InjectModel(MisuseStandingDoc.name) private readonly standings: Model<MisuseStandingDoc>,
    @InjectModel(UserAction.name) private readonly actions: Model<UserAction>,
    @Inject(USER_ACTIONS_RELAY) private readonly relay: OutboxRelay,
    private readonly names: KafkaNames,
    private readonly restrictions: RestrictionsService,
    private readonly audit: AuditService,
    private readonly config: ModerationConfig,
    private readonly sites: JwtVerifier,
  ) {}

  /** Records a mark and applies the policy. Null when there is nobody to count it against, or it was counted already. */
  async record(kind: MisuseMarkKind, ref: string, person: { userId?: string | null; email?: string | null }, by: AuthenticatedUser): Promise<MisuseOutcome | null> {
    const subject = subjectOf(person.userId, person.email);
    if (!subject) return null;
    const track = TRACK_OF[kind];
    const now = new Date();
    try {
      await this.marks.create({ _id: `${kind}:${ref}`, subject, track, kind, ref, markedBy: by.id, at: now });
    } catch (err) {
      if (isDuplicateKey(err)) return null;
      throw err;
    }
    const policy = this.config.misuse;
    const periodStart = misusePeriodStart(policy, now);
    const count = await this.marks.countDocuments({ subject, track, at: { $gte: periodStart } }).exec();
    const id = `${track}:${subject}`;
    await this.standings.updateOne({ _id: id }, { $setOnInsert: { subject, track, warnedAt: null, suspendedUntil: null, suspensionActionId: null } }, { upsert: true }).exec().catch((err) => {
      if (!isDuplicateKey(err)) throw err;
    });
    const standing = (await this.standings.findById(id).lean<MisuseStandingDoc>().exec())!;
    const step = nextMisuseStep(policy, track, count, { warnedAt: standing.warnedAt ? new Date(standing.warnedAt) : null, suspendedUntil: standing.suspendedUntil ? new Date(standing.suspendedUntil) : null }, now);
    await this.audit.record({ actor: by.id, automated: false, action: `misuse.${kind}`, userId: person.userId ?? undefined, after: { ref, track, count, step: step?.step ?? null } });
    const outcome: MisuseOutcome = { track, count, step: null, until: null, actionId: null };
    if (!step) return outcome;
    // Each step is taken once: a conditional update on the standing decides which request takes it.
    const taken =
      step.step === 'warn'
        ? await this.standings.updateOne({ _id: id, $or: [{ warnedAt: null }, { warnedAt: { $lt: periodStart } }] }, { $set: { warnedAt: now } }).exec()
        : await this.standings.updateOne({ _id: id, $or: [{ suspendedUntil: null }, { suspendedUntil: { $lte: now } }] }, { $set: { suspendedUntil: step.until } }).exec();
    if (!taken.modifiedCount) return outcome;
    const actionId = person.userId ? await this.issue(person.userId, track, step, count, now) : null;
    if (actionId && step.step === 'suspend') await this.standings.updateOne({ _id: id }, { $set: { suspensionActionId: actionId } }).exec();
    this.logger.log({ subject, track, count, step: step.step, actionId }, 'misuse policy applied');
    return { track, count, step: step.step, until: step.step === 'suspend' ? step.until.toISOString() : null, actionId };
  }

  /** The warning or suspension as a user action with its statement and message. */
  private async issue(userId: string, track: MisuseTrack, step: MisuseStep, count: number, now: Date): Promise<string> {
    const statement = misuseStatement({ policy: this.config.misuse, track, step, count, now, redress: redressInformation(this.config.redress) });
    const reason = statement.decision_facts;
    const until = step.step === 'suspend' ? step.until : null;
    const actor = { id: MISUSE_POLICY_ACTOR, site: this.sites.siteOfKey(userId), name: MISUSE_POLICY_ACTOR, roles: ['moderator' as const] };
    if (track === 'content' && until) {
      // A running ban, or a longer suspension, is not replaced by a shorter restriction.
      const current = await this.restrictions.get(userId);
      const stronger = current && isActive(current) && (current.kind === 'ban' || (current.until && new Date(current.until) >= until));
      if (!stronger) await this.restrictions.set(userId, { kind: 'suspension', reason, until }, actor);
    }
    const id = randomUUID();
    const scope = track === 'content' ? 'account' : 'notices';
    const data: UserSanctionedV1 = { sanctionId: id, userId, kind: step.step === 'warn' ? 'warning' : 'suspension', until: until ? until.toISOString() : null, reason: reason.slice(0, 2000), issuedBy: MISUSE_POLICY_ACTOR, issuedAt: now.toISOString(), scope };
    const event = outboxEntry(this.names.topic(Topics.Users), userId, EventTypes.UserSanctioned, data, now, id);
    const events = [event];
    // A suspension of the account is an Art. 17 decision: its statement goes to the Transparency Database too.
    if (scope === 'account' && until) {
      const tdb = accountStatementOfReasons({
        restriction: 'suspension',
        puid: statementPuid({ subject: 'account', userId, decisionId: id }),
        decidedAt: now,
        until,
        category: 'custom',
        ground: statement.incompatible_content_ground,
        explanation: statement.decision_facts,
        automatedDecision: 'AUTOMATED_DECISION_PARTIALLY',
      });
      events.push(statementIssuedEntry(this.names, { decisionId: id, subject: 'account', userId, action: 'suspension', automated: true, decidedAt: now, statement: tdb }));
    }
    await this.actions.create({
      _id: id,
      userId,
      kind: step.step === 'warn' ? 'warn' : 'suspend',
      scope,
      reason,
      until,
      issuedBy: MISUSE_POLICY_ACTOR,
      issuedAt: now,
      informedAt: now,
      statement,
      outbox: events,
      outboxPending: true,
      outboxSeq: events.length,
    });
    this.relay.kick();
    await this.audit.record({ actor: MISUSE_POLICY_ACTOR, automated: true, action: `misuse.${step.step}`, userId, after: { actionId: id, scope, until: until?.toISOString() ?? null, count } });
    return id;
  }

  /** 403 `notices-suspended` while the handling of this person's notices and complaints is suspended (Art. 23(2)). */
  async assertMayNotify(userId: string | null | undefined, email?: string | null): Promise<void> {
    const ids = [subjectOf(userId, null), subjectOf(null, email)].filter((s): s is string => !!s).map((s) => `notices:${s}`);
    if (!ids.length) return;
    const now = new Date();
    const s = await this.standings.findOne({ _id: { $in: ids }, suspendedUntil: { $gt: now } }).lean<MisuseStandingDoc>().exec();
    if (!s) return;
    const until = new Date(s.suspendedUntil!).toISOString();
    throw new ProblemException(403, 'notices-suspended', 'Your notices and complaints are suspended', `Several of your notices or complaints were manifestly unfounded: we do not process new ones from you until ${until} (Art. 23(2) DSA)`, { until });
  }

  /** Lifts a suspension of notice handling (a complaint against it was overturned). */
  async liftNoticesSuspension(action: UserAction, mod: AuthenticatedUser) {
    const id = `notices:user:${action.userId}`;
    const res = await this.standings.updateOne({ _id: id, suspensionActionId: action._id, suspendedUntil: { $gt: new Date() } }, { $set: { suspendedUntil: null } }).exec();
    if (!res.modifiedCount) return null;
    const now = new Date();
    const data: UserSanctionedV1 = { sanctionId: randomUUID(), userId: action.userId, kind: 'lifted', until: null, reason: 'suspension of notice handling lifted', issuedBy: mod.id, issuedAt: now.toISOString(), scope: 'notices' };
    const ev = outboxEntry(this.names.topic(Topics.Users), action.userId, EventTypes.UserSanctioned, data, now, data.sanctionId);
    await this.actions.updateOne({ _id: action._id }, { $set: { liftedAt: now, liftedBy: mod.id, outboxPending: true }, $push: { outbox: ev }, $inc: { outboxSeq: 1 } }).exec();
    this.relay.kick();
    await this.audit.record({ actor: mod.id, automated: false, action: 'misuse.lift-notices-suspension', userId: action.userId, after: { actionId: action._id } });
    return { noticesSuspendedUntil: null };
  }

  /** A person's misuse counts within the period and standing per track (moderators' view). */
  async summary(userId: string) {
    const subject = `user:${userId}`;
    const policy = this.config.misuse;
    const now = new Date();
    const periodStart = misusePeriodStart(policy, now);
    const tracks = await Promise.all(
      (['content', 'notices'] as const).map(async (track) => {
        const [count, s] = await Promise.all([this.marks.countDocuments({ subject, track, at: { $gte: periodStart } }).exec(), this.standings.findById(`${track}:${subject}`).lean<MisuseStandingDoc>().exec()]);
        const until = s?.suspendedUntil && new Date(s.suspendedUntil) > now ? new Date(s.suspendedUntil).toISOString() : null;
        return [track, { count, warnedAt: s?.warnedAt ? new Date(s.warnedAt).toISOString() : null, suspendedUntil: until }] as const;
      }),
    );
    return { periodDays: policy.periodDays, ...Object.fromEntries(tracks) };
  }
}
