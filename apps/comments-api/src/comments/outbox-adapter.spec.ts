import type { Model } from 'mongoose';
import type { OutboxCarrier, OutboxEntry } from '@parley/messaging';
import { DocLocks } from '@parley/platform';
import { DocStore } from '../common/doc-store';
import { outboxModelFor, OutboxTracker } from './outbox-adapter';

type Doc = { _id: string; outbox: Array<Pick<OutboxEntry, 'eventId'>>; outboxPending: boolean; outboxSeq: number };

/** An in-memory stand-in for the few model calls the adapter and DocStore make. */
function fakeModel(docs: Map<string, Doc>) {
  const copy = (d: Doc | undefined) => (d ? (JSON.parse(JSON.stringify(d)) as Doc) : null);
  const model = {
    find: (filter: { outboxPending?: boolean }) => ({
      limit: () => ({ lean: () => ({ exec: async () => [...docs.values()].filter((d) => filter.outboxPending === undefined || d.outboxPending === filter.outboxPending).map(copy) }) }),
    }),
    findById: (id: string) => ({ lean: () => ({ exec: async () => copy(docs.get(String(id))) }) }),
    // a conditional update: every field of the filter must equal the document's (null: missing or null)
    updateOne: (filter: { _id: unknown } & Record<string, unknown>, update: { $set: Partial<Doc> }) => ({
      exec: async () => {
        const d = docs.get(String(filter._id));
        const matches = !!d && Object.entries(filter).every(([k, v]) => k === '_id' || ((d as Record<string, unknown>)[k] ?? null) === (v ?? null));
        if (matches) Object.assign(d, update.$set);
        return { matchedCount: matches ? 1 : 0 };
      },
    }),
  };
  return model as unknown as Model<OutboxCarrier>;
}

const clearOp = (id: string, outboxSeq: number) => ({ updateOne: { filter: { _id: id, outboxSeq }, update: { $set: { outbox: [], outboxPending: false } } } });

describe('outboxModelFor (FerretDB path)', () => {
  it('clears an outbox nothing was appended to since the relay read it', async () => {
    const docs = new Map<string, Doc>([['c1', { _id: 'c1', outbox: [{ eventId: 'e1' }], outboxPending: true, outboxSeq: 1 }]]);
    const tracker = new OutboxTracker();
    const adapted = outboxModelFor(fakeModel(docs), new DocLocks(), new DocStore(true), tracker);
    const read = await adapted.find({ outboxPending: true }, { outbox: 1, outboxSeq: 1 }).limit(500).lean().exec();
    expect(read.map((d) => (d.outbox as Doc['outbox']).map((e) => e.eventId))).toEqual([['e1']]);
    await adapted.bulkWrite([clearOp('c1', 1)] as never);
    expect(docs.get('c1')).toMatchObject({ outbox: [], outboxPending: false });
    expect(tracker.ids.has('c1')).toBe(false);
  });

  it('removes only the published events when more were appended meanwhile, and leaves the rest for the next pass', async () => {
    const docs = new Map<string, Doc>([['c1', { _id: 'c1', outbox: [{ eventId: 'e1' }], outboxPending: true, outboxSeq: 1 }]]);
    const tracker = new OutboxTracker();
    const adapted = outboxModelFor(fakeModel(docs), new DocLocks(), new DocStore(true), tracker);
    await adapted.find({ outboxPending: true }, { outbox: 1, outboxSeq: 1 }).limit(500).lean().exec(); // relay reads [e1]
    Object.assign(docs.get('c1')!, { outbox: [{ eventId: 'e1' }, { eventId: 'e2' }], outboxSeq: 2 }); // a decision appends e2
    await adapted.bulkWrite([clearOp('c1', 1)] as never); // e1 was published
    expect(docs.get('c1')).toMatchObject({ outbox: [{ eventId: 'e2' }], outboxPending: true, outboxSeq: 2 });
    expect(tracker.ids.has('c1')).toBe(true); // next pass reads the document back

    const next = await adapted.find({ outboxPending: true }, { outbox: 1, outboxSeq: 1 }).limit(500).lean().exec();
    expect(next.map((d) => (d.outbox as Doc['outbox']).map((e) => e.eventId))).toEqual([['e2']]); // e1 is not sent again
    await adapted.bulkWrite([clearOp('c1', 2)] as never);
    expect(docs.get('c1')).toMatchObject({ outbox: [], outboxPending: false });
  });

  it('between full scans reads back by id only the documents this process marked', async () => {
    const docs = new Map<string, Doc>([['seed', { _id: 'seed', outbox: [], outboxPending: false, outboxSeq: 0 }]]);
    const model = fakeModel(docs);
    const tracker = new OutboxTracker();
    const adapted = outboxModelFor(model, new DocLocks(), new DocStore(true), tracker);
    await adapted.find({ outboxPending: true }, {}).limit(500).lean().exec(); // the periodic full scan runs first
    docs.set('c2', { _id: 'c2', outbox: [{ eventId: 'e9' }], outboxPending: true, outboxSeq: 1 });
    docs.set('c3', { _id: 'c3', outbox: [{ eventId: 'e8' }], outboxPending: true, outboxSeq: 1 }); // another replica's: the next full scan finds it
    tracker.mark('c2');
    const scans = jest.spyOn(model, 'find');
    const reads = jest.spyOn(model, 'findById');
    const found = await adapted.find({ outboxPending: true }, { outbox: 1, outboxSeq: 1 }).limit(500).lean().exec();
    expect(found.map((d) => d._id)).toEqual(['c2']);
    expect(reads.mock.calls.map((c) => c[0])).toEqual(['c2']);
    expect(scans).not.toHaveBeenCalled();
  });
});
