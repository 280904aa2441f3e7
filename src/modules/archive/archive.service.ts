import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { Clock } from '../../platform/clock/clock';
import { Locks, tryLockForTransaction } from '../../platform/database/advisory-locks';
import type { Transaction } from '../../platform/database/data-source';
import { TransactionRunner } from '../../platform/database/transaction-runner';
import { ARCHIVE_ENTRY_SEAL_KIND, SubjectKeysService } from '../subjects';
import { ArchiveError, ArchiveErrorCode } from './archive.errors';
import { CheckpointService } from './checkpoint.service';
import {
  ArchiveRepository,
  type CheckpointRow,
  type SequencedEntryRow,
  type StagedEntryRow,
} from './archive.repository';
import type { ArchiveRecord } from './archive.types';
import { buildEntry, parseEntry } from './core/entry';
import { MerkleFrontier } from './core/merkle';

const INTEGRATE_BATCH = 5000;
const INTEGRATE_RETRY_MS = 20;

/**
 * The log itself: appending and sequencing. Modules append inside the
 * transaction of the change they record (DESIGN invariant 4; AuditedWork does
 * it for them); the integrator gives what committed a gapless seq and a new
 * tree head. Reading entries back is here too; checkpoints, proofs, erasure
 * and exports have services of their own.
 */
@Injectable()
export class ArchiveService {
  constructor(
    private readonly repo: ArchiveRepository,
    private readonly transactions: TransactionRunner,
    private readonly subjects: SubjectKeysService,
    private readonly clock: Clock,
    private readonly checkpoints: CheckpointService,
  ) {}

  /** Stages entries in the caller's transaction: they commit, or roll back, with the change. */
  async append(records: ArchiveRecord[], tx: Transaction): Promise<string[]> {
    const rows: StagedEntryRow[] = [];
    const recordedAt = this.clock.now();
    for (const record of records) {
      const entryId = randomUUID();
      const sealed = record.sensitive
        ? await this.subjects.seal(tx, record.sensitive.subjectId, record.sensitive.data, {
            kind: ARCHIVE_ENTRY_SEAL_KIND,
            id: entryId,
          })
        : undefined;
      const built = buildEntry(
        {
          stream: record.stream,
          entryId,
          kind: record.kind,
          recordedAt,
          occurredAt: record.occurredAt ?? recordedAt,
          actor: record.actor,
          refs: record.refs,
          policyVersion: record.policyVersion,
          ruleIds: record.ruleIds,
          clear: record.clear,
          sensitive: record.sensitive?.data,
        },
        { sealed },
      );
      rows.push({
        entryId,
        stream: record.stream,
        kind: record.kind,
        recordedAt: built.envelope.recordedAt,
        refs: Object.fromEntries(
          Object.entries(built.envelope.refs).filter(
            (e): e is [string, string] => e[1] !== undefined,
          ),
        ),
        subjectKeyId: sealed?.subjectKeyId ?? null,
        canonical: built.canonical,
        leafHash: built.leafHash,
      });
    }
    await this.repo.insertStaged(tx, rows);
    return rows.map((r) => r.entryId);
  }

  /**
   * Sequences committed entries: one leader at a time (advisory lock), gapless
   * seq in (transaction id, id) order, nodes and a new tree head in one
   * transaction. Returns how many entries it integrated (at most one batch).
   */
  async integrateOnce(): Promise<number> {
    return this.transactions.run(async (tx) => {
      if (!(await tryLockForTransaction(tx, Locks.archiveLeader()))) return 0;
      const head = await this.repo.latestHead(tx);
      const cursor = { xid: head?.cursorXid ?? null, id: head?.cursorId ?? null };
      const pending = await this.repo.pendingEntries(tx, cursor, INTEGRATE_BATCH);
      if (pending.length === 0) return 0;
      const frontier = head ? MerkleFrontier.deserialize(head.frontier) : MerkleFrontier.empty();
      const firstSeq = frontier.size;
      const nodes = [];
      for (const e of pending) nodes.push(...frontier.append(e.leafHash));
      const last = pending[pending.length - 1];
      await this.repo.insertSequenced(tx, firstSeq, pending);
      await this.repo.insertNodes(tx, nodes);
      await this.repo.insertHead(tx, {
        size: frontier.size,
        root: frontier.root(),
        frontier: frontier.serialize(),
        cursorXid: last.xid,
        cursorId: last.id,
      });
      return pending.length;
    });
  }

  /**
   * Integrates everything that committed before the call; returns how many
   * entries it integrated. An entry waits for every older transaction of the
   * cluster to end (see pendingEntries), so this may wait for those.
   */
  async integrateAll(timeoutMs = 30_000): Promise<number> {
    const target = await this.repo.nextTransactionId();
    let total = 0;
    for (let waited = 0; ;) {
      const n = await this.integrateOnce();
      total += n;
      if (n > 0) continue;
      if (!(await this.repo.hasUnsequencedBefore(target))) return total;
      if (waited >= timeoutMs) {
        throw new Error('archive entries stay unsequenced: an older transaction is still open');
      }
      await delay(INTEGRATE_RETRY_MS);
      waited += INTEGRATE_RETRY_MS;
    }
  }

  /** Whether the last round filled a batch (there may be more right away). */
  static isFullBatch(integrated: number): boolean {
    return integrated >= INTEGRATE_BATCH;
  }

  /**
   * Integrates what committed, then signs a checkpoint if the log grew: what
   * the worker does on its schedule, for tools and tests that drive the log.
   */
  async checkpointOnce(): Promise<CheckpointRow | undefined> {
    await this.integrateAll();
    return this.checkpoints.checkpointOnce();
  }

  async treeSize(): Promise<number> {
    return this.repo.integratedSize();
  }

  // --- reading entries -------------------------------------------------------

  async entries(from: number, to: number, limit: number): Promise<SequencedEntryRow[]> {
    if (from < 0 || to < from) {
      throw new ArchiveError(ArchiveErrorCode.ARCHIVE_RANGE_INVALID, 'Expected 0 <= from <= to.');
    }
    return this.repo.entriesInRange(from, to, limit);
  }

  /** Entries with every given reference, in seq order, after `afterSeq`. */
  async entriesByRef(
    refs: Record<string, string>,
    limit: number,
    afterSeq?: number,
  ): Promise<SequencedEntryRow[]> {
    return this.repo.entriesByRefs(refs, limit, afterSeq);
  }

  async entryById(entryId: string): Promise<SequencedEntryRow | undefined> {
    return this.repo.entryByEntryId(entryId);
  }

  /** The subject key ids among these rows whose key was destroyed. */
  async erasedKeys(rows: SequencedEntryRow[]): Promise<Set<string>> {
    return this.subjects.destroyedAmong(
      rows.map((r) => r.subjectKeyId).filter((k): k is string => k !== null),
    );
  }

  /** Decrypts sealed originals of the given rows; `[erased]` where the key was destroyed. */
  async open(rows: SequencedEntryRow[]): Promise<Map<string, unknown>> {
    const sealedRows = rows.filter((r) => r.subjectKeyId !== null);
    const opened = await this.subjects.openAll(
      sealedRows.map((r) => ({
        sealed: parseEntry(r.canonical).sealed!,
        binding: { kind: ARCHIVE_ENTRY_SEAL_KIND, id: r.entryId },
      })),
    );
    const out = new Map<string, unknown>();
    sealedRows.forEach((r, i) => out.set(r.entryId, opened[i] ?? '[erased]'));
    return out;
  }
}
