import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Incrementally maintained KPI rollups (docs/metrics.md, "Rollups").
 *
 * Every change to a row the KPIs read (conversation, reply, reply_signoff,
 * offline_case, complaint, csat_survey) is turned, in the same statement and
 * so in the same transaction, into signed facts: "+1 opened", "+1 first
 * response in bin 183", "-1 pending urgent due 2026-03-09" (an update adds the
 * new row's facts and takes back the old row's). Each fact is counted in
 * every grain its instant falls in: the UTC hour, and the local day of each
 * zone in `kpi_rollup_zone`. Statement-level triggers with transition tables
 * append them to `kpi_rollup_delta` (insert only: no hot row, no lock shared
 * between writers); a worker folds them into `kpi_rollup` (one jsonb map of
 * counts per grain, start, handle, channel and dimension). A KPI read sums
 * the rollup rows and the not yet folded deltas of its pieces, in one
 * snapshot.
 *
 * Durations (first response, resolution, sign-off turnaround) are counted in
 * fixed log-scale bins: bin 0 holds [0, 1 s), bin i >= 1 holds
 * [2^((i-1)/16), 2^(i/16)) seconds. Histograms merge by adding counts, so a
 * percentile over any set of pieces is exact to the bin: reported at the
 * bin's geometric middle, within 2.2 % (2^(1/32) - 1) of the exact value, or
 * 1 s below one second.
 *
 * Business-hours channels are measured in business seconds under the
 * schedules in `kpi_business_schedule`, which the service keeps equal to
 * channels.yaml (and rebuilds the rollups when it changes). `kpi_rollup_rebuild()`
 * recomputes everything from the source rows; this migration runs it once to
 * backfill existing rows.
 *
 * Reporting exception (docs/architecture.md): the triggers only read the
 * owning modules' rows and write the metrics module's own tables.
 */
export class KpiRollups1764000500002 implements MigrationInterface {
  name = 'KpiRollups1764000500002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE kpi_rollup_zone (zone text PRIMARY KEY)`);
    await q.query(`INSERT INTO kpi_rollup_zone (zone) VALUES ('UTC')`);
    await q.query(`
      CREATE TABLE kpi_business_schedule (
        channel text PRIMARY KEY,
        tz text NOT NULL,
        days integer[] NOT NULL,
        open_at time NOT NULL,
        close_at time NOT NULL
      )
    `);
    await q.query(`
      CREATE TABLE kpi_rollup (
        grain text NOT NULL,
        start_at timestamptz NOT NULL,
        handle_id text NOT NULL,
        channel text NOT NULL,
        dim text NOT NULL,
        counts jsonb NOT NULL,
        PRIMARY KEY (grain, start_at, handle_id, channel, dim)
      )
    `);
    await q.query(`
      CREATE TABLE kpi_rollup_delta (
        id bigserial PRIMARY KEY,
        grain text NOT NULL,
        start_at timestamptz NOT NULL,
        handle_id text NOT NULL,
        channel text NOT NULL,
        dim text NOT NULL,
        key text NOT NULL,
        n bigint NOT NULL
      )
    `);
    await q.query(`CREATE INDEX kpi_rollup_delta_piece_idx ON kpi_rollup_delta (grain, start_at)`);

    await q.query(`
      CREATE FUNCTION kpi_bin(secs double precision) RETURNS integer
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN secs IS NULL THEN NULL WHEN secs < 1 THEN 0
                    ELSE LEAST(1 + floor(16 * ln(secs) / ln(2))::integer, 1023) END
      $$
    `);
    // Seconds from a to b: business seconds where the channel's SLA runs in business hours.
    await q.query(`
      CREATE FUNCTION kpi_elapsed(ch text, a timestamptz, b timestamptz) RETURNS double precision
      LANGUAGE sql STABLE AS $$
        SELECT CASE WHEN b IS NULL THEN NULL ELSE COALESCE(
          (SELECT metrics_business_seconds(a, b, s.tz, s.days, s.open_at, s.close_at)
             FROM kpi_business_schedule s WHERE s.channel = ch),
          EXTRACT(EPOCH FROM b - a)::double precision) END
      $$
    `);
    await q.query(`
      CREATE FUNCTION kpi_grains(at timestamptz) RETURNS TABLE (grain text, start_at timestamptz)
      LANGUAGE sql STABLE AS $$
        SELECT 'hour'::text, date_trunc('hour', at, 'UTC') WHERE at IS NOT NULL
        UNION ALL
        SELECT z.zone, date_trunc('day', at, z.zone) FROM kpi_rollup_zone z WHERE at IS NOT NULL
      $$
    `);

