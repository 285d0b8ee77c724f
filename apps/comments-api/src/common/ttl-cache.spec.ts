import { TtlCache } from './ttl-cache';

describe('TtlCache.getOrLoad', () => {
  it('loads a missing entry once for all callers in flight, then serves it from the cache', async () => {
    const cache = new TtlCache<number>(60_000);
    let loads = 0;
    let release!: (v: number) => void;
    const load = () => {
      loads++;
      return new Promise<number>((r) => (release = r));
    };
    const waiting = [cache.getOrLoad('a', load), cache.getOrLoad('a', load), cache.getOrLoad('a', load)];
    release(7);
    expect(await Promise.all(waiting)).toEqual([7, 7, 7]);
    expect(await cache.getOrLoad('a', load)).toBe(7);
    expect(loads).toBe(1);
  });

  it('keeps nothing loaded before a delete, and lets a failed load be retried', async () => {
    const cache = new TtlCache<string>(60_000);
    let release!: (v: string) => void;
    const stale = cache.getOrLoad('k', () => new Promise<string>((r) => (release = r)));
    cache.delete('k'); // the value changed while it was being read
    release('old');
    expect(await stale).toBe('old'); // those who asked before the change get what was read
    expect(await cache.getOrLoad('k', async () => 'new')).toBe('new');
    await expect(cache.getOrLoad('x', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.getOrLoad('x', async () => 'up')).toBe('up');
  });

  it('caches nothing with a TTL of 0', async () => {
    const cache = new TtlCache<number>(0);
    let loads = 0;
    await cache.getOrLoad('a', async () => ++loads);
    await cache.getOrLoad('a', async () => ++loads);
    expect(loads).toBe(2);
  });
});
