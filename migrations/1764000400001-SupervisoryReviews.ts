import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Supervisory sampling (FINRA 3110.06): a share of the sent replies that
 * needed no sign-off is queued for a post-send review by compliance; the
 * week (ISO) and the agent are kept for coverage figures.
 */
export class SupervisoryReviews1764000400001 implements MigrationInterface {
  name = 'SupervisoryReviews1764000400001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE supervisory_review (
        id uuid PRIMARY KEY,
        reply_id uuid NOT NULL UNIQUE REFERENCES reply (id),
        conversation_id uuid NOT NULL,
        agent_id text NOT NULL,
        week text NOT NULL CHECK (week ~ '^[0-9]{4}-W[0-9]{2}$'),
        sampled_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'reviewed')),
        outcome text CHECK (outcome IN ('ok', 'flag')),
        note text,
        reviewer_id text,
        reviewed_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        CHECK ((status = 'reviewed') = (outcome IS NOT NULL AND reviewer_id IS NOT NULL))
      )
    `);
    await q.query(
      `CREATE INDEX supervisory_review_queue_idx ON supervisory_review (status, sampled_at, id)`,
    );
    await q.query(
      `CREATE INDEX supervisory_review_week_idx ON supervisory_review (week, agent_id)`,
    );
    await q.query(`CREATE INDEX reply_sent_week_idx ON reply (sent_at) WHERE status = 'sent'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX reply_sent_week_idx`);
    await q.query(`DROP TABLE supervisory_review`);
  }
}
