import { Injectable } from '@nestjs/common';
import { rulesToQuery } from '@casl/ability/extra';
import type { AppAbility } from '../../platform/auth/ability.factory';
import { Action, Subject } from '../../platform/auth/access.enums';
import type { Actor } from '../../platform/auth/actor';
import type { Principal } from '../../platform/auth/principal';
import { PlatformError, PlatformErrorCode } from '../../platform/errors/platform.errors';
import { decodeCursor, pageLimit, pageOf, type Page } from '../../platform/http/pagination';
import { AuditedWork } from '../archive';
import { PolicyService } from '../policy';
import { SubjectKeysService, type JsonValue } from '../subjects';
import { abilityQueryToSql, ruleToQuery } from './core/ability-sql';
import { asSubject, canSee, STREAM } from './conversations.service';
import {
  conversationNotFound,
  ConversationsError,
  ConversationsErrorCode,
} from './conversations.errors';
import { toConversationDetailDto, toConversationDto } from './conversations.mapper';
import {
  CONVERSATION_CONDITION_COLUMNS,
  ConversationsRepository,
} from './conversations.repository';
import { inboxPosition } from './conversations.cursors';
import { inboundOriginalTarget } from './conversations.types';
import type {
  ConversationDetailResponseDto,
  ConversationResponseDto,
  ListConversationsQueryDto,
  OriginalResponseDto,
} from './dtos/conversations.dtos';

/** The sealed original as the text received (intake seals `{ text }`). */
function originalText(original: JsonValue): string {
  if (typeof original === 'string') return original;
  if (
    original !== null &&
    typeof original === 'object' &&
    !Array.isArray(original) &&
    typeof original.text === 'string'
  ) {
    return original.text;
  }
  return JSON.stringify(original);
}

/** What the inbox shows each caller: filtered in SQL by their access rules, never after paging. */
@Injectable()
export class InboxService {
  constructor(
    private readonly repo: ConversationsRepository,
    private readonly work: AuditedWork,
    private readonly subjectKeys: SubjectKeysService,
    private readonly policy: PolicyService,
  ) {}

  async list(
    q: ListConversationsQueryDto,
    principal: Principal,
    ability: AppAbility,
  ): Promise<Page<ConversationResponseDto>> {
    const limit = pageLimit(q);
    const cursor = inboxPosition(decodeCursor(q.cursor, { due: 'number', id: 'string' }));
    const query = rulesToQuery(ability, Action.Read, Subject.Conversation, ruleToQuery);
    const assignee =
      q.assignee === undefined
        ? undefined
        : q.assignee === 'none'
          ? null
          : q.assignee === 'me'
            ? principal.sub
            : q.assignee;
    const rows = await this.repo.inbox(
      {
        status: q.status,
        priority: q.priority,
        handleId: q.handle,
        channel: q.channel,
        intent: q.intent,
        assignee,
        breached: q.breached,
      },
      (offset) => abilityQueryToSql(query, CONVERSATION_CONDITION_COLUMNS, offset),
      cursor,
      limit + 1,
    );
    return pageOf(
      rows,
      limit,
      (c) => ({ due: c.firstResponseDueAt ? c.firstResponseDueAt.getTime() : -1, id: c.id }),
      toConversationDto,
    );
  }

  /** 404 when it does not exist or the caller may not see it (existence does not leak). */
  async detail(id: string, ability: AppAbility): Promise<ConversationDetailResponseDto> {
    const c = await this.repo.conversationById(id);
    if (!c || !canSee(ability, c)) throw conversationNotFound();
    const [messages, cases, complaint] = await Promise.all([
      this.repo.messagesOf(id),
      this.repo.offlineCasesOf(id),
      this.repo.complaintOf(id),
    ]);
    return toConversationDetailDto(c, messages, cases, complaint, this.policy.current.rules.rules);
  }

  /**
   * Opens a message's sealed original for a role granted read_unredacted; the
   * read is archived with who, when and why, in the same transaction.
   */
  readOriginal(
    conversationId: string,
    messageId: string,
    reason: string,
    actor: Actor,
    ability: AppAbility,
  ): Promise<OriginalResponseDto> {
    return this.work.run(actor, async (ctx) => {
      const c = await this.repo.conversationById(conversationId, ctx.tx);
      if (!c || !canSee(ability, c)) throw conversationNotFound();
      const m = await this.repo.messageById(messageId, ctx.tx);
      if (!m || m.conversationId !== c.id) {
        throw new ConversationsError(ConversationsErrorCode.MESSAGE_NOT_FOUND, 'No such message.');
      }
      if (!ability.can(Action.ReadUnredacted, asSubject(Subject.Message, c))) {
        throw new PlatformError(PlatformErrorCode.FORBIDDEN, 'You may not read this original.', {
          action: Action.ReadUnredacted,
          subject: Subject.Message,
        });
      }
      if (!m.sealedOriginal || !m.externalId) {
        throw new ConversationsError(
          ConversationsErrorCode.NO_SEALED_ORIGINAL,
          'This message has no sealed original: its stored text is the whole of it.',
        );
      }
      const original = await this.subjectKeys.open(
        m.sealedOriginal,
        inboundOriginalTarget(m.handleId, m.externalId),
        ctx.tx,
      );
      if (original === null) {
        throw new ConversationsError(
          ConversationsErrorCode.ORIGINAL_ERASED,
          'The data subject was erased: the original can no longer be read.',
        );
      }
      return {
        result: {
          messageId: m.id,
          original: originalText(original),
          readAt: ctx.now.toISOString(),
        },
        records: [
          {
            stream: STREAM,
            kind: 'message.original_read',
            refs: {
              conversation: c.id,
              message: m.id,
              handle: c.handleId,
              ...(m.subjectId ? { subject: m.subjectId } : {}),
            },
            clear: { reason, readBy: actor.id, roles: [...actor.roles] },
          },
        ],
      };
    });
  }
}
