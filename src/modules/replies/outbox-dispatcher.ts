import { Injectable } from '@nestjs/common';
import { SYSTEM_ACTOR } from '../../platform/auth/actor';
import { Clock } from '../../platform/clock/clock';
import { Settings } from '../../platform/config/settings';
import type { Transaction } from '../../platform/database/data-source';
import { PeriodicWorker } from '../../platform/workers/periodic-worker';
import { AuditedWork, type AuditRecord } from '../archive';
import { DEFAULT_BACKOFF, nextAttemptAt, type BackoffPolicy } from './core/backoff';
import {
  OutboxRepository,
  type AttemptOutcome,
  type AttemptRow,
  type OutboxRow,
  type OutboxSettlement,
} from './outbox.repository';
import { TemplatesPort } from './replies.ports';
import { RepliesRepository } from './replies.repository';
import { RepliesPolicy } from './replies-policy';
import { ScheduledPostsRepository } from './scheduled-posts.repository';
import { TransportRegistry } from './transports/transport-registry';
import {
  TransportError,
  type LookupResult,
  type OutboundMessage,
  type SentMessage,
  type Transport,
} from './transports/transport';

/** Calls to a transport without batch support run this many at a time. */
const SEND_CONCURRENCY = 8;

interface Outcome {
  row: OutboxRow;
  transport: string;
  outcome: AttemptOutcome;
  settlement: OutboxSettlement;
}

export function outboundOf(row: OutboxRow): OutboundMessage {
  return {
    idempotencyKey: row.id,
    platform: row.platform,
    kind: row.kind,
    accountId: row.accountId,
    inReplyTo: row.inReplyTo ?? undefined,
    recipientId: row.recipientId ?? undefined,
    text: row.text,
  };
}

/**
 * Sends the outbox. Every replica may run it: rows are claimed with FOR
 * UPDATE SKIP LOCKED and marked `sending` (with an attempt number) in an
 * audited transaction of their own (an `outbox.claimed` entry per row)
 * before any platform call, then the results are
 * written back — reply or post status, the attempt, its archive entry and
 * the template version's use — in one audited transaction. A row still
 * `sending` long after its lease (the replica died mid-call) is reconciled by
 * asking the platform for the message by its idempotency key; it is never
 * blindly sent again.
 */
@Injectable()
export class OutboxDispatcher extends PeriodicWorker {
  private readonly backoff: BackoffPolicy = DEFAULT_BACKOFF;
  /** Jitter source; tests may pin it. */
  random: () => number = Math.random;

  constructor(
    clock: Clock,
    private readonly config: Settings,
    private readonly audited: AuditedWork,
    private readonly outbox: OutboxRepository,
    private readonly replies: RepliesRepository,
    private readonly posts: ScheduledPostsRepository,
    private readonly transports: TransportRegistry,
    private readonly templateUse: TemplatesPort,
    private readonly policy: RepliesPolicy,
  ) {
    super(clock, config, { name: 'OutboxDispatcher', intervalMs: config.DISPATCH_INTERVAL_MS });
  }

  async runOnce(): Promise<boolean> {
    await this.reconcileStale();
    const startedAt = this.clock.now();
    const batch = this.config.DISPATCH_BATCH_SIZE;
    const claimed = await this.claimDue(startedAt, batch);
    if (claimed.length === 0) return false;
    const results = await this.sendAll(claimed);
    const finishedAt = this.clock.now();
    const outcomes = claimed.map((row, i) => this.outcomeOf(row, results[i], finishedAt));
    await this.settle(outcomes, startedAt, finishedAt);
    return claimed.length === batch;
  }

  /** Claims up to `limit` rows due at `now` and marks them `sending` (the first half of a round). */
  claimDue(now: Date, limit: number): Promise<OutboxRow[]> {
    return this.claim('send', (tx) => this.outbox.claimDue(tx, now, limit));
  }

  /**
   * Claims rows and marks them `sending` (a new attempt, or a renewed lease
   * for reconciliation) with an `outbox.claimed` archive entry per row, in
   * the same transaction (DESIGN invariant 4), before any platform call.
   */
  private claim(
    purpose: 'send' | 'reconcile',
    take: (tx: Transaction) => Promise<OutboxRow[]>,
  ): Promise<OutboxRow[]> {
    return this.audited.run(SYSTEM_ACTOR, async (ctx) => {
      const rows = await take(ctx.tx);
      return { result: rows, records: rows.map((row) => claimRecord(row, purpose)) };
    });
  }

