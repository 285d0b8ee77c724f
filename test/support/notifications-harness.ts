import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { simpleParser, ParsedMail } from 'mailparser';
import mongoose from 'mongoose';
import { SMTPServer } from 'smtp-server';
import { ConsumerGroups } from '@parley/contracts';
import { RunningApp, startApp, startTogether } from './app-processes';
import { placementOf, SentEvents, waitForGroupMembers } from './consumer-progress';
import { appEnv, databaseName, logDirFor } from './app-env';
import { eventually, testInfrastructure } from './test-env';
import { readTopics } from './topic-reader';

/**
 * The notifications app alone (one or more replicas sharing a database and consumer group) on
 * the test Kafka and database, with a producer for the events other apps would publish and a
 * direct database connection for assertions.
 */
export class NotificationsHarness {
  readonly replicas: RunningApp[] = [];
  readonly env: Record<string, string>;
  readonly topicPrefix: string;
  readonly dbName: string;
  private readonly kafka: Kafka;
  private producer?: Producer;
  private conn?: mongoose.Connection;
  readonly logDir: string;
  /** Where every event published through this harness landed, by event id. */
  readonly sent: SentEvents;
  /** The consumer group of the notifications app (every replica is a member). */
  readonly groupId: string;

  constructor(readonly namespace: string, extraEnv: Record<string, string> = {}) {
    const { kafkaBrokers } = testInfrastructure();
    this.topicPrefix = `${namespace}.`;
    this.dbName = databaseName(namespace, 'notifications');
    this.logDir = logDirFor(namespace);
    this.env = appEnv('notifications', namespace, {
      NOTIFY_EML_DIR: path.join(this.logDir, 'mail'),
      RATE_LIMIT_ENABLED: 'false', // many calls from one address; throttling is tested in http-hardening
      ...extraEnv,
    });
    this.kafka = new Kafka({ clientId: `${namespace}-producer`, brokers: kafkaBrokers.split(','), logLevel: logLevel.NOTHING });
    this.sent = new SentEvents(kafkaBrokers);
    this.groupId = `${this.topicPrefix}${ConsumerGroups.Notifications}`;
  }

  /**
   * Waits until the notifications consumer group committed past every message published with
   * these event ids: whatever the app does with them (feed items, queued emails and digest items,
   * webhook deliveries) is stored by then. The positive marker of "nothing else happened" checks.
   */
  consumed(...eventIds: string[]): Promise<void> {
    return this.sent.consumed(this.groupId, eventIds);
  }

  /** Waits until every running replica is a member of the (stable) consumer group, so each owns partitions. */
  groupStable(): Promise<void> {
    return waitForGroupMembers(this.env.KAFKA_BROKERS!, this.groupId, this.replicas.length);
  }

  get url(): string {
    return this.replicas[0]!.url;
  }

  /** Starts the replicas side by side (as a deployment does). */
  async start(replicas = 1): Promise<this> {
    this.replicas.push(...(await startTogether(Array.from({ length: replicas }, () => () => startApp('notifications', this.env, this.logDir)))));
    return this;
  }

  async addReplica(extraEnv: Record<string, string> = {}): Promise<RunningApp> {
    const app = await startApp('notifications', { ...this.env, ...extraEnv }, this.logDir);
    this.replicas.push(app);
    return app;
  }

  async stopReplica(app: RunningApp, signal: NodeJS.Signals = 'SIGTERM') {
    await app.stop(signal);
    this.replicas.splice(this.replicas.indexOf(app), 1);
  }

  private producing?: Promise<Producer>;

  /** One producer, connected once even when several publishes start together. */
  private connectedProducer(): Promise<Producer> {
    this.producing ??= (async () => {
      this.producer = this.kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
      await this.producer.connect();
      return this.producer;
    })();
    return this.producing;
  }

  /** Publishes one CloudEvent (binary mode) as the producing app would; returns its id. */
  async publish(topic: string, type: string, key: string, data: unknown, id: string = randomUUID(), source = '/parley/comments-api'): Promise<string> {
    const producer = await this.connectedProducer();
    const sent = await producer.send({
      topic: this.topicPrefix + topic,
      acks: -1,
      messages: [
        {
          key,
          value: typeof data === 'string' ? data : JSON.stringify(data),
          headers: { ce_specversion: '1.0', ce_id: id, ce_source: source, ce_type: type, ce_time: new Date().toISOString(), ce_subject: key, 'content-type': 'application/json' },
        },
      ],
    });
    this.sent.record(id, placementOf(this.topicPrefix + topic, sent));
    return id;
  }

