import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from './app-processes';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * A private Kafka or database for tests that stop, kill or restart it (fault tests), run by
 * scripts/infra/up.mjs in its own process on a data directory that survives restarts.
 */
/** One node of a multi-node KRaft cluster (see KafkaCluster). */
export interface KafkaNodeOptions {
  nodeId: number;
  voters: string;
  clusterId: string;
  replication: number;
  port: number;
  controllerPort: number;
}

export class InfraProcess {
  private child?: ChildProcess;
  address = '';
  /** The server's own process (the Kafka JVM), for a test that kills it outright. */
  serverPid?: number;

  private constructor(
    readonly what: 'kafka' | 'mongo',
    readonly dataDir: string,
    readonly port: number,
    readonly controllerPort: number,
    readonly node?: KafkaNodeOptions,
  ) {}

  static async create(what: 'kafka' | 'mongo', dataDir: string): Promise<InfraProcess> {
    return new InfraProcess(what, dataDir, await freePort(), await freePort());
  }

  static kafkaNode(dataDir: string, node: KafkaNodeOptions): InfraProcess {
    return new InfraProcess('kafka', dataDir, node.port, node.controllerPort, node);
  }

  async start(): Promise<string> {
    fs.mkdirSync(this.dataDir, { recursive: true });
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.MONGODB_URI; // always a server of our own, so it can be restarted
    const args = [path.join(ROOT, 'scripts', 'infra', 'up.mjs'), '--only', this.what, '--data', this.dataDir];
    args.push(this.what === 'kafka' ? '--kafka-port' : '--mongo-port', String(this.port));
    if (this.what === 'kafka') args.push('--kafka-controller-port', String(this.controllerPort));
    if (this.node) {
      const n = this.node;
      args.push('--kafka-node-id', String(n.nodeId), '--kafka-voters', n.voters, '--kafka-cluster-id', n.clusterId, '--kafka-replication', String(n.replication));
    }
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    let out = '';
    child.stdout!.on('data', (c) => (out += c));
    child.stderr!.on('data', (c) => (out += c));
    const line = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.what} did not start in 90 s:\n${out}`)), 90_000);
      child.stdout!.on('data', () => {
        const json = out.split('\n').find((l) => l.startsWith('{"kafkaBootstrap"'));
        if (json) {
          clearTimeout(timer);
          resolve(json);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${this.what} exited with ${code}:\n${out}`));
      });
    });
    const parsed = JSON.parse(line) as { kafkaBootstrap: string | null; kafkaPid?: number | null; mongoUri: string | null };
    this.address = (this.what === 'kafka' ? parsed.kafkaBootstrap : parsed.mongoUri)!;
    this.serverPid = parsed.kafkaPid ?? undefined;
    return this.address;
  }

  /** Stops the server cleanly (up.mjs stops it on SIGTERM) and waits until it is gone. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      // up.mjs stops its server within seconds; never wait on it for ever.
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }

  /**
   * Kills the server with SIGKILL (no shutdown of any kind, like a machine lost), then lets its
   * wrapper process go; `start()` brings it back on the same data directory.
   */
  async kill(): Promise<void> {
    if (this.serverPid) {
      try {
        process.kill(this.serverPid, 'SIGKILL');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
      }
    }
    await this.stop();
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }
}
