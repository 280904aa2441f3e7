import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Transaction } from '../../platform/database/data-source';
import { nextSignoffRoleIn } from './signoff-queue.sql';

const NEXT_ROLE_IN = nextSignoffRoleIn({
  alias: 'p',
  signoffTable: 'scheduled_post_signoff',
  foreignKey: 'scheduled_post_id',
});

export type ScheduledPostStatus =
  | 'pending_signoff'
  | 'scheduled'
  | 'held'
  | 'queued'
  | 'published'
  | 'failed'
  | 'cancelled'
  | 'rejected';

export interface ScheduledPostRow {
  id: string;
  handleId: string;
  platform: string;
  accountId: string;
  templateId: string;
  templateVersionId: string;
  /** The template's purpose; null on posts scheduled before it was recorded. */
  purpose: string | null;
  variables: Record<string, unknown>;
  text: string;
  policyVersion: string;
  publishAt: Date;
  status: ScheduledPostStatus;
  /** Roles that sign before it may be published, in policy order. */
  requiredSignoffs: string[];
  authorId: string;
  platformMessageId: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

interface Raw {
  id: string;
  handle_id: string;
  platform: string;
  account_id: string;
  template_id: string;
  template_version_id: string;
  purpose: string | null;
  variables: Record<string, unknown>;
  text: string;
  policy_version: string;
  publish_at: Date;
  status: ScheduledPostStatus;
  required_signoffs: string[];
  author_id: string;
  platform_message_id: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

const toRow = (r: Raw): ScheduledPostRow => ({
  id: r.id,
  handleId: r.handle_id,
  platform: r.platform,
  accountId: r.account_id,
  templateId: r.template_id,
  templateVersionId: r.template_version_id,
  purpose: r.purpose,
  variables: r.variables,
  text: r.text,
  policyVersion: r.policy_version,
  publishAt: r.publish_at,
  status: r.status,
  requiredSignoffs: r.required_signoffs,
  authorId: r.author_id,
  platformMessageId: r.platform_message_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

export interface PostSignoffRow {
  id: string;
  scheduledPostId: string;
  role: string;
  signerId: string;
  decision: 'approve' | 'reject';
  reason: string | null;
  decidedAt: Date;
}

interface RawSignoff {
  id: string;
  scheduled_post_id: string;
  role: string;
  signer_id: string;
  decision: 'approve' | 'reject';
  reason: string | null;
  decided_at: Date;
}

const toSignoff = (r: RawSignoff): PostSignoffRow => ({
  id: r.id,
  scheduledPostId: r.scheduled_post_id,
  role: r.role,
  signerId: r.signer_id,
  decision: r.decision,
  reason: r.reason,
  decidedAt: r.decided_at,
});

export type NewScheduledPost = Omit<
  ScheduledPostRow,
  'platformMessageId' | 'updatedAt' | 'version'
>;

@Injectable()
export class ScheduledPostsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(tx: Transaction, p: NewScheduledPost): Promise<void> {
    await tx.query(
      `INSERT INTO scheduled_post (id, handle_id, platform, account_id, template_id,
         template_version_id, variables, text, policy_version, publish_at, status, author_id,
         created_at, updated_at, purpose, required_signoffs)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$13,$14,$15)`,
      [
        p.id,
        p.handleId,
        p.platform,
        p.accountId,
        p.templateId,
        p.templateVersionId,
        JSON.stringify(p.variables),
        p.text,
        p.policyVersion,
        p.publishAt,
        p.status,
        p.authorId,
        p.createdAt,
        p.purpose,
        p.requiredSignoffs,
      ],
    );
  }

  async byId(
    id: string,
    tx?: Transaction,
    forUpdate = false,
  ): Promise<ScheduledPostRow | undefined> {
    const rows = await (tx ?? this.dataSource.manager).query<Raw[]>(
      `SELECT * FROM scheduled_post WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ? toRow(rows[0]) : undefined;
  }

  async setStatus(
    tx: Transaction,
    id: string,
    status: ScheduledPostStatus,
    now: Date,
  ): Promise<number> {
    const [rows] = await tx.query<[{ version: number }[], number]>(
      `UPDATE scheduled_post SET status = $2, updated_at = $3, version = version + 1
       WHERE id = $1 RETURNING version`,
      [id, status, now],
    );
    return rows[0].version;
  }

  /** Marks held the posts whose outbox rows crisis mode just held. */
  async markHeld(tx: Transaction, ids: string[], now: Date): Promise<void> {
    if (ids.length === 0) return;
    await tx.query(
      `UPDATE scheduled_post SET status = 'held', updated_at = $2, version = version + 1
       WHERE id = ANY($1::uuid[])`,
      [ids, now],
    );
  }

  async markDispatched(
    tx: Transaction,
    items: Array<{ id: string; status: 'published' | 'failed'; platformMessageId: string | null }>,
    now: Date,
  ): Promise<void> {
    if (items.length === 0) return;
    await tx.query(
      `UPDATE scheduled_post p SET status = v.status, platform_message_id = v.pmid,
         updated_at = $4, version = p.version + 1
       FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, status, pmid)
       WHERE p.id = v.id`,
      [
        items.map((i) => i.id),
        items.map((i) => i.status),
        items.map((i) => i.platformMessageId),
        now,
      ],
    );
  }

  async insertSignoff(tx: Transaction, s: PostSignoffRow): Promise<boolean> {
    const rows = await tx.query<{ id: string }[]>(
      `INSERT INTO scheduled_post_signoff
         (id, scheduled_post_id, role, signer_id, decision, reason, decided_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7)
       ON CONFLICT (scheduled_post_id, signer_id) DO NOTHING
       RETURNING id`,
      [s.id, s.scheduledPostId, s.role, s.signerId, s.decision, s.reason, s.decidedAt],
    );
    return rows.length === 1;
  }

  /** The sign-offs of some posts, each post's in decision order. */
  async signoffsOf(ids: string[], tx?: Transaction): Promise<PostSignoffRow[]> {
    if (ids.length === 0) return [];
    const rows = await (tx ?? this.dataSource.manager).query<RawSignoff[]>(
      `SELECT * FROM scheduled_post_signoff WHERE scheduled_post_id = ANY($1::uuid[])
        ORDER BY decided_at, id`,
      [ids],
    );
    return rows.map(toSignoff);
  }

  /**
   * Posts waiting for sign-off by one of `roles` (the next role still missing
   * is among them), soonest publication first, after the cursor position.
   */
  async pendingFor(
    roles: string[],
    after: { at: string; id: string } | undefined,
    limit: number,
  ): Promise<ScheduledPostRow[]> {
    const rows = await this.dataSource.query<Raw[]>(
      `SELECT p.* FROM scheduled_post p
        WHERE p.status = 'pending_signoff'
          AND ${NEXT_ROLE_IN}
          ${after ? `AND (p.publish_at, p.id) > ($3::timestamptz, $4::uuid)` : ''}
        ORDER BY p.publish_at, p.id
        LIMIT $2`,
      after ? [roles, limit, after.at, after.id] : [roles, limit],
    );
    return rows.map(toRow);
  }

  async page(
    status: ScheduledPostStatus | undefined,
    after: { publishAt: string; id: string } | undefined,
    limit: number,
  ): Promise<ScheduledPostRow[]> {
    const params: unknown[] = [limit];
    const where: string[] = [];
    if (status) {
      params.push(status);
      where.push(`status = $${params.length}`);
    }
    if (after) {
      params.push(after.publishAt, after.id);
      where.push(
        `(publish_at, id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`,
      );
    }
    const rows = await this.dataSource.query<Raw[]>(
      `SELECT * FROM scheduled_post ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY publish_at, id LIMIT $1`,
      params,
    );
    return rows.map(toRow);
  }
}
