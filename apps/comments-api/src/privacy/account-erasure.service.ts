import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { EventTypes, Topics, UserErasedV1 } from '@parley/contracts';
import { appendEvents, KafkaNames, OutboxRelay } from '@parley/messaging';
import { AuthenticatedUser, ProblemException } from '@parley/platform';
import { outboxEntry } from '../common/outbox-entry';
import { CommentsApiConfig } from '../config/comments-api.config';
import { AuditService } from '../moderation/audit/audit.service';
import { AccountErasure } from './account-erasure.schema';

export const ACCOUNT_ERASURE_RELAY = 'ACCOUNT_ERASURE_OUTBOX_RELAY';
const DUPLICATE_KEY = 11000;

/** What the API shows of an erasure request. */
export interface ErasureView {
  userId: string;
  status: AccountErasure['status'];
  requestedBy: 'self' | 'admin';
  requestedAt: string;
  executeAfter: string;
  cancelledAt: string | null;
  erasedAt: string | null;
}

export const toErasureView = (e: AccountErasure): ErasureView => ({
  userId: e._id,
  status: e.status,
  requestedBy: e.requestedBy,
  requestedAt: new Date(e.requestedAt).toISOString(),
  executeAfter: new Date(e.executeAfter).toISOString(),
  cancelledAt: e.cancelledAt ? new Date(e.cancelledAt).toISOString() : null,
  erasedAt: e.erasedAt ? new Date(e.erasedAt).toISOString() : e.orderedAt ? new Date(e.orderedAt).toISOString() : null,
});

const tooLate = (e: AccountErasure) =>
  new ProblemException(409, 'account-erasure-under-way', 'Account already erased', `The erasure of this account was carried out at ${new Date(e.orderedAt ?? e.executeAfter).toISOString()}; it cannot be requested or cancelled any more`, {
    erasureStatus: e.status,
  });
const PROJECTION = { outbox: 0 } as const;

/**
 * Account erasure requests (GDPR Art. 17) and their executor. A request waits for its grace
 * period (ACCOUNT_ERASURE_GRACE_SECONDS) and can be cancelled meanwhile. Every replica runs the
 * executor; a due request is claimed by one conditional single-document update
 * (`status: scheduled` → `erasing`) that also writes parley.user.erased.v1 into the request's
 * outbox, so exactly one replica orders each erasure, and a restart loses nothing (the request
 * and its pending event are in the database; the relay publishes at least once and every
 * consumer erases idempotently).
 */
