import { Logger } from '@nestjs/common';
import {
  CloudEvent,
  MalformedEventError,
  deadLetterTopic,
  fromKafkaMessage,
  isKnownEventType,
  validateEventData,
} from '@parley/contracts';
import { Consumer, EachBatchPayload, Kafka, KafkaMessage, Partitioners, Producer } from 'kafkajs';
import { CrashRejoin } from './crash-rejoin';
import { classifyFailure } from './infrastructure-error';
import { messagingMetrics } from './messaging-metrics';
import { TopicProvisioner } from './topic-provisioner';

export { PoisonMessageError } from './infrastructure-error';

export interface ConsumedEvent<T = unknown> extends CloudEvent<T> {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
}

export type EventHandler = (event: ConsumedEvent) => Promise<void>;

/** The kafkajs consumer's timing (KAFKA_CONSUMER_MAX_WAIT_MS, …_HEARTBEAT_MS, …_SESSION_TIMEOUT_MS). */
export interface ConsumerTiming {
  /** How long a fetch waits for new messages; an idle consumer notices a rebalance or a stop only after it (default 5000). */
  maxWaitTimeMs?: number;
  /** Default 3000. */
  heartbeatIntervalMs?: number;
  /** How long without a heartbeat before the group takes this consumer for gone (default 30000). */
  sessionTimeoutMs?: number;
}

export interface EventConsumerOptions {
  groupId: string;
  topics: string[];
  /** Only these CloudEvents types are handled; others on the same topics are skipped (committed). */
  handlers: Record<string, EventHandler>;
  partitionsConsumedConcurrently?: number;
  /**
   * Messages of one partition handled at once (default 16). Messages with the same key are
   * always handled one after the other, in offset order; messages with different keys overlap.
   * 1 gives strictly sequential handling per partition.
   */
  concurrencyPerPartition?: number;
  /**
   * Quick in-place attempts for a message whose handler fails for a reason other than an
   * unreachable dependency, before it is moved to the retry topic.
   */
  maxAttempts?: number;
  /**
   * Delays of the retry topic (`<group>.retry`): after the in-place attempts a failing message
   * is republished there and tried again after each delay in turn, without holding up its
   * source partition; after the last it goes to the dead-letter topic.
   */
  retryDelaysMs?: number[];
  fromBeginning?: boolean;
  /**
   * `group` (default): the group shares the partitions between its members, commits offsets,
   * dead-letters and retries through its own topics. `broadcast`: a group of its own per
   * process that starts at the end of its topics and never commits, so every replica hears
   * every event from the moment it joins; a message it cannot use is logged and skipped (a
   * dead letter per replica would only repeat itself).
   */
  mode?: 'group' | 'broadcast';
  /** Creates the group's retry and dead-letter topics (default: broker defaults). */
  provisioner?: TopicProvisioner;
  timing?: ConsumerTiming;
}

