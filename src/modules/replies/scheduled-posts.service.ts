import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { subject } from '@casl/ability';
import { Action, Subject } from '../../platform/auth/access.enums';
import type { AppAbility } from '../../platform/auth/ability.factory';
import type { Actor } from '../../platform/auth/actor';
import { PlatformError, PlatformErrorCode } from '../../platform/errors/platform.errors';
import { Clock } from '../../platform/clock/clock';
import { Locks } from '../../platform/database/advisory-locks';
import { assertVersion } from '../../platform/database/optimistic-version';
import { AuditedWork, type AuditContext, type AuditRecord } from '../archive';
import { checkSignoff } from './core/reply-rules';
import { CrisisRepository } from './crisis.repository';
import { OutboxRepository, type OutboxRow } from './outbox.repository';
import { RepliesPolicy } from './replies-policy';
import { ReplyHandles } from './reply-handles';
import { RepliesError, RepliesErrorCode, signoffRefused } from './replies.errors';
import { TemplatesPort } from './replies.ports';
import {
  ScheduledPostsRepository,
  type PostSignoffRow,
  type ScheduledPostRow,
  type ScheduledPostStatus,
} from './scheduled-posts.repository';

export interface SchedulePostInput {
  handle: string;
  templateVersionId: string;
  variables: Record<string, unknown>;
  publishAt: Date;
}

/**
 * Posts of the brand's own (service and marketing handles), rendered from an
 * approved template version, signed off where policy says so
 * (policies/replies.yaml `scheduledPosts.signoffs`, by handle purpose), and
 * published by the dispatcher when due. Crisis mode holds them; a held post
 * is released or cancelled one at a time.
 */
@Injectable()
export class ScheduledPostsService {
  constructor(
    private readonly clock: Clock,
    private readonly audited: AuditedWork,
    private readonly posts: ScheduledPostsRepository,
    private readonly outbox: OutboxRepository,
    private readonly crisis: CrisisRepository,
    private readonly handles: ReplyHandles,
    private readonly templates: TemplatesPort,
    private readonly settings: RepliesPolicy,
  ) {}

  async schedule(actor: Actor, input: SchedulePostInput): Promise<ScheduledPostRow> {
    const handle = this.handles.get(input.handle);
    if (input.publishAt.getTime() < this.clock.nowMs()) {
      throw new RepliesError(RepliesErrorCode.PUBLISH_AT_IN_PAST, 'publishAt is in the past.');
    }
    // The version must still be approved and within review when the post goes out.
    const version = await this.templates.usableVersion(input.templateVersionId, {
      channel: handle.channel,
      at: input.publishAt,
    });
    const rendered = await this.templates.render(
      version.id,
      handle.channel,
      input.variables,
      actor,
    );
    const requiredSignoffs = [...this.settings.current.scheduledPostSignoffs[handle.purpose]];
    return this.audited.run(actor, async (ctx) => {
      await ctx.lock(Locks.crisisMode());
      const held = !!(await this.crisis.active(ctx.tx));
      const id = randomUUID();
      // A post policy wants signed waits for it with no outbox row: nothing can publish it.
      const status: ScheduledPostStatus =
        requiredSignoffs.length > 0 ? 'pending_signoff' : held ? 'held' : 'scheduled';
      await this.posts.insert(ctx.tx, {
        id,
        handleId: handle.id,
        platform: handle.platform,
        accountId: handle.accountId,
        templateId: version.templateId,
        templateVersionId: version.id,
        purpose: version.purpose,
        variables: input.variables,
        text: rendered.text,
        policyVersion: rendered.policyVersion,
        publishAt: input.publishAt,
        status,
        requiredSignoffs,
        authorId: actor.id,
        createdAt: ctx.now,
      });
      const row = (await this.posts.byId(id, ctx.tx))!;
      if (status !== 'pending_signoff') {
        await this.insertOutbox(ctx, row, held ? 'held' : 'queued', input.publishAt);
      }
      return {
        result: row,
        records: [
          {
            stream: 'replies',
            kind: 'scheduled_post.created',
            refs: { scheduledPost: id, templateVersion: version.id, handle: handle.id },
            policyVersion: rendered.policyVersion,
            clear: {
              status,
              publishAt: input.publishAt.toISOString(),
              text: rendered.text,
              variables: input.variables as { [k: string]: string },
              heldByCrisis: held && status === 'held',
              requiredSignoffs,
              handlePurpose: handle.purpose,
            },
          },
        ],
      };
    });
  }

