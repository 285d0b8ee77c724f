import { Counter, Gauge, Histogram } from 'prom-client';

const backlogSources = new Set<() => Promise<number>>();

/** An outbox relay reports its backlog through this; returns a function that unregisters it. */
export function registerOutboxBacklogSource(source: () => Promise<number>): () => void {
  backlogSources.add(source);
  return () => backlogSources.delete(source);
}

/**
 * Prometheus metrics of the messaging layer, registered once per process in the default
 * registry (served on /metrics by every app).
 */
export const messagingMetrics = {
  consumed: new Counter({
    name: 'parley_consumer_messages_total',
    help: 'Messages consumed, by outcome: handled, skipped (a type this app ignores) or dead_lettered',
    labelNames: ['group', 'topic', 'outcome'] as const,
  }),
  processing: new Histogram({
    name: 'parley_consumer_processing_seconds',
    help: 'Time to handle one event, retries included',
    labelNames: ['group', 'type'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  }),
  retries: new Counter({
    name: 'parley_consumer_retries_total',
    help: 'Handler retries, by reason: dependency (database or broker unreachable) or handler (other errors)',
    labelNames: ['group', 'reason'] as const,
  }),
  deadLetters: new Counter({
    name: 'parley_dead_letters_total',
    help: 'Messages written to a dead-letter topic',
    labelNames: ['group', 'topic'] as const,
  }),
  lag: new Gauge({
    name: 'parley_consumer_lag',
    help: 'Messages between the last fetched batch and the partition high watermark',
    labelNames: ['group', 'topic', 'partition'] as const,
  }),
  published: new Counter({
    name: 'parley_events_published_total',
    help: 'Events acknowledged by Kafka',
    labelNames: ['topic', 'type'] as const,
  }),
  unacknowledgedResent: new Counter({
    name: 'parley_events_resent_unacknowledged_total',
    help: 'Events sent again because kafkajs acknowledged their batch without their partition (its leader moved during the send)',
  }),
  outboxPublished: new Counter({
    name: 'parley_outbox_published_total',
    help: 'Events published by the outbox relay',
  }),
  outboxBacklog: new Gauge({
    name: 'parley_outbox_backlog',
    help: 'Documents whose outbox holds unpublished events (counted at each scrape)',
    async collect() {
      if (!backlogSources.size) return;
      const counts = await Promise.all([...backlogSources].map((count) => count().catch(() => 0)));
      this.set(counts.reduce((a, b) => a + b, 0));
    },
  }),
};
