import mongoose from 'mongoose';
import { Kafka, logLevel } from 'kafkajs';
import { eventually, readJson } from './test-env';
import { tokenFor } from './tokens';

/** Exact counts across the pipeline, read from each app's own database. */
export interface PipelineCounts {
  posted: number;
  decided: number;
  applied: number;
  notifiedInApp: number;
  webhooks: number;
  distinctWebhooks: number;
}

/** Posts comments and counts what every stage did with them, straight from the databases. */
export class PipelineProbe {
  readonly posted: string[] = [];
  private conn!: mongoose.Connection;

  constructor(
    private readonly apiUrl: () => string,
    private readonly mongoUri: string,
    private readonly databases: { comments: string; moderation: string; notifications: string },
    private readonly webhookIds: () => string[],
  ) {}

  async open() {
    this.conn = await mongoose.createConnection(this.mongoUri, { serverSelectionTimeoutMS: 5000 }).asPromise();
  }

  async close() {
    await this.conn?.close();
  }

  /** Posts `n` comments from `authors` different authors; every answer must be 202. */
  async post(n: number, articleId: string, authors = 10, body = (i: number) => `Comment number ${i} on the story, thanks.`): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const token = tokenFor(`author-${i % authors}`);
      const res = await fetch(`${this.apiUrl()}/v1/articles/${articleId}/comments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ body: `${body(this.posted.length)}` }),
      });
      if (res.status !== 202) throw new Error(`POST answered ${res.status}: ${await res.text()}`);
      const id = (await readJson(res)).id as string;
      ids.push(id);
      this.posted.push(id);
    }
    return ids;
  }

  private db(name: string) {
    return this.conn.useDb(name, { useCache: true }).db!;
  }

  async counts(): Promise<PipelineCounts> {
    const ids = this.posted;
    const [decided, applied, notifiedInApp] = await Promise.all([
      this.db(this.databases.moderation).collection('decisions').countDocuments({ commentId: { $in: ids } }),
      this.db(this.databases.comments).collection('comments').countDocuments({ _id: { $in: ids.map((id) => new mongoose.Types.ObjectId(id)) }, status: { $ne: 'pending' } }),
      this.db(this.databases.notifications).collection('in_app_notifications').countDocuments({ 'data.commentId': { $in: ids } }),
    ]);
    const hooks = this.webhookIds();
    return { posted: ids.length, decided, applied, notifiedInApp, webhooks: hooks.length, distinctWebhooks: new Set(hooks).size };
  }

  /** Waits until every posted comment is decided, applied and notified; returns the counts. */
  async settle(label: string, timeoutMs = 240_000): Promise<PipelineCounts> {
    let last: PipelineCounts | undefined;
    try {
      return await eventually(
        `${label}: every comment decided, applied and notified`,
        async () => {
          last = await this.counts();
          const n = last.posted;
          return last.decided === n && last.applied === n && last.notifiedInApp === n && last.distinctWebhooks >= n ? last : undefined;
        },
        timeoutMs,
        500,
      );
    } finally {
      // Exact counts for the log of the test run.
      console.log(`[${label}] ${JSON.stringify(last)}`);
    }
  }
}

/** Reads a topic from the beginning with a throwaway consumer and returns its messages' headers. */
export async function readTopic(brokers: string, topic: string, expected: number, timeoutMs = 30_000): Promise<Array<Record<string, string>>> {
  const kafka = new Kafka({ clientId: 'probe', brokers: brokers.split(','), logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `probe-${Math.random().toString(36).slice(2)}` });
  const out: Array<Record<string, string>> = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({ eachMessage: async ({ message }) => void out.push(Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]))) });
  try {
    await eventually(`${expected} messages on ${topic}`, async () => out.length >= expected, timeoutMs);
  } finally {
    await consumer.disconnect();
  }
  return out;
}
