import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Transaction } from '../../platform/database/data-source';

export interface ReviewRow {
  id: string;
  replyId: string;
  conversationId: string;
  agentId: string;
  week: string;
  sampledAt: Date;
  status: 'pending' | 'reviewed';
  outcome: 'ok' | 'flag' | null;
  note: string | null;
  reviewerId: string | null;
  reviewedAt: Date | null;
  version: number;
  /** The reply as sent. */
  text: string;
  templateVersionId: string;
  platformMessageId: string | null;
  sentAt: Date | null;
}

interface Raw {
  id: string;
  reply_id: string;
  conversation_id: string;
  agent_id: string;
  week: string;
  sampled_at: Date;
  status: 'pending' | 'reviewed';
  outcome: 'ok' | 'flag' | null;
  note: string | null;
  reviewer_id: string | null;
  reviewed_at: Date | null;
  version: number;
  text: string;
  template_version_id: string;
  platform_message_id: string | null;
  sent_at: Date | null;
}

const toRow = (r: Raw): ReviewRow => ({
  id: r.id,
  replyId: r.reply_id,
  conversationId: r.conversation_id,
  agentId: r.agent_id,
  week: r.week,
  sampledAt: r.sampled_at,
  status: r.status,
  outcome: r.outcome,
  note: r.note,
  reviewerId: r.reviewer_id,
  reviewedAt: r.reviewed_at,
  version: r.version,
  text: r.text,
  templateVersionId: r.template_version_id,
  platformMessageId: r.platform_message_id,
  sentAt: r.sent_at,
});

const SELECT = `SELECT v.*, r.text, r.template_version_id, r.platform_message_id, r.sent_at
  FROM supervisory_review v JOIN reply r ON r.id = v.reply_id`;

export interface CoverageRow {
  agentId: string;
  week: string;
  /** Sent replies that needed no sign-off. */
  eligible: number;
  sampled: number;
  reviewed: number;
  flagged: number;
}

/** The post-send review sample (FINRA 3110.06). */
@Injectable()
export class ReviewsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertMany(
    tx: Transaction,
    rows: Array<
      Pick<ReviewRow, 'id' | 'replyId' | 'conversationId' | 'agentId' | 'week' | 'sampledAt'>
    >,
  ): Promise<string[]> {
    if (rows.length === 0) return [];
    const inserted = await tx.query<{ id: string }[]>(
      `INSERT INTO supervisory_review (id, reply_id, conversation_id, agent_id, week, sampled_at, status)
       SELECT v.*, 'pending' FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[],
         $6::timestamptz[]) AS v
       ON CONFLICT (reply_id) DO NOTHING
       RETURNING id`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.replyId),
        rows.map((r) => r.conversationId),
        rows.map((r) => r.agentId),
        rows.map((r) => r.week),
        rows.map((r) => r.sampledAt),
      ],
    );
    return inserted.map((r) => r.id);
  }

  async byId(id: string, tx?: Transaction, forUpdate = false): Promise<ReviewRow | undefined> {
    const rows = await (tx ?? this.dataSource.manager).query<Raw[]>(
      `${SELECT} WHERE v.id = $1${forUpdate ? ' FOR UPDATE OF v' : ''}`,
      [id],
    );
    return rows[0] ? toRow(rows[0]) : undefined;
  }

  async record(
    tx: Transaction,
    id: string,
    outcome: 'ok' | 'flag',
    note: string | null,
    reviewerId: string,
    at: Date,
  ): Promise<void> {
    await tx.query(
      `UPDATE supervisory_review SET status = 'reviewed', outcome = $2, note = $3, reviewer_id = $4,
         reviewed_at = $5, version = version + 1
       WHERE id = $1`,
      [id, outcome, note, reviewerId, at],
    );
  }

  /** Oldest first, after the cursor position. */
  async page(
    status: 'pending' | 'reviewed' | undefined,
    after: { sampledAt: string; id: string } | undefined,
    limit: number,
  ): Promise<ReviewRow[]> {
    const params: unknown[] = [limit];
    const where: string[] = [];
    if (status) {
      params.push(status);
      where.push(`v.status = $${params.length}`);
    }
    if (after) {
      params.push(after.sampledAt, after.id);
      where.push(
        `(v.sampled_at, v.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`,
      );
    }
    const rows = await this.dataSource.query<Raw[]>(
      `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY v.sampled_at, v.id LIMIT $1`,
      params,
    );
    return rows.map(toRow);
  }

  /** Per agent and ISO week (UTC) of sending: eligible, sampled, reviewed and flagged replies. */
  async coverage(from: Date, to: Date): Promise<CoverageRow[]> {
    const rows = await this.dataSource.query<
      {
        agent_id: string;
        week: string;
        eligible: string;
        sampled: string;
        reviewed: string;
        flagged: string;
      }[]
    >(
      `WITH sent AS (
         SELECT r.id, r.author_id AS agent_id,
                to_char(r.sent_at AT TIME ZONE 'UTC', 'IYYY-"W"IW') AS week
           FROM reply r
          WHERE r.status = 'sent' AND cardinality(r.required_signoffs) = 0
            AND r.sent_at >= $1 AND r.sent_at < $2)
       SELECT s.agent_id, s.week, count(*) AS eligible,
              count(v.id) AS sampled,
              count(v.id) FILTER (WHERE v.status = 'reviewed') AS reviewed,
              count(v.id) FILTER (WHERE v.outcome = 'flag') AS flagged
         FROM sent s LEFT JOIN supervisory_review v ON v.reply_id = s.id
        GROUP BY s.agent_id, s.week
        ORDER BY s.week, s.agent_id`,
      [from, to],
    );
    return rows.map((r) => ({
      agentId: r.agent_id,
      week: r.week,
      eligible: Number(r.eligible),
      sampled: Number(r.sampled),
      reviewed: Number(r.reviewed),
      flagged: Number(r.flagged),
    }));
  }
}
