import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Action, Subject } from '../../platform/auth/access.enums';
import type { AppAbility } from '../../platform/auth/ability.factory';
import type { Actor } from '../../platform/auth/actor';
import { assertVersion } from '../../platform/database/optimistic-version';
import { PlatformError, PlatformErrorCode } from '../../platform/errors/platform.errors';
import { AuditedWork, type AuditContext, type AuditRecord } from '../archive';
import { ClassificationService } from '../classification';
import { ConversationsService, type ConversationView, type MessageView } from '../conversations';
import { PolicyService } from '../policy';
import {
  allowedPurposes,
  checkSignoff,
  outputScreeningReasons,
  requiredSignoffs,
} from './core/reply-rules';
import { Clock } from '../../platform/clock/clock';
import { CrisisRepository } from './crisis.repository';
import { ReplyHandles } from './reply-handles';
import { OutboxRepository, type AttemptRow, type OutboxRow } from './outbox.repository';
import { RepliesError, RepliesErrorCode, signoffRefused } from './replies.errors';
import { TemplatesPort } from './replies.ports';
import { RepliesRepository, type ReplyRow, type SignoffRow } from './replies.repository';

export interface DraftInput {
  templateVersionId: string;
  channel?: string;
  variables: Record<string, unknown>;
  visibility?: 'public' | 'private';
  /** The conversation version the agent read. */
  version: number;
}

export interface ReplyDetail {
  reply: ReplyRow;
  signoffs: SignoffRow[];
  outbox?: OutboxRow;
  attempts: AttemptRow[];
}

const STREAM = 'replies';

/**
 * Drafting a reply from an approved template version, its sign-offs, and
 * withdrawal. There is no free text anywhere: the text is rendered by the
 * template library from declared, validated variables, then classified again
 * before it is stored (DESIGN invariant 1). A draft that needs no sign-off is
 * approved and queued with its outbox row in the same transaction; one that
 * does waits for every role policy asks for, in policy order, each from a
 * different person than the drafter (invariant 3; FINRA 3110(b)(4)).
 */
@Injectable()
export class ReplyDraftsService {
  constructor(
    private readonly audited: AuditedWork,
    private readonly replies: RepliesRepository,
    private readonly outbox: OutboxRepository,
    private readonly crisis: CrisisRepository,
    private readonly conversations: ConversationsService,
    private readonly templates: TemplatesPort,
    private readonly classification: ClassificationService,
    private readonly policy: PolicyService,
    private readonly handles: ReplyHandles,
    private readonly clock: Clock,
  ) {}

  async draft(
    actor: Actor & { name?: string },
    ability: AppAbility,
    conversationId: string,
    input: DraftInput,
  ): Promise<ReplyRow> {
    const { conversation: c, messages } = await this.conversations.getConversationForReply(
      conversationId,
      ability,
    );
    assertVersion('conversation', c, input.version);
    const target = replyTarget(c, messages, input, this.handles.get(c.handleId).accountId);
    const crisis = !!(await this.crisis.active());
    const version = await this.templates.usableVersion(input.templateVersionId, {
      channel: target.channel,
      at: this.clock.now(),
    });
    const allowed = allowedPurposes({
      crisis,
      visibility: target.visibility,
      actions: c.decision.actions,
      routeOfflineRequired: c.routeOfflineRequired,
    });
    if (allowed && !allowed.includes(version.purpose)) {
      throw new RepliesError(
        RepliesErrorCode.TEMPLATE_PURPOSE_NOT_ALLOWED,
        crisis
          ? 'During a crisis only crisis, acknowledgement and offline-routing templates may be used.'
          : 'This conversation may only get a public offline-routing or acknowledgement reply.',
        {
          purpose: version.purpose,
          allowed,
          crisis,
          ruleIds: c.decision.ruleIds,
          policyVersion: c.decision.policyVersion,
        },
      );
    }
    const rendered = await this.templates.render(
      version.id,
      target.channel,
      input.variables,
      actor,
    );
    // Output screening: the rendered text is classified again as it would be posted.
    const screened = this.classification.classify(rendered.text, {
      channel: target.channel,
      visibility: target.visibility,
    });
    const reasons = outputScreeningReasons(screened);
    if (reasons.length > 0) {
      throw new RepliesError(
        RepliesErrorCode.OUTPUT_SCREENING_FAILED,
        'The rendered reply did not pass screening.',
        { reasons, policyVersion: screened.decision.policyVersion },
      );
    }
    const signoffs = requiredSignoffs(
      c.decision.signoffRoles ?? [],
      this.policy.current.rules.signoffRoles,
      crisis && target.visibility === 'public',
    );
    return this.audited.run(actor, async (ctx) => {
      // The conversation is locked for the change; re-check what the draft was based on.
      const locked = await this.conversations.loadForChange(ctx, c.id, ability);
      assertVersion('conversation', locked, input.version);
      const id = randomUUID();
      const status = signoffs.length > 0 ? 'pending_signoff' : 'queued';
      const ruleIds = [...new Set([...c.decision.ruleIds, ...screened.decision.ruleIds])];
      await this.replies.insert(ctx.tx, {
        id,
        conversationId: c.id,
        handleId: c.handleId,
        platform: c.platform,
        channel: target.channel,
        visibility: target.visibility,
        kind: target.kind,
        accountId: target.accountId,
        inReplyTo: target.inReplyTo,
        recipientId: target.recipientId,
        templateId: version.templateId,
        templateVersionId: version.id,
        purpose: version.purpose,
        variables: input.variables,
        text: rendered.text,
        policyVersion: rendered.policyVersion,
        ruleIds,
        requiredSignoffs: signoffs,
        status,
        authorId: actor.id,
        dueAt: dueOf(locked) ?? ctx.now,
        createdAt: ctx.now,
      });
      const records: AuditRecord[] = [
        {
          stream: STREAM,
          kind: 'reply.drafted',
          refs: { reply: id, conversation: c.id, templateVersion: version.id },
          policyVersion: rendered.policyVersion,
          ruleIds,
          clear: {
            templateId: version.templateId,
            purpose: version.purpose,
            channel: target.channel,
            visibility: target.visibility,
            variables: input.variables as { [k: string]: string },
            text: rendered.text,
            requiredSignoffs: signoffs,
            crisis,
            status,
          },
        },
      ];
      let row = (await this.replies.byId(id, ctx.tx))!;
      if (status === 'pending_signoff') {
        const pending = await this.conversations.markReplyPending(ctx, c.id);
        records.push(...pending.records);
      } else {
        records.push(...(await this.queue(ctx, row)));
        row = (await this.replies.byId(id, ctx.tx))!;
      }
      return { result: row, records };
    });
  }

