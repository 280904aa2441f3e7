import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { actorOf } from '../../platform/auth/actor';
import { Action, Subject } from '../../platform/auth/access.enums';
import { Authorize, CurrentPrincipal } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { ApiErrors } from '../../platform/errors/error-response.dto';
import { toChannelList } from './channels.mapper';
import { ChannelsService } from './channels.service';
import { InboundBodyPipe } from './dtos/inbound-body.pipe';
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
  @ApiBody({
    type: CreateInboundMessageDto,
    examples: {
      crm: {
        summary: 'A private message from the CRM',
        value: {
          handle: 'crm',
          externalId: 'crm-msg-20260105-0001',
          threadId: 'case-881',
          author: { id: '42', name: 'Jane Doe' },
          text: 'Hi, my debit card was declined at the pharmacy this morning, can you check?',
          visibility: 'private',
          occurredAt: '2026-01-05T14:03:00Z',
        },
      },
      sensitive: {
        summary: 'A message with a card number: stored truncated (•••• 6467), never in full',
        value: {
          handle: 'crm',
          externalId: 'crm-msg-20260105-0002',
          author: { id: '42' },
          text: 'My card 4539 1488 0343 6467 was charged twice',
          visibility: 'private',
          inReplyTo: 'crm-msg-20260105-0001',
        },
      },
    },
  })
  @ApiAcceptedResponse({
    type: InboundAcceptedDto,
    description: 'Stored, or seen before (duplicate: true, nothing changed)',
  })
  @ApiErrors(404, 413)
  receive(
    // Validated by InboundBodyPipe (same rules and errors, cheaper on this hot
    // path); typed as a type, not the class, so the global pipe passes it by.
    @Body(InboundBodyPipe) body: Readonly<CreateInboundMessageDto>,
    @CurrentPrincipal() principal: Principal,
  ): Promise<InboundAcceptedDto> {
    return this.inbound.execute(body, actorOf(principal));
  }
}
