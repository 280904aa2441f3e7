import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Transaction } from '../../platform/database/data-source';
import { prepared } from '../../platform/database/prepared-statements';

export interface SubjectKeyRow {
  keyId: string;
  /** Null once destroyed. */
  wrappedKey: Buffer | null;
}

/** The subject_key table: one live key per subject, destroyed keys kept as tombstones. */
@Injectable()
export class SubjectKeysRepository {
  constructor(private readonly dataSource: DataSource) {}

  private q(tx?: Transaction): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  /** The subject's live key, if any, and whether an earlier one was destroyed. */
  async ofSubject(
    subjectId: string,
    tx?: Transaction,
  ): Promise<{ live?: { keyId: string; wrappedKey: Buffer }; destroyed: string[] }> {
    const rows = await this.q(tx).query<{ key_id: string; wrapped_key: Buffer | null }[]>(
      `SELECT key_id, wrapped_key FROM subject_key WHERE subject_id = $1 ORDER BY created_at`,
      [subjectId],
    );
    const live = rows.find((r) => r.wrapped_key !== null);
    return {
      live: live ? { keyId: live.key_id, wrappedKey: live.wrapped_key! } : undefined,
      destroyed: rows.filter((r) => r.wrapped_key === null).map((r) => r.key_id),
    };
  }

  async byIds(keyIds: string[], tx?: Transaction): Promise<Map<string, Buffer | null>> {
    if (keyIds.length === 0) return new Map();
    const rows = await this.q(tx).query<{ key_id: string; wrapped_key: Buffer | null }[]>(
      `SELECT key_id, wrapped_key FROM subject_key WHERE key_id = ANY($1::text[])`,
      [keyIds],
    );
    return new Map(rows.map((r) => [r.key_id, r.wrapped_key]));
  }

  /**
   * The subject's live key, share-locked until the transaction ends: sealers
   * do not wait for one another, and an erasure (which updates the row) waits
   * for them, so nothing is sealed under a key destroyed before it commits.
   */
  async liveForShare(
    tx: Transaction,
    subjectId: string,
  ): Promise<{ keyId: string; wrappedKey: Buffer } | undefined> {
    const [row] = await tx.query<{ key_id: string; wrapped_key: Buffer }[]>(
      `SELECT key_id, wrapped_key FROM subject_key
        WHERE subject_id = $1 AND destroyed_at IS NULL FOR SHARE`,
      [subjectId],
    );
    return row ? { keyId: row.key_id, wrappedKey: row.wrapped_key } : undefined;
  }

  /** The live keys of many subjects, share-locked as liveForShare does. */
  async livesForShare(
    tx: Transaction,
    subjectIds: readonly string[],
  ): Promise<{ subjectId: string; keyId: string; wrappedKey: Buffer }[]> {
    if (subjectIds.length === 0) return [];
    const rows = await tx.query<{ subject_id: string; key_id: string; wrapped_key: Buffer }[]>(
      prepared(`SELECT subject_id, key_id, wrapped_key FROM subject_key
        WHERE subject_id = ANY($1::text[]) AND destroyed_at IS NULL FOR SHARE`),
      [[...subjectIds]],
    );
    return rows.map((r) => ({
      subjectId: r.subject_id,
      keyId: r.key_id,
      wrappedKey: r.wrapped_key,
    }));
  }

  /**
   * Inserts a live key unless the subject has one (the partial unique index
   * decides, so concurrent first seals make one key). False when it had one.
   */
  async insertIfNoLive(
    tx: Transaction,
    key: { subjectId: string; keyId: string; wrapped: Buffer; at: Date },
  ): Promise<boolean> {
    const rows = await tx.query<unknown[]>(
      `INSERT INTO subject_key (key_id, subject_id, wrapped_key, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (subject_id) WHERE destroyed_at IS NULL DO NOTHING RETURNING key_id`,
      [key.keyId, key.subjectId, key.wrapped, key.at],
    );
    return rows.length === 1;
  }

  /**
   * Inserts live keys for many subjects, in subject order, where a subject
   * has none (as insertIfNoLive). Answers the subjects whose key it inserted.
   */
  async insertManyIfNoLive(
    tx: Transaction,
    keys: readonly { subjectId: string; keyId: string; wrapped: Buffer; at: Date }[],
  ): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const sorted = [...keys].sort((a, b) =>
      a.subjectId < b.subjectId ? -1 : a.subjectId > b.subjectId ? 1 : 0,
    );
    const rows = await tx.query<{ subject_id: string }[]>(
      prepared(`INSERT INTO subject_key (key_id, subject_id, wrapped_key, created_at)
       SELECT key_id, subject_id, wrapped_key, created_at
         FROM unnest($1::text[], $2::text[], $3::bytea[], $4::timestamptz[]) WITH ORDINALITY
         AS k(key_id, subject_id, wrapped_key, created_at, n) ORDER BY n
       ON CONFLICT (subject_id) WHERE destroyed_at IS NULL DO NOTHING RETURNING subject_id`),
      [
        sorted.map((k) => k.keyId),
        sorted.map((k) => k.subjectId),
        sorted.map((k) => k.wrapped),
        sorted.map((k) => k.at),
      ],
    );
    return new Set(rows.map((r) => r.subject_id));
  }

  /** Inserts a live key (the caller holds the subject's lock). */
  async insert(
    tx: Transaction,
    key: { subjectId: string; keyId: string; wrapped: Buffer; at: Date },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO subject_key (key_id, subject_id, wrapped_key, created_at) VALUES ($1, $2, $3, $4)`,
      [key.keyId, key.subjectId, key.wrapped, key.at],
    );
  }

  /** Destroys the subject's live key; returns its id, if there was one. */
  async destroy(tx: Transaction, subjectId: string, at: Date): Promise<string | undefined> {
    const result = await tx.query<unknown[]>(
      `UPDATE subject_key SET wrapped_key = NULL, destroyed_at = $2
        WHERE subject_id = $1 AND destroyed_at IS NULL RETURNING key_id`,
      [subjectId, at],
    );
    // TypeORM answers an UPDATE … RETURNING with [rows, count].
    const rows = (Array.isArray(result[0]) ? result[0] : result) as { key_id: string }[];
    return rows[0]?.key_id;
  }
}
