import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, Subject } from '../../platform/auth/access.enums';
import { Authorize } from '../../platform/auth/auth.decorators';
import { KpiQueryDto, KpiResponseDto } from './dtos/kpi.dtos';
import { KpiService } from './kpi.service';

@ApiTags('metrics')
@Controller('v1/kpis')
export class KpiController {
  constructor(private readonly kpis: KpiService) {}

  @Get()
  @Authorize(Action.Read, Subject.Metrics)
  @ApiOperation({
    summary: 'Service KPIs per bucket and in total',
    description:
      'Conversations are counted in the bucket they opened in; first-response and resolution times are business seconds on channels whose SLA runs in business hours, wall-clock seconds elsewhere. SLA compliance is over conversations whose first-response clock has ended. Complaints count each event (detected, acknowledged, closed) in its own bucket; sign-offs by decision time; replies by sending time.',
  })
  @ApiOkResponse({ type: KpiResponseDto })
  get(@Query() q: KpiQueryDto): Promise<KpiResponseDto> {
    return this.kpis.kpis(q);
  }
}
