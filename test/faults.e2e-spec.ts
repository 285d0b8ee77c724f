import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { startSystem } from './support/app-processes';
import { InfraProcess } from './support/infra-process';
import { PipelineProbe, readTopicToEnd } from './support/pipeline-probe';
import { eventually, TEST_WEBHOOK_SECRET, uniqueNamespace } from './support/test-env';
import { tokenFor } from './support/tokens';
import { startWebhookReceiver } from './support/webhook-receiver';

/**
 * Fault tests on a private Kafka and database that the tests stop, kill and restart. The
 * infrastructure and the three apps are shared (starting them is what takes time); each scenario
 * has its own probe, articles and webhook window, leaves the system running, and asserts the
 * exact counts of its own comments, so any one runs alone (`jest -t`) or in any order.
 */
describe('faults: nothing lost, nothing doubled', () => {
  const namespace = uniqueNamespace('faults');
  const dataDir = fs.mkdtempSync(path.join(process.env.PARLEY_TEST_DATA_DIR ?? os.tmpdir(), 'faults-'));
  let kafka: InfraProcess;
  let mongo: InfraProcess;
  let system: Awaited<ReturnType<typeof startSystem>>;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  const probes: PipelineProbe[] = [];

  /** A probe of this scenario's comments only: webhooks received before it started are not its own. */
  const scenarioProbe = async (): Promise<PipelineProbe> => {
    const from = receiver.received.length;
    const probe = new PipelineProbe(() => system.api.url, mongo.address, system.databases, () => receiver.received.slice(from).map((w) => String(w.headers['webhook-id'])), { brokers: () => kafka.address, topicPrefix: system.topicPrefix });
    await probe.open();
    probes.push(probe);
    return probe;
  };
  const article = (scenario: string) => `${scenario}-${randomUUID().slice(0, 8)}`;
  const exactly = (n: number) => ({ posted: n, decided: n, applied: n, notifiedInApp: n, webhooks: n, distinctWebhooks: n });

  beforeAll(async () => {
    [kafka, mongo] = await Promise.all([InfraProcess.create('kafka', path.join(dataDir, 'kafka')), InfraProcess.create('mongo', path.join(dataDir, 'mongo'))]);
    await Promise.all([kafka.start(), mongo.start()]);
    receiver = await startWebhookReceiver(TEST_WEBHOOK_SECRET);
    system = await startSystem({
      namespace,
      kafkaBrokers: kafka.address,
      mongoUri: mongo.address,
      webhookUrls: [receiver.url],
      // A worker killed with SIGKILL leaves the group only when its session times out: the new
      // worker gets the partitions after that (30 s by default).
      extraEnv: { 'moderation-worker': { KAFKA_CONSUMER_SESSION_TIMEOUT_MS: '10000' } },
    });
  }, 180_000);

  afterEach(async () => {
    await Promise.all(probes.splice(0).map((p) => p.close()));
  });

  afterAll(async () => {
    await system?.stop();
    await receiver?.close();
    await Promise.all([kafka?.stop(), mongo?.stop()]);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 240_000);

  it('a poison message goes to the dead-letter topic and the partition keeps flowing', async () => {
    const probe = await scenarioProbe();
    const run = randomUUID().slice(0, 8);
    // Idempotent: a send retried after a lost acknowledgement (a busy machine) must not put a
    // second copy of a poison message on the topic (each copy would be dead-lettered, rightly).
    const producer = new Kafka({ clientId: 'poison', brokers: [kafka.address], logLevel: logLevel.NOTHING }).producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    await probe.post(10, article('poison'));
    // One poison message on every partition, each followed by comments that must still be decided.
    await producer.send({
      topic: `${system.topicPrefix}parley.comments.v1`,
      messages: Array.from({ length: 3 }, (_, p) => ({ partition: p, key: 'poison', value: '{"not":"a comment"', headers: { ce_specversion: '1.0', ce_id: `poison-${run}-${p}`, ce_source: '/test', ce_type: 'parley.comment.submitted.v1' } })),
    });
    await producer.disconnect();
    await probe.post(10, article('poison'));
    expect(await probe.settle('poison')).toEqual(exactly(20));
    const dead = (await readTopicToEnd(kafka.address, `${system.topicPrefix}moderation-worker.dlq`)).filter((m) => m.headers.ce_id?.startsWith(`poison-${run}-`));
    expect(dead.map((m) => m.headers.ce_id).sort()).toEqual([0, 1, 2].map((p) => `poison-${run}-${p}`));
    expect(dead.every((m) => /value is not JSON/.test(m.headers.dlq_error!))).toBe(true);
  }, 300_000);

  it('Kafka stopped while comments are posted: the API keeps answering 202 and everything is decided after it returns', async () => {
    const probe = await scenarioProbe();
    await kafka.stop();
    try {
      await probe.post(30, article('kafka-down'));
      // From the servers: comments-api stored all 30 (their events wait in its outbox), none was decided.
      expect(await probe.stored()).toEqual({ stored: 30, decided: 0 });
    } finally {
      await kafka.start();
    }
    expect(await probe.settle('kafka stopped')).toEqual(exactly(30));
  }, 300_000);

  it('a worker killed with SIGKILL mid-stream: a new one decides the rest, each comment once, no duplicate notifications', async () => {
    const probe = await scenarioProbe();
    const posting = probe.post(60, article('sigkill'));
    await eventually('some of the scenario decided before the kill', async () => (await probe.stored()).decided >= 10);
    system.worker.process.kill('SIGKILL');
    await posting;
    system.worker = await system.startReplica('moderation-worker');
    expect(await probe.settle('worker SIGKILL')).toEqual(exactly(60));
  }, 300_000);

  it('the database restarted: the apps recover without being restarted', async () => {
    await mongo.restart();
    // An admin sees which check is down, so a non-recovery names its dependency.
    let lastHealth = '';
    await eventually(
      'comments-api healthy again',
      async () => {
        const res = await fetch(`${system.api.url}/health`, { headers: { authorization: `Bearer ${tokenFor('faults-admin', ['admin'])}` } });
        lastHealth = `${res.status} ${await res.text()}`;
        return res.ok;
      },
      60_000,
      500,
    ).catch((err: Error) => {
      throw new Error(`${err.message}; last answer: ${lastHealth}; comments-api exit code ${system.api.process.exitCode}`);
    });
    const probe = await scenarioProbe();
    await probe.post(20, article('db-restart'));
    expect(await probe.settle('database restarted')).toEqual(exactly(20));
    for (const app of [system.api, system.worker, system.notifications]) expect(app.process.exitCode).toBeNull();
  }, 300_000);

  it('SIGTERM during load: in-flight work completes, the worker exits cleanly, nothing is lost', async () => {
    const probe = await scenarioProbe();
    const posting = probe.post(40, article('sigterm'));
    await eventually('load under way', async () => (await probe.stored()).decided >= 5, 60_000);
    const exitCode = await system.worker.stop('SIGTERM');
    // Nest re-raises the signal once it has shut down, so a clean exit ends "by SIGTERM";
    // the helper would have escalated to SIGKILL after 20 s had the worker hung.
    expect({ exitCode, signal: system.worker.process.signalCode }).toEqual({ exitCode: null, signal: 'SIGTERM' });
    await posting;
    system.worker = await system.startReplica('moderation-worker');
    expect(await probe.settle('worker SIGTERM')).toEqual(exactly(40));
  }, 300_000);
});
