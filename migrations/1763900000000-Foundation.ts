import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roles and the first table. The application runs as `countersign_app`
 * (SET ROLE on every pooled session); tables it may change get the usual
 * privileges by default, and archive tables (a later migration) are owned by
 * `countersign_archive_owner`, a role the application never uses.
 */
export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'countersign_app') THEN
          CREATE ROLE countersign_app NOLOGIN;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'countersign_archive_owner') THEN
          CREATE ROLE countersign_archive_owner NOLOGIN;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL; -- another database of the same cluster created them concurrently
      END
      $$;
    `);
    await q.query(`GRANT countersign_app TO CURRENT_USER`);
    await q.query(`GRANT countersign_archive_owner TO CURRENT_USER`);
    await q.query(`GRANT USAGE ON SCHEMA public TO countersign_app`);
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO countersign_app`,
    );
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO countersign_app`,
    );
    await q.query(`GRANT SELECT ON schema_migration TO countersign_app`);

    await q.query(`
      CREATE TABLE policy_load (
        id uuid PRIMARY KEY,
        version text NOT NULL CHECK (version ~ '^sha256:[0-9a-f]{64}$'),
        files jsonb NOT NULL,
        loaded_at timestamptz NOT NULL DEFAULT now(),
        loaded_by text NOT NULL
      )
    `);
    await q.query(`CREATE INDEX policy_load_loaded_at_idx ON policy_load (loaded_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE policy_load`);
    await q.query(`REVOKE SELECT ON schema_migration FROM countersign_app`);
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM countersign_app`,
    );
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM countersign_app`,
    );
  }
}
