import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { AppAbility } from '../../platform/auth/ability.factory';
import { Action, Subject } from '../../platform/auth/access.enums';
import type { Actor } from '../../platform/auth/actor';
import { assertVersion } from '../../platform/database/optimistic-version';
import { PlatformError, PlatformErrorCode } from '../../platform/errors/platform.errors';
import { subject } from '@casl/ability';
import { AuditedWork, type AuditContext, type AuditRecord } from '../archive';
import { newCaseRef } from './core/case-ref';
import { raisedPriority } from './core/sla';
import { ConversationsError, ConversationsErrorCode } from './conversations.errors';
import { toConversationDto, toOfflineCaseDto } from './conversations.mapper';
import { ConversationsRepository } from './conversations.repository';
import { ConversationsService, STREAM } from './conversations.service';
import type {
  ConversationView,
  OfflineCaseView,
  OfflineMethod,
  OfflineOutcome,
} from './conversations.types';
import type {
  CloseOfflineCaseResponseDto,
  RouteOfflineResponseDto,
} from './dtos/conversations.dtos';

/** The template purpose of the public acknowledgement that replies send for a routed case. */
export const OFFLINE_ACK_PURPOSE = 'offline_route';
const CASE_REF_ATTEMPTS = 8;

/**
 * Offline routing (DESIGN invariant 2): an account-specific or sensitive
 * conversation is taken off the public channel under a case the customer can
 * quote; the public answer is only an approved acknowledgement, sent by the
 * replies work and recorded against the case.
 */
@Injectable()
export class OfflineRoutingService {
  constructor(
    private readonly repo: ConversationsRepository,
    private readonly conversations: ConversationsService,
    private readonly work: AuditedWork,
  ) {}

  routeOffline(
    id: string,
    method: OfflineMethod,
    version: number,
    actor: Actor,
    ability: AppAbility,
  ): Promise<RouteOfflineResponseDto> {
    return this.work.run(actor, async (ctx) => {
      const c = await this.conversations.loadForChange(ctx, id, ability);
      ConversationsService.authorize(ability, Action.RouteOffline, c);
      assertVersion('conversation', c, version);
      if (await this.repo.openOfflineCase(c.id, ctx.tx)) {
        throw new ConversationsError(
          ConversationsErrorCode.ALREADY_ROUTED_OFFLINE,
          'This conversation already has an open offline case.',
        );
      }
      ConversationsService.checkTransition(c, 'routed_offline');
      const offlineCase = await this.openCase(ctx, c.id, method);
      const moved = await this.conversations.applyTransition(
        ctx,
        c,
        'routed_offline',
        `Routed offline (${method}) under case ${offlineCase.caseRef}.`,
      );
      const acknowledgement = {
        status: offlineCase.acknowledgementStatus,
        purpose: OFFLINE_ACK_PURPOSE,
        caseRef: offlineCase.caseRef,
        method,
      };
      const records: AuditRecord[] = [
        {
          stream: STREAM,
          kind: 'offline.routed',
          refs: {
            conversation: c.id,
            handle: c.handleId,
            subject: c.subjectId,
            offlineCase: offlineCase.id,
          },
          policyVersion: c.decision.policyVersion,
          ruleIds: c.decision.ruleIds,
          clear: { caseRef: offlineCase.caseRef, method, acknowledgement },
        },
        ...moved.records,
      ];
      return {
        result: {
          caseRef: offlineCase.caseRef,
          caseId: offlineCase.id,
          method,
          conversation: toConversationDto(moved.result),
          acknowledgement,
        },
        records,
      };
    });
  }

  private async openCase(
    ctx: AuditContext,
    conversationId: string,
    method: OfflineMethod,
  ): Promise<OfflineCaseView> {
    for (let i = 0; i < CASE_REF_ATTEMPTS; i++) {
      const created = await this.repo.insertOfflineCase(ctx.tx, {
        id: randomUUID(),
        conversationId,
        caseRef: newCaseRef(),
        method,
        openedAt: ctx.now,
        openedBy: ctx.actor.id,
      });
      if (created) return created;
    }
    throw new Error('could not draw a free case reference');
  }

  /**
   * Closes the loop on the open case. resolved, unreachable and declined
   * resolve the conversation; escalated puts it back in the inbox, one
   * priority step up, awaiting a reply.
   */
  closeCase(
    id: string,
    outcome: OfflineOutcome,
    note: string | null,
    version: number | undefined,
    actor: Actor,
    ability: AppAbility,
  ): Promise<CloseOfflineCaseResponseDto> {
    return this.work.run(actor, async (ctx) => {
      const c = await this.conversations.loadForChange(ctx, id, ability);
      if (version !== undefined) assertVersion('conversation', c, version);
      const open = await this.repo.openOfflineCase(c.id, ctx.tx);
      if (!open) {
        throw new ConversationsError(
          ConversationsErrorCode.OFFLINE_CASE_NOT_FOUND,
          'This conversation has no open offline case.',
        );
      }
      if (!ability.can(Action.Update, offlineCaseSubject(open, c))) {
        throw new PlatformError(
          PlatformErrorCode.FORBIDDEN,
          'You may not close this offline case.',
          {
            action: Action.Update,
            subject: Subject.OfflineCase,
          },
        );
      }
      const closed = await this.repo.closeOfflineCase(
        ctx.tx,
        open.id,
        outcome,
        note,
        ctx.now,
        actor.id,
      );
      const records: AuditRecord[] = [
        {
          stream: STREAM,
          kind: 'offline.case_closed',
          refs: {
            conversation: c.id,
            handle: c.handleId,
            subject: c.subjectId,
            offlineCase: open.id,
          },
          clear: { caseRef: open.caseRef, outcome, note },
        },
      ];
      let conversation = c;
      if (c.status === 'routed_offline') {
        const to = outcome === 'escalated' ? 'awaiting_reply' : 'resolved';
        const moved = await this.conversations.applyTransition(
          ctx,
          c,
          to,
          `Offline case ${open.caseRef} closed: ${outcome}.`,
          outcome === 'escalated' ? { priority: raisedPriority(c.priority) } : {},
        );
        conversation = moved.result;
        records.push(...moved.records);
      }
      return {
        result: {
          offlineCase: toOfflineCaseDto(closed),
          conversation: toConversationDto(conversation),
        },
        records,
      };
    });
  }
}

/** The fields access rules may test on an offline case (with its conversation's flags). */
function offlineCaseSubject(o: OfflineCaseView, c: ConversationView) {
  return subject(Subject.OfflineCase, {
    id: o.id,
    conversationId: o.conversationId,
    method: o.method,
    openedBy: o.openedBy,
    handleId: c.handleId,
    accountSpecific: c.accountSpecific,
    sensitive: c.sensitive,
  });
}
