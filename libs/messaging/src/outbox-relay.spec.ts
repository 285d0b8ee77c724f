import type { OutboxCarrier, OutboxEntry } from './outbox-relay';
import { OutboxRelay } from './outbox-relay';
import type { EventPublisher, OutgoingEvent } from './event-publisher';

type Doc = OutboxCarrier & { _id: string };

/** An in-memory stand-in for the few model calls the relay makes. */
function fakeModel(docs: Map<string, Doc>, onPublishHook?: () => void) {
  const reads: Array<Record<string, unknown>> = [];
  const matches = (d: Doc, filter: Record<string, unknown>) =>
    Object.entries(filter).every(([k, v]) => {
      if (k === '_id' && v && typeof v === 'object' && '$in' in v) return (v.$in as string[]).map(String).includes(d._id);
      return (d as unknown as Record<string, unknown>)[k] === v;
    });
  const copy = (d: Doc): Doc => ({ ...d, outbox: [...d.outbox] });
  const model = {
    reads,
    find(filter: Record<string, unknown>) {
      reads.push(filter);
      let limit = Infinity;
      const q = {
        limit: (n: number) => ((limit = n), q),
        lean: () => q,
        exec: async () => [...docs.values()].filter((d) => matches(d, filter)).slice(0, limit).map(copy),
      };
      return q;
    },
    async bulkWrite(ops: Array<{ updateOne: { filter: Record<string, unknown>; update: { $set: Partial<Doc> } } }>) {
      onPublishHook?.();
      let matchedCount = 0;
      for (const op of ops) {
        const d = docs.get(String(op.updateOne.filter._id));
        if (d && matches(d, op.updateOne.filter)) {
          Object.assign(d, op.updateOne.update.$set);
          matchedCount++;
        }
      }
      return { matchedCount };
    },
    updateOne(filter: Record<string, unknown>, update: { $set: Partial<Doc> }) {
      return {
        exec: async () => {
          const d = docs.get(String(filter._id));
          if (!d || !matches(d, filter)) return { matchedCount: 0 };
          Object.assign(d, update.$set);
          return { matchedCount: 1 };
        },
      };
    },
  };
  return model;
}

const entry = (id: string, n: number, ageMs = 0): OutboxEntry => ({ eventId: `${id}-e${n}`, topic: 't', key: id, type: 'x', source: '/test', time: new Date(Date.now() - ageMs), data: { n } });
const pending = (id: string, events: OutboxEntry[]): Doc => ({ _id: id, outbox: events, outboxPending: true, outboxSeq: events.length });

function publisher() {
  const sent: string[] = [];
  return { sent, publisher: { publish: async (events: OutgoingEvent[]) => void sent.push(...events.map((e) => e.event.id)) } as unknown as EventPublisher };
}

describe('OutboxRelay', () => {
  it('publishes the documents it was told about, in order, and clears them by compare-and-set', async () => {
    const docs = new Map([['a', pending('a', [entry('a', 1), entry('a', 2)])]]);
    const { sent, publisher: p } = publisher();
    const relay = new OutboxRelay(fakeModel(docs) as never, p, { scanEveryMs: 60_000 });
    relay.kick('a');
    expect(await relay.drainOnce()).toBe(2);
    expect(sent).toEqual(['a-e1', 'a-e2']);
    expect(docs.get('a')).toMatchObject({ outbox: [], outboxPending: false });
    expect(await relay.drainOnce()).toBe(0);
  });

  it('an event appended while the batch was published stays, and goes out once in the next pass', async () => {
    const docs = new Map([['a', pending('a', [entry('a', 1)])]]);
    const appendDuringPublish = () => {
      const d = docs.get('a')!;
      if (d.outbox.length === 1 && d.outbox[0]!.eventId === 'a-e1') Object.assign(d, { outbox: [...d.outbox, entry('a', 2)], outboxSeq: 2 });
    };
    const { sent, publisher: p } = publisher();
    const relay = new OutboxRelay(fakeModel(docs, appendDuringPublish) as never, p);
    relay.kick('a');
    await relay.drainOnce();
    expect(docs.get('a')).toMatchObject({ outbox: [{ eventId: 'a-e2' }], outboxPending: true });
    await relay.drainOnce();
    expect(sent).toEqual(['a-e1', 'a-e2']);
    expect(docs.get('a')).toMatchObject({ outbox: [], outboxPending: false });
  });

  it("leaves another replica's fresh events to it, and takes over those left pending too long", async () => {
    const docs = new Map([
      ['fresh', pending('fresh', [entry('fresh', 1, 1_000)])],
      ['stale', pending('stale', [entry('stale', 1, 60_000)])],
    ]);
    const { sent, publisher: p } = publisher();
    const relay = new OutboxRelay(fakeModel(docs) as never, p, { takeOverAfterMs: 10_000 });
    await relay.drainOnce();
    expect(sent).toEqual(['stale-e1']);
    expect(docs.get('fresh')!.outboxPending).toBe(true);
  });

  it('between scans, reads only the documents this process wrote', async () => {
    const docs = new Map([['other', pending('other', [entry('other', 1, 60_000)])]]);
    const model = fakeModel(docs);
    const { publisher: p } = publisher();
    const relay = new OutboxRelay(model as never, p, { scanEveryMs: 60_000 });
    await relay.drainOnce(); // the first pass scans
    const afterScan = model.reads.length;
    docs.set('mine', pending('mine', [entry('mine', 1)]));
    relay.kick('mine');
    await relay.drainOnce();
    expect(model.reads.slice(afterScan)).toEqual([{ _id: { $in: ['mine'] }, outboxPending: true }]);
  });

  it('publishes an outbox its writer passed along without reading the document', async () => {
    const docs = new Map([['other', pending('other', [entry('other', 1, 60_000)])]]);
    const model = fakeModel(docs);
    const { sent, publisher: p } = publisher();
    const relay = new OutboxRelay(model as never, p, { scanEveryMs: 60_000 });
    await relay.drainOnce(); // the first pass scans
    const afterScan = model.reads.length;
    const written = pending('new', [entry('new', 1)]);
    docs.set('new', written);
    relay.kickWritten('new', written.outbox, written.outboxSeq);
    expect(await relay.drainOnce()).toBe(1);
    expect(model.reads.length).toBe(afterScan);
    expect(sent).toEqual(['other-e1', 'new-e1']);
    expect(docs.get('new')).toMatchObject({ outbox: [], outboxPending: false });
  });

  it('an outbox passed along that grew before the pass: the known events go out, the newer ones stay for the next pass', async () => {
    const written = pending('a', [entry('a', 1)]);
    const docs = new Map([['a', { ...written, outbox: [entry('a', 1), entry('a', 2)], outboxSeq: 2 }]]);
    const { sent, publisher: p } = publisher();
    const relay = new OutboxRelay(fakeModel(docs) as never, p, { scanEveryMs: 60_000 });
    relay.kickWritten('a', written.outbox, written.outboxSeq);
    relay.kick('a'); // the writer of the second event
    await relay.drainOnce();
    expect(sent).toEqual(['a-e1']);
    expect(docs.get('a')).toMatchObject({ outbox: [{ eventId: 'a-e2' }], outboxPending: true });
    await relay.drainOnce();
    expect(sent).toEqual(['a-e1', 'a-e2']);
    expect(docs.get('a')).toMatchObject({ outbox: [], outboxPending: false });
  });
});
