import { MISSED, retryCompareAndSet } from './compare-and-set';

describe('retryCompareAndSet', () => {
  it('tries again after each miss and returns what the landed step returns (also null)', async () => {
    let calls = 0;
    const result = await retryCompareAndSet(10, async () => (++calls < 4 ? MISSED : null), () => new Error('exhausted'));
    expect(result).toBeNull();
    expect(calls).toBe(4);
  });

  it('throws the exhausted error after the given number of attempts', async () => {
    let calls = 0;
    await expect(
      retryCompareAndSet(
        5,
        async () => {
          calls++;
          return MISSED;
        },
        () => new Error('kept changing'),
      ),
    ).rejects.toThrow('kept changing');
    expect(calls).toBe(5);
  });

  it('lets an error of the step through at once', async () => {
    let calls = 0;
    await expect(
      retryCompareAndSet(
        5,
        async () => {
          calls++;
          throw new Error('not found');
        },
        () => new Error('exhausted'),
      ),
    ).rejects.toThrow('not found');
    expect(calls).toBe(1);
  });
});
