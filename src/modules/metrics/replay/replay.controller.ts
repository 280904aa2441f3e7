import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, Subject } from '../../../platform/auth/access.enums';
import { actorOf } from '../../../platform/auth/actor';
import { Authorize, CurrentPrincipal } from '../../../platform/auth/auth.decorators';
import type { Principal } from '../../../platform/auth/principal';
import { CreateReplayDto, ReplayIdParamDto, ReplayRunDto } from '../dtos/replay.dtos';
import { toReplayRunDto } from './replay.mapper';
import { ReplayService } from './replay.service';

@ApiTags('replays')
@Controller('v1/replays')
export class ReplayController {
  constructor(private readonly replays: ReplayService) {}

  @Post()
  @HttpCode(202)
  @Authorize(Action.Create, Subject.Replay)
  @ApiOperation({
    summary: 'Replay the automated decisions of a period (in the background)',
    description:
      'Re-classifies the archived inbound messages of the period with the policy version each decision cited (or the one given) and reports every differing decision and every message that could not be replayed. Reads only; the request and its completion are archived.',
  })
  @ApiAcceptedResponse({ type: ReplayRunDto })
  async create(
    @Body() body: CreateReplayDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReplayRunDto> {
    const run = await this.replays.start(actorOf(principal), {
      from: new Date(body.from),
      to: new Date(body.to),
      policyVersion: body.policyVersion,
    });
    return toReplayRunDto(run);
  }

  @Get(':id')
  @Authorize(Action.Read, Subject.Replay)
  @ApiOperation({ summary: 'A replay: progress, and when done its summary and findings' })
  @ApiOkResponse({ type: ReplayRunDto })
  async get(@Param() p: ReplayIdParamDto): Promise<ReplayRunDto> {
    return toReplayRunDto(await this.replays.get(p.id));
  }
}
