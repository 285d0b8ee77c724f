/**
 * Coalesces concurrent calls into batches: calls made while a batch is being handled are
 * handled together in the next one (at most `max` at a time). On the database this turns one
 * round trip per call into one per batch — on FerretDB each command costs about a millisecond,
 * serialised per database, whatever its size. A failed batch fails each of its calls.
 */
export class Batcher<I, O> {
  private readonly pending: Array<{ item: I; resolve: (o: O) => void; reject: (err: unknown) => void }> = [];
  private running = false;

  constructor(
    private readonly handle: (items: I[]) => Promise<O[]>,
    private readonly max = 256,
  ) {}

  add(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (!this.running) {
        this.running = true;
        setImmediate(() => void this.loop());
      }
    });
  }

  /** Whether a batch is being handled or waiting. */
  get busy(): boolean {
    return this.running;
  }

  private async loop() {
    try {
      while (this.pending.length) {
        const batch = this.pending.splice(0, this.max);
        try {
          const out = await this.handle(batch.map((b) => b.item));
          batch.forEach((b, i) => b.resolve(out[i]!));
        } catch (err) {
          for (const b of batch) b.reject(err);
        }
      }
    } finally {
      this.running = false;
    }
  }
}