  /** Rows left `sending` past the lease: ask the platform, then settle or hand to a person. */
  async reconcileStale(): Promise<number> {
    const now = this.clock.now();
    const staleBefore = new Date(now.getTime() - this.config.DISPATCH_STALE_SENDING_MS);
    const stale = await this.claim('reconcile', (tx) =>
      this.outbox.claimStale(tx, staleBefore, now, this.config.DISPATCH_BATCH_SIZE),
    );
    if (stale.length === 0) return 0;
    const outcomes: Outcome[] = [];
    for (const row of stale) {
      const transport = this.transports.for(row);
      let found: LookupResult;
      try {
        found = await transport.lookup(outboundOf(row));
      } catch (err) {
        // Not answerable now: the renewed lease brings the row back after another period.
        this.logger.warn(`reconciliation of outbox ${row.id} deferred: ${codeOf(err)}`);
        continue;
      }
      outcomes.push(this.reconciled(row, transport, found));
    }
    await this.settle(outcomes, now, this.clock.now());
    return outcomes.length;
  }

  private reconciled(row: OutboxRow, transport: Transport, found: LookupResult): Outcome {
    const base = { id: row.id, attempt: row.attempts, dueAt: null };
    if (found.found === true) {
      return {
        row,
        transport: transport.name,
        outcome: 'reconciled_sent',
        settlement: {
          ...base,
          status: 'sent',
          platformMessageId: found.platformMessageId,
          error: null,
        },
      };
    }
    if (found.found === false) {
      // The platform confirms it never arrived: sending it now is the first delivery, not a second.
      return {
        row,
        transport: transport.name,
        outcome: 'reconciled_missing',
        settlement: {
          ...base,
          status: row.attempts >= this.policy.current.maxAttempts ? 'failed' : 'queued',
          dueAt: this.clock.now(),
          platformMessageId: null,
          error: 'interrupted',
        },
      };
    }
    return {
      row,
      transport: transport.name,
      outcome: 'outcome_unknown',
      settlement: { ...base, status: 'failed', platformMessageId: null, error: 'outcome_unknown' },
    };
  }

  private async sendAll(rows: OutboxRow[]): Promise<Array<SentMessage | TransportError>> {
    const results = new Array<SentMessage | TransportError>(rows.length);
    const groups = new Map<Transport, number[]>();
    rows.forEach((row, i) => {
      const t = this.transports.for(row);
      groups.set(t, [...(groups.get(t) ?? []), i]);
    });
    await Promise.all(
      [...groups].map(async ([transport, idx]) => {
        if (transport.sendMany) {
          try {
            const out = await transport.sendMany(idx.map((i) => outboundOf(rows[i])));
            idx.forEach((i, k) => (results[i] = out[k]));
          } catch (err) {
            for (const i of idx) results[i] = asTransportError(err);
          }
          return;
        }
        let next = 0;
        await Promise.all(
          Array.from({ length: Math.min(SEND_CONCURRENCY, idx.length) }, async () => {
            for (let k = next++; k < idx.length; k = next++) {
              const i = idx[k];
              try {
                results[i] = await transport.send(outboundOf(rows[i]));
              } catch (err) {
                results[i] = asTransportError(err);
              }
            }
          }),
        );
      }),
    );
    return results;
  }

  private outcomeOf(row: OutboxRow, result: SentMessage | TransportError, now: Date): Outcome {
    const transport = this.transports.for(row).name;
    const base = { id: row.id, attempt: row.attempts };
    if (!(result instanceof TransportError)) {
      return {
        row,
        transport,
        outcome: 'sent',
        settlement: {
          ...base,
          status: 'sent',
          platformMessageId: result.platformMessageId,
          dueAt: null,
          error: null,
        },
      };
    }
    const error = result.kind === 'rate_limited' ? 'rate_limited' : result.code;
    if (result.kind === 'permanent' || row.attempts >= this.policy.current.maxAttempts) {
      return {
        row,
        transport,
        outcome: 'failed',
        settlement: { ...base, status: 'failed', platformMessageId: null, dueAt: null, error },
      };
    }
    const dueAt = nextAttemptAt(
      now.getTime(),
      row.attempts,
      this.backoff,
      this.random,
      result.resetAt,
    );
    return {
      row,
      transport,
      outcome: 'retry',
      settlement: { ...base, status: 'queued', platformMessageId: null, dueAt, error },
    };
  }

