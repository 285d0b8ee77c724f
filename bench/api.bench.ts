// npm run bench:api — comments-api throughput on a real Kafka and database: POST a comment,
// GET the first page and a deep page of an article seeded with 10,000 approved comments,
// each beside a bare endpoint of the same server (GET /health/live) in the same run.
// Starts its own Kafka, database and comments-api (built on demand); not a test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Connection, Types } from 'mongoose';
import { encodeCursor } from '../apps/comments-api/src/common/cursor';
import { startCommentsApi } from '../test/support/comments-api-harness';
import { InfraProcess } from '../test/support/infra-process';
import { tokenFor } from '../test/support/tokens';
import { machineLine, printTable } from './support/machine';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon');

const log = (m: string) => console.error(`[bench:api] ${m}`);
const ROOT = path.resolve(__dirname, '..');
const SEEDED = Number(process.env.BENCH_SEEDED ?? 10_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const ARTICLE = 'bench-article';

interface Result {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

function run(opts: Record<string, unknown>): Promise<Result> {
  return new Promise((resolve, reject) => {
    autocannon({ connections: CONNECTIONS, duration: DURATION, pipelining: 1, ...opts }, (err: Error | null, r: any) => {
      if (err) return reject(err);
      resolve({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx });
    });
  });
}

/** A comment as POST stores it (comments.service submit): the document, its outbox entry and all. */
function postShaped(i: number) {
  const _id = new Types.ObjectId();
  const now = new Date();
  const data = { commentId: _id.toHexString(), revision: 1, articleId: ARTICLE, authorId: 'floor-writer', authorName: 'Floor Writer', parentId: null, body: `A benchmark comment of a typical length, posted over and over again (${i}).`, createdAt: now.toISOString(), article: { section: 'bench', premoderation: false, open: true } };
  return {
    _id, articleId: ARTICLE, authorId: data.authorId, authorName: data.authorName, parentId: null, depth: 0, body: data.body, status: 'pending', revision: 1, history: [], editedAt: null, deletedAt: null, reasons: [],
    replyCount: 0, reactionCount: 0, reportCount: 0, listed: false, decisionEventId: null, decidedAt: null,
    outbox: [{ eventId: randomUUID(), topic: 'bench-floor.parley.comments.v1', key: data.commentId, type: 'parley.comment.submitted.v1', source: '/parley/comments-api', subject: data.commentId, time: now, data }],
    outboxPending: true, outboxSeq: 1, createdAt: now, updatedAt: now,
  };
}

/**
 * What the database itself allows a POST, measured on the same database in the same run, 32
 * comments at a time (what the group commit does under 32 connections): the comments alone;
 * as POST writes them (the submitted event inside the comment, cleared once published by one
 * bulk write of conditional updates, as the outbox relay does); and with the events in a
 * collection of their own (written first, one delete of the batch's events once published).
 */
async function databaseFloor(db: Connection, seconds: number): Promise<{ comments: number; asPosted: number; separateEvents: number }> {
  const col = db.collection('comments');
  const subs = db.collection('comment_submissions');
  const rate = async (mode: 'comments' | 'asPosted' | 'separateEvents') => {
    let n = 0;
    const until = Date.now() + seconds * 1000;
    const started = Date.now();
    while (Date.now() < until) {
      const docs = Array.from({ length: 32 }, (_, i) => postShaped(n + i));
      if (mode === 'separateEvents') {
        await subs.insertMany(docs.map((d) => ({ _id: d._id, event: d.outbox[0] })) as never[], { ordered: false });
        await col.insertMany(docs.map((d) => ({ ...d, outbox: [], outboxPending: false, outboxSeq: 0 })), { ordered: false });
        await subs.deleteMany({ _id: { $in: docs.map((d) => d._id) } } as never);
      } else {
        await col.insertMany(mode === 'comments' ? docs.map((d) => ({ ...d, outbox: [], outboxPending: false, outboxSeq: 0 })) : docs, { ordered: false });
      }
      if (mode === 'asPosted') {
        await col.bulkWrite(docs.map((d) => ({ updateOne: { filter: { _id: d._id, outboxSeq: 1 }, update: { $set: { outbox: [], outboxPending: false } } } })), { ordered: false });
      }
      n += docs.length;
    }
    return (n * 1000) / (Date.now() - started);
  };
  const out = { comments: await rate('comments'), asPosted: await rate('asPosted'), separateEvents: await rate('separateEvents') };
  await subs.drop().catch(() => undefined);
  return out;
}

/** Comments with unpublished events. */
async function outboxBacklog(db: Connection): Promise<number> {
  return db.collection('comments').countDocuments({ outboxPending: true });
}

/** Waits (up to a minute) until the relay has published and cleared every outbox, so the floor runs on a quiet database. */
async function waitForOutbox(db: Connection): Promise<number> {
  const started = Date.now();
  while (Date.now() < started + 60_000 && (await outboxBacklog(db)) > 0) await new Promise((r) => setTimeout(r, 250));
  return (Date.now() - started) / 1000;
}

async function main() {
  const entry = path.join(ROOT, 'dist', 'apps', 'comments-api', 'main.js');
  if (!fs.existsSync(entry) || process.env.BENCH_BUILD === '1') {
    log('building comments-api…');
    spawnSync(path.join(ROOT, 'node_modules', '.bin', 'nest'), ['build', 'comments-api'], { cwd: ROOT, stdio: 'inherit' });
    if (!fs.existsSync(entry)) throw new Error(`build failed: ${entry} is missing`);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-api-'));
  // BENCH_KAFKA_BROKERS + BENCH_MONGODB_URI: use a Kafka and database already running (scripts/infra/up.mjs).
  const reuse = process.env.BENCH_KAFKA_BROKERS && process.env.BENCH_MONGODB_URI;
  const kafka = reuse ? null : await InfraProcess.create('kafka', path.join(dataDir, 'kafka'));
  const mongo = reuse ? null : await InfraProcess.create('mongo', path.join(dataDir, 'mongo'));
  if (kafka && mongo) {
    log('starting Kafka and the database…');
    await Promise.all([kafka.start(), mongo.start()]);
  }
  process.env.PARLEY_TEST_KAFKA_BROKERS = kafka?.address ?? process.env.BENCH_KAFKA_BROKERS;
  process.env.PARLEY_TEST_MONGODB_URI = mongo?.address ?? process.env.BENCH_MONGODB_URI;
  process.env.PARLEY_TEST_DATA_DIR = dataDir;
  // BENCH_APP_NODE_OPTIONS: e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile the server.
  const appEnv: Record<string, string> = { LOG_LEVEL: 'warn', RATE_LIMIT_ENABLED: 'false', KAFKA_TOPIC_PARTITIONS: '6' };
  if (process.env.BENCH_APP_NODE_OPTIONS) appEnv.NODE_OPTIONS = process.env.BENCH_APP_NODE_OPTIONS;
  const h = await startCommentsApi(reuse ? `bench-api-${process.pid}` : 'bench-api', appEnv);
  try {
    const info = await h.db.db!.admin().command({ buildInfo: 1 });
    const dbKind = info.ferretdbVersion ? `FerretDB ${info.ferretdbVersion} (SQLite)` : `MongoDB ${info.version}`;

    log(`seeding ${SEEDED} approved comments…`);
    const t0 = Date.now() - SEEDED * 1000;
    const ids: Types.ObjectId[] = [];
    const docs = Array.from({ length: SEEDED }, (_, i) => {
      const _id = Types.ObjectId.createFromTime(Math.floor((t0 + i * 1000) / 1000));
      ids.push(_id);
      const at = new Date(t0 + i * 1000);
      return {
        _id, articleId: ARTICLE, authorId: `reader-${i % 500}`, authorName: `Reader ${i % 500}`, parentId: null, depth: 0,
        body: `Seeded comment number ${i}: a few sentences of a typical length for a news comment, nothing more.`,
        status: 'approved', revision: 1, history: [], editedAt: null, deletedAt: null, reasons: [], replyCount: 0, reactionCount: i % 7,
        reportCount: 0, listed: true, decisionEventId: null, decidedAt: at, outbox: [], outboxPending: false, outboxSeq: 0, createdAt: at, updatedAt: at,
      };
    });
    for (let i = 0; i < docs.length; i += 1000) await h.db.collection('comments').insertMany(docs.slice(i, i + 1000));
    await h.db.collection('articles').insertOne({ _id: ARTICLE as never, title: 'Bench', url: 'https://news.example/bench', section: 'bench', open: true, closesAt: null, premoderation: false, commentCount: SEEDED, registered: true, createdAt: new Date(), updatedAt: new Date() });

    const newestFirst = [...ids].reverse();
    const deepCursor = encodeCursor('newest', { id: newestFirst[SEEDED / 2 - 1]!.toHexString(), reactions: 0 });
    const firstUrl = `${h.url}/v1/articles/${ARTICLE}/comments?limit=20`;
    const deepUrl = `${firstUrl}&cursor=${deepCursor}`;
    const check = await (await fetch(deepUrl)).json() as { items: Array<{ body: string }> };
    if (check.items.length !== 20) throw new Error(`deep page returned ${check.items.length} items`);
    log(`deep page starts at "${check.items[0]!.body.slice(0, 30)}…"`);
    const token = tokenFor('bench-writer', ['commenter'], 'Bench Writer');

    const allScenarios: Array<[string, Record<string, unknown>]> = [
      ['GET /health/live (bare)', { url: `${h.url}/health/live` }],
      ['GET first page (20 of 10,000)', { url: firstUrl }],
      ['GET deep page (after 5,000)', { url: deepUrl }],
      ['POST comment', { url: `${h.url}/v1/articles/${ARTICLE}/comments`, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ body: 'A benchmark comment of a typical length, posted over and over again.' }) }],
    ];
    // BENCH_ONLY=post,first: a subset (the bare endpoint always runs first).
    const only = (process.env.BENCH_ONLY ?? '').toLowerCase().split(',').filter(Boolean);
    const scenarios = allScenarios.filter(([name], i) => i === 0 || !only.length || only.some((o) => name.toLowerCase().includes(o)));
    const loadBefore = os.loadavg()[0]!.toFixed(1);
    const results: Array<[string, Result]> = [];
    for (const [name, opts] of scenarios) {
      log(`${name}: warm-up 2 s, then ${DURATION} s with ${CONNECTIONS} connections…`);
      await run({ ...opts, duration: 2 });
      results.push([name, await run(opts)]);
    }
    const bare = results[0]![1];
    const backlog = await outboxBacklog(h.db);
    const posted = results.some(([name]) => name.startsWith('POST'));
    let floor: Awaited<ReturnType<typeof databaseFloor>> | undefined;
    let drainedIn = 0;
    if (posted) {
      drainedIn = await waitForOutbox(h.db);
      log('database floor: writing POST-shaped comments directly, 32 at a time, three ways, 5 s each…');
      floor = await databaseFloor(h.db, 5);
    }
    console.log(`\ncomments-api — ${machineLine()} · ${dbKind} · Kafka 3.9 on the same machine · ${CONNECTIONS} connections, ${DURATION} s each · load average before ${loadBefore}, after ${os.loadavg()[0]!.toFixed(1)}\n`);
    printTable(
      results.map(([name, r]) => ({
        Scenario: name,
        'req/s': Math.round(r.rps).toLocaleString('en-US'),
        'p50 ms': r.p50,
        'p99 ms': r.p99,
        'vs bare req/s': name.includes('bare') ? '1.00' : (r.rps / bare.rps).toFixed(2),
        'errors/non-2xx': `${r.errors}/${r.non2xx}`,
      })),
    );
    console.log(`\noutbox backlog right after the POST run: ${backlog} comments with unpublished events${posted && backlog > 0 ? ` (all published ${drainedIn.toFixed(1)} s later)` : ''}`);
    if (floor) {
      const f = (v: number) => Math.round(v).toLocaleString('en-US');
      console.log(
        `database floor, same database and run (bench process → database directly, no HTTP or Kafka), comments/s written 32 at a time: ` +
          `${f(floor.comments)} comments alone; ${f(floor.asPosted)} as POST writes them (the event inside each comment, cleared by one bulk write of conditional updates once published); ` +
          `${f(floor.separateEvents)} with the events in a collection of their own (written first, one delete of the batch's events once published)`,
      );
    }
  } finally {
    if (reuse) await h.db.dropDatabase().catch(() => undefined);
    await h.stop();
    await Promise.all([kafka?.stop(), mongo?.stop()]);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
