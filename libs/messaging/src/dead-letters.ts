import { randomUUID } from 'node:crypto';
import { Admin, IHeaders, Kafka, Partitioners } from 'kafkajs';

export interface DeadLetter {
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
  error: string;
  sourceTopic: string;
  sourcePartition: number;
  sourceOffset: string;
  failedAt: string;
}

const text = (v: IHeaders[string]) => (v === undefined ? undefined : Array.isArray(v) ? String(v[0]) : String(v));

/**
 * The cluster's topics. kafkajs (2.2) answers a metadata request that failed on every broker it
 * tried (a request timeout on a busy machine) with null, and `listTopics` then throws a
 * TypeError ("Cannot destructure property 'topicMetadata'"): that is asked again, a few times.
 */
export async function listTopics(admin: Admin, attempts = 5): Promise<string[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await admin.listTopics();
    } catch (err) {
      if (!(err instanceof TypeError) || attempt >= attempts) throw err;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

/** Reads a dead-letter topic from the beginning up to its current end. */
export async function readDeadLetters(kafka: Kafka, topic: string): Promise<DeadLetter[]> {
  const admin = kafka.admin();
  await admin.connect();
  let ends: Map<number, bigint>;
  try {
    if (!(await listTopics(admin)).includes(topic)) return [];
    ends = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, BigInt(p.high)]));
  } finally {
    await admin.disconnect();
  }
  const remaining = new Set([...ends].filter(([, high]) => high > 0n).map(([p]) => p));
  const out: DeadLetter[] = [];
  if (!remaining.size) return out;
  // A short fetch wait: disconnecting waits for the fetch in flight, which with kafkajs's default
  // (5 s) made every read take 5 s longer than the reading.
  const consumer = kafka.consumer({ groupId: `dlq-reader-${randomUUID()}`, maxWaitTimeInMs: 250 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            if (BigInt(message.offset) >= ends.get(partition)!) return;
            const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, text(v) ?? '']));
            out.push({
              partition,
              offset: message.offset,
              key: message.key?.toString() ?? null,
              value: message.value,
              headers,
              error: headers.dlq_error ?? '',
              sourceTopic: headers.dlq_source_topic ?? '',
              sourcePartition: Number(headers.dlq_source_partition ?? -1),
              sourceOffset: headers.dlq_source_offset ?? '',
              failedAt: headers.dlq_failed_at ?? '',
            });
            if (BigInt(message.offset) + 1n >= ends.get(partition)!) {
              remaining.delete(partition);
              if (!remaining.size) resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return out.sort((a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)));
}

/**
 * Publishes dead letters back to the topic they came from, with their original headers (the
 * dlq_* ones removed) and a `dlq_replayed_from` header, for a consumer to try again once the
 * cause is fixed. Consumers are idempotent, so replaying twice is harmless.
 */
export async function replayDeadLetters(kafka: Kafka, letters: DeadLetter[]): Promise<number> {
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  try {
    for (const l of letters) {
      if (!l.sourceTopic) throw new Error(`dead letter at ${l.partition}/${l.offset} has no dlq_source_topic header`);
      const headers = Object.fromEntries(Object.entries(l.headers).filter(([k]) => !k.startsWith('dlq_')));
      headers.dlq_replayed_from = `${l.partition}/${l.offset}`;
      await producer.send({ topic: l.sourceTopic, acks: -1, messages: [{ key: l.key, value: l.value, headers }] });
    }
  } finally {
    await producer.disconnect();
  }
  return letters.length;
}
