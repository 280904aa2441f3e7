import { Injectable } from '@nestjs/common';
import { Clock } from '../../platform/clock/clock';
import { Settings } from '../../platform/config/settings';
import { PeriodicWorker } from '../../platform/workers/periodic-worker';
import { ArchiveService } from './archive.service';
import { CheckpointService } from './checkpoint.service';

/**
 * Background work of the archive: integrate staged entries every
 * ARCHIVE_INTEGRATE_INTERVAL_MS, and sign a checkpoint every
 * CHECKPOINT_INTERVAL_MS or CHECKPOINT_EVERY_ENTRIES entries. Every replica
 * runs one; the advisory lock makes one of them the leader per round, so a
 * replica that dies is taken over by the next round of another.
 */
@Injectable()
export class ArchiveWorker extends PeriodicWorker {
  private lastCheckpointAt?: number;
  private lastCheckpointSize = -1;

  constructor(
    private readonly archive: ArchiveService,
    private readonly checkpoints: CheckpointService,
    clock: Clock,
    private readonly config: Settings,
  ) {
    super(clock, config, {
      name: ArchiveWorker.name,
      intervalMs: config.ARCHIVE_INTEGRATE_INTERVAL_MS,
    });
  }

  protected override async beforeStart(): Promise<void> {
    await this.checkpoints.registerSigningKey();
  }

  /** One round: integrate one batch, then checkpoint if due. True when a batch was full. */
  async runOnce(): Promise<boolean> {
    const integrated = await this.archive.integrateOnce();
    const size = await this.archive.treeSize();
    const now = this.clock.nowMs();
    this.lastCheckpointAt ??= now;
    if (this.lastCheckpointSize < 0) this.lastCheckpointSize = size;
    const due =
      now - this.lastCheckpointAt >= this.config.CHECKPOINT_INTERVAL_MS ||
      size - this.lastCheckpointSize >= this.config.CHECKPOINT_EVERY_ENTRIES;
    if (due && size > 0) {
      const c = await this.checkpoints.checkpointOnce();
      this.lastCheckpointAt = now;
      if (c) this.lastCheckpointSize = c.size;
    }
    return ArchiveService.isFullBatch(integrated);
  }
}
