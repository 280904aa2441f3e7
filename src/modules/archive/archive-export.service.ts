import { Injectable, Logger } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Actor } from '../../platform/auth/actor';
import { Clock } from '../../platform/clock/clock';
import { ArchiveError, ArchiveErrorCode } from './archive.errors';
import { ArchiveRepository, type CheckpointRow } from './archive.repository';
import { ArchiveService } from './archive.service';
import { AuditedWork } from './audited-work';
import { CheckpointService } from './checkpoint.service';
import {
  writeBundle,
  type BundleEntry,
  type BundleManifest,
  type BundleProof,
} from './core/bundle-writer';
import type { JsonValue } from './core/canonical-json';
import { parseEntry } from './core/entry';
import { BUNDLE_FILES } from './core/verifier';
import { compactRangeNodes, nodeKey } from './core/merkle';
import { ExportStore } from './export-store';
import { ProofService } from './proof.service';

const PAGE = 1000;

const isRefValue = (v: unknown): boolean =>
  typeof v === 'string' && v.length > 0 && v.length <= 200 && !v.includes('\u0000');

export interface ExportRequest {
  from?: number;
  to?: number;
  /** Export the range that covers every entry with these references. */
  refs?: Record<string, string>;
  exporter: Actor;
  /** Also keep the bundle in this local directory (the CLI); it is always stored in the database. */
  out?: string;
}

export interface ExportResult {
  id: string;
  /** The local copy, when `out` was given. */
  dir?: string;
  manifest: BundleManifest;
}

/**
 * Writes export bundles (docs/archive-format.md): by default the whole log up
 * to the latest checkpoint. A query export covers the smallest range holding
 * every match, so that it stays verifiable; the query is in the manifest.
 */
@Injectable()
export class ArchiveExportService {
  private readonly logger = new Logger(ArchiveExportService.name);

  constructor(
    private readonly repo: ArchiveRepository,
    private readonly archive: ArchiveService,
    private readonly checkpointsService: CheckpointService,
    private readonly proofService: ProofService,
    private readonly store: ExportStore,
    private readonly work: AuditedWork,
    private readonly clock: Clock,
  ) {}

  /**
   * Writes the bundle, stores every file of it (so any replica serves the
   * download), then records the export and its manifest hash in one audited
   * unit of work: a download needs that record, so a half-stored export is
   * never served.
   */
  async export(req: ExportRequest): Promise<ExportResult> {
    const latest = await this.repo.latestCheckpoint();
    if (!latest) {
      throw new ArchiveError(
        ArchiveErrorCode.ARCHIVE_NO_CHECKPOINT,
        'No checkpoint has been signed yet.',
      );
    }
    let from = req.from ?? 0;
    let to = req.to ?? latest.size;
    if (req.refs) {
      if (req.from !== undefined || req.to !== undefined) {
        throw new ArchiveError(
          ArchiveErrorCode.ARCHIVE_RANGE_INVALID,
          'Give either a range or refs, not both.',
        );
      }
      const refs = Object.entries(req.refs);
      if (
        refs.length === 0 ||
        refs.length > 8 ||
        !refs.every(([k, v]) => /^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(k) && isRefValue(v))
      ) {
        throw new ArchiveError(
          ArchiveErrorCode.ARCHIVE_RANGE_INVALID,
          'refs must name 1 to 8 references, each a non-empty string of at most 200 characters.',
        );
      }
      const range = await this.repo.refRange(req.refs);
      if (!range) {
        throw new ArchiveError(
          ArchiveErrorCode.ARCHIVE_ENTRY_NOT_FOUND,
          'No archived entry matches the query.',
        );
      }
      from = range.first;
      to = range.last + 1;
    }
    if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from < 0 || to < from) {
      throw new ArchiveError(ArchiveErrorCode.ARCHIVE_RANGE_INVALID, 'Expected 0 <= from <= to.');
    }
    if (to > latest.size) {
      throw new ArchiveError(
        ArchiveErrorCode.ARCHIVE_RANGE_INVALID,
        `The range ends after the latest checkpoint (${latest.size}); wait for the next one.`,
        { latestCheckpoint: latest.size },
      );
    }

    // The bundle holds what the database holds: rows removed behind the
    // application's back shorten it, and verification then fails.
    const storedTo = to;
    const present = await this.repo.countInRange(from, to);
    if (present !== to - from) {
      this.logger.error(
        `archive rows missing in [${from}, ${to}): ${to - from - present}; the export will not verify`,
      );
      to = from + present;
    }
    const checkpoints = await this.coveringCheckpoints(from, to);
    const proofs = await this.proofs(to, checkpoints);
    const frontierCoords = compactRangeNodes(from);
    const nodes = await this.repo.nodes(frontierCoords);
    const frontier = {
      size: from,
      hashes: frontierCoords.map((c) => {
        const h = nodes.get(nodeKey(c));
        if (!h) throw new Error(`archive node ${nodeKey(c)} missing`);
        return h;
      }),
    };
    const keys = (await this.repo.signingKeys()).map((k) => ({
      vkey: k.vkey,
      validFrom: k.validFrom.toISOString(),
      validUntil: null,
    }));