    // The facts of one row of each source table: (instant, handle, channel, dimension, key, count).
    const facts = `RETURNS TABLE (at timestamptz, handle_id text, channel text, dim text, key text, n bigint)
      LANGUAGE sql STABLE AS`;
    await q.query(`
      CREATE FUNCTION kpi_conversation_facts(c conversation) ${facts} $$
        SELECT c.created_at, c.handle_id, c.channel, f.dim, f.key, f.n
          FROM (SELECT kpi_elapsed(c.channel, c.created_at, c.first_response_at) AS fr,
                       kpi_elapsed(c.channel, c.created_at, c.resolved_at) AS res) t,
               LATERAL (
                 SELECT 'conv', 'opened', 1::bigint
                 UNION ALL SELECT 'conv', 'answered', 1 WHERE c.first_response_at IS NOT NULL
                 UNION ALL SELECT 'conv', 'resolved', 1 WHERE c.resolved_at IS NOT NULL
                 UNION ALL SELECT 'conv', 'fr_breaches', 1 WHERE c.first_response_breached_at IS NOT NULL
                 UNION ALL SELECT 'conv', 'res_breaches', 1 WHERE c.resolution_breached_at IS NOT NULL
                 UNION ALL SELECT 'sla', c.priority || '|measured', 1
                            WHERE c.first_response_due_at IS NOT NULL AND c.first_response_at IS NOT NULL
                 UNION ALL SELECT 'sla', c.priority || '|within', 1
                            WHERE c.first_response_at <= c.first_response_due_at
                 UNION ALL SELECT 'pending', c.priority || '|' ||
                                  to_char(c.first_response_due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), 1
                            WHERE c.first_response_due_at IS NOT NULL AND c.first_response_at IS NULL
                 UNION ALL SELECT 'intent', i.intent, 1 FROM unnest(c.intents) AS i(intent)
                 UNION ALL SELECT 'fr', kpi_bin(t.fr)::text, 1 WHERE t.fr IS NOT NULL
                 UNION ALL SELECT 'res', kpi_bin(t.res)::text, 1 WHERE t.res IS NOT NULL
               ) AS f(dim, key, n)
      $$
    `);
    await q.query(`
      CREATE FUNCTION kpi_reply_facts(r reply) ${facts} $$
        SELECT r.sent_at, r.handle_id, r.channel, x.dim, x.key, 1::bigint
          FROM (VALUES ('reply_version', r.template_version_id), ('reply_agent', r.author_id)) AS x(dim, key)
         WHERE r.sent_at IS NOT NULL AND x.key IS NOT NULL
      $$
    `);
    await q.query(`
      CREATE FUNCTION kpi_signoff_facts(s reply_signoff) ${facts} $$
        SELECT s.decided_at, r.handle_id, r.channel, 'signoff',
               s.role || '|' || kpi_bin(EXTRACT(EPOCH FROM s.decided_at - r.created_at)::double precision),
               1::bigint
          FROM reply r WHERE r.id = s.reply_id
      $$
    `);
    await q.query(`
      CREATE FUNCTION kpi_offline_facts(o offline_case) ${facts} $$
        SELECT o.opened_at, c.handle_id, c.channel, 'offline',
               o.method || '|' || COALESCE(o.outcome, 'open'), 1::bigint
          FROM conversation c WHERE c.id = o.conversation_id
      $$
    `);
    await q.query(`
      CREATE FUNCTION kpi_complaint_facts(k complaint) ${facts} $$
        SELECT x.at, k.handle_id, k.channel, 'complaint', x.key, 1::bigint
          FROM (VALUES (k.detected_at, 'opened'), (k.acknowledged_at, 'acknowledged'),
                       (k.closed_at, 'closed')) AS x(at, key)
         WHERE x.at IS NOT NULL
      $$
    `);
    await q.query(`
      CREATE FUNCTION kpi_csat_facts(s csat_survey) ${facts} $$
        SELECT s.sent_at, s.handle_id, s.channel, 'csat', x.key, x.n
          FROM (VALUES ('sent', 1::bigint),
                       ('answered', CASE WHEN s.score IS NULL THEN 0 ELSE 1 END::bigint),
                       ('score', COALESCE(s.score, 0)::bigint)) AS x(key, n)
         WHERE s.sent_at IS NOT NULL AND x.n <> 0
      $$
    `);

