import { Batcher } from './batcher';

describe('Batcher', () => {
  it('handles calls made together in one batch, and calls made meanwhile in the next', async () => {
    const batches: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const b = new Batcher<number, number>(async (items) => {
      batches.push(items);
      if (batches.length === 1) await gate;
      return items.map((i) => i * 10);
    });
    const first = [b.add(1), b.add(2), b.add(3)];
    await new Promise((r) => setImmediate(r));
    const second = [b.add(4), b.add(5)]; // while the first batch is in hand
    release();
    expect(await Promise.all([...first, ...second])).toEqual([10, 20, 30, 40, 50]);
    expect(batches).toEqual([[1, 2, 3], [4, 5]]);
    expect(b.busy).toBe(false);
  });

  it('fails every call of a failed batch, and goes on with the next', async () => {
    let n = 0;
    const b = new Batcher<string, string>(async (items) => {
      if (n++ === 0) throw new Error('down');
      return items;
    }, 2);
    const calls = [b.add('a'), b.add('b'), b.add('c')];
    const results = await Promise.allSettled(calls);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
  });
});
