import mongoose from 'mongoose';
import { Kafka, logLevel } from 'kafkajs';
import { ConsumerGroups } from '@parley/contracts';
import { topicOffsets } from './consumer-progress';
import { eventually, readJson } from './test-env';
import { tokenFor } from './tokens';
import { readTopics } from './topic-reader';

/** Exact counts across the pipeline, read from each app's own database. */
export interface PipelineCounts {
  posted: number;
  decided: number;
  applied: number;
  notifiedInApp: number;
  webhooks: number;
  distinctWebhooks: number;
}

/** What happened to one posted comment, stage by stage. */
export interface CommentAccount {
  id: string;
  /** First decisions stored by the worker (its decision log), revision 1. */
  decisions: number;
  /** Distinct decision events (CloudEvents ids) published for revision 1, and all their copies. */
  decisionEvents: string[];
  decisionEventCopies: number;
  /** The comment's status in comments-api. */
  status: string | null;
  /** In-app notifications about it. */
  notifications: number;
  /** Webhooks received carrying its decision event's id. */
  webhooks: number;
}

/** Per-comment accounting after the pipeline went quiet: every line that is not "once" is a violation. */
export interface PipelineAccount {
  comments: CommentAccount[];
  /** Webhook ids received that are no posted comment's (or marker's) decision event. */
  strayWebhooks: string[];
  violations: string[];
}

export interface PipelineKafka {
  /** The brokers (a function: a test may restart Kafka). */
  brokers: () => string;
  /** The namespace's topic and consumer-group prefix (`system.topicPrefix`). */
  topicPrefix: string;
}

const DECISIONS_TOPIC = 'parley.moderation-decisions.v1';
const COMMENTS_TOPIC = 'parley.comments.v1';

/**
 * Posts comments and accounts for each of them across the pipeline: decided exactly once (one
 * first decision, one decision event id), applied, one in-app notification and one webhook with
 * that event's id. `settle()` waits until every comment went through, then until the pipeline
 * is quiet (each consumer group committed to the end of its topics, and a marker comment posted
 * after that went all the way through), and only then checks each comment; totals that could
 * hide one lost and one doubled comment are not enough.
 */
export class PipelineProbe {
  readonly posted: string[] = [];
  /** Comments posted as quiescence markers: not counted, but their webhooks are expected. */
  readonly markers: string[] = [];
  /** The decision event ids of the markers (their webhooks are not counted). */
  private readonly markerEvents = new Set<string>();
  private conn!: mongoose.Connection;

  constructor(
    private readonly apiUrl: () => string,
    private readonly mongoUri: string,
    private readonly databases: { comments: string; moderation: string; notifications: string },
    private readonly webhookIds: () => string[],
    /** Without it, decision events are not read from Kafka and quiescence is the marker alone. */
    private readonly kafka?: PipelineKafka,
  ) {}

  async open() {
    this.conn = await mongoose.createConnection(this.mongoUri, { serverSelectionTimeoutMS: 5000 }).asPromise();
  }

  async close() {
    await this.conn?.close();
  }