    const id = randomUUID();
    const dir = req.out ? resolve(req.out) : mkdtempSync(join(tmpdir(), 'countersign-export-'));
    try {
      const query: JsonValue = req.refs ? { refs: req.refs } : { from, to };
      const exportedAt = this.clock.now();
      const manifest = await writeBundle({
        dir,
        origin: this.checkpointsService.origin,
        range: { from, to },
        frontier,
        entries: this.entries(from, storedTo),
        checkpoints: checkpoints.map((c) => ({ size: c.size, note: c.note })),
        proofs,
        keys,
        query,
        exporter: { id: req.exporter.id, roles: [...req.exporter.roles] },
        exportedAt,
      });
      const manifestText = readFileSync(join(dir, BUNDLE_FILES.manifest), 'utf8');
      try {
        for (const path of [BUNDLE_FILES.manifest, ...manifest.files.map((f) => f.path)]) {
          await this.store.put(id, path, join(dir, path));
        }
        // Exporting is itself on the record, with the manifest's hash: once a later
        // checkpoint covers this entry, the manifest (exporter, query, time) is authenticated too.
        const manifestSha256 = createHash('sha256').update(manifestText).digest('hex');
        await this.work.run(req.exporter, async (ctx) => {
          await this.repo.insertExport(ctx.tx, {
            id,
            manifest: manifestText,
            manifestSha256,
            exportedBy: req.exporter.id,
            exportedAt,
          });
          return {
            result: undefined,
            records: [
              {
                stream: 'archive',
                kind: 'archive.exported',
                refs: { export: id },
                clear: { from, to, query, files: manifest.files.length, manifestSha256 },
              },
            ],
          };
        });
      } catch (err) {
        // A failed export leaves no stored files behind (none could be served anyway).
        await this.store.remove(id).catch(() => undefined);
        throw err;
      }
      return { id, dir: req.out ? dir : undefined, manifest };
    } finally {
      if (!req.out) rmSync(dir, { recursive: true, force: true });
    }
  }

  /** A stored export's manifest (as written) and the paths it lists, if the export exists. */
  async manifestOf(id: string): Promise<{ text: string; paths: Set<string> } | undefined> {
    const row = await this.repo.exportById(id);
    if (!row) return undefined;
    const manifest = JSON.parse(row.manifest) as { files: { path: string }[] };
    return {
      text: row.manifest,
      paths: new Set([BUNDLE_FILES.manifest, ...manifest.files.map((f) => f.path)]),
    };
  }

  /** Checkpoints inside (from, to], and the first one at or after `to`. */
  private async coveringCheckpoints(from: number, to: number): Promise<CheckpointRow[]> {
    const inside = await this.repo.checkpointsBetween(from + 1, to);
    if (inside.length === 0 || inside[inside.length - 1].size !== to) {
      const after = await this.repo.checkpointAtOrAfter(to);
      if (after && !inside.some((c) => c.size === after.size)) inside.push(after);
    }
    return inside;
  }

  /** Consistency proofs between consecutive checkpoints, each to the last, and from `to`. */
  private async proofs(to: number, checkpoints: CheckpointRow[]): Promise<BundleProof[]> {
    const pairs = new Map<string, [number, number]>();
    const sizes = checkpoints.map((c) => c.size);
    const last = sizes[sizes.length - 1];
    for (let i = 0; i + 1 < sizes.length; i++)
      pairs.set(`${sizes[i]}-${sizes[i + 1]}`, [sizes[i], sizes[i + 1]]);
    for (const s of sizes) if (s < last) pairs.set(`${s}-${last}`, [s, last]);
    for (const s of sizes) if (to > 0 && to < s) pairs.set(`${to}-${s}`, [to, s]);
    const out: BundleProof[] = [];
    for (const [m, n] of pairs.values()) {
      if (m === 0) continue;
      out.push({ m, n, proof: await this.proofService.consistencyProof(m, n) });
    }
    return out;
  }

  private async *entries(from: number, to: number): AsyncGenerator<BundleEntry> {
    let position = from;
    for (let next = from; next < to;) {
      // Whatever the database holds is exported as it is: a row removed behind the
      // application's back shows up as a verification failure, not as an export error.
      const page = await this.repo.entriesInRange(next, to, PAGE);
      if (page.length === 0) return;
      const erased = await this.archive.erasedKeys(page);
      for (const row of page) {
        const envelope = parseEntry(row.canonical);
        // Numbered by position: a missing row shifts the rest, which then fail verification.
        yield {
          seq: position++,
          canonical: row.canonical,
          recordedAt: envelope.recordedAt,
          kind: row.kind,
          stream: row.stream,
          actor: envelope.actor,
          refs: envelope.refs,
          erased: row.subjectKeyId !== null && erased.has(row.subjectKeyId),
        };
      }
      next = page[page.length - 1].seq + 1;
    }
  }
}
