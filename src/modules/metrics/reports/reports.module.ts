import { Module } from '@nestjs/common';
import { ArchiveModule } from '../../archive';
import { ReportsController } from './reports.controller';
import { ReportsRepository } from './reports.repository';
import { ReportsService } from './reports.service';

/** Examiner reports; also what the CLI's `report` command loads. */
@Module({
  imports: [ArchiveModule],
  controllers: [ReportsController],
  providers: [ReportsRepository, ReportsService],
  exports: [ReportsService],
})
export class ReportsModule {}
