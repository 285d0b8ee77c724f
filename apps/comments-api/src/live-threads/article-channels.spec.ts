import { ArticleChannels, StreamSink } from './article-channels';
import { resumePoint } from './live-threads.service';

class FakeSink implements StreamSink {
  chunks: string[] = [];
  writableLength = 0;
  writableEnded = false;
  destroyed = false;
  write(chunk: string) {
    this.chunks.push(chunk);
    return true;
  }
  end() {
    this.writableEnded = true;
  }
  destroy() {
    this.destroyed = true;
  }
}

const removed = (id: string) => ({ event: 'removed' as const, data: { id, articleId: 'a', parentId: null, placeholder: false } });

describe('ArticleChannels', () => {
  it('opens one channel per article, writes each message to its readers only, and closes it with its last reader', () => {
    const opened: string[] = [];
    const closed: string[] = [];
    const ch = new ArticleChannels({ maxBufferedBytes: 1000, onOpen: (a) => opened.push(a), onClose: (a) => closed.push(a) });
    const [r1, r2, other] = [new FakeSink(), new FakeSink(), new FakeSink()];
    const leave1 = ch.join('a', r1);
    const leave2 = ch.join('a', r2);
    ch.join('b', other);
    expect(opened).toEqual(['a', 'b']);
    ch.publish('a', removed('x'));
    expect(ch.stats.frames).toBe(1);
    expect(r1.chunks).toEqual(r2.chunks);
    expect(r1.chunks[0]).toMatch(/^id: \d+\nevent: removed\ndata: \{"id":"x"/);
    expect(other.chunks).toEqual([]);
    leave1();
    leave1();
    expect(closed).toEqual([]);
    leave2();
    expect(closed).toEqual(['a']);
    expect(ch.articles()).toEqual(['b']);
  });

  it('gives strictly increasing ids and drops a reader that does not keep up', () => {
    const ch = new ArticleChannels({ maxBufferedBytes: 10 });
    const ids = Array.from({ length: 50 }, () => Number(ch.nextId()));
    expect(ids.every((id, i) => i === 0 || id > ids[i - 1]!)).toBe(true);
    const slow = new FakeSink();
    const fast = new FakeSink();
    ch.join('a', slow);
    ch.join('a', fast);
    slow.writableLength = 11;
    ch.publish('a', removed('y'));
    expect(slow.destroyed).toBe(true);
    expect(fast.chunks.length).toBe(1);
    expect(ch.readers).toBe(1);
    ch.heartbeat();
    expect(fast.chunks[1]).toBe(': ping\n\n');
  });
});

describe('resumePoint', () => {
  const now = 1_800_000_000_000;
  it('accepts a recent millisecond id and refuses anything else', () => {
    expect(resumePoint(String(now - 1000), now)).toBe(now - 1000);
    expect(resumePoint(undefined, now)).toBeUndefined();
    expect(resumePoint('abc', now)).toBeUndefined();
    expect(resumePoint(String(now - 2 * 3600_000), now)).toBeUndefined();
    expect(resumePoint(String(now + 3600_000), now)).toBeUndefined();
  });
});
