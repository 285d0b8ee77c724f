import { DocLocks } from './doc-locks';

describe('DocLocks', () => {
  it('runs work on one key one at a time, in order, and other keys concurrently', async () => {
    const locks = new DocLocks();
    const log: string[] = [];
    const work = (key: string, name: string, ms: number) =>
      locks.run(key, async () => {
        log.push(`start ${name}`);
        await new Promise((r) => setTimeout(r, ms));
        log.push(`end ${name}`);
        return name;
      });
    const results = await Promise.all([work('a', 'a1', 20), work('a', 'a2', 1), work('b', 'b1', 5)]);
    expect(results).toEqual(['a1', 'a2', 'b1']);
    expect(log.indexOf('end a1')).toBeLessThan(log.indexOf('start a2'));
    expect(log.indexOf('start b1')).toBeLessThan(log.indexOf('end a1'));
  });

  it('runAll holds every key at once, whatever the order the keys are given in', async () => {
    const locks = new DocLocks();
    const log: string[] = [];
    const all = (name: string, keys: string[]) =>
      locks.runAll(keys, async () => {
        log.push(`start ${name}`);
        await new Promise((r) => setTimeout(r, 10));
        log.push(`end ${name}`);
      });
    await Promise.all([all('x', ['a', 'b']), all('y', ['b', 'a']), locks.run('c', async () => void log.push('c'))]);
    // x and y share keys: one after the other (no deadlock); c shares none and runs at once
    expect(log.indexOf('end x')).toBeLessThan(log.indexOf('start y'));
    expect(log.indexOf('c')).toBeLessThan(log.indexOf('end x'));
  });

  it('releases the lock when the work fails', async () => {
    const locks = new DocLocks();
    await expect(locks.run('k', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(locks.run('k', async () => 'next')).resolves.toBe('next');
  });
});
