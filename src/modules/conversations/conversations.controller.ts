import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AppAbility } from '../../platform/auth/ability.factory';
import { Action, Subject } from '../../platform/auth/access.enums';
import { actorOf } from '../../platform/auth/actor';
import { Authorize, CurrentAbility, CurrentPrincipal } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { ApiErrors } from '../../platform/errors/error-response.dto';
import { ApiPage, type Page } from '../../platform/http/pagination';
import { AuditedWork } from '../archive';
import { toConversationDto } from './conversations.mapper';
import { ConversationsService } from './conversations.service';
import {
  AssignConversationDto,
  CloseOfflineCaseDto,
  CloseOfflineCaseResponseDto,
  ConversationDetailResponseDto,
  ConversationIdParamDto,
  ConversationResponseDto,
  ListConversationsQueryDto,
  MessageIdParamDto,
  OriginalResponseDto,
  ReadOriginalDto,
  RouteOfflineDto,
  RouteOfflineResponseDto,
  TransitionConversationDto,
} from './dtos/conversations.dtos';
import { InboxService } from './inbox.service';
import { OfflineRoutingService } from './offline-routing.service';

@ApiTags('inbox')
@Controller('v1/conversations')
export class ConversationsController {
  constructor(
    private readonly inbox: InboxService,
    private readonly conversations: ConversationsService,
    private readonly offline: OfflineRoutingService,
    private readonly work: AuditedWork,
  ) {}

  @Get()
  @Authorize(Action.Read, Subject.Conversation)
  @ApiOperation({
    summary: 'The inbox: what the caller may see, by first-response due time',
    description:
      'Filtered by the caller’s access rules in the query itself: a remote agent never lists an account-specific or sensitive conversation.',
  })
  @ApiPage(ConversationResponseDto)
  list(
    @Query() q: ListConversationsQueryDto,
    @CurrentPrincipal() p: Principal,
    @CurrentAbility() ability: AppAbility,
  ): Promise<Page<ConversationResponseDto>> {
    return this.inbox.list(q, p, ability);
  }

  @Get(':id')
  @Authorize(Action.Read, Subject.Conversation)
  @ApiOperation({ summary: 'A conversation with its messages (masked texts)' })
  @ApiErrors(404)
  @ApiOkResponse({ type: ConversationDetailResponseDto })
  detail(
    @Param() params: ConversationIdParamDto,
    @CurrentAbility() ability: AppAbility,
  ): Promise<ConversationDetailResponseDto> {
    return this.inbox.detail(params.id, ability);
  }

  @Post(':id/assign')
  @HttpCode(200)
  @Authorize(Action.Assign, Subject.Conversation)
  @ApiOperation({ summary: 'Assign (or unassign with assigneeId: null)' })
  @ApiErrors(404, 409)
  @ApiOkResponse({ type: ConversationResponseDto })
  async assign(
    @Param() params: ConversationIdParamDto,
    @Body() body: AssignConversationDto,
    @CurrentPrincipal() p: Principal,
    @CurrentAbility() ability: AppAbility,
  ): Promise<ConversationResponseDto> {
    const assignee = body.assigneeId === undefined ? p.sub : body.assigneeId;
    const c = await this.work.run(actorOf(p), (ctx) =>
      this.conversations.assign(
        ctx,
        params.id,
        assignee,
        body.version,
        ability,
        body.reason ?? null,
      ),
    );
    return toConversationDto(c);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Authorize(Action.Transition, Subject.Conversation)
  @ApiOperation({
    summary: 'Move the conversation along its status table',
    description:
      'TRANSITION_NOT_ALLOWED (409) for a move not in the table; ROUTE_OFFLINE_FIRST (409) to resolve what policy routes offline before it was; CLOSE_OFFLINE_CASE (409) to move a routed conversation whose offline case is open (PATCH …/offline-case closes it); CONFLICT (409) on a stale version.',
  })
  @ApiErrors(404, 409)
  @ApiOkResponse({ type: ConversationResponseDto })
  async transition(
    @Param() params: ConversationIdParamDto,
    @Body() body: TransitionConversationDto,
    @CurrentPrincipal() p: Principal,
    @CurrentAbility() ability: AppAbility,
  ): Promise<ConversationResponseDto> {
    const c = await this.work.run(actorOf(p), (ctx) =>
      this.conversations.transition(
        ctx,
        params.id,
        body.to,
        body.reason ?? null,
        body.version,
        ability,
      ),
    );
    return toConversationDto(c);
  }

  @Post(':id/messages/:messageId/original')
  @HttpCode(200)
  // read_unredacted is checked on the loaded conversation, after visibility: a caller who
  // may not see it gets 404 here too, so the route does not tell that it exists.
  @Authorize(Action.Read, Subject.Message)
  @ApiOperation({
    summary: 'Open a message’s sealed original (archived with who, when and why)',
    description:
      'Needs read_unredacted on the message (403); CONVERSATION_NOT_FOUND (404) for a conversation the caller may not see; NO_SEALED_ORIGINAL (404) when the message held nothing to seal; ORIGINAL_ERASED (410) after the data subject was erased.',
  })
  @ApiErrors(403, 404, 410)
  @ApiOkResponse({ type: OriginalResponseDto })
  original(
    @Param() params: MessageIdParamDto,
    @Body() body: ReadOriginalDto,
    @CurrentPrincipal() p: Principal,
    @CurrentAbility() ability: AppAbility,
  ): Promise<OriginalResponseDto> {
    return this.inbox.readOriginal(params.id, params.messageId, body.reason, actorOf(p), ability);
  }

  @Post(':id/route-offline')
  @HttpCode(200)
  @Authorize(Action.RouteOffline, Subject.Conversation)
  @ApiOperation({
    summary: 'Route offline under a case reference the customer can quote',
    description:
      'Moves the conversation to routed_offline and records the public acknowledgement to be sent (status pending) from an approved template.',
  })
  @ApiErrors(404, 409)
  @ApiOkResponse({ type: RouteOfflineResponseDto })
  routeOffline(
    @Param() params: ConversationIdParamDto,
    @Body() body: RouteOfflineDto,
    @CurrentPrincipal() p: Principal,
    @CurrentAbility() ability: AppAbility,
  ): Promise<RouteOfflineResponseDto> {
    return this.offline.routeOffline(params.id, body.method, body.version, actorOf(p), ability);
  }

  @Patch(':id/offline-case')
  @Authorize(Action.Update, Subject.OfflineCase)
  @ApiOperation({ summary: 'Close the open offline case with its outcome' })
  @ApiErrors(404, 409)
  @ApiOkResponse({ type: CloseOfflineCaseResponseDto })
  closeOfflineCase(
    @Param() params: ConversationIdParamDto,
    @Body() body: CloseOfflineCaseDto,
    @CurrentPrincipal() p: Principal,
    @CurrentAbility() ability: AppAbility,
  ): Promise<CloseOfflineCaseResponseDto> {
    return this.offline.closeCase(
      params.id,
      body.outcome,
      body.note ?? null,
      body.version,
      actorOf(p),
      ability,
    );
  }
}
