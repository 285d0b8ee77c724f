// Picks the MongoDB for local runs and tests, in order of preference:
// MONGODB_URI from the environment, a locally installed mongod, or the development database
// (FerretDB, built from source on first use: dev-database/). All three are proven alive with a
// wire ping.
import fs from 'node:fs';
import path from 'node:path';

import { startFerretDB } from '../../dev-database/ferretdb/ferretdb.mjs';
import { mongoPing } from './mongo-wire.mjs';
import { assertPortFree } from './ports.mjs';
import { findExecutable } from './run-command.mjs';
import { formatDuration, startServer, waitUntilReady } from './start-server.mjs';

export { ensureFerretDB, startFerretDB } from '../../dev-database/ferretdb/ferretdb.mjs';

/**
 * Returns { uri, kind: 'external'|'mongod'|'ferretdb', pid?, logFile?, stop(), kill(signal) }.
 * The uri has no database name; apps append their own.
 */
export async function resolveMongo({ cacheDir, dataDir, port = 27017, logFile, timeoutMs = 60_000, log = console.log }) {
  if (process.env.MONGODB_URI) return useExternalMongo(process.env.MONGODB_URI, { timeoutMs, log });
  const mongod = findExecutable('mongod');
  if (mongod) return startMongod({ binary: mongod, dataDir, port, logFile, timeoutMs, log });
  return startFerretDB({ cacheDir, dataDir, port, logFile, timeoutMs, log });
}

async function useExternalMongo(uri, { timeoutMs, log }) {
  const target = plainHostPort(uri);
  if (target) {
    await waitUntilReady({
      name: `MongoDB at MONGODB_URI (${target.host}:${target.port})`,
      timeoutMs: Math.min(timeoutMs, 10_000),
      probe: () => mongoPing(target),
    });
    log(`mongo: using MONGODB_URI (${target.host}:${target.port} answers ping)`);
  } else {
    log('mongo: using MONGODB_URI (not pinged: SRV/TLS/socket URIs are left to the driver)');
  }
  const noop = async () => {};
  return { uri, kind: 'external', stop: noop, kill: () => {} };
}

/** First host of a plain mongodb:// URI without TLS, or null when we cannot ping it ourselves. */
function plainHostPort(uri) {
  const match = /^mongodb:\/\/(?:[^@/]*@)?([^/?]+)(?:\/[^?]*)?(\?.*)?$/.exec(uri);
  if (!match || /[?&](tls|ssl)=true/i.test(match[2] ?? '')) return null;
  const first = match[1].split(',')[0];
  if (first.includes('%2F') || first.startsWith('/')) return null; // unix socket
  const ipv6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(first);
  if (ipv6) return { host: ipv6[1], port: Number(ipv6[2] ?? 27017) };
  const [host, port = '27017'] = first.split(':');
  return { host, port: Number(port) };
}

async function startMongod({ binary, dataDir, port, logFile, timeoutMs, log }) {
  await assertPortFree(port, 'mongod', 'another MongoDB/FerretDB? stop it or set MONGO_PORT');
  dataDir = path.resolve(dataDir);
  logFile = path.resolve(logFile ?? path.join(dataDir, 'mongod.log'));
  const dbPath = path.join(dataDir, 'db');
  fs.mkdirSync(dbPath, { recursive: true });

  const server = await startServer({
    name: 'mongod',
    command: binary,
    args: ['--dbpath', dbPath, '--port', String(port), '--bind_ip', '127.0.0.1', '--quiet'],
    cwd: dataDir,
    logFile,
    timeoutMs,
    probe: () => mongoPing({ port }),
  });
  const uri = `mongodb://127.0.0.1:${port}/`;
  log(`mongod: started on ${uri} in ${formatDuration(server.startedInMs)} (log: ${logFile})`);
  return { uri, kind: 'mongod', pid: server.pid, logFile, stop: server.stop, kill: server.kill };
}
