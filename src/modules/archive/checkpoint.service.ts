import { Injectable, Logger } from '@nestjs/common';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Clock } from '../../platform/clock/clock';
import { Settings } from '../../platform/config/settings';
import { Locks, tryLockForTransaction } from '../../platform/database/advisory-locks';
import { TransactionRunner } from '../../platform/database/transaction-runner';
import { ArchiveError, ArchiveErrorCode } from './archive.errors';
import { resolveArchiveKeys, type ArchiveKeys } from './archive-keys';
import { ArchiveRepository, type CheckpointRow } from './archive.repository';
import { signCheckpoint } from './core/checkpoint';
import { verifyConsistency } from './core/merkle';
import { ProofService } from './proof.service';

/**
 * Signed checkpoints of the tree head (C2SP signed notes). Each one is checked
 * consistent with the one before, stored, and written to CHECKPOINT_DIR too,
 * so a copy exists outside the database.
 */
@Injectable()
export class CheckpointService {
  private readonly logger = new Logger(CheckpointService.name);
  private resolvedKeys?: ArchiveKeys;
  private signingKeyRegistered = false;

  constructor(
    private readonly repo: ArchiveRepository,
    private readonly proofs: ProofService,
    private readonly transactions: TransactionRunner,
    private readonly settings: Settings,
    private readonly clock: Clock,
  ) {}

  /** Resolved on first use, so that read-only uses (export, proofs) need no secret key. */
  private get keys(): ArchiveKeys {
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

  /**
   * Signs the current tree head when it grew, after checking it is consistent
   * with the previous checkpoint. One leader at a time (the integrator's lock).
   */
  async checkpointOnce(): Promise<CheckpointRow | undefined> {
    await this.registerSigningKey();
    const written = await this.transactions.run(async (tx) => {
      if (!(await tryLockForTransaction(tx, Locks.archiveLeader()))) return undefined;
      const head = await this.repo.latestHead(tx);
      if (!head || head.size === 0) return undefined;
      const previous = await this.repo.latestCheckpoint(tx);
      if (previous && previous.size >= head.size) return undefined;
      if (previous && previous.size > 0) {
        const proof = await this.proofs.consistencyProofAt(previous.size, head.size, tx);
        if (!verifyConsistency(previous.size, head.size, proof, previous.root, head.root)) {
          this.logger.error(
            `tree head ${head.size} is not consistent with checkpoint ${previous.size}`,
          );
          throw new ArchiveError(ArchiveErrorCode.ARCHIVE_CONSISTENCY_BROKEN, 'internal error');
        }
      }
      const row: CheckpointRow = {
        size: head.size,
        root: head.root,
        note: signCheckpoint(
          { origin: this.origin, size: head.size, root: head.root },
          this.keys.signer,
        ),
        keyFingerprint: this.keys.signer.fingerprint,
        createdAt: this.clock.now(),
      };
      await this.repo.insertCheckpoint(tx, row);
      return row;
    });
    if (written) this.writeCheckpointFile(written);
    return written;
  }

  async latestCheckpoint(): Promise<CheckpointRow> {
    const c = await this.repo.latestCheckpoint();
    if (!c) {
      throw new ArchiveError(
        ArchiveErrorCode.ARCHIVE_NO_CHECKPOINT,
        'No checkpoint has been signed yet.',
      );
    }
    return c;
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
}
