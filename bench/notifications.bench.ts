// npm run bench:notifications — signed webhook deliveries per second from the notifications
// app to a local receiver, beside bare HTTP loops on the same machine, and the app's memory
// while one receiver answers slowly or not at all (backpressure). Starts its own Kafka,
// database and notifications app; not a test.
import { createHmac, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Webhook } from 'standardwebhooks';
import { InfraProcess } from '../test/support/infra-process';
import { NotificationsHarness } from '../test/support/notifications-harness';
import { eventually } from '../test/support/test-env';
import { tokenFor } from '../test/support/tokens';
import { machineLine, printTable } from './support/machine';
import { workGroups } from '../apps/notifications/src/webhooks/webhook-dispatcher';
import { workRows } from '../apps/notifications/src/webhooks/webhook-delivery-store';

const log = (m: string) => console.error(`[bench] ${m}`);
const N = Number(process.env.BENCH_DELIVERIES ?? 3_000);
const N_KAFKA = Number(process.env.BENCH_EVENTS ?? 1_000);
const STALL_SECONDS = Number(process.env.BENCH_STALL_SECONDS ?? 60);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A receiver that counts requests; `mode` decides how it answers. */
async function receiver(mode: 'fast' | 'slow' | 'stalled', verifyWith?: string) {
  let count = 0;
  let verified = 0;
  let firstAt = 0;
  let lastAt = 0;
  const times: number[] = [];
  const wh = verifyWith ? new Webhook(verifyWith) : undefined;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      count++;
      lastAt = performance.now();
      firstAt ||= lastAt;
      times.push(lastAt);
      if (wh && verified < 200) {
        wh.verify(Buffer.concat(chunks).toString('utf8'), req.headers as Record<string, string>); // throws if wrong
        verified++;
      }
      if (mode === 'fast') res.writeHead(204).end();
      else if (mode === 'slow') setTimeout(() => res.writeHead(204).end(), 2000);
      // stalled: never answers (the client's 10 s timeout ends it)
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}/hooks`, count: () => count, verified: () => verified, firstAt: () => firstAt, lastAt: () => lastAt, timeOf: (n: number) => times[n - 1], close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

/** Baseline: a bare fetch POST loop (64 in flight), no signing, no database. */
async function rawFetch(url: string, n: number): Promise<number> {
  const body = JSON.stringify({ type: 'x', timestamp: new Date().toISOString(), data: { commentId: 'c', text: 'x'.repeat(300) } });
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: 64 }, async () => {
    while (next++ < n) {
      const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      await r.arrayBuffer();
    }
  }));
  return n / ((performance.now() - t0) / 1000);
}

/**
 * Baseline: node:http keep-alive POSTs (a pool of `inFlight` connections, our per-endpoint cap),
 * optionally HMAC-signed like ours; no database.
 */
async function rawKeepAlive(url: string, n: number, sign: boolean, inFlight = 16): Promise<number> {
  const u = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: inFlight });
  const key = Buffer.from('bench-secret-0123456789abcdef0123');
  const body = JSON.stringify({ type: 'x', timestamp: new Date().toISOString(), data: { commentId: 'c', text: 'x'.repeat(300) } });
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: inFlight }, async () => {
    while (next++ < n) {
      const headers: Record<string, string | number> = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
      if (sign) {
        const id = randomUUID();
        const ts = Math.floor(Date.now() / 1000);
        Object.assign(headers, { 'webhook-id': id, 'webhook-timestamp': String(ts), 'webhook-signature': 'v1,' + createHmac('sha256', key).update(`${id}.${ts}.${body}`).digest('base64') });
      }
      await new Promise<void>((resolve, reject) => {
        const req = http.request({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', agent, headers }, (res) => {
          res.resume();
          res.on('end', resolve);
        });
        req.on('error', reject);
        req.end(body);
      });
    }
  }));
  agent.destroy();
  return n / ((performance.now() - t0) / 1000);
}

/** Pids of processes whose command line contains `needle` (the servers this bench started, by their data directory). */
function pidsWith(needle: string): number[] {
  return fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d) && Number(d) !== process.pid).filter((d) => {
    try {
      return fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(needle);
    } catch {
      return false;
    }
  }).map(Number);
}

function comm(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

/** CPU time (user + system) of a process, in ms; 0 once it is gone. */
function cpuMs(pid: number): number {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // clock ticks of 10 ms
  } catch {
    return 0;
  }
}

/** CPU used per process group between two calls (ms), to report CPU per delivery beside the rates. */
function cpuMeter(groups: Record<string, () => number[]>) {
  const read = () => Object.fromEntries(Object.entries(groups).map(([k, pids]) => [k, pids().reduce((a, p) => a + (p === process.pid ? (process.cpuUsage().user + process.cpuUsage().system) / 1000 : cpuMs(p)), 0)]));
  const start = read();
  return () => {
    const end = read();
    return Object.fromEntries(Object.keys(groups).map((k) => [k, end[k]! - start[k]!]));
  };
}

function rssMiB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-notif-'));
  const kafka = await InfraProcess.create('kafka', path.join(dataDir, 'kafka'));
  const mongo = await InfraProcess.create('mongo', path.join(dataDir, 'mongo'));
  const cleanups: Array<() => Promise<unknown>> = [() => Promise.allSettled([kafka.stop(), mongo.stop()])];
  const cleanup = async () => {
    for (const c of cleanups.reverse()) await c().catch(() => undefined);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  process.once('SIGTERM', () => void cleanup().then(() => process.exit(143)));
  try {
    await run(kafka, mongo, dataDir, cleanups);
  } finally {
    await cleanup();
  }
}

async function run(kafka: InfraProcess, mongo: InfraProcess, dataDir: string, cleanups: Array<() => Promise<unknown>>) {
  log('starting Kafka and the database…');
  await Promise.all([kafka.start(), mongo.start()]);
  process.env.PARLEY_TEST_KAFKA_BROKERS = kafka.address;
  process.env.PARLEY_TEST_MONGODB_URI = mongo.address;
  process.env.PARLEY_TEST_DATA_DIR = dataDir;

  const secret = 'whsec_' + Buffer.from('bench-webhook-secret-0123456789abcdef').toString('base64');
  const fast = await receiver('fast', secret);
  const fast2 = await receiver('fast', secret);
  const slow = await receiver('slow');
  const stalled = await receiver('stalled');
  const h = new NotificationsHarness('bench-notif', { LOG_LEVEL: 'warn', WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true', KAFKA_TOPIC_PARTITIONS: '6' });
  cleanups.push(() => Promise.all([fast.close(), fast2.close(), slow.close(), stalled.close()]));
  cleanups.push(() => h.stop());
  log('starting notifications…');
  await h.start();
  const app = h.replicas[0]!;
  const admin = tokenFor('bench-admin', ['commenter', 'admin']);
  const subscribe = async (url: string, eventTypes: string[]) => {
    const res = await h.api('/v1/webhooks/subscriptions', { method: 'POST', token: admin, body: JSON.stringify({ url, eventTypes, secret }) });
    if (res.status !== 201) throw new Error(`subscribe ${res.status} ${await res.text()}`);
    return (await res.json()).id as string;
  };
  const db = await h.db();
  const deliveries = db.collection('webhook_deliveries');
  const work = db.collection('webhook_work');
  const attempts = db.collection('webhook_attempts');
  const payload = (i: number) => JSON.stringify({ type: 'parley.comment.moderated.v1', timestamp: new Date().toISOString(), data: { commentId: `c${i}`, revision: 1, articleId: 'bench', authorId: `u${i % 100}`, decision: 'approved', reasons: [], actor: 'system', automated: true, ruleSetVersion: 1, decidedAt: new Date().toISOString() } });
  const succeeded = (subId: string) => attempts.countDocuments({ endpointId: subId, outcome: 'succeeded' });

  /**
   * Records deliveries due at `dueAt` as the consumer records those it has no room for: the
   * deliveries, and work groups per endpoint (the app's own grouping function).
   */
  async function seed(subId: string, url: string, n: number, dueAt: Date, tag: string) {
    for (let i = 0; i < n; i += 1000) {
      const now = new Date();
      const docs = Array.from({ length: Math.min(1000, n - i) }, (_, j) => {
        const eventId = `${tag}-${i + j}`;
        return { _id: `${eventId}:${subId}`, eventId, eventType: 'parley.comment.moderated.v1', endpointId: subId, url, payload: payload(i + j), createdAt: now, round: 1, roundStartedAt: null };
      });
      await deliveries.insertMany(docs as never[], { ordered: false });
      const groups = workGroups(docs.map((d) => ({ item: { d: d._id, e: subId, r: 1, n: 1, m: false, eventId: d.eventId, payload: d.payload }, due: dueAt.getTime() })), now, 'o');
      const rows = workRows(groups);
      await db.collection('webhook_work_items').insertMany(rows.items as never[], { ordered: false });
      await work.insertMany(rows.headers as never[], { ordered: false });
    }
  }

  /**
   * A due time after seeding n deliveries should have ended (inserts only: on FerretDB an
   * update or delete costs a collection scan per document, so nothing is released by update).
   * If seeding overruns, the measurement starts when it ends and counts only what came after.
   */
  const dueAfterSeeding = (n: number) => new Date(Date.now() + n * 1.5 + 3000);

  // 1. Throughput: N deliveries to one fast receiver, all due at once.
  const fastSub = await subscribe(fast.url, ['parley.comment.featured.v1']);
  log(`seeding ${N} deliveries…`);
  const dueAt = dueAfterSeeding(N);
  await seed(fastSub, fast.url, N, dueAt, 'tp');
  if (Date.now() > dueAt.getTime()) log('warning: seeding took longer than estimated; measuring from its end');
  await sleep(Math.max(0, dueAt.getTime() - Date.now()));
  const processes = {
    notifications: () => [app.process.pid!],
    FerretDB: () => pidsWith(path.join(dataDir, 'mongo')).filter((p) => comm(p) === 'ferretdb'),
    Kafka: () => pidsWith(path.join(dataDir, 'kafka')).filter((p) => comm(p) === 'java'),
    'bench (receivers, producer)': () => [process.pid],
  };
  let meter = cpuMeter(processes);
  const atStart = fast.count();
  // Timed from the first request received: the idle poller notices work that another process
  // wrote within its poll interval (≤ 2 s), which is latency, not throughput.
  await eventually('all deliveries received', async () => fast.count() >= N, 1_800_000, 50);
  const t0 = fast.firstAt();
  const ourRate = (N - atStart - 1) / ((fast.lastAt() - t0) / 1000);
  const cpuBacklog = meter();
  await eventually('all recorded as succeeded', async () => (await succeeded(fastSub)) >= N, 600_000, 100);
  const recordedRate = (N - atStart) / ((performance.now() - t0) / 1000);
  log(`ours: ${ourRate.toFixed(0)}/s (${fast.verified()} signatures verified with standardwebhooks)`);

  // 2. From Kafka: events produced → consumer → delivery recorded → signed POST.
  const kafkaSub = await subscribe(fast2.url, ['parley.comment.featured.v1']);
  log(`producing ${N_KAFKA} events to Kafka…`);
  meter = cpuMeter(processes);
  const k0 = performance.now();
  // In batches of 50, 4 at a time, as the comments-api outbox relay publishes.
  const event = (i: number) => ({ key: `k${i}`, data: { commentId: `k${i}`, articleId: 'bench', authorId: `u${i % 100}`, featuredBy: 'mod', featuredAt: new Date().toISOString() } });
  await Promise.all(Array.from({ length: 4 }, async (_, w) => {
    for (let i = w * 50; i < N_KAFKA; i += 200) await h.publishMany('parley.comments.v1', 'parley.comment.featured.v1', Array.from({ length: Math.min(50, N_KAFKA - i) }, (_, j) => event(i + j)));
  }));
  await eventually('Kafka-sourced deliveries', async () => fast2.count() >= N_KAFKA, 1_800_000, 50);
  const kafkaRate = N_KAFKA / ((performance.now() - k0) / 1000);
  const cpuKafka = meter();
  log(`from Kafka: ${kafkaRate.toFixed(0)}/s (subscription ${kafkaSub})`);

  // 3. Baselines on the same receiver.
  log('baselines…');
  const fetchRate = await rawFetch(fast.url, N);
  const keepAliveRate = await rawKeepAlive(fast.url, N, false);
  const signedRate = await rawKeepAlive(fast.url, N, true);

  // 4. Backpressure: a stalled and a slow endpoint with large backlogs beside a fast one.
  log(`backpressure: ${STALL_SECONDS} s with a stalled and a slow receiver…`);
  const stalledSub = await subscribe(stalled.url, ['parley.comment.featured.v1']);
  const slowSub = await subscribe(slow.url, ['parley.comment.featured.v1']);
  const fastSub2 = await subscribe(fast.url, ['parley.comment.featured.v1']);
  const backlog = Number(process.env.BENCH_BACKLOG ?? 2000);
  const start = dueAfterSeeding(3 * backlog);
  await seed(stalledSub, stalled.url, backlog, start, 'st');
  await seed(slowSub, slow.url, backlog, start, 'sl');
  await seed(fastSub2, fast.url, backlog, start, 'f2');
  if (Date.now() > start.getTime()) log('warning: backpressure seeding took longer than estimated');
  await sleep(Math.max(0, start.getTime() - Date.now()));
  const before = fast.count();
  const samples: Array<{ t: number; rss: number; fast: number; slow: number; stalled: number }> = [];
  const b0 = performance.now();
  let fastDoneAt: number | null = null;
  for (let s = 0; s <= STALL_SECONDS; s++) {
    samples.push({ t: s, rss: rssMiB(app.process.pid!), fast: fast.count() - before, slow: slow.count(), stalled: stalled.count() });
    if (fastDoneAt === null && fast.count() - before >= backlog) fastDoneAt = (performance.now() - b0) / 1000;
    await sleep(1000);
  }
  // From its first request to its last (as above: not the poll interval before the first).
  const fastDuringStall = fastDoneAt ? (backlog - 1) / ((fast.timeOf(before + backlog)! - fast.timeOf(before + 1)!) / 1000) : (fast.count() - before) / STALL_SECONDS;
  const rss = samples.map((s) => s.rss);
  const secondHalf = rss.slice(Math.floor(rss.length / 2));

  console.log(`\nbench:notifications — ${machineLine()} — database: FerretDB (SQLite), Kafka 3.9.2, receiver in the bench process, all on one box\n`);
  const row = (run: string, rate: number) => ({ run, 'deliveries/s': rate.toFixed(0), 'vs fetch loop': (rate / fetchRate).toFixed(2), 'vs keep-alive loop': (rate / keepAliveRate).toFixed(2), 'vs signed keep-alive loop': (rate / signedRate).toFixed(2) });
  printTable([
    row(`notifications: ${N} signed deliveries from the database (claim, sign, POST, record), first to last request`, ourRate),
    row(`same, from the first request until every outcome is recorded (attempt log)`, recordedRate),
    row(`notifications: ${N_KAFKA} Kafka events (published in batches of 50) → in-app item + delivery → signed POST`, kafkaRate),
    row(`same, fast endpoint while a stalled and a slow one each have ${backlog} queued (first to last request)`, fastDuringStall),
    row('baseline: bare fetch POST loop, 64 in flight, no signing, no database', fetchRate),
    row('baseline: node:http keep-alive pool, 16 in flight, no signing, no database', keepAliveRate),
    row('baseline: node:http keep-alive pool, HMAC-signed, 16 in flight, no database', signedRate),
  ]);
  console.log(`\nCPU per delivery (µs of CPU time per process while it ran; the box has 2 cores, shared):`);
  printTable([
    { run: `from the database (${N})`, ...Object.fromEntries(Object.entries(cpuBacklog).map(([k, v]) => [k, ((v * 1000) / (N - atStart)).toFixed(0)])) },
    { run: `from Kafka (${N_KAFKA})`, ...Object.fromEntries(Object.entries(cpuKafka).map(([k, v]) => [k, ((v * 1000) / N_KAFKA).toFixed(0)])) },
  ]);
  console.log(`\nMemory (RSS of the notifications process) while the stalled receiver never answers and the slow one answers after 2 s:`);
  printTable(samples.filter((s) => s.t % 10 === 0).map((s) => ({ 's': s.t, 'RSS MiB': s.rss.toFixed(0), 'fast received': s.fast, 'slow received': s.slow, 'stalled requests': s.stalled })));
  console.log(`\nRSS min/max ${Math.min(...rss).toFixed(0)}/${Math.max(...rss).toFixed(0)} MiB; second half ${Math.min(...secondHalf).toFixed(0)}–${Math.max(...secondHalf).toFixed(0)} MiB. ` +
    `Stalled endpoint: ${stalled.count()} requests in ${STALL_SECONDS} s (at most WEBHOOK_MAX_IN_FLIGHT_PER_ENDPOINT=16 at a time, each ends at the 10 s timeout); ` +
    `${fast.verified() + fast2.verified()} signatures checked with the standardwebhooks package.`);

}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
