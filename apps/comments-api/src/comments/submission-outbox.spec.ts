import { Types } from 'mongoose';
import type { OutboxEntry } from '@parley/messaging';
import { DocLocks } from '@parley/platform';
import { DocStore } from '../common/doc-store';
import { outboxModelFor, OutboxTracker } from './outbox-adapter';
import { Comment } from './schemas/comment.schema';
import { SubmissionOutbox } from './submission-outbox';

type Row = { _id: Types.ObjectId | string; [k: string]: unknown };
const key = (id: unknown) => String(id);

/** An in-memory collection with the few driver calls used (unordered insertMany with per-document errors). */
function fakeCollection(refuse: (row: Row) => boolean = () => false) {
  const rows = new Map<string, Row>();
  return {
    rows,
    insertMany: async (docs: Row[]) => {
      const writeErrors: Array<{ index: number; code: number; errmsg: string }> = [];
      docs.forEach((d, index) => {
        if (rows.has(key(d._id)) || refuse(d)) writeErrors.push({ index, code: 11000, errmsg: `E11000 duplicate key ${key(d._id)}` });
        else rows.set(key(d._id), d);
      });
      if (writeErrors.length) throw Object.assign(new Error('bulk write error'), { writeErrors });
    },
    find: () => ({ limit: () => ({ toArray: async () => [...rows.values()] }) }),
    findOne: async (f: { _id: unknown }) => rows.get(key(f._id)) ?? null,
    deleteOne: async (f: { _id: unknown }) => rows.delete(key(f._id)),
    deleteMany: async (f: { _id: { $in: unknown[] } }) => f._id.$in.forEach((id) => rows.delete(key(id))),
    countDocuments: async () => rows.size,
  };
}

function outbox(comments = fakeCollection(), events = fakeCollection()) {
  const model = { db: { collection: () => events }, collection: comments };
  return { subs: new SubmissionOutbox(model as never), comments, events };
}

const entry = (eventId: string) => ({ eventId, topic: 't', key: 'k', type: 'parley.comment.submitted.v1', source: 's', time: new Date(), data: {} }) as OutboxEntry;
const item = (id = new Types.ObjectId(), eventId = `e-${id.toHexString()}`) => ({ doc: { _id: id, body: 'x' } as unknown as Comment, event: entry(eventId) });

describe('SubmissionOutbox', () => {
  it('stores each event before its comment, and has the stored ones published from memory', async () => {
    const { subs, comments, events } = outbox();
    const a = item();
    const b = item();
    await subs.insertMany([a, b]);
    expect([...comments.rows.keys()]).toEqual([a.doc._id, b.doc._id].map(String));
    expect([...events.rows.keys()]).toEqual([a.doc._id, b.doc._id].map(String));
    expect((await subs.due(10, false)).map((s) => s.event.eventId)).toEqual([a.event.eventId, b.event.eventId]);
    await subs.published([String(a.doc._id), String(b.doc._id)]);
    expect(events.rows.size).toBe(0);
    expect(await subs.due(10, false)).toEqual([]);
  });

  it('a comment the database refuses is not published and its event is removed; the others are stored', async () => {
    const dup = new Types.ObjectId();
    const comments = fakeCollection((r) => String(r._id) === String(dup));
    const { subs, events } = outbox(comments);
    const ok = item();
    const refused = item(dup);
    const err = await subs.insertMany([refused, ok]).catch((e) => e);
    expect(err.writeErrors.map((e: { index: number }) => e.index)).toEqual([0]);
    expect([...events.rows.keys()]).toEqual([String(ok.doc._id)]);
    expect((await subs.due(10, false)).map((s) => s.id)).toEqual([String(ok.doc._id)]);
  });

  it('an event that could not be stored keeps its comment from being stored', async () => {
    const clash = new Types.ObjectId();
    const events = fakeCollection((r) => String(r._id) === String(clash));
    const { subs, comments } = outbox(fakeCollection(), events);
    const err = await subs.insertMany([item(), item(clash)]).catch((e) => e);
    expect(err.writeErrors.map((e: { index: number }) => e.index)).toEqual([1]);
    expect(comments.rows.has(String(clash))).toBe(false);
    expect(comments.rows.size).toBe(1);
  });

  it('after a restart, publishes the events whose comment exists, waits for one without, drops an old orphan, leaves a fresh one to its replica', async () => {
    const { subs, comments, events } = outbox();
    const secondsAgo = (s: number) => Types.ObjectId.createFromTime(Math.floor(Date.now() / 1000) - s);
    const stored = secondsAgo(20);
    const inFlight = secondsAgo(20);
    const orphan = secondsAgo(120);
    const othersFresh = secondsAgo(1); // another replica is publishing it right now
    for (const id of [stored, inFlight, orphan, othersFresh]) events.rows.set(String(id), { _id: id, event: entry(`e-${id}`) });
    comments.rows.set(String(stored), { _id: stored });
    comments.rows.set(String(othersFresh), { _id: othersFresh });
    expect((await subs.due(10, false)).length).toBe(0); // memory only
    expect((await subs.due(10, true)).map((s) => s.id)).toEqual([String(stored)]);
    expect(events.rows.has(String(inFlight))).toBe(true);
    expect(events.rows.has(String(othersFresh))).toBe(true);
    expect(events.rows.has(String(orphan))).toBe(false);
    expect(await subs.mayBePending(String(inFlight))).toBe(true);
    expect(await subs.mayBePending(String(othersFresh))).toBe(true);
    expect(await subs.mayBePending(String(orphan))).toBe(false);
  });
});

describe('outboxModelFor with submissions', () => {
  it('hands the submission first and holds back events appended to the same comment until it is published', async () => {
    const { subs } = outbox();
    const c = item();
    const id = String(c.doc._id);
    await subs.insertMany([c]);
    // A later event (an edit, say) is appended to the comment document and tracked.
    const docs = new Map([[id, { _id: id, outbox: [{ eventId: 'edit-1' }], outboxPending: true, outboxSeq: 1 }]]);
    const model = {
      find: () => ({ limit: () => ({ lean: () => ({ exec: async () => [...docs.values()].filter((d) => d.outboxPending) }) }) }),
      findById: (i: string) => ({ lean: () => ({ exec: async () => docs.get(String(i)) ?? null }) }),
      updateOne: (f: { _id: unknown }, u: { $set: object }) => ({ exec: async () => (Object.assign(docs.get(String(f._id))!, u.$set), { matchedCount: 1 }) }),
    };
    const tracker = new OutboxTracker();
    const adapted = outboxModelFor(model as never, new DocLocks(), new DocStore(true), tracker, subs);
    expect(await subs.count()).toBe(1);
    const first = await adapted.find({ outboxPending: true }, { outbox: 1, outboxSeq: 1 }).limit(500).lean().exec(); // start-up scan
    expect(first.map((d) => (d.outbox as OutboxEntry[]).map((e) => e.eventId))).toEqual([[c.event.eventId]]);
    await adapted.bulkWrite(first.map((d) => ({ updateOne: { filter: { _id: d._id, outboxSeq: d.outboxSeq }, update: { $set: { outbox: [], outboxPending: false } } } })) as never);
    expect(await subs.count()).toBe(0);
    const next = await adapted.find({ outboxPending: true }, { outbox: 1, outboxSeq: 1 }).limit(500).lean().exec();
    expect(next.map((d) => [String(d._id), (d.outbox as OutboxEntry[]).map((e) => e.eventId)])).toEqual([[id, ['edit-1']]]);
  });
});
