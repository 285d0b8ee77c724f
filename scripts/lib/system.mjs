// Starts the whole system: Kafka, the database, then the three apps as separate processes,
// each waited for on its /health endpoint. Used by `npm start`.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { startKafka } from '../infra/kafka.mjs';
import { resolveMongo } from '../infra/mongo.mjs';
import { assertPortFree } from '../infra/ports.mjs';
import { adoptGroup, forgetGroup, killGroup, tailFile } from '../infra/process-group.mjs';
import { appEntry } from './build-apps.mjs';
import { CACHE_DIR } from './ensure-deps.mjs';

export async function startInfrastructure({ dataDir, kafkaPort, kafkaControllerPort, mongoPort, brokerSessionTimeoutMs, log = console.log }) {
  fs.mkdirSync(dataDir, { recursive: true });
  const brokersFromEnv = process.env.KAFKA_BROKERS;
  // Side by side: each may first download or build (Kafka's jars, the FerretDB build), then start.
  const [kafkaStart, mongoStart] = await Promise.allSettled([
    brokersFromEnv
      ? Promise.resolve({ bootstrap: brokersFromEnv, stop: async () => {}, external: true })
      : startKafka({ cacheDir: CACHE_DIR, dataDir: path.join(dataDir, 'kafka'), port: kafkaPort, controllerPort: kafkaControllerPort, brokerSessionTimeoutMs, log }),
    resolveMongo({ cacheDir: CACHE_DIR, dataDir: path.join(dataDir, 'mongo'), port: mongoPort, log }),
  ]);
  if (kafkaStart.status === 'rejected' || mongoStart.status === 'rejected') {
    await Promise.all([kafkaStart, mongoStart].filter((s) => s.status === 'fulfilled').map((s) => s.value.stop()));
    throw kafkaStart.status === 'rejected' ? kafkaStart.reason : mongoStart.reason;
  }
  const kafka = kafkaStart.value;
  const mongo = mongoStart.value;
  return {
    kafka,
    mongo,
    async stop() {
      await Promise.all([mongo.stop(), kafka.stop()]);
    },
  };
}

async function waitHealthy(name, url, child, logFile, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} exited with ${child.exitCode ?? child.signalCode} during start-up. Last log lines:\n${tailFile(logFile, 30)}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
      last = `HTTP ${res.status} ${await res.text()}`;
    } catch (err) {
      last = err.message;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${name} was not healthy after ${timeoutMs / 1000} s (${last}). Last log lines:\n${tailFile(logFile, 30)}`);
}

/**
 * Starts one app process in its own process group (so a terminal's Ctrl-C reaches only the
 * starting script, which stops the apps in order, and the group can be stopped whole); its JSON
 * log lines go to `logFile` and, when `echo` is set, to this process's stdout. `stop()` sends
 * SIGTERM and SIGKILLs the group after `graceMs`.
 */
export async function startApp({ app, port, env, logDir, echo = false }) {
  await assertPortFree(port, app, `set the app's PORT to another value`);
  fs.mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `${app}.log`);
  const out = fs.createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, [appEntry(app)], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  // Stopped before Kafka and the database if this start is killed (see adoptGroup).
  adoptGroup(child.pid, { first: true });
  child.once('exit', () => forgetGroup(child.pid));
  for (const stream of [child.stdout, child.stderr]) {
    stream.pipe(out, { end: false });
    if (echo) stream.pipe(process.stdout, { end: false });
  }
  try {
    await waitHealthy(app, `http://127.0.0.1:${port}/health`, child, logFile);
  } catch (err) {
    killGroup(child.pid, 'SIGKILL');
    throw err;
  }
  return {
    app,
    port,
    url: `http://127.0.0.1:${port}`,
    logFile,
    child,
    stop: ({ graceMs = 10_000 } = {}) =>
      new Promise((resolve) => {
        const done = () => {
          killGroup(child.pid, 'SIGKILL'); // anything the app started
          resolve();
        };
        if (child.exitCode !== null || child.signalCode !== null) return done();
        const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), graceMs);
        child.once('exit', () => {
          clearTimeout(timer);
          done();
        });
        killGroup(child.pid, 'SIGTERM');
      }),
  };
}
