import { Kafka, logLevel, RecordMetadata } from 'kafkajs';
import { eventually } from './test-env';

/** Where one produced message landed. */
export interface Placement {
  topic: string;
  partition: number;
  offset: string;
}

/** The placement of the single message of a `producer.send` (its acks must be -1 or 1 for an offset). */
export function placementOf(topic: string, sent: RecordMetadata[]): Placement {
  const meta = sent.find((m) => m.topicName === topic) ?? sent[0];
  if (!meta || meta.baseOffset === undefined) throw new Error(`the broker returned no offset for the message sent to ${topic}`);
  return { topic, partition: meta.partition, offset: meta.baseOffset };
}

/** The offsets a consumer group has committed on a topic, by partition (-1 when none). */
export async function committedOffsets(brokers: string, groupId: string, topic: string): Promise<Map<number, bigint>> {
  const admin = new Kafka({ clientId: `progress-${groupId}`, brokers: brokers.split(','), logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const [t] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return new Map((t?.partitions ?? []).map((p) => [p.partition, BigInt(p.offset)]));
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/**
 * Waits until a consumer group has committed past every given message: the positive marker of a
 * "nothing else happened" check. The apps commit a partition's offset only past messages whose
 * handler finished (or that went to the retry or dead-letter topic), so once the committed offset
 * is past a message, whatever its handler would do has been done.
 */
export async function waitUntilConsumed(brokers: string, groupId: string, placements: Placement | Placement[], timeoutMs = 60_000): Promise<void> {
  const list = Array.isArray(placements) ? placements : [placements];
  const byTopic = new Map<string, Placement[]>();
  for (const p of list) byTopic.set(p.topic, [...(byTopic.get(p.topic) ?? []), p]);
  for (const [topic, wanted] of byTopic) {
    await eventually(
      `consumer group ${groupId} to commit past ${wanted.map((p) => `${p.partition}@${p.offset}`).join(', ')} on ${topic}`,
      async () => {
        const committed = await committedOffsets(brokers, groupId, topic);
        // The committed offset is the next one to read: past a message means greater than its offset.
        return wanted.every((p) => (committed.get(p.partition) ?? -1n) > BigInt(p.offset));
      },
      timeoutMs,
      200,
    );
  }
}

/**
 * Remembers where every event a harness published landed, by event id, so a test can wait until
 * an app's consumer group has handled them: `await sent.consumed(group, id1, id2)`.
 */
export class SentEvents {
  private readonly byId = new Map<string, Placement[]>();

  constructor(private readonly brokers: string) {}

  record(id: string, placement: Placement): void {
    this.byId.set(id, [...(this.byId.get(id) ?? []), placement]);
  }

  placements(ids: string[]): Placement[] {
    return ids.flatMap((id) => {
      const p = this.byId.get(id);
      if (!p) throw new Error(`no event ${id} was published through this harness`);
      return p;
    });
  }

  /** Waits until `groupId` committed past every message published with these event ids (every copy of a redelivered one). */
  consumed(groupId: string, ids: string[], timeoutMs?: number): Promise<void> {
    return waitUntilConsumed(this.brokers, groupId, this.placements(ids), timeoutMs);
  }
}

/** Waits until a consumer group is stable with `members` members (a rebalance after a replica joined or left is over). */
export async function waitForGroupMembers(brokers: string, groupId: string, members: number, timeoutMs = 90_000): Promise<void> {
  const admin = new Kafka({ clientId: `members-${groupId}`, brokers: brokers.split(','), logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    await eventually(
      `consumer group ${groupId} to be stable with ${members} members`,
      async () => {
        const { groups } = await admin.describeGroups([groupId]);
        const g = groups[0];
        return g?.state === 'Stable' && g.members.length === members;
      },
      timeoutMs,
      250,
    );
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/**
 * A topic's partition offsets (low and high). While a broker restarts or leadership moves, the
 * answer can be a retriable error ("not the leader for that topic-partition"): each retry asks
 * with a fresh admin client, so with fresh metadata, until a deadline.
 */
export async function topicOffsets(brokers: string, topic: string, timeoutMs = 60_000): Promise<Array<{ partition: number; low: string; high: string }>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const admin = new Kafka({ clientId: `offsets-${topic}`, brokers: brokers.split(','), logLevel: logLevel.NOTHING }).admin();
    try {
      await admin.connect();
      return await admin.fetchTopicOffsets(topic);
    } catch (err) {
      if (!isRetriable(err) || Date.now() > deadline) throw err;
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

function isRetriable(err: unknown): boolean {
  for (let e = err as { retriable?: boolean; name?: string; originalError?: unknown; cause?: unknown } | undefined; e; e = (e.originalError ?? e.cause) as typeof e) {
    if (e.retriable || e.name === 'KafkaJSConnectionError' || e.name === 'KafkaJSNumberOfRetriesExceeded') return true;
  }
  return false;
}

/** How many messages a topic holds in all (the sum of its partitions' end offsets). */
export async function topicMessageCount(brokers: string, topic: string): Promise<number> {
  return (await topicOffsets(brokers, topic)).reduce((n, p) => n + Number(p.high), 0);
}
