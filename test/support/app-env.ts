import path from 'node:path';
import { testInfrastructure, TEST_JWT_SECRET, TEST_NOTICE_COMPLAINT_SECRET, TEST_UNSUBSCRIBE_SECRET, TEST_WEBHOOK_SECRET } from './test-env';

/** The three apps the tests run as processes. */
export type AppName = 'comments-api' | 'moderation-worker' | 'notifications';

const ROOT = path.resolve(__dirname, '..', '..');
const DATABASE_SUFFIX: Record<AppName, string> = { 'comments-api': 'comments', 'moderation-worker': 'moderation', notifications: 'notifications' };

/** The database an app uses in a namespace (each app owns its data). */
export function databaseName(namespace: string, app: AppName): string {
  return `${namespace.replace(/[^A-Za-z0-9_]/g, '_')}_${DATABASE_SUFFIX[app]}`;
}

/** Where the apps of a namespace write their logs (one file per process). */
export function logDirFor(namespace: string): string {
  return path.join(process.env.PARLEY_TEST_DATA_DIR ?? path.join(ROOT, '.data', 'e2e'), 'logs', namespace);
}

/**
 * The apps' consumers in tests: an idle consumer notices a rebalance (a replica joining or
 * leaving) and a stop only after its current fetch returns and its next heartbeat is due. With
 * the production defaults (a 5 s fetch wait, a 3 s heartbeat) every replica started and every app
 * stopped waited about 5 s for them.
 */
export const TEST_CONSUMER_TIMING_MS = { maxWaitTimeMs: 250, heartbeatIntervalMs: 500 };
/** TEST_CONSUMER_TIMING_MS as the apps' environment variables. */
export const TEST_CONSUMER_TIMING = {
  KAFKA_CONSUMER_MAX_WAIT_MS: String(TEST_CONSUMER_TIMING_MS.maxWaitTimeMs),
  KAFKA_CONSUMER_HEARTBEAT_MS: String(TEST_CONSUMER_TIMING_MS.heartbeatIntervalMs),
};

/**
 * The environment of one app in a test namespace: the test Kafka and database (or the given
 * ones), topics and consumer groups prefixed with the namespace, its own database, the test
 * token secret. Every harness builds its apps' environment here; `extra` overrides.
 */
export function appEnv(app: AppName, namespace: string, extra: Record<string, string> = {}, infra: { kafkaBrokers: string; mongoUri: string } = testInfrastructure()): Record<string, string> {
  return {
    KAFKA_BROKERS: infra.kafkaBrokers,
    MONGODB_URI: infra.mongoUri,
    MONGODB_DB: databaseName(namespace, app),
    KAFKA_TOPIC_PREFIX: `${namespace}.`,
    KAFKA_TOPIC_PARTITIONS: '3',
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'info',
    ...TEST_CONSUMER_TIMING,
    ...(app === 'comments-api' ? { NOTICE_COMPLAINT_SECRET: TEST_NOTICE_COMPLAINT_SECRET } : {}),
    ...(app === 'notifications' ? { NOTIFY_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET, NOTIFY_UNSUBSCRIBE_SECRET: TEST_UNSUBSCRIBE_SECRET, NOTIFY_WEBHOOK_URLS: '' } : {}),
    ...extra,
  };
}
