import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { freePort } from './app-processes';
import { InfraProcess } from './infra-process';

/**
 * A private three-broker KRaft cluster (three Kafka processes, each broker and controller) on
 * its own ports and data directories, for tests that kill a broker: internal and new topics
 * are replicated three times with min.insync.replicas 2.
 */
export class KafkaCluster {
  private constructor(readonly nodes: InfraProcess[]) {}

  static async create(dataDir: string, size = 3): Promise<KafkaCluster> {
    const ports = await Promise.all(Array.from({ length: size }, async () => ({ port: await freePort(), controllerPort: await freePort() })));
    const voters = ports.map((p, i) => `${i + 1}@127.0.0.1:${p.controllerPort}`).join(',');
    const clusterId = randomBytes(16).toString('base64url').replace(/^-/, 'A');
    return new KafkaCluster(ports.map((p, i) => InfraProcess.kafkaNode(path.join(dataDir, `node-${i + 1}`), { nodeId: i + 1, voters, clusterId, replication: size, ...p })));
  }

  /** Bootstrap list of every broker. */
  get brokers(): string {
    return this.nodes.map((n) => `127.0.0.1:${n.port}`).join(',');
  }

  /** Starts every node together (a node waits for a quorum of controllers before it is ready). */
  async start(): Promise<void> {
    await Promise.all(this.nodes.map((n) => n.start()));
  }

  async stop(): Promise<void> {
    await Promise.all(this.nodes.map((n) => n.stop()));
  }
}
