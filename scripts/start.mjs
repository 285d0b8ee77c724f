#!/usr/bin/env node
// npm start: installs what is missing, provisions Kafka and the database (unless
// KAFKA_BROKERS / MONGODB_URI are set), builds, starts the three apps and prints the URLs.
import http from 'node:http';
import path from 'node:path';
import { createHmac } from 'node:crypto';
import { ensureDependencies, ROOT } from './lib/ensure-deps.mjs';
import { DEV_JWT_SECRET, DEV_NOTICE_COMPLAINT_SECRET, DEV_UNSUBSCRIBE_SECRET, DEV_WEBHOOK_SECRET } from './lib/dev-env.mjs';
import { installHandlers, processInfo, registerCleanup, runCleanups, stopLeftovers, superviseChildren } from './infra/process-group.mjs';

const log = (m) => console.log(`[parley] ${m}`);
let shuttingDown = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (!shuttingDown) log(`${signal}: stopping the apps, Kafka and the database…`);
    shuttingDown = true;
  });
}
// From here on SIGINT, SIGTERM and SIGHUP stop whatever has been started and exit (within 30 s).
installHandlers();
const started = Date.now();

/**
 * Under `npm start` the signals of a supervisor go to npm, which passes them to the `sh -c`
 * running this script, and sh dies without passing them on. So this process watches its
 * launchers (sh and npm): when one of them is gone, it stops everything as on SIGTERM.
 */
function watchLaunchers() {
  const chain = [];
  for (let pid = process.ppid; pid > 1 && chain.length < 3; ) {
    const info = processInfo(pid);
    if (!info) break;
    if (/\bnpm\b|npm-cli/.test(info.cmd)) {
      chain.push(info);
      break;
    }
    if (!/scripts\/start\.mjs/.test(info.cmd)) break; // not a launcher (a shell, a supervisor, a test)
    chain.push(info); // the `sh -c "node scripts/start.mjs"` of npm
    pid = info.ppid;
  }
  if (chain.length === 0) return;
  const timer = setInterval(() => {
    const gone = chain.find((p) => processInfo(p.pid)?.start !== p.start);
    if (!gone) return;
    clearInterval(timer);
    log(`launcher ${gone.pid} (${gone.cmd}) is gone`);
    process.kill(process.pid, 'SIGTERM');
  }, 500);
  timer.unref();
}
watchLaunchers();

const num = (name, fallback) => Number(process.env[name] ?? fallback);
const dataDir = path.resolve(process.env.PARLEY_DATA_DIR ?? path.join(ROOT, '.data', 'dev'));
const runDir = path.join(dataDir, 'run');
try {
  // What an earlier start with this data directory left running (it was killed with its
  // guardian) is stopped first; a start that is still running is reported instead.
  await stopLeftovers({ runDir, log });
} catch (err) {
  console.error(`\n[parley] ${err.message}\n`);
  process.exit(1);
}
superviseChildren({ runDir });

ensureDependencies(log);
const { buildApps } = await import('./lib/build-apps.mjs');
const { startInfrastructure, startApp } = await import('./lib/system.mjs');

