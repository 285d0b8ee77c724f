import { Logger } from '@nestjs/common';
import { CloudEvent, toKafkaHeaders } from '@parley/contracts';
import { CompressionTypes, Kafka, Partitioners, Producer } from 'kafkajs';
import { messagingMetrics } from './messaging-metrics';

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

/**
 * Publishes CloudEvents (binary mode) and waits for all in-sync replicas to acknowledge
 * (acks=all; with the topic's min.insync.replicas, an acknowledged event survives the loss of a
 * broker).
 */
export class EventPublisher {
  private readonly logger = new Logger('EventPublisher');
  private producer: Producer;
  private connected?: Promise<void>;

  constructor(
    private readonly kafka: Kafka,
    private readonly settings: ProducerSettings = {},
  ) {
    this.producer = this.createProducer();
  }

  private createProducer(): Producer {
    const producer = this.kafka.producer({
      createPartitioner: Partitioners.DefaultPartitioner,
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
    const byTopic = new Map<string, OutgoingEvent[]>();
    for (const e of events) byTopic.set(e.topic, [...(byTopic.get(e.topic) ?? []), e]);
    const producer = this.producer;
    try {
      await this.send(producer, byTopic);
    } catch (err) {
      // Once per broken producer, however many sends saw it fail.
      if (lostProducerState(err) && this.producer === producer) await this.replaceProducer(err as Error);
      throw err; // an outage for the caller, who sends again (with a fresh producer)
    }
    for (const e of events) messagingMetrics.published.inc({ topic: e.topic, type: e.event.type });
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

  private async send(producer: Producer, byTopic: Map<string, OutgoingEvent[]>): Promise<void> {
    await producer.sendBatch({
      acks: -1,
      compression: CompressionTypes.None,
      topicMessages: [...byTopic].map(([topic, list]) => ({
        topic,
        messages: list.map(({ key, event }) => {
          const { data, ...attributes } = event;
          return { key, value: JSON.stringify(data), headers: toKafkaHeaders(attributes) };
        }),
      })),
    });
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
    this.connected = undefined;
  }
}
