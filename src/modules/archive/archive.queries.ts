import { Injectable } from '@nestjs/common';
import { createReadStream, existsSync, readFileSync, type ReadStream } from 'node:fs';
import { join } from 'node:path';
import { ArchiveError, ArchiveErrorCode } from './archive.errors';
import { ArchiveExportService } from './archive-export.service';
import type { LegalHoldRow, SequencedEntryRow } from './archive.repository';
import { ArchiveService } from './archive.service';
import { parseEntry } from './core/entry';
import type {
  ArchiveEntryResponseDto,
  CheckpointResponseDto,
  ConsistencyProofResponseDto,
  CreateExportDto,
  EntriesResponseDto,
  EraseResponseDto,
  ExportResponseDto,
  InclusionProofResponseDto,
  LegalHoldResponseDto,
  RangeQueryDto,
  RefQueryDto,
} from './dtos/archive.dtos';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CONTENT_TYPES: Record<string, string> = {
  json: 'application/json',
  jsonl: 'application/jsonl',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  pub: 'text/plain; charset=utf-8',
};

import type { Actor } from '../../platform/auth/actor';

/** Maps archive results to response DTOs (no entity or row leaves this module). */
@Injectable()
export class ArchiveQueries {
  constructor(
    private readonly archive: ArchiveService,
    private readonly exporter: ArchiveExportService,
  ) {}

  async latestCheckpoint(): Promise<CheckpointResponseDto> {
    const c = await this.archive.latestCheckpoint();
    return {
      size: c.size,
      root: c.root.toString('base64'),
      note: c.note,
      keyFingerprint: c.keyFingerprint,
      createdAt: c.createdAt.toISOString(),
    };
  }

  async entries(q: RangeQueryDto): Promise<EntriesResponseDto> {
    const limit = q.limit ?? 100;
    const from = q.from ?? 0;
    const to = q.to ?? from + limit;
    const rows = await this.archive.entries(from, to, limit);
    return { entries: await this.toDtos(rows), size: await this.archive.treeSize() };
  }

  async entriesByRef(q: RefQueryDto): Promise<EntriesResponseDto> {
    const rows = await this.archive.entriesByRef({ [q.ref]: q.id }, q.limit ?? 100);
    return { entries: await this.toDtos(rows), size: await this.archive.treeSize() };
  }

  async entry(entryId: string): Promise<ArchiveEntryResponseDto> {
    const rows = UUID.test(entryId) ? await this.archive.entryById(entryId) : [];
    if (rows.length === 0)
      throw new ArchiveError(ArchiveErrorCode.ARCHIVE_ENTRY_NOT_FOUND, 'No such archive entry.');
    return (await this.toDtos(rows))[0];
  }

  async inclusion(seq: number, size: number): Promise<InclusionProofResponseDto> {
    const { leafHash, proof } = await this.archive.inclusionProof(seq, size);
    return {
      seq,
      size,
      leafHash: leafHash.toString('base64'),
      proof: proof.map((h) => h.toString('base64')),
    };
  }

  async consistency(from: number, to: number): Promise<ConsistencyProofResponseDto> {
    const proof = await this.archive.consistencyProof(from, to);
    return { from, to, proof: proof.map((h) => h.toString('base64')) };
  }

  async createExport(body: CreateExportDto, actor: Actor): Promise<ExportResponseDto> {
    if (body.refs && (body.from !== undefined || body.to !== undefined)) {
      throw new ArchiveError(
        ArchiveErrorCode.ARCHIVE_RANGE_INVALID,
        'Give either a range or refs, not both.',
      );
    }
    if (
      body.refs &&
      !Object.values(body.refs).every((v) => typeof v === 'string' && v.length > 0)
    ) {
      throw new ArchiveError(
        ArchiveErrorCode.ARCHIVE_RANGE_INVALID,
        'refs values must be non-empty strings.',
      );
    }
    const r = await this.exporter.export({
      from: body.from,
      to: body.to,
      refs: body.refs,
      exporter: actor,
    });
    return {
      id: r.id,
      manifest: r.manifest as unknown as Record<string, unknown>,
      files: ['manifest.json', ...r.manifest.files.map((f) => f.path)].map(
        (p) => `/v1/archive/exports/${r.id}/files?path=${encodeURIComponent(p)}`,
      ),
    };
  }

  /** A file of a bundle, only by a path its manifest lists (no traversal). */
  exportFile(id: string, path: string): { stream: ReadStream; contentType: string } {
    const notFound = () =>
      new ArchiveError(ArchiveErrorCode.EXPORT_NOT_FOUND, 'No such export file.');
    if (!UUID.test(id) || typeof path !== 'string') throw notFound();
    const dir = this.exporter.exportDir(id);
    const manifestFile = join(dir, 'manifest.json');
    if (!existsSync(manifestFile)) throw notFound();
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
      files: { path: string }[];
    };
    const listed = path === 'manifest.json' || manifest.files.some((f) => f.path === path);
    if (!listed) throw notFound();
    const ext = path.split('.').pop() ?? '';
    return {
      stream: createReadStream(join(dir, path)),
      contentType: CONTENT_TYPES[ext] ?? 'application/octet-stream',
    };
  }

  async erase(subjectId: string, reason: string, actor: Actor): Promise<EraseResponseDto> {
    const entryId = await this.archive.eraseSubject(subjectId, reason, actor);
    return { subjectId, entryId };
  }

  async holds(activeOnly: boolean): Promise<LegalHoldResponseDto[]> {
    return (await this.archive.listHolds(activeOnly)).map(toHoldDto);
  }

  async placeHold(subjectId: string, reason: string, actor: Actor): Promise<LegalHoldResponseDto> {
    return toHoldDto(await this.archive.placeHold(subjectId, reason, actor));
  }

  async releaseHold(id: string, reason: string, actor: Actor): Promise<LegalHoldResponseDto> {
    if (!UUID.test(id))
      throw new ArchiveError(ArchiveErrorCode.LEGAL_HOLD_NOT_FOUND, 'No such legal hold.');
    return toHoldDto(await this.archive.releaseHold(id, reason, actor));
  }

  private async toDtos(rows: SequencedEntryRow[]): Promise<ArchiveEntryResponseDto[]> {
    const erased = await this.archive.erasedKeys(rows);
    return rows.map((r) => ({
      seq: r.seq,
      entryId: r.entryId,
      stream: r.stream,
      kind: r.kind,
      recordedAt: r.recordedAt.toISOString(),
      envelope: parseEntry(r.canonical) as unknown as Record<string, unknown>,
      canonical: r.canonical.toString('utf8'),
      leafHash: r.leafHash.toString('base64'),
      erased: r.subjectKeyId !== null && erased.has(r.subjectKeyId),
    }));
  }
}

function toHoldDto(h: LegalHoldRow): LegalHoldResponseDto {
  return {
    id: h.id,
    subjectId: h.subjectId,
    reason: h.reason,
    placedBy: h.placedBy,
    placedAt: h.placedAt.toISOString(),
    releasedBy: h.releasedBy,
    releasedAt: h.releasedAt ? h.releasedAt.toISOString() : null,
  };
}
