import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from './app-processes';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * A private Kafka or database for tests that stop, kill or restart it (fault tests), run by
 * scripts/infra/up.mjs in its own process on a data directory that survives restarts.
 */
export class InfraProcess {
  private child?: ChildProcess;
  address = '';

  private constructor(
    readonly what: 'kafka' | 'mongo',
    readonly dataDir: string,
    readonly port: number,
    readonly controllerPort: number,
  ) {}

  static async create(what: 'kafka' | 'mongo', dataDir: string): Promise<InfraProcess> {
    return new InfraProcess(what, dataDir, await freePort(), await freePort());
  }

  async start(): Promise<string> {
    fs.mkdirSync(this.dataDir, { recursive: true });
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.MONGODB_URI; // always a server of our own, so it can be restarted
    const args = [path.join(ROOT, 'scripts', 'infra', 'up.mjs'), '--only', this.what, '--data', this.dataDir];
    args.push(this.what === 'kafka' ? '--kafka-port' : '--mongo-port', String(this.port));
    if (this.what === 'kafka') args.push('--kafka-controller-port', String(this.controllerPort));
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
    const parsed = JSON.parse(line) as { kafkaBootstrap: string | null; mongoUri: string | null };
    this.address = (this.what === 'kafka' ? parsed.kafkaBootstrap : parsed.mongoUri)!;
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

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }
}
