import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Settings } from '../../platform/config/settings';
import { ArchiveService } from './archive.service';

/**
 * Background work of the archive: integrate staged entries, and sign a
 * checkpoint every CHECKPOINT_INTERVAL_MS or CHECKPOINT_EVERY_ENTRIES entries.
 * Every replica runs one; the advisory lock makes one of them the leader per
 * round, so a replica that dies is taken over by the next round of another.
 */
@Injectable()
export class ArchiveWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ArchiveWorker.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;
  private lastCheckpointAt = Date.now();
  private lastCheckpointSize = -1;

  constructor(
    private readonly archive: ArchiveService,
    private readonly settings: Settings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.settings.runWorkers) return;
    await this.archive.registerSigningKey();
    this.schedule();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch((err: unknown) => this.logger.error(err instanceof Error ? err : String(err)))
        .finally(() => this.schedule());
    }, this.settings.ARCHIVE_INTEGRATE_INTERVAL_MS);
  }

  /** One round: integrate until caught up, then checkpoint if due. */
  async tick(): Promise<void> {
    while (!this.stopped && (await this.archive.integrateOnce()) > 0) {
      /* keep integrating while there is a backlog */
    }
    if (this.stopped) return;
    const size = await this.archive.treeSize();
    if (this.lastCheckpointSize < 0) this.lastCheckpointSize = size;
    const due =
      Date.now() - this.lastCheckpointAt >= this.settings.CHECKPOINT_INTERVAL_MS ||
      size - this.lastCheckpointSize >= this.settings.CHECKPOINT_EVERY_ENTRIES;
    if (due && size > 0) {
      const c = await this.archive.checkpointOnce();
      this.lastCheckpointAt = Date.now();
      if (c) this.lastCheckpointSize = c.size;
    }
  }
}
