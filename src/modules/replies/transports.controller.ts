import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Action, Subject } from '../../platform/auth/access.enums';
import { Authorize } from '../../platform/auth/auth.decorators';
import { ApiPage, PageQueryDto, type Page } from '../../platform/http/pagination';
import { SandboxDeliveryResponseDto } from './dtos/sandbox.dtos';
import { SandboxDeliveriesService } from './sandbox-deliveries.service';

@ApiTags('transports')
@Controller('v1/transports')
export class TransportsController {
  constructor(private readonly sandbox: SandboxDeliveriesService) {}

  @Get('sandbox/deliveries')
  @Authorize(Action.Read, Subject.SandboxDelivery)
  @ApiPage(SandboxDeliveryResponseDto, 'What the sandbox transport would have sent, oldest first')
  deliveries(@Query() q: PageQueryDto): Promise<Page<SandboxDeliveryResponseDto>> {
    return this.sandbox.page(q);
  }
}
