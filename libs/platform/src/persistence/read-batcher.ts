/**
 * Coalesces concurrent reads by key into one query: calls that arrive while a read is in flight
 * are answered together by the next one (at most `maxBatch` keys, e.g. one `{ _id: { $in } }`).
 * A lone read goes out at once, so nothing waits for a timer. Each caller gets its own key's
 * value (undefined when the query returned none); a failed query rejects every caller of it.
 */
export class ReadBatcher<K, V> {
  private queue: Array<{ key: K; resolve: (v: V | undefined) => void; reject: (err: unknown) => void }> = [];
  private inFlight = 0;
  /** Queries sent and keys read so far (for tests and metrics). */
  readonly stats = { queries: 0, keys: 0 };

  constructor(
    private readonly fetch: (keys: K[]) => Promise<Map<K, V>>,
    private readonly maxBatch = 100,
    private readonly maxInFlight = 1,
  ) {}

  load(key: K): Promise<V | undefined> {
    return new Promise((resolve, reject) => {
      this.queue.push({ key, resolve, reject });
      if (this.inFlight < this.maxInFlight) void this.drain();
    });
  }

  /** Several keys read together (in one query when they fit in a batch), each answered like `load`. */
  loadMany(keys: K[]): Promise<Array<V | undefined>> {
    const all = keys.map((key) => new Promise<V | undefined>((resolve, reject) => this.queue.push({ key, resolve, reject })));
    if (keys.length && this.inFlight < this.maxInFlight) void this.drain();
    return Promise.all(all);
  }

  private async drain(): Promise<void> {
    this.inFlight++;
    try {
      while (this.queue.length) {
        const batch = this.queue.splice(0, this.maxBatch);
        const keys = [...new Set(batch.map((w) => w.key))];
        this.stats.queries++;
        this.stats.keys += keys.length;
        try {
          const found = await this.fetch(keys);
          for (const w of batch) w.resolve(found.get(w.key));
        } catch (err) {
          for (const w of batch) w.reject(err);
        }
      }
    } finally {
      this.inFlight--;
    }
  }
}
