import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor } from '../../platform/auth/actor';
import { Settings } from '../../platform/config/settings';
import type { Transaction } from '../../platform/database/data-source';
import { TransactionRunner } from '../../platform/database/transaction-runner';
import { ArchiveError, ArchiveErrorCode } from './archive.errors';
import { resolveArchiveKeys, type ArchiveKeys } from './archive-keys';
import {
  ArchiveRepository,
  type CheckpointRow,
  type LegalHoldRow,
  type SequencedEntryRow,
  type StagedEntryRow,
} from './archive.repository';
import type { ArchiveRecord } from './archive.types';
import { signCheckpoint } from './core/checkpoint';
import { buildEntry, parseEntry, type EntryEnvelope } from './core/entry';
import { ARCHIVE_ENTRY_SEAL_KIND, SubjectKeysService } from '../subjects';
import { Locks, lockForTransaction } from '../../platform/database/advisory-locks';
import {
  assembleConsistencyProof,
  assembleInclusionProof,
  assembleRoot,
  consistencyProofNodes,
  inclusionProofNodes,
  MerkleFrontier,
  nodeKey,
  rootNodes,
  verifyConsistency,
  type NodeCoord,
} from './core/merkle';

const INTEGRATE_BATCH = 5000;

export interface ArchivedEntry {
  seq: number;
  entryId: string;
  envelope: EntryEnvelope;
  /** The exact canonical bytes, as hashed. */
  canonical: string;
  leafHash: string;
  /** Sealed originals, opened for callers allowed to see them; `[erased]` once shredded. */
  opened?: unknown;
}

/**
 * The tamper-evident archive. Modules call `append` inside the transaction of
 * the change it records (DESIGN invariant 4); the integrator sequences what
 * committed and checkpoints sign the tree heads.
 */
@Injectable()
export class ArchiveService {
  private readonly logger = new Logger(ArchiveService.name);
  private resolvedKeys?: ArchiveKeys;
  private signingKeyRegistered = false;

  constructor(
    private readonly repo: ArchiveRepository,
    private readonly tx: TransactionRunner,
    private readonly settings: Settings,
    private readonly subjects: SubjectKeysService,
  ) {}

  /** Resolved on first use, so that read-only uses (export, proofs) need no secret keys. */
  get keys(): ArchiveKeys {
    this.resolvedKeys ??= resolveArchiveKeys(this.settings);
    return this.resolvedKeys;
  }

  get origin(): string {
    return this.settings.ARCHIVE_ORIGIN;
  }

  /** Records the signing key's public half; logs it when it was just generated. */
  async registerSigningKey(): Promise<void> {
    if (this.signingKeyRegistered) return;
    const s = this.keys.signer;
    await this.repo.ensureSigningKey({
      fingerprint: s.fingerprint,
      keyName: s.name,
      publicKey: s.rawPublicKey,
      vkey: s.vkey,
    });
    if (this.keys.generated) {
      this.logger.log(`generated an archive signing key; its verifier key is ${s.vkey}`);
    }
    this.signingKeyRegistered = true;
  }

