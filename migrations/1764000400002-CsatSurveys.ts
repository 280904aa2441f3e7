import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Satisfaction surveys: one per resolved conversation on a channel policy
 * allows, sent as an approved `csat` template after the policy's delay, and
 * the 1–5 score the customer answered in the thread, linked to the
 * conversation and the agent who answered it.
 */
export class CsatSurveys1764000400002 implements MigrationInterface {
  name = 'CsatSurveys1764000400002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE csat_survey (
        id uuid PRIMARY KEY,
        conversation_id uuid NOT NULL UNIQUE,
        handle_id text NOT NULL,
        channel text NOT NULL,
        agent_id text,
        resolved_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN
          ('scheduled', 'queued', 'skipped', 'answered', 'expired', 'failed')),
        skip_reason text,
        reply_id uuid REFERENCES reply (id),
        template_version_id text,
        sent_at timestamptz,
        checked_at timestamptz,
        score smallint CHECK (score BETWEEN 1 AND 5),
        answer_message_id uuid,
        answered_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        CHECK ((status = 'answered') = (score IS NOT NULL AND answer_message_id IS NOT NULL))
      )
    `);
    // How far the planner has read the resolved conversations (one row).
    await q.query(`
      CREATE TABLE csat_plan_position (
        id smallint PRIMARY KEY CHECK (id = 1),
        resolved_at timestamptz NOT NULL,
        conversation_id uuid NOT NULL
      )
    `);
    await q.query(
      `INSERT INTO csat_plan_position VALUES (1, 'epoch', '00000000-0000-0000-0000-000000000000')`,
    );
    await q.query(`CREATE INDEX csat_survey_due_idx ON csat_survey (status, due_at, id)`);
    await q.query(`CREATE INDEX csat_survey_list_idx ON csat_survey (created_at, id)`);
    // Serves ConversationsService.resolvedAfter, the surveys' discovery query.
    await q.query(
      `CREATE INDEX IF NOT EXISTS conversation_csat_resolved_idx
         ON conversation (resolved_at, id) WHERE status = 'resolved'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS conversation_csat_resolved_idx`);
    await q.query(`DROP TABLE csat_survey`);
    await q.query(`DROP TABLE csat_plan_position`);
  }
}
