import { CrashRejoin } from '@parley/messaging/crash-rejoin';
import type { Consumer, ConsumerConfig, EachMessagePayload, Kafka } from 'kafkajs';

export interface TopicReader {
  /** The kafkajs consumer behind the reader (for offsets and group checks). */
  readonly consumer: Consumer;
  /** Stops reading; safe to call twice. */
  stop(): Promise<void>;
}

/**
 * A test's reader of whole topics (from the beginning) in a consumer group of its own.
 *
 * kafkajs restarts a crashed consumer only after errors it counts as retriable; after others
 * ("This is not the correct coordinator", "Failed to find group coordinator", seen on a loaded
 * broker) it stays disconnected for good, and a test waiting for an event would wait until its
 * timeout although the event is on the topic. This reader joins again, backing off, as the apps'
 * consumers do (libs/messaging CrashRejoin); the group's committed offsets mean it goes on where
 * it stopped. Each message (topic, partition, offset) is handed over once, also when Kafka
 * delivers it again after a rejoin; an event published twice is two messages, and both are seen.
 */
export async function readTopics(
  kafka: Kafka,
  opts: { groupId: string; topics: string[]; eachMessage: (payload: EachMessagePayload) => Promise<void>; config?: Partial<ConsumerConfig> },
): Promise<TopicReader> {
  // A short fetch wait: stopping waits for the fetch in flight (kafkajs's default wait of 5 s made
  // every reader's stop, and so every read of a topic to its end, take 5 s).
  const consumer = kafka.consumer({ maxWaitTimeInMs: 100, ...opts.config, groupId: opts.groupId });
  const handed = new Set<string>();
  const join = async () => {
    await consumer.connect();
    for (const topic of opts.topics) await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async (payload) => {
        const at = `${payload.topic}\u0000${payload.partition}\u0000${payload.message.offset}`;
        if (handed.has(at)) return; // read again after a rejoin: it was handed over already
        await opts.eachMessage(payload);
        handed.add(at);
      },
    });
  };
  const rejoin = new CrashRejoin(consumer, { join });
  try {
    await join();
  } catch (err) {
    await rejoin.stop();
    await consumer.disconnect().catch(() => undefined);
    throw err;
  }
  return {
    consumer,
    async stop() {
      await rejoin.stop();
      await consumer.disconnect().catch(() => undefined);
    },
  };
}
