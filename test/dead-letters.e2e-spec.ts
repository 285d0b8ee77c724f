import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, Producer } from 'kafkajs';
import { deadLetterTopic, EventType, validateEventData } from '@parley/contracts';
import { registeredEventHandlers } from '../apps/registered-event-handlers';
import { startSystem } from './support/app-processes';
import { Placement, placementOf, waitUntilConsumed } from './support/consumer-progress';
import { validEventData } from './support/event-samples';
import { readTopicToEnd } from './support/pipeline-probe';
import { testInfrastructure, uniqueNamespace } from './support/test-env';

/**
 * Every consumer group of every app, as its registered `@EventPattern` handlers declare it (a
 * new handler is covered without touching this file): a malformed event of each type it takes
 * goes to the group's dead-letter topic with its error, and the next event with the same key
 * (same partition, after it) is still handled. Broadcast groups have no dead-letter topic by
 * design and are left out.
 */
const consumers = registeredEventHandlers()
  .filter((h) => !h.broadcast)
  .map((h) => ({ app: h.app, group: h.group, topic: h.topic, type: h.type as EventType }));

describe('dead letters: every consumer of every app', () => {
  const namespace = uniqueNamespace('dead-letters');
  const { kafkaBrokers } = testInfrastructure();
  let system: Awaited<ReturnType<typeof startSystem>>;
  let producer: Producer;

  beforeAll(async () => {
    system = await startSystem({ namespace });
    producer = new Kafka({ clientId: 'dead-letters-test', brokers: kafkaBrokers.split(','), logLevel: logLevel.NOTHING }).producer();
    await producer.connect();
  }, 240_000);

  afterAll(async () => {
    await producer?.disconnect();
    await system?.stop();
  }, 120_000);

  it('finds a consumer group of each app to test', () => {
    expect([...new Set(consumers.map((c) => c.app))].sort()).toEqual(['comments-api', 'moderation-worker', 'notifications']);
  });

  const send = async (topic: string, key: string, type: string, id: string, value: string): Promise<Placement> =>
    placementOf(topic, await producer.send({ topic, acks: -1, messages: [{ key, value, headers: { ce_specversion: '1.0', ce_id: id, ce_source: '/test/dead-letters', ce_type: type, ce_time: new Date().toISOString() } }] }));

  it.each(consumers)('$app, group $group: malformed $type goes to the dead-letter topic, the next same-key event is handled', async ({ group, topic: baseTopic, type }) => {
    const topic = system.topicPrefix + baseTopic;
    const groupId = system.topicPrefix + group;
    const key = `dlq-${randomUUID()}`;
    const ids = { badJson: `bad-json-${key}`, badData: `bad-data-${key}`, valid: `valid-${key}` };
    const invalidData = {};
    expect(validateEventData(type, invalidData)).not.toEqual([]);

    const badJson = await send(topic, key, type, ids.badJson, '{"not":"json"');
    const badData = await send(topic, key, type, ids.badData, JSON.stringify(invalidData));
    const valid = await send(topic, key, type, ids.valid, JSON.stringify(validEventData(type, key)));
    expect(new Set([badJson.partition, badData.partition, valid.partition]).size).toBe(1);

    // The group committed past the valid event: the two poison messages before it on the same
    // partition did not hold it up.
    await waitUntilConsumed(kafkaBrokers, groupId, valid, 120_000);

    const dead = (await readTopicToEnd(kafkaBrokers, deadLetterTopic(groupId))).filter((m) => m.key === key);
    const byId = new Map(dead.map((m) => [m.headers.ce_id, m.headers]));
    expect([...byId.keys()].sort()).toEqual([ids.badData, ids.badJson].sort());
    expect(byId.get(ids.badJson)).toMatchObject({
      dlq_error: expect.stringMatching(/value is not JSON/),
      dlq_error_class: 'MalformedEventError',
      dlq_consumer_group: groupId,
      dlq_source_topic: topic,
      dlq_source_partition: String(badJson.partition),
      dlq_source_offset: badJson.offset,
    });
    expect(byId.get(ids.badData)).toMatchObject({
      dlq_error: expect.stringContaining(`data does not match schema ${type}`),
      dlq_error_class: 'MalformedEventError',
      dlq_consumer_group: groupId,
      dlq_source_offset: badData.offset,
    });
    // The valid event was handled, not passed on as a failure: it is on neither the retry nor the dead-letter topic.
    const retried = (await readTopicToEnd(kafkaBrokers, `${groupId}.retry`)).filter((m) => m.key === key);
    expect(retried).toEqual([]);
  }, 240_000);
});
