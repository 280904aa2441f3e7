import { MigrationInterface, QueryRunner } from 'typeorm';

const LOG_TABLES = [
  'archive_entry',
  'archive_sequence',
  'archive_node',
  'archive_tree_head',
  'archive_signing_key',
  'archive_checkpoint',
];

/**
 * The tamper-evident archive (docs/archive-format.md).
 *
 * Writers stage an entry in their own transaction (archive_entry, stamped with
 * their transaction id); the integrator gives committed entries a gapless seq
 * (archive_sequence), stores the Merkle nodes proofs need (archive_node) and
 * a new tree head per batch (archive_tree_head). Every log table is owned by
 * countersign_archive_owner; the application role may only INSERT and SELECT,
 * and triggers reject UPDATE, DELETE and TRUNCATE for everyone (DESIGN
 * invariant 5), so rewriting history needs a superuser who disables triggers,
 * and `verify` catches that against checkpoints kept outside the database.
 */
export class Archive1763900100000 implements MigrationInterface {
  name = 'Archive1763900100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION archive_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'archive table % is append-only: % rejected', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$
    `);

    await q.query(`
      CREATE TABLE archive_entry (
        id bigserial PRIMARY KEY,
        entry_id uuid NOT NULL UNIQUE,
        stream text NOT NULL,
        kind text NOT NULL,
        recorded_at timestamptz NOT NULL,
        refs jsonb NOT NULL DEFAULT '{}'::jsonb,
        subject_key_id text,
        canonical bytea NOT NULL,
        leaf_hash bytea NOT NULL CHECK (length(leaf_hash) = 32),
        xid xid8 NOT NULL DEFAULT pg_current_xact_id()
      )
    `);
    await q.query(`CREATE INDEX archive_entry_xid_idx ON archive_entry (xid, id)`);
    await q.query(
      `CREATE INDEX archive_entry_refs_idx ON archive_entry USING gin (refs jsonb_path_ops)`,
    );

    await q.query(`
      CREATE TABLE archive_sequence (
        seq bigint PRIMARY KEY CHECK (seq >= 0),
        entry_pk bigint NOT NULL UNIQUE REFERENCES archive_entry (id),
        leaf_hash bytea NOT NULL CHECK (length(leaf_hash) = 32),
        integrated_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )
    `);

    await q.query(`
      CREATE TABLE archive_node (
        level smallint NOT NULL CHECK (level >= 1 AND level < 64),
        idx bigint NOT NULL CHECK (idx >= 0),
        hash bytea NOT NULL CHECK (length(hash) = 32),
        PRIMARY KEY (level, idx)
      )
    `);

    await q.query(`
      CREATE TABLE archive_tree_head (
        size bigint PRIMARY KEY CHECK (size >= 0),
        root bytea NOT NULL CHECK (length(root) = 32),
        frontier text NOT NULL,
        cursor_xid xid8,
        cursor_id bigint,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )
    `);

    await q.query(`
      CREATE TABLE archive_signing_key (
        fingerprint text PRIMARY KEY,
        key_name text NOT NULL,
        public_key bytea NOT NULL CHECK (length(public_key) = 32),
        vkey text NOT NULL,
        valid_from timestamptz NOT NULL DEFAULT clock_timestamp()
      )
    `);

    await q.query(`
      CREATE TABLE archive_checkpoint (
        size bigint PRIMARY KEY CHECK (size >= 0),
        root bytea NOT NULL CHECK (length(root) = 32),
        note text NOT NULL,
        key_fingerprint text NOT NULL REFERENCES archive_signing_key (fingerprint),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )
    `);

    // Data keys for sealed originals. Not part of the log: destroying a key
    // (crypto-shredding) clears wrapped_key once and for ever. A subject has at
    // most one live key; after an erasure, new data gets a new key.
    await q.query(`
      CREATE TABLE archive_subject_key (
        key_id text PRIMARY KEY,
        subject_id text NOT NULL,
        wrapped_key bytea,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        destroyed_at timestamptz,
        CHECK ((wrapped_key IS NULL) = (destroyed_at IS NOT NULL))
      )
    `);
    await q.query(
      `CREATE UNIQUE INDEX archive_subject_key_live ON archive_subject_key (subject_id) WHERE destroyed_at IS NULL`,
    );
    await q.query(`CREATE INDEX archive_subject_key_subject ON archive_subject_key (subject_id)`);
    await q.query(`
      CREATE FUNCTION archive_subject_key_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'subject keys are destroyed, not deleted' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF OLD.destroyed_at IS NOT NULL OR NEW.wrapped_key IS NOT NULL
           OR NEW.key_id <> OLD.key_id OR NEW.subject_id <> OLD.subject_id THEN
          RAISE EXCEPTION 'a subject key can only be destroyed, once' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END
      $$
    `);
    await q.query(`
      CREATE TRIGGER archive_subject_key_guard BEFORE UPDATE OR DELETE ON archive_subject_key
      FOR EACH ROW EXECUTE FUNCTION archive_subject_key_guard()
    `);

    await q.query(`
      CREATE TABLE legal_hold (
        id uuid PRIMARY KEY,
        subject_id text NOT NULL,
        reason text NOT NULL,
        placed_by text NOT NULL,
        placed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        released_by text,
        released_at timestamptz,
        CHECK ((released_by IS NULL) = (released_at IS NULL))
      )
    `);
    await q.query(
      `CREATE INDEX legal_hold_active_idx ON legal_hold (subject_id) WHERE released_at IS NULL`,
    );

    for (const table of LOG_TABLES) {
      await q.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION archive_reject_change()
      `);
      await q.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION archive_reject_change()
      `);
      await q.query(`ALTER TABLE ${table} OWNER TO countersign_archive_owner`);
      await q.query(`REVOKE ALL ON ${table} FROM countersign_app`);
      await q.query(`GRANT SELECT, INSERT ON ${table} TO countersign_app`);
    }
    await q.query(`ALTER SEQUENCE archive_entry_id_seq OWNER TO countersign_archive_owner`);
    await q.query(`GRANT USAGE ON SEQUENCE archive_entry_id_seq TO countersign_app`);
    await q.query(`ALTER TABLE archive_subject_key OWNER TO countersign_archive_owner`);
    await q.query(`REVOKE ALL ON archive_subject_key FROM countersign_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON archive_subject_key TO countersign_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE legal_hold`);
    await q.query(`DROP TABLE archive_subject_key`);
    await q.query(`DROP FUNCTION archive_subject_key_guard()`);
    for (const table of [...LOG_TABLES].reverse()) await q.query(`DROP TABLE ${table}`);
    await q.query(`DROP FUNCTION archive_reject_change()`);
  }
}
