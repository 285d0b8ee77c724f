import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { CommentsApiConfig } from '../config/comments-api.config';
import { StatementRecord, SubmitterLease } from './statement-record.schema';
import { TransparencyDatabaseClient } from './transparency-database.client';

const DUPLICATE_KEY = 11000;
const LEASE_ID = 'submitter';

/**
 * Sends pending statements of reasons to the DSA Transparency Database (Art. 24(5) DSA) in
 * batches of at most 100. Its state is the statements' `submission` in MongoDB, so a restart
 * resumes where it stopped; one replica submits at a time (a lease document). A statement is
 * sent only while `pending`: accepted ones are never sent again, and one the Database already
 * knows (accepted by a request whose answer was lost) is recorded as accepted. A request refused
 * for field errors marks just the statements at fault as `refused` and sends the others again;
 * any other failure waits (exponential backoff per statement) and tries again.
 */
@Injectable()
export class TransparencySubmitter implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TransparencySubmitter.name);
  private readonly owner = randomUUID();
  private readonly client: TransparencyDatabaseClient | null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    @InjectModel(StatementRecord.name) private readonly statements: Model<StatementRecord>,
    @InjectModel(SubmitterLease.name) private readonly leases: Model<SubmitterLease>,
    @Inject(CommentsApiConfig) private readonly config: CommentsApiConfig,
  ) {
    this.client =
      config.DSA_TRANSPARENCY_DB_URL && config.DSA_TRANSPARENCY_DB_TOKEN
        ? new TransparencyDatabaseClient({ url: config.DSA_TRANSPARENCY_DB_URL, token: config.DSA_TRANSPARENCY_DB_TOKEN, timeoutMs: config.DSA_TRANSPARENCY_DB_TIMEOUT_MS })
        : null;
  }

  get enabled(): boolean {
    return this.client !== null;
  }

  onApplicationBootstrap() {
    if (!this.client) {
      this.logger.log({}, 'DSA Transparency Database submitter disabled (DSA_TRANSPARENCY_DB_URL unset)');
      return;
    }
    this.logger.log({ url: this.config.DSA_TRANSPARENCY_DB_URL, batchSize: this.config.DSA_TRANSPARENCY_DB_BATCH_SIZE }, 'DSA Transparency Database submitter started');
    this.schedule(0);
  }

  async onApplicationShutdown() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    if (this.client) await this.leases.updateOne({ _id: LEASE_ID, owner: this.owner }, { $set: { until: new Date(0) } }).exec().catch(() => undefined);
  }

  private schedule(ms: number) {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch((err) => this.logger.warn({ err: (err as Error).message }, 'transparency submission round failed'))
        .finally(() => {
          this.running = null;
          this.schedule(this.config.DSA_TRANSPARENCY_DB_INTERVAL_MS);
        });
    }, ms);
    this.timer.unref();
  }

  /** Takes or renews the lease; false when another replica holds it. */
  private async lease(now: Date): Promise<boolean> {
    const until = new Date(now.getTime() + Math.max(30_000, 3 * this.config.DSA_TRANSPARENCY_DB_INTERVAL_MS));
    try {
      const doc = await this.leases
        .findOneAndUpdate({ _id: LEASE_ID, $or: [{ until: { $lt: now } }, { owner: this.owner }] }, { $set: { owner: this.owner, until } }, { upsert: true, new: true })
        .lean<SubmitterLease>()
        .exec();
      return doc?.owner === this.owner;
    } catch (err) {
      if ((err as { code?: number }).code === DUPLICATE_KEY) return false;
      throw err;
    }
  }

  /** One round: batches until nothing is due or a request fails. */
  async tick(): Promise<void> {
    if (!this.client) return;
    if (!(await this.lease(new Date()))) return;
    for (let round = 0; round < 50 && !this.stopped; round++) {
      const now = new Date();
      const batch = await this.statements
        .find({ 'submission.state': 'pending', 'submission.nextAttemptAt': { $lte: now } }, { statement: 1, submission: 1 })
        .sort({ decidedAt: 1, _id: 1 })
        .limit(this.config.DSA_TRANSPARENCY_DB_BATCH_SIZE)
        .lean<Array<Pick<StatementRecord, '_id' | 'statement' | 'submission'>>>()
        .exec();
      if (!batch.length) return;
      const outcome = await this.client.submit(batch.map((r) => r.statement));
      const at = new Date();
      if (outcome.kind === 'accepted') {
        for (const [i, r] of outcome.results.entries()) {
          await this.statements
            .updateOne(
              { _id: batch[i]!._id, 'submission.state': 'pending' },
              { $set: { 'submission.state': 'accepted', 'submission.acceptedAt': at, 'submission.databaseUuid': r.uuid, 'submission.databaseId': r.id, 'submission.lastError': null, 'submission.nextAttemptAt': null } },
            )
            .exec();
        }
        this.logger.log({ accepted: batch.length }, 'statements accepted by the DSA Transparency Database');
        continue;
      }
      if (outcome.kind === 'duplicates') {
        const known = new Set(outcome.puids);
        const ids = batch.map((r) => r._id).filter((id) => known.has(id));
        if (!ids.length) {
          await this.backOff(batch, at, `the Database reported already known PUIDs that were not in the request: ${outcome.puids.slice(0, 5).join(', ')}`);
          return;
        }
        await this.statements
          .updateMany(
            { _id: { $in: ids }, 'submission.state': 'pending' },
            { $set: { 'submission.state': 'accepted', 'submission.acceptedAt': at, 'submission.alreadyKnown': true, 'submission.lastError': null, 'submission.nextAttemptAt': null } },
          )
          .exec();
        this.logger.log({ alreadyKnown: ids.length }, 'statements the Database already had recorded as accepted; the rest are sent again');
        continue;
      }
      if (outcome.kind === 'invalid') {
        const refused = [...outcome.errorsByIndex.entries()].filter(([i]) => i >= 0 && i < batch.length);
        if (!refused.length) {
          await this.backOff(batch, at, 'the Database refused the request with errors for statements it was not sent');
          return;
        }
        for (const [i, errors] of refused) {
          await this.statements
            .updateOne(
              { _id: batch[i]!._id, 'submission.state': 'pending' },
              { $set: { 'submission.state': 'refused', 'submission.errors': errors, 'submission.lastError': `refused: ${Object.keys(errors).join(', ')}`, 'submission.nextAttemptAt': null }, $inc: { 'submission.attempts': 1 } },
            )
            .exec();
        }
        this.logger.warn({ refused: refused.map(([i, errors]) => ({ puid: batch[i]!._id, fields: Object.keys(errors) })) }, 'statements refused by the DSA Transparency Database; the rest are sent again');
        continue;
      }
      await this.backOff(batch, at, outcome.error);
      return;
    }
  }

  /** The whole batch waits: base × 2^(attempts) after its attempts so far, capped. */
  private async backOff(batch: Array<Pick<StatementRecord, '_id' | 'submission'>>, at: Date, error: string) {
    for (const r of batch) {
      const attempts = (r.submission.attempts ?? 0) + 1;
      const wait = Math.min(this.config.DSA_TRANSPARENCY_DB_RETRY_MAX_MS, this.config.DSA_TRANSPARENCY_DB_RETRY_BASE_MS * 2 ** Math.min(attempts - 1, 30));
      await this.statements
        .updateOne({ _id: r._id, 'submission.state': 'pending' }, { $set: { 'submission.attempts': attempts, 'submission.nextAttemptAt': new Date(at.getTime() + wait), 'submission.lastError': error.slice(0, 1000) } })
        .exec();
    }
    this.logger.warn({ statements: batch.length, error: error.slice(0, 300) }, 'DSA Transparency Database submission failed; retrying later');
  }

  /** Counts of statements per submission state. */
  async status() {
    const counts: Record<string, number> = { pending: 0, accepted: 0, refused: 0, 'not-submitted': 0 };
    for (const state of Object.keys(counts)) counts[state] = await this.statements.countDocuments({ 'submission.state': state }).exec();
    const next = await this.statements.findOne({ 'submission.state': 'pending' }, { 'submission.nextAttemptAt': 1 }).sort({ 'submission.nextAttemptAt': 1 }).lean<Pick<StatementRecord, 'submission'>>().exec();
    return { enabled: this.enabled, counts, nextAttemptAt: next?.submission.nextAttemptAt ? new Date(next.submission.nextAttemptAt).toISOString() : null };
  }
}
