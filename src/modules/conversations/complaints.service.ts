import { Injectable } from '@nestjs/common';
import { decodeCursor, pageLimit, pageOf, type Page } from '../../platform/http/pagination';
import { toComplaintDto } from './conversations.mapper';
import { ConversationsRepository } from './conversations.repository';
import { complaintPosition } from './conversations.cursors';
import type { ComplaintResponseDto, ListComplaintsQueryDto } from './dtos/conversations.dtos';

/** The complaint register (FINRA 3110(b)(5)), oldest detection first. */
@Injectable()
export class ComplaintsService {
  constructor(private readonly repo: ConversationsRepository) {}

  async list(q: ListComplaintsQueryDto): Promise<Page<ComplaintResponseDto>> {
    const limit = pageLimit(q);
    const after = complaintPosition(decodeCursor(q.cursor, { detectedAt: 'string', id: 'string' }));
    const rows = await this.repo.complaints(
      {
        kind: q.kind,
        handleId: q.handle,
        channel: q.channel,
        state: q.state,
        detectedFrom: q.from ? new Date(q.from) : undefined,
        detectedTo: q.to ? new Date(q.to) : undefined,
      },
      after,
      limit + 1,
    );
    return pageOf(
      rows,
      limit,
      (k) => ({ detectedAt: k.detectedAt.toISOString(), id: k.id }),
      toComplaintDto,
    );
  }
}
