import type { Transaction } from './data-source';

/**
 * Every advisory lock the service takes, in one place. A lock is the pair
 * (namespace, key): the namespace is a fixed small integer from this table and
 * the key is 0 for a singleton or `hashtext(id)` for a per-object lock, so two
 * kinds of lock can never collide however their ids hash.
 */
export enum LockNamespace {
  /** The archive integrator and checkpointer: one leader per round. */
  ArchiveLeader = 1,
  /** Loading a policy version (one recorder at a time). */
  PolicyLoad = 2,
  /** A data subject: erasure and holds serialise on it (sealing share-locks the key row). */
  DataSubject = 3,
  /** A conversation's thread: messages of one thread are appended in order. */
  ConversationThread = 4,
  /** Importing the template library from files. */
  TemplateImport = 5,
  /** Crisis mode switches. */
  CrisisMode = 6,
  /** The KPI rollups: folding deltas, rebuilding after a zone or schedule change. */
  KpiRollup = 7,
}

export interface LockKey {
  namespace: LockNamespace;
  /** The object's id; absent for a singleton lock. */
  id?: string;
}

export const Locks = {
  archiveLeader: (): LockKey => ({ namespace: LockNamespace.ArchiveLeader }),
  policyLoad: (): LockKey => ({ namespace: LockNamespace.PolicyLoad }),
  dataSubject: (subjectId: string): LockKey => ({
    namespace: LockNamespace.DataSubject,
    id: subjectId,
  }),
  conversationThread: (threadKey: string): LockKey => ({
    namespace: LockNamespace.ConversationThread,
    id: threadKey,
  }),
  templateImport: (): LockKey => ({ namespace: LockNamespace.TemplateImport }),
  crisisMode: (): LockKey => ({ namespace: LockNamespace.CrisisMode }),
  kpiRollup: (): LockKey => ({ namespace: LockNamespace.KpiRollup }),
} as const;

function keySql(key: LockKey): { sql: string; params: unknown[] } {
  return key.id === undefined
    ? { sql: '$1::int, 0', params: [key.namespace] }
    : { sql: '$1::int, hashtext($2)', params: [key.namespace, key.id] };
}

/** Waits for the lock; it is released when the transaction ends. */
export async function lockForTransaction(tx: Transaction, key: LockKey): Promise<void> {
  const { sql, params } = keySql(key);
  await tx.query(`SELECT pg_advisory_xact_lock(${sql})`, params);
}

/** Takes the lock if free; false when another transaction holds it. */
export async function tryLockForTransaction(tx: Transaction, key: LockKey): Promise<boolean> {
  const { sql, params } = keySql(key);
  const [row] = await tx.query<{ locked: boolean }[]>(
    `SELECT pg_try_advisory_xact_lock(${sql}) AS locked`,
    params,
  );
  return row.locked;
}