  /**
   * A sign-off decision on a post waiting for one, under the rules of a
   * reply's: never its author, one decision per person, the roles in policy
   * order, a rejection with a reason. The last approval writes its outbox row
   * (queued for its time, or now if that has passed), or holds it during a
   * crisis, in the same transaction.
   */
  signoff(
    actor: Actor,
    ability: AppAbility,
    id: string,
    decision: 'approve' | 'reject',
    reason: string | undefined,
  ): Promise<ScheduledPostRow> {
    return this.audited.run(actor, async (ctx) => {
      // Crisis start and scheduling take the same lock: no approved post slips past a switch.
      await ctx.lock(Locks.crisisMode());
      const row = await this.posts.byId(id, ctx.tx, true);
      if (!row) throw notFound();
      authorize(ability, decision === 'approve' ? Action.SignOff : Action.Reject, row);
      if (row.status !== 'pending_signoff') throw statusConflict(row.status, 'sign off');
      const check = checkSignoff({
        authorId: row.authorId,
        actor,
        required: row.requiredSignoffs,
        existing: await this.posts.signoffsOf([id], ctx.tx),
        decision,
        reason,
      });
      if (!check.ok) {
        throw signoffRefused(check.problem, {
          what: 'post',
          next: check.next,
          required: row.requiredSignoffs,
          approved: check.approved,
        });
      }
      const inserted = await this.posts.insertSignoff(ctx.tx, {
        id: randomUUID(),
        scheduledPostId: id,
        role: check.role,
        signerId: actor.id,
        decision,
        reason: check.reason,
        decidedAt: ctx.now,
      });
      if (!inserted)
        throw signoffRefused('already_decided', {
          what: 'post',
          next: null,
          required: row.requiredSignoffs,
          approved: check.approved,
        });
      const records: AuditRecord[] = [
        {
          stream: 'replies',
          kind: decision === 'approve' ? 'scheduled_post.signed_off' : 'scheduled_post.rejected',
          refs: { scheduledPost: id },
          policyVersion: row.policyVersion,
          clear: { role: check.role, decision, reason: check.reason },
        },
      ];
      if (decision === 'reject') {
        await this.posts.setStatus(ctx.tx, id, 'rejected', ctx.now);
      } else if (check.complete) {
        const held = !!(await this.crisis.active(ctx.tx));
        const dueAt = row.publishAt > ctx.now ? row.publishAt : ctx.now;
        await this.posts.setStatus(ctx.tx, id, held ? 'held' : 'scheduled', ctx.now);
        await this.insertOutbox(ctx, row, held ? 'held' : 'queued', dueAt);
        records.push({
          stream: 'replies',
          kind: 'scheduled_post.approved',
          refs: { scheduledPost: id },
          clear: {
            signoffs: [...check.approved, check.role],
            dueAt: dueAt.toISOString(),
            heldByCrisis: held,
          },
        });
      }
      return { result: (await this.posts.byId(id, ctx.tx))!, records };
    });
  }

  /** The sign-offs of a post so far. */
  signoffsOf(id: string): Promise<PostSignoffRow[]> {
    return this.posts.signoffsOf([id]);
  }

  private async insertOutbox(
    ctx: AuditContext,
    post: ScheduledPostRow,
    status: 'queued' | 'held',
    dueAt: Date,
  ): Promise<void> {
    await this.outbox.insert(
      ctx.tx,
      {
        id: randomUUID(),
        replyId: null,
        scheduledPostId: post.id,
        conversationId: null,
        handleId: post.handleId,
        platform: post.platform as OutboxRow['platform'],
        kind: 'post',
        accountId: post.accountId,
        inReplyTo: null,
        recipientId: null,
        text: post.text,
        templateVersionId: post.templateVersionId,
        status,
        dueAt,
      },
      ctx.now,
    );
  }

