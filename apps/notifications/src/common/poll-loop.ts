import { Logger } from '@nestjs/common';

/**
 * Runs `step` repeatedly: again at once while it reports more work, else after `idleMs` or
 * when woken. Errors are logged and retried after a second. `stop()` waits for the step in hand.
 */
export class PollLoop {
  private running = false;
  private loop?: Promise<void>;
  private wakeUp?: () => void;
  private readonly logger: Logger;

  constructor(
    private readonly name: string,
    private readonly idleMs: number,
    private readonly step: () => Promise<boolean>,
  ) {
    this.logger = new Logger(name);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  wake(): void {
    this.wakeUp?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    await this.loop;
  }

  private async run() {
    while (this.running) {
      let more = false;
      let delay = this.idleMs;
      try {
        more = await this.step();
      } catch (err) {
        this.logger.warn({ err: (err as Error).message }, `${this.name} step failed`);
        delay = Math.max(delay, 1000);
      }
      if (more || !this.running) continue;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, delay);
        this.wakeUp = () => {
          clearTimeout(t);
          resolve();
        };
      });
      this.wakeUp = undefined;
    }
  }
}
