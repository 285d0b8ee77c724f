import { Kafka } from 'kafkajs';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** How new topics are created: the deployment's partitions, replication and durability settings. */
export interface TopicSettings {
  /** Partitions of a new topic (the broker's num.partitions when unset). */
  partitions?: number;
  /** Replicas of each partition (the broker's default.replication.factor when unset). */
  replicationFactor?: number;
  /**
   * `min.insync.replicas` of a new topic: with acks=all, a write succeeds only once this many
   * replicas have it (the broker's default when unset). 2 with a replication factor of 3 keeps
   * every acknowledged event through the loss of one broker.
   */
  minInsyncReplicas?: number;
}

/**
 * The one place topics are created: the app's event topics at start-up and each consumer
 * group's retry and dead-letter topics when its consumer starts, all with the same settings.
 * Existing topics are left as they are.
 */
export class TopicProvisioner {
  constructor(
    private readonly kafka: Kafka,
    readonly settings: TopicSettings = {},
  ) {}

  /** Creates the missing ones of `topics` (full names), retried while the cluster comes up. */
  ensure(topics: string[], attempts = 30): Promise<void> {
    return ensureTopics(this.kafka, topics, this.settings.partitions, this.settings.replicationFactor, attempts, this.settings.minInsyncReplicas);
  }
}

/**
 * Creates topics that do not exist yet. Several replicas starting together may race to create
 * the same topic and see transient metadata errors ("does not host this topic-partition", leader
 * not available) while it is being created, so the whole step is retried until every topic
 * exists or `attempts` run out.
 */
export async function ensureTopics(
  kafka: Kafka,
  topics: string[],
  numPartitions?: number,
  replicationFactor?: number,
  attempts = 30,
  minInsyncReplicas?: number,
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
          topics: missing.map((topic) => ({
            topic,
            numPartitions: numPartitions ?? -1,
            replicationFactor: replicationFactor ?? -1,
            configEntries: minInsyncReplicas ? [{ name: 'min.insync.replicas', value: String(minInsyncReplicas) }] : [],
          })),
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
