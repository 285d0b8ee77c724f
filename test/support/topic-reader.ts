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
 * consumers do (libs/messaging EventConsumer); the group's committed offsets mean it goes on where
 * it stopped, and a message read twice is the test's to deduplicate (by event id) if it counts.
 */
export async function readTopics(
  kafka: Kafka,
  opts: { groupId: string; topics: string[]; eachMessage: (payload: EachMessagePayload) => Promise<void>; config?: Partial<ConsumerConfig> },
): Promise<TopicReader> {
  const consumer = kafka.consumer({ ...opts.config, groupId: opts.groupId });
  let stopping = false;
  let restarting: Promise<void> | undefined;
  const join = async () => {
    await consumer.connect();
    for (const topic of opts.topics) await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachMessage: opts.eachMessage });
  };
  consumer.on(consumer.events.CRASH, ({ payload }) => {
    if (payload.restart || stopping || restarting) return;
    restarting = (async () => {
      for (let attempt = 1; !stopping; attempt++) {
        await new Promise((r) => setTimeout(r, Math.min(5000, 500 * attempt)));
        if (stopping) return;
        try {
          await consumer.disconnect().catch(() => undefined);
          if (stopping) return;
          await join();
          return;
        } catch {
          // the broker is still not answering: try again
        }
      }
    })().finally(() => (restarting = undefined));
  });
  await join();
  return {
    consumer,
    async stop() {
      stopping = true;
      await restarting;
      await consumer.disconnect().catch(() => undefined);
    },
  };
}
