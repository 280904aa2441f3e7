import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Clock, TimerHandle } from '../clock/clock';
import type { Settings } from '../config/settings';

export interface PeriodicWorkerOptions {
  /** For logs. */
  name: string;
  /** Pause between rounds when a round found nothing (or less than a full batch) to do. */
  intervalMs: number;
  /** Longest pause after repeated failures (back-off doubles from intervalMs). */
  maxBackoffMs?: number;
}

/**
 * A background job run every `intervalMs` on every replica (workers are on
 * unless `WORKERS=false`). `runOnce` does one round and says whether it did a
 * full batch, in which case the next round starts at once. A failing round is
 * logged and retried with exponential back-off. Stopping waits for the round
 * in progress. Time comes from the injected Clock, so tests move it.
 *
 * Work that must run once across replicas claims its rows with
 * `claimBatch` (FOR UPDATE SKIP LOCKED) or takes an advisory lock.
 */
export abstract class PeriodicWorker implements OnApplicationBootstrap, OnModuleDestroy {
  protected readonly logger: Logger;
  private timer?: TimerHandle;
  private running?: Promise<void>;
  private stopped = true;
  private failures = 0;

  protected constructor(
    protected readonly clock: Clock,
    private readonly settings: Settings,
    private readonly options: PeriodicWorkerOptions,
  ) {
    this.logger = new Logger(options.name);
  }

  /** One round. Returns true when there may be more to do right away. */
  abstract runOnce(): Promise<boolean>;

  /** Called once before the first round (e.g. to register keys). */
  protected beforeStart(): Promise<void> {
    return Promise.resolve();
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.settings.runWorkers) return;
    await this.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    await this.beforeStart();
    this.schedule(this.options.intervalMs);
  }

  /** Stops scheduling and waits for the round in progress to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) this.clock.clearTimer(this.timer);
    this.timer = undefined;
    await this.running;
  }

  get isRunning(): boolean {
    return !this.stopped;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = this.clock.setTimer(delayMs, () => {
      this.timer = undefined;
      this.running = this.round();
    });
  }

  private async round(): Promise<void> {
    let next = this.options.intervalMs;
    try {
      const more = await this.runOnce();
      this.failures = 0;
      if (more) next = 0;
    } catch (err) {
      this.failures++;
      next = Math.min(
        this.options.intervalMs * 2 ** this.failures,
        this.options.maxBackoffMs ?? 60_000,
      );
      this.logger.error(
        `round failed (${this.failures} in a row); next try in ${next} ms`,
        err instanceof Error ? err.stack : String(err),
      );
    }
    this.schedule(next);
  }
}
