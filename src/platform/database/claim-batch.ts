import type { Transaction } from './data-source';

export interface ClaimBatchQuery {
  /** A table name from the caller's repository (never user input). */
  table: string;
  /** A SQL condition selecting claimable rows, with $1.. parameters. */
  where: string;
  params?: unknown[];
  /** Claim order, e.g. `due_at, id`. */
  orderBy: string;
  limit: number;
  /** Columns to return; `*` by default. */
  columns?: string;
}

/**
 * Claims up to `limit` rows for this transaction with FOR UPDATE SKIP LOCKED:
 * rows another replica has claimed are skipped, not waited for, so any number
 * of replicas can run the same job and no row is handled twice. The caller
 * updates the claimed rows in the same transaction.
 */
export async function claimBatch<R>(tx: Transaction, q: ClaimBatchQuery): Promise<R[]> {
  const params = [...(q.params ?? []), q.limit];
  return tx.query<R[]>(
    `SELECT ${q.columns ?? '*'} FROM ${q.table}
      WHERE ${q.where}
      ORDER BY ${q.orderBy}
      LIMIT $${params.length}
      FOR UPDATE SKIP LOCKED`,
    params,
  );
}
