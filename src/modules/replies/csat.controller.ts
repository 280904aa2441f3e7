import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Action, Subject } from '../../platform/auth/access.enums';
import type { AppAbility } from '../../platform/auth/ability.factory';
import { Authorize, CurrentAbility } from '../../platform/auth/auth.decorators';
import { ApiErrors } from '../../platform/errors/error-response.dto';
import { ApiPage, type Page } from '../../platform/http/pagination';
import { CsatQueriesService } from './csat-queries.service';
import { CsatQueryDto, CsatResponseDto } from './dtos/csat.dtos';
import { ReviewIdDto } from './dtos/review.dtos';

@ApiTags('satisfaction surveys')
@Controller('v1/csat')
export class CsatController {
  constructor(private readonly csat: CsatQueriesService) {}

  @Get()
  @Authorize(Action.Read, Subject.CsatSurvey)
  @ApiPage(CsatResponseDto, 'Satisfaction surveys and their scores, oldest planned first')
  list(@Query() q: CsatQueryDto): Promise<Page<CsatResponseDto>> {
    return this.csat.page(q);
  }

  @Get(':id')
  @Authorize(Action.Read, Subject.CsatSurvey)
  @ApiOkResponse({ type: CsatResponseDto })
  @ApiErrors(404)
  get(@CurrentAbility() ability: AppAbility, @Param() p: ReviewIdDto): Promise<CsatResponseDto> {
    return this.csat.get(ability, p.id);
  }
}
