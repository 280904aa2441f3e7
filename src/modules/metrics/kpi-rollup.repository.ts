import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  Locks,
  lockForTransaction,
  tryLockForTransaction,
} from '../../platform/database/advisory-locks';
import type { BusinessSchedule, KpiQuery } from './core/kpi-query';
import type { BucketWindow, DueToday, PieceCounts, Piece } from './core/kpi-rollup';

type Row = Record<string, unknown>;

export interface RollupConfig {
  zones: string[];
  schedules: BusinessSchedule[];
}

export interface RollupRead {
  rows: PieceCounts[];
  /** `bucket` is the conversation's creation time here; the caller finds its bucket. */
  dueToday: DueToday[];
}

const FOLD_BATCH = 20_000;
/** Marks the unanswered conversations falling due today in `read`'s rows. */
const DUE_TODAY = 'due_today';
/** The handle and channel every fact is counted under once more: all of them. */
const ALL = '*';

/**
 * The metrics module's own rollup tables (migration KpiRollups): the zones
 * with day rollups, the business-hours schedules the triggers measure with,
 * the folded rollups and the deltas the triggers append. Plus one reporting
 * read of `conversation` (unanswered conversations falling due today).
 */
@Injectable()
export class KpiRollupRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * Each bucket clipped to the range, with the zone's whole local days inside
   * it when `days` and the zone has day rollups.
   */
  async windows(q: KpiQuery, days: boolean): Promise<BucketWindow[]> {
    const rows: Row[] = await this.ds.query(
      `WITH b AS (
         SELECT g AT TIME ZONE $3::text AS bs, (g + ('1 ' || $4::text)::interval) AT TIME ZONE $3::text AS be
           FROM generate_series(date_trunc($4::text, $1::timestamptz AT TIME ZONE $3::text),
                                ($2::timestamptz - interval '1 microsecond') AT TIME ZONE $3::text,
                                ('1 ' || $4::text)::interval) AS g
       ), w AS (
         SELECT bs, GREATEST(bs, $1::timestamptz) AS s, LEAST(be, $2::timestamptz) AS e FROM b
       )
       SELECT w.bs AS bucket, w.s, w.e,
              COALESCE(array_agg(to_char(x AT TIME ZONE $3::text AT TIME ZONE 'UTC',
                                         'YYYY-MM-DD"T"HH24:MI:SS"Z"') ORDER BY x)
                         FILTER (WHERE x IS NOT NULL), '{}') AS days,
              max((x + interval '1 day') AT TIME ZONE $3::text) AS days_end
         FROM w LEFT JOIN LATERAL (
           SELECT x FROM generate_series(date_trunc('day', w.s AT TIME ZONE $3::text),
                                         w.e AT TIME ZONE $3::text, interval '1 day') AS x
            WHERE $5::boolean AND EXISTS (SELECT 1 FROM kpi_rollup_zone z WHERE z.zone = $3::text)
              AND x AT TIME ZONE $3::text >= w.s
              AND (x + interval '1 day') AT TIME ZONE $3::text <= w.e
         ) d ON true
        GROUP BY w.bs, w.s, w.e ORDER BY w.bs`,
      [q.from, q.to, q.tz, q.granularity, days],
    );
    return rows.map((r) => ({
      bucket: new Date(r.bucket as string),
      start: new Date(r.s as string),
      end: new Date(r.e as string),
      dayStarts: (r.days as string[]).map((d) => new Date(d)),
      daysEnd: r.days_end === null ? null : new Date(r.days_end as string),
    }));
  }

  /**
   * The folded rollups and the pending deltas of the pieces (the all-handles
   * rows when nothing filters, else the handles' own rows), and the
   * conversations whose first response fell due today (UTC) before `now`:
   * one statement, so one snapshot (a fold moves deltas into the rollups in
   * one transaction, so they are counted once either way).
   */
  async read(q: KpiQuery, pieces: Piece[], now: Date, todayStart: Date): Promise<RollupRead> {
    const rows: Row[] = await this.ds.query(
      `WITH p AS (
         SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::timestamptz[]) AS p(grain, start_at, bucket)
       )
       SELECT p.bucket, r.handle_id, r.channel, r.dim, r.counts
         FROM p JOIN kpi_rollup r ON r.grain = p.grain AND r.start_at = p.start_at
        WHERE CASE WHEN $10::boolean THEN r.handle_id = '${ALL}'
                   ELSE r.handle_id <> '${ALL}' AND ($4::text[] IS NULL OR r.handle_id = ANY ($4))
                        AND ($5::text IS NULL OR r.channel = $5) END
       UNION ALL
       SELECT d.bucket, d.handle_id, d.channel, d.dim, jsonb_object_agg(d.key, d.n)
         FROM (SELECT p.bucket, d.handle_id, d.channel, d.dim, d.key, sum(d.n) AS n
                 FROM p JOIN kpi_rollup_delta d ON d.grain = p.grain AND d.start_at = p.start_at
                WHERE CASE WHEN $10::boolean THEN d.handle_id = '${ALL}'
                           ELSE d.handle_id <> '${ALL}' AND ($4::text[] IS NULL OR d.handle_id = ANY ($4))
                                AND ($5::text IS NULL OR d.channel = $5) END
                GROUP BY 1, 2, 3, 4, 5) d
        GROUP BY 1, 2, 3, 4
       UNION ALL
       SELECT c.created_at, c.handle_id, c.channel, '${DUE_TODAY}', jsonb_build_object(c.priority, 1)
         FROM conversation c
        WHERE c.first_response_at IS NULL
          AND c.first_response_due_at >= $6 AND c.first_response_due_at < $7
          AND c.created_at >= $8 AND c.created_at < $9
          AND ($4::text[] IS NULL OR c.handle_id = ANY ($4)) AND ($5::text IS NULL OR c.channel = $5)`,
      [
        pieces.map((p) => p.grain),
        pieces.map((p) => p.start),
        pieces.map((p) => p.bucket),
        q.handleIds ?? null,
        q.channel ?? null,
        todayStart,
        now,
        q.from,
        q.to,
        (q.handleIds ?? null) === null && (q.channel ?? null) === null,
      ],
    );
    const out: RollupRead = { rows: [], dueToday: [] };
    for (const r of rows) {
      const counts = r.counts as Record<string, number>;
      if (r.dim === DUE_TODAY) {
        out.dueToday.push({
          bucket: new Date(r.bucket as string),
          priority: Object.keys(counts)[0],
        });
      } else {
        out.rows.push({
          bucket: new Date(r.bucket as string),
          handleId: String(r.handle_id),
          channel: String(r.channel),
          dim: String(r.dim),
          counts,
        });
      }
    }
    return out;
  }

  /** The zones and schedules the rollups are kept for (read in `q`'s transaction when given). */
  async config(q: Pick<EntityManager, 'query'> = this.ds): Promise<RollupConfig> {
    const zones: Row[] = await q.query(`SELECT zone FROM kpi_rollup_zone ORDER BY zone`);
    const schedules: Row[] = await q.query(
      `SELECT channel, tz, days, to_char(open_at, 'HH24:MI') AS open, to_char(close_at, 'HH24:MI') AS close
         FROM kpi_business_schedule ORDER BY channel`,
    );
    return {
      zones: zones.map((z) => String(z.zone)),
      schedules: schedules.map((s) => ({
        channel: String(s.channel),
        tz: String(s.tz),
        days: (s.days as number[]).map(Number),
        open: String(s.open),
        close: String(s.close),
      })),
    };
  }

  /**
   * Replaces the zones and schedules and recomputes every rollup from the
   * source rows, unless another replica already did (`isCurrent` re-checked
   * under the lock). One REPEATABLE READ transaction: deltas that writers
   * commit meanwhile are outside its snapshot and survive it, so nothing is
   * counted twice or lost.
   */
  async reconfigure(
    wanted: RollupConfig,
    isCurrent: (c: RollupConfig) => boolean,
  ): Promise<boolean> {
    return this.ds.transaction('REPEATABLE READ', async (m) => {
      await lockForTransaction(m, Locks.kpiRollup());
      // Read in this transaction: a second connection could wait on the pool this one holds.
      if (isCurrent(await this.config(m))) return false;
      await m.query(`DELETE FROM kpi_rollup_zone`);
      await m.query(`INSERT INTO kpi_rollup_zone (zone) SELECT unnest($1::text[])`, [wanted.zones]);
      await m.query(`DELETE FROM kpi_business_schedule`);
      for (const s of wanted.schedules) {
        await m.query(
          `INSERT INTO kpi_business_schedule (channel, tz, days, open_at, close_at) VALUES ($1, $2, $3, $4, $5)`,
          [s.channel, s.tz, s.days, s.open, s.close],
        );
      }
      await m.query(`SELECT kpi_rollup_rebuild()`);
      return true;
    });
  }

  /** Folds a batch of deltas into the rollups; false when another replica is folding. */
  async fold(): Promise<{ locked: boolean; folded: number }> {
    return this.ds.transaction(async (m) => {
      if (!(await tryLockForTransaction(m, Locks.kpiRollup()))) return { locked: false, folded: 0 };
      const [r] = await m.query<Row[]>(`SELECT kpi_rollup_fold($1) AS n`, [FOLD_BATCH]);
      return { locked: true, folded: Number(r.n) };
    });
  }

  get foldBatch(): number {
    return FOLD_BATCH;
  }
}
