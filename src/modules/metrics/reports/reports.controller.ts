import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Action, Subject } from '../../../platform/auth/access.enums';
import { actorOf } from '../../../platform/auth/actor';
import { Authorize, CurrentPrincipal } from '../../../platform/auth/auth.decorators';
import type { Principal } from '../../../platform/auth/principal';
import { ReportParamDto, ReportQueryDto } from '../dtos/report.dtos';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@Controller('v1/reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get(':name')
  @Authorize(Action.Read, Subject.Report)
  @ApiOperation({
    summary: 'An examiner report for a period, streamed as CSV (default) or JSON',
    description:
      'complaint-register (FINRA 3110(b)(5)), template-records (FINRA 2210(b)(4)(A)), signoff-log, sla-breaches, supervisory-sampling (FINRA 3110.06 coverage per ISO week and agent). Each download is archived with who and when.',
  })
  @ApiProduces('text/csv', 'application/json')
  @ApiOkResponse({
    description:
      'CSV: a header row of the columns, then one row per record. JSON: `{ report, from, to, columns, rows: [{ column: value }] }`.',
  })
  async get(
    @Param() p: ReportParamDto,
    @Query() q: ReportQueryDto,
    @CurrentPrincipal() principal: Principal,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const format = q.format ?? 'csv';
    const stream = await this.reports.open(actorOf(principal), {
      name: p.name,
      from: new Date(q.from),
      to: new Date(q.to),
      format,
    });
    const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
    await reply
      .header('content-type', type)
      .header('content-disposition', `attachment; filename="${p.name}.${format}"`)
      .send(stream);
  }
}
