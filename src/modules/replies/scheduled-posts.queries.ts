import { Injectable } from '@nestjs/common';
import { PlatformError, PlatformErrorCode } from '../../platform/errors/platform.errors';
import { decodeCursor, pageLimit, pageOf, type Page } from '../../platform/http/pagination';
import type { ScheduledPostResponseDto, ScheduledPostsQueryDto } from './dtos/scheduled-post.dtos';
import { scheduledPostResponse } from './replies.mapper';
import { ScheduledPostsRepository } from './scheduled-posts.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Scheduled posts by publication time. */
@Injectable()
export class ScheduledPostsQueries {
  constructor(private readonly repo: ScheduledPostsRepository) {}

  async page(q: ScheduledPostsQueryDto): Promise<Page<ScheduledPostResponseDto>> {
    const limit = pageLimit(q);
    const after = decodeCursor(q.cursor, { at: 'string', id: 'string' });
    if (after && !(UUID.test(String(after.id)) && !Number.isNaN(Date.parse(String(after.at))))) {
      throw new PlatformError(
        PlatformErrorCode.BAD_REQUEST,
        'The cursor is not valid for this list.',
      );
    }
    const rows = await this.repo.page(
      q.status,
      after ? { publishAt: String(after.at), id: String(after.id) } : undefined,
      limit + 1,
    );
    return pageOf(
      rows,
      limit,
      (r) => ({ at: r.publishAt.toISOString(), id: r.id }),
      scheduledPostResponse,
    );
  }
}
