import type { Consumer } from 'kafkajs';

/** After a crash kafkajs does not restart from, the consumer joins again after this, times the attempt (at most the max). */
const REJOIN_DELAY_MS = 500;
const REJOIN_MAX_DELAY_MS = 5000;

export interface CrashRejoinOptions {
  /** Connects, subscribes and runs the consumer, as at the start. */
  join: () => Promise<void>;
  /** Told when a rejoin succeeded, with the attempt it took. */
  onRejoined?: (attempt: number) => void;
  /** Told when a rejoin attempt failed (another follows). */
  onAttemptFailed?: (err: Error, attempt: number) => void;
}

/**
 * kafkajs restarts a crashed consumer only after errors it counts as retriable; after others (for
 * example "Failed to find group coordinator" or "This is not the correct coordinator" while a
 * loaded broker moves or elects the group's coordinator) the consumer stays disconnected for good,
 * and its partitions would wait for ever. This joins the group again, backing off, until it is
 * back or stopped. The group's committed offsets say where it goes on.
 *
 * Listens to the consumer's CRASH events itself; `stop()` ends the attempts (call it before
 * disconnecting the consumer).
 */
export class CrashRejoin {
  private stopping = false;
  private restarting?: Promise<void>;

  constructor(
    private readonly consumer: Consumer,
    private readonly opts: CrashRejoinOptions,
  ) {
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart) this.rejoin();
    });
  }

  private rejoin(): void {
    if (this.stopping || this.restarting) return;
    this.restarting = (async () => {
      for (let attempt = 1; !this.stopping; attempt++) {
        await new Promise((r) => setTimeout(r, Math.min(REJOIN_MAX_DELAY_MS, REJOIN_DELAY_MS * attempt)));
        if (this.stopping) return;
        try {
          await this.consumer.disconnect().catch(() => undefined);
          if (this.stopping) return;
          await this.opts.join();
          this.opts.onRejoined?.(attempt);
          return;
        } catch (err) {
          this.opts.onAttemptFailed?.(err as Error, attempt);
        }
      }
    })().finally(() => (this.restarting = undefined));
  }

  /** No more attempts; waits for one under way to end. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.restarting;
  }
}
