// Local single-node Apache Kafka 3.9.2 (KRaft, combined broker+controller) with
// no Docker: jars come from Maven Central via infra/kafka/pom.xml, the broker
// runs as a detached JVM, and readiness is proven with an ApiVersions request.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { withCacheLock } from './cache-lock.mjs';
import { kafkaApiVersions } from './kafka-protocol.mjs';
import { assertPortFree } from './ports.mjs';
import { requireExecutable, runCommand } from './run-command.mjs';
import { formatDuration, startServer } from './start-server.mjs';

const KAFKA_VERSION = '3.9.2';
const POM = fileURLToPath(new URL('../../infra/kafka/pom.xml', import.meta.url));
const JAVA_FIX = 'install OpenJDK 17 (apt-get install -y openjdk-17-jre-headless)';
const MVN_FIX = 'install Maven (apt-get install -y maven)';
// A dev/test broker is short-lived and small: C1-only JIT and the serial GC
// roughly halve start-up time on a busy 2-CPU machine compared with G1 + C2.
const FAST_START_JVM = ['-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1'];

/** Downloads Kafka and its runtime jars into <cacheDir>/kafka-3.9.2/libs once; returns { classpath }. */
export async function ensureKafkaArtifacts({ cacheDir, log = console.log }) {
  const home = path.join(path.resolve(cacheDir), `kafka-${KAFKA_VERSION}`);
  const libs = path.join(home, 'libs');
  const marker = path.join(home, '.complete');
  const pomHash = crypto.createHash('sha256').update(fs.readFileSync(POM)).digest('hex');
  const isComplete = () => readIfExists(marker) === pomHash;

  if (!isComplete()) {
    await withCacheLock(`${home}.lock`, async () => {
      if (!isComplete()) await fetchKafkaJars({ home, libs, log });
      fs.writeFileSync(marker, pomHash);
    }, { log, what: 'Kafka jars' });
  }
  return { classpath: path.join(libs, '*') };
}

async function fetchKafkaJars({ home, libs, log }) {
  requireExecutable('java', JAVA_FIX);
  requireExecutable('mvn', MVN_FIX);
  log(`kafka: fetching Kafka ${KAFKA_VERSION} jars from Maven Central into ${libs} (first run only)…`);
  const started = Date.now();
  fs.rmSync(home, { recursive: true, force: true });
  fs.mkdirSync(home, { recursive: true });
  await runCommand('mvn', [
    '-B',
    '-q',
    '-Dstyle.color=never',
    '-f',
    POM,
    'dependency:copy-dependencies',
    '-DincludeScope=runtime',
    `-DoutputDirectory=${libs}`,
  ]);
  if (!fs.existsSync(path.join(libs, `kafka_2.13-${KAFKA_VERSION}.jar`))) {
    throw new Error(`kafka: Maven finished but kafka_2.13-${KAFKA_VERSION}.jar is missing in ${libs}`);
  }
  log(`kafka: jars ready in ${formatDuration(Date.now() - started)}`);
}

/**
 * Starts (or restarts, on an existing dataDir) one KRaft Kafka node (combined broker and
 * controller): a single-node cluster by default, or node `nodeId` of a cluster whose controller
 * quorum is `voters` ("1@127.0.0.1:9093,2@…") and whose storage is formatted with the shared
 * `clusterId`; `replication` sets the internal topics' replication and the defaults of new
 * topics (min.insync.replicas = replication - 1 when above 1).
 * Returns { bootstrap, pid, logFile, stop(), kill(signal) }.
 */
export async function startKafka({
  cacheDir,
  dataDir,
  port = 9092,
  controllerPort = 9093,
  nodeId = 1,
  voters,
  clusterId,
  replication = 1,
  logFile,
  heap = '512m',
  // How long the controller waits for a broker's heartbeat before fencing it (its partitions lose
  // their leader, every consumer group rebalances). Short by default so that a broker killed in a
  // fault test re-registers quickly; a broker no test kills can be given more on a loaded machine.
  brokerSessionTimeoutMs = 4000,
  timeoutMs = 60_000,
  log = console.log,
}) {
  requireExecutable('java', JAVA_FIX);
  const { classpath } = await ensureKafkaArtifacts({ cacheDir, log });
  await assertPortFree(port, 'kafka', 'another Kafka? stop it or set KAFKA_PORT');
  await assertPortFree(controllerPort, 'kafka controller', 'another Kafka? stop it or set KAFKA_CONTROLLER_PORT');

  dataDir = path.resolve(dataDir);
  logFile = path.resolve(logFile ?? path.join(dataDir, 'kafka.out'));
  const logDir = path.join(dataDir, 'kraft-logs');
  const serverProperties = path.join(dataDir, 'server.properties');
  const log4jProperties = path.join(dataDir, 'log4j.properties');
  fs.mkdirSync(logDir, { recursive: true });
  fs.writeFileSync(serverProperties, serverConfig({ port, controllerPort, logDir, nodeId, voters: voters ?? `${nodeId}@127.0.0.1:${controllerPort}`, replication, brokerSessionTimeoutMs }));
  fs.writeFileSync(log4jProperties, log4jConfig(path.join(dataDir, 'server.log')));
  const jvmLogging = `-Dlog4j.configuration=file:${log4jProperties}`;

  if (!fs.existsSync(path.join(logDir, 'meta.properties'))) {
    log(`kafka: formatting storage${voters ? ` of node ${nodeId}` : ''}…`);
    await runCommand('java', [
      ...FAST_START_JVM,
      jvmLogging,
      '-cp',
      classpath,
      'kafka.tools.StorageTool',
      'format',
      '-t',
      clusterId ?? randomClusterId(),
      '-c',
      serverProperties,
    ]);
  }

  const server = await startServer({
    name: 'kafka',
    command: 'java',
    args: [
      `-Xmx${heap}`,
      ...FAST_START_JVM,
      '-Djava.awt.headless=true',
      jvmLogging,
      '-cp',
      classpath,
      'kafka.Kafka',
      serverProperties,
    ],
    cwd: dataDir,
    logFile,
    timeoutMs,
    probe: () => kafkaApiVersions({ port }),
  });
  const bootstrap = `127.0.0.1:${port}`;
  log(`kafka: started on ${bootstrap} in ${formatDuration(server.startedInMs)} (log: ${logFile})`);
  return { bootstrap, pid: server.pid, logFile, stop: server.stop, kill: server.kill };
}

