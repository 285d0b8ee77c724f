// npm run bench:pipeline — the whole path API → Kafka → worker → decision → status visible →
// notification, at full speed and at a fixed rate, beside this machine's raw floor (a bare
// kafkajs produce/consume loop and bare inserts into the same database) in the same run.
// Starts its own Kafka, database and apps; not a test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { startSystem } from '../test/support/app-processes';
import { InfraProcess } from '../test/support/infra-process';
import { eventually, TEST_WEBHOOK_SECRET } from '../test/support/test-env';
import { tokenFor } from '../test/support/tokens';
import { startWebhookReceiver } from '../test/support/webhook-receiver';
import { EventTypes, Topics } from '@parley/contracts';
import { profilesOf, summariseCpuProfile } from './support/cpu-profile';
import { dbRoundTrips, httpRoundTrips, insertsAtRate, kafkaAtRate, kafkaRoundTrips, listenToEvents } from './support/pipeline-floor';
import { cpuSecondsOf, machineLine, percentile, printTable, processesMatching } from './support/machine';

const log = (m: string) => console.error(`[bench] ${m}`);
const N_FULL = Number(process.env.BENCH_COMMENTS ?? 3000);
const RATE = Number(process.env.BENCH_RATE ?? 500);
const RATE_SECONDS = Number(process.env.BENCH_RATE_SECONDS ?? 10);
const N_IDLE = Number(process.env.BENCH_IDLE_COMMENTS ?? 50);
/** Only the idle runs (sequential comments) and their trace, without the full-speed and fixed-rate runs. */
const IDLE_ONLY = process.env.BENCH_IDLE_ONLY === '1';
/** When set, each app is profiled (V8's sampling profiler) during the full-speed run, its profile written here; the run ends with each app's CPU by function. */
const CPU_PROFILE_DIR = process.env.BENCH_CPU_PROFILE_DIR ? path.resolve(process.env.BENCH_CPU_PROFILE_DIR) : undefined;