  /** Posts one comment; returns its id, or the response when it was not accepted. */
  async postOne(articleId: string, author: string, body: string): Promise<{ id: string } | { status: number; retryAfter: string | null; body: string }> {
    const res = await fetch(`${this.apiUrl()}/v1/articles/${articleId}/comments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokenFor(author)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ body }),
    });
    if (res.status !== 202) return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.text() };
    return { id: (await readJson(res)).id as string };
  }

  /** Posts `n` comments from `authors` different authors; every answer must be 202. */
  async post(n: number, articleId: string, authors = 10, body = (i: number) => `Comment number ${i} on the story, thanks.`): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = await this.postOne(articleId, `author-${i % authors}`, `${body(this.posted.length)}`);
      if (!('id' in r)) throw new Error(`POST answered ${r.status}: ${r.body}`);
      ids.push(r.id);
      this.posted.push(r.id);
    }
    return ids;
  }

  private db(name: string) {
    return this.conn.useDb(name, { useCache: true }).db!;
  }

  private async countsFor(ids: string[]) {
    const [decided, applied, notifiedInApp] = await Promise.all([
      this.db(this.databases.moderation).collection('decisions').countDocuments({ commentId: { $in: ids } }),
      this.db(this.databases.comments).collection('comments').countDocuments({ _id: { $in: ids.map((id) => new mongoose.Types.ObjectId(id)) }, status: { $ne: 'pending' } }),
      this.db(this.databases.notifications).collection('in_app_notifications').countDocuments({ 'data.commentId': { $in: ids } }),
    ]);
    return { decided, applied, notifiedInApp };
  }

  /**
   * What the servers hold for these comments (default: every posted one), read from the apps'
   * databases rather than from the probe's own list: stored by comments-api, decided by the worker.
   */
  async stored(ids = this.posted): Promise<{ stored: number; decided: number }> {
    const [stored, decided] = await Promise.all([
      this.db(this.databases.comments).collection('comments').countDocuments({ _id: { $in: ids.map((id) => new mongoose.Types.ObjectId(id)) } }),
      this.db(this.databases.moderation).collection('decisions').countDocuments({ commentId: { $in: ids } }),
    ]);
    return { stored, decided };
  }

  async counts(): Promise<PipelineCounts> {
    const ids = this.posted;
    const { decided, applied, notifiedInApp } = await this.countsFor(ids);
    const hooks = this.webhookIds().filter((h) => !this.markerEvents.has(h));
    return { posted: ids.length, decided, applied, notifiedInApp, webhooks: hooks.length, distinctWebhooks: new Set(hooks).size };
  }

  /**
   * Waits until every posted comment is decided, applied and notified, then until the pipeline is
   * quiet, then checks each comment (throwing with the list of violations). Returns the totals.
   */
  async settle(label: string, timeoutMs = 240_000): Promise<PipelineCounts> {
    let last: PipelineCounts | undefined;
    try {
      await eventually(
        `${label}: every comment decided, applied and notified`,
        async () => {
          last = await this.counts();
          const n = last.posted;
          return last.decided === n && last.applied === n && last.notifiedInApp === n && last.distinctWebhooks >= n ? last : undefined;
        },
        timeoutMs,
        500,
      );
      await this.quiesce(label, timeoutMs);
      const account = await this.account();
      if (account.violations.length) throw new Error(`${label}: ${account.violations.length} comment(s) not accounted for exactly once:\n${account.violations.slice(0, 30).join('\n')}`);
      last = await this.counts();
      return last;
    } finally {
      // Exact counts for the log of the test run.
      console.log(`[${label}] ${JSON.stringify(last)}`);
    }
  }

  /**
   * The positive marker that nothing is in flight: every consumer group of the pipeline has
   * committed to the end of the topics it reads, and a marker comment posted after that was
   * decided, applied, notified and its webhook received.
   */
  async quiesce(label: string, timeoutMs = 240_000): Promise<void> {
    if (this.kafka) {
      const { topicPrefix: p } = this.kafka;
      const brokers = this.kafka.brokers();
      await Promise.all([
        waitUntilCaughtUp(brokers, `${p}${ConsumerGroups.ModerationWorker}`, `${p}${COMMENTS_TOPIC}`, timeoutMs),
        waitUntilCaughtUp(brokers, `${p}${ConsumerGroups.CommentsApi}`, `${p}${DECISIONS_TOPIC}`, timeoutMs),
        waitUntilCaughtUp(brokers, `${p}${ConsumerGroups.Notifications}`, `${p}${DECISIONS_TOPIC}`, timeoutMs),
      ]);
    }
    const marker = await this.postOne('pipeline-quiescence-marker', 'quiescence-marker', `Marker ${this.markers.length + 1} after ${label}.`);
    if (!('id' in marker)) throw new Error(`${label}: the quiescence marker was not accepted: ${marker.status} ${marker.body}`);
    this.markers.push(marker.id);
    await eventually(
      `${label}: the quiescence marker through the pipeline`,
      async () => {
        const c = await this.countsFor([marker.id]);
        if (!(c.decided === 1 && c.applied === 1 && c.notifiedInApp === 1)) return false;
        const decision = await this.db(this.databases.moderation).collection('decisions').findOne({ _id: `${marker.id}:1` as never });
        if (!decision?.eventId) return false;
        this.markerEvents.add(decision.eventId as string);
        return this.webhookIds().includes(decision.eventId as string);
      },
      timeoutMs,
      500,
    );
  }

  /** Every decision event on the namespace's decisions topic (read to its end now). */
  async decisionEvents(): Promise<Array<{ id: string; commentId: string; revision: number; decision: string }>> {
    if (!this.kafka) return [];
    const msgs = await readTopicToEnd(this.kafka.brokers(), `${this.kafka.topicPrefix}${DECISIONS_TOPIC}`);
    return msgs.map((m) => {
      const data = JSON.parse(m.value) as { commentId: string; revision: number; decision: string };
      return { id: m.headers.ce_id!, commentId: data.commentId, revision: data.revision, decision: data.decision };
    });
  }

  /** Each posted comment, stage by stage, and what is not exactly once. */
  async account(): Promise<PipelineAccount> {
    const ids = this.posted;
    const oids = ids.map((id) => new mongoose.Types.ObjectId(id));
    const [decisions, comments, notifications, events] = await Promise.all([
      this.db(this.databases.moderation).collection('decisions').find({ commentId: { $in: ids } }, { projection: { commentId: 1, revision: 1, trigger: 1, eventId: 1 } }).toArray(),
      this.db(this.databases.comments).collection('comments').find({ _id: { $in: oids } }, { projection: { status: 1 } }).toArray(),
      this.db(this.databases.notifications).collection('in_app_notifications').find({ 'data.commentId': { $in: [...ids, ...this.markers] } }, { projection: { 'data.commentId': 1 } }).toArray(),
      this.decisionEvents(),
    ]);
    const hooks = this.webhookIds();
    const hookCount = new Map<string, number>();
    for (const h of hooks) hookCount.set(h, (hookCount.get(h) ?? 0) + 1);
    const statusOf = new Map(comments.map((c) => [String(c._id), c.status as string]));
    const count = <T>(list: T[], key: (x: T) => string) => {
      const m = new Map<string, number>();
      for (const x of list) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
      return m;
    };
    const first = decisions.filter((d) => d.revision === 1 && d.trigger !== 'reported');
    const firstDecisions = count(first, (d) => d.commentId as string);
    const loggedEvent = new Map(first.map((d) => [d.commentId as string, d.eventId as string]));
    const notified = count(notifications, (n) => (n.data as { commentId: string }).commentId);
    const eventsOf = new Map<string, Array<{ id: string }>>();
    for (const e of events.filter((x) => x.revision === 1)) eventsOf.set(e.commentId, [...(eventsOf.get(e.commentId) ?? []), e]);

    const violations: string[] = [];
    const accounts = ids.map((id): CommentAccount => {
      const evs = eventsOf.get(id) ?? [];
      // Without Kafka, the decision log's event id stands for the published event.
      const distinct = this.kafka ? [...new Set(evs.map((e) => e.id))] : loggedEvent.has(id) ? [loggedEvent.get(id)!] : [];
      const a: CommentAccount = {
        id,
        decisions: firstDecisions.get(id) ?? 0,
        decisionEvents: distinct,
        decisionEventCopies: evs.length,
        status: statusOf.get(id) ?? null,
        notifications: notified.get(id) ?? 0,
        webhooks: distinct.reduce((n, e) => n + (hookCount.get(e) ?? 0), 0),
      };
      const wrong: string[] = [];
      if (a.decisions !== 1) wrong.push(`${a.decisions} decisions`);
      if (distinct.length !== 1) wrong.push(`${distinct.length} decision events (${distinct.join(', ')})`);
      else if (loggedEvent.get(id) !== distinct[0]) wrong.push(`decision event ${distinct[0]} is not the logged decision's ${loggedEvent.get(id)}`);
      if (a.status === null || a.status === 'pending') wrong.push(`status ${a.status}`);
      if (a.notifications !== 1) wrong.push(`${a.notifications} notifications`);
      if (a.webhooks !== 1) wrong.push(`${a.webhooks} webhooks`);
      if (wrong.length) violations.push(`${id}: ${wrong.join(', ')}`);
      return a;
    });
    if (ids.length !== new Set(ids).size) violations.push('the API returned one id for two comments');
    const known = new Set([...loggedEvent.values(), ...this.markerEvents, ...events.filter((e) => ids.includes(e.commentId) || this.markers.includes(e.commentId)).map((e) => e.id)]);
    const strayWebhooks = [...hookCount.keys()].filter((h) => !known.has(h));
    if (strayWebhooks.length) violations.push(`webhooks for no posted comment: ${strayWebhooks.join(', ')}`);
    for (const m of this.markers) if ((notified.get(m) ?? 0) > 1) violations.push(`marker ${m}: ${notified.get(m)} notifications`);
    return { comments: accounts, strayWebhooks, violations };
  }
}

