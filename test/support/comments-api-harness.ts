import { Kafka, logLevel, Producer } from 'kafkajs';
import mongoose from 'mongoose';
import { randomUUID } from 'node:crypto';
import { CommentModeratedV1, ConsumerGroups, EventTypes, toKafkaHeaders } from '@parley/contracts';
import { RunningApp, startApp } from './app-processes';
import { placementOf, SentEvents } from './consumer-progress';
import { appEnv, databaseName, logDirFor } from './app-env';
import { NotificationsHarness } from './notifications-harness';
import { testInfrastructure } from './test-env';
import { readTopics } from './topic-reader';

/**
 * comments-api alone on the test Kafka and database (namespaced topics and database), with
 * a Kafka producer that plays the moderation worker (publishes real decision events), an
 * observer of everything comments-api publishes, and a direct connection to its database.
 */
/**
 * comments-api with the notifications app behind its address (NOTIFICATIONS_URL, the one public
 * address), for pages that also show what notifications holds (a reader's data export). `stop`
 * stops both.
 */
export async function startCommentsApiWithNotifications(namespace: string, env: Record<string, string> = {}) {
  const notifications = await new NotificationsHarness(namespace).start();
  const api = await startCommentsApi(namespace, { ...env, NOTIFICATIONS_URL: notifications.url });
  return {
    api,
    async stop() {
      await api.stop();
      await notifications.stop();
    },
  };
}

export async function startCommentsApi(namespace: string, env: Record<string, string> = {}) {
  const { kafkaBrokers, mongoUri } = testInfrastructure();
  const prefix = `${namespace}.`;
  const dbName = databaseName(namespace, 'comments-api');
  const api: RunningApp = await startApp('comments-api', appEnv('comments-api', namespace, env), logDirFor(namespace));
  const kafka = new Kafka({ clientId: `${namespace}-harness`, brokers: kafkaBrokers.split(','), logLevel: logLevel.NOTHING });
  const producer: Producer = kafka.producer();
  await producer.connect();
  const published: Array<{ type: string; key: string; data: any; headers: Record<string, string> }> = [];
  const observer = await readTopics(kafka, {
    groupId: `${namespace}-observer`,
    topics: [`${prefix}parley.comments.v1`],
    eachMessage: async ({ message }) => {
      const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]));
      published.push({ type: headers.ce_type!, key: message.key!.toString(), data: JSON.parse(message.value!.toString()), headers });
    },
  });
  const db = await mongoose.createConnection(mongoUri, { dbName }).asPromise();
  const sent = new SentEvents(kafkaBrokers);
  const decisionsTopic = `${prefix}parley.moderation-decisions.v1`;

  /** Publishes a moderation decision exactly as the moderation worker does. Returns its event id. */
  async function decide(c: { id: string; articleId: string; authorId: string }, decision: CommentModeratedV1['decision'], opts: { revision?: number; reasons?: CommentModeratedV1['reasons']; eventId?: string; decidedAt?: string } = {}) {
    const data: CommentModeratedV1 = {
      commentId: c.id,
      revision: opts.revision ?? 1,
      articleId: c.articleId,
      authorId: c.authorId,
      decision,
      reasons: opts.reasons ?? [],
      actor: 'system',
      automated: true,
      ruleSetVersion: 1,
      decidedAt: opts.decidedAt ?? new Date().toISOString(),
    };
    const id = opts.eventId ?? randomUUID();
    const meta = await producer.send({
      topic: decisionsTopic,
      acks: -1,
      messages: [{ key: c.id, value: JSON.stringify(data), headers: toKafkaHeaders({ specversion: '1.0', id, source: '/parley/moderation-worker', type: EventTypes.CommentModerated, subject: c.id, time: new Date().toISOString(), datacontenttype: 'application/json' }) }],
    });
    sent.record(id, placementOf(decisionsTopic, meta));
    return id;
  }

  /**
   * Waits until comments-api's decision consumer committed past every decision published with
   * these event ids: by then it has applied or ignored each of them.
   */
  const consumed = (...eventIds: string[]) => sent.consumed(`${prefix}${ConsumerGroups.CommentsApi}`, eventIds);

  const http = (p: string, init: RequestInit & { token?: string; json?: unknown } = {}) => {
    const { token, json, ...rest } = init;
    return fetch(`${api.url}${p}`, {
      ...rest,
      body: json !== undefined ? JSON.stringify(json) : rest.body,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...(rest.headers ?? {}) },
    });
  };

  return {
    api,
    url: api.url,
    prefix,
    published,
    db,
    decide,
    consumed,
    http,
    async stop() {
      await observer.stop();
      await producer.disconnect().catch(() => undefined);
      await db.close().catch(() => undefined);
      await api.stop();
    },
  };
}

export type CommentsApiHarness = Awaited<ReturnType<typeof startCommentsApi>>;
