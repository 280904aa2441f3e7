import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { claimBatch } from '../../platform/database/claim-batch';
import type { Transaction } from '../../platform/database/data-source';
import type { OutboundKind } from './transports/transport';
import { nextSignoffRoleIn } from './signoff-queue.sql';

const NEXT_ROLE_IN = nextSignoffRoleIn({
  alias: 'r',
  signoffTable: 'reply_signoff',
  foreignKey: 'reply_id',
});

export type ReplyStatus =
  'pending_signoff' | 'approved' | 'queued' | 'sent' | 'failed' | 'rejected' | 'withdrawn';

export interface ReplyRow {
  id: string;
  conversationId: string;
  handleId: string;
  platform: string;
  channel: string;
  visibility: 'public' | 'private';
  kind: Exclude<OutboundKind, 'post'>;
  accountId: string;
  inReplyTo: string | null;
  recipientId: string | null;
  templateId: string;
  templateVersionId: string;
  purpose: string;
  variables: Record<string, unknown>;
  text: string;
  policyVersion: string;
  ruleIds: string[];
  requiredSignoffs: string[];
  status: ReplyStatus;
  authorId: string;
  platformMessageId: string | null;
  /** When the conversation was due (first response, or resolution once answered) at drafting. */
  dueAt: Date;
  createdAt: Date;
  updatedAt: Date;
  sentAt: Date | null;
  version: number;
}

export interface SignoffRow {
  id: string;
  replyId: string;
  role: string;
  signerId: string;
  decision: 'approve' | 'reject';
  reason: string | null;
  decidedAt: Date;
}

interface RawReply {
  id: string;
  conversation_id: string;
  handle_id: string;
  platform: string;
  channel: string;
  visibility: 'public' | 'private';
  kind: Exclude<OutboundKind, 'post'>;
  account_id: string;
  in_reply_to: string | null;
  recipient_id: string | null;
  template_id: string;
  template_version_id: string;
  purpose: string;
  variables: Record<string, unknown>;
  text: string;
  policy_version: string;
  rule_ids: string[];
  required_signoffs: string[];
  status: ReplyStatus;
  author_id: string;
  platform_message_id: string | null;
  due_at: Date;
  created_at: Date;
  updated_at: Date;
  sent_at: Date | null;
  version: number;
}

const toReply = (r: RawReply): ReplyRow => ({
  id: r.id,
  conversationId: r.conversation_id,
  handleId: r.handle_id,
  platform: r.platform,
  channel: r.channel,
  visibility: r.visibility,
  kind: r.kind,
  accountId: r.account_id,
  inReplyTo: r.in_reply_to,
  recipientId: r.recipient_id,
  templateId: r.template_id,
  templateVersionId: r.template_version_id,
  purpose: r.purpose,
  variables: r.variables,
  text: r.text,
  policyVersion: r.policy_version,
  ruleIds: r.rule_ids,
  requiredSignoffs: r.required_signoffs,
  status: r.status,
  authorId: r.author_id,
  platformMessageId: r.platform_message_id,
  dueAt: r.due_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  sentAt: r.sent_at,
  version: r.version,
});

interface RawSignoff {
  id: string;
  reply_id: string;
  role: string;
  signer_id: string;
  decision: 'approve' | 'reject';
  reason: string | null;
  decided_at: Date;
}

const toSignoff = (r: RawSignoff): SignoffRow => ({
  id: r.id,
  replyId: r.reply_id,
  role: r.role,
  signerId: r.signer_id,
  decision: r.decision,
  reason: r.reason,
  decidedAt: r.decided_at,
});

export type NewReply = Omit<ReplyRow, 'platformMessageId' | 'updatedAt' | 'sentAt' | 'version'>;

