import { EventEmitter } from 'node:events';
import type { Model } from 'mongoose';
import type { Comment } from '../comments/schemas/comment.schema';
import { ReactionCountChange, ReactionCountsWatcher } from './reaction-counts.watcher';

/** An in-memory stand-in of the comments model: `find` over rows, `collection.watch` as given. */
function fakeModel(rows: Array<{ _id: string; articleId: string; status: string; reactionCount: number; listed: boolean }>, watch: () => EventEmitter) {
  return {
    collection: { watch },
    find: (filter: { articleId: string }) => {
      const chain = {
        sort: () => chain,
        limit: () => chain,
        lean: () => chain,
        exec: async () => rows.filter((r) => r.articleId === filter.articleId && r.listed).map((r) => ({ ...r })),
      };
      return chain;
    },
  } as unknown as Model<Comment>;
}

class FakeChangeStream extends EventEmitter {
  closed = false;
  async close() {
    this.closed = true;
  }
}

describe('ReactionCountsWatcher', () => {
  it('with change streams: one stream, changes of watched articles only, approved comments only', () => {
    const streams: FakeChangeStream[] = [];
    const seen: ReactionCountChange[] = [];
    const w = new ReactionCountsWatcher(fakeModel([], () => (streams.push(new FakeChangeStream()), streams.at(-1)!)), 1000, true, (c) => seen.push(c));
    w.watch('a');
    w.watch('b');
    expect(streams).toHaveLength(1);
    const change = (articleId: string, status: string, reactionCount: number) => streams[0]!.emit('change', { documentKey: { _id: 'c1' }, fullDocument: { articleId, status, reactionCount } });
    change('a', 'approved', 4);
    change('z', 'approved', 5);
    change('b', 'rejected', 6);
    expect(seen).toEqual([{ articleId: 'a', id: 'c1', reactionCount: 4 }]);
    w.stop();
    expect(streams[0]!.closed).toBe(true);
  });

  it('falls back to polling when the change stream fails; the first poll of an article only records its counts', async () => {
    const rows = [{ _id: 'c1', articleId: 'a', status: 'approved', reactionCount: 1, listed: true }];
    const stream = new FakeChangeStream();
    const seen: ReactionCountChange[] = [];
    const w = new ReactionCountsWatcher(fakeModel(rows, () => stream), 60_000, true, (c) => seen.push(c));
    w.watch('a');
    stream.emit('error', new Error('The $changeStream stage is only supported on replica sets'));
    expect(w.mode).toBe('poll');
    await new Promise((r) => setImmediate(r)); // the pass polling starts with
    expect(seen).toEqual([]);
    rows[0]!.reactionCount = 3;
    await w.poll();
    expect(seen).toEqual([{ articleId: 'a', id: 'c1', reactionCount: 3 }]);
    w.stop();
  });
});
