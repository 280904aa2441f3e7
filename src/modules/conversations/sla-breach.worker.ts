import { Injectable } from '@nestjs/common';
import { SYSTEM_ACTOR } from '../../platform/auth/actor';
import { Clock } from '../../platform/clock/clock';
import { Settings } from '../../platform/config/settings';
import { PeriodicWorker } from '../../platform/workers/periodic-worker';
import { AuditedWork, type AuditRecord } from '../archive';
import { raisedPriority } from './core/sla';
import { ConversationsRepository } from './conversations.repository';
import { STREAM } from './conversations.service';

const BATCH = 100;

/**
 * Finds conversations whose first-response or resolution clock ran out,
 * marks the breach, raises the priority one step and archives `sla.breached`.
 * Rows are claimed with FOR UPDATE SKIP LOCKED and a marked breach is never
 * claimed again, so every replica may run this and each breach is raised once.
 */
@Injectable()
export class SlaBreachWorker extends PeriodicWorker {
  constructor(
    clock: Clock,
    settings: Settings,
    private readonly repo: ConversationsRepository,
    private readonly work: AuditedWork,
  ) {
    super(clock, settings, { name: 'SlaBreachWorker', intervalMs: 30_000 });
  }

  /** One round; returns how many conversations it marked. */
  async runRound(): Promise<number> {
    return this.work.run(SYSTEM_ACTOR, async (ctx) => {
      const due = await this.repo.claimSlaBreaches(ctx.tx, ctx.now, BATCH);
      const records: AuditRecord[] = [];
      for (const row of due) {
        const priority = raisedPriority(row.priority);
        const updated = await this.repo.updateConversation(
          ctx.tx,
          row.id,
          row.version,
          {
            priority,
            ...(row.firstResponseDue ? { firstResponseBreachedAt: ctx.now } : {}),
            ...(row.resolutionDue ? { resolutionBreachedAt: ctx.now } : {}),
          },
          ctx.now,
        );
        if (!updated) throw new Error('claimed conversation changed under its lock');
        const clocks = [
          ...(row.firstResponseDue
            ? [{ clock: 'first_response', dueAt: row.firstResponseDueAt?.toISOString() ?? null }]
            : []),
          ...(row.resolutionDue
            ? [{ clock: 'resolution', dueAt: row.resolutionDueAt?.toISOString() ?? null }]
            : []),
        ];
        records.push({
          stream: STREAM,
          kind: 'sla.breached',
          refs: { conversation: row.id, handle: row.handleId, subject: row.subjectId },
          clear: {
            clocks,
            priorityFrom: row.priority,
            priorityTo: priority,
            version: updated.version,
          },
        });
      }
      return { result: due.length, records };
    });
  }

  async runOnce(): Promise<boolean> {
    return (await this.runRound()) === BATCH;
  }
}
