import { IncrementBatcher } from './increment-batcher';

describe('IncrementBatcher', () => {
  it('writes a lone increment at once and sums the ones that arrive meanwhile, per key', async () => {
    const writes: Array<Record<string, number>> = [];
    const b = new IncrementBatcher<string>(async (deltas) => {
      writes.push(Object.fromEntries(deltas));
      await new Promise((r) => setTimeout(r, 5));
    });
    await Promise.all([b.add('a', 1), b.add('a', 1), b.add('b', 1), b.add('a', -1), b.add('c', 1), b.add('c', -1)]);
    // The first went alone; the rest summed per key (a: +1 -1, c: +1 -1 cancel out and are not written).
    expect(writes).toEqual([{ a: 1 }, { b: 1 }]);
  });

  it('rejects the callers of a failed write', async () => {
    const b = new IncrementBatcher<string>(async () => {
      throw new Error('down');
    });
    await expect(b.add('a', 1)).rejects.toThrow('down');
  });
});
