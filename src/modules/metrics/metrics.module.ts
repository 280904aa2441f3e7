import { Module } from '@nestjs/common';
import { ArchiveModule } from '../archive';
import { PolicyModule } from '../policy';
import { KpiController } from './kpi.controller';
import { KpiRepository } from './kpi.repository';
import { KpiService } from './kpi.service';

@Module({
  imports: [ArchiveModule, PolicyModule],
  controllers: [KpiController],
  providers: [KpiRepository, KpiService],
  exports: [KpiService],
})
export class MetricsModule {}
