/**
 * `npm start` stops everything it started: on SIGTERM to npm, within 30 s, nothing left
 * running or listening; when the start process is killed with SIGKILL, its guardian stops its
 * servers; when the guardian is killed too, the next start stops the leftovers before it
 * begins. Each start runs the real thing (Kafka, the database, the three apps, the dev webhook
 * receiver) on free ports with a private data directory; it shares nothing with other tests.
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { TEST_CONSUMER_TIMING } from './support/app-env';
import { freePort } from './support/app-processes';
import { eventually } from './support/test-env';

const ROOT = path.resolve(__dirname, '..');
const START_TIMEOUT_MS = 240_000;

interface Proc {
  pid: number;
  ppid: number;
  start: string;
  cmd: string;
}

function proc(pid: number): Proc | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[0] === 'Z') return null;
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
    return { pid, ppid: Number(fields[1]), start: fields[19], cmd };
  } catch {
    return null;
  }
}

/** Every live process below `root` (not `root` itself). */
function descendants(root: number): Proc[] {
  const all = fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => proc(Number(d)))
    .filter((p): p is Proc => p !== null);
  const out: Proc[] = [];
  const queue = [root];
  while (queue.length) {
    const parent = queue.shift()!;
    for (const p of all) {
      if (p.ppid !== parent) continue;
      out.push(p);
      queue.push(p.pid);
    }
  }
  return out;
}

const alive = (p: Proc) => proc(p.pid)?.start === p.start;

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

interface Ports {
  KAFKA_PORT: number;
  KAFKA_CONTROLLER_PORT: number;
  MONGO_PORT: number;
  COMMENTS_API_PORT: number;
  MODERATION_WORKER_PORT: number;
  NOTIFICATIONS_PORT: number;
  DEV_WEBHOOK_PORT: number;
}

async function choosePorts(): Promise<Ports> {
  const ports: Partial<Ports> = {};
  const used = new Set<number>();
  for (const name of ['KAFKA_PORT', 'KAFKA_CONTROLLER_PORT', 'MONGO_PORT', 'COMMENTS_API_PORT', 'MODERATION_WORKER_PORT', 'NOTIFICATIONS_PORT', 'DEV_WEBHOOK_PORT'] as const) {
    let port = await freePort();
    while (used.has(port)) port = await freePort();
    used.add(port);
    ports[name] = port;
  }
  return ports as Ports;
}

interface Started {
  child: ChildProcess;
  output: () => string;
  /** The process that runs scripts/start.mjs. */
  starter: Proc;
  /** Everything below the launched process once the system is up. */
  tree: Proc[];
}

/** Runs `npm start` (or `node scripts/start.mjs`) and waits for "Parley is running". */
async function start(how: 'npm' | 'node', dataDir: string, ports: Ports): Promise<Started> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(KAFKA_BROKERS|MONGODB_URI|NOTIFY_WEBHOOK_URLS|PARLEY_)/.test(k)) env[k] = v;
  // The apps' consumers timed as in every other test (the start passes the variables on to the
  // apps): stopping them need not wait for a 5 s fetch.
  Object.assign(env, Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])), { PARLEY_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...TEST_CONSUMER_TIMING });
  const [command, args] = how === 'npm' ? ['npm', ['start']] : [process.execPath, [path.join(ROOT, 'scripts', 'start.mjs')]];
  const child = spawn(command as string, args as string[], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (c) => (out += c));
  child.stderr!.on('data', (c) => (out += c));
  await eventually(
    'Parley is running',
    async () => {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`start exited (${child.exitCode ?? child.signalCode}):\n${out.slice(-3000)}`);
      return out.includes('Parley is running');
    },
    START_TIMEOUT_MS,
    250,
  ).catch((err) => {
    child.kill('SIGKILL');
    throw err;
  });
  const tree = descendants(child.pid!);
  const starter = how === 'node' ? proc(child.pid!) : tree.find((p) => p.cmd.includes('scripts/start.mjs') && !/^(\/bin\/)?sh /.test(p.cmd));
  if (!starter) throw new Error(`no start process below ${child.pid}: ${tree.map((p) => p.cmd).join('; ')}`);
  return { child, output: () => out, starter, tree };
}

function serversOf(s: Started): Proc[] {
  return s.tree.filter((p) => p.pid !== s.starter.pid && !/^(\/bin\/)?sh /.test(p.cmd));
}

