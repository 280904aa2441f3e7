import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Action, Subject } from '../../platform/auth/access.enums';
import type { AppAbility } from '../../platform/auth/ability.factory';
import { actorOf } from '../../platform/auth/actor';
import { Authorize, CurrentAbility, CurrentPrincipal } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { ApiErrors } from '../../platform/errors/error-response.dto';
import { ApiPage, type Page } from '../../platform/http/pagination';
import {
  ConversationIdDto,
  ConversationRepliesQueryDto,
  ConversationReplyDto,
  CreateReplyDto,
  ReplyDetailResponseDto,
  ReplyIdDto,
  ReplyResponseDto,
  SignoffDto,
  SignoffQueueItemDto,
  SignoffQueueQueryDto,
  SuggestionsQueryDto,
  SuggestionsResponseDto,
  WithdrawReplyDto,
} from './dtos/reply.dtos';
import { ReplyDraftsService } from './reply-drafts.service';
import { ReplyQueriesService } from './reply-queries.service';
import { replyDetailResponse, replyResponse } from './replies.mapper';

function withName(p: Principal) {
  return { ...actorOf(p), name: p.name };
}

@ApiTags('replies')
@Controller('v1')
export class RepliesController {
  constructor(
    private readonly drafts: ReplyDraftsService,
    private readonly queries: ReplyQueriesService,
  ) {}

  @Post('conversations/:id/replies')
  @Authorize(Action.Create, Subject.ReplyDraft)
  @ApiErrors(404, 409, 422)
  @ApiCreatedResponse({ type: ReplyResponseDto })
  async create(
    @Param() params: ConversationIdDto,
    @Body() body: CreateReplyDto,
    @CurrentPrincipal() p: Principal,
    @CurrentAbility() ability: AppAbility,
  ): Promise<ReplyResponseDto> {
    return replyResponse(await this.drafts.draft(withName(p), ability, params.id, body));
  }

  @Get('conversations/:id/replies')
  @Authorize(Action.Read, Subject.Conversation)
  @ApiErrors(404)
  @ApiPage(ConversationReplyDto, 'The replies of the conversation, newest first')
  replies(
    @Param() params: ConversationIdDto,
    @Query() q: ConversationRepliesQueryDto,
    @CurrentAbility() ability: AppAbility,
  ): Promise<Page<ConversationReplyDto>> {
    return this.queries.ofConversation(ability, params.id, q);
  }

  @Get('conversations/:id/suggestions')
  @Authorize(Action.Create, Subject.ReplyDraft)
  @ApiErrors(404)
  @ApiOkResponse({ type: SuggestionsResponseDto })
  suggestions(
    @Param() params: ConversationIdDto,
    @Query() q: SuggestionsQueryDto,
    @CurrentAbility() ability: AppAbility,
  ): Promise<SuggestionsResponseDto> {
    return this.queries.suggestions(ability, params.id, q);
  }

  @Get('replies/:id')
  @Authorize(Action.Read, Subject.ReplyDraft)
  @ApiErrors(404)
  @ApiOkResponse({ type: ReplyDetailResponseDto })
  async get(
    @Param() params: ReplyIdDto,
    @CurrentAbility() ability: AppAbility,
  ): Promise<ReplyDetailResponseDto> {
    return replyDetailResponse(await this.drafts.get(ability, params.id));
  }

  @Post('replies/:id/signoffs')
  @HttpCode(200)
  @Authorize(Action.SignOff, Subject.ReplyDraft)
  @ApiErrors(404, 409, 422)
  @ApiOkResponse({ type: ReplyResponseDto })
  async signoff(
    @Param() params: ReplyIdDto,
    @Body() body: SignoffDto,
    @CurrentPrincipal() p: Principal,
    @CurrentAbility() ability: AppAbility,
  ): Promise<ReplyResponseDto> {
    return replyResponse(
      await this.drafts.signoff(actorOf(p), ability, params.id, body.decision, body.reason),
    );
  }

  @Post('replies/:id/withdraw')
  @HttpCode(200)
  @Authorize(Action.Withdraw, Subject.ReplyDraft)
  @ApiErrors(404, 409, 422)
  @ApiOkResponse({ type: ReplyResponseDto })
  async withdraw(
    @Param() params: ReplyIdDto,
    @Body() body: WithdrawReplyDto,
    @CurrentPrincipal() p: Principal,
    @CurrentAbility() ability: AppAbility,
  ): Promise<ReplyResponseDto> {
    return replyResponse(
      await this.drafts.withdraw(actorOf(p), ability, params.id, body.version, body.reason),
    );
  }

  @Get('signoffs')
  @Authorize(Action.SignOff, Subject.ReplyDraft)
  @ApiPage(SignoffQueueItemDto, 'Drafts waiting for one of your roles, oldest due first')
  signoffQueue(
    @Query() q: SignoffQueueQueryDto,
    @CurrentPrincipal() p: Principal,
    @CurrentAbility() ability: AppAbility,
  ): Promise<Page<SignoffQueueItemDto>> {
    return this.queries.signoffQueue(ability, p.roles, q);
  }
}
