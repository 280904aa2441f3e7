import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Transaction } from '../../../platform/database/data-source';

export interface ReplayRunRow {
  id: string;
  requestedBy: string;
  from: Date;
  to: Date;
  policyVersion: string | null;
  status: 'queued' | 'running' | 'done' | 'failed';
  total: number;
  processed: number;
  summary: unknown;
  result: unknown;
  createdAt: Date;
  finishedAt: Date | null;
}

type Row = Record<string, unknown>;

const toRun = (r: Row): ReplayRunRow => ({
  id: String(r.id),
  requestedBy: String(r.requested_by),
  from: new Date(r.period_from as string),
  to: new Date(r.period_to as string),
  policyVersion: (r.policy_version as string | null) ?? null,
  status: r.status as ReplayRunRow['status'],
  total: Number(r.total),
  processed: Number(r.processed),
  summary: r.summary ?? null,
  result: r.result ?? null,
  createdAt: new Date(r.created_at as string),
  finishedAt: r.finished_at ? new Date(r.finished_at as string) : null,
});

/**
 * Replay runs (this module's table), plus two reporting reads (docs/architecture.md):
 * the sequence numbers of archived inbound messages of a period, and a stored
 * policy version's files from policy_load. Never writes outside replay_run.
 */
@Injectable()
export class ReplayRepository {
  constructor(private readonly ds: DataSource) {}

  async messageSeqs(from: Date, to: Date): Promise<number[]> {
    const rows: Row[] = await this.ds.query(
      `SELECT s.seq FROM archive_entry e JOIN archive_sequence s ON s.entry_pk = e.id
        WHERE e.kind = 'message.received' AND e.recorded_at >= $1 AND e.recorded_at < $2
        ORDER BY s.seq`,
      [from, to],
    );
    return rows.map((r) => Number(r.seq));
  }

  async policyFiles(version: string): Promise<Record<string, unknown> | undefined> {
    const rows: Row[] = await this.ds.query(
      `SELECT files FROM policy_load WHERE version = $1 ORDER BY loaded_at LIMIT 1`,
      [version],
    );
    return rows[0]?.files as Record<string, unknown> | undefined;
  }

  /** In the unit of work that archives the request (`tx`). */
  async insert(
    tx: Transaction,
    run: Omit<ReplayRunRow, 'summary' | 'result' | 'finishedAt'>,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO replay_run (id, requested_by, period_from, period_to, policy_version, status,
         total, processed, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        run.id,
        run.requestedBy,
        run.from,
        run.to,
        run.policyVersion,
        run.status,
        run.total,
        run.processed,
        run.createdAt,
      ],
    );
  }

  async progress(
    id: string,
    status: ReplayRunRow['status'],
    total: number,
    processed: number,
  ): Promise<void> {
    await this.ds.query(
      `UPDATE replay_run SET status = $2, total = $3, processed = $4 WHERE id = $1`,
      [id, status, total, processed],
    );
  }

  /** In the unit of work that archives the completion or the failure (`tx`). */
  async finish(
    id: string,
    status: 'done' | 'failed',
    summary: unknown,
    result: unknown,
    at: Date,
    tx: Transaction,
  ): Promise<void> {
    await tx.query(
      `UPDATE replay_run SET status = $2, summary = $3, result = $4, finished_at = $5 WHERE id = $1`,
      [id, status, JSON.stringify(summary), result === null ? null : JSON.stringify(result), at],
    );
  }

  async byId(id: string): Promise<ReplayRunRow | undefined> {
    const rows: Row[] = await this.ds.query(`SELECT * FROM replay_run WHERE id = $1`, [id]);
    return rows[0] ? toRun(rows[0]) : undefined;
  }
}
