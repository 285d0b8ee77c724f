import { InsertBatcher } from './insert-batcher';

/**
 * An in-memory unordered insertMany: records each call, can hold calls until opened, and
 * fails a call when `failure(docs)` returns an error (documents without a write error are
 * stored, as MongoDB does for an unordered insert).
 */
function fakeStore(failure: (docs: number[]) => Error | null = () => null) {
  const calls: number[][] = [];
  const stored: number[] = [];
  let gate: Promise<void> | undefined;
  let release: (() => void) | undefined;
  return {
    calls,
    stored,
    hold() {
      gate = new Promise<void>((r) => (release = r));
    },
    open() {
      release?.();
      gate = undefined;
    },
    insertMany: async (docs: number[]) => {
      calls.push([...docs]);
      if (gate) await gate;
      const err = failure(docs);
      if (!err) {
        stored.push(...docs);
        return;
      }
      const perDoc = (err as { writeErrors?: Array<{ index: number }> }).writeErrors;
      const bad = new Set(perDoc ? perDoc.map((e) => e.index) : docs.map((_, i) => i));
      docs.forEach((d, i) => !bad.has(i) && stored.push(d));
      throw err;
    },
  };
}

const duplicateOf = (n: number) => (docs: number[]) => {
  const i = docs.indexOf(n);
  return i < 0 ? null : Object.assign(new Error('bulk write error'), { writeErrors: [{ index: i, code: 11000, errmsg: `E11000 duplicate key ${n}` }] });
};

describe('InsertBatcher', () => {
  it('sends a lone insert at once, then groups what arrives while a batch is in flight', async () => {
    const store = fakeStore();
    const b = new InsertBatcher<number>(store.insertMany, 100);
    store.hold();
    const first = b.insert(1);
    await Promise.resolve();
    expect(store.calls).toEqual([[1]]); // it did not wait for company
    const rest = [2, 3, 4, 5].map((n) => b.insert(n));
    store.open();
    await Promise.all([first, ...rest]);
    expect(store.calls).toEqual([[1], [2, 3, 4, 5]]);
    expect(store.stored).toEqual([1, 2, 3, 4, 5]);
    expect(b.stats).toEqual({ batches: 2, documents: 5, largest: 4 });
  });

  it('never puts more than maxBatch documents in one insertMany', async () => {
    const store = fakeStore();
    const b = new InsertBatcher<number>(store.insertMany, 3);
    store.hold();
    const all = Array.from({ length: 8 }, (_, i) => b.insert(i));
    store.open();
    await Promise.all(all);
    expect(store.calls.map((c) => c.length)).toEqual([1, 3, 3, 1]);
    expect(store.stored.sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('rejects only the document the server refused, with its own error, and resolves the others', async () => {
    const store = fakeStore(duplicateOf(11));
    const b = new InsertBatcher<number>(store.insertMany, 100);
    store.hold();
    const first = b.insert(0);
    const batch = [10, 11, 12].map((n) => b.insert(n));
    store.open();
    await first;
    const settled = await Promise.allSettled(batch);
    expect(store.calls).toEqual([[0], [10, 11, 12]]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((settled[1] as PromiseRejectedResult).reason).toMatchObject({ code: 11000, message: 'E11000 duplicate key 11' });
    expect(store.stored).toEqual([0, 10, 12]);
  });

  it('rejects every caller of a batch whose outcome is unknown (network error), then carries on', async () => {
    const netErr = Object.assign(new Error('connection reset'), { name: 'MongoNetworkError' });
    const store = fakeStore((docs) => (docs.includes(5) ? netErr : null));
    const b = new InsertBatcher<number>(store.insertMany, 100);
    store.hold();
    const head = b.insert(4);
    const failing = [5, 6].map((n) => b.insert(n));
    store.open();
    await head;
    const settled = await Promise.allSettled(failing);
    expect(settled.map((s) => (s.status === 'rejected' ? s.reason : 'ok'))).toEqual([netErr, netErr]);
    await expect(b.insert(7)).resolves.toBeUndefined();
    expect(store.stored).toEqual([4, 7]);
  });
});
