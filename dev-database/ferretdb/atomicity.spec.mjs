// Tests of the development database itself: the FerretDB build must keep MongoDB's promise that
// every single-document update, findAndModify, upsert and delete is atomic with respect to every
// other connection and process (fix 06-atomic-writes). Run by `npm test`, or alone:
//   INFRA_INTEGRATION=1 node --test dev-database/ferretdb/atomicity.spec.mjs
// To see them fail without the fix: PARLEY_FERRETDB_OMIT_FIXES=atomic-writes (builds and runs
// FerretDB without it).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';

import { mongodbPath, specDatabase } from './spec-database.mjs';

const CONNECTIONS = 16;
const ROUNDS = 20;

describe('the development database keeps MongoDB\'s atomicity (INFRA_INTEGRATION=1)', { skip: !process.env.INFRA_INTEGRATION && 'set INFRA_INTEGRATION=1 (npm test does)' }, () => {
  let database; // specDatabase(): { uri, clients, applies, stop }
  const clients = [];

  before(async () => {
    database = await specDatabase('atomicity', CONNECTIONS);
    clients.push(...database.clients);
  });

  after(async () => {
    await database?.stop();
  });

  const applies = (t) => database.applies(t);
  const collection = (i, name) => clients[i].db('atomicity').collection(name);

  it('2 processes × 8 connections × 500 $inc on one document end at exactly 8,000', { timeout: 600_000 }, async (t) => {
    if (!applies(t)) return;
    await collection(0, 'counter').insertOne({ _id: 'c', n: 0 });
    const script = `
      const { MongoClient } = require(${JSON.stringify(mongodbPath)});
      (async () => {
        const clients = await Promise.all(Array.from({ length: 8 }, () => MongoClient.connect(process.argv[1], { maxPoolSize: 1 })));
        console.log('ready');
        await new Promise((resolve) => process.stdin.once('data', resolve));
        let modified = 0;
        await Promise.all(clients.map(async (client) => {
          const c = client.db('atomicity').collection('counter');
          for (let i = 0; i < 500; i++) {
            const { modifiedCount } = await c.updateOne({ _id: 'c' }, { $inc: { n: 1 } });
            modified += modifiedCount;
          }
        }));
        console.log(JSON.stringify({ modified }));
        await Promise.all(clients.map((c) => c.close()));
      })().catch((err) => { console.error(err); process.exit(1); });
    `;
    const children = [0, 1].map(() => {
      const child = spawn(process.execPath, ['-e', script, database.uri], { stdio: ['pipe', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      const ready = new Promise((resolve, reject) => {
        child.stdout.on('data', () => out.includes('ready') && resolve());
        child.once('exit', (code) => reject(new Error(`client process exited (${code}) before it was ready`)));
      });
      const done = new Promise((resolve, reject) => child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out.split('\n')[1])) : reject(new Error(`client process exited with ${code}`)))));
      return { child, ready, done };
    });
    try {
      await Promise.all(children.map((c) => c.ready));
      for (const { child } of children) child.stdin.end('go\n'); // both start together
      const results = await Promise.all(children.map((c) => c.done));
      assert.deepEqual(results, [{ modified: 4000 }, { modified: 4000 }]);
      assert.deepEqual(await collection(0, 'counter').findOne({ _id: 'c' }), { _id: 'c', n: 8000 });
    } finally {
      for (const { child } of children) if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it(`findAndModify: ${CONNECTIONS} connections × 200 findOneAndUpdate $inc on one document end at exactly ${(CONNECTIONS * 200).toLocaleString('en')}`, { timeout: 600_000 }, async (t) => {
    if (!applies(t)) return;
    await collection(0, 'counter').insertOne({ _id: 'f', n: 0 });
    const seen = await Promise.all(clients.map(async (_, i) => {
      let found = 0;
      for (let k = 0; k < 200; k++) if (await collection(i, 'counter').findOneAndUpdate({ _id: 'f' }, { $inc: { n: 1 } })) found++;
      return found;
    }));
    assert.deepEqual(seen, clients.map(() => 200));
    assert.deepEqual(await collection(0, 'counter').findOne({ _id: 'f' }), { _id: 'f', n: CONNECTIONS * 200 });
  });

  it(`${CONNECTIONS} conditional updates racing on one revision: exactly one wins (updateOne and findOneAndUpdate, ${ROUNDS} rounds each)`, { timeout: 600_000 }, async (t) => {
    if (!applies(t)) return;
    await collection(0, 'revisions').insertOne({ _id: 'doc', rev: 0, by: null });
    let rev = 0;
    for (const command of ['updateOne', 'findOneAndUpdate']) {
      for (let round = 0; round < ROUNDS; round++, rev++) {
        const won = await Promise.all(clients.map(async (_, i) => {
          const filter = { _id: 'doc', rev };
          const update = { $set: { rev: rev + 1, by: i } };
          if (command === 'updateOne') return (await collection(i, 'revisions').updateOne(filter, update)).modifiedCount === 1;
          return (await collection(i, 'revisions').findOneAndUpdate(filter, update)) !== null;
        }));
        const winners = won.flatMap((w, i) => (w ? [i] : []));
        assert.equal(winners.length, 1, `${command} round ${round}: winners ${JSON.stringify(winners)}`);
        assert.deepEqual(await collection(0, 'revisions').findOne({ _id: 'doc' }), { _id: 'doc', rev: rev + 1, by: winners[0] });
      }
    }
  });

  it(`${CONNECTIONS} upserts racing on one key: exactly one document (updateOne and findOneAndUpdate, ${ROUNDS} rounds each)`, { timeout: 600_000 }, async (t) => {
    if (!applies(t)) return;
    for (const command of ['updateOne', 'findOneAndUpdate']) {
      for (let round = 0; round < ROUNDS; round++) {
        const key = `${command}-${round}`;
        const inserted = await Promise.all(clients.map(async (_, i) => {
          const filter = { key };
          const update = { $setOnInsert: { first: i }, $inc: { hits: 1 } };
          if (command === 'updateOne') return (await collection(i, 'upserts').updateOne(filter, update, { upsert: true })).upsertedCount === 1;
          const res = await collection(i, 'upserts').findOneAndUpdate(filter, update, { upsert: true, includeResultMetadata: true });
          return res.lastErrorObject.updatedExisting === false;
        }));
        const docs = await collection(0, 'upserts').find({ key }).toArray();
        const inserters = inserted.flatMap((w, i) => (w ? [i] : []));
        assert.equal(docs.length, 1, `${command} round ${round}: ${docs.length} documents for one key`);
        assert.equal(inserters.length, 1, `${command} round ${round}: inserted by ${JSON.stringify(inserters)}`);
        assert.equal(docs[0].first, inserters[0]);
        assert.equal(docs[0].hits, CONNECTIONS, `${command} round ${round}: every upsert counted once`);
      }
    }
  });

  it(`a delete racing ${CONNECTIONS - 1} updates of the same document: the outcome of one order or the other, never both (${ROUNDS} rounds)`, { timeout: 600_000 }, async (t) => {
    if (!applies(t)) return;
    // Serially, either the delete comes first (document gone, no update matched), or an update
    // comes first (the delete no longer matches "pending"; every update applied, document kept).
    for (let round = 0; round < ROUNDS; round++) {
      const _id = `doc-${round}`;
      await collection(0, 'deletes').insertOne({ _id, state: 'pending', v: 0 });
      const deleter = round % CONNECTIONS;
      const results = await Promise.all(clients.map(async (_, i) => {
        const c = collection(i, 'deletes');
        if (i === deleter) return { deleted: (await c.deleteOne({ _id, state: 'pending' })).deletedCount };
        return { matched: (await c.updateOne({ _id }, { $set: { state: 'approved' }, $inc: { v: 1 } })).matchedCount };
      }));
      const deleted = results[deleter].deleted;
      const matched = results.reduce((sum, r) => sum + (r.matched ?? 0), 0);
      const doc = await collection(0, 'deletes').findOne({ _id });
      const outcome = { deleted, matched, doc };
      if (deleted === 1) assert.deepEqual(outcome, { deleted: 1, matched: 0, doc: null }, `round ${round}: deleted first`);
      else assert.deepEqual(outcome, { deleted: 0, matched: CONNECTIONS - 1, doc: { _id, state: 'approved', v: CONNECTIONS - 1 } }, `round ${round}: updated first`);
    }
  });
});
