import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { AppName, appEnv, logDirFor } from './app-env';
import { eventually, testInfrastructure } from './test-env';

export type { AppName };
const ROOT = path.resolve(__dirname, '..', '..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface RunningApp {
  name: AppName;
  url: string;
  process: ChildProcess;
  logFile: string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts one built app (dist/apps/<name>/main.js) as its own process and waits for /health. */
export async function startApp(name: AppName, env: Record<string, string>, logDir: string): Promise<RunningApp> {
  const port = await freePort();
  const entry = path.join(ROOT, 'dist', 'apps', name, 'main.js');
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run the tests through npm test, which builds the apps`);
  fs.mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `${name}-${port}.log`);
  const out = fs.createWriteStream(logFile);
  const child = spawn(process.execPath, ['--enable-source-maps', entry], { env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  const url = `http://127.0.0.1:${port}`;
  try {
    await eventually(
      `${name} to become healthy`,
      async () => {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} exited with ${child.exitCode ?? child.signalCode}: ${fs.readFileSync(logFile, 'utf8').slice(-2000)}`);
        const res = await fetch(`${url}/health`);
        return res.ok;
      },
      // A wait, not a limit: an app that exits fails at once; a slow start on a loaded machine waits.
      120_000,
      200,
    );
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return {
    name,
    url,
    process: child,
    logFile,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
        child.once('exit', (code) => {
          clearTimeout(timer);
          resolve(code);
        });
        child.kill(signal);
      }),
  };
}

export interface SystemOptions {
  namespace: string;
  /** Defaults to the infrastructure npm test started. */
  kafkaBrokers?: string;
  mongoUri?: string;
  webhookUrls?: string[];
  extraEnv?: Partial<Record<AppName | 'all', Record<string, string>>>;
}

/** The three apps on the test Kafka and database, isolated by a topic prefix and database names. */
export async function startSystem(opts: SystemOptions) {
  const shared = opts.kafkaBrokers && opts.mongoUri ? undefined : testInfrastructure();
  const kafkaBrokers = opts.kafkaBrokers ?? shared!.kafkaBrokers;
  const mongoUri = opts.mongoUri ?? shared!.mongoUri;
  const logDir = logDirFor(opts.namespace);
  const infra = { kafkaBrokers, mongoUri };
  const all = opts.extraEnv?.all ?? {};
  const envs: Record<AppName, Record<string, string>> = {
    'comments-api': appEnv('comments-api', opts.namespace, { ...all, ...(opts.extraEnv?.['comments-api'] ?? {}) }, infra),
    'moderation-worker': appEnv('moderation-worker', opts.namespace, { ...all, ...(opts.extraEnv?.['moderation-worker'] ?? {}) }, infra),
    notifications: appEnv('notifications', opts.namespace, { ...all, NOTIFY_WEBHOOK_URLS: (opts.webhookUrls ?? []).join(','), ...(opts.extraEnv?.notifications ?? {}) }, infra),
  };
  const started: RunningApp[] = [];
  try {
    for (const name of Object.keys(envs) as AppName[]) started.push(await startApp(name, envs[name], logDir));
  } catch (err) {
    await Promise.all(started.map((a) => a.stop('SIGKILL')));
    throw err;
  }
  const [api, worker, notifications] = started as [RunningApp, RunningApp, RunningApp];
  return {
    api,
    worker,
    notifications,
    envs,
    databases: { comments: envs['comments-api'].MONGODB_DB!, moderation: envs['moderation-worker'].MONGODB_DB!, notifications: envs.notifications.MONGODB_DB! },
    /** Starts one more replica of an app with the same configuration (same consumer group). */
    startReplica: async (name: AppName) => {
      const replica = await startApp(name, envs[name], logDir);
      started.push(replica);
      return replica;
    },
    logDir,
    topicPrefix: `${opts.namespace}.`,
    stop: () => Promise.all(started.map((a) => a.stop())),
  };
}
