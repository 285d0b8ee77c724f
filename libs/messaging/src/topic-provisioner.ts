import { Kafka } from 'kafkajs';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Creates the topics this app needs; existing topics are left as they are. Several replicas
 * starting together may race to create the same topic and see transient metadata errors
 * ("does not host this topic-partition", leader not available) while it is being created, so
 * the whole step is retried until every topic exists or `attempts` run out.
 */
export async function ensureTopics(
  kafka: Kafka,
  topics: string[],
  numPartitions?: number,
  replicationFactor?: number,
  attempts = 30,
): Promise<void> {
  const wanted = [...new Set(topics)];
  for (let attempt = 1; ; attempt++) {
    const admin = kafka.admin();
    try {
      await admin.connect();
      const existing = new Set(await admin.listTopics());
      const missing = wanted.filter((t) => !existing.has(t));
      if (missing.length) {
        await admin.createTopics({
          waitForLeaders: true,
          topics: missing.map((topic) => ({ topic, numPartitions: numPartitions ?? -1, replicationFactor: replicationFactor ?? -1 })),
        });
      }
      const now = new Set(await admin.listTopics());
      if (wanted.every((t) => now.has(t))) return;
      throw new Error(`topics not visible yet: ${wanted.filter((t) => !now.has(t)).join(', ')}`);
    } catch (err) {
      if (attempt >= attempts) throw err;
      await sleep(Math.min(2000, 200 * attempt));
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }
}