/** Drafts and their sign-offs. */
@Injectable()
export class RepliesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(tx: Transaction, r: NewReply): Promise<void> {
    await tx.query(
      `INSERT INTO reply (id, conversation_id, handle_id, platform, channel, visibility, kind,
         account_id, in_reply_to, recipient_id, template_id, template_version_id, purpose,
         variables, text, policy_version, rule_ids, required_signoffs, status, author_id,
         created_at, updated_at, due_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$21,$22)`,
      [
        r.id,
        r.conversationId,
        r.handleId,
        r.platform,
        r.channel,
        r.visibility,
        r.kind,
        r.accountId,
        r.inReplyTo,
        r.recipientId,
        r.templateId,
        r.templateVersionId,
        r.purpose,
        JSON.stringify(r.variables),
        r.text,
        r.policyVersion,
        r.ruleIds,
        r.requiredSignoffs,
        r.status,
        r.authorId,
        r.createdAt,
        r.dueAt,
      ],
    );
  }

  async byId(id: string, tx?: Transaction, forUpdate = false): Promise<ReplyRow | undefined> {
    const rows = await (tx ?? this.dataSource.manager).query<RawReply[]>(
      `SELECT * FROM reply WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ? toReply(rows[0]) : undefined;
  }

  async byIds(ids: string[], tx: Transaction): Promise<ReplyRow[]> {
    const rows = await tx.query<RawReply[]>(`SELECT * FROM reply WHERE id = ANY($1::uuid[])`, [
      ids,
    ]);
    return rows.map(toReply);
  }

  /** Changes the status of a row the caller locked and checked; bumps its version. */
  async setStatus(tx: Transaction, id: string, status: ReplyStatus, now: Date): Promise<number> {
    const [rows] = await tx.query<[{ version: number }[], number]>(
      `UPDATE reply SET status = $2, updated_at = $3, version = version + 1 WHERE id = $1
       RETURNING version`,
      [id, status, now],
    );
    return rows[0].version;
  }

  /** The dispatcher's outcome for many replies at once. */
  async markDispatched(
    tx: Transaction,
    items: Array<{ id: string; status: 'sent' | 'failed'; platformMessageId: string | null }>,
    now: Date,
  ): Promise<void> {
    if (items.length === 0) return;
    await tx.query(
      `UPDATE reply r SET status = v.status, platform_message_id = v.pmid,
         sent_at = CASE WHEN v.status = 'sent' THEN $4::timestamptz ELSE NULL END,
         updated_at = $4, version = r.version + 1
       FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, status, pmid)
       WHERE r.id = v.id AND r.status = 'queued'`,
      [
        items.map((i) => i.id),
        items.map((i) => i.status),
        items.map((i) => i.platformMessageId),
        now,
      ],
    );
  }

  /**
   * Claims sent replies not yet recorded on their conversation (FOR UPDATE
   * SKIP LOCKED: replicas share the work, none records one twice).
   */
  async claimUnrecorded(tx: Transaction, limit: number): Promise<ReplyRow[]> {
    const rows = await claimBatch<RawReply>(tx, {
      table: 'reply',
      where: `status = 'sent' AND conversation_recorded_at IS NULL`,
      orderBy: 'sent_at, id',
      limit,
    });
    return rows.map(toReply);
  }

  async markRecorded(tx: Transaction, ids: string[], now: Date): Promise<void> {
    await tx.query(`UPDATE reply SET conversation_recorded_at = $2 WHERE id = ANY($1::uuid[])`, [
      ids,
      now,
    ]);
  }

  /** A savepoint, so one failing step can be undone without aborting the transaction. */
  async savepoint(tx: Transaction, name: 'record_one'): Promise<void> {
    await tx.query(`SAVEPOINT ${name}`);
  }

  async rollbackTo(tx: Transaction, name: 'record_one'): Promise<void> {
    await tx.query(`ROLLBACK TO SAVEPOINT ${name}`);
  }

  async releaseSavepoint(tx: Transaction, name: 'record_one'): Promise<void> {
    await tx.query(`RELEASE SAVEPOINT ${name}`);
  }

  /** The replies of one conversation, newest first, after a keyset position. */
  async byConversation(
    conversationId: string,
    after: { createdAt: string; id: string } | undefined,
    limit: number,
  ): Promise<ReplyRow[]> {
    const rows = await this.dataSource.query<RawReply[]>(
      `SELECT * FROM reply
        WHERE conversation_id = $1
          ${after ? `AND (created_at, id) < ($3::timestamptz, $4::uuid)` : ''}
        ORDER BY created_at DESC, id DESC
        LIMIT $2`,
      after ? [conversationId, limit, after.createdAt, after.id] : [conversationId, limit],
    );
    return rows.map(toReply);
  }

  /** The sign-offs of several replies, each reply's in decision order. */
  async signoffsOfMany(replyIds: string[]): Promise<SignoffRow[]> {
    if (replyIds.length === 0) return [];
    const rows = await this.dataSource.query<RawSignoff[]>(
      `SELECT * FROM reply_signoff WHERE reply_id = ANY($1::uuid[]) ORDER BY decided_at, id`,
      [replyIds],
    );
    return rows.map(toSignoff);
  }

  async insertSignoff(tx: Transaction, s: SignoffRow): Promise<boolean> {
    const rows = await tx.query<{ id: string }[]>(
      `INSERT INTO reply_signoff (id, reply_id, role, signer_id, decision, reason, decided_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7)
       ON CONFLICT (reply_id, signer_id) DO NOTHING
       RETURNING id`,
      [s.id, s.replyId, s.role, s.signerId, s.decision, s.reason, s.decidedAt],
    );
    return rows.length === 1;
  }

  async signoffsOf(replyId: string, tx?: Transaction): Promise<SignoffRow[]> {
    const rows = await (tx ?? this.dataSource.manager).query<RawSignoff[]>(
      `SELECT * FROM reply_signoff WHERE reply_id = $1 ORDER BY decided_at, id`,
      [replyId],
    );
    return rows.map(toSignoff);
  }

  /**
   * Drafts waiting for sign-off by one of `roles` (the next role still
   * missing is among them), oldest first, after the cursor position.
   */
  async pendingFor(
    roles: string[],
    after: { dueAt: string; id: string } | undefined,
    limit: number,
  ): Promise<ReplyRow[]> {
    const rows = await this.dataSource.query<RawReply[]>(
      `SELECT r.* FROM reply r
        WHERE r.status = 'pending_signoff'
          AND ${NEXT_ROLE_IN}
          ${after ? `AND (r.due_at, r.id) > ($3::timestamptz, $4::uuid)` : ''}
        ORDER BY r.due_at, r.id
        LIMIT $2`,
      after ? [roles, limit, after.dueAt, after.id] : [roles, limit],
    );
    return rows.map(toReply);
  }
}
