import { WriteBatcher } from './write-batcher';

describe('WriteBatcher', () => {
  it('sends a lone write at once and groups the writes that arrive while one is in flight', async () => {
    const batches: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const b = new WriteBatcher<number, number>(async (items) => {
      batches.push(items);
      if (batches.length === 1) await gate;
      return items.map((i) => i * 10);
    }, String);
    const first = b.submit(1);
    expect(batches).toEqual([[1]]);
    const later = [b.submit(2), b.submit(3), b.submit(4)];
    release();
    expect(await first).toBe(10);
    expect(await Promise.all(later)).toEqual([20, 30, 40]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('puts at most one item per key in a batch, keeping arrival order for the same key', async () => {
    const batches: string[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const b = new WriteBatcher<{ k: string; v: number }, string>(async (items) => {
      batches.push(items.map((i) => `${i.k}${i.v}`));
      if (batches.length === 1) await gate;
      return items.map((i) => `${i.k}${i.v}`);
    }, (i) => i.k);
    const all = [b.submit({ k: 'a', v: 1 }), b.submit({ k: 'a', v: 2 }), b.submit({ k: 'b', v: 1 }), b.submit({ k: 'a', v: 3 })];
    release();
    expect(await Promise.all(all)).toEqual(['a1', 'a2', 'b1', 'a3']);
    expect(batches).toEqual([['a1'], ['a2', 'b1'], ['a3']]);
  });

  it('rejects every caller of a failed batch and carries on with the next', async () => {
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const b = new WriteBatcher<number, number>(async (items) => {
      calls++;
      if (calls === 1) {
        await gate;
        return items;
      }
      if (calls === 2) throw new Error('server down');
      return items;
    }, String);
    const first = b.submit(1);
    const failing = [b.submit(2), b.submit(3)];
    release();
    await first;
    await expect(failing[0]).rejects.toThrow('server down');
    await expect(failing[1]).rejects.toThrow('server down');
    await expect(b.submit(4)).resolves.toBe(4);
  });
});