  async get(id: string): Promise<ScheduledPostRow> {
    const row = await this.posts.byId(id);
    if (!row) throw notFound();
    return row;
  }

  /** A held post goes back to the queue (at its time, or now if that has passed); not during a crisis. */
  release(
    actor: Actor,
    ability: AppAbility,
    id: string,
    version: number,
    reason?: string,
  ): Promise<ScheduledPostRow> {
    return this.audited.run(actor, async (ctx) => {
      await ctx.lock(Locks.crisisMode());
      if (await this.crisis.active(ctx.tx)) {
        throw new RepliesError(
          RepliesErrorCode.CRISIS_ACTIVE,
          'Crisis mode is on: held posts are released after it ends.',
        );
      }
      const row = await this.posts.byId(id, ctx.tx, true);
      if (!row) throw notFound();
      authorize(ability, Action.Release, row);
      assertVersion('scheduled post', row, version);
      if (row.status !== 'held') throw statusConflict(row.status, 'release');
      const dueAt = row.publishAt > ctx.now ? row.publishAt : ctx.now;
      await this.outbox.setScheduledPostRow(ctx.tx, id, 'queued', dueAt, ctx.now);
      await this.posts.setStatus(ctx.tx, id, 'scheduled', ctx.now);
      return {
        result: (await this.posts.byId(id, ctx.tx))!,
        records: [
          {
            stream: 'replies',
            kind: 'scheduled_post.released',
            refs: { scheduledPost: id },
            clear: { dueAt: dueAt.toISOString(), reason: reason ?? null },
          },
        ],
      };
    });
  }

  cancel(
    actor: Actor,
    ability: AppAbility,
    id: string,
    version: number,
    reason: string,
  ): Promise<ScheduledPostRow> {
    return this.audited.run(actor, async (ctx) => {
      const row = await this.posts.byId(id, ctx.tx, true);
      if (!row) throw notFound();
      authorize(ability, Action.Delete, row);
      assertVersion('scheduled post', row, version);
      if (row.status !== 'held' && row.status !== 'scheduled' && row.status !== 'pending_signoff') {
        throw statusConflict(row.status, 'cancel');
      }
      // The outbox row may be mid-send: only a row still queued or held is cancelled.
      const out = await this.outbox.byScheduledPost(id, ctx.tx, true);
      if (out && out.status !== 'queued' && out.status !== 'held') {
        throw statusConflict('sending', 'cancel');
      }
      await this.outbox.setScheduledPostRow(ctx.tx, id, 'cancelled', null, ctx.now);
      await this.posts.setStatus(ctx.tx, id, 'cancelled', ctx.now);
      return {
        result: (await this.posts.byId(id, ctx.tx))!,
        records: [
          {
            stream: 'replies',
            kind: 'scheduled_post.cancelled',
            refs: { scheduledPost: id },
            clear: { previousStatus: row.status, reason },
          },
        ],
      };
    });
  }
}

function authorize(ability: AppAbility, action: Action, row: ScheduledPostRow): void {
  if (!ability.can(action, subject(Subject.ScheduledPost, { ...row }))) {
    throw new PlatformError(PlatformErrorCode.FORBIDDEN, 'Not allowed on this scheduled post.', {
      action,
      subject: Subject.ScheduledPost,
    });
  }
}

function notFound(): RepliesError {
  return new RepliesError(RepliesErrorCode.SCHEDULED_POST_NOT_FOUND, 'No such scheduled post.');
}

function statusConflict(status: string, verb: 'release' | 'cancel' | 'sign off'): RepliesError {
  const done = { release: 'released', cancel: 'cancelled', 'sign off': 'signed off' }[verb];
  return new RepliesError(
    RepliesErrorCode.SCHEDULED_POST_STATUS_CONFLICT,
    `A scheduled post in status ${status} cannot be ${done}.`,
    { status },
  );
}
