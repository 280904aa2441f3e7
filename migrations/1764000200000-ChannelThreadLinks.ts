import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * X posts do not say which conversation they belong to (Account Activity
 * deliveries carry only the post they answer). Intake records the thread of
 * every post it sees on a handle, the brand's own replies included, so that a
 * reply to a reply joins the thread of the first post.
 */
export class ChannelThreadLinks1764000200000 implements MigrationInterface {
  name = 'ChannelThreadLinks1764000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE channel_thread_link (
        handle_id text NOT NULL,
        external_id text NOT NULL,
        thread_key text NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (handle_id, external_id)
      )
    `);
    await q.query(`GRANT SELECT, INSERT ON channel_thread_link TO countersign_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE channel_thread_link`);
  }
}
