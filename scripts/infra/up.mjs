#!/usr/bin/env node
// Brings up the local Kafka and MongoDB for manual checks:
//   node scripts/infra/up.mjs [--data DIR] [--cache DIR] [--kafka-port N] [--mongo-port N] [--only kafka|mongo]
// Prints {"kafkaBootstrap", "mongoUri", "mongoKind"} as JSON on the last line,
// then runs until Ctrl-C / SIGTERM and stops both.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { startKafka } from './kafka.mjs';
import { resolveMongo } from './mongo.mjs';
import { registerCleanup, runCleanups } from './process-group.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: path.join(repoRoot, '.data', 'dev') },
    cache: { type: 'string', default: path.join(repoRoot, '.cache') },
    'kafka-port': { type: 'string', default: process.env.KAFKA_PORT ?? '9092' },
    'kafka-controller-port': { type: 'string', default: process.env.KAFKA_CONTROLLER_PORT },
    // One node of a multi-node KRaft cluster (test/support/kafka-cluster.ts starts three):
    'kafka-node-id': { type: 'string', default: '1' },
    'kafka-voters': { type: 'string' },
    'kafka-cluster-id': { type: 'string' },
    'kafka-replication': { type: 'string', default: '1' },
    'mongo-port': { type: 'string', default: process.env.MONGO_PORT ?? '27017' },
    only: { type: 'string' },
  },
});
if (values.only && !['kafka', 'mongo'].includes(values.only)) {
  console.error('--only takes kafka or mongo');
  process.exit(2);
}
const skipped = { bootstrap: null, uri: null, kind: null, stop: async () => {} };
const kafkaPort = Number(values['kafka-port']);
const controllerPort = Number(values['kafka-controller-port'] ?? kafkaPort + 1);
const mongoPort = Number(values['mongo-port']);

const startedAt = Date.now();
const [kafka, mongo] = await Promise.allSettled([
  values.only === 'mongo' ? skipped : startKafka({
    cacheDir: values.cache,
    dataDir: path.join(values.data, 'kafka'),
    port: kafkaPort,
    controllerPort,
    nodeId: Number(values['kafka-node-id']),
    voters: values['kafka-voters'],
    clusterId: values['kafka-cluster-id'],
    replication: Number(values['kafka-replication']),
  }),
  values.only === 'kafka' ? skipped : resolveMongo({ cacheDir: values.cache, dataDir: path.join(values.data, 'mongo'), port: mongoPort }),
]);

const failures = [kafka, mongo].filter((result) => result.status === 'rejected');
if (failures.length > 0) {
  for (const { reason } of failures) console.error(`\n${reason.message}`);
  await runCleanups();
  process.exit(1);
}

registerCleanup(async () => {
  console.log('up: stopping Kafka and MongoDB…');
  await Promise.all([kafka.value.stop(), mongo.value.stop()]);
  console.log('up: stopped');
});
console.log(`up: ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s — Ctrl-C to stop`);
console.log(
  JSON.stringify({ kafkaBootstrap: kafka.value.bootstrap, kafkaPid: kafka.value.pid ?? null, mongoUri: mongo.value.uri, mongoKind: mongo.value.kind }),
);
setInterval(() => {}, 1 << 30); // stay alive until a signal arrives
