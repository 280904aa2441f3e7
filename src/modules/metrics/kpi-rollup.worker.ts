import { Injectable } from '@nestjs/common';
import { Clock } from '../../platform/clock/clock';
import { Settings } from '../../platform/config/settings';
import { PeriodicWorker } from '../../platform/workers/periodic-worker';
import { KpiRollupRepository } from './kpi-rollup.repository';

/**
 * Folds the deltas the KPI triggers append into the rollups, a batch per
 * round, on every replica; the advisory lock lets one fold at a time. Reads
 * are exact whether or not this has run (they add the pending deltas); it
 * keeps them fast.
 */
@Injectable()
export class KpiRollupWorker extends PeriodicWorker {
  constructor(
    private readonly repo: KpiRollupRepository,
    clock: Clock,
    settings: Settings,
  ) {
    super(clock, settings, { name: KpiRollupWorker.name, intervalMs: 5_000 });
  }

  async runOnce(): Promise<boolean> {
    const { locked, folded } = await this.repo.fold();
    return locked && folded >= this.repo.foldBatch;
  }
}