  async get(ability: AppAbility, id: string): Promise<ReplyDetail> {
    const reply = await this.replies.byId(id);
    if (!reply || !ability.can(Action.Read, subject(Subject.ReplyDraft, { ...reply }))) {
      throw notFound();
    }
    const outbox = await this.outbox.byReply(id);
    return {
      reply,
      signoffs: await this.replies.signoffsOf(id),
      outbox,
      attempts: outbox ? await this.outbox.attemptsOf(outbox.id) : [],
    };
  }

  signoff(
    actor: Actor,
    ability: AppAbility,
    id: string,
    decision: 'approve' | 'reject',
    reason: string | undefined,
  ): Promise<ReplyRow> {
    return this.audited.run(actor, async (ctx) => {
      const reply = await this.replies.byId(id, ctx.tx, true);
      if (!reply) throw notFound();
      const action = decision === 'approve' ? Action.SignOff : Action.Reject;
      if (!ability.can(action, subject(Subject.ReplyDraft, { ...reply }))) {
        throw new PlatformError(PlatformErrorCode.FORBIDDEN, 'Not allowed on this reply.', {
          action,
          subject: Subject.ReplyDraft,
        });
      }
      if (reply.status !== 'pending_signoff') throw statusConflict(reply.status, 'signed off');
      const check = checkSignoff({
        authorId: reply.authorId,
        actor,
        required: reply.requiredSignoffs,
        existing: await this.replies.signoffsOf(id, ctx.tx),
        decision,
        reason,
      });
      if (!check.ok) {
        throw signoffRefused(check.problem, {
          what: 'draft',
          next: check.next,
          required: reply.requiredSignoffs,
          approved: check.approved,
        });
      }
      const { role: next, approved } = check;
      const inserted = await this.replies.insertSignoff(ctx.tx, {
        id: randomUUID(),
        replyId: id,
        role: next,
        signerId: actor.id,
        decision,
        reason: check.reason,
        decidedAt: ctx.now,
      });
      if (!inserted) throw alreadyDecided();
      const refs = { reply: id, conversation: reply.conversationId };
      const records: AuditRecord[] = [
        {
          stream: STREAM,
          kind: decision === 'approve' ? 'reply.signed_off' : 'reply.rejected',
          refs,
          policyVersion: reply.policyVersion,
          ruleIds: reply.ruleIds,
          clear: { role: next, decision, reason: check.reason },
        },
      ];
      if (decision === 'reject') {
        await this.replies.setStatus(ctx.tx, id, 'rejected', ctx.now);
        // Back to the agent: the conversation waits for a new reply.
        const back = await this.backToAgent(
          ctx,
          reply.conversationId,
          'A draft was rejected at sign-off.',
        );
        records.push(...back);
      } else if (check.complete) {
        await this.replies.setStatus(ctx.tx, id, 'approved', ctx.now);
        records.push({
          stream: STREAM,
          kind: 'reply.approved',
          refs,
          clear: { signoffs: [...approved, next] },
        });
        records.push(...(await this.queue(ctx, (await this.replies.byId(id, ctx.tx))!)));
      }
      return { result: (await this.replies.byId(id, ctx.tx))!, records };
    });
  }