  private async settle(outcomes: Outcome[], startedAt: Date, finishedAt: Date): Promise<void> {
    if (outcomes.length === 0) return;
    await this.audited.run(SYSTEM_ACTOR, async (ctx) => {
      const settled = await this.outbox.settle(
        ctx.tx,
        outcomes.map((o) => o.settlement),
        ctx.now,
      );
      const done = outcomes.filter((o) => settled.has(o.row.id));
      if (done.length < outcomes.length) {
        this.logger.warn(`${outcomes.length - done.length} outbox rows moved on before settling`);
      }
      await this.outbox.insertAttempts(
        ctx.tx,
        done.map((o) => attemptRow(o, startedAt, finishedAt)),
      );
      const final = (o: Outcome) => o.settlement.status !== 'queued';
      await this.replies.markDispatched(
        ctx.tx,
        done
          .filter((o) => o.row.replyId && final(o))
          .map((o) => ({
            id: o.row.replyId!,
            status: o.settlement.status === 'sent' ? 'sent' : 'failed',
            platformMessageId: o.settlement.platformMessageId,
          })),
        ctx.now,
      );
      await this.posts.markDispatched(
        ctx.tx,
        done
          .filter((o) => o.row.scheduledPostId && final(o))
          .map((o) => ({
            id: o.row.scheduledPostId!,
            status: o.settlement.status === 'sent' ? 'published' : 'failed',
            platformMessageId: o.settlement.platformMessageId,
          })),
        ctx.now,
      );
      const records: AuditRecord[] = done.map((o) => archiveRecord(o, startedAt));
      // A published post's template use is recorded here; a reply's with its conversation.
      const posts = done.filter((o) => o.row.scheduledPostId && o.settlement.status === 'sent');
      if (posts.length > 0) {
        records.push(
          ...(await this.templateUse.recordUse(ctx, [
            ...new Set(posts.map((o) => o.row.templateVersionId)),
          ])),
        );
      }
      return { result: undefined, records };
    });
  }
}

function attemptRow(o: Outcome, startedAt: Date, finishedAt: Date): AttemptRow {
  return {
    outboxId: o.row.id,
    attempt: o.row.attempts,
    transport: o.transport,
    startedAt: o.row.sendingSince ?? startedAt,
    finishedAt,
    outcome: o.outcome,
    errorCode: o.settlement.error,
    platformMessageId: o.settlement.platformMessageId,
    nextAttemptAt: o.settlement.status === 'queued' ? o.settlement.dueAt : null,
  };
}

function claimRecord(row: OutboxRow, purpose: 'send' | 'reconcile'): AuditRecord {
  return {
    stream: 'replies',
    kind: 'outbox.claimed',
    refs: {
      ...(row.replyId ? { reply: row.replyId } : {}),
      ...(row.scheduledPostId ? { scheduledPost: row.scheduledPostId } : {}),
      ...(row.conversationId ? { conversation: row.conversationId } : {}),
      outbox: row.id,
    },
    clear: {
      purpose,
      status: row.status,
      attempt: row.attempts,
      sendingSince: row.sendingSince?.toISOString() ?? null,
      handle: row.handleId,
    },
  };
}

const KIND: Record<AttemptOutcome, string> = {
  sent: 'sent',
  retry: 'send_retry_scheduled',
  failed: 'send_failed',
  reconciled_sent: 'send_reconciled',
  reconciled_missing: 'send_requeued',
  outcome_unknown: 'send_outcome_unknown',
};

function archiveRecord(o: Outcome, startedAt: Date): AuditRecord {
  const isPost = o.row.scheduledPostId !== null;
  const kind = isPost && o.outcome === 'sent' ? 'published' : KIND[o.outcome];
  return {
    stream: 'replies',
    kind: `${isPost ? 'scheduled_post' : 'reply'}.${kind}`,
    refs: {
      ...(o.row.replyId ? { reply: o.row.replyId } : {}),
      ...(o.row.scheduledPostId ? { scheduledPost: o.row.scheduledPostId } : {}),
      ...(o.row.conversationId ? { conversation: o.row.conversationId } : {}),
      outbox: o.row.id,
      templateVersion: o.row.templateVersionId,
    },
    clear: {
      attempt: o.row.attempts,
      transport: o.transport,
      platform: o.row.platform,
      handle: o.row.handleId,
      outcome: o.outcome,
      status: o.settlement.status,
      startedAt: (o.row.sendingSince ?? startedAt).toISOString(),
      platformMessageId: o.settlement.platformMessageId,
      errorCode: o.settlement.error,
      nextAttemptAt:
        o.settlement.status === 'queued' && o.settlement.dueAt
          ? o.settlement.dueAt.toISOString()
          : null,
    },
  };
}

function asTransportError(err: unknown): TransportError {
  return err instanceof TransportError ? err : TransportError.retryable('internal');
}

function codeOf(err: unknown): string {
  return err instanceof TransportError ? `${err.kind}:${err.code}` : 'internal';
}