@Injectable()
export class AccountErasureService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AccountErasureService.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    @InjectModel(AccountErasure.name) private readonly erasures: Model<AccountErasure>,
    @Inject(ACCOUNT_ERASURE_RELAY) private readonly relay: OutboxRelay,
    private readonly names: KafkaNames,
    private readonly audit: AuditService,
    @Inject(CommentsApiConfig) private readonly config: CommentsApiConfig,
  ) {}

  onApplicationBootstrap() {
    this.timer = setInterval(() => {
      if (!this.running) this.running = this.executeDue().then(() => undefined, (err) => this.logger.error({ err: String(err) }, 'account erasure pass failed')).finally(() => (this.running = undefined));
    }, this.config.ACCOUNT_ERASURE_POLL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown() {
    clearInterval(this.timer);
    await this.running;
  }

  async status(userId: string): Promise<ErasureView> {
    const e = await this.erasures.findById(userId, PROJECTION).lean<AccountErasure>().exec();
    if (!e) throw new ProblemException(404, 'no-erasure-request', 'No erasure request', `There is no account erasure request for ${userId}`);
    return toErasureView(e);
  }

  /** Schedules the erasure after the grace period; asking again while one is scheduled returns it unchanged. */
  async request(userId: string, by: AuthenticatedUser, as: 'self' | 'admin'): Promise<{ created: boolean; view: ErasureView }> {
    const now = new Date();
    const fields = {
      erasureId: randomUUID(),
      status: 'scheduled' as const,
      requestedBy: as,
      requestedById: by.id,
      requestedAt: now,
      executeAfter: new Date(now.getTime() + this.config.ACCOUNT_ERASURE_GRACE_SECONDS * 1000),
      cancelledAt: null,
      cancelledById: null,
    };
    // A cancelled request is renewed in place (conditional on still being cancelled); else a new one is inserted.
    let doc = await this.erasures.findOneAndUpdate({ _id: userId, status: 'cancelled' }, { $set: fields }, { returnDocument: 'after' }).lean<AccountErasure>().exec();
    if (!doc) {
      try {
        await this.erasures.collection.insertOne({ _id: userId, ...fields, orderedAt: null, erasedAt: null, pseudonym: null, summary: null, outbox: [], outboxPending: false, outboxSeq: 0 } as never);
        doc = (await this.erasures.findById(userId, PROJECTION).lean<AccountErasure>().exec())!;
      } catch (err) {
        if ((err as { code?: number }).code !== DUPLICATE_KEY) throw err;
        const existing = await this.erasures.findById(userId, PROJECTION).lean<AccountErasure>().exec();
        if (!existing) throw err;
        if (existing.status === 'scheduled') return { created: false, view: toErasureView(existing) };
        if (existing.status === 'cancelled') return this.request(userId, by, as);
        throw tooLate(existing);
      }
    }
    await this.audit.record({ actor: by.id, automated: false, action: 'account.erasure-requested', userId, after: { requestedBy: as, executeAfter: fields.executeAfter.toISOString() } });
    this.logger.log({ userId, requestedBy: as, executeAfter: fields.executeAfter.toISOString() }, 'account erasure scheduled');
    return { created: true, view: toErasureView(doc) };
  }

  /** Cancels a scheduled erasure (409 once it was carried out; cancelling a cancelled one changes nothing). */
  async cancel(userId: string, by: AuthenticatedUser): Promise<ErasureView> {
    const doc = await this.erasures
      .findOneAndUpdate({ _id: userId, status: 'scheduled' }, { $set: { status: 'cancelled', cancelledAt: new Date(), cancelledById: by.id } }, { returnDocument: 'after' })
      .lean<AccountErasure>()
      .exec();
    if (doc) {
      await this.audit.record({ actor: by.id, automated: false, action: 'account.erasure-cancelled', userId });
      this.logger.log({ userId }, 'account erasure cancelled');
      return toErasureView(doc);
    }
    const existing = await this.erasures.findById(userId, PROJECTION).lean<AccountErasure>().exec();
    if (!existing) throw new ProblemException(404, 'no-erasure-request', 'No erasure request', `There is no account erasure request for ${userId}`);
    if (existing.status === 'cancelled') return toErasureView(existing);
    throw tooLate(existing);
  }

  /**
   * Orders every erasure whose grace period ended. Each is claimed by one conditional update
   * (still scheduled, same request, due): only one replica's update matches, and the event
   * goes into the request's outbox in that same write.
   */
  async executeDue(): Promise<number> {
    const now = new Date();
    const due = await this.erasures.find({ status: 'scheduled', executeAfter: { $lte: now } }, PROJECTION).sort({ executeAfter: 1 }).limit(100).lean<AccountErasure[]>().exec();
    let ordered = 0;
    for (const e of due) {
      const pseudonym = `erased-${e.erasureId}`;
      const data: UserErasedV1 = { erasureId: e.erasureId, userId: e._id, pseudonym, requestedBy: e.requestedBy, requestedAt: new Date(e.requestedAt).toISOString(), erasedAt: now.toISOString() };
      const ev = appendEvents([outboxEntry(this.names.topic(Topics.Users), e._id, EventTypes.UserErased, data, now, e.erasureId)]);
      const res = await this.erasures
        .updateOne({ _id: e._id, erasureId: e.erasureId, status: 'scheduled', executeAfter: { $lte: now } }, { $set: { status: 'erasing', orderedAt: now, pseudonym, ...ev.set }, $push: ev.push, $inc: ev.inc } as never)
        .exec();
      if (!res.matchedCount) continue; // cancelled meanwhile, or another replica claimed it
      ordered += 1;
      this.relay.kick(e._id);
      this.logger.log({ userId: e._id, erasureId: e.erasureId }, 'account erasure ordered');
    }
    return ordered;
  }

  /** Records that comments-api's part of an erasure is done (idempotent). */
  async markErased(userId: string, erasureId: string, summary: Record<string, number>): Promise<void> {
    await this.erasures.updateOne({ _id: userId, erasureId, status: 'erasing' }, { $set: { status: 'erased', erasedAt: new Date(), summary } }).exec();
  }

  /** The user id behind a request, for a consumer that must check the event against the record. */
  async find(userId: string): Promise<AccountErasure | null> {
    return this.erasures.findById(userId, PROJECTION).lean<AccountErasure>().exec();
  }
}
