import { ConsumerGroups } from '@parley/contracts';
import { startSystem, RunningApp } from './support/app-processes';
import { waitForGroupMembers } from './support/consumer-progress';
import { PipelineProbe } from './support/pipeline-probe';
import { testInfrastructure, TEST_WEBHOOK_SECRET, uniqueNamespace } from './support/test-env';
import { startWebhookReceiver } from './support/webhook-receiver';

/** Sum of a Prometheus counter over the series whose labels contain all of `labels`. */
async function counter(app: RunningApp, name: string, labels: Record<string, string>): Promise<number> {
  const text = await (await fetch(`${app.url}/metrics`)).text();
  let total = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const matches = Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`));
    if (matches) total += Number(line.split(' ').pop());
  }
  return total;
}

/**
 * Three moderation-worker replicas and two notifications replicas in the same consumer
 * groups share the partitions, and every comment is decided and notified exactly once in
 * effect.
 */
describe('scale-out: replicas share partitions', () => {
  const namespace = uniqueNamespace('scale');
  let system: Awaited<ReturnType<typeof startSystem>>;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let probe: PipelineProbe;
  const workers: RunningApp[] = [];
  const notifiers: RunningApp[] = [];

  beforeAll(async () => {
    receiver = await startWebhookReceiver(TEST_WEBHOOK_SECRET);
    system = await startSystem({ namespace, webhookUrls: [receiver.url], extraEnv: { all: { KAFKA_TOPIC_PARTITIONS: '6' } } });
    workers.push(system.worker, await system.startReplica('moderation-worker'), await system.startReplica('moderation-worker'));
    notifiers.push(system.notifications, await system.startReplica('notifications'));
    probe = new PipelineProbe(() => system.api.url, testInfrastructure().mongoUri, system.databases, () => receiver.received.map((w) => String(w.headers['webhook-id'])), { brokers: () => testInfrastructure().kafkaBrokers, topicPrefix: system.topicPrefix });
    await probe.open();
  }, 420_000); // six processes start one after another; on a loaded machine each may take a minute

  afterAll(async () => {
    await probe?.close();
    await system?.stop();
    await receiver?.close();
  });

  it('decides and notifies 90 comments exactly once across 3 workers and 2 notifiers', async () => {
    // The groups have rebalanced over the new replicas before the load arrives.
    await waitForGroupMembers(testInfrastructure().kafkaBrokers, `${system.topicPrefix}${ConsumerGroups.ModerationWorker}`, workers.length);
    await waitForGroupMembers(testInfrastructure().kafkaBrokers, `${system.topicPrefix}${ConsumerGroups.Notifications}`, notifiers.length);
    await probe.post(90, 'scale-article', 30);
    const counts = await probe.settle('scale-out 3 workers + 2 notifiers', 240_000);
    expect(counts).toEqual({ posted: 90, decided: 90, applied: 90, notifiedInApp: 90, webhooks: 90, distinctWebhooks: 90 });

    const handledByWorker = await Promise.all(workers.map((w) => counter(w, 'parley_consumer_messages_total', { outcome: 'handled', topic: `${system.topicPrefix}parley.comments.v1` })));
    const handledByNotifier = await Promise.all(notifiers.map((n) => counter(n, 'parley_consumer_messages_total', { outcome: 'handled', topic: `${system.topicPrefix}parley.moderation-decisions.v1` })));
    console.log(`[scale-out] handled per worker ${JSON.stringify(handledByWorker)}, per notifier ${JSON.stringify(handledByNotifier)}`);
    // Partitions are shared: every replica did part of the work, and together all of it (a
    // message redelivered during a rebalance may be handled twice; the counts above show it
    // had no second effect).
    expect(handledByWorker.every((n) => n > 0)).toBe(true);
    expect(handledByNotifier.every((n) => n > 0)).toBe(true);
    expect(handledByWorker.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(90);
    expect(handledByNotifier.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(90);
  }, 300_000);
});
