import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reply-template library: templates, their versions and each version's
 * history. An approved version's content can never change (a trigger refuses
 * it, whoever writes), and no version or history row is ever deleted by the
 * application (FINRA 2210(b)(4)(A): the approved communication is kept).
 */
export class Templates1764000300000 implements MigrationInterface {
  name = 'Templates1764000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE template (
        id uuid PRIMARY KEY,
        key text NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9][a-z0-9-]{1,79}$'),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        intents text[] NOT NULL DEFAULT '{}',
        locale text NOT NULL DEFAULT 'en-US',
        tone_notes text NOT NULL DEFAULT '',
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )
    `);
    await q.query(`CREATE INDEX template_intents_idx ON template USING gin (intents)`);

    await q.query(`
      CREATE TABLE template_version (
        id uuid PRIMARY KEY,
        template_id uuid NOT NULL REFERENCES template (id),
        number integer NOT NULL CHECK (number >= 1),
        status text NOT NULL
          CHECK (status IN ('draft', 'pending_approval', 'approved', 'rejected', 'retired')),
        purpose text NOT NULL
          CHECK (purpose IN ('answer', 'offline_route', 'acknowledgement', 'crisis', 'csat')),
        visibility text NOT NULL CHECK (visibility IN ('public', 'private', 'both')),
        variables jsonb NOT NULL,
        variants jsonb NOT NULL,
        channels text[] NOT NULL,
        content_hash text NOT NULL CHECK (content_hash ~ '^sha256:[0-9a-f]{64}$'),
        source text NOT NULL,
        based_on_id uuid REFERENCES template_version (id),
        authored_by text NOT NULL,
        contributors text[] NOT NULL,
        policy_version text NOT NULL,
        settings_version text NOT NULL,
        created_at timestamptz NOT NULL,
        submitted_by text,
        submitted_at timestamptz,
        approved_by text,
        approved_at timestamptz,
        review_days integer,
        review_due_at timestamptz,
        rejected_by text,
        rejected_at timestamptz,
        reject_reason text,
        retired_by text,
        retired_at timestamptz,
        retire_reason text,
        first_used_at timestamptz,
        last_used_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        UNIQUE (template_id, number),
        CHECK (status <> 'approved' OR (approved_by IS NOT NULL AND review_due_at IS NOT NULL)),
        -- segregation of duties (FINRA 2210(b)(1)): no author approves their own version
        CHECK (approved_by IS NULL OR NOT (approved_by = ANY (contributors)))
      )
    `);
    await q.query(
      `CREATE INDEX template_version_template_idx ON template_version (template_id, number DESC)`,
    );
    await q.query(
      `CREATE INDEX template_version_status_idx ON template_version (status, review_due_at)`,
    );
    await q.query(
      `CREATE INDEX template_version_content_idx ON template_version (template_id, content_hash)`,
    );

    await q.query(`
      CREATE FUNCTION template_version_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status IN ('approved', 'retired', 'rejected') AND (
          NEW.variables IS DISTINCT FROM OLD.variables OR
          NEW.variants IS DISTINCT FROM OLD.variants OR
          NEW.purpose IS DISTINCT FROM OLD.purpose OR
          NEW.visibility IS DISTINCT FROM OLD.visibility OR
          NEW.content_hash IS DISTINCT FROM OLD.content_hash OR
          NEW.authored_by IS DISTINCT FROM OLD.authored_by OR
          NEW.contributors IS DISTINCT FROM OLD.contributors
        ) THEN
          RAISE EXCEPTION 'template version % is % and cannot change', OLD.id, OLD.status;
        END IF;
        RETURN NEW;
      END
      $$
    `);
    await q.query(`
      CREATE TRIGGER template_version_frozen BEFORE UPDATE ON template_version
      FOR EACH ROW EXECUTE FUNCTION template_version_frozen()
    `);

    await q.query(`
      CREATE TABLE template_version_event (
        id bigserial PRIMARY KEY,
        version_id uuid NOT NULL REFERENCES template_version (id),
        kind text NOT NULL,
        actor_id text NOT NULL,
        at timestamptz NOT NULL,
        reason text,
        details jsonb NOT NULL DEFAULT '{}'
      )
    `);
    await q.query(
      `CREATE INDEX template_version_event_version_idx ON template_version_event (version_id, id)`,
    );

    await q.query(`GRANT SELECT, INSERT, UPDATE ON template, template_version TO countersign_app`);
    await q.query(`GRANT SELECT, INSERT ON template_version_event TO countersign_app`);
    await q.query(`REVOKE DELETE, TRUNCATE ON template, template_version FROM countersign_app`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON template_version_event FROM countersign_app`);
    await q.query(
      `GRANT USAGE, SELECT ON SEQUENCE template_version_event_id_seq TO countersign_app`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE template_version_event`);
    await q.query(`DROP TRIGGER template_version_frozen ON template_version`);
    await q.query(`DROP FUNCTION template_version_frozen()`);
    await q.query(`DROP TABLE template_version`);
    await q.query(`DROP TABLE template`);
  }
}
