import { DatabaseCapabilities } from './database-capabilities';
import { expireDocuments } from './document-expiry';

function fakeModel(docs: Array<{ _id: string; expiresAt: Date }>) {
  const indexes: Array<[Record<string, number>, Record<string, unknown>]> = [];
  return {
    docs,
    indexes,
    collection: { collectionName: 'things', createIndex: async (keys: Record<string, number>, options: Record<string, unknown>) => void indexes.push([keys, options]) },
    deleteMany: (filter: { expiresAt: { $lt: Date } }) => ({
      exec: async () => {
        const before = docs.length;
        docs.splice(0, docs.length, ...docs.filter((d) => !(d.expiresAt < filter.expiresAt.$lt)));
        return { deletedCount: before - docs.length };
      },
    }),
  };
}

describe('expireDocuments', () => {
  it('uses a TTL index where the server has them', async () => {
    const model = fakeModel([]);
    const caps = DatabaseCapabilities.fromDescription({ hello: {}, buildInfo: { version: '7.0.14' } });
    const h = await expireDocuments(model as never, 'expiresAt', caps, { graceMs: 60_000 });
    expect(h.mode).toBe('ttl-index');
    expect(model.indexes).toEqual([[{ expiresAt: 1 }, { name: 'expiresAt_ttl', expireAfterSeconds: 60 }]]);
  });

  it('sweeps documents past their date (and grace) elsewhere', async () => {
    const now = Date.now();
    const model = fakeModel([
      { _id: 'old', expiresAt: new Date(now - 120_000) },
      { _id: 'in-grace', expiresAt: new Date(now - 30_000) },
      { _id: 'live', expiresAt: new Date(now + 60_000) },
    ]);
    const caps = DatabaseCapabilities.fromDescription({ hello: {}, buildInfo: { ferretdbVersion: 'v1.24.2' } });
    const h = await expireDocuments(model as never, 'expiresAt', caps, { graceMs: 60_000 });
    try {
      expect(h.mode).toBe('sweep');
      expect(model.indexes).toEqual([]);
      expect(await h.sweep()).toBe(1);
      expect(model.docs.map((d) => d._id)).toEqual(['in-grace', 'live']);
    } finally {
      h.stop();
    }
  });
});
