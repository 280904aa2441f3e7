import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Action, Subject } from '../../platform/auth/access.enums';
import type { AppAbility } from '../../platform/auth/ability.factory';
import { actorOf } from '../../platform/auth/actor';
import { Authorize, CurrentAbility, CurrentPrincipal } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { ApiErrors } from '../../platform/errors/error-response.dto';
import { ApiPage, type Page } from '../../platform/http/pagination';
import { RepliesPolicy } from './replies-policy';
import {
  CoverageQueryDto,
  CoverageResponseDto,
  ReviewIdDto,
  ReviewReplyDto,
  ReviewResponseDto,
  ReviewsQueryDto,
} from './dtos/review.dtos';
import { ReviewsService } from './reviews.service';

@ApiTags('supervisory reviews')
@Controller('v1/reviews')
export class ReviewsController {
  constructor(
    private readonly reviews: ReviewsService,
    private readonly policy: RepliesPolicy,
  ) {}

  @Get()
  @Authorize(Action.Read, Subject.SupervisoryReview)
  @ApiPage(ReviewResponseDto, 'Sampled sent replies, oldest first')
  list(@Query() q: ReviewsQueryDto): Promise<Page<ReviewResponseDto>> {
    return this.reviews.page(q);
  }

  @Get('coverage')
  @Authorize(Action.Read, Subject.SupervisoryReview)
  @ApiOkResponse({ type: CoverageResponseDto })
  async coverage(@Query() q: CoverageQueryDto): Promise<CoverageResponseDto> {
    const rows = await this.reviews.coverage(q.from, q.to);
    return {
      samplePercent: this.policy.current.samplePercent,
      items: rows.map((r) => ({
        ...r,
        sampledShare: r.eligible === 0 ? 0 : Math.round((r.sampled / r.eligible) * 1000) / 1000,
      })),
    };
  }

  @Post(':id')
  @HttpCode(200)
  @Authorize(Action.Review, Subject.SupervisoryReview)
  @ApiErrors(404, 409, 422)
  @ApiOkResponse({ type: ReviewResponseDto })
  review(
    @Param() params: ReviewIdDto,
    @Body() body: ReviewReplyDto,
    @CurrentPrincipal() p: Principal,
    @CurrentAbility() ability: AppAbility,
  ): Promise<ReviewResponseDto> {
    return this.reviews.review(actorOf(p), ability, params.id, body);
  }
}
