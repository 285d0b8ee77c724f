// Tests of the development database itself: the FerretDB build must apply the modifiers of
// `$push` with `$each` as MongoDB does ($position, $sort, $slice; fix 08-push-modifiers). The
// expected results are the ones MongoDB's manual gives for its examples (pages "$push",
// "$slice", "$sort" and "$position"), and MongoDB's error codes for invalid modifiers. Run by
// `npm test`, or alone:
//   INFRA_INTEGRATION=1 node --test dev-database/ferretdb/push-modifiers.spec.mjs
// To see them fail without the fix: PARLEY_FERRETDB_OMIT_FIXES=push-modifiers (builds and runs
// FerretDB without it).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { mongodb, specDatabase } from './spec-database.mjs';

describe('the development database applies $push modifiers as MongoDB does (INFRA_INTEGRATION=1)', { skip: !process.env.INFRA_INTEGRATION && 'set INFRA_INTEGRATION=1 (npm test does)' }, () => {
  let database; // specDatabase(): { uri, clients, applies, stop }
  let collectionNumber = 0;

  before(async () => {
    database = await specDatabase('push-modifiers', 1);
  });

  after(async () => {
    await database?.stop();
  });

  const applies = (t) => database.applies(t);
  /** A fresh collection holding `docs`. */
  async function collectionWith(docs) {
    const collection = database.clients[0].db('push').collection(`c${++collectionNumber}`);
    if (docs.length) await collection.insertMany(docs);
    return collection;
  }
  /** Applies `$push: push` to the document `_id` and returns that document. */
  async function pushed(collection, _id, push) {
    await collection.updateOne({ _id }, { $push: push });
    return collection.findOne({ _id });
  }

  it('$slice: negative keeps the last elements, positive the first, zero none ($slice page examples)', async (t) => {
    if (!applies(t)) return;
    const c = await collectionWith([
      { _id: 1, scores: [40, 50, 60] },
      { _id: 2, scores: [89, 90] },
      { _id: 3, scores: [89, 70, 100, 20] },
      { _id: 4, scores: [1, 2, 3] },
    ]);
    assert.deepEqual(await pushed(c, 1, { scores: { $each: [80, 78, 86], $slice: -5 } }), { _id: 1, scores: [50, 60, 80, 78, 86] });
    assert.deepEqual(await pushed(c, 2, { scores: { $each: [100, 20], $slice: 3 } }), { _id: 2, scores: [89, 90, 100] });
    assert.deepEqual(await pushed(c, 3, { scores: { $each: [], $slice: -3 } }), { _id: 3, scores: [70, 100, 20] });
    assert.deepEqual(await pushed(c, 4, { scores: { $each: [4], $slice: 0 } }), { _id: 4, scores: [] });
  });

  it('$slice larger than the array keeps everything, and an update that changes nothing modifies nothing', async (t) => {
    if (!applies(t)) return;
    const c = await collectionWith([{ _id: 1, a: [1, 2] }]);
    const unchanged = await c.updateOne({ _id: 1 }, { $push: { a: { $each: [], $slice: 5 } } });
    assert.equal(unchanged.matchedCount, 1);
    assert.equal(unchanged.modifiedCount, 0);
    assert.deepEqual(await pushed(c, 1, { a: { $each: [3], $slice: 10 } }), { _id: 1, a: [1, 2, 3] });
    assert.deepEqual(await pushed(c, 1, { a: { $each: [4], $slice: new mongodb.Double(2) } }), { _id: 1, a: [1, 2] }, 'a double holding an integer is an integer');
  });

  it('$sort by a field of embedded documents, ties keeping their order ($sort page example)', async (t) => {
    if (!applies(t)) return;
    const c = await collectionWith([{ _id: 1, quizzes: [{ id: 1, score: 6 }, { id: 2, score: 9 }] }]);
    assert.deepEqual(await pushed(c, 1, { quizzes: { $each: [{ id: 3, score: 8 }, { id: 4, score: 7 }, { id: 5, score: 6 }], $sort: { score: 1 } } }), {
      _id: 1,
      quizzes: [
        { id: 1, score: 6 },
        { id: 5, score: 6 },
        { id: 4, score: 7 },
        { id: 3, score: 8 },
        { id: 2, score: 9 },
      ],
    });
  });

  it('$sort 1 / -1 sorts whole scalar elements; $each [] only sorts ($sort page examples)', async (t) => {
    if (!applies(t)) return;
    const c = await collectionWith([
      { _id: 2, tests: [89, 70, 89, 50] },
      { _id: 3, tests: [89, 70, 100, 20] },
    ]);
    assert.deepEqual(await pushed(c, 2, { tests: { $each: [40, 60], $sort: 1 } }), { _id: 2, tests: [40, 50, 60, 70, 89, 89] });
    assert.deepEqual(await pushed(c, 3, { tests: { $each: [], $sort: -1 } }), { _id: 3, tests: [100, 89, 70, 20] });
  });

  it('$sort of mixed types follows BSON comparison order (null, numbers, strings, documents, binary, ObjectId, booleans, dates)', async (t) => {
    if (!applies(t)) return;
    // (arrays inside arrays, which sort between documents and binary data, cannot be stored in FerretDB v1)
    const when = new Date('2026-01-01T00:00:00Z');
    const oid = new mongodb.ObjectId('000000000000000000000001');
    const bin = new mongodb.Binary(Buffer.from([1, 2]));
    const c = await collectionWith([{ _id: 1, a: ['b', 2, true, oid, null, { x: 1 }, when, bin, 1.5, 'a', { x: 0 }, false] }]);
    assert.deepEqual(await pushed(c, 1, { a: { $each: [], $sort: 1 } }), { _id: 1, a: [null, 1.5, 2, 'a', 'b', { x: 0 }, { x: 1 }, bin, oid, false, true, when] });
    assert.deepEqual(await pushed(c, 1, { a: { $each: [], $sort: -1 } }), { _id: 1, a: [when, true, false, oid, bin, { x: 1 }, { x: 0 }, 'b', 'a', 2, 1.5, null] });
  });

  it('$sort by fields: several keys, dotted paths, and a missing field or a non-document element sorting as null', async (t) => {
    if (!applies(t)) return;
    const c = await collectionWith([
      {
        _id: 1,
        a: [
          { k: 2, s: { n: 1 } },
          { k: 1, s: { n: 5 } },
          7,
          { k: 1, s: { n: 9 } },
          { s: { n: 3 } },
        ],
      },
    ]);
    assert.deepEqual(await pushed(c, 1, { a: { $each: [], $sort: { k: 1, 's.n': -1 } } }), {
      _id: 1,
      a: [{ s: { n: 3 } }, 7, { k: 1, s: { n: 9 } }, { k: 1, s: { n: 5 } }, { k: 2, s: { n: 1 } }],
    });
  });

  it('$position: at 0, inside, negative (from the end), beyond the end ($position page examples)', async (t) => {
    if (!applies(t)) return;
    const c = await collectionWith([
      { _id: 1, scores: [100] },
      { _id: 2, scores: [50, 60, 70, 100] },
      { _id: 3, scores: [50, 60, 20, 30, 70, 100] },
      { _id: 4, scores: [1, 2] },
      { _id: 5, scores: [1, 2] },
    ]);
    assert.deepEqual(await pushed(c, 1, { scores: { $each: [50, 60, 70], $position: 0 } }), { _id: 1, scores: [50, 60, 70, 100] });
    assert.deepEqual(await pushed(c, 2, { scores: { $each: [20, 30], $position: 2 } }), { _id: 2, scores: [50, 60, 20, 30, 70, 100] });
    assert.deepEqual(await pushed(c, 3, { scores: { $each: [90, 80], $position: -2 } }), { _id: 3, scores: [50, 60, 20, 30, 90, 80, 70, 100] });
    assert.deepEqual(await pushed(c, 4, { scores: { $each: [9], $position: 10 } }), { _id: 4, scores: [1, 2, 9] });
    assert.deepEqual(await pushed(c, 5, { scores: { $each: [9], $position: -10 } }), { _id: 5, scores: [9, 1, 2] });
  });

  it('the modifiers apply in MongoDB order whatever their order: position, then sort, then slice ($push page example)', async (t) => {
    if (!applies(t)) return;
    const c = await collectionWith([
      {
        _id: 5,
        quizzes: [
          { wk: 1, score: 10 },
          { wk: 2, score: 8 },
          { wk: 3, score: 5 },
          { wk: 4, score: 6 },
        ],
      },
      { _id: 6, a: [5, 6] },
    ]);
    const each = [
      { wk: 5, score: 8 },
      { wk: 6, score: 7 },
      { wk: 7, score: 6 },
    ];
    assert.deepEqual(await pushed(c, 5, { quizzes: { $slice: 3, $sort: { score: -1 }, $each: each } }), {
      _id: 5,
      quizzes: [
        { wk: 1, score: 10 },
        { wk: 2, score: 8 },
        { wk: 5, score: 8 },
      ],
    });
    // position then slice: [1, 2, 5, 6] keeps its first three
    assert.deepEqual(await pushed(c, 6, { a: { $slice: 3, $position: 0, $each: [1, 2] } }), { _id: 6, a: [1, 2, 5] });
  });

  it('a missing field becomes the modified array, on an update and on an upsert; findOneAndUpdate applies the modifiers too', async (t) => {
    if (!applies(t)) return;
    const c = await collectionWith([{ _id: 1 }, { _id: 2 }]);
    assert.deepEqual(await pushed(c, 1, { a: { $each: [3, 1, 2], $sort: 1, $slice: 2 } }), { _id: 1, a: [1, 2] });
    assert.deepEqual(await pushed(c, 2, { a: { $each: [] } }), { _id: 2, a: [] });
    await c.updateOne({ _id: 3 }, { $push: { a: { $each: [3, 1, 2], $sort: -1, $slice: 2 } } }, { upsert: true });
    assert.deepEqual(await c.findOne({ _id: 3 }), { _id: 3, a: [3, 2] });
    const after = await c.findOneAndUpdate({ _id: 3 }, { $push: { a: { $each: [9, 0], $sort: 1, $slice: -2 } } }, { returnDocument: 'after' });
    assert.deepEqual(after, { _id: 3, a: [3, 9] });
  });

  it('a bounded history (the moderation worker pattern): newest first by decidedAt, never more than N, over many upserts', async (t) => {
    if (!applies(t)) return;
    const c = await collectionWith([]);
    const N = 5;
    const start = Date.parse('2026-12-01T00:00:00Z');
    const items = Array.from({ length: 23 }, (_, i) => ({ id: `d${i}`, decidedAt: new Date(start + ((i * 7) % 23) * 60_000) }));
    for (let i = 0; i < items.length; i += 2) {
      await c.updateOne({ _id: 'author:1' }, { $push: { items: { $each: items.slice(i, i + 2), $sort: { decidedAt: -1 }, $slice: N } } }, { upsert: true });
    }
    const expected = [...items].sort((a, b) => b.decidedAt - a.decidedAt).slice(0, N);
    assert.deepEqual((await c.findOne({ _id: 'author:1' })).items, expected);
  });

  it('invalid modifiers are refused with MongoDB\'s code and message, even when no document matches', async (t) => {
    if (!applies(t)) return;
    const c = await collectionWith([{ _id: 1, a: [1] }]);
    const refused = async (push, code, message) => {
      for (const filter of [{ _id: 1 }, { _id: 'none' }]) {
        await assert.rejects(c.updateOne(filter, { $push: { a: push } }), (error) => {
          assert.equal(error.code, code, `${JSON.stringify(push)}: ${error.message}`);
          if (message) assert.equal(error.message, message);
          return true;
        });
      }
      await assert.rejects(c.findOneAndUpdate({ _id: 1 }, { $push: { a: push } }), { code });
    };
    await refused({ $each: 1 }, 2, 'The argument to $each in $push must be an array but it was of type: int');
    await refused({ $each: [2], $slice: 1, $foo: 1 }, 2, 'Unrecognized clause in $push: $foo');
    await refused({ $each: [2], $slice: 'x' }, 2, 'The value for $slice must be an integer value but was given type: string');
    await refused({ $each: [2], $slice: 1.5 }, 2);
    await refused({ $each: [2], $position: 'x' }, 2, 'The value for $position must be an integer value, not of type: string');
    await refused({ $each: [2], $sort: 2 }, 2, 'The $sort element value must be either 1 or -1');
    await refused({ $each: [2], $sort: { k: 0 } }, 2, 'The $sort element value must be either 1 or -1');
    await refused({ $each: [2], $sort: {} }, 2, 'The $sort pattern is empty when it should be a set of fields.');
    await refused({ $each: [2], $sort: 'x' }, 2, 'The $sort is invalid: use 1/-1 to sort the whole element, or {field:1/-1} to sort embedded fields');
    assert.deepEqual(await c.findOne({ _id: 1 }), { _id: 1, a: [1] }, 'nothing was applied');
  });

  it('$slice without $each is not a modifier: the document is the value, refused for its $-prefixed field', async (t) => {
    if (!applies(t)) return;
    const c = await collectionWith([{ _id: 1, a: [1] }]);
    await assert.rejects(c.updateOne({ _id: 1 }, { $push: { a: { $slice: 1 } } }), { code: 52, message: "The dollar ($) prefixed field '$slice' in 'a.1.$slice' is not valid for storage." });
    assert.deepEqual(await c.findOne({ _id: 1 }), { _id: 1, a: [1] });
  });
});