function serverConfig({ port, controllerPort, logDir, nodeId, voters, replication, brokerSessionTimeoutMs = 4000 }) {
  const minIsr = Math.max(1, replication - 1);
  return `# Generated by scripts/infra/kafka.mjs — rewritten on every start.
process.roles=broker,controller
node.id=${nodeId}
listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}
advertised.listeners=PLAINTEXT://127.0.0.1:${port}
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
controller.quorum.voters=${voters}
log.dirs=${logDir}
num.partitions=6
auto.create.topics.enable=true
default.replication.factor=${replication}
min.insync.replicas=${minIsr}
offsets.topic.replication.factor=${replication}
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=${replication}
transaction.state.log.min.isr=${minIsr}
transaction.state.log.num.partitions=1
# A broker that comes back catches up and takes its partitions' leadership back soon.
leader.imbalance.check.interval.seconds=5
group.initial.rebalance.delay.ms=0
# After a SIGKILL the restarted broker must wait out its previous session
# (default 9 s) before it may re-register: short for fault tests, longer for a
# broker nobody kills on a loaded machine (the controller fences a broker whose
# heartbeats it could not process in time).
broker.session.timeout.ms=${brokerSessionTimeoutMs}
broker.heartbeat.interval.ms=500
log.cleaner.dedupe.buffer.size=16777216
`;
}

function log4jConfig(serverLog) {
  return `# Generated by scripts/infra/kafka.mjs — rewritten on every start.
log4j.rootLogger=INFO, stdout, file

log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n

log4j.appender.file=org.apache.log4j.RollingFileAppender
log4j.appender.file.File=${serverLog}
log4j.appender.file.MaxFileSize=10MB
log4j.appender.file.MaxBackupIndex=2
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n

# Noisy at INFO: config dumps, per-partition and raft/metadata chatter, thread start/stop lines.
log4j.logger.kafka.server.KafkaConfig=WARN
log4j.logger.org.apache.kafka.common.config=WARN
log4j.logger.org.apache.kafka.clients=WARN
log4j.logger.org.apache.kafka.common.utils.AppInfoParser=WARN
log4j.logger.org.apache.kafka.common.metrics=WARN
log4j.logger.org.apache.zookeeper=WARN
log4j.logger.kafka.log=WARN
log4j.logger.org.apache.kafka.storage=WARN
log4j.logger.kafka.cluster=WARN
log4j.logger.state.change.logger=WARN
log4j.logger.kafka.coordinator=WARN
log4j.logger.org.apache.kafka.coordinator=WARN
log4j.logger.kafka.raft=WARN
log4j.logger.org.apache.kafka.raft=WARN
log4j.logger.org.apache.kafka.metadata=WARN
log4j.logger.org.apache.kafka.image=WARN
log4j.logger.org.apache.kafka.controller=WARN
log4j.logger.org.apache.kafka.snapshot=WARN
log4j.logger.org.apache.kafka.queue=WARN
log4j.logger.org.apache.kafka.server=WARN
log4j.logger.kafka.network=WARN
log4j.logger.kafka.server.KafkaApis=WARN
log4j.logger.kafka.server.KafkaRequestHandlerPool=WARN
log4j.logger.kafka.server.BrokerTopicStats=WARN
log4j.logger.kafka.server.AddPartitionsToTxnManager=WARN
log4j.logger.kafka.server.ReplicaManager=WARN
log4j.logger.kafka.server.ReplicaManager$LogDirFailureHandler=WARN
log4j.logger.kafka.server.ReplicaFetcherManager=WARN
log4j.logger.kafka.server.ReplicaAlterLogDirsManager=WARN
log4j.logger.kafka.server.ControllerRegistrationManager=WARN
log4j.logger.kafka.server.NodeToControllerRequestThread=WARN
log4j.logger.kafka.server.NodeToControllerChannelManagerImpl=WARN
log4j.logger.kafka.server.ClientQuotaManager$ThrottledChannelReaper=WARN
log4j.logger.kafka.server.DelayedOperationPurgatory$ExpiredOperationReaper=WARN
log4j.logger.kafka.utils.Log4jControllerRegistration$=WARN
`;
}

/** A Kafka cluster id: 16 random bytes, base64url without padding (never starting with '-'). */
function randomClusterId() {
  for (;;) {
    const id = crypto.randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

function readIfExists(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
