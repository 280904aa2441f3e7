import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  ComplaintAgg,
  ConversationAgg,
  CsatAgg,
  KeyedCount,
  SignoffAgg,
  SlaAgg,
} from './core/kpi-aggregates';
import type { BusinessSchedule, KpiQuery } from './core/kpi-query';

/**
 * The KPI aggregates, each one query over an indexed time column, grouped by
 * bucket and once more for the whole range (GROUPING SETS); no row leaves the
 * database, only the aggregates.
 *
 * Reporting exception (docs/architecture.md): these are read-only queries
 * over tables the conversations, replies and templates modules own. They never
 * write there.
 *
 * Every query binds the same parameters:
 * $1 from, $2 to, $3 time zone, $4 granularity, $5 the handles (a handle's, a
 * team's) or null for all, $6 channel or null.
 */
type Row = Record<string, unknown>;

export type {
  Bucketed,
  ComplaintAgg,
  ConversationAgg,
  CsatAgg,
  KeyedCount,
  SignoffAgg,
  SlaAgg,
} from './core/kpi-aggregates';

const BUCKET = (col: string) => `date_trunc($4::text, ${col} AT TIME ZONE $3::text)`;
const TOTAL_OR_BUCKET = `CASE WHEN GROUPING(b) = 1 THEN NULL ELSE b AT TIME ZONE $3::text END AS bucket`;

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const bucketOf = (r: Row): Date | null =>
  r.bucket === null ? null : new Date(r.bucket as string | Date);

/** The exact figures, from the source rows (the reference the rollups are checked against, and the fallback). */
@Injectable()
export class KpiRepository {
  constructor(private readonly ds: DataSource) {}

  private params(q: KpiQuery): unknown[] {
    return [q.from, q.to, q.tz, q.granularity, q.handleIds ?? null, q.channel ?? null];
  }

  /** The bucket starts of the range, in order (empty buckets included). */
  async buckets(q: KpiQuery): Promise<Date[]> {
    const rows: Row[] = await this.ds.query(
      `SELECT g AT TIME ZONE $3::text AS bucket
         FROM generate_series(${BUCKET('$1::timestamptz')},
                              ($2::timestamptz - interval '1 microsecond') AT TIME ZONE $3::text,
                              ('1 ' || $4::text)::interval) AS g
        ORDER BY 1`,
      this.params(q).slice(0, 4),
    );
    return rows.map((r) => new Date(r.bucket as string));
  }

  /**
   * Conversations opened in the range, by the bucket they opened in:
   * counts, first-response and resolution percentiles (business seconds on
   * channels whose SLA runs in business hours, `$7` their schedules), breaches.
   */
  async conversations(q: KpiQuery, schedules: BusinessSchedule[]): Promise<ConversationAgg[]> {
    const rows: Row[] = await this.ds.query(
      `WITH bh AS (
         SELECT * FROM jsonb_to_recordset($7::jsonb)
           AS s(channel text, tz text, days integer[], open time, close time)
       ), c AS (
         SELECT ${BUCKET('c.created_at')} AS b,
                CASE WHEN c.first_response_at IS NULL THEN NULL
                     WHEN bh.channel IS NULL THEN EXTRACT(EPOCH FROM c.first_response_at - c.created_at)
                     ELSE metrics_business_seconds(c.created_at, c.first_response_at,
                                                   bh.tz, bh.days, bh.open, bh.close) END AS fr,
                CASE WHEN c.resolved_at IS NULL THEN NULL
                     WHEN bh.channel IS NULL THEN EXTRACT(EPOCH FROM c.resolved_at - c.created_at)
                     ELSE metrics_business_seconds(c.created_at, c.resolved_at,
                                                   bh.tz, bh.days, bh.open, bh.close) END AS res,
                c.first_response_breached_at, c.resolution_breached_at
           FROM conversation c LEFT JOIN bh ON bh.channel = c.channel
          WHERE c.created_at >= $1 AND c.created_at < $2
            AND ($5::text[] IS NULL OR c.handle_id = ANY ($5)) AND ($6::text IS NULL OR c.channel = $6)
       )
       SELECT ${TOTAL_OR_BUCKET},
              count(*) AS opened,
              count(fr) AS answered,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY fr) AS fr_p50,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY fr) AS fr_p90,
              count(res) AS resolved,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY res) AS res_p50,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY res) AS res_p90,
              count(first_response_breached_at) AS fr_breaches,
              count(resolution_breached_at) AS res_breaches
         FROM c GROUP BY GROUPING SETS ((b), ())`,
      [...this.params(q), JSON.stringify(schedules)],
    );
    return rows.map((r) => ({
      bucket: bucketOf(r),
      opened: num(r.opened),
      answered: num(r.answered),
      frP50: numOrNull(r.fr_p50),
      frP90: numOrNull(r.fr_p90),
      resolved: num(r.resolved),
      resP50: numOrNull(r.res_p50),
      resP90: numOrNull(r.res_p90),
      firstResponseBreaches: num(r.fr_breaches),
      resolutionBreaches: num(r.res_breaches),
    }));
  }

