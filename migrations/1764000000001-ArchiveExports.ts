import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Export bundles live in PostgreSQL, so any replica serves a download: each
 * file in chunks (archive_export_file), and the export itself
 * (archive_export) once every file is stored — a download needs that row, so
 * a half-written export is never served. Plus the index the paged list of
 * legal holds reads in order.
 */
export class ArchiveExports1764000000001 implements MigrationInterface {
  name = 'ArchiveExports1764000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE archive_export (
        id uuid PRIMARY KEY,
        manifest text NOT NULL,
        manifest_sha256 text NOT NULL CHECK (manifest_sha256 ~ '^[0-9a-f]{64}$'),
        exported_by text NOT NULL,
        exported_at timestamptz NOT NULL
      )
    `);
    await q.query(`
      CREATE TABLE archive_export_file (
        export_id uuid NOT NULL,
        path text NOT NULL CHECK (length(path) BETWEEN 1 AND 256),
        chunk integer NOT NULL CHECK (chunk >= 0),
        data bytea NOT NULL,
        PRIMARY KEY (export_id, path, chunk)
      )
    `);
    await q.query(`CREATE INDEX legal_hold_placed_idx ON legal_hold (placed_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX legal_hold_placed_idx`);
    await q.query(`DROP TABLE archive_export_file`);
    await q.query(`DROP TABLE archive_export`);
  }
}
