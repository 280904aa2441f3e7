import { Module } from '@nestjs/common';
import { ArchiveModule } from '../archive';
import { PolicyModule } from '../policy';
import { KpiController } from './kpi.controller';
import { KpiRepository } from './kpi.repository';
import { KpiService } from './kpi.service';
import { KpiRollupRepository } from './kpi-rollup.repository';
import { KpiRollupService } from './kpi-rollup.service';
import { KpiRollupWorker } from './kpi-rollup.worker';
import { GaugesRepository } from './prometheus/gauges.repository';
import { MetricsServer } from './prometheus/metrics-server';
import { MetricsRegistryModule } from './prometheus/metrics-registry.module';
import { ReportsModule } from './reports/reports.module';
import { ReplayController } from './replay/replay.controller';
import { ReplayRepository } from './replay/replay.repository';
import { ReplayService } from './replay/replay.service';

@Module({
  imports: [ArchiveModule, PolicyModule, MetricsRegistryModule, ReportsModule],
  controllers: [KpiController, ReplayController],
  providers: [
    KpiRepository,
    KpiService,
    KpiRollupRepository,
    KpiRollupService,
    KpiRollupWorker,
    GaugesRepository,
    MetricsServer,
    ReplayRepository,
    ReplayService,
  ],
  exports: [KpiService, KpiRollupService, ReplayService],
})
export class MetricsModule {}
