import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../platform/auth/actor';
import { Locks } from '../../platform/database/advisory-locks';
import { SubjectKeysService } from '../subjects';
import { ArchiveError, ArchiveErrorCode } from './archive.errors';
import { ArchiveRepository, type LegalHoldRow } from './archive.repository';
import { AuditedWork } from './audited-work';

/**
 * Erasure (crypto-shredding) and the legal holds that block it. Each verb is
 * one audited unit of work under the subject's lock: the change and its
 * PII-free archive entry commit together.
 */
@Injectable()
export class ErasureService {
  constructor(
    private readonly repo: ArchiveRepository,
    private readonly subjects: SubjectKeysService,
    private readonly work: AuditedWork,
  ) {}

  /**
   * Destroys the subject's data key: everything sealed under it (archive and
   * message store) becomes unreadable. 409 under a legal hold or when already
   * erased with nothing sealed since; 404 when nothing was ever sealed for them.
   */
  async eraseSubject(subjectId: string, reason: string, actor: Actor): Promise<string> {
    const { entryIds } = await this.work.runRecorded(actor, async (ctx) => {
      await ctx.lock(Locks.dataSubject(subjectId));
      const holds = await this.repo.activeHolds(subjectId, ctx.tx);
      if (holds.length > 0) {
        throw new ArchiveError(
          ArchiveErrorCode.SUBJECT_UNDER_LEGAL_HOLD,
          `The subject is under legal hold ${holds[0].id}; erasure is blocked.`,
          { holds: holds.map((h) => ({ id: h.id, placedAt: h.placedAt.toISOString() })) },
        );
      }
      const { liveKeyId, destroyedKeyIds } = await this.subjects.state(ctx.tx, subjectId);
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
      const destroyed = await this.subjects.destroy(ctx.tx, subjectId);
      return {
        result: destroyed,
        records: [
          {
            stream: 'archive',
            kind: 'subject.erased',
            refs: { subject: subjectId, subjectKey: destroyed ?? liveKeyId },
            clear: { reason, keyDestroyed: true },
          },
        ],
      };
    });
    return entryIds[0];
  }

  placeHold(subjectId: string, reason: string, actor: Actor): Promise<LegalHoldRow> {
    return this.work.run(actor, async (ctx) => {
      await ctx.lock(Locks.dataSubject(subjectId));
      const hold = await this.repo.insertHold(ctx.tx, {
        id: randomUUID(),
        subjectId,
        reason,
        placedBy: actor.id,
        placedAt: ctx.now,
      });
      return {
        result: hold,
        records: [
          {
            stream: 'archive',
            kind: 'legal_hold.placed',
            refs: { subject: subjectId, legalHold: hold.id },
            clear: { reason },
          },
        ],
      };
    });
  }

  releaseHold(holdId: string, reason: string, actor: Actor): Promise<LegalHoldRow> {
    return this.work.run(actor, async (ctx) => {
      const notFound = () =>
        new ArchiveError(ArchiveErrorCode.LEGAL_HOLD_NOT_FOUND, 'No such legal hold.');
      const subjectId = await this.repo.holdSubject(ctx.tx, holdId);
      if (subjectId === undefined) throw notFound();
      // The subject's lock first, as erasure and placing take it: the three serialise per subject.
      await ctx.lock(Locks.dataSubject(subjectId));
      const found = await this.repo.holdForUpdate(ctx.tx, holdId);
      if (!found) throw notFound();
      if (found.releasedAt) {
        throw new ArchiveError(
          ArchiveErrorCode.LEGAL_HOLD_ALREADY_RELEASED,
          'The legal hold was already released.',
        );
      }
      const released = await this.repo.releaseHold(ctx.tx, holdId, actor.id, ctx.now);
      return {
        result: released,
        records: [
          {
            stream: 'archive',
            kind: 'legal_hold.released',
            refs: { subject: found.subjectId, legalHold: found.id },
            clear: { reason },
          },
        ],
      };
    });
  }

  /** Holds, newest first, one page after `after`. */
  holdsPage(
    activeOnly: boolean,
    after: { placedKey: string; id: string } | undefined,
    limit: number,
  ): Promise<LegalHoldRow[]> {
    return this.repo.holdsPage(activeOnly, after, limit);
  }
}
