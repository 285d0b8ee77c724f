import { Injectable } from '@nestjs/common';

/**
 * Serialises writes to one document within this process.
 *
 * FerretDB v1 (SQLite backend) executes an update as "read the matching document, apply the
 * operators in FerretDB, replace the row by _id" without holding a lock between the read and
 * the write. Two concurrent updates of the same document can therefore lose one of them (and
 * a conditional filter does not help: it is evaluated on the read). On MongoDB updates are
 * atomic and this lock is merely redundant. Every write comments-api makes to a comment or
 * article document, including the outbox relay's clearing, runs under the document's lock, and so
 * does every update the moderation worker makes to its decision summaries.
 * Locks are nested only through runAll, which takes them in key order, so they cannot deadlock. Exact for one replica; several replicas on
 * FerretDB share the residual risk (run MongoDB for that).
 */
@Injectable()
export class DocLocks {
  private readonly tails = new Map<string, Promise<unknown>>();

  async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const tail = prev.then(() => mine);
    this.tails.set(key, tail);
    await prev.catch(() => undefined);
    try {
      return await fn();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Runs `fn` holding every key's lock, taken in key order (so two callers sharing keys cannot deadlock). */
  runAll<T>(keys: string[], fn: () => Promise<T>): Promise<T> {
    return [...new Set(keys)].sort().reduceRight<() => Promise<T>>((inner, key) => () => this.run(key, inner), fn)();
  }
}
