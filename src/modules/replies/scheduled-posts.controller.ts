import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Action, Subject } from '../../platform/auth/access.enums';
import { actorOf } from '../../platform/auth/actor';
import { Authorize, CurrentAbility, CurrentPrincipal } from '../../platform/auth/auth.decorators';
import type { AppAbility } from '../../platform/auth/ability.factory';
import type { Principal } from '../../platform/auth/principal';
import { ApiErrors } from '../../platform/errors/error-response.dto';
import { ApiPage, type Page } from '../../platform/http/pagination';
import {
  CancelPostDto,
  ReleasePostDto,
  ScheduledPostDetailResponseDto,
  ScheduledPostIdDto,
  ScheduledPostResponseDto,
  ScheduledPostsQueryDto,
  SchedulePostDto,
} from './dtos/scheduled-post.dtos';
import { ScheduledPostsQueries } from './scheduled-posts.queries';
import { SignoffDto } from './dtos/reply.dtos';
import { scheduledPostDetailResponse, scheduledPostResponse } from './replies.mapper';
import { ScheduledPostsService } from './scheduled-posts.service';

@ApiTags('scheduled posts')
@Controller('v1/scheduled-posts')
export class ScheduledPostsController {
  constructor(
    private readonly posts: ScheduledPostsService,
    private readonly queries: ScheduledPostsQueries,
  ) {}

  @Post()
  @Authorize(Action.Create, Subject.ScheduledPost)
  @ApiErrors(404, 422)
  @ApiCreatedResponse({ type: ScheduledPostResponseDto })
  async schedule(
    @Body() body: SchedulePostDto,
    @CurrentPrincipal() p: Principal,
  ): Promise<ScheduledPostResponseDto> {
    return scheduledPostResponse(await this.posts.schedule(actorOf(p), body));
  }

  @Get()
  @Authorize(Action.Read, Subject.ScheduledPost)
  @ApiPage(ScheduledPostResponseDto)
  list(@Query() q: ScheduledPostsQueryDto): Promise<Page<ScheduledPostResponseDto>> {
    return this.queries.page(q);
  }

  @Get(':id')
  @Authorize(Action.Read, Subject.ScheduledPost)
  @ApiErrors(404)
  @ApiOkResponse({ type: ScheduledPostDetailResponseDto })
  async get(@Param() params: ScheduledPostIdDto): Promise<ScheduledPostDetailResponseDto> {
    const post = await this.posts.get(params.id);
    return scheduledPostDetailResponse(post, await this.posts.signoffsOf(post.id));
  }

  @Post(':id/signoffs')
  @HttpCode(200)
  @Authorize(Action.SignOff, Subject.ScheduledPost)
  @ApiErrors(404, 409, 422)
  @ApiOkResponse({ type: ScheduledPostResponseDto })
  async signoff(
    @Param() params: ScheduledPostIdDto,
    @Body() body: SignoffDto,
    @CurrentPrincipal() p: Principal,
    @CurrentAbility() ability: AppAbility,
  ): Promise<ScheduledPostResponseDto> {
    return scheduledPostResponse(
      await this.posts.signoff(actorOf(p), ability, params.id, body.decision, body.reason),
    );
  }

  @Post(':id/release')
  @HttpCode(200)
  @Authorize(Action.Release, Subject.ScheduledPost)
  @ApiErrors(404, 409, 422)
  @ApiOkResponse({ type: ScheduledPostResponseDto })
  async release(
    @Param() params: ScheduledPostIdDto,
    @Body() body: ReleasePostDto,
    @CurrentPrincipal() p: Principal,
    @CurrentAbility() ability: AppAbility,
  ): Promise<ScheduledPostResponseDto> {
    return scheduledPostResponse(
      await this.posts.release(actorOf(p), ability, params.id, body.version, body.reason),
    );
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Authorize(Action.Delete, Subject.ScheduledPost)
  @ApiErrors(404, 409, 422)
  @ApiOkResponse({ type: ScheduledPostResponseDto })
  async cancel(
    @Param() params: ScheduledPostIdDto,
    @Body() body: CancelPostDto,
    @CurrentPrincipal() p: Principal,
    @CurrentAbility() ability: AppAbility,
  ): Promise<ScheduledPostResponseDto> {
    return scheduledPostResponse(
      await this.posts.cancel(actorOf(p), ability, params.id, body.version, body.reason),
    );
  }
}
