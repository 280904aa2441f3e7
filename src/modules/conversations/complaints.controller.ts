import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Action, Subject } from '../../platform/auth/access.enums';
import { Authorize } from '../../platform/auth/auth.decorators';
import { ApiPage, type Page } from '../../platform/http/pagination';
import { ComplaintsService } from './complaints.service';
import { toComplaintCsv } from './conversations.mapper';
import { ComplaintResponseDto, ListComplaintsQueryDto } from './dtos/conversations.dtos';

@ApiTags('complaints')
@Controller('v1/complaints')
export class ComplaintsController {
  constructor(private readonly complaints: ComplaintsService) {}

  @Get()
  @Authorize(Action.Read, Subject.Complaint)
  @ApiOperation({
    summary: 'The complaint register (FINRA 3110(b)(5))',
    description:
      'JSON by default; CSV with ?format=csv or Accept: text/csv (the next page’s cursor is then in the x-next-cursor header).',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiPage(ComplaintResponseDto)
  async list(
    @Query() q: ListComplaintsQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Page<ComplaintResponseDto> | string> {
    const page = await this.complaints.list(q);
    const csv = q.format === 'csv' || (q.format === undefined && wantsCsv(accept));
    if (!csv) return page;
    void reply.header('content-type', 'text/csv; charset=utf-8');
    void reply.header('content-disposition', 'attachment; filename="complaints.csv"');
    if (page.nextCursor) void reply.header('x-next-cursor', page.nextCursor);
    return toComplaintCsv(page.items);
  }
}

function wantsCsv(accept: string | undefined): boolean {
  return (
    !!accept && /(^|,)\s*text\/csv\s*(;|,|$)/i.test(accept) && !/application\/json/i.test(accept)
  );
}
