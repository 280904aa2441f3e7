import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { claimBatch } from '../../platform/database/claim-batch';
import type { Transaction } from '../../platform/database/data-source';
import type { OutboundKind, TransportPlatform } from './transports/transport';

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'held' | 'cancelled';
export type AttemptOutcome =
  'sent' | 'retry' | 'failed' | 'reconciled_sent' | 'reconciled_missing' | 'outcome_unknown';

export interface OutboxRow {
  id: string;
  replyId: string | null;
  scheduledPostId: string | null;
  conversationId: string | null;
  handleId: string;
  platform: TransportPlatform;
  kind: OutboundKind;
  accountId: string;
  inReplyTo: string | null;
  recipientId: string | null;
  text: string;
  templateVersionId: string;
  status: OutboxStatus;
  attempts: number;
  dueAt: Date;
  sendingSince: Date | null;
  platformMessageId: string | null;
  lastError: string | null;
}

export type NewOutboxRow = Pick<
  OutboxRow,
  | 'id'
  | 'replyId'
  | 'scheduledPostId'
  | 'conversationId'
  | 'handleId'
  | 'platform'
  | 'kind'
  | 'accountId'
  | 'inReplyTo'
  | 'recipientId'
  | 'text'
  | 'templateVersionId'
  | 'status'
  | 'dueAt'
>;

/** The end of one attempt, written back in one statement per round. */
export interface OutboxSettlement {
  id: string;
  /** The attempt number the claim gave the row; a row moved on since is left alone. */
  attempt: number;
  status: 'sent' | 'queued' | 'failed';
  platformMessageId: string | null;
  dueAt: Date | null;
  error: string | null;
}

export interface AttemptRow {
  outboxId: string;
  attempt: number;
  transport: string;
  startedAt: Date;
  finishedAt: Date;
  outcome: AttemptOutcome;
  errorCode: string | null;
  platformMessageId: string | null;
  nextAttemptAt: Date | null;
}

interface RawOutbox {
  id: string;
  reply_id: string | null;
  scheduled_post_id: string | null;
  conversation_id: string | null;
  handle_id: string;
  platform: TransportPlatform;
  kind: OutboundKind;
  account_id: string;
  in_reply_to: string | null;
  recipient_id: string | null;
  text: string;
  template_version_id: string;
  status: OutboxStatus;
  attempts: number;
  due_at: Date;
  sending_since: Date | null;
  platform_message_id: string | null;
  last_error: string | null;
}

function toRow(r: RawOutbox): OutboxRow {
  return {
    id: r.id,
    replyId: r.reply_id,
    scheduledPostId: r.scheduled_post_id,
    conversationId: r.conversation_id,
    handleId: r.handle_id,
    platform: r.platform,
    kind: r.kind,
    accountId: r.account_id,
    inReplyTo: r.in_reply_to,
    recipientId: r.recipient_id,
    text: r.text,
    templateVersionId: r.template_version_id,
    status: r.status,
    attempts: r.attempts,
    dueAt: r.due_at,
    sendingSince: r.sending_since,
    platformMessageId: r.platform_message_id,
    lastError: r.last_error,
  };
}

/**
 * The outbox: one row per message to send (a reply or a scheduled post),
 * written in the same transaction as the approval that queues it, and the
 * record of every attempt.
 */
