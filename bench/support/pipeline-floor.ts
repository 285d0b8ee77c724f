// The raw floor of the pipeline's latency on this machine, measured beside it in the same run:
// a bare kafkajs produce → consume round trip, bare database writes and reads, and a bare HTTP
// request, one at a time (idle) and at a fixed rate (loaded); and a listener that records when
// each event of a comment was produced and when a consumer of its own received it.
import http from 'node:http';
import mongoose from 'mongoose';
import { Consumer, Kafka, logLevel, Partitioners } from 'kafkajs';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const sorted = (a: number[]) => [...a].sort((x, y) => x - y);

/** Creates a fresh topic and a consumer on it that resolves `arrival(key)` when that key comes in. */
async function loopback(brokers: string, partitions: number) {
  const kafka = new Kafka({ clientId: 'floor-latency', brokers: [brokers], logLevel: logLevel.NOTHING });
  const topic = `floor-latency-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: partitions }], waitForLeaders: true });
  await admin.disconnect();
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, allowAutoTopicCreation: false });
  const consumer = kafka.consumer({ groupId: `${topic}-g` });
  await Promise.all([producer.connect(), consumer.connect()]);
  await consumer.subscribe({ topic, fromBeginning: true });
  const waiting = new Map<string, (at: number) => void>();
  const early = new Map<string, number>();
  let joined!: () => void;
  const join = new Promise<void>((r) => (joined = r));
  consumer.on(consumer.events.GROUP_JOIN, () => joined());
  await consumer.run({
    eachMessage: async ({ message }) => {
      const key = message.key!.toString();
      const at = performance.now();
      const w = waiting.get(key);
      if (w) {
        waiting.delete(key);
        w(at);
      } else early.set(key, at);
    },
  });
  await join;
  await sleep(500); // first fetches in place
  const arrival = (key: string) =>
    new Promise<number>((resolve) => {
      const at = early.get(key);
      if (at !== undefined) {
        early.delete(key);
        resolve(at);
      } else waiting.set(key, resolve);
    });
  const send = (key: string, value: string) => producer.send({ topic, acks: -1, messages: [{ key, value }] });
  const close = () => Promise.all([producer.disconnect(), consumer.disconnect()]);
  return { send, arrival, close };
}

const VALUE = JSON.stringify({ body: 'x'.repeat(200) });

/** Bare kafkajs: one message at a time, sent (acks=all) and received by a consumer; ms from send to receipt. */
export async function kafkaRoundTrips(brokers: string, n: number): Promise<number[]> {
  const lb = await loopback(brokers, 6);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const key = `idle-${i}`;
    const t0 = performance.now();
    const got = lb.arrival(key);
    await lb.send(key, VALUE);
    out.push((await got) - t0);
  }
  await lb.close();
  return sorted(out);
}

/** Bare kafkajs at a fixed rate (open loop, one send per message): ms from send to receipt, and the rate achieved. */
export async function kafkaAtRate(brokers: string, rate: number, seconds: number): Promise<{ lat: number[]; sentPerSecond: number }> {
  const lb = await loopback(brokers, 6);
  const total = Math.round(rate * seconds);
  const all: Promise<number>[] = [];
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = start + (i * 1000) / rate - performance.now();
    if (wait > 1) await sleep(wait);
    const key = `rate-${i}`;
    const t0 = performance.now();
    const got = lb.arrival(key);
    void lb.send(key, VALUE).catch(() => undefined);
    all.push(got.then((at) => at - t0));
  }
  const sentPerSecond = total / ((performance.now() - start) / 1000);
  const lat = await Promise.all(all);
  await lb.close();
  return { lat: sorted(lat), sentPerSecond };
}

export interface DbFloor {
  insert: number[];
  findById: number[];
  update: number[];
}

/** Bare MongoDB driver on the same database: insertOne, find by _id and updateOne by _id, one at a time (ms each). */
export async function dbRoundTrips(uri: string, n: number): Promise<DbFloor> {
  const conn = await mongoose.createConnection(uri, { dbName: 'bench_floor_latency' }).asPromise();
  const col = conn.db!.collection('docs');
  const out: DbFloor = { insert: [], findById: [], update: [] };
  for (let i = 0; i < 5; i++) await col.insertOne({ warm: i }); // connection and collection in place
  for (let i = 0; i < n; i++) {
    const doc = { body: 'x'.repeat(200), status: 'pending', createdAt: new Date() };
    let t = performance.now();
    const { insertedId } = await col.insertOne(doc);
    out.insert.push(performance.now() - t);
    t = performance.now();
    await col.findOne({ _id: insertedId });
    out.findById.push(performance.now() - t);
    t = performance.now();
    await col.updateOne({ _id: insertedId, status: 'pending' }, { $set: { status: 'approved', updatedAt: new Date() } });
    out.update.push(performance.now() - t);
  }
  await conn.dropDatabase();
  await conn.close();
  return { insert: sorted(out.insert), findById: sorted(out.findById), update: sorted(out.update) };
}

/** Bare insertOne at a fixed rate (open loop, up to 64 connections): ms each. */
export async function insertsAtRate(uri: string, rate: number, seconds: number): Promise<number[]> {
  const conn = await mongoose.createConnection(uri, { dbName: 'bench_floor_rate', maxPoolSize: 64 }).asPromise();
  const col = conn.db!.collection('docs');
  await col.insertOne({ warm: true });
  const total = Math.round(rate * seconds);
  const all: Promise<number>[] = [];
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = start + (i * 1000) / rate - performance.now();
    if (wait > 1) await sleep(wait);
    const t0 = performance.now();
    all.push(col.insertOne({ i, body: 'x'.repeat(200), createdAt: new Date() }).then(() => performance.now() - t0));
  }
  const lat = await Promise.all(all);
  await conn.dropDatabase();
  await conn.close();
  return sorted(lat);
}

/** A bare HTTP GET (keep-alive) against `url`, one at a time: ms each. */
export async function httpRoundTrips(url: string, n: number): Promise<number[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const once = () =>
    new Promise<void>((resolve, reject) => {
      http.get(url, { agent }, (res) => {
        res.resume();
        res.on('end', resolve);
      }).on('error', reject);
    });
  for (let i = 0; i < 5; i++) await once();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await once();
    out.push(performance.now() - t);
  }
  agent.destroy();
  return sorted(out);
}

export interface EventSighting {
  /** The record's timestamp: when the producer built the produce request (epoch ms). */
  producedAt: number;
  /** When this listener's consumer received it (epoch ms). */
  receivedAt: number;
}

/**
 * Listens to the pipeline's topics with a consumer group of its own (from the end) and records,
 * per message key (the comment id) and CloudEvents type, when each event was produced and when
 * it arrived here: the Kafka part of a hop, seen by a consumer that does nothing else.
 */
export async function listenToEvents(brokers: string, topics: string[]) {
  const kafka = new Kafka({ clientId: 'bench-trace', brokers: [brokers], logLevel: logLevel.NOTHING });
  const consumer: Consumer = kafka.consumer({ groupId: `bench-trace-${Date.now()}` });
  const seen = new Map<string, EventSighting>();
  const waiting = new Map<string, () => void>();
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: false });
  let joined!: () => void;
  const join = new Promise<void>((r) => (joined = r));
  consumer.on(consumer.events.GROUP_JOIN, () => joined());
  await consumer.run({
    eachMessage: async ({ message }) => {
      const receivedAt = Date.now();
      const type = message.headers?.ce_type?.toString();
      const key = message.key?.toString();
      if (!type || !key) return;
      if (!seen.has(`${key} ${type}`)) seen.set(`${key} ${type}`, { producedAt: Number(message.timestamp), receivedAt });
      waiting.get(`${key} ${type}`)?.();
    },
  });
  await join;
  await sleep(500);
  return {
    sighting: (key: string, type: string) => seen.get(`${key} ${type}`),
    /** Resolves when the event has been seen. */
    seen: (key: string, type: string) =>
      new Promise<void>((resolve) => {
        if (seen.has(`${key} ${type}`)) return resolve();
        waiting.set(`${key} ${type}`, () => {
          waiting.delete(`${key} ${type}`);
          resolve();
        });
      }),
    close: () => consumer.disconnect(),
  };
}
