import { ProblemException } from './problem';

/** Refused: the caller (or the replica) has as many open streams as it may. */
export class StreamLimitError extends Error {
  constructor(
    message: string,
    /** Seconds after which trying again is sensible (the Retry-After header). */
    readonly retryAfterS: number,
  ) {
    super(message);
  }
}

/** The 429 problem+json with Retry-After for a StreamLimitError. */
export function tooManyStreams(err: StreamLimitError): ProblemException {
  return new ProblemException(429, 'too-many-streams', 'Too Many Requests', err.message, { retryAfter: err.retryAfterS }, { 'Retry-After': String(err.retryAfterS) });
}

/**
 * Caps on long-lived streams (server-sent events), per user and per replica. A slot is reserved
 * synchronously, before the handler awaits anything, so concurrent requests cannot all pass the
 * check; the release function it returns is idempotent, to be called on every close path.
 */
export class StreamSlots {
  private readonly byUser = new Map<string, number>();
  private total = 0;

  constructor(
    private readonly perUser: number,
    private readonly max: number,
    private readonly retryAfterS = 30,
  ) {}

  get size(): number {
    return this.total;
  }

  openBy(userId: string): number {
    return this.byUser.get(userId) ?? 0;
  }

  /** Reserves a slot or throws StreamLimitError; returns the (idempotent) release. */
  reserve(userId: string): () => void {
    const mine = this.byUser.get(userId) ?? 0;
    if (mine >= this.perUser) throw new StreamLimitError(`at most ${this.perUser} streams per user`, this.retryAfterS);
    if (this.total >= this.max) throw new StreamLimitError('too many streams on this server', this.retryAfterS);
    this.byUser.set(userId, mine + 1);
    this.total++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const n = (this.byUser.get(userId) ?? 1) - 1;
      if (n > 0) this.byUser.set(userId, n);
      else this.byUser.delete(userId);
      this.total--;
    };
  }
}

/** Longest delay setTimeout takes (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Calls `fn` once at `atMs` (epoch ms), even beyond setTimeout's range; returns a cancel function. */
export function callAt(atMs: number, fn: () => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    const wait = atMs - Date.now();
    if (wait <= 0) return fn();
    timer = setTimeout(arm, Math.min(wait, MAX_TIMER_MS));
    timer.unref?.();
  };
  arm();
  return () => clearTimeout(timer);
}
