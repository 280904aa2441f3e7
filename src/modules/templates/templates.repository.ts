import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Transaction } from '../../platform/database/data-source';
import type { VariableDeclaration } from './core';

export type VersionStatus = 'draft' | 'pending_approval' | 'approved' | 'rejected' | 'retired';
export const VERSION_STATUSES: readonly VersionStatus[] = [
  'draft',
  'pending_approval',
  'approved',
  'rejected',
  'retired',
];

export interface TemplateRow {
  id: string;
  key: string;
  title: string;
  intents: string[];
  locale: string;
  toneNotes: string;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export interface VersionRow {
  id: string;
  templateId: string;
  number: number;
  status: VersionStatus;
  purpose: string;
  visibility: string;
  variables: VariableDeclaration[];
  variants: Record<string, string>;
  channels: string[];
  contentHash: string;
  source: string;
  basedOnId: string | null;
  authoredBy: string;
  contributors: string[];
  policyVersion: string;
  settingsVersion: string;
  createdAt: Date;
  submittedBy: string | null;
  submittedAt: Date | null;
  approvedBy: string | null;
  approvedAt: Date | null;
  reviewDays: number | null;
  reviewDueAt: Date | null;
  rejectedBy: string | null;
  rejectedAt: Date | null;
  rejectReason: string | null;
  retiredBy: string | null;
  retiredAt: Date | null;
  retireReason: string | null;
  firstUsedAt: Date | null;
  lastUsedAt: Date | null;
  version: number;
}

export interface VersionEventRow {
  versionId: string;
  kind: string;
  actorId: string;
  at: Date;
  reason: string | null;
  details: Record<string, unknown>;
}

/** The fields a transition may set. */
export type VersionPatch = Partial<
  Pick<
    VersionRow,
    | 'status'
    | 'variables'
    | 'variants'
    | 'channels'
    | 'purpose'
    | 'visibility'
    | 'contentHash'
    | 'contributors'
    | 'policyVersion'
    | 'settingsVersion'
    | 'submittedBy'
    | 'submittedAt'
    | 'approvedBy'
    | 'approvedAt'
    | 'reviewDays'
    | 'reviewDueAt'
    | 'rejectedBy'
    | 'rejectedAt'
    | 'rejectReason'
    | 'retiredBy'
    | 'retiredAt'
    | 'retireReason'
  >
>;

const COLUMNS: Record<keyof VersionRow, string> = {
  id: 'id',
  templateId: 'template_id',
  number: 'number',
  status: 'status',
  purpose: 'purpose',
  visibility: 'visibility',
  variables: 'variables',
  variants: 'variants',
  channels: 'channels',
  contentHash: 'content_hash',
  source: 'source',
  basedOnId: 'based_on_id',
  authoredBy: 'authored_by',
  contributors: 'contributors',
  policyVersion: 'policy_version',
  settingsVersion: 'settings_version',
  createdAt: 'created_at',
  submittedBy: 'submitted_by',
  submittedAt: 'submitted_at',
  approvedBy: 'approved_by',
  approvedAt: 'approved_at',
  reviewDays: 'review_days',
  reviewDueAt: 'review_due_at',
  rejectedBy: 'rejected_by',
  rejectedAt: 'rejected_at',
  rejectReason: 'reject_reason',
  retiredBy: 'retired_by',
  retiredAt: 'retired_at',
  retireReason: 'retire_reason',
  firstUsedAt: 'first_used_at',
  lastUsedAt: 'last_used_at',
  version: 'version',
};
const JSON_COLUMNS = new Set<keyof VersionRow>(['variables', 'variants']);
const VERSION_SELECT = Object.entries(COLUMNS)
  .map(([prop, col]) => `v.${col} AS "${prop}"`)
  .join(', ');
const TEMPLATE_SELECT = `t.id, t.key, t.title, t.intents, t.locale, t.tone_notes AS "toneNotes",
  t.created_by AS "createdBy", t.created_at AS "createdAt", t.updated_at AS "updatedAt", t.version`;

const TEMPLATE_PREFIXED = `t.id AS "t_id", t.key AS "t_key", t.title AS "t_title",
  t.intents AS "t_intents", t.locale AS "t_locale", t.tone_notes AS "t_toneNotes",
  t.created_by AS "t_createdBy", t.created_at AS "t_createdAt", t.updated_at AS "t_updatedAt",
  t.version AS "t_version"`;

export interface VersionFilter {
  channel?: string;
  purpose?: string;
  statuses?: readonly VersionStatus[];
  /** Approved versions whose review is due at or before this time. */
  overdueAt?: Date;
}

export interface ListFilter extends VersionFilter {
  intent?: string;
  afterKey?: string;
  limit: number;
}

export interface UsableFilter {
  channel: string;
  visibility: 'public' | 'private';
  purposes?: readonly string[];
  at: Date;
}

/** The only file of the module with queries. */
@Injectable()
export class TemplatesRepository {
  constructor(private readonly dataSource: DataSource) {}

