import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Transaction } from '../../platform/database/data-source';
import { prepared } from '../../platform/database/prepared-statements';

/** A staged entry as the writer inserts it. */
export interface StagedEntryRow {
  entryId: string;
  stream: string;
  kind: string;
  recordedAt: string;
  refs: Record<string, string>;
  subjectKeyId: string | null;
  canonical: Buffer;
  leafHash: Buffer;
}

export interface PendingEntry {
  id: string;
  xid: string;
  leafHash: Buffer;
}

export interface TreeHeadRow {
  size: number;
  root: Buffer;
  frontier: string;
  cursorXid: string | null;
  cursorId: string | null;
}

export interface CheckpointRow {
  size: number;
  root: Buffer;
  note: string;
  keyFingerprint: string;
  createdAt: Date;
}

export interface SigningKeyRow {
  fingerprint: string;
  keyName: string;
  publicKey: Buffer;
  vkey: string;
  validFrom: Date;
}

export interface SequencedEntryRow {
  seq: number;
  entryId: string;
  stream: string;
  kind: string;
  recordedAt: Date;
  refs: Record<string, string>;
  subjectKeyId: string | null;
  canonical: Buffer;
  leafHash: Buffer;
}

export interface LegalHoldRow {
  id: string;
  /** placed_at to the microsecond, as the list's order key. */
  placedKey: string;
  subjectId: string;
  reason: string;
  placedBy: string;
  placedAt: Date;
  releasedBy: string | null;
  releasedAt: Date | null;
}

/** A stored export: its manifest, as written, and who made it. */
export interface ExportRow {
  id: string;
  manifest: string;
  manifestSha256: string;
  exportedBy: string;
  exportedAt: Date;
}

const num = (v: string | number): number => (typeof v === 'number' ? v : Number(v));

function mapEntry(r: Record<string, unknown>): SequencedEntryRow {
  return {
    seq: num(r.seq as string),
    entryId: r.entry_id as string,
    stream: r.stream as string,
    kind: r.kind as string,
    recordedAt: r.recorded_at as Date,
    refs: r.refs as Record<string, string>,
    subjectKeyId: (r.subject_key_id as string | null) ?? null,
    canonical: r.canonical as Buffer,
    leafHash: r.leaf_hash as Buffer,
  };
}

const HOLD_COLUMNS = `id, subject_id, reason, placed_by, placed_at, released_by, released_at,
  to_char(placed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS placed_key`;

function mapHold(r: Record<string, unknown>): LegalHoldRow {
  return {
    id: r.id as string,
    placedKey: r.placed_key as string,
    subjectId: r.subject_id as string,
    reason: r.reason as string,
    placedBy: r.placed_by as string,
    placedAt: r.placed_at as Date,
    releasedBy: (r.released_by as string | null) ?? null,
    releasedAt: (r.released_at as Date | null) ?? null,
  };
}

/** Every query of the archive; no rule lives here. */
@Injectable()
export class ArchiveRepository {
  constructor(private readonly dataSource: DataSource) {}

  private q(tx?: Transaction): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  // --- write path -----------------------------------------------------------

  async insertStaged(tx: Transaction, rows: StagedEntryRow[]): Promise<void> {
    if (rows.length === 0) return;
    if (rows.length === 1) {
      const [r] = rows;
      await tx.query(
        prepared(`INSERT INTO archive_entry (entry_id, stream, kind, recorded_at, refs, subject_key_id, canonical, leaf_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`),
        [
          r.entryId,
          r.stream,
          r.kind,
          r.recordedAt,
          JSON.stringify(r.refs),
          r.subjectKeyId,
          r.canonical,
          r.leafHash,
        ],
      );
      return;
    }
    await tx.query(
      prepared(`INSERT INTO archive_entry (entry_id, stream, kind, recorded_at, refs, subject_key_id, canonical, leaf_hash)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $5::jsonb[], $6::text[], $7::bytea[], $8::bytea[])`),
      [
        rows.map((r) => r.entryId),
        rows.map((r) => r.stream),
        rows.map((r) => r.kind),
        rows.map((r) => r.recordedAt),
        rows.map((r) => JSON.stringify(r.refs)),
        rows.map((r) => r.subjectKeyId),
        rows.map((r) => r.canonical),
        rows.map((r) => r.leafHash),
      ],
    );
  }

