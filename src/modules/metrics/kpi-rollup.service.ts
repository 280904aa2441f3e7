import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { PolicyService } from '../policy';
import { isoDays, type BusinessSchedule } from './core/kpi-query';
import { KpiRollupRepository, type RollupConfig } from './kpi-rollup.repository';

const sameConfig = (a: RollupConfig, b: RollupConfig): boolean =>
  JSON.stringify(a.zones) === JSON.stringify(b.zones) &&
  JSON.stringify(a.schedules) === JSON.stringify(b.schedules);

/**
 * Keeps the rollups' configuration equal to the policy in force: day rollups
 * for UTC and every business-hours zone of channels.yaml, business seconds
 * under the channels' schedules. A change (first start, an edited
 * channels.yaml) rebuilds the rollups from the source rows once, whichever
 * replica gets there first.
 */
@Injectable()
export class KpiRollupService implements OnApplicationBootstrap {
  private readonly logger = new Logger(KpiRollupService.name);

  constructor(
    private readonly repo: KpiRollupRepository,
    private readonly policy: PolicyService,
  ) {}

  /** The business-hours schedules of channels whose SLA clocks run in business hours only. */
  schedules(): BusinessSchedule[] {
    return this.policy.current.channels.channels
      .filter((c) => c.sla.businessHoursOnly)
      .map((c) => ({
        channel: c.id,
        tz: c.businessHours.timezone,
        days: isoDays(c.businessHours.days),
        open: c.businessHours.open,
        close: c.businessHours.close,
      }))
      .sort((a, b) => a.channel.localeCompare(b.channel));
  }

  wanted(): RollupConfig {
    const zones = new Set(['UTC']);
    for (const c of this.policy.current.channels.channels) zones.add(c.businessHours.timezone);
    return { zones: [...zones].sort(), schedules: this.schedules() };
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureConfigured();
  }

  /** Rebuilds the rollups if their zones or schedules differ from the policy's; true if it did. */
  async ensureConfigured(): Promise<boolean> {
    const wanted = this.wanted();
    if (sameConfig(await this.repo.config(), wanted)) return false;
    const started = Date.now();
    const rebuilt = await this.repo.reconfigure(wanted, (c) => sameConfig(c, wanted));
    if (rebuilt) {
      this.logger.log(
        `KPI rollups rebuilt for zones ${wanted.zones.join(', ')} in ${Date.now() - started} ms`,
      );
    }
    return rebuilt;
  }

  /** Folds pending deltas until none is left (benchmarks, the CLI); the worker does it in the background. */
  async foldAll(): Promise<number> {
    let total = 0;
    for (;;) {
      const { locked, folded } = await this.repo.fold();
      total += folded;
      if (!locked || folded < this.repo.foldBatch) return total;
    }
  }
}