/** Subscribing to freshly created topics is retried this many times (about a minute). */
const SUBSCRIBE_ATTEMPTS = 40;
/** Where a consumer stands in its group, for readiness checks. */
export interface GroupMembership {
  groupId: string;
  mode: 'group' | 'broadcast';
  /** `joined` while it holds an assignment (possibly empty); `rebalancing` while it rejoins. */
  state: 'starting' | 'joined' | 'rebalancing' | 'crashed' | 'stopped';
  memberId?: string;
  /** Assigned partitions by topic. */
  assignment: Record<string, number[]>;
  /** When the state last changed. */
  since: string;
  error?: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Broadcast mode's key of a partition in its positions. */
const positionKey = (topic: string, partition: number) => `${topic}\u0000${partition}`;

function headerText(message: KafkaMessage, name: string): string | undefined {
  const v = message.headers?.[name];
  if (v === undefined) return undefined;
  return String(Array.isArray(v) ? v[0] : v);
}

/** The message's headers, without the retry bookkeeping of an earlier pass. */
function copyHeaders(message: KafkaMessage): Record<string, string | Buffer> {
  const headers: Record<string, string | Buffer> = {};
  for (const [k, v] of Object.entries(message.headers ?? {})) {
    if (v !== undefined && !k.startsWith('retry_')) headers[k] = Array.isArray(v) ? v[0]! : v;
  }
  return headers;
}

/**
 * Consumes CloudEvents, validates each against its schema and hands it to its handler. Within a
 * partition, messages with the same key are handled one after the other in offset order, and
 * messages with different keys overlap (at most `concurrencyPerPartition` at once), so one slow
 * event or key does not hold up the rest. A partition's offset advances only past messages that
 * are all done (the longest finished prefix), so after a crash or rebalance nothing unfinished
 * is skipped; what is redelivered, idempotent handlers ignore. Offsets are committed only after
 * the handler succeeded. What a handler's error means is decided by classifyFailure: poison (a
 * malformed message, or one Kafka refuses for good) goes to the group's dead-letter topic with
 * its error and the partition moves on; an outage (database or broker unreachable, a retriable
 * Kafka error) holds the message in place until the dependency is back; any other failure is
 * tried a few times in place, then through the retry topic, then dead-lettered. Hosted by
 * KafkaEventServer (one engine per consumer group); usable on its own.
 */
export class EventConsumer {
  private readonly logger: Logger;
  private readonly consumer: Consumer;
  private readonly dlqProducer: Producer;
  private stopping = false;
  /** Joins the group again after a crash kafkajs gives up on. */
  private readonly rejoin: CrashRejoin;
  private inFlight = 0;
  readonly dlqTopic: string;
  readonly retryTopic: string;
  private readonly retryDelays: number[];
  private readonly broadcast: boolean;
  private readonly provisioner: TopicProvisioner;
  private membershipState: GroupMembership;
  private readonly joinListeners: Array<(m: GroupMembership) => void> = [];
  /**
   * Broadcast mode: where this process goes on reading each partition ("topic\0partition" → next
   * offset). It never commits, so after a rebalance (a loaded broker, a member timing out) kafkajs
   * would start each partition again at its end and skip what was published meanwhile; the
   * consumer seeks back to these instead. They start at the partitions' ends before the first join.
   */
  private readonly positions = new Map<string, string>();
  private positionsTaken = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly opts: EventConsumerOptions,
  ) {
    this.logger = new Logger(`consumer:${opts.groupId}`);
    this.broadcast = opts.mode === 'broadcast';
    this.dlqTopic = deadLetterTopic(opts.groupId);
    this.retryTopic = `${opts.groupId}.retry`;
    this.retryDelays = opts.retryDelaysMs ?? [1000, 5000, 20000];
    this.provisioner = opts.provisioner ?? new TopicProvisioner(kafka);
    this.membershipState = { groupId: opts.groupId, mode: this.broadcast ? 'broadcast' : 'group', state: 'starting', assignment: {}, since: new Date().toISOString() };
    this.consumer = kafka.consumer({
      groupId: opts.groupId,
      sessionTimeout: opts.timing?.sessionTimeoutMs ?? 30000,
      heartbeatInterval: opts.timing?.heartbeatIntervalMs ?? 3000,
      rebalanceTimeout: 60000,
      maxWaitTimeInMs: opts.timing?.maxWaitTimeMs ?? 5000,
      retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 300, maxRetryTime: 5000 },
    });
    this.dlqProducer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    // Nothing is skipped by a rejoin: offsets were committed only past finished messages.
    this.rejoin = new CrashRejoin(this.consumer, {
      join: () => this.join(),
      onRejoined: (attempt) => this.logger.log({ attempt }, 'consumer restarted after a crash'),
      onAttemptFailed: (err, attempt) => this.logger.warn({ err: err.message, attempt }, 'consumer restart after a crash failed; trying again'),
    });
  }

  async start(): Promise<void> {
    this.watchMembership();
    if (!this.broadcast) {
      await this.provisioner.ensure([this.dlqTopic, this.retryTopic]);
      await this.dlqProducer.connect();
    }
    await this.join();
  }

  /** Connects, subscribes and runs the kafkajs consumer (again after a crash it gave up on). */
  private async join(): Promise<void> {
    if (this.broadcast && !this.positionsTaken) await this.takeStartPositions();
    await this.consumer.connect();
    // Just after topics are created, a broker may not know them yet ("This server does not host
    // this topic-partition" while their metadata spreads through a cluster): subscribing is
    // retried for a while instead of failing the start-up.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.consumer.subscribe({
          topics: this.broadcast ? this.opts.topics : [...this.opts.topics, this.retryTopic],
          fromBeginning: this.broadcast ? false : (this.opts.fromBeginning ?? true),
        });
        break;
      } catch (err) {
        if (attempt >= SUBSCRIBE_ATTEMPTS || !String((err as Error)?.name).startsWith('KafkaJS')) throw err;
        this.logger.warn({ err: (err as Error).message, attempt }, 'could not subscribe yet; retrying');
        await new Promise((r) => setTimeout(r, Math.min(2000, 200 * attempt)));
      }
    }
    await this.consumer.run({
      autoCommit: !this.broadcast,
      autoCommitInterval: 1000,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.opts.partitionsConsumedConcurrently ?? 3,
      eachBatch: (payload) => this.eachBatch(payload),
    });
  }

  /** Broadcast mode: the partitions' ends before the first join, where this process starts reading. */
  private async takeStartPositions(): Promise<void> {
    const admin = this.kafka.admin();
    try {
      await admin.connect();
      for (const topic of this.opts.topics) {
        for (const p of await admin.fetchTopicOffsets(topic)) this.positions.set(positionKey(topic, p.partition), p.high);
      }
      this.positionsTaken = true;
    } catch (err) {
      // the topics may not exist yet: kafkajs starts at their ends, and positions follow what is read
      this.logger.warn({ err: (err as Error).message }, 'could not read where the topics end; starting where kafkajs does');
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  /** Broadcast mode, on each join: every assigned partition goes on where this process left it. */
  private resumePositions(assignment: Record<string, number[]>): void {
    for (const [topic, partitions] of Object.entries(assignment)) {
      for (const partition of partitions) {
        const offset = this.positions.get(positionKey(topic, partition));
        if (offset !== undefined) this.consumer.seek({ topic, partition, offset });
      }
    }
  }

  private watchMembership(): void {
    const { GROUP_JOIN, REBALANCING, CRASH, STOP } = this.consumer.events;
    const set = (state: GroupMembership['state'], extra: Partial<GroupMembership> = {}) => {
      this.membershipState = { ...this.membershipState, state, since: new Date().toISOString(), error: undefined, ...extra };
    };
    this.consumer.on(GROUP_JOIN, ({ payload }) => {
      set('joined', { memberId: payload.memberId, assignment: payload.memberAssignment });
      if (this.broadcast) this.resumePositions(payload.memberAssignment);
      this.logger.log({ memberId: payload.memberId, assignment: payload.memberAssignment }, 'joined the consumer group');
      for (const listener of this.joinListeners) listener(this.membership());
    });
    this.consumer.on(REBALANCING, () => set('rebalancing'));
    this.consumer.on(CRASH, ({ payload }) => {
      set(payload.restart ? 'rebalancing' : 'crashed', { error: payload.error?.message, assignment: {} });
      this.logger.error({ err: payload.error?.message, restart: payload.restart }, 'consumer crashed');
    });
    this.consumer.on(STOP, () => set('stopped', { assignment: {} }));
  }

  /** Where this consumer stands in its group. */
  membership(): GroupMembership {
    return { ...this.membershipState, assignment: { ...this.membershipState.assignment } };
  }

  /** Called each time the consumer (re)joins its group, with its assignment. */
  onJoined(listener: (m: GroupMembership) => void): void {
    this.joinListeners.push(listener);
  }

  private async eachBatch({ batch, resolveOffset, heartbeat, isRunning, isStale, commitOffsetsIfNecessary }: EachBatchPayload) {
    messagingMetrics.lag.set({ group: this.opts.groupId, topic: batch.topic, partition: String(batch.partition) }, Number(batch.offsetLag()));
    const messages = batch.messages;
    const limit = Math.max(1, this.opts.concurrencyPerPartition ?? 16);
    const finished = new Array<boolean>(messages.length).fill(false);
    const chains = new Map<string, Promise<void>>();
    let abandoned = false;
    let resolved = 0; // messages[0..resolved) are done and their offsets resolved
    let running = 0;
    const slotFreed: Array<() => void> = [];
    const release = () => {
      running--;
      slotFreed.shift()?.();
    };

    for (let i = 0; i < messages.length; i++) {
      if (abandoned || !isRunning() || isStale() || this.stopping) break;
      if (running >= limit) await new Promise<void>((r) => slotFreed.push(r));
      if (abandoned || !isRunning() || isStale() || this.stopping) break;
      running++;
      const message = messages[i]!;
      // Messages without a key have no order to keep with one another.
      const key = message.key ? message.key.toString('latin1') : `\u0000${i}`;
      const previous = chains.get(key);
      const task = (previous ?? Promise.resolve()).then(async () => {
        try {
          if (abandoned) return;
          this.inFlight++;
          try {
            const done = await this.process(batch.topic, batch.partition, message, heartbeat, isStale);
            if (!done) abandoned = true; // stopping: leave it (and what follows) uncommitted, so it is redelivered
            else finished[i] = true;
          } catch (err) {
            // Only when stopping with Kafka unreachable: leave it uncommitted, like the above.
            this.logger.warn({ offset: message.offset, err: (err as Error).message }, 'message left for redelivery');
            abandoned = true;
          } finally {
            this.inFlight--;
          }
          while (resolved < messages.length && finished[resolved]) {
            const offset = messages[resolved++]!.offset;
            resolveOffset(offset);
            if (this.broadcast) this.positions.set(positionKey(batch.topic, batch.partition), (BigInt(offset) + 1n).toString());
          }
          await heartbeat().catch(() => undefined);
        } finally {
          release();
        }
      });
      chains.set(key, task);
      void task.finally(() => {
        if (chains.get(key) === task) chains.delete(key);
      });
    }
    await Promise.all([...chains.values()]);
    await commitOffsetsIfNecessary();
  }

  /** Returns false when processing was abandoned because the consumer is stopping or lost the partition. */
  private async process(
    topic: string,
    partition: number,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
    isStale: () => boolean,
  ): Promise<boolean> {
    const retryAttempt = topic === this.retryTopic ? Number(headerText(message, 'retry_attempt') ?? 1) : 0;
    if (retryAttempt > 0) {
      // A message from the retry topic waits for its time, heartbeating, then runs as usual.
      const notBefore = Number(headerText(message, 'retry_not_before') ?? 0);
      while (Date.now() < notBefore) {
        if (this.stopping || isStale()) return false;
        await sleep(Math.min(1000, notBefore - Date.now()));
        await heartbeat().catch(() => undefined);
      }
      topic = headerText(message, 'retry_source_topic') ?? topic;
      partition = Number(headerText(message, 'retry_source_partition') ?? partition);
    }
    const sourceOffset = retryAttempt > 0 ? (headerText(message, 'retry_source_offset') ?? message.offset) : message.offset;
    let event: ConsumedEvent;
    try {
      const ce = fromKafkaMessage(message.headers, message.value);
      const handler = this.opts.handlers[ce.type];
      if (!handler) {
        if (!isKnownEventType(ce.type)) throw new MalformedEventError(`unknown event type "${ce.type}"`);
        messagingMetrics.consumed.inc({ group: this.opts.groupId, topic, outcome: 'skipped' });
        return true; // a known event this app does not handle
      }
      const problems = validateEventData(ce.type, ce.data);
      if (problems.length) throw new MalformedEventError(`data does not match schema ${ce.type}: ${problems.join('; ')}`);
      event = { ...ce, topic, partition, offset: sourceOffset, key: message.key?.toString() ?? null };
    } catch (err) {
      await this.deadLetter(topic, partition, message, err as Error, sourceOffset);
      return true;
    }

    const handler = this.opts.handlers[event.type]!;
    const maxAttempts = this.opts.maxAttempts ?? 5;
    let attempts = 0;
    let outageSince: number | undefined;
    const timer = messagingMetrics.processing.startTimer({ group: this.opts.groupId, type: event.type });
    for (;;) {
      try {
        await handler(event);
        timer();
        messagingMetrics.consumed.inc({ group: this.opts.groupId, topic, outcome: 'handled' });
        return true;
      } catch (err) {
        const kind = classifyFailure(err);
        if (kind === 'poison') {
          await this.deadLetter(topic, partition, message, err as Error, sourceOffset);
          return true;
        }
        if (kind === 'outage' && !this.broadcast) {
          outageSince ??= Date.now();
          messagingMetrics.retries.inc({ group: this.opts.groupId, reason: 'dependency' });
          this.logger.warn({ err: (err as Error).message, eventId: event.id, outageMs: Date.now() - outageSince }, 'dependency unavailable; retrying');
        } else {
          attempts++;
          messagingMetrics.retries.inc({ group: this.opts.groupId, reason: 'handler' });
          this.logger.error({ err: (err as Error).message, eventId: event.id, attempts }, 'handler failed');
          if (attempts >= maxAttempts) {
            if (this.broadcast) this.skip(topic, event.id, err as Error);
            else if (retryAttempt < this.retryDelays.length) await this.scheduleRetry({ topic, partition, offset: sourceOffset }, message, retryAttempt + 1, err as Error);
            else await this.deadLetter(topic, partition, message, err as Error, sourceOffset);
            return true;
          }
        }
        if (this.stopping) return false;
        await sleep(Math.min(5000, 100 * 2 ** Math.min(attempts + (outageSince ? 3 : 0), 6)));
        await heartbeat().catch(() => undefined);
      }
    }
  }

  /** Broadcast mode: a message no replica can use is logged and passed over. */
  private skip(topic: string, eventId: string | undefined, err: Error): void {
    messagingMetrics.consumed.inc({ group: this.opts.groupId, topic, outcome: 'ignored' });
    this.logger.warn({ topic, eventId, err: err.message }, 'message ignored');
  }

  /** Moves a failing message to the retry topic, to be tried again after the attempt's delay. */
  private async scheduleRetry(source: { topic: string; partition: number; offset: string }, message: KafkaMessage, attempt: number, err: Error): Promise<void> {
    const delay = this.retryDelays[attempt - 1]!;
    messagingMetrics.retries.inc({ group: this.opts.groupId, reason: 'retry_topic' });
    this.logger.warn({ ...source, attempt, delayMs: delay, err: err.message }, 'message moved to the retry topic');
    const headers = copyHeaders(message);
    Object.assign(headers, {
      retry_attempt: String(attempt),
      retry_not_before: String(Date.now() + delay),
      retry_source_topic: source.topic,
      retry_source_partition: String(source.partition),
      retry_source_offset: source.offset,
      retry_error: err.message.slice(0, 2000),
    });
    await this.sendReliably(this.retryTopic, { key: message.key, value: message.value, headers });
  }

  private async sendReliably(topic: string, msg: { key: Buffer | null; value: Buffer | null; headers: Record<string, string | Buffer> }): Promise<void> {
    for (;;) {
      try {
        await this.dlqProducer.send({ topic, acks: -1, messages: [msg] });
        return;
      } catch (sendErr) {
        if (classifyFailure(sendErr) === 'poison' && msg.value !== null) {
          // Kafka refuses this message for good (too large with our headers): keep the
          // record of what failed, without its value.
          this.logger.error({ topic, err: (sendErr as Error).message }, 'Kafka refused the message; writing it without its value');
          msg = { ...msg, value: null, headers: { ...msg.headers, dlq_value_omitted: (sendErr as Error).message.slice(0, 500) } };
          continue;
        }
        this.logger.error({ topic, err: (sendErr as Error).message }, 'could not write to Kafka; retrying');
        if (this.stopping) throw sendErr; // left uncommitted: the next owner of the partition handles it
        await sleep(1000);
      }
    }
  }

  private async deadLetter(topic: string, partition: number, message: KafkaMessage, err: Error, offset = message.offset): Promise<void> {
    if (this.broadcast) return this.skip(topic, headerText(message, 'ce_id'), err);
    messagingMetrics.deadLetters.inc({ group: this.opts.groupId, topic });
    messagingMetrics.consumed.inc({ group: this.opts.groupId, topic, outcome: 'dead_lettered' });
    this.logger.warn({ topic, partition, offset: message.offset, err: err.message }, 'message sent to dead-letter topic');
    const headers = copyHeaders(message);
    Object.assign(headers, {
      dlq_error: err.message.slice(0, 2000),
      dlq_error_class: err.name,
      dlq_source_topic: topic,
      dlq_source_partition: String(partition),
      dlq_source_offset: offset,
      dlq_consumer_group: this.opts.groupId,
      dlq_failed_at: new Date().toISOString(),
    });
    await this.sendReliably(this.dlqTopic, { key: message.key, value: message.value, headers });
  }

  /** Stops fetching, lets the message in hand finish, commits offsets and leaves the group. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.rejoin.stop();
    await this.consumer.disconnect();
    await this.dlqProducer.disconnect();
  }

  get busy(): number {
    return this.inFlight;
  }
}