  // --- integrator -----------------------------------------------------------

  async latestHead(tx?: Transaction): Promise<TreeHeadRow | undefined> {
    const rows = await this.q(tx).query<Record<string, unknown>[]>(
      `SELECT size, root, frontier, cursor_xid::text AS cursor_xid, cursor_id
         FROM archive_tree_head ORDER BY size DESC LIMIT 1`,
    );
    const r = rows[0];
    if (!r) return undefined;
    return {
      size: num(r.size as string),
      root: r.root as Buffer,
      frontier: r.frontier as string,
      cursorXid: (r.cursor_xid as string | null) ?? null,
      cursorId: (r.cursor_id as string | null) ?? null,
    };
  }

  /**
   * Committed entries not yet sequenced, in (transaction id, id) order. Only
   * transactions older than the snapshot's xmin horizon are read: they have
   * all ended, so no entry still in flight can ever sort before one taken now.
   */
  async pendingEntries(
    tx: Transaction,
    cursor: { xid: string | null; id: string | null },
    limit: number,
  ): Promise<PendingEntry[]> {
    const rows = await tx.query<{ id: string; xid: string; leaf_hash: Buffer }[]>(
      `WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin)
       SELECT e.id::text AS id, e.xid::text AS xid, e.leaf_hash
         FROM archive_entry e, horizon h
        WHERE e.xid < h.xmin
          AND ($1::xid8 IS NULL OR (e.xid, e.id) > ($1::xid8, $2::bigint))
        ORDER BY e.xid, e.id
        LIMIT $3`,
      [cursor.xid, cursor.id, limit],
    );
    return rows.map((r) => ({ id: r.id, xid: r.xid, leafHash: r.leaf_hash }));
  }

  /** The id the next transaction will get: every transaction that committed before has a lower one. */
  async nextTransactionId(): Promise<string> {
    const [r] = await this.dataSource.query<{ xmax: string }[]>(
      `SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xmax`,
    );
    return r.xmax;
  }

  /** Whether a committed entry of a transaction older than `xid` is not sequenced yet. */
  async hasUnsequencedBefore(xid: string): Promise<boolean> {
    const [r] = await this.dataSource.query<{ pending: boolean }[]>(
      `WITH head AS (
         SELECT cursor_xid, cursor_id FROM archive_tree_head ORDER BY size DESC LIMIT 1
       )
       SELECT EXISTS (
         SELECT 1 FROM archive_entry e
          WHERE e.xid < $1::xid8
            AND NOT EXISTS (SELECT 1 FROM head h WHERE (e.xid, e.id) <= (h.cursor_xid, h.cursor_id))
       ) AS pending`,
      [xid],
    );
    return r.pending;
  }

  async insertSequenced(tx: Transaction, firstSeq: number, entries: PendingEntry[]): Promise<void> {
    await tx.query(
      `INSERT INTO archive_sequence (seq, entry_pk, leaf_hash)
       SELECT $1::bigint + o - 1, pk, h FROM unnest($2::bigint[], $3::bytea[]) WITH ORDINALITY AS t(pk, h, o)`,
      [firstSeq, entries.map((e) => e.id), entries.map((e) => e.leafHash)],
    );
  }

  async insertNodes(
    tx: Transaction,
    nodes: { level: number; index: number; hash: Buffer }[],
  ): Promise<void> {
    if (nodes.length === 0) return;
    await tx.query(
      `INSERT INTO archive_node (level, idx, hash) SELECT * FROM unnest($1::smallint[], $2::bigint[], $3::bytea[])`,
      [nodes.map((n) => n.level), nodes.map((n) => n.index), nodes.map((n) => n.hash)],
    );
  }

