import type { ReplayRunDto } from '../dtos/replay.dtos';
import type { ReplayRunRow } from './replay.repository';

export function toReplayRunDto(r: ReplayRunRow): ReplayRunDto {
  return {
    id: r.id,
    requestedBy: r.requestedBy,
    from: r.from.toISOString(),
    to: r.to.toISOString(),
    policyVersion: r.policyVersion,
    status: r.status,
    total: r.total,
    processed: r.processed,
    summary: r.summary,
    result: r.result,
    createdAt: r.createdAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}