  /**
   * First-response SLA compliance per priority, of conversations opened in
   * the range whose clock has ended by `$7` (answered, or past due): the
   * share answered at or before the due time the conversations module set
   * (business-hours aware where the channel is).
   */
  async slaCompliance(q: KpiQuery, now: Date): Promise<SlaAgg[]> {
    const rows: Row[] = await this.ds.query(
      `SELECT ${TOTAL_OR_BUCKET}, priority,
              count(*) AS measured,
              count(*) FILTER (WHERE first_response_at <= first_response_due_at) AS within
         FROM (SELECT ${BUCKET('c.created_at')} AS b, c.priority,
                      c.first_response_at, c.first_response_due_at
                 FROM conversation c
                WHERE c.created_at >= $1 AND c.created_at < $2
                  AND ($5::text[] IS NULL OR c.handle_id = ANY ($5)) AND ($6::text IS NULL OR c.channel = $6)
                  AND c.first_response_due_at IS NOT NULL
                  AND (c.first_response_at IS NOT NULL OR c.first_response_due_at < $7)) x
        GROUP BY GROUPING SETS ((b, priority), (priority))`,
      [...this.params(q), now],
    );
    return rows.map((r) => ({
      bucket: bucketOf(r),
      priority: String(r.priority),
      measured: num(r.measured),
      withinTarget: num(r.within),
    }));
  }

  /** Sign-off decisions in the range, by role: time from the draft's creation to the decision. */
  async signoffTurnaround(q: KpiQuery): Promise<SignoffAgg[]> {
    const rows: Row[] = await this.ds.query(
      `SELECT ${TOTAL_OR_BUCKET}, role, count(*) AS n,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY secs) AS p50,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY secs) AS p90
         FROM (SELECT ${BUCKET('s.decided_at')} AS b, s.role,
                      EXTRACT(EPOCH FROM s.decided_at - r.created_at) AS secs
                 FROM reply_signoff s JOIN reply r ON r.id = s.reply_id
                WHERE s.decided_at >= $1 AND s.decided_at < $2
                  AND ($5::text[] IS NULL OR r.handle_id = ANY ($5)) AND ($6::text IS NULL OR r.channel = $6)) x
        GROUP BY GROUPING SETS ((b, role), (role))`,
      this.params(q),
    );
    return rows.map((r) => ({
      bucket: bucketOf(r),
      role: String(r.role),
      count: num(r.n),
      p50: numOrNull(r.p50),
      p90: numOrNull(r.p90),
    }));
  }

  /** Offline cases opened in the range by method and outcome (`open` while not closed). */
  async offlineRoutes(q: KpiQuery): Promise<KeyedCount[]> {
    const rows: Row[] = await this.ds.query(
      `SELECT ${TOTAL_OR_BUCKET}, method, outcome, count(*) AS n
         FROM (SELECT ${BUCKET('o.opened_at')} AS b, o.method,
                      COALESCE(o.outcome, 'open') AS outcome
                 FROM offline_case o JOIN conversation c ON c.id = o.conversation_id
                WHERE o.opened_at >= $1 AND o.opened_at < $2
                  AND ($5::text[] IS NULL OR c.handle_id = ANY ($5)) AND ($6::text IS NULL OR c.channel = $6)) x
        GROUP BY GROUPING SETS ((b, method, outcome), (method, outcome))`,
      this.params(q),
    );
    return rows.map((r) => ({
      bucket: bucketOf(r),
      key: String(r.method),
      key2: String(r.outcome),
      count: num(r.n),
    }));
  }

  /** Complaints by the bucket of each event: detected, acknowledged, closed. */
  async complaints(q: KpiQuery): Promise<ComplaintAgg[]> {
    const rows: Row[] = await this.ds.query(
      `WITH scoped AS (
         SELECT * FROM complaint
          WHERE ($5::text[] IS NULL OR handle_id = ANY ($5)) AND ($6::text IS NULL OR channel = $6)
       ), ev AS (
         SELECT detected_at AS at, 1 AS o, 0 AS a, 0 AS cl FROM scoped
          WHERE detected_at >= $1 AND detected_at < $2
         UNION ALL
         SELECT acknowledged_at, 0, 1, 0 FROM scoped
          WHERE acknowledged_at >= $1 AND acknowledged_at < $2
         UNION ALL
         SELECT closed_at, 0, 0, 1 FROM scoped WHERE closed_at >= $1 AND closed_at < $2
       )
       SELECT ${TOTAL_OR_BUCKET}, sum(o) AS opened, sum(a) AS acknowledged, sum(cl) AS closed
         FROM (SELECT ${BUCKET('at')} AS b, o, a, cl FROM ev) x
        GROUP BY GROUPING SETS ((b), ())`,
      this.params(q),
    );
    return rows.map((r) => ({
      bucket: bucketOf(r),
      opened: num(r.opened),
      acknowledged: num(r.acknowledged),
      closed: num(r.closed),
    }));
  }

