import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scheduled posts are signed off by policy (policies/replies.yaml
 * `scheduledPosts.signoffs`, per handle purpose) before the dispatcher may
 * publish them: a post records the roles it waits for and waits in
 * `pending_signoff` (or ends `rejected`); its outbox row is only written once
 * every role signed. One decision per person per post, a rejection with a
 * reason, as for replies (DESIGN invariant 3).
 */
export class ScheduledPostSignoffs1764000700000 implements MigrationInterface {
  name = 'ScheduledPostSignoffs1764000700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE scheduled_post ADD COLUMN required_signoffs text[] NOT NULL DEFAULT '{}'`,
    );
    // The template's purpose, shown to the signer (posts scheduled before this have none).
    await q.query(`ALTER TABLE scheduled_post ADD COLUMN purpose text`);
    await q.query(`ALTER TABLE scheduled_post DROP CONSTRAINT scheduled_post_status_check`);
    await q.query(
      `ALTER TABLE scheduled_post ADD CONSTRAINT scheduled_post_status_check CHECK (status IN
         ('pending_signoff', 'scheduled', 'held', 'queued', 'published', 'failed', 'cancelled',
          'rejected'))`,
    );
    await q.query(
      `CREATE INDEX scheduled_post_signoff_queue_idx ON scheduled_post (publish_at, id)
        WHERE status = 'pending_signoff'`,
    );
    await q.query(`
      CREATE TABLE scheduled_post_signoff (
        id uuid PRIMARY KEY,
        scheduled_post_id uuid NOT NULL REFERENCES scheduled_post (id),
        role text NOT NULL,
        signer_id text NOT NULL,
        decision text NOT NULL CHECK (decision IN ('approve', 'reject')),
        reason text,
        decided_at timestamptz NOT NULL,
        CHECK (decision = 'approve' OR (reason IS NOT NULL AND length(reason) > 0)),
        -- one decision per person per post (segregation of duties, DESIGN invariant 3)
        UNIQUE (scheduled_post_id, signer_id)
      )
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE scheduled_post_signoff`);
    await q.query(`DROP INDEX scheduled_post_signoff_queue_idx`);
    await q.query(`ALTER TABLE scheduled_post DROP CONSTRAINT scheduled_post_status_check`);
    await q.query(
      `ALTER TABLE scheduled_post ADD CONSTRAINT scheduled_post_status_check CHECK (status IN
         ('scheduled', 'held', 'queued', 'published', 'failed', 'cancelled'))`,
    );
    await q.query(`ALTER TABLE scheduled_post DROP COLUMN purpose`);
    await q.query(`ALTER TABLE scheduled_post DROP COLUMN required_signoffs`);
  }
}
