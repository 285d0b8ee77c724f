import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EventTypes } from '@parley/contracts';
import { EventPublisher } from '@parley/messaging';
import { Admin, Kafka, logLevel, PartitionMetadata, Partitioners } from 'kafkajs';
import { KafkaCluster } from './support/kafka-cluster';
import { eventually } from './support/test-env';

/**
 * kafkajs keeps the brokers' answers across the retries of one send and retries only the
 * brokers that have none. On a real three-broker cluster: two topics whose partition 0 is led by
 * broker 1 and partition 1 by broker 2. Partition 0 is moved to broker 2 (as a reassignment, a
 * broker failure or a leader election moves it) while the producers still hold the old
 * metadata, and a batch for both partitions is sent: broker 1 answers that it does not lead
 * partition 0, broker 2 writes partition 1, and after the metadata refresh partition 0 belongs to
 * broker 2, which has already answered. kafkajs's own `sendBatch` then resolves without writing
 * partition 0's messages; `EventPublisher` must write every event.
 */
describe('a send whose partition leader moves to a broker that already answered', () => {
  const dataDir = fs.mkdtempSync(path.join(process.env.PARLEY_TEST_DATA_DIR ?? os.tmpdir(), 'leader-move-'));
  let cluster: KafkaCluster;
  let kafka: Kafka;
  let admin: Admin;

  beforeAll(async () => {
    cluster = await KafkaCluster.create(path.join(dataDir, 'kafka'));
    await cluster.start();
    // Bootstrapped from brokers 2 and 3: broker 1 is known only from the metadata.
    kafka = new Kafka({ clientId: 'leader-move', brokers: cluster.nodes.slice(1).map((n) => `127.0.0.1:${n.port}`), logLevel: logLevel.NOTHING });
    admin = kafka.admin();
    await admin.connect();
  }, 240_000);

  afterAll(async () => {
    await admin?.disconnect();
    await cluster?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 240_000);

  /** A broker keeps a partition's log in a directory named `<topic>-<partition>` somewhere under its data directory. */
  function hasLogDirectory(dataDir: string, name: string): boolean {
    return fs.readdirSync(dataDir, { recursive: true, encoding: 'utf8' }).some((entry) => path.basename(entry) === name);
  }

  /** Messages written to each partition of `topic` (high watermark minus low). */
  async function written(topic: string): Promise<number[]> {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.sort((a, b) => a.partition - b.partition).map((o) => Number(o.high) - Number(o.low));
  }

  it('kafkajs resolves without partition 0; EventPublisher sends its events again and writes all of them', async () => {
    const raw = 'leader-move.kafkajs';
    const published = 'leader-move.publisher';
    await admin.createTopics({
      waitForLeaders: false,
      topics: [raw, published].map((topic) => ({
        topic,
        // one copy each (a topic's partitions have as many copies each), so that broker 2 answers for
        // partition 1 at once: acks=all waits for no follower
        replicaAssignment: [
          { partition: 0, replicas: [1] },
          { partition: 1, replicas: [2] },
        ],
        configEntries: [{ name: 'min.insync.replicas', value: '1' }],
      })),
    });
    await eventually('broker 1 leads partition 0 and broker 2 partition 1 of both topics', async () => {
      const { topics } = await admin.fetchTopicMetadata({ topics: [raw, published] }).catch(() => ({ topics: [] }));
      return topics.length === 2 && topics.every((t) => t.partitions.every((p) => p.leader === p.partitionId + 1 && p.isr.length === p.replicas.length));
    }, 60_000);
    // Five keys for each partition, as kafkajs's default partitioner places them.
    const layout: PartitionMetadata[] = [0, 1].map((partitionId) => ({ partitionId, leader: partitionId + 1, replicas: [partitionId + 1], isr: [partitionId + 1], partitionErrorCode: 0 }));
    const partitionOf = Partitioners.DefaultPartitioner();
    const keys: Record<number, string[]> = { 0: [], 1: [] };
    for (let i = 0; keys[0]!.length < 5 || keys[1]!.length < 5; i++) {
      const key = `key-${i}`;
      const p = partitionOf({ topic: raw, partitionMetadata: layout, message: { key, value: '' } });
      if (keys[p]!.length < 5) keys[p]!.push(key);
    }
    const batchKeys = [...keys[0]!, ...keys[1]!];
    const event = (id: string, key: string) => ({
      topic: published,
      key,
      event: { specversion: '1.0' as const, id, source: '/test/leader-move', type: EventTypes.QueueItemAdded, time: new Date().toISOString(), datacontenttype: 'application/json' as const, data: {} },
    });

    // Both producers learn the layout (broker 1 leads partition 0) with one message per partition.
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, allowAutoTopicCreation: false, retry: { retries: 5, initialRetryTime: 100, maxRetryTime: 2000 } });
    await producer.connect();
    const publisher = new EventPublisher(kafka);
    await publisher.connect();
    try {
      await producer.sendBatch({ acks: -1, topicMessages: [{ topic: raw, messages: [keys[0]![0]!, keys[1]![0]!].map((key) => ({ key, value: 'warm-up' })) }] });
      await publisher.publish([event('warm-0', keys[0]![0]!), event('warm-1', keys[1]![0]!)]);
      expect(await written(raw)).toEqual([1, 1]);
      expect(await written(published)).toEqual([1, 1]);

      // Partition 0 moves to broker 2 alone; broker 1 stays up and answers that it no longer has it.
      await admin.alterPartitionReassignments({ topics: [raw, published].map((topic) => ({ topic, partitionAssignment: [{ partition: 0, replicas: [2] }] })) });
      await eventually('broker 2 alone holds partition 0 of both topics', async () => {
        const { topics } = await admin.fetchTopicMetadata({ topics: [raw, published] });
        return topics.every((t) => {
          const p0 = t.partitions.find((p) => p.partitionId === 0);
          return p0?.leader === 2 && p0.replicas.join() === '2';
        });
      }, 60_000);
      // ...and broker 1 itself has let go of it (its copy's log directory is deleted or renamed for deletion): the cluster's
      // metadata can say so a moment before broker 1 acts on it, and a broker that still leads takes the write.
      await eventually('broker 1 has dropped its copy of partition 0 of both topics', async () => [raw, published].every((t) => !hasLogDirectory(cluster.nodes[0]!.dataDir, `${t}-0`)), 60_000);

      await producer.sendBatch({ acks: -1, topicMessages: [{ topic: raw, messages: batchKeys.map((key) => ({ key, value: 'batch' })) }] });
      await publisher.publish(batchKeys.map((key, i) => event(`batch-${i}`, key)));

      const kafkajs = await written(raw);
      const ours = await written(published);
      console.log(`[leader move] messages written per partition after the batch (5 + 5 sent, after 1 + 1): kafkajs sendBatch ${JSON.stringify(kafkajs)}, EventPublisher ${JSON.stringify(ours)} (${publisher.stats.resent} events sent again)`);
      // kafkajs acknowledged the batch without writing partition 0's five messages...
      expect(kafkajs).toEqual([1, 6]);
      // ...which the publisher noticed and sent again: every event written (once: nothing failed).
      expect(publisher.stats.resent).toBe(5);
      expect(ours).toEqual([6, 6]);
    } finally {
      await producer.disconnect();
      await publisher.disconnect();
    }
  }, 180_000);
});
