import { Consumer, Kafka, logLevel, Producer } from 'kafkajs';
import { committedOffsets, placementOf, waitUntilConsumed } from './support/consumer-progress';
import { eventually, testInfrastructure, uniqueNamespace } from './support/test-env';

/**
 * The positive marker behind every "nothing else happened" check: `waitUntilConsumed` returns
 * only once the group committed past the message, never while the message's handler is still
 * running (its committed offset then points at the message itself). Checked on the real broker
 * with a plain kafkajs consumer group whose handler the test holds and releases: no app, no
 * database.
 */
describe('waitUntilConsumed (test/support/consumer-progress.ts)', () => {
  const { kafkaBrokers } = testInfrastructure();
  const kafka = new Kafka({ clientId: 'consumer-progress-test', brokers: kafkaBrokers.split(','), logLevel: logLevel.NOTHING });
  const topic = `${uniqueNamespace('consumer-progress')}.messages`;
  const groupId = `${topic}.group`;
  let producer: Producer;
  let consumer: Consumer;
  let release: () => void = () => undefined;

  afterAll(async () => {
    release(); // a failed check must not leave the handler held (disconnect waits for it)
    await consumer?.disconnect();
    await producer?.disconnect();
  });

  it('does not return while the handler of the message runs, and returns once it finished', async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1, replicationFactor: 1 }] });
    await admin.disconnect();
    producer = kafka.producer();
    await producer.connect();

    const handled: string[] = [];
    let holding = false;
    const held = new Promise<void>((resolve) => (release = resolve));
    // Commits after every handled message, like the apps' consumers commit a finished prefix.
    consumer = kafka.consumer({ groupId, sessionTimeout: 120_000, rebalanceTimeout: 120_000 });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      autoCommitThreshold: 1,
      eachMessage: async ({ message }) => {
        const value = message.value!.toString();
        if (value === 'held') {
          holding = true;
          await held;
        }
        handled.push(value);
      },
    });

    const first = placementOf(topic, await producer.send({ topic, acks: -1, messages: [{ key: 'k', value: 'first' }] }));
    await waitUntilConsumed(kafkaBrokers, groupId, first, 120_000);
    expect(handled).toEqual(['first']);

    const second = placementOf(topic, await producer.send({ topic, acks: -1, messages: [{ key: 'k', value: 'held' }] }));
    await eventually('the handler of the second message to be running', async () => holding, 120_000);
    // The group committed up to the held message, not past it, and cannot move while it is held.
    expect((await committedOffsets(kafkaBrokers, groupId, topic)).get(second.partition)).toBe(BigInt(second.offset));
    // So the helper must not return: the state it polls is frozen for as long as the handler is held.
    // (Its first poll already sees that state; a helper that returns early does so at once.)
    await expect(waitUntilConsumed(kafkaBrokers, groupId, second, 5_000)).rejects.toThrow(`consumer group ${groupId} to commit past`);
    expect(handled).toEqual(['first']);

    release();
    await waitUntilConsumed(kafkaBrokers, groupId, second, 120_000);
    expect(handled).toEqual(['first', 'held']);
  }, 300_000);
});