  private db(tx?: Transaction): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  async insertTemplate(tx: Transaction, row: TemplateRow): Promise<void> {
    await tx.query(
      `INSERT INTO template (id, key, title, intents, locale, tone_notes, created_by, created_at, updated_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        row.id,
        row.key,
        row.title,
        row.intents,
        row.locale,
        row.toneNotes,
        row.createdBy,
        row.createdAt,
        row.updatedAt,
        row.version,
      ],
    );
  }

  async updateTemplate(
    tx: Transaction,
    id: string,
    patch: Pick<TemplateRow, 'title' | 'intents' | 'locale' | 'toneNotes' | 'updatedAt'>,
  ): Promise<void> {
    await tx.query(
      `UPDATE template SET title = $2, intents = $3, locale = $4, tone_notes = $5, updated_at = $6,
         version = version + 1 WHERE id = $1`,
      [id, patch.title, patch.intents, patch.locale, patch.toneNotes, patch.updatedAt],
    );
  }

  async templateById(
    id: string,
    tx?: Transaction,
    forUpdate = false,
  ): Promise<TemplateRow | undefined> {
    const rows = await this.db(tx).query<TemplateRow[]>(
      `SELECT ${TEMPLATE_SELECT} FROM template t WHERE t.id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0];
  }

  async templateByKey(
    key: string,
    tx?: Transaction,
    forUpdate = false,
  ): Promise<TemplateRow | undefined> {
    const rows = await this.db(tx).query<TemplateRow[]>(
      `SELECT ${TEMPLATE_SELECT} FROM template t WHERE t.key = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      [key],
    );
    return rows[0];
  }

  async templatesByIds(ids: readonly string[]): Promise<TemplateRow[]> {
    if (ids.length === 0) return [];
    return this.db().query<TemplateRow[]>(
      `SELECT ${TEMPLATE_SELECT} FROM template t WHERE t.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async countTemplates(tx?: Transaction): Promise<number> {
    const [row] = await this.db(tx).query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM template`,
    );
    return row?.n ?? 0;
  }

  async nextNumber(tx: Transaction, templateId: string): Promise<number> {
    const [row] = await tx.query<{ n: number }[]>(
      `SELECT coalesce(max(number), 0)::int + 1 AS n FROM template_version WHERE template_id = $1`,
      [templateId],
    );
    return row?.n ?? 1;
  }

  async latestVersion(tx: Transaction, templateId: string): Promise<VersionRow | undefined> {
    const rows = await tx.query<VersionRow[]>(
      `SELECT ${VERSION_SELECT} FROM template_version v WHERE v.template_id = $1
       ORDER BY v.number DESC LIMIT 1`,
      [templateId],
    );
    return rows[0];
  }

  async hasContent(tx: Transaction, templateId: string, contentHash: string): Promise<boolean> {
    const rows = await tx.query<unknown[]>(
      `SELECT 1 FROM template_version WHERE template_id = $1 AND content_hash = $2 LIMIT 1`,
      [templateId, contentHash],
    );
    return rows.length > 0;
  }

  async insertVersion(tx: Transaction, row: VersionRow): Promise<void> {
    const keys = Object.keys(COLUMNS) as (keyof VersionRow)[];
    await tx.query(
      `INSERT INTO template_version (${keys.map((k) => COLUMNS[k]).join(', ')})
       VALUES (${keys.map((_, i) => `$${i + 1}`).join(', ')})`,
      keys.map((k) => (JSON_COLUMNS.has(k) ? JSON.stringify(row[k]) : row[k])),
    );
  }

  async versionById(
    id: string,
    tx?: Transaction,
    forUpdate = false,
  ): Promise<VersionRow | undefined> {
    const rows = await this.db(tx).query<VersionRow[]>(
      `SELECT ${VERSION_SELECT} FROM template_version v WHERE v.id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0];
  }

  async versionsOf(
    templateIds: readonly string[],
    filter: VersionFilter = {},
  ): Promise<VersionRow[]> {
    if (templateIds.length === 0) return [];
    const { sql, params } = versionWhere(filter, 2);
    return this.db().query<VersionRow[]>(
      `SELECT ${VERSION_SELECT} FROM template_version v
       WHERE v.template_id = ANY($1::uuid[])${sql} ORDER BY v.template_id, v.number DESC`,
      [templateIds, ...params],
    );
  }

  /** Applies a patch, bumping `version`; returns the updated row. */
  async updateVersion(tx: Transaction, id: string, patch: VersionPatch): Promise<VersionRow> {
    const keys = Object.keys(patch) as (keyof VersionPatch)[];
    const sets = keys.map((k, i) => `${COLUMNS[k]} = $${i + 2}`);
    const rows = await tx.query<VersionRow[]>(
      `UPDATE template_version v SET ${[...sets, 'version = v.version + 1'].join(', ')}
       WHERE v.id = $1 RETURNING ${VERSION_SELECT}`,
      [id, ...keys.map((k) => (JSON_COLUMNS.has(k) ? JSON.stringify(patch[k]) : patch[k]))],
    );
    // TypeORM returns [rows, count] for UPDATE … RETURNING on postgres
    const out = (Array.isArray(rows[0]) ? rows[0] : rows) as unknown as VersionRow[];
    return out[0];
  }

  async recordUse(tx: Transaction, id: string, at: Date): Promise<boolean> {
    const rows = await tx.query<unknown[]>(
      `UPDATE template_version SET first_used_at = coalesce(first_used_at, $2),
         last_used_at = greatest(coalesce(last_used_at, $2), $2)
       WHERE id = $1 RETURNING id`,
      [id, at],
    );
    const out = (Array.isArray(rows[0]) ? rows[0] : rows) as unknown[];
    return out.length > 0;
  }

  async insertEvent(tx: Transaction, e: VersionEventRow): Promise<void> {
    await tx.query(
      `INSERT INTO template_version_event (version_id, kind, actor_id, at, reason, details)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [e.versionId, e.kind, e.actorId, e.at, e.reason, JSON.stringify(e.details)],
    );
  }

  async eventsOf(versionIds: readonly string[]): Promise<VersionEventRow[]> {
    if (versionIds.length === 0) return [];
    return this.db().query<VersionEventRow[]>(
      `SELECT version_id AS "versionId", kind, actor_id AS "actorId", at, reason, details
       FROM template_version_event WHERE version_id = ANY($1::uuid[]) ORDER BY id`,
      [versionIds],
    );
  }

  /** Templates with at least one version matching the filter, by key. */
  async listTemplates(filter: ListFilter): Promise<TemplateRow[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.intent !== undefined) {
      params.push(filter.intent);
      where.push(`$${params.length} = ANY(t.intents)`);
    }
    if (filter.afterKey !== undefined) {
      params.push(filter.afterKey);
      where.push(`t.key > $${params.length}`);
    }
    const v = versionWhere(filter, params.length + 1);
    params.push(...v.params);
    where.push(`EXISTS (SELECT 1 FROM template_version v WHERE v.template_id = t.id${v.sql})`);
    params.push(filter.limit + 1);
    return this.db().query<TemplateRow[]>(
      `SELECT ${TEMPLATE_SELECT} FROM template t WHERE ${where.join(' AND ')}
       ORDER BY t.key LIMIT $${params.length}`,
      params,
    );
  }

  /** Every version with its template's key, for the examiners' records. */
  async records(
    statuses: readonly VersionStatus[],
  ): Promise<Array<VersionRow & { key: string; title: string }>> {
    return this.db().query(
      `SELECT ${VERSION_SELECT}, t.key, t.title FROM template_version v JOIN template t ON t.id = v.template_id
       WHERE v.status = ANY($1::text[]) ORDER BY t.key, v.number`,
      [statuses],
    );
  }

  /** Pending versions an importer created from library files. */
  async pendingImportedBy(tx: Transaction, importer: string): Promise<VersionRow[]> {
    return tx.query<VersionRow[]>(
      `SELECT ${VERSION_SELECT} FROM template_version v
       WHERE v.status = 'pending_approval' AND v.authored_by = $1 AND v.source LIKE 'file:%'
       ORDER BY v.template_id, v.number FOR UPDATE`,
      [importer],
    );
  }

  /** The newest usable version of each template that fits, with its template. */
  async usable(
    filter: UsableFilter,
  ): Promise<Array<{ template: TemplateRow; version: VersionRow }>> {
    const params: unknown[] = [filter.channel, filter.visibility, filter.at];
    let purposeSql = '';
    if (filter.purposes !== undefined) {
      params.push(filter.purposes);
      purposeSql = ` AND v.purpose = ANY($${params.length}::text[])`;
    }
    const rows = await this.db().query<Array<Record<string, unknown>>>(
      `SELECT DISTINCT ON (v.template_id) ${VERSION_SELECT}, ${TEMPLATE_PREFIXED}
       FROM template_version v JOIN template t ON t.id = v.template_id
       WHERE v.status = 'approved' AND v.review_due_at > $3 AND $1 = ANY(v.channels)
         AND v.visibility IN ($2, 'both')${purposeSql}
       ORDER BY v.template_id, v.number DESC`,
      params,
    );
    return rows.map((r) => {
      const template: Record<string, unknown> = {};
      const version: Record<string, unknown> = {};
      for (const [k, val] of Object.entries(r)) {
        if (k.startsWith('t_')) template[k.slice(2)] = val;
        else version[k] = val;
      }
      return {
        template: template as unknown as TemplateRow,
        version: version as unknown as VersionRow,
      };
    });
  }
}

function versionWhere(filter: VersionFilter, first: number): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  let sql = '';
  const next = () => `$${first + params.length - 1}`;
  if (filter.channel !== undefined) {
    params.push(filter.channel);
    sql += ` AND ${next()} = ANY(v.channels)`;
  }
  if (filter.purpose !== undefined) {
    params.push(filter.purpose);
    sql += ` AND v.purpose = ${next()}`;
  }
  if (filter.statuses !== undefined) {
    params.push(filter.statuses);
    sql += ` AND v.status = ANY(${next()}::text[])`;
  }
  if (filter.overdueAt !== undefined) {
    params.push(filter.overdueAt);
    sql += ` AND v.status = 'approved' AND v.review_due_at <= ${next()}`;
  }
  return { sql, params };
}
