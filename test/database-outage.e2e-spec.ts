import fs from 'node:fs';
import mongoose from 'mongoose';
import os from 'node:os';
import path from 'node:path';
import { startSystem } from './support/app-processes';
import { InfraProcess } from './support/infra-process';
import { PipelineProbe } from './support/pipeline-probe';
import { eventually, testInfrastructure, TEST_WEBHOOK_SECRET, uniqueNamespace } from './support/test-env';
import { startWebhookReceiver } from './support/webhook-receiver';

/**
 * The database taken away while readers post comments and their events are on their way through
 * Kafka (a private database the test stops and starts; the shared Kafka). During the outage the
 * API refuses new comments with 503 and Retry-After instead of failing or hanging; after it
 * returns, every comment it accepted is decided exactly once, applied, notified once and sent
 * once as a webhook (per-comment accounting), and no app had to be restarted.
 */
describe('database outage under traffic', () => {
  const namespace = uniqueNamespace('db-outage');
  const dataDir = fs.mkdtempSync(path.join(process.env.PARLEY_TEST_DATA_DIR ?? os.tmpdir(), 'db-outage-'));
  let mongo: InfraProcess;
  let system: Awaited<ReturnType<typeof startSystem>>;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let probe: PipelineProbe;

  beforeAll(async () => {
    mongo = await InfraProcess.create('mongo', path.join(dataDir, 'mongo'));
    await mongo.start();
    receiver = await startWebhookReceiver(TEST_WEBHOOK_SECRET);
    system = await startSystem({
      namespace,
      kafkaBrokers: testInfrastructure().kafkaBrokers,
      mongoUri: mongo.address,
      webhookUrls: [receiver.url],
      extraEnv: { 'comments-api': { RATE_LIMIT_ENABLED: 'false' } },
    });
    probe = new PipelineProbe(() => system.api.url, mongo.address, system.databases, () => receiver.received.map((w) => String(w.headers['webhook-id'])), {
      brokers: () => testInfrastructure().kafkaBrokers,
      topicPrefix: system.topicPrefix,
    });
    await probe.open();
  }, 180_000);

  afterAll(async () => {
    await probe?.close();
    await system?.stop();
    await receiver?.close();
    await mongo?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 240_000);

  it('answers 503 with Retry-After while the database is down; nothing accepted is lost or decided twice after it returns', async () => {
    type Refusal = { status: number; retryAfter: string | null; body: string };
    const refused: Refusal[] = [];
    // Texts of refused POSTs: an insert the database applied just before it died has no reply,
    // so its POST is refused although the comment is stored (as with MongoDB: a lost reply is
    // ambiguous). Such comments must then go through the pipeline exactly once like the others.
    const refusedTexts: string[] = [];
    let phase: 'before' | 'down' | 'after' = 'before';
    const acceptedIn = { before: 0, down: 0, after: 0 };
    let stop = false;
    let n = 0;
    // Readers keep posting (four at a time, ten authors) through the whole outage.
    const poster = async (lane: number) => {
      while (!stop) {
        const at = phase;
        const text = `Comment ${n++} from lane ${lane} on the story.`;
        const r = await probe.postOne('outage-article', `author-${n % 10}`, text).catch((err: Error) => ({ status: 0, retryAfter: null, body: err.message }));
        if ('id' in r) {
          probe.posted.push(r.id);
          acceptedIn[at]++;
        } else {
          refused.push(r);
          refusedTexts.push(text);
        }
      }
    };
    const posting = Promise.all([0, 1, 2, 3].map(poster));
    try {
      // Stopped while comments are being accepted and some are decided, others still on their way.
      await eventually('comments flowing through the pipeline', async () => {
        const c = await probe.counts();
        return c.decided >= 5 && c.posted >= 20;
      }, 120_000, 200);
      await mongo.stop();
      phase = 'down';
      await eventually('POSTs refused while the database is down', async () => refused.length >= 8, 120_000, 200);
      // the outage lasts until every app has seen it (an idle app notices at its next server
      // check, up to its heartbeat interval later), so that the recovery checked below follows it
      await eventually('every app saw the database go', async () => [system.api, system.worker, system.notifications].every((app) => fs.readFileSync(app.logFile, 'utf8').includes('"msg":"database server unreachable"')), 120_000, 250);
      await mongo.start();
      phase = 'after';
      const refusedBeforeRestart = refused.length;
      await eventually('POSTs accepted again', async () => acceptedIn.after >= 20, 120_000, 200).catch((err: Error) => {
        // What the API answered since the database came back, and whether it is still running.
        const since = refused.slice(refusedBeforeRestart).map((r) => `${r.status} ${r.body.slice(0, 160)}`);
        const errors = fs.readFileSync(system.api.logFile, 'utf8').split('\n').filter((l) => /"level":"(error|fatal)"/.test(l) || (l.trim() && !l.startsWith('{'))).slice(-8);
        throw new Error(`${err.message}; accepted ${JSON.stringify(acceptedIn)}; comments-api exit code ${system.api.process.exitCode}; ${since.length} refusals since the restart, the last: ${since.slice(-5).join(' | ')}; comments-api's last errors:\n${errors.join('\n')}`);
      });
    } finally {
      stop = true;
      await posting;
    }

    // Every refusal was a 503 problem that says when to come back; none was a 500 or a hang.
    if (refused.some((r) => r.status !== 503)) console.log(`[database outage] comments-api errors:\n${fs.readFileSync(system.api.logFile, 'utf8').split('\n').filter((l) => l.includes('"level":"error"')).slice(0, 10).join('\n')}`);
    expect(refused.map((r) => r.status)).toEqual(refused.map(() => 503));
    for (const r of refused) {
      expect(r.retryAfter).toMatch(/^\d+$/);
      expect(JSON.parse(r.body)).toMatchObject({ type: 'https://parley.dev/problems/unavailable', status: 503 });
    }
    console.log(`[database outage] accepted ${JSON.stringify(acceptedIn)}, refused ${refused.length}`);

    // Comments stored although their POST was refused (the reply was lost with the database) are
    // accounted like the accepted ones; each is one refused POST's text, stored once.
    const conn = await mongoose.createConnection(mongo.address, { dbName: system.databases.comments }).asPromise();
    const storedRefused = await conn.db!.collection('comments').find({ body: { $in: refusedTexts } }, { projection: { body: 1 } }).toArray().finally(() => conn.close());
    expect(new Set(storedRefused.map((c) => c.body)).size).toBe(storedRefused.length);
    console.log(`[database outage] refused but stored (reply lost with the database): ${storedRefused.length}`);
    probe.posted.push(...storedRefused.map((c) => String(c._id)));

    // Per-comment accounting after the pipeline went quiet (settle throws listing every comment not handled exactly once).
    const counts = await probe.settle('database outage');
    const total = probe.posted.length;
    expect(total).toBe(acceptedIn.before + acceptedIn.down + acceptedIn.after + storedRefused.length);
    expect(counts).toEqual({ posted: total, decided: total, applied: total, notifiedInApp: total, webhooks: total, distinctWebhooks: total });
    const account = await probe.account();
    expect(account.violations).toEqual([]);
    expect(account.comments.every((c) => c.decisions === 1 && c.decisionEvents.length === 1 && c.notifications === 1 && c.webhooks === 1)).toBe(true);
    for (const app of [system.api, system.worker, system.notifications]) expect(app.process.exitCode).toBeNull();
    // Each app's log tells the outage and the recovery: the server unreachable, then reachable again.
    for (const app of [system.api, system.worker, system.notifications]) {
      const states = fs.readFileSync(app.logFile, 'utf8').split('\n').filter((l) => l.includes('"context":"Database"')).map((l) => JSON.parse(l) as { msg: string; from: string; to: string });
      const down = states.findIndex((e) => e.msg === 'database server unreachable' && e.to === 'Unknown');
      expect(down).toBeGreaterThanOrEqual(0);
      expect(states.slice(down + 1).some((e) => e.msg === 'database server state changed' && e.from === 'Unknown')).toBe(true);
    }
  }, 600_000);
});