    // One statement's change, as deltas per grain (the facts of the new rows minus those of the old).
    await q.query(`
      CREATE FUNCTION kpi_rollup_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        fn text := TG_ARGV[0];
        src text;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          src := format('SELECT f.*, 1 AS sign FROM new_rows r, LATERAL %I(r::%I) f', fn, TG_TABLE_NAME);
        ELSIF TG_OP = 'DELETE' THEN
          src := format('SELECT f.*, -1 AS sign FROM old_rows r, LATERAL %I(r::%I) f', fn, TG_TABLE_NAME);
        ELSE
          src := format('SELECT f.*, 1 AS sign FROM new_rows r, LATERAL %1$I(r::%2$I) f
                         UNION ALL SELECT f.*, -1 FROM old_rows r, LATERAL %1$I(r::%2$I) f',
                        fn, TG_TABLE_NAME);
        END IF;
        EXECUTE format(
          'INSERT INTO kpi_rollup_delta (grain, start_at, handle_id, channel, dim, key, n)
           SELECT g.grain, g.start_at, x.handle_id, x.channel, x.dim, x.key, sum(x.n * x.sign)
             FROM (%s) x, LATERAL kpi_grains(x.at) g
            GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(x.n * x.sign) <> 0
            ORDER BY 1, 2, 3, 4, 5, 6', src);
        RETURN NULL;
      END
      $$
    `);
    for (const [table, fn] of SOURCES) {
      await q.query(
        `CREATE TRIGGER kpi_${table}_ins AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
           FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollup_changed('${fn}')`,
      );
      await q.query(
        `CREATE TRIGGER kpi_${table}_upd AFTER UPDATE ON ${table}
           REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
           FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollup_changed('${fn}')`,
      );
      await q.query(
        `CREATE TRIGGER kpi_${table}_del AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
           FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollup_changed('${fn}')`,
      );
    }

