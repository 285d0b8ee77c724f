import { ReadBatcher } from './read-batcher';

describe('ReadBatcher', () => {
  it('answers a lone read at once, and concurrent reads with one query each batch', async () => {
    const queries: string[][] = [];
    const b = new ReadBatcher<string, number>(async (keys) => {
      queries.push(keys);
      await new Promise((r) => setTimeout(r, 5));
      return new Map(keys.filter((k) => k !== 'missing').map((k) => [k, k.length]));
    });
    expect(await b.load('one')).toBe(3);
    const answers = await Promise.all(['a', 'bb', 'ccc', 'bb', 'missing'].map((k) => b.load(k)));
    expect(answers).toEqual([1, 2, 3, 2, undefined]);
    // 'a' went out alone; the others waited for it and went together (duplicates once).
    expect(queries).toEqual([['one'], ['a'], ['bb', 'ccc', 'missing']]);
  });

  it('reads the keys of one loadMany together, when idle in one query', async () => {
    const queries: string[][] = [];
    const b = new ReadBatcher<string, number>(async (keys) => {
      queries.push(keys);
      await new Promise((r) => setTimeout(r, 5));
      return new Map(keys.map((k) => [k, k.length]));
    });
    expect(await b.loadMany(['a', 'bb'])).toEqual([1, 2]);
    expect(await Promise.all([b.loadMany(['ccc', 'dddd']), b.loadMany(['ccc', 'e'])])).toEqual([[3, 4], [3, 1]]);
    expect(queries).toEqual([['a', 'bb'], ['ccc', 'dddd'], ['ccc', 'e']]);
  });

  it('a failed query rejects its callers only', async () => {
    let fail = true;
    const b = new ReadBatcher<string, string>(async (keys) => {
      await new Promise((r) => setTimeout(r, 5));
      if (fail) {
        fail = false;
        throw new Error('down');
      }
      return new Map(keys.map((k) => [k, k]));
    });
    const first = b.load('x');
    const second = b.load('y');
    await expect(first).rejects.toThrow('down');
    expect(await second).toBe('y');
  });
});
