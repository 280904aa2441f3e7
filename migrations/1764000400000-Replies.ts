import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Replies: drafts rendered from approved template versions, their sign-offs,
 * scheduled posts, the outbox that sends each message exactly once, the
 * record of every send attempt, the sandbox transport's deliveries and the
 * crisis-mode switch. The application role gets the default privileges of
 * the schema (SELECT, INSERT, UPDATE, DELETE).
 */
export class Replies1764000400000 implements MigrationInterface {
  name = 'Replies1764000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reply (
        id uuid PRIMARY KEY,
        conversation_id uuid NOT NULL,
        handle_id text NOT NULL,
        platform text NOT NULL,
        channel text NOT NULL,
        visibility text NOT NULL CHECK (visibility IN ('public', 'private')),
        kind text NOT NULL CHECK (kind IN ('comment_reply', 'direct_message')),
        account_id text NOT NULL,
        in_reply_to text,
        recipient_id text,
        template_id text NOT NULL,
        template_version_id text NOT NULL,
        purpose text NOT NULL,
        variables jsonb NOT NULL,
        text text NOT NULL,
        policy_version text NOT NULL,
        rule_ids text[] NOT NULL DEFAULT '{}',
        required_signoffs text[] NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN
          ('pending_signoff', 'approved', 'queued', 'sent', 'failed', 'rejected', 'withdrawn')),
        author_id text NOT NULL,
        platform_message_id text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        sent_at timestamptz,
        -- when the sent reply was recorded on its conversation (outbound message, first response)
        conversation_recorded_at timestamptz,
        version integer NOT NULL DEFAULT 1
      )
    `);
    await q.query(
      `CREATE INDEX reply_unrecorded_idx ON reply (sent_at, id)
        WHERE status = 'sent' AND conversation_recorded_at IS NULL`,
    );
    await q.query(`CREATE INDEX reply_conversation_idx ON reply (conversation_id, created_at)`);
    await q.query(
      `CREATE INDEX reply_pending_signoff_idx ON reply (created_at, id) WHERE status = 'pending_signoff'`,
    );

    await q.query(`
      CREATE TABLE reply_signoff (
        id uuid PRIMARY KEY,
        reply_id uuid NOT NULL REFERENCES reply (id),
        role text NOT NULL,
        signer_id text NOT NULL,
        decision text NOT NULL CHECK (decision IN ('approve', 'reject')),
        reason text,
        decided_at timestamptz NOT NULL,
        CHECK (decision = 'approve' OR (reason IS NOT NULL AND length(reason) > 0)),
        -- one decision per person per draft (segregation of duties, DESIGN invariant 3)
        UNIQUE (reply_id, signer_id)
      )
    `);

    await q.query(`
      CREATE TABLE scheduled_post (
        id uuid PRIMARY KEY,
        handle_id text NOT NULL,
        platform text NOT NULL,
        account_id text NOT NULL,
        template_id text NOT NULL,
        template_version_id text NOT NULL,
        variables jsonb NOT NULL,
        text text NOT NULL,
        policy_version text NOT NULL,
        publish_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN
          ('scheduled', 'held', 'queued', 'published', 'failed', 'cancelled')),
        author_id text NOT NULL,
        platform_message_id text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )
    `);
    await q.query(`CREATE INDEX scheduled_post_publish_idx ON scheduled_post (publish_at, id)`);

    await q.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY,
        reply_id uuid UNIQUE REFERENCES reply (id),
        scheduled_post_id uuid UNIQUE REFERENCES scheduled_post (id),
        conversation_id uuid,
        handle_id text NOT NULL,
        platform text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('comment_reply', 'direct_message', 'post')),
        account_id text NOT NULL,
        in_reply_to text,
        recipient_id text,
        text text NOT NULL,
        template_version_id text NOT NULL,
        status text NOT NULL CHECK (status IN
          ('queued', 'sending', 'sent', 'failed', 'held', 'cancelled')),
        attempts integer NOT NULL DEFAULT 0,
        due_at timestamptz NOT NULL,
        sending_since timestamptz,
        platform_message_id text,
        last_error text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK ((reply_id IS NULL) <> (scheduled_post_id IS NULL)),
        CHECK (status <> 'sending' OR sending_since IS NOT NULL),
        CHECK (status <> 'sent' OR platform_message_id IS NOT NULL)
      )
    `);
    await q.query(`CREATE INDEX outbox_due_idx ON outbox (due_at, id) WHERE status = 'queued'`);
    await q.query(
      `CREATE INDEX outbox_sending_idx ON outbox (sending_since, id) WHERE status = 'sending'`,
    );

    await q.query(`
      CREATE TABLE outbox_attempt (
        id bigserial PRIMARY KEY,
        outbox_id uuid NOT NULL REFERENCES outbox (id),
        attempt integer NOT NULL,
        transport text NOT NULL,
        started_at timestamptz NOT NULL,
        finished_at timestamptz NOT NULL,
        outcome text NOT NULL CHECK (outcome IN
          ('sent', 'retry', 'failed', 'reconciled_sent', 'reconciled_missing', 'outcome_unknown')),
        error_code text,
        platform_message_id text,
        next_attempt_at timestamptz
      )
    `);
    await q.query(`CREATE INDEX outbox_attempt_outbox_idx ON outbox_attempt (outbox_id, id)`);

    await q.query(`
      CREATE TABLE sandbox_delivery (
        id uuid PRIMARY KEY,
        idempotency_key text NOT NULL UNIQUE,
        platform text NOT NULL,
        kind text NOT NULL,
        account_id text NOT NULL,
        in_reply_to text,
        recipient_id text,
        text text NOT NULL,
        platform_message_id text NOT NULL,
        delivered_at timestamptz NOT NULL,
        -- sends repeated with the same idempotency key (answered with the first delivery)
        repeat_sends integer NOT NULL DEFAULT 0
      )
    `);
    await q.query(`CREATE INDEX sandbox_delivery_order_idx ON sandbox_delivery (delivered_at, id)`);

    await q.query(`
      CREATE TABLE crisis_mode (
        id uuid PRIMARY KEY,
        started_at timestamptz NOT NULL,
        started_by text NOT NULL,
        reason text NOT NULL,
        ended_at timestamptz,
        ended_by text,
        end_reason text
      )
    `);
    await q.query(
      `CREATE UNIQUE INDEX crisis_mode_one_active_idx ON crisis_mode ((true)) WHERE ended_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'crisis_mode',
      'sandbox_delivery',
      'outbox_attempt',
      'outbox',
      'scheduled_post',
      'reply_signoff',
      'reply',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
