import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { randomUUID } from 'node:crypto';
import { Model } from 'mongoose';
import { EventSources, EventTypes, RULESET_ACTIVE_KEY, RuleSetActivatedV1, Topics } from '@parley/contracts';
import { EventPublisher, KafkaNames, OutboxCarrier, OutboxEntry, OutboxRelay } from '@parley/messaging';
import { DEFAULT_RULE_SET, RuleSetDefinition } from '@parley/moderation-rules';
import { ProblemException } from '@parley/platform';
import { RuleSetActivation, RuleSetState, StoredRuleSet } from './rule-set.schema';

const DUPLICATE_KEY = 11000;
const STATE_ID = 'active';
/** The shipped guidelines are stored as version 1 on first start, so they can be listed and rolled back to. */
export const DEFAULT_VERSION = 1;

export interface ActiveState {
  version: number;
  previousVersion: number | null;
  activationSeq: number;
  activatedBy: string;
  activatedAt: Date | null;
}

export const ruleSetNotFound = (version: number) =>
  new ProblemException(404, 'rule-set-not-found', 'Rule set not found', `No rule-set version ${version}`, { version });

const isDuplicate = (err: unknown) => (err as { code?: number }).code === DUPLICATE_KEY;

/** Immutable rule-set versions and the active-version pointer, in MongoDB. */
@Injectable()
export class RuleSetStore implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(RuleSetStore.name);
  private readonly relay: OutboxRelay;

  constructor(
    @InjectModel(StoredRuleSet.name) private readonly sets: Model<StoredRuleSet>,
    @InjectModel(RuleSetState.name) private readonly state: Model<RuleSetState>,
    @InjectModel(RuleSetActivation.name) private readonly activations: Model<RuleSetActivation>,
    publisher: EventPublisher,
    private readonly names: KafkaNames,
  ) {
    this.relay = new OutboxRelay(this.state as unknown as Model<OutboxCarrier>, publisher, { idleIntervalMs: 2000 });
  }

  private stored?: Promise<void>;

  async onModuleInit() {
    await this.ready();
    this.relay.start();
  }

  /** Resolves once the shipped rule set is stored as version 1 (whichever start-up hook runs first). */
  ready(): Promise<void> {
    this.stored ??= this.ensureDefault().catch((err) => {
      this.stored = undefined;
      throw err;
    });
    return this.stored;
  }

  async onApplicationShutdown() {
    await this.relay.stop();
  }

  private async ensureDefault(): Promise<void> {
    const def: RuleSetDefinition = { ...DEFAULT_RULE_SET, version: DEFAULT_VERSION };
    try {
      await this.sets.create({
        _id: DEFAULT_VERSION,
        name: def.name ?? 'Default guidelines',
        note: 'shipped with Parley',
        definition: JSON.stringify(def),
        ruleCount: def.rules.length,
        createdBy: 'system',
        createdAt: new Date(),
      });
      this.logger.log({ version: DEFAULT_VERSION }, 'stored the shipped rule set');
    } catch (err) {
      if (!isDuplicate(err)) throw err;
    }
  }

  async list(limit: number, before?: number): Promise<StoredRuleSet[]> {
    return this.sets
      .find(before ? { _id: { $lt: before } } : {}, { definition: 0 })
      .sort({ _id: -1 })
      .limit(limit)
      .lean<StoredRuleSet[]>()
      .exec();
  }

  async get(version: number): Promise<{ stored: StoredRuleSet; definition: RuleSetDefinition } | null> {
    const stored = await this.sets.findById(version).lean<StoredRuleSet>().exec();
    if (!stored) return null;
    return { stored, definition: JSON.parse(stored.definition) as RuleSetDefinition };
  }

  async mustGet(version: number) {
    const found = await this.get(version);
    if (!found) throw ruleSetNotFound(version);
    return found;
  }

  /** Stores a validated definition as the next version (N+1); concurrent creators each get their own number. */
  async create(def: RuleSetDefinition, createdBy: string, note: string | null): Promise<StoredRuleSet> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const last = await this.sets.findOne({}, { _id: 1 }).sort({ _id: -1 }).lean<Pick<StoredRuleSet, '_id'>>().exec();
      const version = (last?._id ?? 0) + 1;
      const doc: StoredRuleSet = {
        _id: version,
        name: def.name ?? null,
        note,
        definition: JSON.stringify({ ...def, version }),
        ruleCount: def.rules.length,
        createdBy,
        createdAt: new Date(),
      };
      try {
        await this.sets.create(doc);
        return doc;
      } catch (err) {
        if (!isDuplicate(err)) throw err;
      }
    }
    throw new ProblemException(409, 'rule-set-version-conflict', 'Conflict', 'Too many concurrent rule-set creations; try again');
  }

  async active(): Promise<ActiveState> {
    const s = await this.state.findById(STATE_ID, { outbox: 0 }).lean<RuleSetState>().exec();
    if (!s) return { version: DEFAULT_VERSION, previousVersion: null, activationSeq: 0, activatedBy: 'system', activatedAt: null };
    return { version: s.version, previousVersion: s.previousVersion, activationSeq: s.activationSeq, activatedBy: s.activatedBy, activatedAt: s.activatedAt };
  }

  /**
   * Makes `version` the active one (an older version = rollback): a compare-and-set on the
   * activation sequence that carries the activation event in the same write (outbox).
   */
  async activate(version: number, by: string): Promise<{ changed: boolean; state: ActiveState; rollback: boolean }> {
    const target = await this.sets.findById(version, { name: 1 }).lean<Pick<StoredRuleSet, '_id' | 'name'>>().exec();
    if (!target) throw ruleSetNotFound(version);
    for (let attempt = 0; attempt < 20; attempt++) {
      const prev = await this.active();
      if (prev.version === version) return { changed: false, state: prev, rollback: false };
      const now = new Date();
      const data: RuleSetActivatedV1 = {
        version,
        previousVersion: prev.version,
        rollback: version < prev.version,
        activationSeq: prev.activationSeq + 1,
        name: target.name ?? null,
        activatedBy: by,
        activatedAt: now.toISOString(),
      };
      const entry: OutboxEntry = {
        eventId: randomUUID(),
        topic: this.names.topic(Topics.RuleSets),
        key: RULESET_ACTIVE_KEY,
        type: EventTypes.RuleSetActivated,
        source: EventSources.ModerationWorker,
        subject: String(version),
        time: now,
        data: data as unknown as Record<string, unknown>,
      };
      const fields = { version, previousVersion: prev.version, activationSeq: data.activationSeq, activatedBy: by, activatedAt: now };
      let applied = false;
      if (prev.activationSeq === 0) {
        try {
          await this.state.create({ _id: STATE_ID, ...fields, outbox: [entry], outboxPending: true, outboxSeq: 1 });
          applied = true;
        } catch (err) {
          if (!isDuplicate(err)) throw err;
        }
      } else {
        const res = await this.state
          .updateOne({ _id: STATE_ID, activationSeq: prev.activationSeq }, { $set: { ...fields, outboxPending: true }, $push: { outbox: entry }, $inc: { outboxSeq: 1 } })
          .exec();
        applied = res.modifiedCount === 1;
      }
      if (!applied) continue;
      await this.activations
        .create({ _id: data.activationSeq, version, previousVersion: prev.version, rollback: data.rollback, activatedBy: by, activatedAt: now })
        .catch((err) => this.logger.warn({ err: (err as Error).message }, 'activation history not written'));
      this.relay.kick();
      this.logger.log({ version, previousVersion: prev.version, rollback: data.rollback, activationSeq: data.activationSeq, by }, 'rule set activated');
      return { changed: true, rollback: data.rollback, state: { ...fields, previousVersion: prev.version } };
    }
    throw new ProblemException(409, 'rule-set-activation-conflict', 'Conflict', 'Concurrent activations; try again');
  }

  history(limit: number): Promise<RuleSetActivation[]> {
    return this.activations.find({}).sort({ _id: -1 }).limit(limit).lean<RuleSetActivation[]>().exec();
  }
}
