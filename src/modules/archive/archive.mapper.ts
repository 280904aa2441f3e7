import type { Page } from '../../platform/http/pagination';
import type { EntriesView } from './archive.queries';
import type { ExportResult } from './archive-export.service';
import type { CheckpointRow, LegalHoldRow, SequencedEntryRow } from './archive.repository';
import { parseEntry } from './core/entry';
import type {
  ArchiveEntryResponseDto,
  CheckpointResponseDto,
  ConsistencyProofResponseDto,
  EntriesResponseDto,
  EraseResponseDto,
  ExportResponseDto,
  InclusionProofResponseDto,
  LegalHoldResponseDto,
} from './dtos/archive.dtos';

/** Archive results as API responses: the one place rows become DTOs. */
export const ArchiveMapper = {
  checkpoint(c: CheckpointRow): CheckpointResponseDto {
    return {
      size: c.size,
      root: c.root.toString('base64'),
      note: c.note,
      keyFingerprint: c.keyFingerprint,
      createdAt: c.createdAt.toISOString(),
    };
  },

  entry(r: SequencedEntryRow, erasedKeys: Set<string>): ArchiveEntryResponseDto {
    return {
      seq: r.seq,
      entryId: r.entryId,
      stream: r.stream,
      kind: r.kind,
      recordedAt: r.recordedAt.toISOString(),
      envelope: parseEntry(r.canonical) as unknown as Record<string, unknown>,
      canonical: r.canonical.toString('utf8'),
      leafHash: r.leafHash.toString('base64'),
      erased: r.subjectKeyId !== null && erasedKeys.has(r.subjectKeyId),
    };
  },

  entries(v: EntriesView & { size: number }): EntriesResponseDto {
    return { entries: v.rows.map((r) => ArchiveMapper.entry(r, v.erasedKeys)), size: v.size };
  },

  entryPage(v: EntriesView, page: Page<SequencedEntryRow>): Page<ArchiveEntryResponseDto> {
    return {
      items: page.items.map((r) => ArchiveMapper.entry(r, v.erasedKeys)),
      nextCursor: page.nextCursor,
    };
  },

  inclusion(
    seq: number,
    size: number,
    p: { leafHash: Buffer; proof: Buffer[] },
  ): InclusionProofResponseDto {
    return {
      seq,
      size,
      leafHash: p.leafHash.toString('base64'),
      proof: p.proof.map((h) => h.toString('base64')),
    };
  },

  consistency(from: number, to: number, proof: Buffer[]): ConsistencyProofResponseDto {
    return { from, to, proof: proof.map((h) => h.toString('base64')) };
  },

  export(r: ExportResult): ExportResponseDto {
    return {
      id: r.id,
      manifest: r.manifest as unknown as Record<string, unknown>,
      files: ['manifest.json', ...r.manifest.files.map((f) => f.path)].map(
        (p) => `/v1/archive/exports/${r.id}/files?path=${encodeURIComponent(p)}`,
      ),
    };
  },

  erased(subjectId: string, entryId: string): EraseResponseDto {
    return { subjectId, entryId };
  },

  hold(h: LegalHoldRow): LegalHoldResponseDto {
    return {
      id: h.id,
      subjectId: h.subjectId,
      reason: h.reason,
      placedBy: h.placedBy,
      placedAt: h.placedAt.toISOString(),
      releasedBy: h.releasedBy,
      releasedAt: h.releasedAt ? h.releasedAt.toISOString() : null,
    };
  },
};
