import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reporting reads (KPIs, examiner reports, Prometheus gauges).
 *
 * - `metrics_business_seconds`: the open business time between two instants
 *   under a weekly schedule in an IANA zone, so first-response and resolution
 *   percentiles of business-hours channels are computed inside the query. It
 *   agrees with the conversations module's `addBusinessMinutes` (a spec checks
 *   both across weekends and DST changes): local days from PostgreSQL's zone
 *   rules, a wall time inside a spring-forward gap taken at the offset before
 *   the change (02:30 becomes 03:30 daylight time).
 * - Additive indexes on the owning modules' tables for the time-ranged
 *   reporting reads (the reporting exception in docs/architecture.md); the
 *   conversation index covers every column the KPI query reads, so a range is
 *   an index-only scan.
 * - `replay_run`: background decision replays with their progress and result.
 */
export class Metrics1764000500000 implements MigrationInterface {
  name = 'Metrics1764000500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION metrics_business_seconds(
        start_at timestamptz, stop_at timestamptz, tz text, days integer[], open_at time, close_at time
      ) RETURNS double precision
      LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN stop_at <= start_at OR close_at <= open_at THEN 0::double precision ELSE (
          SELECT COALESCE(sum(GREATEST(0, EXTRACT(EPOCH FROM
                   LEAST(stop_at, (g.d::date + close_at) AT TIME ZONE tz)
                   - GREATEST(start_at, (g.d::date + open_at) AT TIME ZONE tz)))), 0)::double precision
            FROM generate_series((start_at AT TIME ZONE tz)::date::timestamp,
                                 (stop_at AT TIME ZONE tz)::date::timestamp,
                                 interval '1 day') AS g(d)
           WHERE EXTRACT(ISODOW FROM g.d)::integer = ANY (days)
        ) END
      $$
    `);
    await q.query(`
      CREATE INDEX metrics_conversation_opened_idx ON conversation (created_at)
        INCLUDE (handle_id, channel, priority, first_response_at, first_response_due_at,
                 resolved_at, first_response_breached_at, resolution_breached_at)
    `);
    await q.query(
      `CREATE INDEX metrics_conversation_breach_idx ON conversation (first_response_breached_at)
         WHERE first_response_breached_at IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX metrics_reply_sent_idx ON reply (sent_at) WHERE sent_at IS NOT NULL`,
    );
    await q.query(`CREATE INDEX metrics_reply_signoff_decided_idx ON reply_signoff (decided_at)`);
    await q.query(`CREATE INDEX metrics_offline_case_opened_idx ON offline_case (opened_at)`);
    await q.query(
      `CREATE INDEX metrics_complaint_acknowledged_idx ON complaint (acknowledged_at)
         WHERE acknowledged_at IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX metrics_complaint_closed_idx ON complaint (closed_at) WHERE closed_at IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE replay_run (
        id uuid PRIMARY KEY,
        requested_by text NOT NULL,
        period_from timestamptz NOT NULL,
        period_to timestamptz NOT NULL CHECK (period_to > period_from),
        policy_version text,
        status text NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
        total integer NOT NULL DEFAULT 0,
        processed integer NOT NULL DEFAULT 0,
        summary jsonb,
        result jsonb,
        created_at timestamptz NOT NULL,
        finished_at timestamptz
      )
    `);
    await q.query(`CREATE INDEX replay_run_created_idx ON replay_run (created_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE replay_run`);
    await q.query(`DROP INDEX metrics_complaint_closed_idx`);
    await q.query(`DROP INDEX metrics_complaint_acknowledged_idx`);
    await q.query(`DROP INDEX metrics_offline_case_opened_idx`);
    await q.query(`DROP INDEX metrics_reply_signoff_decided_idx`);
    await q.query(`DROP INDEX metrics_reply_sent_idx`);
    await q.query(`DROP INDEX metrics_conversation_breach_idx`);
    await q.query(`DROP INDEX metrics_conversation_opened_idx`);
    await q.query(
      `DROP FUNCTION metrics_business_seconds(timestamptz, timestamptz, text, integer[], time, time)`,
    );
  }
}