  /** Publishes several CloudEvents of one type in one request (as the outbox relay does); returns their ids. */
  async publishMany(topic: string, type: string, events: Array<{ key: string; data: unknown }>, source = '/parley/comments-api'): Promise<string[]> {
    const producer = await this.connectedProducer();
    const ids = events.map(() => randomUUID());
    const sent = await producer.send({
      topic: this.topicPrefix + topic,
      acks: -1,
      messages: events.map((e, i) => ({
        key: e.key,
        value: JSON.stringify(e.data),
        headers: { ce_specversion: '1.0', ce_id: ids[i]!, ce_source: source, ce_type: type, ce_time: new Date().toISOString(), ce_subject: e.key, 'content-type': 'application/json' },
      })),
    });
    // One request per partition: each partition's base offset is its first message's, in the order sent.
    const next = new Map(sent.map((m) => [m.partition, BigInt(m.baseOffset!)]));
    const partitions = await this.partitionsOf(topic, events.map((e) => e.key));
    ids.forEach((id, i) => {
      const partition = partitions[i]!;
      const offset = next.get(partition)!;
      next.set(partition, offset + 1n);
      this.sent.record(id, { topic: this.topicPrefix + topic, partition, offset: String(offset) });
    });
    return ids;
  }

  /** Sends raw bytes with raw headers (for malformed-event tests); recorded under its ce_id header when it has one. */
  async publishRaw(topic: string, key: string, value: string, headers: Record<string, string>) {
    const producer = await this.connectedProducer();
    const sent = await producer.send({ topic: this.topicPrefix + topic, acks: -1, messages: [{ key, value, headers }] });
    const placement = placementOf(this.topicPrefix + topic, sent);
    if (headers.ce_id) this.sent.record(headers.ce_id, placement);
    return placement;
  }

