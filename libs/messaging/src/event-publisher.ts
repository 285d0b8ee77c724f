import { CloudEvent, toKafkaHeaders } from '@parley/contracts';
import { CompressionTypes, Kafka, Partitioners, Producer } from 'kafkajs';
import { messagingMetrics } from './messaging-metrics';

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
  private readonly producer: Producer;
  private connected?: Promise<void>;

  constructor(kafka: Kafka, settings: ProducerSettings = {}) {
    this.producer = kafka.producer({
      createPartitioner: Partitioners.DefaultPartitioner,
      allowAutoTopicCreation: false,
      retry: { retries: 5, initialRetryTime: 100, maxRetryTime: 2000 },
      ...(settings.idempotent ? { idempotent: true, maxInFlightRequests: 1 } : {}),
    });
    this.producer.on('producer.disconnect', () => (this.connected = undefined));
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
    await this.producer.sendBatch({
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
    for (const e of events) messagingMetrics.published.inc({ topic: e.topic, type: e.event.type });
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
    this.connected = undefined;
  }
}