  withdraw(
    actor: Actor,
    ability: AppAbility,
    id: string,
    version: number,
    reason?: string,
  ): Promise<ReplyRow> {
    return this.audited.run(actor, async (ctx) => {
      const reply = await this.replies.byId(id, ctx.tx, true);
      if (!reply || !ability.can(Action.Read, subject(Subject.ReplyDraft, { ...reply }))) {
        throw notFound();
      }
      if (
        reply.authorId !== actor.id &&
        !ability.can(Action.Withdraw, subject(Subject.ReplyDraft, { ...reply }))
      ) {
        throw new PlatformError(
          PlatformErrorCode.FORBIDDEN,
          'Only the drafter may withdraw a draft.',
          {
            action: Action.Withdraw,
            subject: Subject.ReplyDraft,
          },
        );
      }
      assertVersion('reply', reply, version);
      if (reply.status !== 'pending_signoff') throw statusConflict(reply.status, 'withdrawn');
      await this.replies.setStatus(ctx.tx, id, 'withdrawn', ctx.now);
      const records: AuditRecord[] = [
        {
          stream: STREAM,
          kind: 'reply.withdrawn',
          refs: { reply: id, conversation: reply.conversationId },
          clear: { reason: reason ?? null },
        },
        ...(await this.backToAgent(ctx, reply.conversationId, 'A draft was withdrawn.')),
      ];
      return { result: (await this.replies.byId(id, ctx.tx))!, records };
    });
  }

  /** An approved reply and its outbox row, in the approver's transaction. */
  async queue(ctx: AuditContext, reply: ReplyRow): Promise<AuditRecord[]> {
    const outboxId = randomUUID();
    await this.outbox.insert(
      ctx.tx,
      {
        id: outboxId,
        replyId: reply.id,
        scheduledPostId: null,
        conversationId: reply.conversationId,
        handleId: reply.handleId,
        platform: reply.platform as OutboxRow['platform'],
        kind: reply.kind,
        accountId: reply.accountId,
        inReplyTo: reply.inReplyTo,
        recipientId: reply.recipientId,
        text: reply.text,
        templateVersionId: reply.templateVersionId,
        status: 'queued',
        dueAt: ctx.now,
      },
      ctx.now,
    );
    if (reply.status !== 'queued')
      await this.replies.setStatus(ctx.tx, reply.id, 'queued', ctx.now);
    return [
      {
        stream: STREAM,
        kind: 'reply.queued',
        refs: { reply: reply.id, conversation: reply.conversationId, outbox: outboxId },
        clear: { platform: reply.platform, kind: reply.kind, handle: reply.handleId },
      },
    ];
  }

  private async backToAgent(
    ctx: AuditContext,
    conversationId: string,
    reason: string,
  ): Promise<AuditRecord[]> {
    const c = await this.conversations.loadForChange(ctx, conversationId);
    if (c.status !== 'awaiting_signoff') return [];
    const moved = await this.conversations.applyTransition(ctx, c, 'awaiting_reply', reason);
    return moved.records;
  }
}

export interface ReplyTarget {
  channel: string;
  visibility: 'public' | 'private';
  kind: 'comment_reply' | 'direct_message';
  accountId: string;
  inReplyTo: string | null;
  recipientId: string | null;
}

/**
 * Where the reply goes: in the thread (answering the latest inbound message)
 * when public, to the author as a direct message when private.
 */
export function replyTarget(
  c: ConversationView,
  messages: MessageView[],
  input: Pick<DraftInput, 'channel' | 'visibility'>,
  accountId: string,
): ReplyTarget {
  const inbound = [...messages].reverse().find((m) => m.direction === 'inbound');
  const channel = input.channel ?? c.channel;
  const visibility =
    input.visibility ?? (channel === 'dm' ? 'private' : (inbound?.visibility ?? 'public'));
  if (visibility === 'private') {
    return {
      channel,
      visibility,
      kind: 'direct_message',
      accountId,
      inReplyTo: null,
      recipientId: inbound?.authorId ?? c.threadKey,
    };
  }
  return {
    channel,
    visibility,
    kind: 'comment_reply',
    accountId,
    inReplyTo: inbound?.externalId ?? null,
    recipientId: null,
  };
}

/** When the conversation is due: its first response, or its resolution once answered. */
export function dueOf(c: ConversationView): Date | null {
  return c.firstResponseAt ? c.resolutionDueAt : c.firstResponseDueAt;
}

function notFound(): RepliesError {
  return new RepliesError(RepliesErrorCode.REPLY_NOT_FOUND, 'No such reply.');
}

function alreadyDecided(): RepliesError {
  return new RepliesError(
    RepliesErrorCode.SIGNOFF_ALREADY_DECIDED,
    'You have already decided on this draft.',
  );
}

function statusConflict(status: string, verb: string): RepliesError {
  return new RepliesError(
    RepliesErrorCode.REPLY_STATUS_CONFLICT,
    `A reply in status ${status} cannot be ${verb}.`,
    { status },
  );
}
