import { Injectable } from '@nestjs/common';
import {
  decodeCursor,
  pageLimit,
  pageOf,
  type Page,
  type PageQueryDto,
} from '../../platform/http/pagination';
import { PlatformError, PlatformErrorCode } from '../../platform/errors/platform.errors';
import type { SandboxDeliveryResponseDto } from './dtos/sandbox.dtos';
import { sandboxDeliveryResponse } from './replies.mapper';
import { SandboxRepository } from './sandbox.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What the sandbox transport recorded, in delivery order. */
@Injectable()
export class SandboxDeliveriesService {
  constructor(private readonly repo: SandboxRepository) {}

  async page(q: PageQueryDto): Promise<Page<SandboxDeliveryResponseDto>> {
    const limit = pageLimit(q);
    const after = decodeCursor(q.cursor, { at: 'string', id: 'string' });
    if (after && !(UUID.test(String(after.id)) && !Number.isNaN(Date.parse(String(after.at))))) {
      throw new PlatformError(
        PlatformErrorCode.BAD_REQUEST,
        'The cursor is not valid for this list.',
      );
    }
    const rows = await this.repo.page(
      after ? { deliveredAt: String(after.at), id: String(after.id) } : undefined,
      limit + 1,
    );
    return pageOf(
      rows,
      limit,
      (r) => ({ at: r.deliveredAt.toISOString(), id: r.id }),
      sandboxDeliveryResponse,
    );
  }
}
