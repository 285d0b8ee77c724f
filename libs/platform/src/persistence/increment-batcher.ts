/**
 * Coalesces concurrent counter increments: deltas that arrive while a write is in flight are
 * summed per key and written together by the next one (e.g. one bulk write of `$inc` per key).
 * A lone increment goes out at once. Each caller's promise settles when the write carrying its
 * delta did; a failed write rejects its callers (their deltas are not retried here).
 */
export class IncrementBatcher<K> {
  private pending = new Map<K, number>();
  private waiting: Array<{ resolve: () => void; reject: (err: unknown) => void }> = [];
  private draining = false;
  readonly stats = { writes: 0, increments: 0 };

  constructor(private readonly write: (deltas: Map<K, number>) => Promise<void>) {}

  add(key: K, delta: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.set(key, (this.pending.get(key) ?? 0) + delta);
      this.waiting.push({ resolve, reject });
      this.stats.increments++;
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.waiting.length) {
        const deltas = new Map([...this.pending].filter(([, d]) => d !== 0));
        const callers = this.waiting;
        this.pending = new Map();
        this.waiting = [];
        this.stats.writes++;
        try {
          if (deltas.size) await this.write(deltas);
          for (const c of callers) c.resolve();
        } catch (err) {
          for (const c of callers) c.reject(err);
        }
      }
    } finally {
      this.draining = false;
    }
  }
}