/** A local receiver that prints each webhook and whether its signature verifies. */
function startDevWebhookReceiver(port, secret) {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const id = req.headers['webhook-id'];
      const ts = req.headers['webhook-timestamp'];
      const expected = 'v1,' + createHmac('sha256', key).update(`${id}.${ts}.${body}`).digest('base64');
      const ok = String(req.headers['webhook-signature'] ?? '').split(' ').includes(expected);
      let summary = body;
      try {
        const p = JSON.parse(body);
        summary = `${p.type} comment ${p.data?.commentId} → ${p.data?.decision}`;
      } catch {}
      log(`webhook received (${ok ? 'signature valid' : 'SIGNATURE INVALID'}): ${summary}`);
      res.writeHead(ok ? 204 : 401).end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

try {
  await buildApps({ log: (m) => log(m) });
  const infra = await startInfrastructure({
    dataDir,
    kafkaPort: num('KAFKA_PORT', 9092),
    kafkaControllerPort: num('KAFKA_CONTROLLER_PORT', 9093),
    mongoPort: num('MONGO_PORT', 27017),
    log: (m) => log(m),
  });
  registerCleanup(() => infra.stop());

  const webhookSecret = process.env.NOTIFY_WEBHOOK_SECRET || DEV_WEBHOOK_SECRET;
  let webhookUrls = process.env.NOTIFY_WEBHOOK_URLS;
  if (webhookUrls === undefined) {
    const receiverPort = num('DEV_WEBHOOK_PORT', 3099);
    const receiver = await startDevWebhookReceiver(receiverPort, webhookSecret);
    registerCleanup(
      () =>
        new Promise((r) => {
          receiver.close(() => r());
          receiver.closeAllConnections();
        }),
    );
    webhookUrls = `http://127.0.0.1:${receiverPort}/webhooks`;
  }
  const ports = {
    'comments-api': num('COMMENTS_API_PORT', 3000),
    'moderation-worker': num('MODERATION_WORKER_PORT', 3001),
    notifications: num('NOTIFICATIONS_PORT', 3002),
  };
  const publicUrl = `http://127.0.0.1:${ports['comments-api']}`;
  const env = {
    // One public address: comments-api serves the other apps' public routes too.
    MODERATION_WORKER_URL: process.env.MODERATION_WORKER_URL || `http://127.0.0.1:${ports['moderation-worker']}`,
    NOTIFICATIONS_URL: process.env.NOTIFICATIONS_URL || `http://127.0.0.1:${ports.notifications}`,
    NOTIFY_PUBLIC_URL: process.env.NOTIFY_PUBLIC_URL || publicUrl,
    NOTIFY_APPEAL_URL: process.env.NOTIFY_APPEAL_URL || `${publicUrl}/v1/comments/{commentId}/appeals`,
    KAFKA_BROKERS: infra.kafka.bootstrap,
    MONGODB_URI: infra.mongo.uri,
    AUTH_JWT_SECRET: process.env.AUTH_JWT_SECRET || DEV_JWT_SECRET,
    NOTIFY_WEBHOOK_SECRET: webhookSecret,
    NOTIFY_UNSUBSCRIBE_SECRET: process.env.NOTIFY_UNSUBSCRIBE_SECRET || DEV_UNSUBSCRIBE_SECRET,
    NOTICE_COMPLAINT_SECRET: process.env.NOTICE_COMPLAINT_SECRET || DEV_NOTICE_COMPLAINT_SECRET,
    NOTICE_COMPLAINT_URL: process.env.NOTICE_COMPLAINT_URL || `${publicUrl}/v1/notices/{noticeId}/complaints?token={token}`,
    NOTIFY_WEBHOOK_URLS: webhookUrls,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
  };
  const logDir = path.join(dataDir, 'logs');
  const echo = process.env.PARLEY_ECHO_LOGS === '1';
  const apps = [];
  // The apps stop together, before Kafka and the database (cleanups run newest first).
  registerCleanup(() => Promise.all(apps.map((a) => a.stop())));
  for (const [app, port] of Object.entries(ports)) {
    log(`starting ${app} on port ${port}…`);
    const handle = await startApp({ app, port, env, logDir, echo });
    apps.push(handle);
  }
  const { execFileSync } = await import('node:child_process');
  const token = execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'token.mjs'), '--sub', 'dev-user', '--name', 'Dev User', '--roles', 'commenter,moderator,admin'], {
    env: { ...process.env, AUTH_JWT_SECRET: env.AUTH_JWT_SECRET },
  })
    .toString()
    .trim();
  const api = apps[0].url;
  console.log(`
Parley is running (started in ${((Date.now() - started) / 1000).toFixed(1)} s)
  Public address     ${api}  (every route of the three apps; OpenAPI UI ${api}/docs, JSON ${api}/docs-json)
  Moderation         ${api}/moderate/     Widget demo ${api}/embed/demo.html?article=demo-article
  Internal           comments-api ${apps[0].url}, moderation-worker ${apps[1].url}, notifications ${apps[2].url}
  Kafka              ${infra.kafka.bootstrap}
  MongoDB            ${infra.mongo.uri} (${infra.mongo.kind})
  Webhooks go to     ${webhookUrls}
  Logs (JSON)        ${logDir}

Development token (sub=dev-user, roles commenter,moderator,admin):
  ${token}

Try it:
  curl -s -X POST ${api}/v1/articles/demo-article/comments \\
    -H "Authorization: Bearer ${token}" -H 'Content-Type: application/json' \\
    -d '{"body":"Thanks for this article!"}'
  curl -s ${api}/v1/articles/demo-article/comments

Press Ctrl-C to stop everything.
`);
  for (const a of apps) {
    a.child.once('exit', (code, signal) => {
      if (shuttingDown) return;
      log(`${a.app} exited (code ${code}, signal ${signal}); see ${a.logFile}. Stopping.`);
      process.kill(process.pid, 'SIGTERM');
    });
  }
} catch (err) {
  console.error(`\n[parley] start failed: ${err.message}\n`);
  process.exitCode = 1;
  await runCleanups();
  process.exit(1);
}
