// Tests of the development database itself: the FerretDB build must apply `$pull` with a
// condition as MongoDB does (fix 09-pull-conditions): a document condition is a query on the
// embedded documents of the array, an operator condition applies to the items themselves, and a
// plain value removes the items equal to it. The expected results are the ones MongoDB's manual
// gives for its "$pull" examples. Run by `npm test`, or alone:
//   INFRA_INTEGRATION=1 node --test dev-database/ferretdb/pull-conditions.spec.mjs
// To see them fail without the fix: PARLEY_FERRETDB_OMIT_FIXES=pull-conditions (builds and runs
// FerretDB without it).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { specDatabase } from './spec-database.mjs';

describe('the development database applies $pull conditions as MongoDB does (INFRA_INTEGRATION=1)', { skip: !process.env.INFRA_INTEGRATION && 'set INFRA_INTEGRATION=1 (npm test does)' }, () => {
  let database; // specDatabase(): { uri, clients, applies, stop }
  let collectionNumber = 0;

  before(async () => {
    database = await specDatabase('pull-conditions', 1);
  });

  after(async () => {
    await database?.stop();
  });

  const applies = (t) => database.applies(t);
  /** A fresh collection holding `docs`. */
  async function collectionWith(docs) {
    const collection = database.clients[0].db('pull').collection(`c${++collectionNumber}`);
    if (docs.length) await collection.insertMany(docs);
    return collection;
  }
  /** Applies `$pull: pull` to the document `_id` and returns that document. */
  async function pulled(collection, _id, pull) {
    await collection.updateOne({ _id }, { $pull: pull });
    return collection.findOne({ _id });
  }

  it('an operator condition removes the scalar items that match it ($pull page: $gte 6)', async (t) => {
    if (!applies(t)) return;
    const c = await collectionWith([{ _id: 1, votes: [3, 5, 6, 7, 7, 8] }]);
    assert.deepEqual(await pulled(c, 1, { votes: { $gte: 6 } }), { _id: 1, votes: [3, 5] });
  });

  it('every comparison operator: $eq $ne $gt $gte $lt $lte $in $nin, and several operators together', async (t) => {
    if (!applies(t)) return;
    const items = [1, 2, 3, 4, 5, 'a', 'b'];
    const cases = [
      [{ $eq: 3 }, [1, 2, 4, 5, 'a', 'b']],
      [{ $ne: 3 }, [3]],
      [{ $gt: 3 }, [1, 2, 3, 'a', 'b']],
      [{ $gte: 3 }, [1, 2, 'a', 'b']],
      [{ $lt: 3 }, [3, 4, 5, 'a', 'b']],
      [{ $lte: 3 }, [4, 5, 'a', 'b']],
      [{ $in: [2, 4, 'a'] }, [1, 3, 5, 'b']],
      [{ $nin: [2, 4, 'a'] }, [2, 4, 'a']],
      [{ $gt: 1, $lt: 5 }, [1, 5, 'a', 'b']],
      [{ $gte: 'b' }, [1, 2, 3, 4, 5, 'a']],
    ];
    const c = await collectionWith(cases.map((_, i) => ({ _id: i, items })));
    for (const [i, [condition, expected]] of cases.entries()) {
      assert.deepEqual(await pulled(c, i, { items: condition }), { _id: i, items: expected }, JSON.stringify(condition));
    }
  });

  it('a document condition removes the embedded documents that have those field values, other fields ignored', async (t) => {
    if (!applies(t)) return;
    const c = await collectionWith([
      {
        _id: 1,
        items: [
          { authorId: 'u1', decision: 'approve', decidedAt: new Date('2026-01-01') },
          { authorId: 'u2', decision: 'reject', decidedAt: new Date('2026-01-02') },
          { authorId: 'u1', decision: 'reject' },
          'u1',
          { other: 'u1' },
        ],
      },
    ]);
    const update = await c.updateOne({ _id: 1 }, { $pull: { items: { authorId: 'u1' } } });
    assert.equal(update.modifiedCount, 1);
    assert.deepEqual(await c.findOne({ _id: 1 }), {
      _id: 1,
      items: [{ authorId: 'u2', decision: 'reject', decidedAt: new Date('2026-01-02') }, 'u1', { other: 'u1' }],
    });
  });

  it('a document condition with several fields and operators is a query on each item ($pull page: results with score and item)', async (t) => {
    if (!applies(t)) return;
    const c = await collectionWith([
      { _id: 1, results: [{ item: 'A', score: 5 }, { item: 'B', score: 8 }] },
      { _id: 2, results: [{ item: 'C', score: 8 }, { item: 'B', score: 4 }] },
      { _id: 3, results: [{ item: 'B', score: 7, extra: true }, { item: 'B', score: 9 }, { item: 'D', score: 9 }] },
    ]);
    const update = await c.updateMany({}, { $pull: { results: { score: { $gte: 8 }, item: 'B' } } });
    assert.equal(update.matchedCount, 3);
    assert.equal(update.modifiedCount, 2);
    assert.deepEqual(await c.find().sort({ _id: 1 }).toArray(), [
      { _id: 1, results: [{ item: 'A', score: 5 }] },
      { _id: 2, results: [{ item: 'C', score: 8 }, { item: 'B', score: 4 }] },
      { _id: 3, results: [{ item: 'B', score: 7, extra: true }, { item: 'D', score: 9 }] },
    ]);
    assert.deepEqual(await pulled(c, 3, { results: { item: { $in: ['B', 'D'] }, score: { $lt: 9, $ne: 6 } } }), { _id: 3, results: [{ item: 'D', score: 9 }] });
    assert.deepEqual(await pulled(c, 3, { results: { $or: [{ item: 'D' }, { score: 100 }] } }), { _id: 3, results: [] });
  });

  it('a document condition also matches dotted paths into the items, and an updateMany pulls from every document (the worker\'s account erasure)', async (t) => {
    if (!applies(t)) return;
    const c = await collectionWith([
      { _id: 't:1', items: [{ authorId: 'u1', by: { role: 'reader' } }, { authorId: 'u2', by: { role: 'staff' } }] },
      { _id: 't:2', items: [{ authorId: 'u3' }, { authorId: 'u1' }, { authorId: 'u1' }] },
      { _id: 't:3', items: [{ authorId: 'u3' }] },
    ]);
    const erased = await c.updateMany({ 'items.authorId': 'u1' }, { $pull: { items: { authorId: 'u1' } } });
    assert.equal(erased.matchedCount, 2);
    assert.equal(erased.modifiedCount, 2);
    assert.equal(await c.countDocuments({ 'items.authorId': 'u1' }), 0);
    assert.deepEqual(await c.find().sort({ _id: 1 }).toArray(), [
      { _id: 't:1', items: [{ authorId: 'u2', by: { role: 'staff' } }] },
      { _id: 't:2', items: [{ authorId: 'u3' }] },
      { _id: 't:3', items: [{ authorId: 'u3' }] },
    ]);
    assert.deepEqual(await pulled(c, 't:1', { items: { 'by.role': 'staff' } }), { _id: 't:1', items: [] });
  });

  it('findOneAndUpdate applies the condition too, and an update whose condition matches no item modifies nothing', async (t) => {
    if (!applies(t)) return;
    const c = await collectionWith([{ _id: 1, a: [{ x: 1 }, { x: 2 }, 3] }]);
    const unchanged = await c.updateOne({ _id: 1 }, { $pull: { a: { x: 5 } } });
    assert.equal(unchanged.matchedCount, 1);
    assert.equal(unchanged.modifiedCount, 0);
    const after = await c.findOneAndUpdate({ _id: 1 }, { $pull: { a: { x: { $lte: 1 } } } }, { returnDocument: 'after' });
    assert.deepEqual(after, { _id: 1, a: [{ x: 2 }, 3] });
  });

  it('plain values keep exact equality', async (t) => {
    if (!applies(t)) return;
    const c = await collectionWith([{ _id: 1, a: [1, 2, 2, 'x', null, true] }]);
    assert.deepEqual(await pulled(c, 1, { a: 2 }), { _id: 1, a: [1, 'x', null, true] });
    assert.deepEqual(await pulled(c, 1, { a: null }), { _id: 1, a: [1, 'x', true] });
    assert.deepEqual(await pulled(c, 1, { a: 'y' }), { _id: 1, a: [1, 'x', true] });
  });

  it('an unknown operator in a condition is refused with code 2 BadValue, even when no document matches', async (t) => {
    if (!applies(t)) return;
    const c = await collectionWith([{ _id: 1, a: [{ x: 1 }] }]);
    for (const filter of [{ _id: 1 }, { _id: 2 }]) {
      await assert.rejects(c.updateOne(filter, { $pull: { a: { x: { $bogus: 1 } } } }), (error) => {
        assert.equal(error.code, 2, error.message);
        assert.match(error.message, /\$bogus/);
        return true;
      });
    }
    assert.deepEqual(await c.findOne({ _id: 1 }), { _id: 1, a: [{ x: 1 }] });
  });
});
