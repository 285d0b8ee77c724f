/**
 * A small in-process cache with a time-to-live and a size bound (oldest entry evicted first).
 * `getOrLoad` loads a missing entry once however many callers ask for it meanwhile (when an
 * entry expires under load, one database read instead of one per request in flight).
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; expires: number }>();
  private readonly loading = new Map<string, Promise<V>>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(key: string): V | undefined {
    if (this.ttlMs <= 0) return undefined;
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.expires <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  set(key: string, value: V): void {
    if (this.ttlMs <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, { value, expires: Date.now() + this.ttlMs });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }

  /** The cached value, or the value `load` resolves to (one load per key at a time; cached unless deleted meanwhile). */
  getOrLoad(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.get(key);
    if (hit !== undefined) return Promise.resolve(hit);
    const inFlight = this.loading.get(key);
    if (inFlight) return inFlight;
    const p: Promise<V> = load().then(
      (value) => {
        // Deleted meanwhile (the value changed): hand it to the callers that asked before, keep nothing.
        if (this.loading.get(key) === p) {
          this.loading.delete(key);
          this.set(key, value);
        }
        return value;
      },
      (err: unknown) => {
        if (this.loading.get(key) === p) this.loading.delete(key);
        throw err;
      },
    );
    this.loading.set(key, p);
    return p;
  }

  delete(key: string): void {
    this.entries.delete(key);
    this.loading.delete(key);
  }
}
