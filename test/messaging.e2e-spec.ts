import mongoose, { Schema } from 'mongoose';
import { Kafka, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { EventTypes, toKafkaHeaders } from '@parley/contracts';
import { ConsumedEvent, createKafkaClient, messagingMetrics, readDeadLetters, replayDeadLetters, ensureTopics, EventConsumer, EventPublisher, OutboxCarrier, OutboxRelay } from '@parley/messaging';
import { eventually, testInfrastructure, uniqueNamespace } from './support/test-env';
import { readTopics } from './support/topic-reader';
import { TEST_CONSUMER_TIMING_MS } from './support/app-env';

/** The messaging layer against the real broker and database started by npm test. */
describe('messaging on real Kafka and MongoDB', () => {
  const ns = uniqueNamespace('messaging');
  const { kafkaBrokers, mongoUri } = testInfrastructure();
  const kafka = createKafkaClient({ clientId: ns, brokers: kafkaBrokers.split(',') });
  const raw = new Kafka({ clientId: `${ns}-raw`, brokers: kafkaBrokers.split(','), logLevel: logLevel.NOTHING });
  const topic = `${ns}.comments`;
  const group = `${ns}-group`;
  let connection: mongoose.Connection;
  const publisher = new EventPublisher(kafka);
  // As the apps under test run (test/support/app-env.ts): a stop and a rebalance need not wait for
  // a 5 s fetch and a 3 s heartbeat.
  const timing = TEST_CONSUMER_TIMING_MS;

  beforeAll(async () => {
    connection = await mongoose.createConnection(mongoUri, { dbName: ns.replace(/-/g, '_') }).asPromise();
    await ensureTopics(kafka, [topic, `${group}.dlq`], 1, 1);
  });

  afterAll(async () => {
    await publisher.disconnect();
    await connection.close();
  });

  function submitted(commentId: string) {
    return {
      commentId,
      revision: 1,
      articleId: 'a1',
      authorId: 'u1',
      authorName: 'U',
      parentId: null,
      body: 'hello',
      createdAt: new Date().toISOString(),
      article: { section: null, premoderation: false, open: true },
    };
  }

  it('relays outbox events once and clears the outbox, leaving the documents\' updatedAt as their writer set it', async () => {
    const model = connection.model<OutboxCarrier>('Doc', new Schema({ _id: String, outbox: [Object], outboxPending: Boolean, outboxSeq: Number }, { versionKey: false, timestamps: true }));
    const ids = Array.from({ length: 25 }, (_, i) => `c${i}`);
    const writtenAt = new Date('2026-01-01T00:00:00.000Z');
    await model.collection.insertMany(
      ids.map((id) => ({
        _id: id as never,
        createdAt: writtenAt,
        updatedAt: writtenAt,
        outboxPending: true,
        outboxSeq: 1,
        outbox: [{ eventId: `e-${id}`, topic, key: id, type: EventTypes.CommentSubmitted, source: '/test', subject: id, time: new Date(), data: submitted(id) }],
      })),
    );
    const relay = new OutboxRelay(model, publisher, { batchSize: 10 });
    while ((await relay.drainOnce()) > 0);
    expect(await relay.backlog()).toBe(0);
    expect(await model.countDocuments({ 'outbox.0': { $exists: true } })).toBe(0);
    expect(await relay.drainOnce()).toBe(0);
    // Publishing is not a change of the document (updatedAt is when its decision became visible).
    expect(await model.countDocuments({ updatedAt: writtenAt })).toBe(ids.length);

    // The relay is drained, so the topic's end offsets are final: read up to them, then
    // nothing more can arrive and an event relayed twice would be among what was read.
    const admin = raw.admin();
    await admin.connect();
    const ends = await admin.fetchTopicOffsets(topic);
    await admin.disconnect();
    const seen: string[] = [];
    const readUpTo = new Map<number, number>();
    const reader = await readTopics(raw, {
      groupId: `${ns}-reader`,
      topics: [topic],
      eachMessage: async ({ partition, message }) => {
        seen.push(String(message.headers!.ce_id));
        readUpTo.set(partition, Number(message.offset) + 1);
      },
    });
    await eventually('every partition read to its end offset', async () => ends.every((p) => (readUpTo.get(p.partition) ?? 0) >= Number(p.high)));
    await reader.stop();
    expect([...seen].sort()).toEqual(ids.map((id) => `e-${id}`).sort());
  });

  it('dead-letters malformed messages and keeps the partition flowing', async () => {
    const producer = raw.producer();
    await producer.connect();
    const goodId = randomUUID();
    const attrs = (id: string) => toKafkaHeaders({ specversion: '1.0', id, source: '/test', type: EventTypes.CommentSubmitted, time: new Date().toISOString(), datacontenttype: 'application/json' });
    await producer.send({
      topic,
      messages: [
        { key: 'k', value: 'not json at all', headers: attrs(randomUUID()) },
        { key: 'k', value: JSON.stringify({ commentId: 'x' }), headers: attrs(randomUUID()) },
        { key: 'k', value: JSON.stringify(submitted('ok')), headers: { ce_id: 'no-other-headers' } },
        { key: 'k', value: JSON.stringify(submitted('good')), headers: attrs(goodId) },
      ],
    });
    await producer.disconnect();

    const handled: ConsumedEvent[] = [];
    const consumer = new EventConsumer(kafka, {
      timing,
      groupId: group,
      topics: [topic],
      handlers: { [EventTypes.CommentSubmitted]: async (e) => void handled.push(e) },
    });
    await consumer.start();
    await eventually('the valid event after the poison ones', async () => handled.some((e) => e.id === goodId));
    await consumer.stop();

    const dead: Array<Record<string, string>> = [];
    const dlqReader = await readTopics(raw, {
      groupId: `${ns}-dlq-reader`,
      topics: [`${group}.dlq`],
      eachMessage: async ({ message }) => void dead.push(Object.fromEntries(Object.entries(message.headers!).map(([k, v]) => [k, String(v)]))),
    });
    await eventually('three dead letters', async () => dead.length >= 3);
    await dlqReader.stop();
    const errors = dead.map((h) => h.dlq_error).join('\n');
    expect(errors).toMatch(/value is not JSON/);
    expect(errors).toMatch(/does not match schema parley.comment.submitted.v1/);
    expect(errors).toMatch(/missing CloudEvents header/);
    expect(dead.every((h) => h.dlq_source_topic === topic && h.dlq_consumer_group === group)).toBe(true);
    const metric = await messagingMetrics.deadLetters.get();
    expect(metric.values.find((v) => v.labels.group === group)?.value).toBe(3);

    // Inspect and replay: the dead letters go back to their source topic without dlq_ headers.
    const letters = await readDeadLetters(kafka, `${group}.dlq`);
    expect(letters).toHaveLength(3);
    expect(letters.map((l) => l.sourceTopic)).toEqual([topic, topic, topic]);
    const replayedTopic = `${ns}.replayed`;
    await ensureTopics(kafka, [replayedTopic], 1, 1);
    expect(await replayDeadLetters(kafka, letters.map((l) => ({ ...l, sourceTopic: replayedTopic })))).toBe(3);
    const back: Array<Record<string, string>> = [];
    const replayReader = await readTopics(raw, {
      groupId: `${ns}-replay-reader`,
      topics: [replayedTopic],
      eachMessage: async ({ message }) => void back.push(Object.fromEntries(Object.entries(message.headers!).map(([k, v]) => [k, String(v)]))),
    });
    await eventually('three replayed messages', async () => back.length >= 3);
    await replayReader.stop();
    expect(back.every((h) => !('dlq_error' in h) && /^0\/\d+$/.test(h.dlq_replayed_from!))).toBe(true);
  });

  it('overlaps different keys of one partition, keeps each key in order, and commits only a finished prefix', async () => {
    const keyedTopic = `${ns}.keyed`;
    const keyedGroup = `${ns}-keyed`;
    await ensureTopics(kafka, [keyedTopic], 1, 1);
    const producer = raw.producer();
    await producer.connect();
    const attrs = (id: string) => toKafkaHeaders({ specversion: '1.0', id, source: '/test', type: EventTypes.CommentSubmitted, time: new Date().toISOString(), datacontenttype: 'application/json' });
    // one partition: slow-1 (slow), fast-1, slow-2, fast-2, other
    const plan = [
      ['slow', 'slow-1'],
      ['fast', 'fast-1'],
      ['slow', 'slow-2'],
      ['fast', 'fast-2'],
      ['other', 'other-1'],
    ];
    await producer.send({ topic: keyedTopic, messages: plan.map(([key, id]) => ({ key, value: JSON.stringify(submitted(id!)), headers: attrs(id!) })) });
    await producer.disconnect();

    const log: string[] = [];
    let releaseSlow!: () => void;
    const slowGate = new Promise<void>((r) => (releaseSlow = r));
    const consumer = new EventConsumer(kafka, {
      timing,
      groupId: keyedGroup,
      topics: [keyedTopic],
      handlers: {
        [EventTypes.CommentSubmitted]: async (e) => {
          log.push(`start ${e.id}`);
          if (e.id === 'slow-1') await slowGate;
          log.push(`end ${e.id}`);
        },
      },
    });
    await consumer.start();
    // the other keys finish while slow-1 is still running; slow-2 waits for slow-1
    await eventually('fast and other keys handled beside the slow one', async () => ['end fast-1', 'end fast-2', 'end other-1'].every((x) => log.includes(x)));
    expect(log).not.toContain('start slow-2');
    expect(log.indexOf('end fast-1')).toBeLessThan(log.indexOf('start fast-2'));
    const admin = raw.admin();
    await admin.connect();
    const committed = async () => Number((await admin.fetchOffsets({ groupId: keyedGroup, topics: [keyedTopic] }))[0]!.partitions[0]!.offset);
    await new Promise((r) => setTimeout(r, 1500)); // an auto-commit interval passes: nothing past slow-1 may be committed
    expect(await committed()).toBeLessThanOrEqual(0);
    releaseSlow();
    await eventually('slow-2 after slow-1', async () => log.includes('end slow-2'));
    expect(log.indexOf('end slow-1')).toBeLessThan(log.indexOf('start slow-2'));
    await eventually('every offset committed', async () => (await committed()) === plan.length, 15_000, 200);
    await admin.disconnect();
    await consumer.stop();
  });

  it('moves a failing message to the retry topic, retries it with backoff, and dead-letters it when retries run out', async () => {
    const retryGroup = `${ns}-retry-group`;
    const producer = raw.producer();
    await producer.connect();
    const flaky = randomUUID();
    const hopeless = randomUUID();
    const attrs = (id: string) => toKafkaHeaders({ specversion: '1.0', id, source: '/test', type: EventTypes.CommentSubmitted, time: new Date().toISOString(), datacontenttype: 'application/json' });
    await producer.send({ topic, messages: [flaky, hopeless].map((id) => ({ key: id, value: JSON.stringify(submitted(id)), headers: attrs(id) })) });
    await producer.disconnect();

    const calls = new Map<string, number>();
    const handled: string[] = [];
    const consumer = new EventConsumer(kafka, {
      timing,
      groupId: retryGroup,
      topics: [topic],
      maxAttempts: 2,
      retryDelaysMs: [300, 600],
      handlers: {
        [EventTypes.CommentSubmitted]: async (e) => {
          const n = (calls.get(e.id) ?? 0) + 1;
          calls.set(e.id, n);
          if (e.id === hopeless || (e.id === flaky && n <= 3)) throw new Error(`handler failure ${n}`);
          handled.push(e.id);
        },
      },
    });
    await consumer.start();
    await eventually('the flaky event handled after a retry', async () => handled.includes(flaky));
    const letters = await eventually('the hopeless event dead-lettered', async () => {
      const l = await readDeadLetters(kafka, `${retryGroup}.dlq`);
      return l.some((d) => d.headers.ce_id === hopeless) ? l : undefined;
    });
    await consumer.stop();
    // 2 in place, then 2 in place on each of the 2 retries.
    expect(calls.get(flaky)).toBe(4);
    expect(calls.get(hopeless)).toBe(6);
    const letter = letters.find((d) => d.headers.ce_id === hopeless)!;
    expect(letter.sourceTopic).toBe(topic);
    expect(letter.error).toBe('handler failure 6');
    expect(letters.filter((d) => d.headers.ce_id === flaky)).toHaveLength(0);
  });

  it('dead-letters, with the broker\'s error, a message whose handler Kafka refuses for good (message too large), and keeps the partition flowing', async () => {
    const tooLargeGroup = `${ns}-too-large`;
    const smallTopic = `${ns}.small`;
    const admin = raw.admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: smallTopic, numPartitions: 1, replicationFactor: 1, configEntries: [{ name: 'max.message.bytes', value: '2048' }] }] });
    await admin.disconnect();
    const producer = raw.producer();
    await producer.connect();
    const big = randomUUID();
    const small = randomUUID();
    const attrs = (id: string) => toKafkaHeaders({ specversion: '1.0', id, source: '/test', type: EventTypes.CommentSubmitted, time: new Date().toISOString(), datacontenttype: 'application/json' });
    await producer.send({ topic, messages: [big, small].map((id) => ({ key: 'same-key', value: JSON.stringify(submitted(id)), headers: attrs(id) })) });
    await producer.disconnect();

    const forwarded: string[] = [];
    const calls = new Map<string, number>();
    const consumer = new EventConsumer(kafka, {
      timing,
      groupId: tooLargeGroup,
      topics: [topic],
      handlers: {
        // Forwards each event to a topic that takes at most 2 kB: the big one can never be written.
        [EventTypes.CommentSubmitted]: async (e) => {
          if (e.id !== big && e.id !== small) return;
          calls.set(e.id, (calls.get(e.id) ?? 0) + 1);
          const body = e.id === big ? 'x'.repeat(10_000) : 'fits';
          await publisher.publish([{ topic: smallTopic, key: e.id, event: { ...e, data: { ...(e.data as object), body } } }]);
          forwarded.push(e.id);
        },
      },
    });
    await consumer.start();
    await eventually('the next event of the same key forwarded', async () => forwarded.includes(small));
    const letters = await eventually('the refused event dead-lettered', async () => {
      const l = await readDeadLetters(kafka, `${tooLargeGroup}.dlq`);
      return l.some((d) => d.headers.ce_id === big) ? l : undefined;
    });
    await consumer.stop();
    const letter = letters.find((d) => d.headers.ce_id === big)!;
    expect(letter.error).toMatch(/larger than the max message size/);
    expect(letter.sourceTopic).toBe(topic);
    // Refused for good: dead-lettered on the first answer, never retried in place or via the retry topic.
    expect(calls.get(big)).toBe(1);
    expect(forwarded).toEqual([small]);
  });

  it('broadcast mode: a rebalance while events are published skips none of them (each partition goes on where this process left it)', async () => {
    const bTopic = `${ns}.broadcast`;
    const bGroup = `${ns}-broadcast`;
    await ensureTopics(kafka, [bTopic], 3, 1);
    const attrs = (id: string) => toKafkaHeaders({ specversion: '1.0', id, source: '/test', type: EventTypes.CommentSubmitted, time: new Date().toISOString(), datacontenttype: 'application/json' });
    const producer = raw.producer();
    await producer.connect();
    const publish = (ids: string[]) => producer.send({ topic: bTopic, acks: -1, messages: ids.map((id) => ({ key: id, value: JSON.stringify(submitted(id)), headers: attrs(id) })) });
    const seen = new Set<string>();
    const consumer = new EventConsumer(kafka, { timing, groupId: bGroup, topics: [bTopic], mode: 'broadcast', handlers: { [EventTypes.CommentSubmitted]: async (e) => void seen.add(e.id) } });
    const partitionsHeld = () => Object.values(consumer.membership().assignment).flat().length;
    const intruder = raw.consumer({ groupId: bGroup, maxWaitTimeInMs: timing.maxWaitTimeMs, heartbeatInterval: timing.heartbeatIntervalMs });
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    try {
      await consumer.start();
      await eventually('the broadcast consumer holds every partition', async () => consumer.membership().state === 'joined' && partitionsHeld() === 3);
      const before = Array.from({ length: 9 }, (_, i) => `before-${i}`);
      await publish(before);
      await eventually('events published before the rebalance read', async () => before.every((id) => seen.has(id)));

      // a second member of the same group takes some partitions for a while (as after a member was
      // thought gone on a loaded broker), reading nothing; events are published meanwhile
      let intruderHeld = 0;
      intruder.on(intruder.events.GROUP_JOIN, ({ payload }) => void (intruderHeld = Object.values(payload.memberAssignment).flat().length));
      await intruder.connect();
      await intruder.subscribe({ topic: bTopic });
      await intruder.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: () => released });
      await eventually('the intruder holds a partition and the consumer the others', async () => intruderHeld > 0 && consumer.membership().state === 'joined' && partitionsHeld() === 3 - intruderHeld, 120_000, 200);
      const during = Array.from({ length: 12 }, (_, i) => `during-${i}`);
      await publish(during);
      release();
      await intruder.disconnect();
      await eventually('the consumer holds every partition again', async () => consumer.membership().state === 'joined' && partitionsHeld() === 3, 120_000, 200);
      await eventually('every event published during the rebalance read', async () => during.every((id) => seen.has(id)), 60_000, 200);
    } finally {
      release();
      await intruder.disconnect().catch(() => undefined);
      await producer.disconnect();
      await consumer.stop();
    }
  }, 300_000);
});
