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
import { AuditedWork } from '../archive';
import { CrisisRepository } from './crisis.repository';
import { OutboxRepository } from './outbox.repository';
import { ReplyHandles } from './reply-handles';
import { RepliesError, RepliesErrorCode } from './replies.errors';
import { TemplatesPort } from './replies.ports';
import {
  ScheduledPostsRepository,
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
 * approved template version and published by the dispatcher when due. Crisis
 * mode holds them; a held post is released or cancelled one at a time.
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
    return this.audited.run(actor, async (ctx) => {
      await ctx.lock(Locks.crisisMode());
      const held = !!(await this.crisis.active(ctx.tx));
      const id = randomUUID();
      const status: ScheduledPostStatus = held ? 'held' : 'scheduled';
      await this.posts.insert(ctx.tx, {
        id,
        handleId: handle.id,
        platform: handle.platform,
        accountId: handle.accountId,
        templateId: version.templateId,
        templateVersionId: version.id,
        variables: input.variables,
        text: rendered.text,
        policyVersion: rendered.policyVersion,
        publishAt: input.publishAt,
        status,
        authorId: actor.id,
        createdAt: ctx.now,
      });
      await this.outbox.insert(
        ctx.tx,
        {
          id: randomUUID(),
          replyId: null,
          scheduledPostId: id,
          conversationId: null,
          handleId: handle.id,
          platform: handle.platform,
          kind: 'post',
          accountId: handle.accountId,
          inReplyTo: null,
          recipientId: null,
          text: rendered.text,
          templateVersionId: version.id,
          status: held ? 'held' : 'queued',
          dueAt: input.publishAt,
        },
        ctx.now,
      );
      const row = (await this.posts.byId(id, ctx.tx))!;
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
              heldByCrisis: held,
            },
          },
        ],
      };
    });
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
      if (row.status !== 'held' && row.status !== 'scheduled') {
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

function statusConflict(status: string, verb: string): RepliesError {
  return new RepliesError(
    RepliesErrorCode.SCHEDULED_POST_STATUS_CONFLICT,
    `A scheduled post in status ${status} cannot be ${verb === 'release' ? 'released' : 'cancelled'}.`,
    { status },
  );
}
