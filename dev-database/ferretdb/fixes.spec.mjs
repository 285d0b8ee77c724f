// Tests of the development database's fixes 01-05 (see fixes/*/README.md) on a real FerretDB
// built by ferretdb.mjs: the `_id` index, a 300-statement bulk update, the scalar index plans, and
// 500 random queries compared with pushdown on and off. Run by `npm test`, or alone:
//   INFRA_INTEGRATION=1 node --test dev-database/ferretdb/fixes.spec.mjs
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { startOnFreePort } from '../../scripts/infra/ports.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const cacheDir = path.resolve(here, '../../.cache');
const tmpDirs = [];
const tmp = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-ferretdb-'));
  tmpDirs.push(dir);
  return dir;
};
after(() => tmpDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('the development database\'s fixes (INFRA_INTEGRATION=1)', { skip: !process.env.INFRA_INTEGRATION && 'set INFRA_INTEGRATION=1 (npm test does)' }, () => {
  /** Runs `check` with a client of a fresh FerretDB (the database `npm test` would use); skips the test, saying why, when that is not FerretDB. */
  async function withFerretDB(t, check, dataDir = tmp()) {
    const { resolveMongo } = await import('../../scripts/infra/mongo.mjs');
    const mongo = await startOnFreePort((port) => resolveMongo({ cacheDir, dataDir, port, log() {} }));
    try {
      if (mongo.kind !== 'ferretdb') return t.skip(`the database is ${mongo.kind}, not the FerretDB build this test checks`);
      const driver = createRequire(import.meta.url)('mongodb');
      const client = await driver.MongoClient.connect(mongo.uri);
      try {
        await check(client, driver);
      } finally {
        await client.close();
      }
    } finally {
      await mongo.stop();
    }
  }

  it('FerretDB finds and updates by _id through its unique index (patched build)', { timeout: 300_000 }, async (t) => {
    await withFerretDB(t, async (client) => {
      const db = client.db('idindex');
      await db.collection('c').insertMany(Array.from({ length: 50 }, (_, i) => ({ _id: `doc-${i}`, n: i })));
      const plan = JSON.stringify((await db.command({ explain: { find: 'c', filter: { _id: 'doc-7' } } })).queryPlanner);
      assert.match(plan, /SEARCH \S+ USING INDEX \S+__id_/, `plan for a lookup by _id: ${plan}`);
      const res = await db.collection('c').updateOne({ _id: 'doc-7' }, { $set: { n: 700 } });
      assert.equal(res.modifiedCount, 1);
      assert.deepEqual(await db.collection('c').findOne({ _id: 'doc-7' }), { _id: 'doc-7', n: 700 });
      assert.equal((await db.collection('c').deleteOne({ _id: 'doc-8' })).deletedCount, 1);
      assert.equal(await db.collection('c').countDocuments({}), 49);
      // more statements in one update command than FerretDB has pooled connections
      const bulk = await db.collection('d').insertMany(Array.from({ length: 300 }, (_, i) => ({ _id: `d-${i}`, n: i })));
      assert.equal(bulk.insertedCount, 300);
      const res2 = await db.collection('d').bulkWrite(Array.from({ length: 300 }, (_, i) => ({ updateOne: { filter: { _id: `d-${i}` }, update: { $set: { n: -i } } } })), { ordered: false });
      assert.equal(res2.modifiedCount, 300);
      assert.equal((await db.collection('d').findOne({ _id: 'd-299' })).n, -299);
    });
  });

  it('FerretDB answers filters, sorts, limits and counts on scalar indexes from SQLite (patched build)', { timeout: 300_000 }, async (t) => {
    await withFerretDB(t, async (client) => {
      const db = client.db('scalar');
      const c = db.collection('c');
      await c.createIndex({ status: 1, at: -1, _id: -1 }, { name: 'status_at__scalar' });
      await c.createIndex({ tag: 1 }, { name: 'tag_plain' });
      const statuses = ['approved', 'flagged', 'rejected'];
      await c.insertMany(Array.from({ length: 3000 }, (_, i) => ({ _id: `c-${i}`, status: statuses[i % 3], at: new Date(1.7e12 + i * 1000), tag: `t${i % 10}` })));
      const explain = async (filter, sort = {}, limit = 0) => (await db.command({ explain: { find: 'c', filter, sort, limit } }));
      const first = await explain({ status: 'flagged' }, { at: -1 }, 20);
      const plan = JSON.stringify(first.queryPlanner);
      assert.match(plan, /USING INDEX \S+_status_at__scalar/, `plan: ${plan}`);
      assert.doesNotMatch(plan, /TEMP B-TREE/, `the index gives the order: ${plan}`);
      assert.deepEqual([first.filterPushdown, first.sortPushdown, first.limitPushdown], [true, true, true]);
      const page = await c.find({ status: 'flagged' }).sort({ at: -1 }).limit(20).toArray();
      assert.deepEqual(page.map((d) => d._id), Array.from({ length: 20 }, (_, i) => `c-${2998 - 3 * i}`));
      // the next page's cursor condition ($or of ranges, _id as the tie-breaker) keeps all three pushdowns
      const next = { status: 'flagged', $or: [{ at: { $lt: page[19].at } }, { at: page[19].at, _id: { $lt: page[19]._id } }] };
      const after = await explain(next, { at: -1, _id: -1 }, 20);
      assert.deepEqual([after.filterPushdown, after.sortPushdown, after.limitPushdown], [true, true, true], JSON.stringify(after));
      const page2 = await c.find(next).sort({ at: -1, _id: -1 }).limit(20).toArray();
      assert.deepEqual(page2.map((d) => d._id), Array.from({ length: 20 }, (_, i) => `c-${2938 - 3 * i}`));
      // equality on _id still goes through the unique _id index
      assert.match(JSON.stringify((await explain({ _id: 'c-7' })).queryPlanner), /USING INDEX \S+__id_/);
      // a condition on a field of a plain index cannot be exact: filtered in Go, no limit in SQL
      const mixed = await explain({ status: 'flagged', tag: 't1' }, { at: -1 }, 20);
      assert.deepEqual([mixed.filterPushdown, mixed.limitPushdown], [true, false]);
      assert.equal((await c.find({ status: 'flagged', tag: 't1' }).sort({ at: -1 }).limit(20).toArray()).length, 20);
      assert.equal((await db.command({ count: 'c', query: { status: 'approved' } })).n, 1000);
      assert.equal((await db.command({ count: 'c', query: { status: { $in: ['approved', 'rejected'] }, at: { $gte: new Date(1.7e12 + 1500_000) } } })).n, 1000);
      assert.equal((await db.command({ count: 'c', query: { status: 'approved' }, skip: 990, limit: 5 })).n, 5);
      assert.equal((await db.command({ count: 'c', query: { tag: 't3' } })).n, 300);
    });
  });

  it('FerretDB returns the same documents and counts with pushdown as without it (500 random queries)', { timeout: 300_000 }, async (t) => {
    const { resolveMongo, startFerretDB } = await import('../../scripts/infra/mongo.mjs');
    const dataDir = tmp();
    const mongo = await startOnFreePort((port) => resolveMongo({ cacheDir, dataDir, port, log() {} }));
    let reference;
    try {
      if (mongo.kind !== 'ferretdb') return t.skip(`the database is ${mongo.kind}, not the FerretDB build this test checks`);
      const { MongoClient, ObjectId } = createRequire(import.meta.url)('mongodb');
      const client = await MongoClient.connect(mongo.uri);
      let refClient;
      try {
        const c = client.db('diff').collection('c');
        await c.createIndex({ s: 1, d: -1 }, { name: 's_d__scalar' });
        await c.createIndex({ n: 1 }, { name: 'n__scalar' });
        await c.createIndex({ b: 1, o: 1 }, { name: 'b_o__scalar' });
        await c.createIndex({ d: -1, _id: -1 }, { name: 'd_id__scalar' });
        let seed = 7;
        const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
        const pick = (a) => a[Math.floor(rnd() * a.length)];
        // strings that JSON escapes, that sort around the closing quote, non-ASCII, empty
        const S = ['a', 'ab', 'ab!', 'ab ', 'b', '\u00e9', 'Z', '"q"', 'a\\b', '', 'zz<', 'line\nbreak'];
        const date = () => new Date(1.7e12 + Math.floor(rnd() * 1e6) * 1000);
        const docs = Array.from({ length: 600 }, (_, i) => {
          const d = { _id: new ObjectId(), x: i };
          if (rnd() < 0.9) d.s = rnd() < 0.1 ? null : pick(S);
          if (rnd() < 0.9) d.d = rnd() < 0.05 ? null : date();
          if (rnd() < 0.9) d.n = pick([1, 2, 2.5, -3, 0, 10, 1e12, -0.5]);
          if (rnd() < 0.9) d.b = rnd() < 0.5;
          if (rnd() < 0.9) d.o = new ObjectId();
          return d;
        });
        await c.insertMany(docs);
        // the reference: FerretDB on the same files with pushdown off (everything evaluated in Go)
        reference = await startOnFreePort((port) => startFerretDB({ cacheDir, dataDir: tmp(), sqliteDir: path.join(dataDir, 'sqlite'), port, log() {}, extraArgs: ['--test-disable-pushdown'] }));
        refClient = await MongoClient.connect(reference.uri);
        const ref = refClient.db('diff').collection('c');
        const values = { s: () => pick([...S, null]), d: () => pick([null, date()]), n: () => pick([1, 2, 2.5, -3, 0, 10, 1e12, null, 3]), b: () => pick([true, false, null]), o: () => pick([pick(docs).o ?? null, new ObjectId()]) };
        const condition = (f) => {
          const v = values[f]();
          switch (Math.floor(rnd() * 9)) {
            case 1: return { $eq: v };
            case 2: return { $ne: v };
            case 3: return { $in: [v, values[f](), values[f]()] };
            case 4: return { $nin: [v, values[f]()] };
            case 5: return v === null ? { $exists: true } : { [pick(['$gt', '$gte', '$lt', '$lte'])]: v };
            case 6: return { $exists: rnd() < 0.5 };
            case 7: { const w = values[f](); return v === null || w === null ? { $ne: w } : { $gte: v, $lt: w }; }
            default: return v;
          }
        };
        const filter = (depth = 0) => {
          const f = {};
          for (let i = 0, n = 1 + Math.floor(rnd() * 3); i < n; i++) {
            const r = rnd();
            if (depth < 2 && r < 0.12) f.$or = [filter(depth + 1), filter(depth + 1)];
            else if (depth < 2 && r < 0.2) f.$and = [filter(depth + 1), filter(depth + 1)];
            else if (r < 0.25) f.x = { $lt: Math.floor(rnd() * docs.length) }; // no index: never exact
            else if (r < 0.3) f._id = pick([{ $in: [pick(docs)._id, pick(docs)._id] }, pick(docs)._id, { $lt: pick(docs)._id }, { $gte: pick(docs)._id, $ne: pick(docs)._id }]);
            else { const k = pick(Object.keys(values)); f[k] = condition(k); }
          }
          return f;
        };
        const sorts = [['s', 'd'], ['d'], ['n'], ['b', 'o'], ['o'], ['d', '_id'], ['_id'], []];
        let mismatches = 0;
        let nonEmpty = 0;
        // The 500 queries drawn first (the same sequence every run), then asked four at a time:
        // the reference evaluates every document in Go, so one query at a time leaves a core idle.
        const queries = Array.from({ length: 500 }, () => {
          const f = filter();
          const keys = pick(sorts);
          const sort = Object.fromEntries(keys.map((k) => [k, rnd() < 0.5 ? 1 : -1]));
          return { f, keys, sort, limit: pick([0, 1, 5, 50]), skip: pick([0, 0, 3]) };
        });
        const compare = async ({ f, keys, sort, limit, skip }) => {
          const [got, want] = await Promise.all([c, ref].map((col) => col.find(f).sort(sort).skip(skip).limit(limit).toArray()));
          // ties of the sort key may come in any order: compare the ids when all are returned, the key sequence always
          const sortKeys = (rows) => rows.map((d) => JSON.stringify(keys.map((k) => d[k] ?? null))).join('|');
          const ids = (rows) => rows.map((d) => String(d._id)).sort().join(',');
          const [n1, n2] = await Promise.all([client, refClient].map(async (cl) => (await cl.db('diff').command({ count: 'c', query: f })).n));
          const same = got.length === want.length && sortKeys(got) === sortKeys(want) && (limit > 0 || skip > 0 || ids(got) === ids(want)) && n1 === n2;
          if (want.length > 0) nonEmpty++;
          if (!same && mismatches++ < 5) t.diagnostic(`mismatch: filter ${JSON.stringify(f)} sort ${JSON.stringify(sort)} skip ${skip} limit ${limit}: ${got.length} vs ${want.length} docs, count ${n1} vs ${n2}`);
        };
        let next = 0;
        await Promise.all(Array.from({ length: 4 }, async () => {
          while (next < queries.length) await compare(queries[next++]);
        }));
        assert.equal(mismatches, 0);
        // the comparison means something only when most queries find documents
        assert.ok(nonEmpty >= 250, `only ${nonEmpty} of 500 queries found documents`);
        t.diagnostic(`${nonEmpty} of 500 queries found documents`);
      } finally {
        await client.close();
        await refClient?.close();
      }
    } finally {
      await reference?.stop();
      await mongo.stop();
    }
  });
});
