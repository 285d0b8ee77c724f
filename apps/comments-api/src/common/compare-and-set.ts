/** A write guarded by what was read missed: another writer's change landed first. */
export const MISSED: unique symbol = Symbol('compare-and-set missed');

/** A short random pause before a compare-and-set is tried again, so racing writers spread out. */
const pause = (attempt: number) => new Promise((r) => setTimeout(r, Math.random() * Math.min(50, 2 ** attempt)));

/**
 * Runs a compare-and-set step (read, then one write guarded by what was read) until it lands.
 * The step returns its result, or MISSED when its write matched nothing because the document
 * changed in between; then it reads and tries again (after a short random pause from the third
 * attempt). Every miss means another writer's change landed, so this ends; after `attempts`
 * steps, the error `exhausted()` returns is thrown.
 */
export async function retryCompareAndSet<T>(attempts: number, step: () => Promise<T | typeof MISSED>, exhausted: () => Error): Promise<T> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 1) await pause(attempt);
    const result = await step();
    if (result !== MISSED) return result;
  }
  throw exhausted();
}
