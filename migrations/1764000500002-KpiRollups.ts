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
    await q.query(`
      CREATE FUNCTION kpi_grains(at timestamptz) RETURNS TABLE (grain text, start_at timestamptz)
      LANGUAGE sql STABLE AS $$
        SELECT 'hour'::text, date_trunc('hour', at, 'UTC') WHERE at IS NOT NULL
        UNION ALL
        SELECT z.zone, date_trunc('day', at, z.zone) FROM kpi_rollup_zone z WHERE at IS NOT NULL
      $$
    `);

    // One statement's change, as deltas per grain: the facts of the new rows minus those of the old.
    for (const [table, facts] of Object.entries(FACTS)) {
      const deltas = (rows: string) => `
        INSERT INTO kpi_rollup_delta (grain, start_at, handle_id, channel, dim, key, n)
        SELECT grain, start_at, handle_id, channel, dim, key, sum(n)
          FROM (${facts(rows)}) x
         GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(n) <> 0
         ORDER BY 1, 2, 3, 4, 5, 6`;
      await q.query(`
        CREATE FUNCTION kpi_${table}_changed() RETURNS trigger LANGUAGE plpgsql SET jit = off AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            ${deltas('(SELECT nr.*, 1 AS sign FROM new_rows nr)')};
          ELSIF TG_OP = 'UPDATE' THEN
            ${deltas('(SELECT nr.*, 1 AS sign FROM new_rows nr UNION ALL SELECT orr.*, -1 FROM old_rows orr)')};
          ELSE
            ${deltas('(SELECT orr.*, -1 AS sign FROM old_rows orr)')};
          END IF;
          RETURN NULL;
        END
        $$
      `);
      await q.query(
        `CREATE TRIGGER kpi_${table}_ins AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
           FOR EACH STATEMENT EXECUTE FUNCTION kpi_${table}_changed()`,
      );
      await q.query(
        `CREATE TRIGGER kpi_${table}_upd AFTER UPDATE ON ${table}
           REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
           FOR EACH STATEMENT EXECUTE FUNCTION kpi_${table}_changed()`,
      );
      await q.query(
        `CREATE TRIGGER kpi_${table}_del AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
           FOR EACH STATEMENT EXECUTE FUNCTION kpi_${table}_changed()`,
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
    const all = Object.entries(FACTS)
      .map(([table, facts]) => facts(`(SELECT t.*, 1 AS sign FROM ${table} t)`))
      .join(' UNION ALL ');
    await q.query(`
      CREATE FUNCTION kpi_rollup_rebuild() RETURNS void LANGUAGE plpgsql SET jit = off AS $$
      BEGIN
        DELETE FROM kpi_rollup_delta;
        DELETE FROM kpi_rollup;
        INSERT INTO kpi_rollup (grain, start_at, handle_id, channel, dim, counts)
        SELECT grain, start_at, handle_id, channel, dim, jsonb_object_agg(key, n)
          FROM (SELECT grain, start_at, handle_id, channel, dim, key, sum(n) AS n
                  FROM (${all}) f
                 GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(n) <> 0) x
         GROUP BY 1, 2, 3, 4, 5;
      END
      $$
    `);
    await q.query(`SELECT kpi_rollup_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of Object.keys(FACTS)) {
      for (const op of ['ins', 'upd', 'del']) {
        await q.query(`DROP TRIGGER kpi_${table}_${op} ON ${table}`);
      }
      await q.query(`DROP FUNCTION kpi_${table}_changed()`);
    }
    await q.query(`DROP FUNCTION kpi_rollup_rebuild()`);
    await q.query(`DROP FUNCTION kpi_rollup_fold(integer)`);
    await q.query(`DROP FUNCTION kpi_counts_add(jsonb, jsonb)`);
    await q.query(`DROP FUNCTION kpi_grains(timestamptz)`);
    await q.query(`DROP FUNCTION kpi_bin(double precision)`);
    await q.query(`DROP TABLE kpi_rollup_delta`);
    await q.query(`DROP TABLE kpi_rollup`);
    await q.query(`DROP TABLE kpi_business_schedule`);
    await q.query(`DROP TABLE kpi_rollup_zone`);
  }
}

/** Seconds from \`a\` to \`b\`: business seconds where the row's channel has a schedule (alias \`s\`). */
const elapsed = (a: string, b: string) => `
  CASE WHEN ${b} IS NULL THEN NULL
       WHEN s.channel IS NULL THEN EXTRACT(EPOCH FROM ${b} - ${a})::double precision
       ELSE metrics_business_seconds(${a}, ${b}, s.tz, s.days, s.open_at, s.close_at) END`;

/**
 * Each fact counts for its handle and channel, and once more for all of them
 * (handle and channel \`*\`: never an id, channels.yaml ids are lower-case
 * words), so that a KPI read without a handle, team or channel filter reads
 * one row per piece and dimension however many handles there are.
 */
const BOTH = (alias: string) =>
  `CROSS JOIN LATERAL (VALUES (${alias}.handle_id, ${alias}.channel), ('*', '*')) AS w(handle_id, channel)`;

/**
 * The facts of the rows of \`rows\` (a table or a trigger's transition tables,
 * with a \`sign\` column: 1 to add, -1 to take back), per grain: grain, start_at,
 * handle_id, channel, dim, key, n. Set-based, one plan per statement.
 */
const FACTS: Record<string, (rows: string) => string> = {
  // Per row once: the durations (fenced, so that they are not recomputed per fact) and the
  // grains; then the facts; then one copy per grain.
  conversation: (rows) => `
    SELECT u.grain, u.start_at, w.handle_id, w.channel, x.dim, x.key, x.n
      FROM (SELECT r.handle_id, r.channel, f.dim, f.key, f.n * r.sign AS n, t.grains, t.starts
              FROM ${rows} r
              LEFT JOIN kpi_business_schedule s ON s.channel = r.channel
              CROSS JOIN LATERAL (
                SELECT ${elapsed('r.created_at', 'r.first_response_at')} AS fr,
                       ${elapsed('r.created_at', 'r.resolved_at')} AS res,
                       (SELECT array_agg(g.grain ORDER BY g.grain) FROM kpi_grains(r.created_at) g) AS grains,
                       (SELECT array_agg(g.start_at ORDER BY g.grain) FROM kpi_grains(r.created_at) g) AS starts
                OFFSET 0) t
              CROSS JOIN LATERAL (VALUES
                ('conv', 'opened', 1),
                ('channel', r.channel, 1),
                ('conv', 'answered', CASE WHEN r.first_response_at IS NULL THEN 0 ELSE 1 END),
                ('conv', 'resolved', CASE WHEN r.resolved_at IS NULL THEN 0 ELSE 1 END),
                ('conv', 'fr_breaches', CASE WHEN r.first_response_breached_at IS NULL THEN 0 ELSE 1 END),
                ('conv', 'res_breaches', CASE WHEN r.resolution_breached_at IS NULL THEN 0 ELSE 1 END),
                ('sla', r.priority || '|measured',
                 CASE WHEN r.first_response_due_at IS NOT NULL AND r.first_response_at IS NOT NULL
                      THEN 1 ELSE 0 END),
                ('sla', r.priority || '|within',
                 CASE WHEN r.first_response_at <= r.first_response_due_at THEN 1 ELSE 0 END),
                ('pending', r.priority || '|' ||
                            to_char(r.first_response_due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'),
                 CASE WHEN r.first_response_due_at IS NOT NULL AND r.first_response_at IS NULL
                      THEN 1 ELSE 0 END),
                ('fr', kpi_bin(t.fr)::text, CASE WHEN t.fr IS NULL THEN 0 ELSE 1 END),
                ('res', kpi_bin(t.res)::text, CASE WHEN t.res IS NULL THEN 0 ELSE 1 END)
              ) AS f(dim, key, n)
             WHERE f.n <> 0
            UNION ALL
            SELECT r.handle_id, r.channel, 'intent', i.intent, r.sign, t.grains, t.starts
              FROM ${rows} r
              CROSS JOIN LATERAL (
                SELECT (SELECT array_agg(g.grain ORDER BY g.grain) FROM kpi_grains(r.created_at) g) AS grains,
                       (SELECT array_agg(g.start_at ORDER BY g.grain) FROM kpi_grains(r.created_at) g) AS starts
                OFFSET 0) t
              CROSS JOIN LATERAL unnest(r.intents) AS i(intent)
            OFFSET 0) x
      CROSS JOIN LATERAL unnest(x.grains, x.starts) AS u(grain, start_at)
      ${BOTH('x')}`,
  reply: (rows) => `
    SELECT g.grain, g.start_at, w.handle_id, w.channel, e.dim, e.key, r.sign AS n
      FROM ${rows} r
      CROSS JOIN LATERAL kpi_grains(r.sent_at) g
      CROSS JOIN LATERAL (VALUES ('reply_version', r.template_version_id),
                                 ('reply_agent', r.author_id)) AS e(dim, key)
      ${BOTH('r')}
     WHERE e.key IS NOT NULL`,
  reply_signoff: (rows) => `
    SELECT g.grain, g.start_at, w.handle_id, w.channel, 'signoff' AS dim,
           r.role || '|' || kpi_bin(EXTRACT(EPOCH FROM r.decided_at - p.created_at)::double precision)
             AS key,
           r.sign AS n
      FROM ${rows} r
      JOIN reply p ON p.id = r.reply_id
      CROSS JOIN LATERAL kpi_grains(r.decided_at) g
      ${BOTH('p')}`,
  offline_case: (rows) => `
    SELECT g.grain, g.start_at, w.handle_id, w.channel, 'offline' AS dim,
           r.method || '|' || COALESCE(r.outcome, 'open') AS key, r.sign AS n
      FROM ${rows} r
      JOIN conversation c ON c.id = r.conversation_id
      CROSS JOIN LATERAL kpi_grains(r.opened_at) g
      ${BOTH('c')}`,
  complaint: (rows) => `
    SELECT g.grain, g.start_at, w.handle_id, w.channel, 'complaint' AS dim, e.key, r.sign AS n
      FROM ${rows} r
      CROSS JOIN LATERAL (VALUES (r.detected_at, 'opened'), (r.acknowledged_at, 'acknowledged'),
                                 (r.closed_at, 'closed')) AS e(at, key)
      CROSS JOIN LATERAL kpi_grains(e.at) g
      ${BOTH('r')}`,
  csat_survey: (rows) => `
    SELECT g.grain, g.start_at, w.handle_id, w.channel, 'csat' AS dim, e.key, e.n * r.sign AS n
      FROM ${rows} r
      CROSS JOIN LATERAL kpi_grains(r.sent_at) g
      CROSS JOIN LATERAL (VALUES ('sent', 1),
                                 ('answered', CASE WHEN r.score IS NULL THEN 0 ELSE 1 END),
                                 ('score', COALESCE(r.score, 0)::integer)) AS e(key, n)
      ${BOTH('r')}
     WHERE e.n <> 0`,
};
