import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Transaction } from '../../platform/database/data-source';

export interface CrisisRow {
  id: string;
  startedAt: Date;
  startedBy: string;
  reason: string;
  endedAt: Date | null;
  endedBy: string | null;
  endReason: string | null;
}

interface Raw {
  id: string;
  started_at: Date;
  started_by: string;
  reason: string;
  ended_at: Date | null;
  ended_by: string | null;
  end_reason: string | null;
}

const toRow = (r: Raw): CrisisRow => ({
  id: r.id,
  startedAt: r.started_at,
  startedBy: r.started_by,
  reason: r.reason,
  endedAt: r.ended_at,
  endedBy: r.ended_by,
  endReason: r.end_reason,
});

@Injectable()
export class CrisisRepository {
  constructor(private readonly dataSource: DataSource) {}

  async active(tx?: Transaction): Promise<CrisisRow | undefined> {
    const rows = await (tx ?? this.dataSource.manager).query<Raw[]>(
      `SELECT * FROM crisis_mode WHERE ended_at IS NULL`,
    );
    return rows[0] ? toRow(rows[0]) : undefined;
  }

  async latest(): Promise<CrisisRow | undefined> {
    const rows = await this.dataSource.query<Raw[]>(
      `SELECT * FROM crisis_mode ORDER BY started_at DESC, id DESC LIMIT 1`,
    );
    return rows[0] ? toRow(rows[0]) : undefined;
  }

  async start(
    tx: Transaction,
    row: Pick<CrisisRow, 'id' | 'startedAt' | 'startedBy' | 'reason'>,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO crisis_mode (id, started_at, started_by, reason) VALUES ($1, $2, $3, $4)`,
      [row.id, row.startedAt, row.startedBy, row.reason],
    );
  }

  async end(tx: Transaction, id: string, at: Date, by: string, reason: string): Promise<void> {
    await tx.query(
      `UPDATE crisis_mode SET ended_at = $2, ended_by = $3, end_reason = $4 WHERE id = $1`,
      [id, at, by, reason],
    );
  }
}