@Injectable()
export class OutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(tx: Transaction, row: NewOutboxRow, now: Date): Promise<void> {
    await tx.query(
      `INSERT INTO outbox (id, reply_id, scheduled_post_id, conversation_id, handle_id, platform,
         kind, account_id, in_reply_to, recipient_id, text, template_version_id, status, due_at,
         created_at, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$15)`,
      [
        row.id,
        row.replyId,
        row.scheduledPostId,
        row.conversationId,
        row.handleId,
        row.platform,
        row.kind,
        row.accountId,
        row.inReplyTo,
        row.recipientId,
        row.text,
        row.templateVersionId,
        row.status,
        row.dueAt,
        now,
      ],
    );
  }

  /**
   * Claims due rows (FOR UPDATE SKIP LOCKED, so replicas never share one) and
   * marks them `sending` with a new attempt number before any call is made.
   * Scheduled posts are not claimed while crisis mode is on.
   */
  async claimDue(tx: Transaction, now: Date, limit: number): Promise<OutboxRow[]> {
    const claimed = await claimBatch<{ id: string }>(tx, {
      table: 'outbox',
      where: `status = 'queued' AND due_at <= $1
        AND (scheduled_post_id IS NULL
             OR NOT EXISTS (SELECT 1 FROM crisis_mode WHERE ended_at IS NULL))`,
      params: [now],
      orderBy: 'due_at, id',
      limit,
      columns: 'id',
    });
    if (claimed.length === 0) return [];
    const [rows] = await tx.query<[RawOutbox[], number]>(
      `UPDATE outbox SET status = 'sending', attempts = attempts + 1, sending_since = $2,
         updated_at = $2
       WHERE id = ANY($1::uuid[])
       RETURNING *`,
      [claimed.map((c) => c.id), now],
    );
    return rows.map(toRow);
  }

  /**
   * Claims rows left `sending` since before `staleBefore` (a replica died
   * mid-call) for reconciliation, renewing their lease so that no other
   * replica reconciles them at the same time.
   */
  async claimStale(
    tx: Transaction,
    staleBefore: Date,
    now: Date,
    limit: number,
  ): Promise<OutboxRow[]> {
    const claimed = await claimBatch<{ id: string }>(tx, {
      table: 'outbox',
      where: `status = 'sending' AND sending_since < $1`,
      params: [staleBefore],
      orderBy: 'sending_since, id',
      limit,
      columns: 'id',
    });
    if (claimed.length === 0) return [];
    const [rows] = await tx.query<[RawOutbox[], number]>(
      `UPDATE outbox SET sending_since = $2, updated_at = $2 WHERE id = ANY($1::uuid[]) RETURNING *`,
      [claimed.map((c) => c.id), now],
    );
    return rows.map(toRow);
  }

  /** Writes the outcome of claimed rows; returns the ids actually settled. */
  async settle(tx: Transaction, items: OutboxSettlement[], now: Date): Promise<Set<string>> {
    if (items.length === 0) return new Set();
    const [rows] = await tx.query<[{ id: string }[], number]>(
      `UPDATE outbox o SET
         status = v.status,
         platform_message_id = COALESCE(v.pmid, o.platform_message_id),
         due_at = COALESCE(v.due_at, o.due_at),
         last_error = v.error,
         sending_since = NULL,
         updated_at = $7
       FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::timestamptz[], $6::text[])
         AS v(id, attempt, status, pmid, due_at, error)
       WHERE o.id = v.id AND o.status = 'sending' AND o.attempts = v.attempt
       RETURNING o.id`,
      [
        items.map((i) => i.id),
        items.map((i) => i.attempt),
        items.map((i) => i.status),
        items.map((i) => i.platformMessageId),
        items.map((i) => i.dueAt),
        items.map((i) => i.error),
        now,
      ],
    );
    return new Set(rows.map((r) => r.id));
  }

  async insertAttempts(tx: Transaction, attempts: AttemptRow[]): Promise<void> {
    if (attempts.length === 0) return;
    await tx.query(
      `INSERT INTO outbox_attempt (outbox_id, attempt, transport, started_at, finished_at, outcome,
         error_code, platform_message_id, next_attempt_at)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::timestamptz[],
         $5::timestamptz[], $6::text[], $7::text[], $8::text[], $9::timestamptz[])`,
      [
        attempts.map((a) => a.outboxId),
        attempts.map((a) => a.attempt),
        attempts.map((a) => a.transport),
        attempts.map((a) => a.startedAt),
        attempts.map((a) => a.finishedAt),
        attempts.map((a) => a.outcome),
        attempts.map((a) => a.errorCode),
        attempts.map((a) => a.platformMessageId),
        attempts.map((a) => a.nextAttemptAt),
      ],
    );
  }

  async attemptsOf(outboxId: string, tx?: Transaction): Promise<AttemptRow[]> {
    const rows = await (tx ?? this.dataSource.manager).query<
      {
        outbox_id: string;
        attempt: number;
        transport: string;
        started_at: Date;
        finished_at: Date;
        outcome: AttemptOutcome;
        error_code: string | null;
        platform_message_id: string | null;
        next_attempt_at: Date | null;
      }[]
    >(`SELECT * FROM outbox_attempt WHERE outbox_id = $1 ORDER BY id`, [outboxId]);
    return rows.map((r) => ({
      outboxId: r.outbox_id,
      attempt: r.attempt,
      transport: r.transport,
      startedAt: r.started_at,
      finishedAt: r.finished_at,
      outcome: r.outcome,
      errorCode: r.error_code,
      platformMessageId: r.platform_message_id,
      nextAttemptAt: r.next_attempt_at,
    }));
  }

  async byReply(replyId: string, tx?: Transaction): Promise<OutboxRow | undefined> {
    const rows = await (tx ?? this.dataSource.manager).query<RawOutbox[]>(
      `SELECT * FROM outbox WHERE reply_id = $1`,
      [replyId],
    );
    return rows[0] ? toRow(rows[0]) : undefined;
  }

  async byScheduledPost(
    postId: string,
    tx?: Transaction,
    forUpdate = false,
  ): Promise<OutboxRow | undefined> {
    const rows = await (tx ?? this.dataSource.manager).query<RawOutbox[]>(
      `SELECT * FROM outbox WHERE scheduled_post_id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      [postId],
    );
    return rows[0] ? toRow(rows[0]) : undefined;
  }

  /** Holds every queued scheduled post (crisis mode); returns the scheduled post ids held. */
  async holdScheduledPosts(tx: Transaction, now: Date): Promise<string[]> {
    const [rows] = await tx.query<[{ scheduled_post_id: string }[], number]>(
      `UPDATE outbox SET status = 'held', updated_at = $1
       WHERE status = 'queued' AND scheduled_post_id IS NOT NULL
       RETURNING scheduled_post_id`,
      [now],
    );
    return rows.map((r) => r.scheduled_post_id);
  }

  /** Moves a held scheduled post's row back to the queue, or cancels it. */
  async setScheduledPostRow(
    tx: Transaction,
    postId: string,
    status: 'queued' | 'cancelled',
    dueAt: Date | null,
    now: Date,
  ): Promise<void> {
    await tx.query(
      `UPDATE outbox SET status = $2, due_at = COALESCE($3, due_at), updated_at = $4
       WHERE scheduled_post_id = $1 AND status IN ('held', 'queued')`,
      [postId, status, dueAt, now],
    );
  }
}