/** Waits until none of `procs` runs and none of `ports` listens; returns how long that took. */
async function waitAllGone(procs: Proc[], ports: Ports, limitMs: number): Promise<number> {
  const since = Date.now();
  await eventually(
    'every process gone and every port closed',
    async () => {
      const left = procs.filter(alive);
      if (left.length) throw new Error(`still running: ${left.map((p) => `${p.pid} ${p.cmd.slice(0, 80)}`).join('; ')}`);
      const open = [];
      for (const [name, port] of Object.entries(ports)) if (await listening(port)) open.push(`${name}=${port}`);
      if (open.length) throw new Error(`still listening: ${open.join(', ')}`);
      return true;
    },
    limitMs,
    200,
  );
  return Date.now() - since;
}

const expectedServers = (procs: Proc[]) => ({
  kafka: procs.some((p) => p.cmd.includes('kafka.Kafka')),
  database: procs.some((p) => /ferretdb|mongod/.test(p.cmd)),
  apps: ['comments-api', 'moderation-worker', 'notifications'].filter((a) => procs.some((p) => p.cmd.includes(`dist/apps/${a}/main.js`))),
  guardian: procs.some((p) => p.cmd.includes('scripts/infra/guardian.mjs')),
});

describe('npm start: clean start and stop', () => {
  const dirs: string[] = [];
  const launched: Started[] = [];
  const newDataDir = () => {
    const dir = fs.mkdtempSync(path.join(ROOT, '.data', 'start-stop-'));
    dirs.push(dir);
    return dir;
  };

  beforeAll(() => fs.mkdirSync(path.join(ROOT, '.data'), { recursive: true }));
  afterAll(async () => {
    // Whatever a failed test left: stop it, so nothing outlives this file.
    for (const s of launched) for (const p of [s.starter, ...s.tree]) if (alive(p)) process.kill(p.pid, 'SIGKILL');
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('SIGTERM to npm start stops the apps, Kafka, the database and the webhook receiver within 30 s', async () => {
    const ports = await choosePorts();
    const s = await start('npm', newDataDir(), ports);
    launched.push(s);
    const servers = serversOf(s);
    expect(expectedServers(servers)).toEqual({ kafka: true, database: true, apps: ['comments-api', 'moderation-worker', 'notifications'], guardian: true });
    for (const port of Object.values(ports).filter((p) => p !== ports.KAFKA_CONTROLLER_PORT)) expect(await listening(port)).toBe(true);

    process.kill(s.child.pid!, 'SIGTERM');
    const tookMs = await waitAllGone([s.starter, ...s.tree], ports, 30_000);
    expect(tookMs).toBeLessThanOrEqual(30_000);
    expect(s.output()).toMatch(/SIGTERM: stopping the apps|launcher \d+ .* is gone/);
  }, START_TIMEOUT_MS + 60_000);

  it('SIGKILL of the start process: its guardian stops its servers', async () => {
    const ports = await choosePorts();
    const s = await start('node', newDataDir(), ports);
    launched.push(s);
    const servers = serversOf(s);
    expect(expectedServers(servers)).toEqual({ kafka: true, database: true, apps: ['comments-api', 'moderation-worker', 'notifications'], guardian: true });

    process.kill(s.starter.pid, 'SIGKILL');
    await waitAllGone(servers, ports, 30_000);
  }, START_TIMEOUT_MS + 60_000);

  it('start process and guardian killed: the next start stops the leftovers recorded under .data/, starts, and stops on SIGINT', async () => {
    const ports = await choosePorts();
    const dataDir = newDataDir();
    const first = await start('node', dataDir, ports);
    launched.push(first);
    const guardian = serversOf(first).find((p) => p.cmd.includes('guardian.mjs'))!;
    process.kill(guardian.pid, 'SIGKILL');
    process.kill(first.starter.pid, 'SIGKILL');
    await eventually('the start process gone', async () => !alive(first.starter) && !alive(guardian), 10_000);
    const leftovers = serversOf(first).filter((p) => p !== guardian);
    // Nothing stops them now: they still run and listen.
    expect(leftovers.filter(alive).map((p) => p.pid)).toEqual(leftovers.map((p) => p.pid));
    expect(await listening(ports.KAFKA_PORT)).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'run', 'processes.json'))).toBe(true);

    const second = await start('npm', dataDir, ports);
    launched.push(second);
    expect(second.output()).toMatch(/stopping \d+ process\(es\) an earlier start left running/);
    expect(leftovers.filter(alive)).toEqual([]);
    expect(expectedServers(serversOf(second)).apps).toEqual(['comments-api', 'moderation-worker', 'notifications']);

    // Ctrl-C-like: SIGINT straight to the start process (the npm path is the first test's).
    process.kill(second.starter.pid, 'SIGINT');
    await waitAllGone([second.starter, ...second.tree], ports, 30_000);
    expect(second.output()).toMatch(/SIGINT: stopping the apps/);
  }, 2 * START_TIMEOUT_MS + 60_000);
});
