// Tests of the development database itself: the FerretDB build must keep MongoDB's promise for
// retryable writes (retryWrites=true): a write resent with the same session id (lsid) and
// txnNumber is executed at most once, and the retry gets the original reply (fix
// 07-retryable-writes). Run by `npm test`, or alone:
//   INFRA_INTEGRATION=1 node --test dev-database/ferretdb/retryable-writes.spec.mjs
// To see them fail without the fix: PARLEY_FERRETDB_OMIT_FIXES=retryable-writes (builds and runs
// FerretDB without it).
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, it } from 'node:test';

import { mongodb, mongodbPath, specDatabase } from './spec-database.mjs';

const CONNECTIONS = 16;

describe('the development database executes a retried write once (INFRA_INTEGRATION=1)', { skip: !process.env.INFRA_INTEGRATION && 'set INFRA_INTEGRATION=1 (npm test does)' }, () => {
  let database; // specDatabase(): { uri, clients, applies, stop }
  const clients = [];
  const { Binary, Long, MongoClient, UUID } = mongodb;

  before(async () => {
    database = await specDatabase('retryable-writes', CONNECTIONS);
    clients.push(...database.clients);
  });

  after(async () => {
    await database?.stop();
  });

  const applies = (t) => database.applies(t);
  const db = (i = 0) => clients[i].db('retryable');
  /** A session id as drivers make them: { id: a UUID, BSON Binary subtype 4 }. */
  const newLsid = () => new UUID().toBinary();

  /**
   * Sends `command` with db.command() as a driver's retryable write: with the session id `lsid`
   * and `txnNumber`; `i` is which of the clients sends it, or a MongoClient. The driver puts its
   * session's id on every command it sends, so the command goes on an explicit session given that
   * id (marked dirty, so the driver never reuses it).
   */
  async function send(lsid, txnNumber, command, i = 0) {
    const client = typeof i === 'number' ? clients[i] : i;
    const session = client.startSession();
    session.serverSession.id = { id: lsid };
    session.serverSession.isDirty = true;
    try {
      return await client.db('retryable').command({ ...command, txnNumber: Long.fromNumber(txnNumber) }, { session });
    } finally {
      await session.endSession();
    }
  }
  /** The reply without the fields that are not part of the write's result. */
  const result = (reply) => Object.fromEntries(Object.entries(reply).filter(([k]) => !['$clusterTime', 'operationTime'].includes(k)));

  it('the session id the tests send is a UUID (Binary subtype 4), as drivers send it', () => {
    assert.equal(newLsid().sub_type, Binary.SUBTYPE_UUID);
  });

  it('update $inc sent twice with one (lsid, txnNumber) is applied once; the retry gets the first reply; a new txnNumber applies again', async (t) => {
    if (!applies(t)) return;
    await db().collection('counters').insertOne({ _id: 'u', n: 0 });
    const lsid = newLsid();
    const update = { update: 'counters', updates: [{ q: { _id: 'u' }, u: { $inc: { n: 1 } } }] };
    const first = await send(lsid, 1, update);
    const retry = await send(lsid, 1, update);
    assert.deepEqual(result(first), { n: 1, nModified: 1, ok: 1 });
    assert.deepEqual(result(retry), result(first));
    assert.deepEqual(await db().collection('counters').findOne({ _id: 'u' }), { _id: 'u', n: 1 });
    // the same (lsid, txnNumber) for another command is not a retry: refused, not executed
    await assert.rejects(send(lsid, 1, { insert: 'counters', documents: [{ _id: 'other' }] }), { code: 2, codeName: 'BadValue' });
    assert.equal(await db().collection('counters').countDocuments({ _id: 'other' }), 0);

    const next = await send(lsid, 2, update);
    assert.deepEqual(result(next), { n: 1, nModified: 1, ok: 1 });
    assert.deepEqual(await db().collection('counters').findOne({ _id: 'u' }), { _id: 'u', n: 2 });
  });

  it('insert sent twice with one (lsid, txnNumber) inserts once and the retry gets the first reply (no duplicate key error)', async (t) => {
    if (!applies(t)) return;
    const lsid = newLsid();
    const insert = { insert: 'inserts', documents: [{ _id: 'a', v: 1 }, { _id: 'b', v: 2 }] };
    const first = await send(lsid, 7, insert);
    const retry = await send(lsid, 7, insert);
    assert.deepEqual(result(first), { n: 2, ok: 1 });
    assert.deepEqual(result(retry), result(first));
    assert.deepEqual(await db().collection('inserts').find().sort({ _id: 1 }).toArray(), [{ _id: 'a', v: 1 }, { _id: 'b', v: 2 }]);

    // a new txnNumber is a new write: it executes, and hits the duplicate key
    const next = await send(lsid, 8, { insert: 'inserts', documents: [{ _id: 'a', v: 1 }] });
    assert.equal(next.n, 0);
    assert.equal(next.writeErrors?.[0]?.code, 11000);
  });

  it('findAndModify $inc sent twice with one (lsid, txnNumber) is applied once; the retry gets the first value', async (t) => {
    if (!applies(t)) return;
    await db().collection('counters').insertOne({ _id: 'f', n: 0 });
    const lsid = newLsid();
    const findAndModify = { findAndModify: 'counters', query: { _id: 'f' }, update: { $inc: { n: 1 } }, new: true };
    const first = await send(lsid, 3, findAndModify);
    const retry = await send(lsid, 3, findAndModify);
    assert.deepEqual(first.value, { _id: 'f', n: 1 });
    assert.deepEqual(result(retry), result(first));
    assert.deepEqual(await db().collection('counters').findOne({ _id: 'f' }), { _id: 'f', n: 1 });

    const next = await send(lsid, 4, findAndModify);
    assert.deepEqual(next.value, { _id: 'f', n: 2 });
  });

  it('delete (limit 1) sent twice with one (lsid, txnNumber) deletes one document; the retry gets the first reply', async (t) => {
    if (!applies(t)) return;
    await db().collection('deletes').insertMany([{ _id: 1, k: 'x' }, { _id: 2, k: 'x' }, { _id: 3, k: 'x' }]);
    const lsid = newLsid();
    const remove = { delete: 'deletes', deletes: [{ q: { k: 'x' }, limit: 1 }] };
    const first = await send(lsid, 5, remove);
    const retry = await send(lsid, 5, remove);
    assert.deepEqual(result(first), { n: 1, ok: 1 });
    assert.deepEqual(result(retry), result(first));
    assert.equal(await db().collection('deletes').countDocuments({ k: 'x' }), 2);

    await send(lsid, 6, remove);
    assert.equal(await db().collection('deletes').countDocuments({ k: 'x' }), 1);
  });

  it('a txnNumber older than the session\'s latest is refused (TransactionTooOld), not executed', async (t) => {
    if (!applies(t)) return;
    await db().collection('counters').insertOne({ _id: 'old', n: 0 });
    const lsid = newLsid();
    const update = { update: 'counters', updates: [{ q: { _id: 'old' }, u: { $inc: { n: 1 } } }] };
    await send(lsid, 10, update);
    await send(lsid, 11, update);
    await assert.rejects(send(lsid, 10, update), { code: 225, codeName: 'TransactionTooOld' });
    assert.deepEqual(await db().collection('counters').findOne({ _id: 'old' }), { _id: 'old', n: 2 });
  });

  it(`${CONNECTIONS} copies of one retried $inc arriving at once on ${CONNECTIONS} connections are applied once, and all get the same reply`, async (t) => {
    if (!applies(t)) return;
    for (let round = 0; round < 5; round++) {
      const _id = `concurrent-${round}`;
      await db().collection('counters').insertOne({ _id, n: 0 });
      const lsid = newLsid();
      const update = { update: 'counters', updates: [{ q: { _id }, u: { $inc: { n: 1 } } }] };
      const replies = await Promise.all(clients.map((_, i) => send(lsid, 1, update, i)));
      assert.deepEqual(replies.map(result), clients.map(() => ({ n: 1, nModified: 1, ok: 1 })), `round ${round}`);
      assert.deepEqual(await db().collection('counters').findOne({ _id }), { _id, n: 1 }, `round ${round}`);
    }
  });

  it('writes with a session id but no txnNumber (what the Node driver sends to this build, which it sees as a standalone server) execute every time', async (t) => {
    if (!applies(t)) return;
    const counters = db().collection('counters');
    await counters.insertOne({ _id: 'driver', n: 0 });
    for (let i = 0; i < 50; i++) await counters.updateOne({ _id: 'driver' }, { $inc: { n: 1 } });
    await Promise.all(clients.map((c) => c.db('retryable').collection('counters').findOneAndUpdate({ _id: 'driver' }, { $inc: { n: 1 } })));
    assert.deepEqual(await counters.findOne({ _id: 'driver' }), { _id: 'driver', n: 50 + CONNECTIONS });
  });

  it('an update $inc whose reply was lost (connection cut after the write, before the reply), resent as a driver retries it, is applied once', async (t) => {
    if (!applies(t)) return;
    // A proxy between a client and the database passes the first `update` on the collection
    // "lost_replies" to the database, then cuts the connection instead of passing the reply back:
    // the write was applied, the client saw a network error. The retry goes, as a driver's does,
    // on another connection with the same lsid and txnNumber.
    await db().collection('lost_replies').insertOne({ _id: 'r', n: 0 });
    const proxy = await cutFirstReplyProxy(new URL(database.uri).port, Buffer.from('lost_replies'));
    const proxied = await MongoClient.connect(`mongodb://127.0.0.1:${proxy.port}/`, { maxPoolSize: 1, directConnection: true });
    try {
      const lsid = newLsid();
      const update = { update: 'lost_replies', updates: [{ q: { _id: 'r' }, u: { $inc: { n: 1 } } }] };
      await assert.rejects(send(lsid, 1, update, proxied), { name: 'MongoNetworkError' });
      assert.equal(proxy.cut, 1, 'the proxy cut one reply');
      const retry = await send(lsid, 1, update);
      assert.deepEqual(result(retry), { n: 1, nModified: 1, ok: 1 });
      assert.deepEqual(await db().collection('lost_replies').findOne({ _id: 'r' }), { _id: 'r', n: 1 });
    } finally {
      await proxied.close();
      await proxy.close();
    }
  });
});

