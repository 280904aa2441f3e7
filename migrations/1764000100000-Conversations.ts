import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Conversations, their messages, the complaint register and offline cases.
 *
 * A message is unique per (handle, platform message id), so a webhook retried
 * any number of times, even concurrently, makes one row (DESIGN invariant 7).
 * Only the masked text is in clear; the original, when it carried sealable
 * sensitive values, is kept sealed under the data subject's key.
 * A thread has at most one conversation that is not closed.
 */
export class Conversations1764000100000 implements MigrationInterface {
  name = 'Conversations1764000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE conversation (
        id uuid PRIMARY KEY,
        handle_id text NOT NULL,
        platform text NOT NULL,
        channel text NOT NULL,
        thread_key text NOT NULL,
        subject_id text NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN
          ('open', 'awaiting_reply', 'awaiting_signoff', 'routed_offline', 'resolved', 'closed')),
        priority text NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
        intents text[] NOT NULL DEFAULT '{}',
        account_specific boolean NOT NULL DEFAULT false,
        sensitive boolean NOT NULL DEFAULT false,
        route_offline_required boolean NOT NULL DEFAULT false,
        decision jsonb NOT NULL,
        assignee_id text,
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        last_message_at timestamptz NOT NULL,
        first_response_due_at timestamptz,
        resolution_due_at timestamptz,
        first_response_at timestamptz,
        resolved_at timestamptz,
        closed_at timestamptz,
        routed_offline_at timestamptz,
        first_response_breached_at timestamptz,
        resolution_breached_at timestamptz
      )
    `);
    await q.query(
      `CREATE UNIQUE INDEX conversation_thread_live_uq ON conversation (handle_id, thread_key)
         WHERE status <> 'closed'`,
    );
    await q.query(
      `CREATE INDEX conversation_inbox_idx ON conversation (first_response_due_at, id)`,
    );
    await q.query(
      `CREATE INDEX conversation_sla_first_idx ON conversation (first_response_due_at)
         WHERE first_response_at IS NULL AND first_response_breached_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX conversation_sla_resolution_idx ON conversation (resolution_due_at)
         WHERE resolved_at IS NULL AND resolution_breached_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE message (
        id uuid PRIMARY KEY,
        -- Deferred: intake inserts the message first, so that the unique
        -- constraint alone decides a duplicate before anything else is written.
        conversation_id uuid NOT NULL REFERENCES conversation (id) DEFERRABLE INITIALLY DEFERRED,
        handle_id text NOT NULL,
        external_id text,
        direction text NOT NULL CHECK (direction IN ('inbound', 'outbound')),
        visibility text NOT NULL CHECK (visibility IN ('public', 'private')),
        author_id text NOT NULL,
        author_handle text,
        author_name text,
        subject_id text,
        in_reply_to text,
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL,
        text text NOT NULL,
        sealed_original jsonb,
        redactions jsonb NOT NULL DEFAULT '[]'::jsonb,
        entities jsonb NOT NULL DEFAULT '[]'::jsonb,
        intents jsonb NOT NULL DEFAULT '[]'::jsonb,
        decision jsonb,
        CONSTRAINT message_external_uq UNIQUE (handle_id, external_id)
      )
    `);
    await q.query(
      `CREATE INDEX message_conversation_idx ON message (conversation_id, recorded_at, id)`,
    );

    await q.query(`
      CREATE TABLE complaint (
        id uuid PRIMARY KEY,
        conversation_id uuid NOT NULL UNIQUE REFERENCES conversation (id),
        handle_id text NOT NULL,
        channel text NOT NULL,
        kinds text[] NOT NULL,
        policy_version text NOT NULL,
        rule_ids text[] NOT NULL DEFAULT '{}',
        detected_at timestamptz NOT NULL,
        acknowledged_at timestamptz,
        responded_at timestamptz,
        closed_at timestamptz
      )
    `);
    await q.query(`CREATE INDEX complaint_detected_idx ON complaint (detected_at, id)`);

    await q.query(`
      CREATE TABLE offline_case (
        id uuid PRIMARY KEY,
        conversation_id uuid NOT NULL REFERENCES conversation (id),
        case_ref text NOT NULL UNIQUE,
        method text NOT NULL CHECK (method IN ('dm', 'secure_message', 'phone_callback', 'branch')),
        status text NOT NULL CHECK (status IN ('open', 'closed')),
        acknowledgement_status text NOT NULL DEFAULT 'pending'
          CHECK (acknowledgement_status IN ('pending', 'sent')),
        outcome text CHECK (outcome IN ('resolved', 'unreachable', 'declined', 'escalated')),
        note text,
        opened_at timestamptz NOT NULL,
        opened_by text NOT NULL,
        closed_at timestamptz,
        closed_by text
      )
    `);
    await q.query(
      `CREATE UNIQUE INDEX offline_case_open_uq ON offline_case (conversation_id) WHERE status = 'open'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE offline_case`);
    await q.query(`DROP TABLE complaint`);
    await q.query(`DROP TABLE message`);
    await q.query(`DROP TABLE conversation`);
  }
}