    // Adds two count maps; a key whose count falls to zero is dropped.
    await q.query(`
      CREATE FUNCTION kpi_counts_add(a jsonb, b jsonb) RETURNS jsonb
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT COALESCE(jsonb_object_agg(k, s), '{}'::jsonb)
          FROM (SELECT k, sum(v::bigint) AS s
                  FROM (SELECT * FROM jsonb_each_text(a) UNION ALL SELECT * FROM jsonb_each_text(b)) e(k, v)
                 GROUP BY k HAVING sum(v::bigint) <> 0) x
      $$
    `);
    // Folds up to \`batch\` of the oldest deltas into the rollup; returns how many it folded.
    await q.query(`
      CREATE FUNCTION kpi_rollup_fold(batch integer) RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE folded integer;
      BEGIN
        WITH moved AS (
          DELETE FROM kpi_rollup_delta
           WHERE id IN (SELECT id FROM kpi_rollup_delta ORDER BY id LIMIT batch)
          RETURNING grain, start_at, handle_id, channel, dim, key, n
        ), summed AS (
          SELECT grain, start_at, handle_id, channel, dim, key, sum(n) AS n FROM moved
           GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(n) <> 0
        ), docs AS (
          SELECT grain, start_at, handle_id, channel, dim, jsonb_object_agg(key, n) AS counts
            FROM summed GROUP BY 1, 2, 3, 4, 5
        ), upserted AS (
          INSERT INTO kpi_rollup AS r (grain, start_at, handle_id, channel, dim, counts)
          SELECT grain, start_at, handle_id, channel, dim, counts FROM docs ORDER BY 1, 2, 3, 4, 5
          ON CONFLICT (grain, start_at, handle_id, channel, dim)
          DO UPDATE SET counts = kpi_counts_add(r.counts, EXCLUDED.counts)
        )
        SELECT count(*) INTO folded FROM moved;
        RETURN folded;
      END
      $$
    `);
    // Everything again from the source rows (backfill; a changed zone list or schedule).
    await q.query(`
      CREATE FUNCTION kpi_rollup_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM kpi_rollup_delta;
        DELETE FROM kpi_rollup;
        INSERT INTO kpi_rollup (grain, start_at, handle_id, channel, dim, counts)
        SELECT grain, start_at, handle_id, channel, dim, jsonb_object_agg(key, n)
          FROM (SELECT g.grain, g.start_at, f.handle_id, f.channel, f.dim, f.key, sum(f.n) AS n
                  FROM (SELECT f.* FROM conversation r, LATERAL kpi_conversation_facts(r) f
                        UNION ALL SELECT f.* FROM reply r, LATERAL kpi_reply_facts(r) f
                        UNION ALL SELECT f.* FROM reply_signoff r, LATERAL kpi_signoff_facts(r) f
                        UNION ALL SELECT f.* FROM offline_case r, LATERAL kpi_offline_facts(r) f
                        UNION ALL SELECT f.* FROM complaint r, LATERAL kpi_complaint_facts(r) f
                        UNION ALL SELECT f.* FROM csat_survey r, LATERAL kpi_csat_facts(r) f) f,
                       LATERAL kpi_grains(f.at) g
                 GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(f.n) <> 0) x
         GROUP BY 1, 2, 3, 4, 5;
      END
      $$
    `);
    await q.query(`SELECT kpi_rollup_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table] of SOURCES) {
      for (const op of ['ins', 'upd', 'del']) {
        await q.query(`DROP TRIGGER kpi_${table}_${op} ON ${table}`);
      }
    }
    await q.query(`DROP FUNCTION kpi_rollup_rebuild()`);
    await q.query(`DROP FUNCTION kpi_rollup_fold(integer)`);
    await q.query(`DROP FUNCTION kpi_counts_add(jsonb, jsonb)`);
    await q.query(`DROP FUNCTION kpi_rollup_changed()`);
    for (const [table, fn] of SOURCES) await q.query(`DROP FUNCTION ${fn}(${table})`);
    await q.query(`DROP FUNCTION kpi_grains(timestamptz)`);
    await q.query(`DROP FUNCTION kpi_elapsed(text, timestamptz, timestamptz)`);
    await q.query(`DROP FUNCTION kpi_bin(double precision)`);
    await q.query(`DROP TABLE kpi_rollup_delta`);
    await q.query(`DROP TABLE kpi_rollup`);
    await q.query(`DROP TABLE kpi_business_schedule`);
    await q.query(`DROP TABLE kpi_rollup_zone`);
  }
}

const SOURCES: ReadonlyArray<readonly [string, string]> = [
  ['conversation', 'kpi_conversation_facts'],
  ['reply', 'kpi_reply_facts'],
  ['reply_signoff', 'kpi_signoff_facts'],
  ['offline_case', 'kpi_offline_facts'],
  ['complaint', 'kpi_complaint_facts'],
  ['csat_survey', 'kpi_csat_facts'],
];
