import { EventTypes } from '@parley/contracts';
import { Kafka, KafkaJSNonRetriableError, KafkaJSProtocolError } from 'kafkajs';
import { EventPublisher } from './event-publisher';
import { classifyFailure } from './infrastructure-error';

/** kafkajs producers that fail as a desynchronised idempotent producer does after a broker failure. */
function fakeKafka(failures: Error[]) {
  const created: Array<{ sent: number; disconnected: boolean; options: Record<string, unknown> }> = [];
  const kafka = {
    producer: (options: Record<string, unknown>) => {
      const record = { sent: 0, disconnected: false, options };
      created.push(record);
      return {
        on: () => undefined,
        connect: async () => {},
        disconnect: async () => void (record.disconnected = true),
        sendBatch: async () => {
          const failure = failures.shift();
          if (failure) throw failure;
          record.sent++;
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
});