  /** The partitions the default partitioner chose for these keys (murmur2, as the apps' producers). */
  private async partitionsOf(topic: string, keys: string[]): Promise<number[]> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const meta = await admin.fetchTopicMetadata({ topics: [this.topicPrefix + topic] });
      const partitionMetadata = meta.topics[0]!.partitions.map((p) => ({ partitionId: p.partitionId, leader: p.leader, replicas: p.replicas, isr: p.isr }));
      const partitioner = Partitioners.DefaultPartitioner();
      return keys.map((key) => partitioner({ topic: this.topicPrefix + topic, partitionMetadata: partitionMetadata as never, message: { key, value: null } }));
    } finally {
      await admin.disconnect();
    }
  }

  /** Reads every message of a topic from the beginning until `until` is satisfied. */
  async readTopic(topic: string, until: (msgs: Array<{ key: string | null; value: string; headers: Record<string, string> }>) => boolean, timeoutMs = 30_000) {
    const msgs: Array<{ key: string | null; value: string; headers: Record<string, string> }> = [];
    const reader = await readTopics(this.kafka, {
      groupId: `${this.namespace}-reader-${randomUUID()}`,
      topics: [this.topicPrefix + topic],
      eachMessage: async ({ message }) => {
        msgs.push({ key: message.key?.toString() ?? null, value: message.value?.toString() ?? '', headers: Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)])) });
      },
    });
    const deadline = Date.now() + timeoutMs;
    while (!until(msgs) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    await reader.stop();
    return msgs;
  }

  async db(): Promise<mongoose.mongo.Db> {
    this.conn ??= await mongoose.createConnection(testInfrastructure().mongoUri, { serverSelectionTimeoutMS: 5000 }).asPromise();
    return this.conn.useDb(this.dbName).db!;
  }

  async stop() {
    await Promise.all(this.replicas.map((r) => r.stop()));
    this.replicas.length = 0;
    await this.producer?.disconnect().catch(() => undefined);
    await this.conn?.close().catch(() => undefined);
  }

  /**
   * Sets a user's notification settings including `email`, then confirms the address as its
   * owner would: takes the link from the confirmation email (from a test SMTP server's messages,
   * or a development replica's .eml directory), opens its page and presses the button. Returns
   * the settings afterwards (`email` confirmed).
   */
  async setConfirmedEmail(token: string, settings: { email: string } & Record<string, unknown>, mail: CapturedMail[] | string): Promise<any> {
    const address = settings.email.toLowerCase();
    const before = (await confirmationMails(mail, address)).length;
    const put = await this.api('/v1/me/notification-settings', { method: 'PUT', token, body: JSON.stringify(settings) });
    if (put.status !== 200) throw new Error(`settings PUT answered ${put.status}: ${await put.text()}`);
    const mails = await eventually(`confirmation email to ${address}`, async () => {
      const found = await confirmationMails(mail, address);
      return found.length > before ? found : undefined;
    });
    const confirmed = await this.followConfirmationLink(confirmationLink(mails[mails.length - 1]!));
    if (confirmed.status !== 200) throw new Error(`confirmation answered ${confirmed.status}: ${await confirmed.text()}`);
    return (await this.api('/v1/me/notification-settings', { token })).json();
  }

  /** Opens a confirmation link's page on this app (GET) and presses its button (POST); returns the POST's response. */
  async followConfirmationLink(pathAndQuery: string): Promise<Response> {
    const page = await fetch(`${this.url}${pathAndQuery}`);
    if (page.status !== 200) return page;
    const action = /<form method="post" action="([^"]+)"/.exec(await page.text())?.[1];
    if (!action) throw new Error('the confirmation page has no form');
    return fetch(new URL(action.replace(/&amp;/g, '&'), `${this.url}${pathAndQuery}`), { method: 'POST' });
  }

  /** Calls the first replica's HTTP API. */
  api(pathname: string, init: RequestInit & { token?: string; replica?: number } = {}): Promise<JsonResponse> {
    const base = this.replicas[init.replica ?? 0]!.url;
    return fetch(`${base}${pathname}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...(init.headers ?? {}) },
    });
  }
}

/** A fetch Response whose JSON body is untyped (tests assert on it). */
export type JsonResponse = Omit<Response, 'json'> & { json(): Promise<any> };

export interface CapturedMail {
  envelope: { from: string; to: string[] };
  raw: string;
  parsed: ParsedMail;
}

/** A real SMTP server (smtp-server) that records every message it accepts, parsed with mailparser. */
export async function startSmtpServer(): Promise<{ url: string; port: number; messages: CapturedMail[]; close(): Promise<void> }> {
  const messages: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const parsed = await simpleParser(raw);
        messages.push({
          envelope: { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address) },
          raw,
          parsed,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return { url: `smtp://127.0.0.1:${port}`, port, messages, close: () => new Promise<void>((r) => server.close(() => r())) };
}

export interface SseEvent {
  event: string;
  id?: string;
  data: string;
}

/** A minimal EventSource over fetch: collects events until closed. */
export function openEventStream(url: string, headers: Record<string, string> = {}) {
  const events: SseEvent[] = [];
  const controller = new AbortController();
  let status = 0;
  const ready = (async () => {
    const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
    status = res.status;
    if (!res.ok || !res.body) return res;
    void (async () => {
      const decoder = new TextDecoder();
      let buf = '';
      try {
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          buf += decoder.decode(chunk, { stream: true });
          let i: number;
          while ((i = buf.indexOf('\n\n')) >= 0) {
            const block = buf.slice(0, i);
            buf = buf.slice(i + 2);
            const e: SseEvent = { event: 'message', data: '' };
            const data: string[] = [];
            for (const line of block.split('\n')) {
              if (line.startsWith(':')) continue;
              const [k, ...rest] = line.split(':');
              const v = rest.join(':').replace(/^ /, '');
              if (k === 'event') e.event = v;
              else if (k === 'id') e.id = v;
              else if (k === 'data') data.push(v);
            }
            e.data = data.join('\n');
            if (data.length) events.push(e);
          }
        }
      } catch {
        /* aborted */
      }
    })();
    return res;
  })();
  return { events, ready, status: () => status, close: () => controller.abort() };
}

/** The path and query of the confirmation link in a confirmation email's text. */
export function confirmationLink(text: string): string {
  const m = /https?:\/\/[^/\s]+(\/v1\/email-confirmation\?token=[\w.-]+)/.exec(text);
  if (!m) throw new Error(`no confirmation link in: ${text}`);
  return m[1]!;
}

/** Texts of the address-confirmation emails to `address`, oldest first, from captured SMTP messages or an .eml directory. */
export async function confirmationMails(mail: CapturedMail[] | string, address: string): Promise<string[]> {
  const parsed = typeof mail === 'string' ? await Promise.all(emlFiles(mail).map(async (f) => simpleParser(fs.readFileSync(path.join(mail, f))))) : mail.filter((m) => m.envelope.to.includes(address)).map((m) => m.parsed);
  return parsed
    .filter((p) => p.headers.get('x-parley-kind') === 'email.confirmation' && (typeof mail !== 'string' || (p.to as { text?: string } | undefined)?.text === address))
    .sort((a, b) => (typeof mail === 'string' ? (a.date?.getTime() ?? 0) - (b.date?.getTime() ?? 0) : 0))
    .map((p) => p.text ?? '');
}

/** Lists the .eml files a development-mode replica wrote. */
export function emlFiles(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.eml')) : [];
}
