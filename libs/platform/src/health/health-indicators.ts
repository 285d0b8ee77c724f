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
