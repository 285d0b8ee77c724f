import { EventTypes } from '@parley/contracts';
import { KafkaJSConnectionError, KafkaJSNonRetriableError, KafkaJSNumberOfRetriesExceeded, KafkaJSProtocolError, KafkaMessage } from 'kafkajs';
import { ConsumedEvent, EventConsumer, EventConsumerOptions } from './event-consumer';
import { PoisonMessageError } from './infrastructure-error';
import { batch, fakeKafka, gate, headersOf, message, runBatch, TOPIC } from './testing/fake-kafka';

const GROUP = 'test-group';

async function engine(opts: Partial<EventConsumerOptions> & Pick<EventConsumerOptions, 'handlers'>) {
  const { kafka, consumers, producer, provisioned, provisioner } = fakeKafka();
  const e = new EventConsumer(kafka, { groupId: GROUP, topics: [TOPIC], provisioner, ...opts });
  await e.start();
  const consumer = consumers[0]!;
  return { e, consumer, producer, provisioned, run: (b: ReturnType<typeof batch>) => runBatch(consumer, b) };
}

describe('EventConsumer (the consumer engine) on fake batches', () => {
  it('keeps each key in offset order while other keys overlap, and resolves offsets only as a finished prefix', async () => {
    const log: string[] = [];
    const slow = gate();
    const slowStarted = gate();
    const { run } = await engine({
      handlers: {
        [EventTypes.CommentSubmitted]: async (e) => {
          log.push(`start ${e.id}`);
          if (e.id === 'a1') {
            slowStarted.open();
            await slow.opened;
          }
          log.push(`end ${e.id}`);
        },
      },
    });
    const b = batch([message(0, 'a', 'a1'), message(1, 'b', 'b1'), message(2, 'a', 'a2'), message(3, 'b', 'b2'), message(4, 'c', 'c1')]);
    const done = run(b);
    await slowStarted.opened;
    // b and c finish while a1 is held; a2 waits for a1; nothing past a1 is resolved.
    for (let i = 0; i < 200 && !['end b2', 'end c1'].every((x) => log.includes(x)); i++) await new Promise((r) => setTimeout(r, 5));
    expect(log).toEqual(expect.arrayContaining(['end b1', 'end b2', 'end c1']));
    expect(log).not.toContain('start a2');
    expect(log.indexOf('end b1')).toBeLessThan(log.indexOf('start b2'));
    expect(b.resolved).toEqual([]);
    slow.open();
    await done;
    expect(log.indexOf('end a1')).toBeLessThan(log.indexOf('start a2'));
    expect(b.resolved).toEqual(['0', '1', '2', '3', '4']);
    expect(b.commits.at(-1)).toEqual(['0', '1', '2', '3', '4']);
  });

  it('gives the handler the CloudEvent with topic, partition, offset and key', async () => {
    const seen: ConsumedEvent[] = [];
    const { run } = await engine({ handlers: { [EventTypes.CommentSubmitted]: async (e) => void seen.push(e) } });
    await run(batch([message(7, 'c-1', 'e-1')], TOPIC, 2));
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ id: 'e-1', type: EventTypes.CommentSubmitted, topic: TOPIC, partition: 2, offset: '7', key: 'c-1', data: { commentId: 'e-1' } });
  });

  it('dead-letters malformed messages with their error and keeps the partition flowing', async () => {
    const handled: string[] = [];
    const { run, producer, provisioned } = await engine({ handlers: { [EventTypes.CommentSubmitted]: async (e) => void handled.push(e.id) } });
    expect(provisioned.sort()).toEqual([`${GROUP}.dlq`, `${GROUP}.retry`]);
    const b = batch([message(0, 'k', 'bad-json', 'not json'), message(1, 'k', 'bad-schema', JSON.stringify({ commentId: 'x' })), message(2, 'k', 'good')]);
    await run(b);
    expect(handled).toEqual(['good']);
    expect(b.resolved).toEqual(['0', '1', '2']);
    expect(producer.sent.map((s) => s.topic)).toEqual([`${GROUP}.dlq`, `${GROUP}.dlq`]);
    const [first, second] = producer.sent.map(headersOf);
    expect(first).toMatchObject({ ce_id: 'bad-json', dlq_source_topic: TOPIC, dlq_source_partition: '0', dlq_source_offset: '0', dlq_consumer_group: GROUP });
    expect(first!.dlq_error).toMatch(/value is not JSON/);
    expect(second!.dlq_error).toMatch(/does not match schema/);
  });

  it('dead-letters at once what a handler declares poison, and what Kafka refuses for good (a non-retriable error)', async () => {
    const calls = new Map<string, number>();
    // As kafkajs's retrier reports a non-retriable broker answer: wrapped, the answer as the cause.
    const answer = new KafkaJSProtocolError({ type: 'MESSAGE_TOO_LARGE', code: 10, retriable: false, message: 'The request included a message larger than the max message size the server will accept' } as unknown as Error);
    const tooLarge = new (KafkaJSNonRetriableError as unknown as new (e: Error, o: { cause: Error }) => Error)(answer, { cause: answer });
    const { run, producer } = await engine({
      handlers: {
        [EventTypes.CommentSubmitted]: async (e) => {
          calls.set(e.id, (calls.get(e.id) ?? 0) + 1);
          if (e.id === 'poison') throw new PoisonMessageError('cannot be applied');
          if (e.id === 'too-large') throw tooLarge;
        },
      },
    });
    const b = batch([message(0, 'p', 'poison'), message(1, 't', 'too-large'), message(2, 'o', 'ok')]);
    await run(b);
    expect(Object.fromEntries(calls)).toEqual({ poison: 1, 'too-large': 1, ok: 1 });
    expect(b.resolved).toEqual(['0', '1', '2']);
    const letters = producer.sent.map(headersOf);
    expect(letters.map((h) => [h.ce_id, h.dlq_error_class])).toEqual([
      ['poison', 'PoisonMessageError'],
      ['too-large', 'KafkaJSNonRetriableError'],
    ]);
    expect(letters[1]!.dlq_error).toMatch(/larger than the max message size/);
  });

  it('waits out a retriable Kafka error in place, without dead-lettering or the retry topic', async () => {
    let calls = 0;
    const outage = new KafkaJSNumberOfRetriesExceeded(new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 127.0.0.1:9092'), { retryCount: 5, retryTime: 2000 });
    const { run, producer } = await engine({
      maxAttempts: 1,
      handlers: {
        [EventTypes.CommentSubmitted]: async () => {
          if (++calls <= 2) throw outage;
        },
      },
    });
    const b = batch([message(0, 'k', 'e1')]);
    await run(b);
    expect(calls).toBe(3);
    expect(producer.sent).toEqual([]);
    expect(b.resolved).toEqual(['0']);
  });

  it('moves a failing message to the retry topic after its in-place attempts, and handles it from there as its source', async () => {
    const calls: ConsumedEvent[] = [];
    const { run, producer } = await engine({
      maxAttempts: 2,
      retryDelaysMs: [0, 0],
      handlers: {
        [EventTypes.CommentSubmitted]: async (e) => {
          calls.push(e);
          if (calls.length <= 2) throw new Error(`handler failure ${calls.length}`);
        },
      },
    });
    const b = batch([message(5, 'k', 'flaky'), message(6, 'k', 'next')], TOPIC, 1);
    await run(b);
    // Two attempts in place, then to the retry topic; the key's next message is not held up.
    expect(calls.map((e) => e.id)).toEqual(['flaky', 'flaky', 'next']);
    expect(b.resolved).toEqual(['5', '6']);
    expect(producer.sent.map((s) => s.topic)).toEqual([`${GROUP}.retry`]);
    const retry = producer.sent[0]!.messages[0]!;
    expect(headersOf(producer.sent[0]!)).toMatchObject({ retry_attempt: '1', retry_source_topic: TOPIC, retry_source_partition: '1', retry_source_offset: '5', retry_error: 'handler failure 2', ce_id: 'flaky' });

    // The retry topic delivers it back: handled as the original message (its topic, partition and offset).
    const fromRetry = { ...message(0, 'k', 'flaky'), key: retry.key, value: retry.value, headers: retry.headers } as KafkaMessage;
    const r = batch([fromRetry], `${GROUP}.retry`, 0);
    await run(r);
    expect(calls.at(-1)).toMatchObject({ id: 'flaky', topic: TOPIC, partition: 1, offset: '5' });
    expect(r.resolved).toEqual(['0']);
    expect(producer.sent).toHaveLength(1);
  });

  it('dead-letters a message whose retries ran out, with the last error and its original position', async () => {
    let calls = 0;
    const { run, producer } = await engine({
      maxAttempts: 1,
      retryDelaysMs: [0],
      handlers: {
        [EventTypes.CommentSubmitted]: async () => {
          throw new Error(`handler failure ${++calls}`);
        },
      },
    });
    await run(batch([message(3, 'k', 'hopeless')]));
    const retry = producer.sent[0]!.messages[0]!;
    await run(batch([{ ...message(0, 'k', 'hopeless'), value: retry.value, headers: retry.headers } as KafkaMessage], `${GROUP}.retry`));
    expect(producer.sent.map((s) => s.topic)).toEqual([`${GROUP}.retry`, `${GROUP}.dlq`]);
    expect(headersOf(producer.sent[1]!)).toMatchObject({ dlq_error: 'handler failure 2', dlq_source_topic: TOPIC, dlq_source_offset: '3', ce_id: 'hopeless' });
  });

  it('shutting down mid-batch: messages in hand finish, nothing new starts, only the finished prefix is resolved and committed', async () => {
    const started: string[] = [];
    const held = gate();
    const heldStarted = gate();
    const { e, run } = await engine({
      concurrencyPerPartition: 2,
      handlers: {
        [EventTypes.CommentSubmitted]: async (ev) => {
          started.push(ev.id);
          if (ev.id === 'held') {
            heldStarted.open();
            await held.opened;
          }
        },
      },
    });
    const b = batch([message(0, 'a', 'quick'), message(1, 'b', 'held'), message(2, 'c', 'later-1'), message(3, 'd', 'later-2')]);
    const done = run(b);
    await heldStarted.opened;
    const stopped = e.stop();
    held.open();
    await done;
    await stopped;
    expect(started).toEqual(['quick', 'held']);
    expect(b.resolved).toEqual(['0', '1']);
    expect(b.commits.at(-1)).toEqual(['0', '1']);
    expect(e.membership().state).toBe('stopped');
  });

  it('shutting down during an outage abandons the waiting message, unresolved, for the next owner of the partition', async () => {
    const outage = new KafkaJSNumberOfRetriesExceeded(new KafkaJSConnectionError('Connection error'), { retryCount: 5, retryTime: 2000 });
    const failing = gate();
    const { e, run } = await engine({
      handlers: {
        [EventTypes.CommentSubmitted]: async (ev) => {
          if (ev.id === 'stuck') {
            failing.open();
            throw outage;
          }
        },
      },
    });
    const b = batch([message(0, 'a', 'first'), message(1, 'b', 'stuck'), message(2, 'c', 'after')]);
    const done = run(b);
    await failing.opened;
    await e.stop();
    await done;
    // 'after' (another key) may have finished, but the prefix stops at the abandoned message.
    expect(b.resolved).toEqual(['0']);
  });

  it('reports its group membership from the consumer events', async () => {
    const { e, consumer } = await engine({ handlers: { [EventTypes.CommentSubmitted]: async () => {} } });
    const joined: string[] = [];
    e.onJoined((m) => joined.push(m.memberId!));
    expect(e.membership().state).toBe('starting');
    consumer.emit(consumer.events.GROUP_JOIN, { memberId: 'm-1', memberAssignment: { [TOPIC]: [0, 2] } });
    expect(e.membership()).toMatchObject({ groupId: GROUP, mode: 'group', state: 'joined', memberId: 'm-1', assignment: { [TOPIC]: [0, 2] } });
    expect(joined).toEqual(['m-1']);
    consumer.emit(consumer.events.REBALANCING, {});
    expect(e.membership().state).toBe('rebalancing');
    consumer.emit(consumer.events.CRASH, { error: new Error('boom'), restart: false });
    expect(e.membership()).toMatchObject({ state: 'crashed', error: 'boom' });
  });

  it('joins its group again after a crash kafkajs does not restart from, and not once it is stopping', async () => {
    const { e, consumer } = await engine({ handlers: { [EventTypes.CommentSubmitted]: async () => {} } });
    const runs = jest.spyOn(consumer, 'run');
    const disconnects = jest.spyOn(consumer, 'disconnect');
    jest.useFakeTimers();
    try {
      consumer.emit(consumer.events.CRASH, { error: new Error('Failed to find group coordinator'), restart: false });
      expect(e.membership().state).toBe('crashed');
      await jest.advanceTimersByTimeAsync(1000);
      expect(disconnects).toHaveBeenCalledTimes(1);
      expect(runs).toHaveBeenCalledTimes(1);
      consumer.emit(consumer.events.GROUP_JOIN, { memberId: 'm-2', memberAssignment: { [TOPIC]: [0] } });
      expect(e.membership()).toMatchObject({ state: 'joined', memberId: 'm-2' });

      // A crash kafkajs restarts from itself is left to kafkajs; a crash while stopping is not restarted.
      consumer.emit(consumer.events.CRASH, { error: new Error('retriable'), restart: true });
      consumer.emit(consumer.events.CRASH, { error: new Error('Failed to find group coordinator'), restart: false });
      const stopped = e.stop();
      await jest.advanceTimersByTimeAsync(1000);
      await stopped;
      expect(runs).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('broadcast mode: starts at the end, never commits, has no retry or dead-letter topics, and skips what it cannot use', async () => {
    let calls = 0;
    const { run, consumer, producer, provisioned } = await engine({
      mode: 'broadcast',
      maxAttempts: 2,
      handlers: {
        [EventTypes.CommentSubmitted]: async (e) => {
          calls++;
          if (e.id === 'failing') throw new Error('no luck');
        },
      },
    });
    expect(consumer.subscribed).toEqual({ topics: [TOPIC], fromBeginning: false });
    expect(consumer.autoCommit).toBe(false);
    expect(provisioned).toEqual([]);
    const b = batch([message(0, 'k', 'junk', 'not json'), message(1, 'k', 'failing'), message(2, 'k', 'fine')]);
    await run(b);
    expect(calls).toBe(3); // two attempts of the failing one, then the fine one
    expect(b.resolved).toEqual(['0', '1', '2']);
    expect(producer.sent).toEqual([]);
  });

  it('broadcast mode: after every rebalance each partition goes on where this process left it, not at its end (nothing published meanwhile is skipped)', async () => {
    const { kafka, consumers, ends } = fakeKafka();
    ends.set(TOPIC, [
      { partition: 0, high: '7' },
      { partition: 1, high: '3' },
    ]);
    const seen: string[] = [];
    const e = new EventConsumer(kafka, { groupId: GROUP, topics: [TOPIC], mode: 'broadcast', handlers: { [EventTypes.CommentSubmitted]: async (ev) => void seen.push(ev.id) } });
    await e.start();
    const consumer = consumers[0]!;
    // first join: from where the partitions ended before joining
    consumer.emit(consumer.events.GROUP_JOIN, { memberId: 'm', memberAssignment: { [TOPIC]: [0, 1] } });
    expect(consumer.seeks).toEqual([
      { topic: TOPIC, partition: 0, offset: '7' },
      { topic: TOPIC, partition: 1, offset: '3' },
    ]);
    await runBatch(consumer, batch([message(7, 'k', 'e7'), message(8, 'k', 'e8')], TOPIC, 0));
    expect(seen).toEqual(['e7', 'e8']);
    // a rebalance (the broker lost the member, say): partition 0 after what was read, partition 1 where it started
    consumer.seeks.length = 0;
    consumer.emit(consumer.events.GROUP_JOIN, { memberId: 'm2', memberAssignment: { [TOPIC]: [0, 1] } });
    expect(consumer.seeks).toEqual([
      { topic: TOPIC, partition: 0, offset: '9' },
      { topic: TOPIC, partition: 1, offset: '3' },
    ]);
    await e.stop();
  });
});
