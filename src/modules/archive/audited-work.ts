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
   * Several units of work done together by one set-based verb, in one
   * transaction (group commit): each unit has its own actor and its own
   * result and archive records (the verb answers one `Audited` per actor, in
   * order), and all records are appended in one statement at the end. All
   * commit or none does: a caller that needs one failing unit not to lose
   * the others runs them again one by one when this throws.
   */
  runMany<T>(
    actors: readonly Actor[],
    verb: (tx: Transaction, now: Date) => Promise<Audited<T>[]>,
  ): Promise<T[]> {
    return this.transactions.run(async (tx) => {
      const now = this.clock.now();
      const done = await verb(tx, now);
      if (done.length !== actors.length) {
        throw new Error(`${done.length} results for ${actors.length} units of work`);
      }
      const all = done.flatMap((d, i) => withDefaults(d.records, actors[i], now));
      if (all.length > 0) await this.archive.append(all, tx);
      return done.map((d) => d.result);
    });
  }
}

function withDefaults(records: AuditRecord[], actor: Actor, now: Date): ArchiveRecord[] {
  return records.map((r) => ({ ...r, actor: r.actor ?? actor, occurredAt: r.occurredAt ?? now }));
}
