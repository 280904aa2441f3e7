export { ArchiveModule } from './archive.module';
export { ArchiveService } from './archive.service';
export { CheckpointService } from './checkpoint.service';
export { ProofService } from './proof.service';
export { ErasureService } from './erasure.service';
export {
  ArchiveExportService,
  type ExportRequest,
  type ExportResult,
} from './archive-export.service';
export { AuditedWork, type Audited, type AuditContext, type AuditRecord } from './audited-work';
export type { ArchiveRecord } from './archive.types';
export type { JsonValue } from './core/canonical-json';
export { ArchiveError, ArchiveErrorCode } from './archive.errors';