  async insertHead(tx: Transaction, head: TreeHeadRow): Promise<void> {
    await tx.query(
      `INSERT INTO archive_tree_head (size, root, frontier, cursor_xid, cursor_id) VALUES ($1, $2, $3, $4::xid8, $5)`,
      [head.size, head.root, head.frontier, head.cursorXid, head.cursorId],
    );
  }

  /** Hashes of perfect subtrees by coordinates; level 0 reads leaf hashes by seq. */
  async nodes(
    coords: { level: number; index: number }[],
    tx?: Transaction,
  ): Promise<Map<string, Buffer>> {
    const out = new Map<string, Buffer>();
    if (coords.length === 0) return out;
    const rows = await this.q(tx).query<{ level: number; idx: string; hash: Buffer }[]>(
      `SELECT 0 AS level, seq AS idx, leaf_hash AS hash FROM archive_sequence
        WHERE seq = ANY($1::bigint[])
       UNION ALL
       SELECT n.level, n.idx, n.hash FROM archive_node n
         JOIN unnest($2::smallint[], $3::bigint[]) AS c(level, idx) ON n.level = c.level AND n.idx = c.idx`,
      [
        coords.filter((c) => c.level === 0).map((c) => c.index),
        coords.filter((c) => c.level > 0).map((c) => c.level),
        coords.filter((c) => c.level > 0).map((c) => c.index),
      ],
    );
    for (const r of rows) out.set(`${r.level}:${num(r.idx)}`, r.hash);
    return out;
  }

  // --- checkpoints and keys ---------------------------------------------------

  async latestCheckpoint(tx?: Transaction): Promise<CheckpointRow | undefined> {
    const rows = await this.q(tx).query<Record<string, unknown>[]>(
      `SELECT size, root, note, key_fingerprint, created_at FROM archive_checkpoint ORDER BY size DESC LIMIT 1`,
    );
    return rows[0] ? this.mapCheckpoint(rows[0]) : undefined;
  }