  /** Conversations opened in the range, by intent (one conversation counts once per intent). */
  async volumesByIntent(q: KpiQuery): Promise<KeyedCount[]> {
    const rows: Row[] = await this.ds.query(
      `SELECT ${TOTAL_OR_BUCKET}, intent, count(*) AS n
         FROM (SELECT ${BUCKET('c.created_at')} AS b, i.intent
                 FROM conversation c CROSS JOIN LATERAL unnest(c.intents) AS i(intent)
                WHERE c.created_at >= $1 AND c.created_at < $2
                  AND ($5::text[] IS NULL OR c.handle_id = ANY ($5)) AND ($6::text IS NULL OR c.channel = $6)) x
        GROUP BY GROUPING SETS ((b, intent), (intent))`,
      this.params(q),
    );
    return rows.map((r) => ({ bucket: bucketOf(r), key: String(r.intent), count: num(r.n) }));
  }

  /** Conversations opened in the range, by channel. */
  async volumesByChannel(q: KpiQuery): Promise<KeyedCount[]> {
    const rows: Row[] = await this.ds.query(
      `SELECT ${TOTAL_OR_BUCKET}, channel, count(*) AS n
         FROM (SELECT ${BUCKET('c.created_at')} AS b, c.channel
                 FROM conversation c
                WHERE c.created_at >= $1 AND c.created_at < $2
                  AND ($5::text[] IS NULL OR c.handle_id = ANY ($5)) AND ($6::text IS NULL OR c.channel = $6)) x
        GROUP BY GROUPING SETS ((b, channel), (channel))`,
      this.params(q),
    );
    return rows.map((r) => ({ bucket: bucketOf(r), key: String(r.channel), count: num(r.n) }));
  }

  /**
   * Satisfaction surveys sent in the range (replies module's csat_survey):
   * how many were sent, how many answered, the average score (1–5).
   */
  async csat(q: KpiQuery): Promise<CsatAgg[]> {
    const rows: Row[] = await this.ds.query(
      `SELECT ${TOTAL_OR_BUCKET}, count(*) AS sent, count(score) AS answered, avg(score) AS average
         FROM (SELECT ${BUCKET('s.sent_at')} AS b, s.score
                 FROM csat_survey s
                WHERE s.sent_at >= $1 AND s.sent_at < $2
                  AND ($5::text[] IS NULL OR s.handle_id = ANY ($5)) AND ($6::text IS NULL OR s.channel = $6)) x
        GROUP BY GROUPING SETS ((b), ())`,
      this.params(q),
    );
    return rows.map((r) => ({
      bucket: bucketOf(r),
      sent: num(r.sent),
      answered: num(r.answered),
      average: numOrNull(r.average),
    }));
  }

  /** Replies sent in the range, by template version and by author. */
  async replies(q: KpiQuery): Promise<{ byVersion: KeyedCount[]; byAgent: KeyedCount[] }> {
    const rows: Row[] = await this.ds.query(
      `SELECT ${TOTAL_OR_BUCKET},
              CASE WHEN GROUPING(template_version_id) = 0 THEN 'v' ELSE 'a' END AS dim,
              COALESCE(template_version_id, author_id) AS k, count(*) AS n
         FROM (SELECT ${BUCKET('r.sent_at')} AS b, r.template_version_id, r.author_id
                 FROM reply r
                WHERE r.sent_at >= $1 AND r.sent_at < $2
                  AND ($5::text[] IS NULL OR r.handle_id = ANY ($5)) AND ($6::text IS NULL OR r.channel = $6)) x
        GROUP BY GROUPING SETS ((b, template_version_id), (template_version_id),
                                (b, author_id), (author_id))`,
      this.params(q),
    );
    const byVersion: KeyedCount[] = [];
    const byAgent: KeyedCount[] = [];
    for (const r of rows) {
      const c = { bucket: bucketOf(r), key: String(r.k), count: num(r.n) };
      (r.dim === 'v' ? byVersion : byAgent).push(c);
    }
    return { byVersion, byAgent };
  }
}