/**
 * A TCP proxy to 127.0.0.1:targetPort that forwards everything, except that the reply to the
 * first client message that contains `marker` and the bytes "update" is not forwarded: the
 * connection is cut instead (after the server has executed the command).
 */
async function cutFirstReplyProxy(targetPort, marker) {
  const state = { cut: 0, port: 0, close: null };
  const sockets = new Set();
  let cutRequestId = null;
  const server = net.createServer((client) => {
    const upstream = net.connect({ host: '127.0.0.1', port: Number(targetPort) });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    frames(client, (frame) => {
      if (cutRequestId === null && state.cut === 0 && frame.includes(marker) && frame.includes('update')) cutRequestId = frame.readInt32LE(4);
      upstream.write(frame);
    });
    frames(upstream, (frame) => {
      if (cutRequestId !== null && frame.readInt32LE(8) === cutRequestId) {
        cutRequestId = null;
        state.cut++;
        client.destroy();
        upstream.destroy();
        return;
      }
      client.write(frame);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.port = server.address().port;
  state.close = () => {
    for (const s of sockets) s.destroy();
    return new Promise((resolve) => server.close(resolve));
  };
  return state;
}

/** Calls onFrame with each whole wire-protocol message (length-prefixed) read from socket. */
function frames(socket, onFrame) {
  let buffered = Buffer.alloc(0);
  socket.on('data', (chunk) => {
    buffered = Buffer.concat([buffered, chunk]);
    while (buffered.length >= 4 && buffered.length >= buffered.readInt32LE(0)) {
      const length = buffered.readInt32LE(0);
      onFrame(buffered.subarray(0, length));
      buffered = buffered.subarray(length);
    }
  });
}
