import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { ArchiveError, ArchiveErrorCode } from './archive.errors';
import { ArchiveExportService } from './archive-export.service';
import type { SequencedEntryRow } from './archive.repository';
import { ArchiveService } from './archive.service';
import { ExportStore } from './export-store';

/** Entries as read back: the rows and which of their subject keys were destroyed. */
export interface EntriesView {
  rows: SequencedEntryRow[];
  erasedKeys: Set<string>;
}

const CONTENT_TYPES: Record<string, string> = {
  json: 'application/json',
  jsonl: 'application/jsonl',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  pub: 'text/plain; charset=utf-8',
};

/** The read side of the archive's API: entries with their erasure state, and export downloads. */
@Injectable()
export class ArchiveQueries {
  constructor(
    private readonly archive: ArchiveService,
    private readonly exports: ArchiveExportService,
    private readonly store: ExportStore,
  ) {}

  async entries(from: number, to: number, limit: number): Promise<EntriesView & { size: number }> {
    const rows = await this.archive.entries(from, to, limit);
    return { ...(await this.view(rows)), size: await this.archive.treeSize() };
  }

  /** Up to `limit` entries with the reference, after seq `afterSeq`, in seq order. */
  async entriesByRef(
    refs: Record<string, string>,
    limit: number,
    afterSeq?: number,
  ): Promise<EntriesView> {
    return this.view(await this.archive.entriesByRef(refs, limit, afterSeq));
  }

  async entry(entryId: string): Promise<EntriesView> {
    const row = await this.archive.entryById(entryId);
    if (!row) {
      throw new ArchiveError(ArchiveErrorCode.ARCHIVE_ENTRY_NOT_FOUND, 'No such archive entry.');
    }
    return this.view([row]);
  }

  /** A file of a stored export, only by a path its manifest lists (no traversal). */
  async exportFile(id: string, path: string): Promise<{ stream: Readable; contentType: string }> {
    const notFound = () =>
      new ArchiveError(ArchiveErrorCode.EXPORT_NOT_FOUND, 'No such export file.');
    const manifest = await this.exports.manifestOf(id);
    if (!manifest || !manifest.paths.has(path)) throw notFound();
    const chunks = await this.store.read(id, path);
    if (!chunks) throw notFound();
    const ext = path.split('.').pop() ?? '';
    return {
      stream: Readable.from(chunks),
      contentType: CONTENT_TYPES[ext] ?? 'application/octet-stream',
    };
  }

  private async view(rows: SequencedEntryRow[]): Promise<EntriesView> {
    return { rows, erasedKeys: await this.archive.erasedKeys(rows) };
  }
}
