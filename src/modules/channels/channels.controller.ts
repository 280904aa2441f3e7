import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { actorOf } from '../../platform/auth/actor';
import { Action, Subject } from '../../platform/auth/access.enums';
import { Authorize, CurrentPrincipal } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { ApiErrors } from '../../platform/errors/error-response.dto';
import { toChannelList } from './channels.mapper';
import { ChannelsService } from './channels.service';
import { ChannelListDto, CreateInboundMessageDto, InboundAcceptedDto } from './dtos/inbound.dto';
import { InboundUseCase } from './inbound.usecase';

@ApiTags('channels')
@Controller('v1')
export class ChannelsController {
  constructor(
    private readonly channels: ChannelsService,
    private readonly inbound: InboundUseCase,
  ) {}

  @Get('channels')
  @Authorize(Action.Read, Subject.Channel)
  @ApiOkResponse({ type: ChannelListDto })
  list(): ChannelListDto {
    return toChannelList(this.channels.handles());
  }

  @Post('inbound')
  @HttpCode(202)
  @Authorize(Action.Ingest, Subject.InboundMessage)
  @ApiAcceptedResponse({
    type: InboundAcceptedDto,
    description: 'Stored, or seen before (duplicate: true)',
  })
  @ApiErrors(404, 413)
  receive(
    @Body() body: CreateInboundMessageDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<InboundAcceptedDto> {
    return this.inbound.execute(body, actorOf(principal));
  }
}
