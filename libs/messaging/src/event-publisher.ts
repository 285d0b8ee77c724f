import { Logger } from '@nestjs/common';
import { CloudEvent, toKafkaHeaders } from '@parley/contracts';
import { CompressionTypes, Kafka, KafkaJSError, Message, Partitioners, Producer, TopicMessages } from 'kafkajs';
import { classifyFailure } from './infrastructure-error';
import { messagingMetrics } from './messaging-metrics';

/** Events of the calls grouped into one produce request, at most (a call's events are never split). */
const MAX_GROUPED_EVENTS = 1000;

/**
 * Rounds of sending again the events kafkajs left out of an acknowledged batch (see `send`)
 * before the publish fails as an outage and its caller sends it again.
 */
const MAX_UNACKNOWLEDGED_ROUNDS = 5;

/** Broker answers saying the idempotent producer's state (id, epoch, sequence) is no longer valid. */
const PRODUCER_STATE_ERRORS = new Set(['OUT_OF_ORDER_SEQUENCE_NUMBER', 'UNKNOWN_PRODUCER_ID', 'INVALID_PRODUCER_EPOCH', 'INVALID_PRODUCER_ID_MAPPING']);

function lostProducerState(err: unknown): boolean {
  for (let e = err as { type?: string; cause?: unknown } | undefined, depth = 0; e && depth < 10; e = e.cause as typeof e, depth++) {
    if (PRODUCER_STATE_ERRORS.has(e.type ?? '')) return true;
    if (e.cause === e) break;
  }
  return false;
}

export interface OutgoingEvent<T = unknown> {
  topic: string;
  key: string;
  event: CloudEvent<T>;
}

export interface ProducerSettings {
  /**
   * Idempotent producer (KAFKA_PRODUCER_IDEMPOTENT): the broker drops a batch it already has
   * when a retry resends it (e.g. its acknowledgement was lost when a broker died), so a retry
   * never writes an event twice. One request in flight per broker keeps the order.
   */
  idempotent?: boolean;
}

interface WaitingPublish {
  events: OutgoingEvent[];
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * Publishes CloudEvents (binary mode) and waits for all in-sync replicas to acknowledge
 * (acks=all; with the topic's min.insync.replicas, an acknowledged event survives the loss of a
 * broker).
 *
 * Adaptive batching (group send): a call made while no send is in flight goes out at once; the
 * calls made while one is in flight are sent together by the next, in call order, as one
 * produce request. Idle, nothing waits for a timer; under load, one request (and one pass
 * through kafkajs) carries many events. Each call resolves when its events are acknowledged;
 * when a grouped send fails for good (a message Kafka refuses), each call is sent again on
 * its own, so only the call with the bad message sees that error.
 */
export class EventPublisher {
  private readonly logger = new Logger('EventPublisher');
  private producer: Producer;
  private connected?: Promise<void>;
  private readonly waiting: WaitingPublish[] = [];
  private sending = false;
  /**
   * Produce requests sent so far, events in them, and events sent again because kafkajs
   * acknowledged a batch without them (for metrics and tests).
   */
  readonly stats = { sends: 0, events: 0, resent: 0 };
  /** The partition kafkajs's partitioner last chose for each message being sent. */
  private readonly partitionOf = new WeakMap<Message, number>();

  constructor(
    private readonly kafka: Kafka,
    private readonly settings: ProducerSettings = {},
  ) {
    this.producer = this.createProducer();
  }

  private createProducer(): Producer {
    const producer = this.kafka.producer({
      // kafkajs's default partitioner, remembering where each message went (see `send`)
      createPartitioner: () => {
        const choose = Partitioners.DefaultPartitioner();
        return (args) => {
          const partition = choose(args);
          this.partitionOf.set(args.message, partition);
          return partition;
        };
      },
      allowAutoTopicCreation: false,
      retry: { retries: 5, initialRetryTime: 100, maxRetryTime: 2000 },
      ...(this.settings.idempotent ? { idempotent: true, maxInFlightRequests: 1 } : {}),
    });
    producer.on('producer.disconnect', () => {
      if (this.producer === producer) this.connected = undefined;
    });
    return producer;
  }

  connect(): Promise<void> {
    this.connected ??= this.producer.connect().catch((err) => {
      this.connected = undefined;
      throw err;
    });
    return this.connected;
  }

