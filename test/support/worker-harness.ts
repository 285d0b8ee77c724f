import { randomBytes, randomUUID } from 'node:crypto';
import { Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import mongoose from 'mongoose';
import { ConsumerGroups, EventTypes, toKafkaHeaders } from '@parley/contracts';
import { freePort, RunningApp, startApp } from './app-processes';
import { placementOf, SentEvents } from './consumer-progress';
import { appEnv, logDirFor } from './app-env';
import { eventually, testInfrastructure } from './test-env';
import { tokenFor } from './tokens';
import { readTopics, TopicReader } from './topic-reader';

export const randomCommentId = () => randomBytes(12).toString('hex');

/** Environment of a moderation-worker on the test infrastructure, isolated by namespace. */
export function workerEnv(namespace: string, extra: Record<string, string> = {}): Record<string, string> {
  // many calls from one address; throttling is tested in http-hardening
  return appEnv('moderation-worker', namespace, { RATE_LIMIT_ENABLED: 'false', ...extra });
}

export function startWorker(namespace: string, extra: Record<string, string> = {}): Promise<RunningApp> {
  return startApp('moderation-worker', workerEnv(namespace, extra), logDirFor(namespace));
}

export { freePort };

export const workerTokens = {
  admin: tokenFor('admin-root', ['admin'], 'Admin'),
  moderator: tokenFor('mod-ada', ['moderator'], 'Ada'),
  commenter: tokenFor('reader-1', ['commenter'], 'Reader'),
};

/** A JSON call against a running app; the body is parsed when there is one. */
export async function call(base: string, method: string, p: string, token?: string, body?: unknown) {
  const res = await fetch(`${base}${p}`, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', body: json, text };
}

/** Reads a Prometheus sample (first match of name and label subset) from /metrics. */
export async function metricValue(base: string, name: string, labels: Record<string, string> = {}): Promise<number | undefined> {
  const text = await (await fetch(`${base}/metrics`)).text();
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const ls = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => ls[k] === v)) return Number(m[3]);
  }
  return undefined;
}

/** Publishes CloudEvents straight onto the namespace's topics, as comments-api would, and reads the worker's database. */
export class WorkerProbe {
  private producer!: Producer;
  private conn!: mongoose.Connection;
  readonly kafka: Kafka;
  readonly decisionsSeen: Array<{ id: string; data: any }> = [];
  private observer?: TopicReader;
  /** Where every event published through the probe landed, by event id. */
  readonly sent = new SentEvents(testInfrastructure().kafkaBrokers);

  constructor(
    readonly namespace: string,
    readonly database: string,
  ) {
    this.kafka = new Kafka({ clientId: `probe-${namespace}`, brokers: testInfrastructure().kafkaBrokers.split(','), logLevel: logLevel.NOTHING });
  }

  topic(name: string) {
    return `${this.namespace}.${name}`;
  }

  async open() {
    this.producer = this.kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await this.producer.connect();
    this.conn = await mongoose.createConnection(testInfrastructure().mongoUri, { serverSelectionTimeoutMS: 5000 }).asPromise();
    this.observer = await readTopics(this.kafka, {
      groupId: `${this.namespace}-observer-${randomUUID()}`,
      topics: [this.topic('parley.moderation-decisions.v1')],
      eachMessage: async ({ message }) => {
        const id = String(message.headers?.ce_id ?? '');
        this.decisionsSeen.push({ id, data: JSON.parse(message.value!.toString()) });
      },
    });
  }

  async close() {
    await this.observer?.stop();
    await this.producer?.disconnect();
    await this.conn?.close();
  }

  collection(name: string) {
    return this.conn.useDb(this.database, { useCache: true }).db!.collection(name);
  }

  async publish(topicName: string, type: string, key: string, data: unknown, id: string = randomUUID()): Promise<string> {
    const meta = await this.producer.send({
      topic: this.topic(topicName),
      acks: -1,
      messages: [
        {
          key,
          value: JSON.stringify(data),
          headers: toKafkaHeaders({ specversion: '1.0', id, source: '/parley/comments-api', type, subject: key, time: new Date().toISOString(), datacontenttype: 'application/json' }),
        },
      ],
    });
    this.sent.record(id, placementOf(this.topic(topicName), meta));
    return id;
  }

  async publishRaw(topicName: string, key: string, value: string, headers: Record<string, string>) {
    const meta = await this.producer.send({ topic: this.topic(topicName), acks: -1, messages: [{ key, value, headers }] });
    const placement = placementOf(this.topic(topicName), meta);
    if (headers.ce_id) this.sent.record(headers.ce_id, placement);
    return placement;
  }

  /** Waits until the worker's comment consumer group committed past every event published with these ids. */
  consumed(...eventIds: string[]): Promise<void> {
    return this.sent.consumed(`${this.namespace}.${ConsumerGroups.ModerationWorker}`, eventIds);
  }

  /** A submitted comment (defaults: a fresh id and author, revision 1, an open article). */
  submitted(body: string, over: Record<string, unknown> = {}) {
    const commentId = randomCommentId();
    return {
      commentId,
      revision: 1,
      articleId: `worker-article-${randomBytes(4).toString('hex')}`, // each comment on an article of its own unless a test says otherwise
      authorId: `author-${randomBytes(4).toString('hex')}`,
      authorName: 'Author',
      parentId: null,
      body,
      createdAt: new Date().toISOString(),
      article: { section: null, premoderation: false, open: true },
      ...over,
    };
  }

  async submit(body: string, over: Record<string, unknown> = {}) {
    const data = this.submitted(body, over);
    const eventId = await this.publish('parley.comments.v1', EventTypes.CommentSubmitted, data.commentId, data);
    return { ...data, eventId };
  }

  /** Waits for the worker's first decision of a revision in its decision log. */
  decision(commentId: string, revision = 1, timeoutMs = 30_000): Promise<any> {
    return eventually(`decision for ${commentId}:${revision}`, () => this.collection('decisions').findOne({ _id: `${commentId}:${revision}` as any }), timeoutMs, 100);
  }

  /** Decision events published for a comment. */
  eventsFor(commentId: string) {
    return this.decisionsSeen.filter((e) => e.data.commentId === commentId);
  }
}
