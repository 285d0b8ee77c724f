import { EventTypes, toKafkaHeaders } from '@parley/contracts';
import { EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { TopicProvisioner } from '../topic-provisioner';

// In-memory stand-ins for kafkajs, for unit tests of the consumer engine and the transport:
// the test hands batches to the engine as kafkajs would and reads what it sent.

/** The kafkajs consumer, as far as the engine uses it: the test drives its batches. */
export class FakeConsumer {
  groupId = '';
  readonly events = { GROUP_JOIN: 'consumer.group_join', REBALANCING: 'consumer.rebalancing', CRASH: 'consumer.crash', STOP: 'consumer.stop' };
  private readonly listeners = new Map<string, Array<(e: { payload: unknown }) => void>>();
  eachBatch?: (p: EachBatchPayload) => Promise<void>;
  running: Promise<void> = Promise.resolve();
  subscribed?: { topics: string[]; fromBeginning: boolean };
  autoCommit?: boolean;
  /** Every seek the engine asked for, in order. */
  readonly seeks: Array<{ topic: string; partition: number; offset: string }> = [];
  seek(s: { topic: string; partition: number; offset: string }) {
    this.seeks.push(s);
  }
  on(event: string, cb: (e: { payload: unknown }) => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), cb]);
  }
  emit(event: string, payload: unknown) {
    for (const cb of this.listeners.get(event) ?? []) cb({ payload });
  }
  async connect() {}
  async subscribe(s: { topics: string[]; fromBeginning: boolean }) {
    this.subscribed = s;
  }
  async run(cfg: { eachBatch: (p: EachBatchPayload) => Promise<void>; autoCommit: boolean }) {
    this.eachBatch = cfg.eachBatch;
    this.autoCommit = cfg.autoCommit;
  }
  /** Like kafkajs: waits for the batch in hand to finish, then leaves the group. */
  stopped = false;
  async disconnect() {
    this.stopped = true;
    await this.running.catch(() => undefined);
    this.emit(this.events.STOP, {});
  }
}

export interface Sent {
  topic: string;
  messages: Array<{ key: Buffer | null; value: Buffer | null; headers: Record<string, string | Buffer> }>;
}

export class FakeProducer {
  readonly sent: Sent[] = [];
  async connect() {}
  async disconnect() {}
  async send(r: Sent) {
    this.sent.push(r);
  }
}

export const TOPIC = 'parley.comments.v1';

export function submitted(commentId: string) {
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

export function message(offset: number, key: string | null, id: string, value: string = JSON.stringify(submitted(id)), extraHeaders: Record<string, string> = {}): KafkaMessage {
  const headers = { ...toKafkaHeaders({ specversion: '1.0', id, source: '/test', type: EventTypes.CommentSubmitted, time: new Date().toISOString(), datacontenttype: 'application/json' }), ...extraHeaders };
  return { offset: String(offset), key: key === null ? null : Buffer.from(key), value: Buffer.from(value), headers, timestamp: String(Date.now()), attributes: 0 } as unknown as KafkaMessage;
}

/** Hands a batch to the engine as kafkajs would; records resolved offsets and commits. */
export function batch(messages: KafkaMessage[], topic = TOPIC, partition = 0) {
  const resolved: string[] = [];
  const commits: string[][] = [];
  let running = true;
  const payload = {
    batch: { topic, partition, messages, highWatermark: '0', offsetLag: () => '0', offsetLagLow: () => '0', isEmpty: () => !messages.length, firstOffset: () => messages[0]?.offset ?? null, lastOffset: () => messages.at(-1)?.offset ?? '-1' },
    resolveOffset: (o: string) => void resolved.push(o),
    heartbeat: async () => {},
    isRunning: () => running,
    isStale: () => false,
    commitOffsetsIfNecessary: async () => void commits.push([...resolved]),
    uncommittedOffsets: () => ({ topics: [] }),
    pause: () => () => undefined,
  } as unknown as EachBatchPayload;
  return { payload, resolved, commits, stopRunning: () => (running = false) };
}

/** A promise the test resolves when it wants. */
export function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { opened, open };
}

/** A fake kafkajs client whose consumers and producers the test can reach, and a recording provisioner. */
export function fakeKafka() {
  const consumers: FakeConsumer[] = [];
  const producer = new FakeProducer();
  const provisioned: string[] = [];
  /** Where each topic's partitions end (the admin's fetchTopicOffsets); the test may change it. */
  const ends = new Map<string, Array<{ partition: number; high: string }>>();
  const kafka = {
    admin: () => ({
      connect: async () => {},
      disconnect: async () => {},
      fetchTopicOffsets: async (topic: string) => (ends.get(topic) ?? [{ partition: 0, high: '0' }]).map((p) => ({ ...p, offset: p.high, low: '0' })),
    }),
    consumer: (cfg: { groupId: string }) => {
      const c = new FakeConsumer();
      c.groupId = cfg.groupId;
      consumers.push(c);
      return c;
    },
    producer: () => producer,
  } as unknown as Kafka;
  const provisioner = { ensure: async (topics: string[]) => void provisioned.push(...topics) } as unknown as TopicProvisioner;
  return { kafka, consumers, producer, provisioned, provisioner, ends };
}

/** Hands a batch to a fake consumer's engine, remembering it as the batch in hand (for disconnect). */
export function runBatch(consumer: FakeConsumer, b: ReturnType<typeof batch>): Promise<void> {
  const p = consumer.eachBatch!(b.payload);
  consumer.running = p;
  return p;
}

export const headersOf = (s: Sent) => Object.fromEntries(Object.entries(s.messages[0]!.headers).map(([k, v]) => [k, String(v)]));