async function rawKafkaFloor(brokers: string, n: number): Promise<number> {
  const kafka = new Kafka({ clientId: 'floor', brokers: [brokers], logLevel: logLevel.NOTHING });
  const topic = `floor-${Date.now()}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 6 }], waitForLeaders: true });
  await admin.disconnect();
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  const consumer = kafka.consumer({ groupId: `${topic}-g` });
  await Promise.all([producer.connect(), consumer.connect()]);
  await consumer.subscribe({ topic, fromBeginning: true });
  let seen = 0;
  const done = new Promise<void>((resolve) => {
    void consumer.run({ eachMessage: async () => void (++seen >= n && resolve()) });
  });
  await new Promise((r) => setTimeout(r, 2000)); // group joined
  const started = performance.now();
  // The same shape as ours: one acknowledged send per message, 64 in flight.
  const value = JSON.stringify({ body: 'x'.repeat(200) });
  let next = 0;
  await Promise.all(Array.from({ length: 64 }, async () => {
    while (next < n) {
      const i = next++;
      await producer.send({ topic, acks: -1, messages: [{ key: `k${i}`, value }] });
    }
  }));
  await done;
  const rate = n / ((performance.now() - started) / 1000);
  await Promise.all([producer.disconnect(), consumer.disconnect()]);
  return rate;
}

async function rawInsertFloor(uri: string, n: number): Promise<number> {
  const conn = await mongoose.createConnection(uri, { dbName: 'bench_floor', maxPoolSize: 64 }).asPromise();
  const col = conn.db!.collection('docs');
  const started = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: 64 }, async () => {
    while (next < n) {
      const i = next++;
      await col.insertOne({ i, body: 'x'.repeat(200), createdAt: new Date() });
    }
  }));
  const rate = n / ((performance.now() - started) / 1000);
  await conn.dropDatabase();
  await conn.close();
  return rate;
}

/** Database commands each app has sent so far, by command name (its parley_db_commands_total metric; empty when the app has none). */
async function dbCommandsOf(url: string): Promise<Map<string, number>> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^parley_db_commands_total\{command="([^"]+)"\} (\S+)$/.exec(line);
    if (m) out.set(m[1]!, Number(m[2]));
    // Kafka messages the app handled and events it published, counted as pseudo-commands.
    const consumed = /^parley_consumer_messages_total\{[^}]*\} (\S+)$/.exec(line);
    if (consumed) out.set('kafka:consumed', (out.get('kafka:consumed') ?? 0) + Number(consumed[1]));
    const published = /^parley_events_published_total\{[^}]*\} (\S+)$/.exec(line);
    if (published) out.set('kafka:published', (out.get('kafka:published') ?? 0) + Number(published[1]));
  }
  return out;
}

/** CPU time (ms) this process spends in `run`, with its result. */
async function withCpu<T>(run: () => Promise<T>): Promise<{ result: T; cpuMs: number }> {
  const before = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(before);
  return { result, cpuMs: (used.user + used.system) / 1000 };
}

/** What to stop if the run fails half-way (a crashed bench must not leave servers loading the machine). */
const cleanups: Array<() => Promise<unknown>> = [];

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-'));
  const kafka = await InfraProcess.create('kafka', path.join(dataDir, 'kafka'));
  const mongo = await InfraProcess.create('mongo', path.join(dataDir, 'mongo'));
  cleanups.push(() => Promise.all([kafka.stop(), mongo.stop()]));
  log('starting Kafka and the database…');
  await Promise.all([kafka.start(), mongo.start()]);
  const receiver = await startWebhookReceiver(TEST_WEBHOOK_SECRET);
  log('starting the three apps…');
  const system = await startSystem({
    namespace: 'bench',
    kafkaBrokers: kafka.address,
    mongoUri: mongo.address,
    webhookUrls: [receiver.url],
    extraEnv: { all: { LOG_LEVEL: 'warn', KAFKA_TOPIC_PARTITIONS: '6', RATE_LIMIT_ENABLED: 'false', ...(CPU_PROFILE_DIR ? { NODE_OPTIONS: `--require ${path.join(__dirname, 'support', 'cpu-profile-preload.js')}`, BENCH_CPU_PROFILE_DIR: CPU_PROFILE_DIR } : {}) } },
  });
  cleanups.unshift(() => system.stop());
  const conn = await mongoose.createConnection(mongo.address).asPromise();
  const comments = conn.useDb(system.databases.comments).db!.collection('comments');
  const inApp = conn.useDb(system.databases.notifications).db!.collection('in_app_notifications');
  const tokens = Array.from({ length: 200 }, (_, i) => tokenFor(`bench-author-${i}`));

  let resent = 0;
  async function post(i: number, article: string, attempt = 1): Promise<string> {
    let res: Response;
    try {
      res = await fetch(`${system.api.url}/v1/articles/${article}/comments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens[i % tokens.length]}`, 'content-type': 'application/json' },
        body: JSON.stringify({ body: `Comment ${i}: an interesting point about the story, thank you for reporting it.` }),
      });
    } catch (err) {
      // On an overloaded machine a kept-alive connection is sometimes closed under the request
      // (the server timed it out while the event loop was busy): sent again, and counted.
      if (attempt >= 5 || system.api.process.exitCode !== null || system.api.process.signalCode !== null) throw err;
      resent++;
      await new Promise((r) => setTimeout(r, 100 * attempt));
      return post(i, article, attempt + 1);
    }
    if (res.status !== 202) throw new Error(`POST ${res.status}: ${await res.text()}`);
    return ((await res.json()) as { id: string }).id;
  }

  /** Waits for every comment of the article to be decided; returns latencies POST→visible (ms). */
  async function settle(article: string, n: number) {
    // Polled once a second with the count command (an index count; the figures come from the
    // stored timestamps, not from when the poll noticed).
    const decided = async () => Number((await conn.useDb(system.databases.comments).db!.command({ count: 'comments', query: { articleId: article, status: { $ne: 'pending' } } })).n);
    await eventually(`${n} decisions on ${article}`, async () => (await decided()) >= n, 600_000, 1000);
    const docs = await comments.find({ articleId: article }, { projection: { createdAt: 1, updatedAt: 1 } }).toArray();
    const lat = docs.map((d) => (d.updatedAt as Date).getTime() - (d.createdAt as Date).getTime()).sort((a, b) => a - b);
    const lastVisible = Math.max(...docs.map((d) => (d.updatedAt as Date).getTime()));
    const firstPosted = Math.min(...docs.map((d) => (d.createdAt as Date).getTime()));
    return { lat, spanMs: lastVisible - firstPosted };
  }

  // Warm-up: JIT, connections, consumer groups.
  log('warming up…');
  await Promise.all(Array.from({ length: 200 }, (_, i) => post(i, 'warmup')));
  await settle('warmup', 200);

  // CPU time of every process of the run (servers found by the run's data directory in their
  // command line, the apps by pid), so the table can say where a comment's CPU goes.
  const servers = processesMatching(dataDir).filter((p) => /ferretdb|kafka\.Kafka/.test(p.command));
  const processes = [
    ...servers.map((p) => ({ name: /ferretdb/.test(p.command) ? 'FerretDB' : 'Kafka', pid: p.pid })),
    { name: 'comments-api', pid: system.api.process.pid! },
    { name: 'moderation-worker', pid: system.worker.process.pid! },
    { name: 'notifications', pid: system.notifications.process.pid! },
    { name: 'this benchmark (load generator)', pid: process.pid },
  ];
  const cpuNow = () => processes.map((p) => cpuSecondsOf(p.pid) ?? NaN);

  // Idle: one comment at a time, each posted when the previous one's decision was visible
  // through GET /v1/comments/:id, by different authors and by one author.
  // Each comment's path is traced hop by hop from timestamps on one clock (every process runs on
  // this machine): the POST and the GET that saw the decision (here), createdAt, decidedAt and
  // updatedAt (the apps), when each event was produced (its Kafka record timestamp) and when a
  // bare consumer of this process received it.
  const decisionsCol = conn.useDb(system.databases.moderation).db!.collection('decisions');
  const listener = await listenToEvents(kafka.address, [Topics.CommentEvents, Topics.ModerationDecisions].map((t) => `${system.topicPrefix}${t}`));
  cleanups.unshift(() => listener.close());
  interface Trace { hops: Record<string, number>; total: number }
  async function idleRun(article: string, authorOf: (i: number) => number) {
    const sent: Array<{ id: string; postAt: number; answeredAt: number; visibleAt: number }> = [];
    for (let i = 0; i < N_IDLE; i++) {
      const postAt = Date.now();
      const id = await post(authorOf(i), article);
      const answeredAt = Date.now();
      // Polled every 25 ms until the decision event is on Kafka (it cannot be visible before),
      // then every 1 ms: the polls themselves cost comments-api and the database CPU.
      let decisionOut = false;
      const out = listener.seen(id, EventTypes.CommentModerated).then(() => (decisionOut = true));
      for (;;) {
        const res = await fetch(`${system.api.url}/v1/comments/${id}`, { headers: { authorization: `Bearer ${tokens[authorOf(i) % tokens.length]}` } });
        if (res.ok && ((await res.json()) as { status: string }).status !== 'pending') break;
        await Promise.race([new Promise((r) => setTimeout(r, decisionOut ? 1 : 25)), decisionOut ? undefined : out]);
      }
      sent.push({ id, postAt, answeredAt, visibleAt: Date.now() });
    }
    await new Promise((r) => setTimeout(r, 200)); // the listener's last sightings
    const docs = new Map((await comments.find({ articleId: article }, { projection: { createdAt: 1, updatedAt: 1 } }).toArray()).map((d) => [String(d._id), d]));
    const decided = new Map((await decisionsCol.find({ commentId: { $in: sent.map((s) => s.id) } }, { projection: { commentId: 1, decidedAt: 1 } }).toArray()).map((d) => [d.commentId as string, (d.decidedAt as Date).getTime()]));
    const traces: Trace[] = [];
    for (const s of sent) {
      const d = docs.get(s.id);
      const decidedAt = decided.get(s.id);
      const submitted = listener.sighting(s.id, EventTypes.CommentSubmitted);
      const moderated = listener.sighting(s.id, EventTypes.CommentModerated);
      if (!d || decidedAt === undefined || !submitted || !moderated) continue;
      const createdAt = (d.createdAt as Date).getTime();
      const updatedAt = (d.updatedAt as Date).getTime();
      traces.push({
        total: s.visibleAt - s.postAt,
        hops: {
          'POST → createdAt': createdAt - s.postAt,
          'createdAt → POST answered': s.answeredAt - createdAt,
          'createdAt → submitted produced': submitted.producedAt - createdAt,
          'submitted: produced → bare consumer': submitted.receivedAt - submitted.producedAt,
          'submitted produced → decidedAt': decidedAt - submitted.producedAt,
          'decidedAt → moderated produced': moderated.producedAt - decidedAt,
          'moderated: produced → bare consumer': moderated.receivedAt - moderated.producedAt,
          'moderated produced → updatedAt': updatedAt - moderated.producedAt,
          'updatedAt → visible through GET': s.visibleAt - updatedAt,
        },
      });
    }
    return { visible: traces.map((t) => t.total).sort((a, b) => a - b), traces };
  }
  const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');
  const loadBeforeIdle = load();
  log(`idle: ${N_IDLE} sequential comments by different authors, then by one author…`);
  const idleCpuBefore = cpuNow();
  const idleMany = await idleRun('idle-many-authors', (i) => i);
  const idleOne = await idleRun('idle-one-author', () => 7);
  // CPU each process used per idle comment (the GET polls included: comments-api answers them).
  const idleCpuMs = cpuNow().map((after, i) => ((after - idleCpuBefore[i]!) * 1000) / (2 * N_IDLE));
  const loadAfterIdle = load();
  const loadDuringIdle = os.loadavg()[0]!;
  await listener.close();

  // The idle floor, measured right after on the same machine: one request at a time.
  log('idle floor: bare kafkajs round trips, bare database writes and reads, bare HTTP…');
  const FLOOR_N = Math.max(30, N_IDLE);
  const kafkaRtt = await kafkaRoundTrips(kafka.address, FLOOR_N);
  const db = await dbRoundTrips(mongo.address, FLOOR_N);
  const httpRtt = await httpRoundTrips(`${system.api.url}/health/live`, FLOOR_N);
  const p50 = (a: number[]) => percentile(a, 50);
  // The least a comment's path needs, one step after the other: the POST (HTTP, one read of
  // the article's and the author's settings, the insert), the submitted event (one Kafka hop),
  // the worker (one read of history, one write of the decision), the decision event (one Kafka
  // hop), comments-api (one conditional update), and the GET that sees it (HTTP + read).
  const pathFloor = 2 * p50(httpRtt) + 2 * p50(kafkaRtt) + 2 * p50(db.insert) + 3 * p50(db.findById) + p50(db.update);
  const hopFloor: Record<string, number> = {
    'POST → createdAt': p50(httpRtt) / 2 + p50(db.findById),
    'createdAt → POST answered': p50(db.insert) + p50(httpRtt) / 2,
    'createdAt → submitted produced': p50(db.insert),
    'submitted: produced → bare consumer': p50(kafkaRtt),
    'submitted produced → decidedAt': p50(kafkaRtt) + p50(db.findById),
    'decidedAt → moderated produced': p50(db.insert),
    'moderated: produced → bare consumer': p50(kafkaRtt),
    'moderated produced → updatedAt': p50(kafkaRtt) + p50(db.findById),
    'updatedAt → visible through GET': p50(db.update) + p50(httpRtt) + p50(db.findById),
  };
  const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '');
  const idleRows = [
    { name: `idle, ${N_IDLE} sequential, different authors`, r: idleMany },
    { name: `idle, ${N_IDLE} sequential, one author`, r: idleOne },
  ].map(({ name, r }) => ({
    run: name,
    'p50 ms': fmt(p50(r.visible)),
    'p95 ms': fmt(percentile(r.visible, 95)),
    'max ms': r.visible.length ? fmt(Math.max(...r.visible)) : '',
    'path floor p50 ms': fmt(pathFloor),
    'p50 ÷ floor': (p50(r.visible) / pathFloor).toFixed(2),
    'goal p50 ≤ 100, max ≤ 250': p50(r.visible) <= 100 && Math.max(...r.visible) <= 250 ? 'met' : 'not met',
  }));
  const hopRows = Object.keys(hopFloor).map((hop) => {
    const of = (r: typeof idleMany) => r.traces.map((t) => t.hops[hop]!).sort((a, b) => a - b);
    return {
      hop,
      'different authors p50': fmt(p50(of(idleMany))),
      'different authors p95': fmt(percentile(of(idleMany), 95)),
      'one author p50': fmt(p50(of(idleOne))),
      'one author p95': fmt(percentile(of(idleOne), 95)),
      'floor p50': fmt(hopFloor[hop]!),
    };
  });
  const printIdle = () => {
    console.log(`\nIdle latency: POST sent → decision visible through GET /v1/comments/:id (load average before: ${loadBeforeIdle}, after: ${loadAfterIdle})\n`);
    printTable(idleRows);
    console.log(`\nOne comment's path, hop by hop (ms; one clock: every process is on this machine; a record's timestamp is when its producer built the request)\n`);
    printTable(hopRows);
    const pipelineCpu = processes.reduce((a, p, i) => a + (p.name.startsWith('this benchmark') || !Number.isFinite(idleCpuMs[i]!) ? 0 : idleCpuMs[i]!), 0);
    const share = Math.max(1, loadDuringIdle / os.cpus().length);
    console.log(`\nCPU per idle comment: ${processes.map((p, i) => `${p.name} ${fmt(idleCpuMs[i]!)}`).join(', ')} ms; the pipeline's processes ${fmt(pipelineCpu)} ms in all (an upper bound of the CPU on the comment's serial path; comments-api's includes answering the GET polls). At a load average of ${loadDuringIdle.toFixed(1)} on ${os.cpus().length} cores a runnable process gets about 1/${share.toFixed(1)} of a core, so that CPU alone takes up to ≈ ${fmt(pipelineCpu * share)} ms of wall time: where p50 is far above the path floor, this (the CPU the apps and the database spend per comment, and the queue for the cores) is what caps it.`);
    console.log(`\nIdle floor, one at a time on the same machine right after: bare kafkajs produce (acks=all) → consume p50 ${fmt(p50(kafkaRtt))} / p95 ${fmt(percentile(kafkaRtt, 95))} ms; bare insertOne p50 ${fmt(p50(db.insert))}, find by _id ${fmt(p50(db.findById))}, conditional updateOne ${fmt(p50(db.update))} ms; bare HTTP GET /health/live ${fmt(p50(httpRtt))} ms. Path floor = 2 HTTP + 2 Kafka hops + 2 inserts + 3 reads + 1 update = ${fmt(pathFloor)} ms.`);
  };
  if (IDLE_ONLY) {
    console.log(`\nbench:pipeline (idle only) — ${machineLine()}`);
    printIdle();
    await conn.close();
    await system.stop();
    await receiver.close();
    await Promise.all([kafka.stop(), mongo.stop()]);
    fs.rmSync(dataDir, { recursive: true, force: true });
    return;
  }

  const apps = [
    { name: 'comments-api', url: system.api.url },
    { name: 'moderation-worker', url: system.worker.url },
    { name: 'notifications', url: system.notifications.url },
  ];
  const commandsNow = () => Promise.all(apps.map((a) => dbCommandsOf(a.url)));

  const loadBeforeFull = load();
  log(`full speed: ${N_FULL} comments, 64 in flight…`);
  let next = 0;
  const appPids = [system.api, system.worker, system.notifications].map((a) => a.process.pid!);
  const toggleProfilers = () => CPU_PROFILE_DIR && appPids.forEach((pid) => process.kill(pid, 'SIGWINCH'));
  toggleProfilers();
  const cpuBefore = cpuNow();
  const commandsBefore = await commandsNow();
  const fullStart = Date.now();
  await Promise.all(Array.from({ length: 64 }, async () => {
    while (next < N_FULL) await post(next++, 'full-speed');
  }));
  const postSeconds = (Date.now() - fullStart) / 1000;
  const full = await settle('full-speed', N_FULL);
  await eventually('notifications for the full-speed run', async () => (await inApp.countDocuments({ 'data.articleId': 'full-speed' })) >= N_FULL, 600_000, 2000);
  const fullNotifiedSeconds = (Date.now() - fullStart) / 1000;
  const cpuSpent = cpuNow().map((after, i) => after - cpuBefore[i]!);
  toggleProfilers();
  const commandsSpent = (await commandsNow()).map((after, i) => {
    const spent = new Map<string, number>();
    for (const [name, n] of after) if (n - (commandsBefore[i]!.get(name) ?? 0) > 0) spent.set(name, n - (commandsBefore[i]!.get(name) ?? 0));
    return spent;
  });

  const loadBeforeFixed = load();
  log(`fixed rate: ${RATE} comments/s for ${RATE_SECONDS} s…`);
  const total = RATE * RATE_SECONDS;
  const rateStart = performance.now();
  // Open loop: requests go out on schedule whether or not earlier ones were answered; one that
  // fails (the server shedding load) is counted, not retried.
  const inflight: Promise<string | null>[] = [];
  let failed = 0;
  let firstError = '';
  for (let i = 0; i < total; i++) {
    const due = rateStart + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    inflight.push(
      post(i, 'fixed-rate').catch((err: Error) => {
        failed++;
        firstError ||= `${err.message}${(err as { cause?: Error }).cause ? `: ${(err as { cause?: Error }).cause!.message}` : ''}`;
        return null;
      }),
    );
  }
  const accepted = (await Promise.all(inflight)).filter((id) => id !== null).length;
  const achievedRate = total / ((performance.now() - rateStart) / 1000);
  if (failed) log(`fixed rate: ${failed} of ${total} POSTs failed (first: ${firstError})`);
  const fixed = await settle('fixed-rate', accepted);

  log('raw floor: bare kafkajs produce/consume and bare inserts…');
  // The client side of the floor loops runs in this process: its CPU per message is what kafkajs
  // and the MongoDB driver cost with no application around them.
  const { result: kafkaFloor, cpuMs: kafkaFloorCpu } = await withCpu(() => rawKafkaFloor(kafka.address, N_FULL));
  const { result: insertFloor, cpuMs: insertFloorCpu } = await withCpu(() => rawInsertFloor(mongo.address, N_FULL));
  const floor = Math.min(kafkaFloor, insertFloor);
  const sustained = N_FULL / (full.spanMs / 1000);
  log(`loaded floor: bare kafkajs and bare inserts at ${RATE}/s for ${RATE_SECONDS} s…`);
  const loadAtFloor = load();
  const kafkaRate = await kafkaAtRate(kafka.address, RATE, RATE_SECONDS);
  const insertRate = await insertsAtRate(mongo.address, RATE, RATE_SECONDS);

  console.log(`\nbench:pipeline — ${machineLine()} — database: ${mongo.address.includes('27017') ? 'mongod' : 'FerretDB (SQLite)'}, Kafka 3.9.2, all on one box\n`);
  printTable([
    { run: `full speed, ${N_FULL} comments`, 'comments/s': sustained.toFixed(0), 'POST/s': (N_FULL / postSeconds).toFixed(0), 'p50 ms': percentile(full.lat, 50), 'p95 ms': percentile(full.lat, 95), 'p99 ms': percentile(full.lat, 99), 'vs floor': (sustained / floor).toFixed(2) },
    { run: `fixed ${RATE}/s × ${RATE_SECONDS} s (sent ${achievedRate.toFixed(0)}/s, ${failed} refused)`, 'comments/s': (accepted / (fixed.spanMs / 1000)).toFixed(0), 'POST/s': achievedRate.toFixed(0), 'p50 ms': percentile(fixed.lat, 50), 'p95 ms': percentile(fixed.lat, 95), 'p99 ms': percentile(fixed.lat, 99), 'vs floor': '' },
    { run: `floor at ${RATE}/s: bare kafkajs send → consume (acks=all, one send per message; sent ${kafkaRate.sentPerSecond.toFixed(0)}/s)`, 'comments/s': '', 'POST/s': '', 'p50 ms': fmt(percentile(kafkaRate.lat, 50)), 'p95 ms': fmt(percentile(kafkaRate.lat, 95)), 'p99 ms': fmt(percentile(kafkaRate.lat, 99)), 'vs floor': '' },
    { run: `floor at ${RATE}/s: bare insertOne into the same database`, 'comments/s': '', 'POST/s': '', 'p50 ms': fmt(percentile(insertRate, 50)), 'p95 ms': fmt(percentile(insertRate, 95)), 'p99 ms': fmt(percentile(insertRate, 99)), 'vs floor': '' },
    { run: 'floor: bare kafkajs send+consume (acks=all, 64 in flight)', 'comments/s': kafkaFloor.toFixed(0), 'POST/s': '', 'p50 ms': '', 'p95 ms': '', 'p99 ms': '', 'vs floor': (kafkaFloor / floor).toFixed(2) },
    { run: 'floor: bare insertOne into the same database (64 in flight)', 'comments/s': insertFloor.toFixed(0), 'POST/s': '', 'p50 ms': '', 'p95 ms': '', 'p99 ms': '', 'vs floor': (insertFloor / floor).toFixed(2) },
  ]);
  printIdle();
  console.log(`\nlatency = comment createdAt → status visible (updatedAt) in comments-api's database; all ${N_FULL} full-speed comments also notified in-app ${fullNotifiedSeconds.toFixed(1)} s after the first POST; floor = the slower of the two bare loops.${resent ? ` ${resent} POSTs were sent again after their connection was closed (overloaded machine).` : ''}`);

  // Where the CPU went during the full-speed run (from the first POST until every comment was
  // notified): CPU time per comment of each process, and the ceiling that puts on this machine.
  const totalCpu = cpuSpent.reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);
  console.log(`\nCPU per comment during the full-speed run (${fullNotifiedSeconds.toFixed(1)} s wall, ${os.cpus().length} cores)\n`);
  printTable([
    ...processes.map((p, i) => ({ process: p.name, 'CPU s': cpuSpent[i]!.toFixed(1), 'CPU ms per comment': ((cpuSpent[i]! * 1000) / N_FULL).toFixed(2), share: `${((100 * cpuSpent[i]!) / totalCpu).toFixed(0)} %` })),
    { process: 'all', 'CPU s': totalCpu.toFixed(1), 'CPU ms per comment': ((totalCpu * 1000) / N_FULL).toFixed(2), share: '100 %' },
  ]);
  const cpuPerComment = (totalCpu * 1000) / N_FULL; // ms, every process of the run
  const benchCpu = (cpuSpent[processes.findIndex((p) => p.name.startsWith('this benchmark'))]! * 1000) / N_FULL;
  const pipelineCpuPerComment = cpuPerComment - (Number.isFinite(benchCpu) ? benchCpu : 0);
  console.log(`\nceiling on this machine at that cost: ${os.cpus().length} cores ÷ ${cpuPerComment.toFixed(1)} ms = ${((os.cpus().length * N_FULL) / totalCpu).toFixed(0)} comments/s (without the load generator: ${((os.cpus().length * 1000) / pipelineCpuPerComment).toFixed(0)} comments/s)`);
  const fixedP99 = percentile(fixed.lat, 99);
  const coresNeeded = (RATE * pipelineCpuPerComment) / 1000;
  console.log(`\nLoaded goal (p99 ≤ 250 ms at 500 comments/s): ${RATE === 500 ? (fixedP99 <= 250 ? 'met' : 'not met') : `not measured at 500/s (BENCH_RATE=${RATE})`}: p99 ${fmt(fixedP99)} ms at ${RATE}/s offered (load average ${loadBeforeFixed} before) vs the bare floor's p99 at the same rate, Kafka ${fmt(percentile(kafkaRate.lat, 99))} ms and inserts ${fmt(percentile(insertRate, 99))} ms (load average ${loadAtFloor}); ratio ${(fixedP99 / Math.max(percentile(kafkaRate.lat, 99), percentile(insertRate, 99))).toFixed(1)}×. ${coresNeeded > os.cpus().length ? `What caps it, by measurement: ${RATE}/s × ${pipelineCpuPerComment.toFixed(1)} ms of CPU per comment (apps, Kafka and database, measured in the full-speed run, load average ${loadBeforeFull} before it) needs ${coresNeeded.toFixed(1)} cores; this machine has ${os.cpus().length}, so the pipeline decides at most ≈ ${((os.cpus().length * 1000) / pipelineCpuPerComment).toFixed(0)} comments/s and a queue grows for as long as ${RATE}/s are offered.` : `The CPU it needs (${coresNeeded.toFixed(1)} of ${os.cpus().length} cores at ${pipelineCpuPerComment.toFixed(1)} ms per comment) fits the machine.`}`);

  // Database round trips per comment during the full-speed run, by app (command monitoring in
  // each app: parley_db_commands_total), with the commands that make them up.
  const kafkaOf = (m: Map<string, number>) => ({ consumed: m.get('kafka:consumed') ?? 0, published: m.get('kafka:published') ?? 0 });
  const kafkaPerApp = commandsSpent.map((m) => kafkaOf(m));
  for (const m of commandsSpent) {
    m.delete('kafka:consumed');
    m.delete('kafka:published');
  }
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const perComment = (n: number) => (n / N_FULL).toFixed(2);
  console.log(`\nDatabase commands (round trips) per comment during the full-speed run, by app\n`);
  printTable([
    ...apps.map((a, i) => ({
      app: a.name,
      'commands per comment': commandsSpent[i]!.size ? perComment(sum(commandsSpent[i]!)) : 'n/a (no metric)',
      'by command': [...commandsSpent[i]!].sort((x, y) => y[1] - x[1]).map(([name, n]) => `${name} ${perComment(n)}`).join(', '),
    })),
    { app: 'all', 'commands per comment': perComment(commandsSpent.reduce((a, m) => a + sum(m), 0)), 'by command': '' },
  ]);

  // What the libraries alone cost for that much traffic: the floor loops' client CPU per
  // message (this process, no application) times the messages and commands each app handled
  // per comment, beside the app's measured CPU per comment.
  const kafkaMsgCpu = kafkaFloorCpu / (2 * N_FULL); // one send and one receive per message
  const insertCpu = insertFloorCpu / N_FULL;
  console.log(`\nLibrary floor per comment: bare kafkajs ${(kafkaMsgCpu * 1000).toFixed(0)} µs of client CPU per message sent or received (acks=all, 64 in flight), bare MongoDB driver ${(insertCpu * 1000).toFixed(0)} µs per insertOne (64 in flight); load average now ${load()}\n`);
  printTable(
    apps.map((a, i) => {
      const k = kafkaPerApp[i]!;
      const floorMs = ((k.consumed + k.published) * kafkaMsgCpu + sum(commandsSpent[i]!) * insertCpu) / N_FULL;
      const appCpu = (cpuSpent[processes.findIndex((p) => p.name === a.name)]! * 1000) / N_FULL;
      return {
        app: a.name,
        'Kafka messages per comment (in + out)': `${(k.consumed / N_FULL).toFixed(2)} + ${(k.published / N_FULL).toFixed(2)}`,
        'DB commands per comment': perComment(sum(commandsSpent[i]!)),
        'library floor ms': floorMs.toFixed(2),
        'measured CPU ms': appCpu.toFixed(2),
        'measured ÷ floor': (appCpu / floorMs).toFixed(1),
      };
    }),
  );

  await conn.close();
  await system.stop();
  await receiver.close();
  await Promise.all([kafka.stop(), mongo.stop()]);
  fs.rmSync(dataDir, { recursive: true, force: true });

  if (CPU_PROFILE_DIR) {
    // Each app during the full-speed run, from its profile: self time by where the code lives
    // and by function, as a share of the app's busy time.
    const pids = new Map(apps.map((a, i) => [appPids[i]!, a.name]));
    for (const { name, file } of profilesOf(CPU_PROFILE_DIR, pids)) {
      const s = summariseCpuProfile(file);
      const pct = (ms: number) => `${((100 * ms) / s.totalMs).toFixed(1)} %`;
      console.log(`\n${name}: CPU by area of code (${(s.totalMs / 1000).toFixed(1)} s busy during the full-speed run; ${path.basename(file)})\n`);
      printTable(s.byArea.slice(0, 14).map(([area, ms]) => ({ area, 'self s': (ms / 1000).toFixed(2), share: pct(ms) })));
      console.log(`\n${name}: busiest functions (self time)\n`);
      printTable(s.byFunction.slice(0, 20).map(([fn, ms]) => ({ function: fn, 'self s': (ms / 1000).toFixed(2), share: pct(ms) })));
    }
  }
}

main().catch(async (err) => {
  console.error(err);
  for (const stop of cleanups) await stop().catch(() => undefined);
  process.exit(1);
});
