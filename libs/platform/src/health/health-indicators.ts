import type { Kafka, Admin } from 'kafkajs';
import type { Connection } from 'mongoose';
import { HealthIndicator } from './health.controller';

export function mongoHealth(connection: Connection): HealthIndicator {
  return {
    name: 'mongodb',
    async check() {
      if (!connection.db) throw new Error('not connected');
      await connection.db.admin().ping();
    },
  };
}

export function kafkaHealth(kafka: Kafka): HealthIndicator & { close(): Promise<void> } {
  let admin: Admin | undefined;
  return {
    name: 'kafka',
    async check() {
      if (!admin) {
        const a = kafka.admin({ retry: { retries: 0 } });
        await a.connect();
        admin = a;
      }
      try {
        const cluster = await admin.describeCluster();
        if (!cluster.brokers.length) throw new Error('no brokers');
      } catch (err) {
        const a = admin;
        admin = undefined;
        await a.disconnect().catch(() => undefined);
        throw err;
      }
    },
    async close() {
      await admin?.disconnect().catch(() => undefined);
      admin = undefined;
    },
  };
}

/** What the consumer-group check reads: the event transport's consumers (KafkaEventServer). */
export interface ConsumerGroupsSource {
  /** False until the app started its consumers. */
  readonly listening: boolean;
  memberships(): Array<{ groupId: string; state: string; assignment: Record<string, number[]> }>;
}

/**
 * Ready when every consumer group of the app has this process as a member: joined, or
 * rejoining during a rebalance. Down before the first join and after a consumer crashed for good.
 */
export function consumerGroupsHealth(source: ConsumerGroupsSource): HealthIndicator {
  return {
    name: 'kafka-consumers',
    async check() {
      if (!source.listening) throw new Error('consumers not started');
      const groups = source.memberships();
      const out = groups.filter((g) => g.state !== 'joined' && g.state !== 'rebalancing');
      if (out.length) throw new Error(out.map((g) => `${g.groupId}: ${g.state}`).join('; '));
      return { groups: Object.fromEntries(groups.map((g) => [g.groupId, { state: g.state, partitions: Object.values(g.assignment).reduce((n, p) => n + p.length, 0) }])) };
    },
  };
}
