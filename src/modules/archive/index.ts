/** The archive module's public API for other modules; `./core` is the pure format, Merkle and verifier code. */
export { ArchiveModule } from './archive.module';
export { ArchiveService } from './archive.service';
export { ArchiveExportService } from './archive-export.service';
export { AuditedWork, type Audited, type AuditContext, type AuditRecord } from './audited-work';
export { SYSTEM_ACTOR, type ArchiveRecord } from './archive.types';
