import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Action, Subject } from '../../platform/auth/access.enums';
import { actorOf } from '../../platform/auth/actor';
import { Authorize, CurrentPrincipal } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { ApiErrors } from '../../platform/errors/error-response.dto';
import { CrisisService } from './crisis.service';
import { CrisisReasonDto, CrisisStateResponseDto } from './dtos/crisis.dtos';
import { crisisResponse } from './replies.mapper';

@ApiTags('crisis')
@Controller('v1/crisis')
export class CrisisController {
  constructor(private readonly crisis: CrisisService) {}

  @Get()
  @Authorize(Action.Read, Subject.Crisis)
  @ApiOkResponse({ type: CrisisStateResponseDto })
  async state(): Promise<CrisisStateResponseDto> {
    return crisisResponse(await this.crisis.state());
  }

  @Post()
  @HttpCode(200)
  @Authorize(Action.Create, Subject.Crisis)
  @ApiErrors(409, 422)
  @ApiOkResponse({ type: CrisisStateResponseDto, description: 'Crisis mode is on' })
  async start(
    @Body() body: CrisisReasonDto,
    @CurrentPrincipal() p: Principal,
  ): Promise<CrisisStateResponseDto> {
    return crisisResponse(await this.crisis.start(actorOf(p), body.reason));
  }

  @Delete()
  @Authorize(Action.Delete, Subject.Crisis)
  @ApiErrors(409, 422)
  @ApiOkResponse({ type: CrisisStateResponseDto, description: 'Crisis mode is off' })
  async end(
    @Body() body: CrisisReasonDto,
    @CurrentPrincipal() p: Principal,
  ): Promise<CrisisStateResponseDto> {
    return crisisResponse(await this.crisis.end(actorOf(p), body.reason));
  }
}
