import { EventTypes } from '@parley/contracts';
import { Kafka, KafkaJSNonRetriableError, KafkaJSProtocolError } from 'kafkajs';
import { EventPublisher } from './event-publisher';
import { classifyFailure } from './infrastructure-error';

/** kafkajs producers that fail as a desynchronised idempotent producer does after a broker failure. */
function fakeKafka(failures: Array<Error | ((messages: string[]) => Error | undefined)>) {
  const created: Array<{ sent: number; disconnected: boolean; options: Record<string, unknown>; requests: string[][] }> = [];
  const kafka = {
    producer: (options: Record<string, unknown>) => {
      const record = { sent: 0, disconnected: false, options, requests: [] as string[][] };
      created.push(record);
      return {
        on: () => undefined,
        connect: async () => {},
        disconnect: async () => void (record.disconnected = true),
        sendBatch: async ({ topicMessages }: { topicMessages: Array<{ messages: Array<{ headers: Record<string, string> }> }> }) => {
          const ids = topicMessages.flatMap((t) => t.messages.map((m) => m.headers.ce_id!));
          await new Promise((r) => setTimeout(r, 5)); // a round trip to the broker
          const next = failures[0];
          const failure = typeof next === 'function' ? next(ids) : failures.shift();
          if (failure) throw failure;
          record.sent++;
          record.requests.push(ids);
        },
      };
    },
  } as unknown as Kafka;
  return { kafka, created };
}

const event = (id: string) => ({
  topic: 't',
  key: 'k',
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
    expect(publisher.stats).toEqual({ sends: 2, events: 5 });
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
});
