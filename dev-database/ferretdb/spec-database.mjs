// The database the development-database specs run against: the project's FerretDB build in a
// temporary data directory, with `connections` clients of one connection each (so racing or
// repeated commands really arrive on separate connections). When the environment names another
// database (MONGODB_URI, or a mongod on PATH), these specs do not apply: `applies(t)` skips the
// test with that reason.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { startOnFreePort } from '../../scripts/infra/ports.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const cacheDir = path.resolve(here, '../../.cache');

export const mongodb = require('mongodb');
export const mongodbPath = require.resolve('mongodb');

/** Call in `before`; call `stop()` in `after`. */
export async function specDatabase(name, connections) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `parley-${name}-`));
  const { resolveMongo } = await import('../../scripts/infra/mongo.mjs');
  const database = await startOnFreePort((port) => resolveMongo({ cacheDir, dataDir, port, log() {} }));
  const clients = [];
  const notApplicable =
    database.kind === 'ferretdb' ? null : `the database is ${database.kind === 'external' ? 'the one MONGODB_URI names' : 'a local mongod'}, not the FerretDB build these tests check`;
  if (!notApplicable) for (let i = 0; i < connections; i++) clients.push(await mongodb.MongoClient.connect(database.uri, { maxPoolSize: 1 }));
  return {
    uri: database.uri,
    clients,
    /** Skips the test, with the reason, when the database is not the FerretDB build. */
    applies(t) {
      if (notApplicable) t.skip(notApplicable);
      return !notApplicable;
    },
    async stop() {
      await Promise.all(clients.map((c) => c.close()));
      await database.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