  async publish(events: OutgoingEvent[]): Promise<void> {
    if (!events.length) return;
    await this.connect();
    await new Promise<void>((resolve, reject) => {
      this.waiting.push({ events, resolve, reject });
      if (!this.sending) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.sending = true;
    try {
      while (this.waiting.length) {
        let n = 0;
        let count = 0;
        while (n < this.waiting.length && (n === 0 || count + this.waiting[n]!.events.length <= MAX_GROUPED_EVENTS)) count += this.waiting[n++]!.events.length;
        const group = this.waiting.splice(0, n);
        try {
          await this.sendGroup(group.flatMap((w) => w.events));
          for (const w of group) w.resolve();
        } catch (err) {
          if (group.length === 1 || classifyFailure(err) !== 'poison') {
            for (const w of group) w.reject(err);
            continue;
          }
          // Refused for good: find whose events they were, one call at a time.
          for (const w of group) await this.sendGroup(w.events).then(w.resolve, w.reject);
        }
      }
    } finally {
      this.sending = false;
    }
  }

  private async sendGroup(events: OutgoingEvent[]): Promise<void> {
    const byTopic = new Map<string, OutgoingEvent[]>();
    for (const e of events) {
      const list = byTopic.get(e.topic);
      if (list) list.push(e);
      else byTopic.set(e.topic, [e]);
    }
    const producer = this.producer;
    try {
      this.stats.sends++;
      this.stats.events += events.length;
      await this.send(producer, byTopic);
    } catch (err) {
      // Once per broken producer, however many sends saw it fail.
      if (lostProducerState(err) && this.producer === producer) await this.replaceProducer(err as Error);
      throw err; // an outage for the caller, who sends again (with a fresh producer)
    }
    for (const [topic, list] of byTopic) {
      const byType = new Map<string, number>();
      for (const e of list) byType.set(e.event.type, (byType.get(e.event.type) ?? 0) + 1);
      for (const [type, n] of byType) messagingMetrics.published.inc({ topic, type }, n);
    }
  }

  /**
   * After a broker failure an idempotent producer can lose its sequence with the broker
   * (OUT_OF_ORDER_SEQUENCE_NUMBER, UNKNOWN_PRODUCER_ID, …) and kafkajs does not recover from it:
   * every later send fails the same way. A new producer (a new producer id) starts afresh.
   */
  private async replaceProducer(err: Error): Promise<void> {
    this.logger.warn({ err: err.message }, 'the producer lost its state with the broker; replacing it');
    const old = this.producer;
    this.producer = this.createProducer();
    this.connected = undefined;
    await old.disconnect().catch(() => undefined);
  }

  /**
   * One `sendBatch`, and the events it did not acknowledge sent again. kafkajs keeps the brokers'
   * answers across its retries of one send and retries only the brokers without one, so when a
   * partition's leader moves during a send (a broker died) to a broker that had already answered
   * for its own partitions, kafkajs sends nothing more and resolves without ever writing that
   * partition's events (the broker-failure test lost a comment this way). Every partition the
   * partitioner chose must be in the acknowledgement; the events of any other are sent again.
   */
  private async send(producer: Producer, byTopic: Map<string, OutgoingEvent[]>): Promise<void> {
    let pending: TopicMessages[] = [...byTopic].map(([topic, list]) => ({
      topic,
      messages: list.map(({ key, event }) => {
        const { data, ...attributes } = event;
        return { key, value: JSON.stringify(data), headers: toKafkaHeaders(attributes) };
      }),
    }));
    for (let round = 1; ; round++) {
      const acknowledged = await producer.sendBatch({ acks: -1, compression: CompressionTypes.None, topicMessages: pending });
      const written = new Set(acknowledged.filter((r) => r.errorCode === 0).map((r) => `${r.topicName}\u0000${r.partition}`));
      pending = pending
        .map(({ topic, messages }) => ({ topic, messages: messages.filter((m) => !written.has(`${topic}\u0000${this.partitionOf.get(m)}`)) }))
        .filter((t) => t.messages.length > 0);
      if (!pending.length) return;
      const left = pending.reduce((n, t) => n + t.messages.length, 0);
      const partitions = pending.map((t) => `${t.topic}[${[...new Set(t.messages.map((m) => this.partitionOf.get(m)))].join(',')}]`);
      if (round >= MAX_UNACKNOWLEDGED_ROUNDS) {
        throw new KafkaJSError(`Kafka did not acknowledge ${left} events (${partitions.join(' ')}) after ${round} sends`, { retriable: true });
      }
      this.stats.resent += left;
      messagingMetrics.unacknowledgedResent.inc(left);
      this.logger.warn({ events: left, partitions }, 'kafkajs acknowledged a batch without some of its partitions (their leader moved); sending their events again');
    }
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
    this.connected = undefined;
  }
}
