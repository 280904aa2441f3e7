import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { Action, Subject } from '../../platform/auth/access.enums';
import type { AppAbility } from '../../platform/auth/ability.factory';
import { PlatformError, PlatformErrorCode } from '../../platform/errors/platform.errors';
import { decodeCursor, pageLimit, pageOf, type Page } from '../../platform/http/pagination';
import type { CsatQueryDto, CsatResponseDto } from './dtos/csat.dtos';
import { CsatRepository } from './csat.repository';
import { csatResponse } from './replies.mapper';
import { RepliesError, RepliesErrorCode } from './replies.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Satisfaction surveys and scores, for compliance, auditors and metrics. */
@Injectable()
export class CsatQueriesService {
  constructor(private readonly repo: CsatRepository) {}

  async page(q: CsatQueryDto): Promise<Page<CsatResponseDto>> {
    const limit = pageLimit(q);
    const after = decodeCursor(q.cursor, { at: 'string', id: 'string' });
    if (after && !(UUID.test(String(after.id)) && !Number.isNaN(Date.parse(String(after.at))))) {
      throw new PlatformError(
        PlatformErrorCode.BAD_REQUEST,
        'The cursor is not valid for this list.',
      );
    }
    const rows = await this.repo.page(
      { status: q.status, agentId: q.agent, conversationId: q.conversation },
      after ? { createdAt: String(after.at), id: String(after.id) } : undefined,
      limit + 1,
    );
    return pageOf(rows, limit, (r) => ({ at: r.createdAt.toISOString(), id: r.id }), csatResponse);
  }

  async get(ability: AppAbility, id: string): Promise<CsatResponseDto> {
    const row = await this.repo.byId(id);
    if (!row || !ability.can(Action.Read, subject(Subject.CsatSurvey, { ...row })))
      throw new RepliesError(RepliesErrorCode.CSAT_NOT_FOUND, 'No such survey.');
    return csatResponse(row);
  }
}
