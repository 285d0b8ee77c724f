import type { Consumer } from 'kafkajs';
import { CrashRejoin } from './crash-rejoin';
import { FakeConsumer } from './testing/fake-kafka';

describe('CrashRejoin', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('joins again, backing off, until a join succeeds; a crash kafkajs restarts from itself is left to kafkajs', async () => {
    const consumer = new FakeConsumer();
    const disconnects = jest.spyOn(consumer, 'disconnect');
    const outcomes: string[] = [];
    let failuresLeft = 2;
    const join = jest.fn(async () => {
      if (failuresLeft-- > 0) throw new Error('Failed to find group coordinator');
    });
    new CrashRejoin(consumer as unknown as Consumer, {
      join,
      onRejoined: (attempt) => outcomes.push(`rejoined at ${attempt}`),
      onAttemptFailed: (err, attempt) => outcomes.push(`${attempt}: ${err.message}`),
    });

    consumer.emit(consumer.events.CRASH, { error: new Error('retriable'), restart: true });
    await jest.advanceTimersByTimeAsync(10_000);
    expect(join).not.toHaveBeenCalled();

    consumer.emit(consumer.events.CRASH, { error: new Error('coordinator'), restart: false });
    consumer.emit(consumer.events.CRASH, { error: new Error('coordinator'), restart: false }); // one rejoin at a time
    await jest.advanceTimersByTimeAsync(499);
    expect(join).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1); // first attempt after 500 ms
    expect(join).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1000); // second after 1 s more
    expect(join).toHaveBeenCalledTimes(2);
    await jest.advanceTimersByTimeAsync(1500); // third after 1.5 s more
    expect(join).toHaveBeenCalledTimes(3);
    expect(disconnects).toHaveBeenCalledTimes(3);
    expect(outcomes).toEqual(['1: Failed to find group coordinator', '2: Failed to find group coordinator', 'rejoined at 3']);
  });

  it('stop() ends the attempts and waits for the one under way', async () => {
    const consumer = new FakeConsumer();
    const join = jest.fn(async () => {
      throw new Error('still no coordinator');
    });
    const rejoin = new CrashRejoin(consumer as unknown as Consumer, { join });
    consumer.emit(consumer.events.CRASH, { error: new Error('coordinator'), restart: false });
    await jest.advanceTimersByTimeAsync(600);
    expect(join).toHaveBeenCalledTimes(1);
    const stopped = rejoin.stop();
    await jest.advanceTimersByTimeAsync(60_000);
    await stopped;
    expect(join).toHaveBeenCalledTimes(1);
    consumer.emit(consumer.events.CRASH, { error: new Error('coordinator'), restart: false });
    await jest.advanceTimersByTimeAsync(60_000);
    expect(join).toHaveBeenCalledTimes(1);
  });
});
