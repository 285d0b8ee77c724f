/**
 * npm run bench:queues — moderation queue latency with 100,000 comments.
 *
 * Starts its own Kafka and database, starts comments-api (dist build), seeds 100,000 comments
 * straight into the database with insertMany (statuses spread like a busy site), then measures
 * sequential requests: the first page of every queue, the counts call, and GET /health/live as
 * the baseline. Prints p50/p99 per endpoint with the machine and date (up to BENCH_SAMPLES
 * sequential requests per endpoint, or BENCH_BUDGET_MS of them). Not a test: no thresholds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose, { Types } from 'mongoose';
import { startApp } from '../test/support/app-processes';
import { InfraProcess } from '../test/support/infra-process';
import { TEST_JWT_SECRET } from '../test/support/test-env';
import { tokenFor } from '../test/support/tokens';
import { machineLine, percentile, printTable } from './support/machine';

const TOTAL = Number(process.env.BENCH_COMMENTS ?? 100_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
/** Per endpoint: stop sampling after this long (at least 5 samples), so a slow endpoint still reports. */
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 45_000);
const log = (m: string) => console.error(`[bench:queues] ${m}`);

function statusFor(i: number): string {
  const r = i % 100;
  if (r < 20) return 'flagged';
  if (r < 25) return 'pending';
  if (r < 35) return 'rejected';
  if (r < 40) return 'removed';
  return 'approved';
}

async function seed(col: mongoose.mongo.Collection, total: number) {
  const start = Date.now() - total * 1000;
  const batch = 1000;
  for (let from = 0; from < total; from += batch) {
    const docs = [];
    for (let i = from; i < Math.min(total, from + batch); i++) {
      const status = statusFor(i);
      const createdAt = new Date(start + i * 1000);
      docs.push({
        _id: Types.ObjectId.createFromTime(Math.floor(createdAt.getTime() / 1000)),
        articleId: `article-${i % 500}`,
        authorId: `author-${i % 5000}`,
        authorName: `Author ${i % 5000}`,
        parentId: null,
        depth: 0,
        body: `Seeded comment ${i}: a reasonably long remark about the article, with some words in it.`,
        status,
        revision: 1,
        history: [],
        reasons: status === 'flagged' ? [{ ruleId: i % 2 ? 'links' : 'personal-information', category: i % 2 ? 'spam' : 'personal-information', message: 'held for review' }] : [],
        replyCount: 0,
        reactionCount: 0,
        reportCount: status === 'approved' && i % 50 === 0 ? 1 : 0,
        modReportsOpen: status === 'approved' && i % 50 === 0,
        listed: status === 'approved',
        decisionEventId: null,
        decidedAt: createdAt,
        outbox: [],
        outboxPending: false,
        outboxSeq: 0,
        createdAt,
        updatedAt: createdAt,
      });
    }
    await col.insertMany(docs, { ordered: false });
    if ((from / batch) % 20 === 0) log(`seeded ${from + docs.length}/${total}`);
  }
}

async function measure(url: string, token?: string) {
  const headers = token ? { authorization: `Bearer ${token}` } : undefined;
  for (let i = 0; i < 3; i++) await (await fetch(url, { headers })).arrayBuffer();
  const times: number[] = [];
  const deadline = performance.now() + BUDGET_MS;
  for (let i = 0; i < SAMPLES && (i < 5 || performance.now() < deadline); i++) {
    const t = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    times.push(performance.now() - t);
    if (res.status !== 200) throw new Error(`${url} → ${res.status}`);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), n: times.length };
}

async function main() {
  if (!fs.existsSync(path.join(__dirname, '..', 'dist', 'apps', 'comments-api', 'main.js'))) throw new Error('build first: npx nest build comments-api');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-queues-'));
  const kafka = await InfraProcess.create('kafka', path.join(dataDir, 'kafka'));
  const mongo = await InfraProcess.create('mongo', path.join(dataDir, 'mongo'));
  log('starting Kafka and the database…');
  await Promise.all([kafka.start(), mongo.start()]);
  const db = 'bench_queues_comments';
  log('starting comments-api…');
  const app = await startApp(
    'comments-api',
    { KAFKA_BROKERS: kafka.address, MONGODB_URI: mongo.address, MONGODB_DB: db, KAFKA_TOPIC_PREFIX: 'benchq.', KAFKA_TOPIC_PARTITIONS: '3', AUTH_JWT_SECRET: TEST_JWT_SECRET, RATE_LIMIT_ENABLED: 'false', LOG_LEVEL: 'warn' },
    path.join(dataDir, 'logs'),
  );
  const conn = await mongoose.createConnection(mongo.address).asPromise();
  const col = conn.useDb(db).db!.collection('comments');
  try {
    log(`seeding ${TOTAL} comments…`);
    const t = Date.now();
    await seed(col, TOTAL);
    log(`seeded in ${((Date.now() - t) / 1000).toFixed(1)} s; indexes: ${(await col.indexes()).map((i) => i.name).join(', ')}`);
    const mod = tokenFor('bench-mod', ['moderator']);
    const rows: Array<Record<string, string | number>> = [];
    let baseline: { p50: number; p99: number } | undefined;
    const row = async (name: string, url: string, token?: string) => {
      const r = await measure(`${app.url}${url}`, token);
      baseline ??= r;
      rows.push({ endpoint: name, samples: r.n, 'p50 ms': r.p50.toFixed(1), 'p99 ms': r.p99.toFixed(1), 'p50 vs baseline': `${(r.p50 / baseline.p50).toFixed(1)}×`, 'p99 vs baseline': `${(r.p99 / baseline.p99).toFixed(1)}×` });
      log(`${name}: p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms`);
    };
    await row('GET /health/live (baseline)', '/health/live');
    await row('GET /v1/moderation/counts', '/v1/moderation/counts', mod);
    for (const q of ['flagged', 'pending', 'reported', 'notices', 'appeals', 'rejected', 'removed', 'approved', 'all']) {
      await row(`GET /v1/moderation/queues/${q}`, `/v1/moderation/queues/${q}?limit=20`, mod);
    }
    await row('GET …/queues/flagged?sort=newest', '/v1/moderation/queues/flagged?limit=20&sort=newest', mod);
    await row('GET …/queues/flagged?articleId=…', '/v1/moderation/queues/flagged?limit=20&articleId=article-7', mod);
    console.log(`\nModeration queues with ${TOTAL.toLocaleString('en')} comments, up to ${SAMPLES} sequential requests (or ${BUDGET_MS / 1000} s) each — ${machineLine()}\n`);
    printTable(rows);
  } finally {
    await conn.close();
    await app.stop();
    await Promise.all([kafka.stop(), mongo.stop()]);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
