import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../platform/auth/actor';
import { Locks } from '../../platform/database/advisory-locks';
import type { Transaction } from '../../platform/database/data-source';
import { AuditedWork, type AuditRecord } from '../archive';
import { CrisisRepository, type CrisisRow } from './crisis.repository';
import { OutboxRepository } from './outbox.repository';
import { RepliesError, RepliesErrorCode } from './replies.errors';
import { ScheduledPostsRepository } from './scheduled-posts.repository';

export interface CrisisState {
  active: boolean;
  since: Date | null;
  reason: string | null;
  startedBy: string | null;
  /** The last crisis, once ended. */
  endedAt: Date | null;
}

/**
 * Crisis mode: while on, every scheduled post is held (kept, released or
 * cancelled one by one afterwards), drafts and suggestions are limited to
 * crisis, acknowledgement and offline-routing templates, and every public
 * reply needs a compliance sign-off. Switching is serialised on one advisory
 * lock, which scheduling a post also takes, so no post slips past a switch.
 */
@Injectable()
export class CrisisService {
  constructor(
    private readonly audited: AuditedWork,
    private readonly repo: CrisisRepository,
    private readonly outbox: OutboxRepository,
    private readonly posts: ScheduledPostsRepository,
  ) {}

  async state(): Promise<CrisisState> {
    const last = await this.repo.latest();
    const active = !!last && last.endedAt === null;
    return {
      active,
      since: active ? last.startedAt : null,
      reason: active ? last.reason : null,
      startedBy: active ? last.startedBy : null,
      endedAt: last?.endedAt ?? null,
    };
  }

  async active(tx?: Transaction): Promise<CrisisRow | undefined> {
    return this.repo.active(tx);
  }

  start(actor: Actor, reason: string): Promise<CrisisState> {
    return this.audited.run(actor, async (ctx) => {
      await ctx.lock(Locks.crisisMode());
      if (await this.repo.active(ctx.tx)) {
        throw new RepliesError(
          RepliesErrorCode.CRISIS_ALREADY_ACTIVE,
          'Crisis mode is already on.',
        );
      }
      const id = randomUUID();
      await this.repo.start(ctx.tx, { id, startedAt: ctx.now, startedBy: actor.id, reason });
      const held = await this.outbox.holdScheduledPosts(ctx.tx, ctx.now);
      await this.posts.markHeld(ctx.tx, held, ctx.now);
      const records: AuditRecord[] = [
        {
          stream: 'replies',
          kind: 'crisis.started',
          refs: { crisis: id },
          clear: { reason, heldScheduledPosts: held.length },
        },
        ...held.map((postId): AuditRecord => ({
          stream: 'replies',
          kind: 'scheduled_post.held',
          refs: { scheduledPost: postId, crisis: id },
          clear: { cause: 'crisis_mode' },
        })),
      ];
      return {
        result: { active: true, since: ctx.now, reason, startedBy: actor.id, endedAt: null },
        records,
      };
    });
  }

  end(actor: Actor, reason: string): Promise<CrisisState> {
    return this.audited.run(actor, async (ctx) => {
      await ctx.lock(Locks.crisisMode());
      const current = await this.repo.active(ctx.tx);
      if (!current) {
        throw new RepliesError(RepliesErrorCode.CRISIS_NOT_ACTIVE, 'Crisis mode is not on.');
      }
      await this.repo.end(ctx.tx, current.id, ctx.now, actor.id, reason);
      return {
        result: { active: false, since: null, reason: null, startedBy: null, endedAt: ctx.now },
        records: [
          {
            stream: 'replies',
            kind: 'crisis.ended',
            refs: { crisis: current.id },
            clear: { reason, startedAt: current.startedAt.toISOString() },
          },
        ],
      };
    });
  }
}
