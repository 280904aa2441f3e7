import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Transaction } from '../../platform/database/data-source';

export interface PolicyLoadRow {
  id: string;
  version: string;
  loadedAt: Date;
  loadedBy: string;
}

@Injectable()
export class PolicyRepository {
  constructor(private readonly dataSource: DataSource) {}

  async latest(tx?: Transaction): Promise<PolicyLoadRow | undefined> {
    const rows = await (tx ?? this.dataSource.manager).query<
      { id: string; version: string; loaded_at: Date; loaded_by: string }[]
    >(
      `SELECT id, version, loaded_at, loaded_by FROM policy_load ORDER BY loaded_at DESC, id LIMIT 1`,
    );
    const r = rows[0];
    return r
      ? { id: r.id, version: r.version, loadedAt: r.loaded_at, loadedBy: r.loaded_by }
      : undefined;
  }

  async insert(
    tx: Transaction,
    row: { id: string; version: string; files: unknown; loadedBy: string; loadedAt: Date },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO policy_load (id, version, files, loaded_by, loaded_at) VALUES ($1, $2, $3, $4, $5)`,
      [row.id, row.version, JSON.stringify(row.files), row.loadedBy, row.loadedAt],
    );
  }
}
