import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { AppName, appEnv, logDirFor } from './app-env';
import { testInfrastructure } from './test-env';

export type { AppName };
const ROOT = path.resolve(__dirname, '..', '..');

/**
 * A port for a server this test starts (an app, a broker, a database): free now, below the
 * kernel's ephemeral range so no outgoing connection or listen(0) takes it before the server
 * binds it, and never handed out twice by this process.
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    if (handedOut.has(port) || !(await canListen(port))) continue;
    handedOut.add(port);
    return port;
  }
  throw new Error('no free port between 20000 and 32000 after 200 tries');
}
const handedOut = new Set<number>();

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ host: '127.0.0.1', port, exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

export interface RunningApp {
  name: AppName;
  url: string;
  process: ChildProcess;
  logFile: string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

class PortTakenError extends Error {}

/**
 * Starts one built app (dist/apps/<name>/main.js) as its own process and waits until that very
 * process says it listens (an IPC 'ready' message) and answers /health. The port is picked free just
 * before the start, so another process (a parallel test file, another run) can take it first:
 * our app then exits with EADDRINUSE and is started again on a new port. Waiting for our own
 * child's 'ready' means a health answer from whoever else holds the port never counts.
 */
export async function startApp(name: AppName, env: Record<string, string>, logDir: string, ports: () => Promise<number> = freePort): Promise<RunningApp> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startAppOnce(name, env, logDir, await ports());
    } catch (err) {
      if (!(err instanceof PortTakenError) || attempt >= 5) throw err;
    }
  }
}

async function startAppOnce(name: AppName, env: Record<string, string>, logDir: string, port: number): Promise<RunningApp> {
  const entry = path.join(ROOT, 'dist', 'apps', name, 'main.js');
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run the tests through npm test, which builds the apps`);
  fs.mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `${name}-${port}.log`);
  const out = fs.createWriteStream(logFile);
  const child = spawn(process.execPath, [entry], { env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const url = `http://127.0.0.1:${port}`;
  // The app sends 'ready' over the IPC channel once it listens: only our own child can say so.
  let listening = false;
  child.on('message', (m) => {
    if (m === 'ready') listening = true;
  });
  let tail = '';
  const keepTail = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout!.on('data', keepTail);
  child.stderr!.on('data', keepTail);
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  // A wait, not a limit: an app that exits fails at once; a slow start on a loaded machine waits.
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      if (!listening && tail.includes('EADDRINUSE')) throw new PortTakenError(`${name}: port ${port} was taken before it could listen`);
      throw new Error(`${name} exited with ${child.exitCode ?? child.signalCode}: ${tail.slice(-2000)}`);
    }
    if (listening) {
      const ok = await fetch(`${url}/health`).then((r) => r.ok, () => false);
      if (ok) break;
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`timed out after 180000 ms waiting for ${name} to become healthy (ready received: ${listening}): ${tail.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
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

/**
 * Starts apps side by side, as replicas of a deployment start: each app provisions the topics it
 * uses (creation races are retried) and owns its database. One after another, a test waited for
 * each app's connections and consumer-group joins in turn (about 4 s each). If one fails, those
 * that started are killed and its error is thrown. The result keeps the order of `starts`.
 */
export async function startTogether(starts: Array<() => Promise<RunningApp>>): Promise<RunningApp[]> {
  const results = await Promise.allSettled(starts.map((start) => start()));
  const started = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await Promise.all(started.map((a) => a.stop('SIGKILL')));
    throw failed.reason;
  }
  return started;
}

export interface SystemOptions {
  namespace: string;
  /** Defaults to the infrastructure npm test started. */
  kafkaBrokers?: string;
  mongoUri?: string;
  webhookUrls?: string[];
  extraEnv?: Partial<Record<AppName | 'all', Record<string, string>>>;
  /**
   * Start comments-api and the worker only, for tests that use neither notifications nor anything
   * it does: each app is about 2 s of CPU to start, and polls while it idles. Reading
   * `notifications` of such a system throws.
   */
  withoutNotifications?: boolean;
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
  const names = (Object.keys(envs) as AppName[]).filter((name) => !(opts.withoutNotifications && name === 'notifications'));
  const started = await startTogether(names.map((name) => () => startApp(name, envs[name], logDir)));
  const [api, worker, notifications] = started as [RunningApp, RunningApp, RunningApp | undefined];
  return {
    api,
    worker,
    get notifications(): RunningApp {
      if (!notifications) throw new Error(`${opts.namespace}: the system was started without notifications`);
      return notifications;
    },
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
