import { EventTypes } from '@parley/contracts';
import { ICustomPartitioner, Kafka, KafkaJSNonRetriableError, KafkaJSProtocolError, TopicMessages } from 'kafkajs';
import { EventPublisher } from './event-publisher';
import { classifyFailure } from './infrastructure-error';

/**
 * kafkajs producers over a topic of PARTITIONS partitions: each message goes through the
 * producer's partitioner, and the acknowledgement lists every partition written. A failure
 * throws; a function may instead name partitions the acknowledgement leaves out, as kafkajs does
 * when a partition's leader moved during the send to a broker that had already answered.
 */
const PARTITIONS = 3;
type Outcome = Error | { leaveOut: number[] } | undefined;
function fakeKafka(failures: Array<Error | ((messages: string[]) => Outcome)>) {
  const created: Array<{ sent: number; disconnected: boolean; options: Record<string, unknown>; requests: string[][]; partitions: number[][] }> = [];
  const partitionMetadata = Array.from({ length: PARTITIONS }, (_, partitionId) => ({ partitionId, leader: partitionId, replicas: [partitionId], isr: [partitionId], partitionErrorCode: 0 }));
  const kafka = {
    producer: (options: Record<string, unknown>) => {
      const record = { sent: 0, disconnected: false, options, requests: [] as string[][], partitions: [] as number[][] };
      created.push(record);
      const partitioner = (options.createPartitioner as ICustomPartitioner)();
      return {
        on: () => undefined,
        connect: async () => {},
        disconnect: async () => void (record.disconnected = true),
        sendBatch: async ({ topicMessages }: { topicMessages: TopicMessages[] }) => {
          const chosen = topicMessages.flatMap(({ topic, messages }) => messages.map((message) => ({ topic, message, partition: partitioner({ topic, partitionMetadata, message }) })));
          const ids = chosen.map((c) => (c.message.headers as Record<string, string>).ce_id!);
          await new Promise((r) => setTimeout(r, 5)); // a round trip to the broker
          const next = failures[0];
          const outcome: Outcome = typeof next === 'function' ? next(ids) : (failures.shift() as Error | undefined);
          if (outcome instanceof Error) throw outcome;
          const leftOut = new Set(outcome?.leaveOut ?? []);
          const written = chosen.filter((c) => !leftOut.has(c.partition));
          record.sent++;
          record.requests.push(written.map((c) => (c.message.headers as Record<string, string>).ce_id!));
          record.partitions.push([...new Set(chosen.map((c) => c.partition))].sort());
          const acknowledged = new Map(written.map((c) => [`${c.topic}/${c.partition}`, { topicName: c.topic, partition: c.partition, errorCode: 0, baseOffset: '0' }]));
          return [...acknowledged.values()];
        },
      };
    },
  } as unknown as Kafka;
  return { kafka, created };
}

const event = (id: string, key = 'k') => ({
  topic: 't',
  key,
  event: { specversion: '1.0' as const, id, source: '/test', type: EventTypes.QueueItemAdded, time: new Date().toISOString(), datacontenttype: 'application/json' as const, data: {} },
});

describe('EventPublisher', () => {
  it('is idempotent with acks from all replicas when configured so', () => {
    const { kafka, created } = fakeKafka([]);
    new EventPublisher(kafka, { idempotent: true });
    expect(created[0]!.options).toMatchObject({ idempotent: true, maxInFlightRequests: 1 });
  });

  it('replaces a producer that lost its sequence with the broker, reporting an outage so the caller sends again', async () => {
    const answer = new KafkaJSProtocolError({ type: 'OUT_OF_ORDER_SEQUENCE_NUMBER', code: 45, retriable: false, message: 'The broker received an out of order sequence number' } as unknown as Error);
    const desync = new (KafkaJSNonRetriableError as unknown as new (e: Error, o: { cause: Error }) => Error)(answer, { cause: answer });
    const { kafka, created } = fakeKafka([desync]);
    const publisher = new EventPublisher(kafka, { idempotent: true });
    const failed = await publisher.publish([event('e-1')]).catch((err: unknown) => err);
    expect(classifyFailure(failed)).toBe('outage');
    expect(created).toHaveLength(2);
    expect(created[0]!.disconnected).toBe(true);
    await publisher.publish([event('e-1')]);
    expect(created.map((p) => p.sent)).toEqual([0, 1]);
  });

  it('sends a lone call at once and the calls made meanwhile together, in call order', async () => {
    const { kafka, created } = fakeKafka([]);
    const publisher = new EventPublisher(kafka);
    const first = publisher.publish([event('e-1')]);
    await new Promise((r) => setImmediate(r)); // e-1's send is in flight
    await Promise.all([first, publisher.publish([event('e-2')]), publisher.publish([event('e-3'), event('e-4')]), publisher.publish([event('e-5')])]);
    expect(created[0]!.requests).toEqual([['e-1'], ['e-2', 'e-3', 'e-4', 'e-5']]);
    expect(publisher.stats).toEqual({ sends: 2, events: 5, resent: 0 });
  });

  it('fails only the call whose message Kafka refuses for good when calls were sent together', async () => {
    const tooLarge = new KafkaJSProtocolError({ type: 'MESSAGE_TOO_LARGE', code: 10, retriable: false, message: 'The request included a message larger than the max message size the server will accept' } as unknown as Error);
    const { kafka, created } = fakeKafka([(ids) => (ids.includes('bad') ? tooLarge : undefined)]);
    const publisher = new EventPublisher(kafka);
    const first = publisher.publish([event('e-1')]);
    await new Promise((r) => setImmediate(r));
    const outcomes = await Promise.allSettled([first, publisher.publish([event('e-2')]), publisher.publish([event('bad')]), publisher.publish([event('e-3')])]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(classifyFailure((outcomes[2] as PromiseRejectedResult).reason)).toBe('poison');
    expect(created[0]!.requests).toEqual([['e-1'], ['e-2'], ['e-3']]);
  });

  it('sends again the events of a partition kafkajs left out of an acknowledged batch, and only those', async () => {
    // keys spread over the three partitions; the first acknowledgement leaves partition 0 out
    const events = Array.from({ length: 12 }, (_, i) => event(`e-${i}`, `key-${i}`));
    const { kafka, created } = fakeKafka([(ids) => (ids.length === 12 ? { leaveOut: [0] } : undefined)]);
    const publisher = new EventPublisher(kafka);
    await publisher.publish(events);
    const [first, second] = created[0]!.requests;
    expect(created[0]!.partitions).toEqual([[0, 1, 2], [0]]);
    expect(second!.length).toBeGreaterThan(0);
    expect([...first!, ...second!].sort()).toEqual(events.map((e) => e.event.id).sort());
    expect(publisher.stats).toEqual({ sends: 1, events: 12, resent: second!.length });
  });

  it('fails as an outage when Kafka keeps leaving a partition out, so the caller sends the events again', async () => {
    const { kafka, created } = fakeKafka([() => ({ leaveOut: [0, 1, 2] })]);
    const publisher = new EventPublisher(kafka);
    const failed = await publisher.publish([event('e-1')]).catch((err: unknown) => err);
    expect((failed as Error).message).toMatch(/did not acknowledge 1 events \(t\[\d\]\) after 5 sends/);
    expect(classifyFailure(failed)).toBe('outage');
    expect(created[0]!.requests).toEqual([[], [], [], [], []]);
  });
});
