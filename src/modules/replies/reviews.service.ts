import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Action, Subject } from '../../platform/auth/access.enums';
import type { AppAbility } from '../../platform/auth/ability.factory';
import type { Actor } from '../../platform/auth/actor';
import { assertVersion } from '../../platform/database/optimistic-version';
import { PlatformError, PlatformErrorCode } from '../../platform/errors/platform.errors';
import {
  decodeCursor,
  pageLimit,
  pageOf,
  type Page,
  type PageQueryDto,
} from '../../platform/http/pagination';
import { AuditedWork, type AuditContext, type AuditRecord } from '../archive';
import { RepliesPolicy } from './replies-policy';
import { isoWeek, isSampled } from './core/sampling';
import type { ReviewResponseDto } from './dtos/review.dtos';
import { reviewResponse } from './replies.mapper';
import { RepliesError, RepliesErrorCode } from './replies.errors';
import type { ReplyRow } from './replies.repository';
import { ReviewsRepository, type CoverageRow } from './reviews.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Supervisory sampling (FINRA 3110.06): the policy's percentage of the sent
 * replies that needed no sign-off (satisfaction surveys aside) go to a post-send review by compliance,
 * chosen by a stable hash of the reply id; coverage per agent and week.
 */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly policy: RepliesPolicy,
    private readonly audited: AuditedWork,
    private readonly repo: ReviewsRepository,
  ) {}

  /** Samples sent replies, in the caller's transaction; returns the archive records. */
  async sample(ctx: AuditContext, sent: ReplyRow[]): Promise<AuditRecord[]> {
    const pct = this.policy.current.samplePercent;
    const picked = sent.filter(
      (r) => r.requiredSignoffs.length === 0 && r.purpose !== 'csat' && isSampled(r.id, pct),
    );
    const rows = picked.map((r) => ({
      id: randomUUID(),
      replyId: r.id,
      conversationId: r.conversationId,
      agentId: r.authorId,
      week: isoWeek(r.sentAt ?? ctx.now),
      sampledAt: ctx.now,
    }));
    const inserted = new Set(await this.repo.insertMany(ctx.tx, rows));
    return rows
      .filter((r) => inserted.has(r.id))
      .map((r) => ({
        stream: 'replies',
        kind: 'review.sampled',
        refs: { review: r.id, reply: r.replyId, conversation: r.conversationId },
        clear: { agent: r.agentId, week: r.week, samplePercent: pct },
      }));
  }

  async page(
    q: PageQueryDto & { status?: 'pending' | 'reviewed' },
  ): Promise<Page<ReviewResponseDto>> {
    const limit = pageLimit(q);
    const after = decodeCursor(q.cursor, { at: 'string', id: 'string' });
    if (after && !(UUID.test(String(after.id)) && !Number.isNaN(Date.parse(String(after.at))))) {
      throw new PlatformError(
        PlatformErrorCode.BAD_REQUEST,
        'The cursor is not valid for this list.',
      );
    }
    const rows = await this.repo.page(
      q.status,
      after ? { sampledAt: String(after.at), id: String(after.id) } : undefined,
      limit + 1,
    );
    return pageOf(
      rows,
      limit,
      (r) => ({ at: r.sampledAt.toISOString(), id: r.id }),
      reviewResponse,
    );
  }

  coverage(from: Date, to: Date): Promise<CoverageRow[]> {
    return this.repo.coverage(from, to);
  }

  review(
    actor: Actor,
    ability: AppAbility,
    id: string,
    input: { outcome: 'ok' | 'flag'; note?: string; version: number },
  ): Promise<ReviewResponseDto> {
    return this.audited.run(actor, async (ctx) => {
      const row = await this.repo.byId(id, ctx.tx, true);
      if (!row) throw new RepliesError(RepliesErrorCode.REVIEW_NOT_FOUND, 'No such review.');
      if (!ability.can(Action.Review, subject(Subject.SupervisoryReview, { ...row }))) {
        throw new PlatformError(PlatformErrorCode.FORBIDDEN, 'Not allowed on this review.', {
          action: Action.Review,
          subject: Subject.SupervisoryReview,
        });
      }
      assertVersion('review', row, input.version);
      if (row.status !== 'pending') {
        throw new RepliesError(
          RepliesErrorCode.REVIEW_ALREADY_DONE,
          'This reply was already reviewed.',
        );
      }
      // Supervision is by someone other than the person supervised.
      if (row.agentId === actor.id) {
        throw new RepliesError(RepliesErrorCode.SELF_REVIEW, 'You cannot review your own reply.');
      }
      const note = input.note?.trim() || null;
      if (input.outcome === 'flag' && !note) {
        throw new RepliesError(
          RepliesErrorCode.REVIEW_NOTE_REQUIRED,
          'A flagged reply needs a note saying why.',
        );
      }
      await this.repo.record(ctx.tx, id, input.outcome, note, actor.id, ctx.now);
      return {
        result: reviewResponse((await this.repo.byId(id, ctx.tx))!),
        records: [
          {
            stream: 'replies',
            kind: 'review.completed',
            refs: { review: id, reply: row.replyId, conversation: row.conversationId },
            clear: { outcome: input.outcome, note, agent: row.agentId, week: row.week },
          },
        ],
      };
    });
  }
}
