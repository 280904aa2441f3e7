import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Cell } from './report-format';

/** The examiner reports that exist, in the order they are listed. */
export const REPORT_NAMES = [
  'complaint-register',
  'template-records',
  'signoff-log',
  'sla-breaches',
  'supervisory-sampling',
] as const;
export type ReportName = (typeof REPORT_NAMES)[number];

interface ReportSql {
  columns: readonly string[];
  /**
   * Selects the columns in order, then `sort_at` and `sort_id` (the keyset);
   * binds $1 from, $2 to, $3/$4 the last keyset (null for the first page), $5 the page size.
   */
  sql: string;
}

const AFTER = `($3::timestamptz IS NULL OR (sort_at, sort_id) > ($3::timestamptz, $4::text))`;

/**
 * Reporting exception (docs/architecture.md): read-only SQL over the
 * conversations, replies and templates tables, paged by keyset so a report of
 * any length streams in constant memory.
 */
const REPORTS: Record<ReportName, ReportSql> = {
  // FINRA 3110(b)(5): every complaint detected in the period, with its handling.
  'complaint-register': {
    columns: [
      'complaint_id',
      'conversation_id',
      'handle_id',
      'channel',
      'kinds',
      'policy_version',
      'rule_ids',
      'detected_at',
      'acknowledged_at',
      'responded_at',
      'closed_at',
      'conversation_status',
    ],
    sql: `SELECT * FROM (
            SELECT k.id::text AS complaint_id, k.conversation_id::text, k.handle_id, k.channel, k.kinds,
                   k.policy_version, k.rule_ids, k.detected_at, k.acknowledged_at, k.responded_at,
                   k.closed_at, c.status AS conversation_status,
                   k.detected_at AS sort_at, k.id::text AS sort_id
              FROM complaint k JOIN conversation c ON c.id = k.conversation_id
             WHERE k.detected_at >= $1 AND k.detected_at < $2) r
          WHERE ${AFTER} ORDER BY sort_at, sort_id LIMIT $5`,
  },
  // FINRA 2210(b)(4)(A): every version that existed by the end of the period.
  'template-records': {
    columns: [
      'template_version_id',
      'template_key',
      'template_title',
      'version_number',
      'status',
      'purpose',
      'channels',
      'content_hash',
      'authored_by',
      'created_at',
      'submitted_by',
      'submitted_at',
      'approved_by',
      'approved_at',
      'review_due_at',
      'retired_by',
      'retired_at',
      'first_used_at',
      'last_used_at',
      'policy_version',
    ],
    sql: `SELECT * FROM (
            SELECT v.id::text AS template_version_id, t.key AS template_key, t.title AS template_title,
                   v.number AS version_number, v.status, v.purpose, v.channels, v.content_hash,
                   v.authored_by, v.created_at, v.submitted_by, v.submitted_at, v.approved_by,
                   v.approved_at, v.review_due_at, v.retired_by, v.retired_at, v.first_used_at,
                   v.last_used_at, v.policy_version,
                   v.created_at AS sort_at, v.id::text AS sort_id
              FROM template_version v JOIN template t ON t.id = v.template_id
             WHERE v.created_at < $2 AND (v.retired_at IS NULL OR v.retired_at >= $1)
               AND $1::timestamptz IS NOT NULL) r
          WHERE ${AFTER} ORDER BY sort_at, sort_id LIMIT $5`,
  },
  // Who signed what, when, under which rules.
  'signoff-log': {
    columns: [
      'signoff_id',
      'reply_id',
      'conversation_id',
      'handle_id',
      'channel',
      'role',
      'signer_id',
      'decision',
      'reason',
      'decided_at',
      'reply_author_id',
      'reply_created_at',
      'template_version_id',
      'policy_version',
      'rule_ids',
      'required_signoffs',
      'reply_status',
    ],
    sql: `SELECT * FROM (
            SELECT s.id::text AS signoff_id, r.id::text AS reply_id, r.conversation_id::text,
                   r.handle_id, r.channel, s.role, s.signer_id, s.decision, s.reason, s.decided_at,
                   r.author_id AS reply_author_id, r.created_at AS reply_created_at,
                   r.template_version_id, r.policy_version, r.rule_ids, r.required_signoffs,
                   r.status AS reply_status,
                   s.decided_at AS sort_at, s.id::text AS sort_id
              FROM reply_signoff s JOIN reply r ON r.id = s.reply_id
             WHERE s.decided_at >= $1 AND s.decided_at < $2) r
          WHERE ${AFTER} ORDER BY sort_at, sort_id LIMIT $5`,
  },
  // Every SLA clock that breached in the period, with what happened next.
  'sla-breaches': {
    columns: [
      'conversation_id',
      'handle_id',
      'channel',
      'clock',
      'priority',
      'opened_at',
      'due_at',
      'breached_at',
      'first_response_at',
      'resolved_at',
      'routed_offline_at',
      'closed_at',
      'status',
      'assignee_id',
    ],
    sql: `SELECT * FROM (
            SELECT c.id::text AS conversation_id, c.handle_id, c.channel, 'first_response' AS clock,
                   c.priority, c.created_at AS opened_at, c.first_response_due_at AS due_at,
                   c.first_response_breached_at AS breached_at, c.first_response_at, c.resolved_at,
                   c.routed_offline_at, c.closed_at, c.status, c.assignee_id,
                   c.first_response_breached_at AS sort_at, c.id::text || ':f' AS sort_id
              FROM conversation c
             WHERE c.first_response_breached_at >= $1 AND c.first_response_breached_at < $2
            UNION ALL
            SELECT c.id::text, c.handle_id, c.channel, 'resolution', c.priority, c.created_at,
                   c.resolution_due_at, c.resolution_breached_at, c.first_response_at, c.resolved_at,
                   c.routed_offline_at, c.closed_at, c.status, c.assignee_id,
                   c.resolution_breached_at, c.id::text || ':r'
              FROM conversation c
             WHERE c.resolution_breached_at >= $1 AND c.resolution_breached_at < $2) r
          WHERE ${AFTER} ORDER BY sort_at, sort_id LIMIT $5`,
  },
  // FINRA 3110.06: per ISO week (UTC) and agent, the sent replies, those that needed
  // no sign-off (the sampling base), how many were drawn, reviewed and flagged.
  'supervisory-sampling': {
    columns: ['week', 'agent_id', 'sent', 'eligible', 'sampled', 'reviewed', 'flagged', 'coverage'],
    sql: `SELECT * FROM (
            SELECT to_char(date_trunc('week', r.sent_at AT TIME ZONE 'UTC'), 'IYYY-"W"IW') AS week,
                   r.author_id AS agent_id, count(*)::int AS sent,
                   count(*) FILTER (WHERE cardinality(r.required_signoffs) = 0)::int AS eligible,
                   count(v.id)::int AS sampled,
                   count(v.id) FILTER (WHERE v.status = 'reviewed')::int AS reviewed,
                   count(v.id) FILTER (WHERE v.outcome = 'flag')::int AS flagged,
                   round(count(v.id)::numeric
                         / NULLIF(count(*) FILTER (WHERE cardinality(r.required_signoffs) = 0), 0), 4)::float8
                     AS coverage,
                   date_trunc('week', r.sent_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS sort_at,
                   r.author_id AS sort_id
              FROM reply r LEFT JOIN supervisory_review v ON v.reply_id = r.id
             WHERE r.status = 'sent' AND r.sent_at >= $1 AND r.sent_at < $2
             GROUP BY date_trunc('week', r.sent_at AT TIME ZONE 'UTC'), r.author_id) r
          WHERE ${AFTER} ORDER BY sort_at, sort_id LIMIT $5`,
  },
};

export function reportColumns(name: ReportName): readonly string[] {
  return REPORTS[name].columns;
}

const PAGE = 1000;

@Injectable()
export class ReportsRepository {
  constructor(private readonly ds: DataSource) {}

  /** The report's rows in order, a page at a time. */
  async *rows(name: ReportName, from: Date, to: Date): AsyncGenerator<Cell[]> {
    const { columns, sql } = REPORTS[name];
    let after: { at: Date; id: string } | null = null;
    for (;;) {
      const rows: Array<Record<string, unknown>> = await this.ds.query(sql, [
        from,
        to,
        after?.at ?? null,
        after?.id ?? null,
        PAGE,
      ]);
      for (const r of rows) yield columns.map((c) => r[c] as Cell);
      if (rows.length < PAGE) return;
      const last = rows[rows.length - 1];
      after = { at: last.sort_at as Date, id: String(last.sort_id) };
    }
  }
}
