import { Module } from '@nestjs/common';
import { SubjectsModule } from '../subjects';
import { ArchiveController } from './archive.controller';
import { ArchiveExportService } from './archive-export.service';
import { ArchiveQueries } from './archive.queries';
import { ArchiveRepository } from './archive.repository';
import { ArchiveService } from './archive.service';
import { ArchiveWorker } from './archive.worker';
import { AuditedWork } from './audited-work';

@Module({
  imports: [SubjectsModule],
  controllers: [ArchiveController],
  providers: [
    ArchiveRepository,
    ArchiveService,
    ArchiveExportService,
    ArchiveQueries,
    ArchiveWorker,
    AuditedWork,
  ],
  exports: [ArchiveService, ArchiveExportService, AuditedWork],
})
export class ArchiveModule {}
