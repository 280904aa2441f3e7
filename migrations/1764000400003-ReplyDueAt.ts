import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A reply carries the time its conversation is due (the first response, or
 * the resolution once answered) when it was drafted, so that the sign-off
 * queue is worked oldest due first.
 */
export class ReplyDueAt1764000400003 implements MigrationInterface {
  name = 'ReplyDueAt1764000400003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reply ADD COLUMN due_at timestamptz`);
    await q.query(`UPDATE reply SET due_at = created_at`);
    await q.query(`ALTER TABLE reply ALTER COLUMN due_at SET NOT NULL`);
    await q.query(
      `CREATE INDEX reply_signoff_queue_idx ON reply (due_at, id) WHERE status = 'pending_signoff'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX reply_signoff_queue_idx`);
    await q.query(`ALTER TABLE reply DROP COLUMN due_at`);
  }
}
