import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

type Row = Record<string, unknown>;

export interface StateSnapshot {
  conversationsByStatus: Array<{ status: string; count: number }>;
  outboxDepth: Array<{ status: string; count: number }>;
  outboxOldestAgeSeconds: number;
  dispatchAttempts: Array<{ outcome: string; count: number }>;
  archivePending: number;
  archiveLagSeconds: number;
  archiveTreeSize: number;
  checkpointAgeSeconds: number | null;
  slaBreaches: Array<{ clock: string; count: number }>;
}

export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

/**
 * Scrape-time reads of stored state for the Prometheus gauges. Reporting
 * exception (docs/architecture.md): read-only SQL over the conversations,
 * replies and archive tables; every query is on an index or a small table.
 */
@Injectable()
export class GaugesRepository {
  constructor(private readonly ds: DataSource) {}

  async snapshot(now: Date): Promise<StateSnapshot> {
    const [row]: Row[] = await this.ds.query(
      `SELECT
         (SELECT COALESCE(jsonb_agg(jsonb_build_object('status', status, 'count', n)), '[]')
            FROM (SELECT status, count(*) AS n FROM conversation GROUP BY status) s) AS conversations,
         (SELECT COALESCE(jsonb_agg(jsonb_build_object('status', status, 'count', n)), '[]')
            FROM (SELECT status, count(*) AS n FROM outbox
                   WHERE status IN ('queued', 'sending') GROUP BY status) s) AS outbox,
         (SELECT EXTRACT(EPOCH FROM $1::timestamptz - min(created_at)) FROM outbox
           WHERE status IN ('queued', 'sending')) AS outbox_oldest,
         (SELECT COALESCE(jsonb_agg(jsonb_build_object('outcome', outcome, 'count', n)), '[]')
            FROM (SELECT outcome, count(*) AS n FROM outbox_attempt GROUP BY outcome) s) AS attempts,
         (SELECT COALESCE(max(size), 0) FROM archive_tree_head) AS tree_size,
         (SELECT EXTRACT(EPOCH FROM $1::timestamptz - max(created_at)) FROM archive_checkpoint)
           AS checkpoint_age,
         (SELECT count(*) FROM conversation WHERE first_response_breached_at IS NOT NULL) AS fr_breaches,
         (SELECT count(*) FROM conversation WHERE resolution_breached_at IS NOT NULL) AS res_breaches`,
      [now],
    );
    const [pending]: Row[] = await this.ds.query(
      `WITH head AS (SELECT cursor_xid, cursor_id FROM archive_tree_head ORDER BY size DESC LIMIT 1)
       SELECT count(*) AS n, EXTRACT(EPOCH FROM $1::timestamptz - min(e.recorded_at)) AS lag
         FROM archive_entry e
        WHERE NOT EXISTS (SELECT 1 FROM head)
           OR (e.xid, e.id) > (SELECT cursor_xid, cursor_id FROM head)`,
      [now],
    );
    const list = <K extends string>(v: unknown, key: K) =>
      (v as Array<Record<K, string> & { count: number }>).map((x) => ({
        [key]: x[key],
        count: Number(x.count),
      })) as Array<Record<K, string> & { count: number }>;
    return {
      conversationsByStatus: list(row.conversations, 'status'),
      outboxDepth: list(row.outbox, 'status'),
      outboxOldestAgeSeconds: Math.max(0, Number(row.outbox_oldest ?? 0)),
      dispatchAttempts: list(row.attempts, 'outcome'),
      archivePending: Number(pending.n),
      archiveLagSeconds: Math.max(0, Number(pending.lag ?? 0)),
      archiveTreeSize: Number(row.tree_size),
      checkpointAgeSeconds:
        row.checkpoint_age === null ? null : Math.max(0, Number(row.checkpoint_age)),
      slaBreaches: [
        { clock: 'first_response', count: Number(row.fr_breaches) },
        { clock: 'resolution', count: Number(row.res_breaches) },
      ],
    };
  }

  /** The connection pool's use (pg Pool counters). */
  pool(): PoolUse {
    const driver = this.ds.driver as unknown as {
      master?: {
        totalCount: number;
        idleCount: number;
        waitingCount: number;
        options?: { max?: number };
      };
    };
    const p = driver.master;
    return {
      total: p?.totalCount ?? 0,
      idle: p?.idleCount ?? 0,
      waiting: p?.waitingCount ?? 0,
      max: p?.options?.max ?? 0,
    };
  }
}
