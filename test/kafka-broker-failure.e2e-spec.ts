import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { ConfigResourceTypes, Kafka, logLevel } from 'kafkajs';
import { startSystem } from './support/app-processes';
import { topicMessageCount } from './support/consumer-progress';
import { KafkaCluster } from './support/kafka-cluster';
import { PipelineProbe } from './support/pipeline-probe';
import { eventually, readJson, testInfrastructure, TEST_WEBHOOK_SECRET, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';
import { startWebhookReceiver } from './support/webhook-receiver';

/**
 * The three apps on a private three-broker KRaft cluster (topics replicated 3 times,
 * min.insync.replicas 2, producers with acks=all; not kafkajs's idempotent producer, which
 * can drop a batch after a broker failure: see docs/messaging.md). While comments are posted and
 * moderated, the broker leading the comment topic's first partition is killed with SIGKILL and
 * later restarted. Every posted comment must end decided once, applied once and notified once.
 */
describe('a broker killed with SIGKILL in a three-broker cluster: nothing lost, nothing doubled', () => {
  const namespace = uniqueNamespace('cluster');
  const dataDir = fs.mkdtempSync(path.join(process.env.PARLEY_TEST_DATA_DIR ?? os.tmpdir(), 'cluster-'));
  const { mongoUri } = testInfrastructure();
  let cluster: KafkaCluster;
  let system: Awaited<ReturnType<typeof startSystem>>;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let probe: PipelineProbe;
  let kafka: Kafka;

  beforeAll(async () => {
    cluster = await KafkaCluster.create(path.join(dataDir, 'kafka'));
    await cluster.start();
    kafka = new Kafka({ clientId: 'cluster-probe', brokers: cluster.brokers.split(','), logLevel: logLevel.NOTHING });
    receiver = await startWebhookReceiver(TEST_WEBHOOK_SECRET);
    system = await startSystem({
      namespace,
      kafkaBrokers: cluster.brokers,
      mongoUri,
      webhookUrls: [receiver.url],
      extraEnv: { all: { KAFKA_REPLICATION_FACTOR: '3', KAFKA_MIN_INSYNC_REPLICAS: '2', KAFKA_PRODUCER_IDEMPOTENT: 'false' } },
    });
    probe = new PipelineProbe(() => system.api.url, mongoUri, system.databases, () => receiver.received.map((w) => String(w.headers['webhook-id'])));
    await probe.open();
  }, 240_000);

  afterAll(async () => {
    await probe?.close();
    await system?.stop();
    await receiver?.close();
    await cluster?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 240_000);

  it('apps report their consumer groups joined; every topic they created has 3 replicas and min.insync.replicas 2', async () => {
    for (const app of [system.api, system.worker, system.notifications]) {
      // Admins see each check's details. Readiness also accepts 'rebalancing' (a group rebalances
      // when another app creates a topic it subscribes to), so wait for every group to settle.
      await eventually(`${app.url}: every consumer group joined`, async () => {
        const health = await readJson(await fetch(`${app.url}/health`, { headers: { authorization: `Bearer ${tokenFor('admin-1', ['admin'])}` } }));
        const groups = health.checks['kafka-consumers'].groups as Record<string, { state: string }>;
        return Object.keys(groups).length > 0 && Object.values(groups).every((g) => g.state === 'joined');
      }, 60_000);
    }
    const admin = kafka.admin();
    await admin.connect();
    try {
      const topics = (await admin.listTopics()).filter((t) => t.startsWith(system.topicPrefix));
      // Event topics, and each consumer group's retry and dead-letter topics.
      expect(topics).toEqual(expect.arrayContaining([`${system.topicPrefix}parley.comments.v1`, `${system.topicPrefix}moderation-worker.retry`, `${system.topicPrefix}moderation-worker.dlq`, `${system.topicPrefix}notifications.dlq`]));
      const { topics: meta } = await admin.fetchTopicMetadata({ topics });
      expect(meta.filter((t) => t.partitions.length !== 3 || t.partitions.some((p) => p.replicas.length !== 3)).map((t) => t.name)).toEqual([]);
      const configs = await admin.describeConfigs({ includeSynonyms: false, resources: topics.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configNames: ['min.insync.replicas'] })) });
      expect(configs.resources.filter((r) => r.configEntries[0]?.configValue !== '2').map((r) => r.resourceName)).toEqual([]);
    } finally {
      await admin.disconnect();
    }
  });

  it('posts and moderates through a broker SIGKILL and restart; each comment decided, applied and notified exactly once', async () => {
    await probe.post(10, 'cluster-article');
    await eventually('some decisions before the kill', async () => (await probe.counts()).decided >= 5, 60_000);

    // The broker leading the comment topic's first partition (its leadership must move).
    const admin = kafka.admin();
    await admin.connect();
    const { topics } = await admin.fetchTopicMetadata({ topics: [`${system.topicPrefix}parley.comments.v1`] });
    await admin.disconnect();
    const leader = topics[0]!.partitions.find((p) => p.partitionId === 0)!.leader;
    const victim = cluster.nodes[leader - 1]!;
    const posting = probe.post(20, 'cluster-article');
    await victim.kill();
    console.log(`[broker failure] killed broker ${leader} (SIGKILL) while posting`);
    await posting;
    await probe.post(10, 'cluster-article');
    await eventually('comments decided while the broker is down', async () => (await probe.counts()).decided >= 25, 120_000, 500);

    await victim.start();
    console.log(`[broker failure] broker ${leader} restarted`);
    await probe.post(10, 'cluster-article');
    const counts = await probe.settle('broker SIGKILL in a 3-broker cluster').catch((err: Error) => {
      // What the apps complained about, for the log of a failed run.
      for (const app of [system.api, system.worker, system.notifications]) {
        const lines = fs.readFileSync(app.logFile, 'utf8').split('\n').filter((l) => /"level":"(warn|error|fatal)"/.test(l));
        console.log(`[broker failure] ${app.name}: ${lines.length} warnings/errors, the last ones:\n${lines.slice(-15).join('\n')}`);
      }
      throw err;
    });
    expect(counts).toEqual({ posted: 50, decided: 50, applied: 50, notifiedInApp: 50, webhooks: 50, distinctWebhooks: 50 });

    // Per comment: one decision, one in-app notification, one webhook.
    const conn = await mongoose.createConnection(mongoUri).asPromise();
    try {
      const perComment = async (db: string, collection: string, field: string) => {
        const rows = await conn.useDb(db).db!.collection(collection).aggregate<{ _id: string; n: number }>([{ $match: { [field]: { $in: probe.posted } } }, { $group: { _id: `$${field}`, n: { $sum: 1 } } }]).toArray();
        return rows.filter((r) => r.n !== 1).length + (probe.posted.length - rows.length);
      };
      const notExactlyOnce = {
        decisions: await perComment(system.databases.moderation, 'decisions', 'commentId'),
        inApp: await perComment(system.databases.notifications, 'in_app_notifications', 'data.commentId'),
      };
      console.log(`[broker failure] comments not decided or notified exactly once: ${JSON.stringify(notExactlyOnce)}`);
      expect(notExactlyOnce).toEqual({ decisions: 0, inApp: 0 });
    } finally {
      await conn.close();
    }
    // Nothing was given up on: every consumer group's dead-letter topic is empty.
    const dlqAdmin = kafka.admin();
    await dlqAdmin.connect();
    try {
      const dlqs = (await dlqAdmin.listTopics()).filter((t) => t.startsWith(system.topicPrefix) && t.endsWith('.dlq'));
      expect(dlqs.length).toBeGreaterThanOrEqual(5);
      const deadLetters = Object.fromEntries(await Promise.all(dlqs.map(async (t) => [t, await topicMessageCount(cluster.brokers, t)] as const)));
      expect(Object.values(deadLetters).reduce((a, b) => a + b, 0)).toBe(0);
    } finally {
      await dlqAdmin.disconnect();
    }
    for (const app of [system.api, system.worker, system.notifications]) expect(app.process.exitCode).toBeNull();
  }, 360_000);
});
