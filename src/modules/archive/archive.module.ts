import { Module } from '@nestjs/common';
import { SubjectsModule } from '../subjects';
import { ArchiveController } from './archive.controller';
import { ArchiveExportService } from './archive-export.service';
import { ArchiveQueries } from './archive.queries';
import { ArchiveRepository } from './archive.repository';
import { ArchiveService } from './archive.service';
import { ArchiveWorker } from './archive.worker';
import { AuditedWork } from './audited-work';
import { CheckpointService } from './checkpoint.service';
import { ErasureService } from './erasure.service';
import { DatabaseExportStore, ExportStore } from './export-store';
import { ProofService } from './proof.service';

/**
 * The tamper-evident archive, one service per job: appending and sequencing
 * (ArchiveService), checkpoints, proofs, erasure and legal holds, exports;
 * AuditedWork is how every other module records its changes.
 */
@Module({
  imports: [SubjectsModule],
  controllers: [ArchiveController],
  providers: [
    ArchiveRepository,
    ArchiveService,
    CheckpointService,
    ProofService,
    ErasureService,
    ArchiveExportService,
    { provide: ExportStore, useClass: DatabaseExportStore },
    ArchiveQueries,
    ArchiveWorker,
    AuditedWork,
  ],
  exports: [
    ArchiveService,
    CheckpointService,
    ProofService,
    ErasureService,
    ArchiveExportService,
    AuditedWork,
  ],
})
export class ArchiveModule {}
