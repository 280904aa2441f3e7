import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { claimBatch } from '../../platform/database/claim-batch';
import type { Transaction } from '../../platform/database/data-source';

export type CsatStatus = 'scheduled' | 'queued' | 'skipped' | 'answered' | 'expired' | 'failed';

export interface CsatRow {
  id: string;
  conversationId: string;
  handleId: string;
  channel: string;
  agentId: string | null;
  resolvedAt: Date;
  dueAt: Date;
  status: CsatStatus;
  skipReason: string | null;
  replyId: string | null;
  templateVersionId: string | null;
  sentAt: Date | null;
  checkedAt: Date | null;
  score: number | null;
  answerMessageId: string | null;
  answeredAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

interface Raw {
  id: string;
  conversation_id: string;
  handle_id: string;
  channel: string;
  agent_id: string | null;
  resolved_at: Date;
  due_at: Date;
  status: CsatStatus;
  skip_reason: string | null;
  reply_id: string | null;
  template_version_id: string | null;
  sent_at: Date | null;
  checked_at: Date | null;
  score: number | null;
  answer_message_id: string | null;
  answered_at: Date | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

const toRow = (r: Raw): CsatRow => ({
  id: r.id,
  conversationId: r.conversation_id,
  handleId: r.handle_id,
  channel: r.channel,
  agentId: r.agent_id,
  resolvedAt: r.resolved_at,
  dueAt: r.due_at,
  status: r.status,
  skipReason: r.skip_reason,
  replyId: r.reply_id,
  templateVersionId: r.template_version_id,
  sentAt: r.sent_at,
  checkedAt: r.checked_at,
  score: r.score === null ? null : Number(r.score),
  answerMessageId: r.answer_message_id,
  answeredAt: r.answered_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

export type NewCsat = Pick<
  CsatRow,
  'id' | 'conversationId' | 'handleId' | 'channel' | 'agentId' | 'resolvedAt' | 'dueAt'
>;

/** A survey whose reply went out, with the instant it was sent. */
export interface SentCsat extends CsatRow {
  replySentAt: Date | null;
  replyStatus: string;
}

/** Satisfaction surveys and their scores. */
@Injectable()
export class CsatRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** How far the planner has read the resolved conversations, locked for this transaction. */
  async position(tx: Transaction): Promise<{ at: Date; id: string } | undefined> {
    const [row] = await tx.query<Array<{ resolved_at: Date; conversation_id: string }>>(
      `SELECT resolved_at, conversation_id FROM csat_plan_position WHERE id = 1 FOR UPDATE`,
    );
    return row ? { at: row.resolved_at, id: row.conversation_id } : undefined;
  }

  async setPosition(tx: Transaction, p: { at: Date; id: string }): Promise<void> {
    await tx.query(
      `UPDATE csat_plan_position SET resolved_at = $1, conversation_id = $2 WHERE id = 1`,
      [p.at, p.id],
    );
  }

  /** Plans surveys; returns the ids inserted (one survey per conversation). */
  async insertMany(tx: Transaction, rows: NewCsat[], now: Date): Promise<string[]> {
    if (rows.length === 0) return [];
    const inserted = await tx.query<Array<{ id: string }>>(
      `INSERT INTO csat_survey (id, conversation_id, handle_id, channel, agent_id, resolved_at,
         due_at, status, created_at, updated_at)
       SELECT x.id, x.conversation_id, x.handle_id, x.channel, x.agent_id, x.resolved_at,
              x.due_at, 'scheduled', $2, $2
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, conversation_id uuid, handle_id text,
              channel text, agent_id text, resolved_at timestamptz, due_at timestamptz)
       ON CONFLICT (conversation_id) DO NOTHING
       RETURNING id`,
      [
        JSON.stringify(
          rows.map((r) => ({
            id: r.id,
            conversation_id: r.conversationId,
            handle_id: r.handleId,
            channel: r.channel,
            agent_id: r.agentId,
            resolved_at: r.resolvedAt.toISOString(),
            due_at: r.dueAt.toISOString(),
          })),
        ),
        now,
      ],
    );
    return inserted.map((r) => r.id);
  }

  /** Surveys due to be sent (a look, without a claim). */
  async due(now: Date, limit: number): Promise<CsatRow[]> {
    const rows = await this.dataSource.query<Raw[]>(
      `SELECT * FROM csat_survey WHERE status = 'scheduled' AND due_at <= $1
        ORDER BY due_at, id LIMIT $2`,
      [now, limit],
    );
    return rows.map(toRow);
  }

  /** Surveys due to be sent, claimed with SKIP LOCKED. */
  async claimDue(tx: Transaction, now: Date, limit: number): Promise<CsatRow[]> {
    const rows = await claimBatch<Raw>(tx, {
      table: 'csat_survey',
      where: `status = 'scheduled' AND due_at <= $1`,
      params: [now],
      orderBy: 'due_at, id',
      limit,
    });
    return rows.map(toRow);
  }

  /**
   * Queued surveys whose reply has left the outbox (sent or failed), least
   * recently checked first, claimed with SKIP LOCKED.
   */
  async claimSent(tx: Transaction, limit: number): Promise<SentCsat[]> {
    const rows = await tx.query<Array<Raw & { reply_sent_at: Date | null; reply_status: string }>>(
      `WITH claimed AS (
         SELECT s.id FROM csat_survey s
           JOIN reply r ON r.id = s.reply_id
          WHERE s.status = 'queued' AND r.status IN ('sent', 'failed')
          ORDER BY s.checked_at NULLS FIRST, s.id
          LIMIT $1
          FOR UPDATE OF s SKIP LOCKED
       )
       SELECT s.*, r.sent_at AS reply_sent_at, r.status AS reply_status
         FROM csat_survey s JOIN claimed c ON c.id = s.id JOIN reply r ON r.id = s.reply_id
        ORDER BY s.checked_at NULLS FIRST, s.id`,
      [limit],
    );
    return rows.map((r) => ({
      ...toRow(r),
      replySentAt: r.reply_sent_at,
      replyStatus: r.reply_status,
    }));
  }

  async update(
    tx: Transaction,
    id: string,
    change: Partial<
      Pick<
        CsatRow,
        | 'status'
        | 'skipReason'
        | 'replyId'
        | 'templateVersionId'
        | 'sentAt'
        | 'checkedAt'
        | 'score'
        | 'answerMessageId'
        | 'answeredAt'
      >
    >,
    now: Date,
  ): Promise<void> {
    const columns: Record<string, string> = {
      status: 'status',
      skipReason: 'skip_reason',
      replyId: 'reply_id',
      templateVersionId: 'template_version_id',
      sentAt: 'sent_at',
      checkedAt: 'checked_at',
      score: 'score',
      answerMessageId: 'answer_message_id',
      answeredAt: 'answered_at',
    };
    const sets: string[] = [];
    const params: unknown[] = [id, now];
    for (const [k, v] of Object.entries(change)) {
      if (v === undefined) continue;
      params.push(v);
      sets.push(`${columns[k]} = $${params.length}`);
    }
    await tx.query(
      `UPDATE csat_survey SET ${sets.join(', ')}, updated_at = $2, version = version + 1
        WHERE id = $1`,
      params,
    );
  }

  /** The author of the latest reply sent on the conversation by a person. */
  async lastAgentOf(tx: Transaction, conversationId: string): Promise<string | null> {
    const [row] = await tx.query<Array<{ author_id: string }>>(
      `SELECT author_id FROM reply
        WHERE conversation_id = $1 AND status = 'sent' AND purpose <> 'csat'
        ORDER BY sent_at DESC NULLS LAST, created_at DESC LIMIT 1`,
      [conversationId],
    );
    return row?.author_id ?? null;
  }

  async byId(id: string): Promise<CsatRow | undefined> {
    const [row] = await this.dataSource.query<Raw[]>(`SELECT * FROM csat_survey WHERE id = $1`, [
      id,
    ]);
    return row ? toRow(row) : undefined;
  }

  async byReply(replyId: string): Promise<CsatRow | undefined> {
    const [row] = await this.dataSource.query<Raw[]>(
      `SELECT * FROM csat_survey WHERE reply_id = $1`,
      [replyId],
    );
    return row ? toRow(row) : undefined;
  }

  /** One page, oldest planned first, optionally by status, agent or conversation. */
  async page(
    filter: { status?: CsatStatus; agentId?: string; conversationId?: string },
    after: { createdAt: string; id: string } | undefined,
    limit: number,
  ): Promise<CsatRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, v: unknown) => {
      params.push(v);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.status) add('status = ?', filter.status);
    if (filter.agentId) add('agent_id = ?', filter.agentId);
    if (filter.conversationId) add('conversation_id = ?', filter.conversationId);
    if (after) {
      params.push(after.createdAt, after.id);
      where.push(
        `(created_at, id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`,
      );
    }
    params.push(limit);
    const rows = await this.dataSource.query<Raw[]>(
      `SELECT * FROM csat_survey ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY created_at, id LIMIT $${params.length}`,
      params,
    );
    return rows.map(toRow);
  }
}
