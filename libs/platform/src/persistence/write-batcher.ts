/**
 * Group commit for writes that each need their own answer (e.g. conditional single-document
 * updates sent as one unordered bulk write): calls that arrive while a batch is in flight are
 * written together by the next one. A lone call goes out at once, so nothing waits for a timer
 * when the system is idle, and under load one round trip carries many writes.
 *
 * A batch holds at most one item per key (the same document twice in one bulk write could not be
 * told apart); a second item for a key waits for the next batch, in arrival order. `write` gets
 * the items and returns one result per item, in order; if it throws, every caller of that batch
 * gets the error.
 */
export class WriteBatcher<T, R> {
  private queue: Array<{ item: T; key: string; resolve: (r: R) => void; reject: (err: unknown) => void }> = [];
  private draining = false;
  /** Batches written so far, and items in them (for tests and metrics). */
  readonly stats = { batches: 0, items: 0, largest: 0 };

  constructor(
    private readonly write: (items: T[]) => Promise<R[]>,
    private readonly keyOf: (item: T) => string,
    private readonly maxBatch = 100,
  ) {}

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, key: this.keyOf(item), resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  private take(): typeof this.queue {
    const batch: typeof this.queue = [];
    const keys = new Set<string>();
    const rest: typeof this.queue = [];
    for (const w of this.queue) {
      if (batch.length < this.maxBatch && !keys.has(w.key)) {
        keys.add(w.key);
        batch.push(w);
      } else rest.push(w);
    }
    this.queue = rest;
    return batch;
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.queue.length) {
        const batch = this.take();
        this.stats.batches++;
        this.stats.items += batch.length;
        this.stats.largest = Math.max(this.stats.largest, batch.length);
        try {
          const results = await this.write(batch.map((w) => w.item));
          if (results.length !== batch.length) throw new Error(`write batch returned ${results.length} results for ${batch.length} items`);
          batch.forEach((w, i) => w.resolve(results[i]!));
        } catch (err) {
          for (const w of batch) w.reject(err);
        }
      }
    } finally {
      this.draining = false;
    }
  }
}