  /** Stages entries in the caller's transaction: they commit, or roll back, with the change. */
  async append(records: ArchiveRecord[], tx: Transaction): Promise<string[]> {
    const rows: StagedEntryRow[] = [];
    const recordedAt = new Date();
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
   * transaction. Returns how many entries it integrated.
   */
  async integrateOnce(): Promise<number> {
    return this.tx.run(async (tx) => {
      if (!(await this.repo.tryLeaderLock(tx))) return 0;
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
   * Signs the current tree head when it grew, after checking it is consistent
   * with the previous checkpoint; the note is also written to CHECKPOINT_DIR.
   */
  async checkpointOnce(): Promise<CheckpointRow | undefined> {
    await this.registerSigningKey();
    const written = await this.tx.run(async (tx) => {
      if (!(await this.repo.tryLeaderLock(tx))) return undefined;
      const head = await this.repo.latestHead(tx);
      if (!head || head.size === 0) return undefined;
      const previous = await this.repo.latestCheckpoint(tx);
      if (previous && previous.size >= head.size) return undefined;
      if (previous && previous.size > 0) {
        const proof = await this.consistencyProofAt(previous.size, head.size, tx);
        if (!verifyConsistency(previous.size, head.size, proof, previous.root, head.root)) {
          this.logger.error(
            `tree head ${head.size} is not consistent with checkpoint ${previous.size}`,
          );
          throw new ArchiveError(ArchiveErrorCode.ARCHIVE_CONSISTENCY_BROKEN, 'internal error');
        }
      }
      const note = signCheckpoint(
        { origin: this.origin, size: head.size, root: head.root },
        this.keys.signer,
      );
      const row = {
        size: head.size,
        root: head.root,
        note,
        keyFingerprint: this.keys.signer.fingerprint,
      };
      await this.repo.insertCheckpoint(tx, row);
      return { ...row, createdAt: new Date() };
    });
    if (written) this.writeCheckpointFile(written);
    return written;
  }

  private writeCheckpointFile(c: CheckpointRow): void {
    const dir = this.settings.checkpointDir;
    mkdirSync(dir, { recursive: true });
    const name = `${String(c.size).padStart(12, '0')}-${c.root.toString('hex').slice(0, 16)}.checkpoint`;
    try {
      writeFileSync(join(dir, name), c.note, { flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }

  async latestCheckpoint(): Promise<CheckpointRow> {
    const c = await this.repo.latestCheckpoint();
    if (!c)
      throw new ArchiveError(
        ArchiveErrorCode.ARCHIVE_NO_CHECKPOINT,
        'No checkpoint has been signed yet.',
      );
    return c;
  }

  async treeSize(): Promise<number> {
    return this.repo.integratedSize();
  }

  // --- proofs ------------------------------------------------------------------

  private async lookup(coords: NodeCoord[], tx?: Transaction): Promise<(c: NodeCoord) => Buffer> {
    const map = await this.repo.nodes(coords, tx);
    return (c) => {
      const h = map.get(nodeKey(c));
      if (!h) throw new Error(`archive node ${nodeKey(c)} missing`);
      return h;
    };
  }

  private async requireSize(size: number): Promise<void> {
    const current = await this.repo.integratedSize();
    if (size > current) {
      throw new ArchiveError(
        ArchiveErrorCode.ARCHIVE_TREE_TOO_SMALL,
        `The log has ${current} entries.`,
        {
          size: current,
        },
      );
    }
  }

  async inclusionProof(seq: number, size: number): Promise<{ leafHash: Buffer; proof: Buffer[] }> {
    if (seq >= size) {
      throw new ArchiveError(ArchiveErrorCode.ARCHIVE_RANGE_INVALID, 'seq must be below size.');
    }
    await this.requireSize(size);
    const coords = [{ level: 0, index: seq }, ...inclusionProofNodes(seq, size)];
    const get = await this.lookup(coords);
    return {
      leafHash: get({ level: 0, index: seq }),
      proof: assembleInclusionProof(seq, size, get),
    };
  }

  async consistencyProof(from: number, to: number): Promise<Buffer[]> {
    if (from > to)
      throw new ArchiveError(ArchiveErrorCode.ARCHIVE_RANGE_INVALID, 'from must not exceed to.');
    await this.requireSize(to);
    return this.consistencyProofAt(from, to);
  }

  private async consistencyProofAt(from: number, to: number, tx?: Transaction): Promise<Buffer[]> {
    if (from === 0 || from === to) return [];
    const get = await this.lookup(consistencyProofNodes(from, to), tx);
    return assembleConsistencyProof(from, to, get);
  }

  /** The root of the first `size` entries, from stored nodes (for checking old checkpoints). */
  async rootAt(size: number): Promise<Buffer> {
    await this.requireSize(size);
    const get = await this.lookup(rootNodes(size));
    return assembleRoot(size, get);
  }

  // --- reads ---------------------------------------------------------------------

  async entries(from: number, to: number, limit: number): Promise<SequencedEntryRow[]> {
    if (from < 0 || to < from) {
      throw new ArchiveError(ArchiveErrorCode.ARCHIVE_RANGE_INVALID, 'Expected 0 <= from <= to.');
    }
    return this.repo.entriesInRange(from, to, limit);
  }

  async entriesByRef(refs: Record<string, string>, limit: number): Promise<SequencedEntryRow[]> {
    return this.repo.entriesByRefs(refs, limit);
  }

  async entryById(entryId: string): Promise<SequencedEntryRow[]> {
    const row = await this.repo.entryByEntryId(entryId);
    return row ? [row] : [];
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

  // --- erasure and legal holds ---------------------------------------------------

  /** Crypto-shredding: destroys the subject's data key and records a PII-free entry. */
  async eraseSubject(subjectId: string, reason: string, actor: Actor): Promise<string> {
    return this.tx.run(async (tx) => {
      await lockForTransaction(tx, Locks.dataSubject(subjectId));
      const holds = await this.repo.activeHolds(subjectId, tx);
      if (holds.length > 0) {
        throw new ArchiveError(
          ArchiveErrorCode.SUBJECT_UNDER_LEGAL_HOLD,
          `The subject is under legal hold ${holds[0].id}; erasure is blocked.`,
          { holds: holds.map((h) => ({ id: h.id, placedAt: h.placedAt.toISOString() })) },
        );
      }
      const { liveKeyId, destroyedKeyIds } = await this.subjects.state(tx, subjectId);
      if (!liveKeyId && destroyedKeyIds.length > 0) {
        throw new ArchiveError(
          ArchiveErrorCode.SUBJECT_ALREADY_ERASED,
          'The data subject was already erased, and nothing was sealed for them since.',
        );
      }
      if (!liveKeyId) {
        // Nothing sealed for them, ever: there is nothing to erase, and nothing is archived.
        throw new ArchiveError(
          ArchiveErrorCode.SUBJECT_NOT_FOUND,
          'The service holds no sealed data for this subject.',
        );
      }
      const destroyed = liveKeyId ? await this.subjects.destroy(tx, subjectId) : undefined;
      const [entryId] = await this.append(
        [
          {
            stream: 'archive',
            kind: 'subject.erased',
            actor,
            refs: { subject: subjectId, ...(destroyed ? { subjectKey: destroyed } : {}) },
            clear: { reason, keyDestroyed: Boolean(destroyed) },
          },
        ],
        tx,
      );
      return entryId;
    });
  }

  async placeHold(subjectId: string, reason: string, actor: Actor): Promise<LegalHoldRow> {
    return this.tx.run(async (tx) => {
      await lockForTransaction(tx, Locks.dataSubject(subjectId));
      const hold = await this.repo.insertHold(tx, {
        id: randomUUID(),
        subjectId,
        reason,
        placedBy: actor.id,
      });
      await this.append(
        [
          {
            stream: 'archive',
            kind: 'legal_hold.placed',
            actor,
            refs: { subject: subjectId, legalHold: hold.id },
            clear: { reason },
          },
        ],
        tx,
      );
      return hold;
    });
  }

  async releaseHold(holdId: string, reason: string, actor: Actor): Promise<LegalHoldRow> {
    return this.tx.run(async (tx) => {
      const hold = await this.repo.hold(holdId, tx);
      if (!hold)
        throw new ArchiveError(ArchiveErrorCode.LEGAL_HOLD_NOT_FOUND, 'No such legal hold.');
      if (hold.releasedAt) {
        throw new ArchiveError(
          ArchiveErrorCode.LEGAL_HOLD_ALREADY_RELEASED,
          'The legal hold was already released.',
        );
      }
      const released = await this.repo.releaseHold(tx, holdId, actor.id);
      await this.append(
        [
          {
            stream: 'archive',
            kind: 'legal_hold.released',
            actor,
            refs: { subject: hold.subjectId, legalHold: hold.id },
            clear: { reason },
          },
        ],
        tx,
      );
      return released;
    });
  }

  listHolds(activeOnly: boolean): Promise<LegalHoldRow[]> {
    return this.repo.listHolds(activeOnly);
  }
}