  async checkpointsBetween(from: number, to: number): Promise<CheckpointRow[]> {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT size, root, note, key_fingerprint, created_at FROM archive_checkpoint
        WHERE size >= $1 AND size <= $2 ORDER BY size`,
      [from, to],
    );
    return rows.map((r) => this.mapCheckpoint(r));
  }

  async checkpointAtOrAfter(size: number): Promise<CheckpointRow | undefined> {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT size, root, note, key_fingerprint, created_at FROM archive_checkpoint
        WHERE size >= $1 ORDER BY size LIMIT 1`,
      [size],
    );
    return rows[0] ? this.mapCheckpoint(rows[0]) : undefined;
  }

  async insertCheckpoint(tx: Transaction, c: CheckpointRow): Promise<void> {
    await tx.query(
      `INSERT INTO archive_checkpoint (size, root, note, key_fingerprint, created_at) VALUES ($1, $2, $3, $4, $5)`,
      [c.size, c.root, c.note, c.keyFingerprint, c.createdAt],
    );
  }

  async ensureSigningKey(k: Omit<SigningKeyRow, 'validFrom'>): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO archive_signing_key (fingerprint, key_name, public_key, vkey) VALUES ($1, $2, $3, $4)
       ON CONFLICT (fingerprint) DO NOTHING`,
      [k.fingerprint, k.keyName, k.publicKey, k.vkey],
    );
  }

  async signingKeys(): Promise<SigningKeyRow[]> {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT fingerprint, key_name, public_key, vkey, valid_from FROM archive_signing_key ORDER BY valid_from`,
    );
    return rows.map((r) => ({
      fingerprint: r.fingerprint as string,
      keyName: r.key_name as string,
      publicKey: r.public_key as Buffer,
      vkey: r.vkey as string,
      validFrom: r.valid_from as Date,
    }));
  }

  private mapCheckpoint(r: Record<string, unknown>): CheckpointRow {
    return {
      size: num(r.size as string),
      root: r.root as Buffer,
      note: r.note as string,
      keyFingerprint: r.key_fingerprint as string,
      createdAt: r.created_at as Date,
    };
  }

  // --- reads ----------------------------------------------------------------

  async entriesInRange(from: number, to: number, limit: number): Promise<SequencedEntryRow[]> {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT s.seq, e.entry_id, e.stream, e.kind, e.recorded_at, e.refs, e.subject_key_id, e.canonical, e.leaf_hash
         FROM archive_sequence s JOIN archive_entry e ON e.id = s.entry_pk
        WHERE s.seq >= $1 AND s.seq < $2 ORDER BY s.seq LIMIT $3`,
      [from, to, limit],
    );
    return rows.map(mapEntry);
  }

  async countInRange(from: number, to: number): Promise<number> {
    const [r] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM archive_sequence s JOIN archive_entry e ON e.id = s.entry_pk
        WHERE s.seq >= $1 AND s.seq < $2`,
      [from, to],
    );
    return r.n;
  }

  /**
   * Entries whose refs contain every given reference (e.g. a conversation's
   * history), in seq order, after `afterSeq`.
   */
  async entriesByRefs(
    refs: Record<string, string>,
    limit: number,
    afterSeq = -1,
  ): Promise<SequencedEntryRow[]> {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT s.seq, e.entry_id, e.stream, e.kind, e.recorded_at, e.refs, e.subject_key_id, e.canonical, e.leaf_hash
         FROM archive_entry e JOIN archive_sequence s ON s.entry_pk = e.id
        WHERE e.refs @> $1::jsonb AND s.seq > $3 ORDER BY s.seq LIMIT $2`,
      [JSON.stringify(refs), limit, afterSeq],
    );
    return rows.map(mapEntry);
  }

  /** The first and last seq of the entries with these references, found by the database. */
  async refRange(
    refs: Record<string, string>,
  ): Promise<{ first: number; last: number } | undefined> {
    const [r] = await this.dataSource.query<{ first: string | null; last: string | null }[]>(
      `SELECT min(s.seq) AS first, max(s.seq) AS last
         FROM archive_entry e JOIN archive_sequence s ON s.entry_pk = e.id
        WHERE e.refs @> $1::jsonb`,
      [JSON.stringify(refs)],
    );
    return r.first === null || r.last === null
      ? undefined
      : { first: num(r.first), last: num(r.last) };
  }

  async entryByEntryId(entryId: string): Promise<SequencedEntryRow | undefined> {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT s.seq, e.entry_id, e.stream, e.kind, e.recorded_at, e.refs, e.subject_key_id, e.canonical, e.leaf_hash
         FROM archive_entry e JOIN archive_sequence s ON s.entry_pk = e.id WHERE e.entry_id = $1`,
      [entryId],
    );
    return rows[0] ? mapEntry(rows[0]) : undefined;
  }

  async integratedSize(): Promise<number> {
    const head = await this.latestHead();
    return head?.size ?? 0;
  }

  // --- legal holds ----------------------------------------------------------

  async activeHolds(subjectId: string, tx?: Transaction): Promise<LegalHoldRow[]> {
    const rows = await this.q(tx).query<Record<string, unknown>[]>(
      `SELECT ${HOLD_COLUMNS} FROM legal_hold WHERE subject_id = $1 AND released_at IS NULL ORDER BY placed_at`,
      [subjectId],
    );
    return rows.map(mapHold);
  }

  /** The subject a hold is on, if the hold exists. */
  async holdSubject(tx: Transaction, id: string): Promise<string | undefined> {
    const rows = await tx.query<{ subject_id: string }[]>(
      `SELECT subject_id FROM legal_hold WHERE id = $1`,
      [id],
    );
    return rows[0]?.subject_id;
  }

  /** The hold, locked for the rest of the transaction. */
  async holdForUpdate(tx: Transaction, id: string): Promise<LegalHoldRow | undefined> {
    const rows = await tx.query<Record<string, unknown>[]>(
      `SELECT ${HOLD_COLUMNS} FROM legal_hold WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ? mapHold(rows[0]) : undefined;
  }

  /** Holds, newest first, after the (placedKey, id) position of the previous page. */
  async holdsPage(
    activeOnly: boolean,
    after: { placedKey: string; id: string } | undefined,
    limit: number,
  ): Promise<LegalHoldRow[]> {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT ${HOLD_COLUMNS} FROM legal_hold
        WHERE ($1::boolean = false OR released_at IS NULL)
          AND ($2::timestamptz IS NULL OR (placed_at, id) < ($2::timestamptz, $3::uuid))
        ORDER BY placed_at DESC, id DESC LIMIT $4`,
      [activeOnly, after?.placedKey ?? null, after?.id ?? null, limit],
    );
    return rows.map(mapHold);
  }

  async insertHold(
    tx: Transaction,
    h: Pick<LegalHoldRow, 'id' | 'subjectId' | 'reason' | 'placedBy' | 'placedAt'>,
  ): Promise<LegalHoldRow> {
    const rows = await tx.query<Record<string, unknown>[]>(
      `INSERT INTO legal_hold (id, subject_id, reason, placed_by, placed_at) VALUES ($1, $2, $3, $4, $5)
       RETURNING ${HOLD_COLUMNS}`,
      [h.id, h.subjectId, h.reason, h.placedBy, h.placedAt],
    );
    return mapHold(rows[0]);
  }

  async releaseHold(tx: Transaction, id: string, by: string, at: Date): Promise<LegalHoldRow> {
    const result = await tx.query<unknown[]>(
      `UPDATE legal_hold SET released_by = $2, released_at = $3 WHERE id = $1 RETURNING ${HOLD_COLUMNS}`,
      [id, by, at],
    );
    // TypeORM answers an UPDATE … RETURNING with [rows, count].
    const rows = (Array.isArray(result[0]) ? result[0] : result) as Record<string, unknown>[];
    return mapHold(rows[0]);
  }

  // --- exports --------------------------------------------------------------

  /** Stores one chunk of an export file (before the export row exists, so never served yet). */
  async insertExportChunk(
    exportId: string,
    path: string,
    chunk: number,
    data: Buffer,
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO archive_export_file (export_id, path, chunk, data) VALUES ($1, $2, $3, $4)`,
      [exportId, path, chunk, data],
    );
  }

  async deleteExportFiles(exportId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM archive_export_file WHERE export_id = $1`, [exportId]);
  }

  async exportChunk(exportId: string, path: string, chunk: number): Promise<Buffer | undefined> {
    const rows = await this.dataSource.query<{ data: Buffer }[]>(
      `SELECT data FROM archive_export_file WHERE export_id = $1 AND path = $2 AND chunk = $3`,
      [exportId, path, chunk],
    );
    return rows[0]?.data;
  }

  async insertExport(tx: Transaction, e: ExportRow): Promise<void> {
    await tx.query(
      `INSERT INTO archive_export (id, manifest, manifest_sha256, exported_by, exported_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [e.id, e.manifest, e.manifestSha256, e.exportedBy, e.exportedAt],
    );
  }

  async exportById(id: string): Promise<ExportRow | undefined> {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT id, manifest, manifest_sha256, exported_by, exported_at FROM archive_export WHERE id = $1`,
      [id],
    );
    const r = rows[0];
    return r
      ? {
          id: r.id as string,
          manifest: r.manifest as string,
          manifestSha256: r.manifest_sha256 as string,
          exportedBy: r.exported_by as string,
          exportedAt: r.exported_at as Date,
        }
      : undefined;
  }
}