/** Waits until a consumer group committed to the end of every partition of a topic (nothing left to handle). */
export async function waitUntilCaughtUp(brokers: string, groupId: string, topic: string, timeoutMs = 120_000): Promise<void> {
  const admin = new Kafka({ clientId: `caught-up-${groupId}`, brokers: brokers.split(','), logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    await eventually(
      `consumer group ${groupId} to catch up with ${topic}`,
      async () => {
        const [ends, [committed]] = await Promise.all([admin.fetchTopicOffsets(topic), admin.fetchOffsets({ groupId, topics: [topic] })]);
        const at = new Map((committed?.partitions ?? []).map((p) => [p.partition, BigInt(p.offset)]));
        return ends.every((p) => BigInt(p.high) === 0n || (at.get(p.partition) ?? -1n) >= BigInt(p.high));
      },
      timeoutMs,
      500,
    );
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/** Every message of a topic up to its end offsets at the time of the call. */
export async function readTopicToEnd(brokers: string, topic: string, timeoutMs = 60_000): Promise<Array<{ partition: number; offset: string; key: string | null; value: string; headers: Record<string, string> }>> {
  const kafka = new Kafka({ clientId: 'probe-reader', brokers: brokers.split(','), logLevel: logLevel.NOTHING });
  const ends = await topicOffsets(brokers, topic);
  const wanted = new Map(ends.filter((p) => BigInt(p.high) > BigInt(p.low)).map((p) => [p.partition, BigInt(p.high)]));
  const out: Array<{ partition: number; offset: string; key: string | null; value: string; headers: Record<string, string> }> = [];
  if (!wanted.size) return out;
  const reached = new Set<number>();
  const reader = await readTopics(kafka, {
    groupId: `probe-reader-${Math.random().toString(36).slice(2)}`,
    topics: [topic],
    eachMessage: async ({ partition, message }) => {
      const end = wanted.get(partition);
      if (end === undefined || BigInt(message.offset) >= end) return;
      out.push({ partition, offset: message.offset, key: message.key?.toString() ?? null, value: message.value?.toString() ?? '', headers: Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)])) });
      if (BigInt(message.offset) === end - 1n) reached.add(partition);
    },
  });
  try {
    await eventually(`${topic} read to its end`, async () => reached.size === wanted.size, timeoutMs);
  } finally {
    await reader.stop();
  }
  return out;
}
