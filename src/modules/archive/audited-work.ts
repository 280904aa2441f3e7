import { Injectable } from '@nestjs/common';
import type { Actor } from '../../platform/auth/actor';
import { Clock } from '../../platform/clock/clock';
import { lockForTransaction, type LockKey } from '../../platform/database/advisory-locks';
import type { Transaction } from '../../platform/database/data-source';
import { TransactionRunner } from '../../platform/database/transaction-runner';
import { ArchiveService } from './archive.service';
import type { ArchiveRecord } from './archive.types';

/** What an audited verb receives: its transaction, who acts, and the time of the change. */
export interface AuditContext {
  readonly tx: Transaction;
  readonly actor: Actor;
  /** The clock's time when the unit of work began; use it for every timestamp of the change. */
  readonly now: Date;
  /** Takes an advisory lock from the registry (platform/database/advisory-locks) until commit. */
  lock(key: LockKey): Promise<void>;
}

/** An archive record of the change; the actor and time default to the context's. */
export type AuditRecord = Omit<ArchiveRecord, 'actor'> & { actor?: Actor };

/** What an audited verb returns: its result, and the records of what it changed. */
export interface Audited<T> {
  result: T;
  /** Empty only when nothing changed (e.g. a replayed request). */
  records: AuditRecord[];
}

/**
 * The one shape of every state-changing verb (DESIGN invariant 4): lock →
 * read → change → archive, in one transaction. The verb returns its archive
 * records and this appends them in the same transaction, so a change never
 * commits without its entry, nor an entry without its change.
 */
@Injectable()
export class AuditedWork {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly archive: ArchiveService,
    private readonly clock: Clock,
  ) {}

  run<T>(actor: Actor, verb: (ctx: AuditContext) => Promise<Audited<T>>): Promise<T> {
    return this.runRecorded(actor, verb).then((r) => r.result);
  }

  /** As `run`, also answering the ids of the archive entries it appended, in record order. */
  runRecorded<T>(
    actor: Actor,
    verb: (ctx: AuditContext) => Promise<Audited<T>>,
  ): Promise<{ result: T; entryIds: string[] }> {
    return this.transactions.run(async (tx) => {
      const now = this.clock.now();
      const ctx: AuditContext = { tx, actor, now, lock: (key) => lockForTransaction(tx, key) };
      const { result, records } = await verb(ctx);
      const entryIds =
        records.length > 0 ? await this.archive.append(withDefaults(records, actor, now), tx) : [];
      return { result, entryIds };
    });
  }

  /**
   * Several independent units of work in one transaction (group commit), in
   * the given order: each has its own actor, time and archive records, and
   * all are appended in one statement at the end. All commit or none does: a
   * caller that needs one failing unit not to lose the others runs them again
   * one by one when this throws. `hooks.before` runs first in the transaction
   * (e.g. to take the units' locks at once, in one order), `hooks.after` after
   * the last unit (e.g. to write what the units collected in one statement).
   */
  runEach<T>(
    units: readonly { actor: Actor; verb: (ctx: AuditContext) => Promise<Audited<T>> }[],
    hooks: {
      before?: (tx: Transaction) => Promise<void>;
      after?: (tx: Transaction) => Promise<void>;
    } = {},
  ): Promise<T[]> {
    return this.transactions.run(async (tx) => {
      if (hooks.before) await hooks.before(tx);
      const results: T[] = [];
      const all: ArchiveRecord[] = [];
      for (const { actor, verb } of units) {
        const now = this.clock.now();
        const ctx: AuditContext = { tx, actor, now, lock: (key) => lockForTransaction(tx, key) };
        const { result, records } = await verb(ctx);
        results.push(result);
        all.push(...withDefaults(records, actor, now));
      }
      if (hooks.after) await hooks.after(tx);
      if (all.length > 0) await this.archive.append(all, tx);
      return results;
    });
  }
}

function withDefaults(records: AuditRecord[], actor: Actor, now: Date): ArchiveRecord[] {
  return records.map((r) => ({ ...r, actor: r.actor ?? actor, occurredAt: r.occurredAt ?? now }));
}
