import type { VariableDeclaration } from './core';
import type {
  TemplateResponseDto,
  TemplateVersionResponseDto,
  VariableResponseDto,
  VersionEventResponseDto,
} from './dtos/template.dtos';
import type { TemplateRow, VersionEventRow, VersionRow } from './templates.repository';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function variableToDto(v: VariableDeclaration): VariableResponseDto {
  return {
    name: v.name,
    type: v.type,
    ...(v.maxLength !== undefined ? { maxLength: v.maxLength } : {}),
    ...(v.pattern !== undefined ? { pattern: v.pattern } : {}),
    ...(v.values !== undefined ? { values: [...v.values] } : {}),
    required: v.type === 'agent_name' || v.required !== false,
    ...(v.example !== undefined ? { example: v.example } : {}),
  };
}

export function eventToDto(e: VersionEventRow): VersionEventResponseDto {
  const details = e.details as { from?: string | null; to?: string | null };
  return {
    kind: e.kind,
    actor: e.actorId,
    at: e.at.toISOString(),
    from: details.from ?? null,
    to: details.to ?? null,
    reason: e.reason,
  };
}

export function versionToDto(
  v: VersionRow,
  now: Date,
  history?: VersionEventRow[],
): TemplateVersionResponseDto {
  return {
    id: v.id,
    templateId: v.templateId,
    number: v.number,
    status: v.status,
    purpose: v.purpose as TemplateVersionResponseDto['purpose'],
    visibility: v.visibility as TemplateVersionResponseDto['visibility'],
    channels: [...v.channels],
    variables: v.variables.map(variableToDto),
    variants: { ...v.variants },
    contentHash: v.contentHash,
    source: v.source,
    basedOnId: v.basedOnId,
    authoredBy: v.authoredBy,
    contributors: [...v.contributors],
    policyVersion: v.policyVersion,
    settingsVersion: v.settingsVersion,
    createdAt: v.createdAt.toISOString(),
    submittedBy: v.submittedBy,
    submittedAt: iso(v.submittedAt),
    approvedBy: v.approvedBy,
    approvedAt: iso(v.approvedAt),
    reviewDays: v.reviewDays,
    reviewDueAt: iso(v.reviewDueAt),
    reviewOverdue:
      v.status === 'approved' && v.reviewDueAt !== null && v.reviewDueAt.getTime() <= now.getTime(),
    rejectedBy: v.rejectedBy,
    rejectedAt: iso(v.rejectedAt),
    rejectReason: v.rejectReason,
    retiredBy: v.retiredBy,
    retiredAt: iso(v.retiredAt),
    retireReason: v.retireReason,
    firstUsedAt: iso(v.firstUsedAt),
    lastUsedAt: iso(v.lastUsedAt),
    version: v.version,
    ...(history ? { history: history.filter((e) => e.versionId === v.id).map(eventToDto) } : {}),
  };
}

export function templateToDto(
  t: TemplateRow,
  versions: VersionRow[],
  now: Date,
  history?: VersionEventRow[],
): TemplateResponseDto {
  return {
    id: t.id,
    key: t.key,
    title: t.title,
    intents: [...t.intents],
    locale: t.locale,
    toneNotes: t.toneNotes,
    createdBy: t.createdBy,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
    versions: [...versions]
      .sort((a, b) => b.number - a.number)
      .map((v) => versionToDto(v, now, history)),
  };
}

const CSV_COLUMNS = [
  'template_key',
  'template_title',
  'version_id',
  'version_number',
  'status',
  'purpose',
  'visibility',
  'channels',
  'content_hash',
  'author',
  'contributors',
  'created_at',
  'approver',
  'approved_at',
  'review_due_at',
  'retired_at',
  'first_used_at',
  'last_used_at',
  'policy_version',
  'settings_version',
] as const;

/** RFC 4180 field; a leading =, +, - or @ is quoted with an apostrophe so spreadsheets do not run it. */
function csvField(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function recordsCsv(rows: Array<VersionRow & { key: string; title: string }>): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.key,
        r.title,
        r.id,
        r.number,
        r.status,
        r.purpose,
        r.visibility,
        r.channels.join(' '),
        r.contentHash,
        r.authoredBy,
        r.contributors.join(' '),
        iso(r.createdAt),
        r.approvedBy,
        iso(r.approvedAt),
        iso(r.reviewDueAt),
        iso(r.retiredAt),
        iso(r.firstUsedAt),
        iso(r.lastUsedAt),
        r.policyVersion,
        r.settingsVersion,
      ]
        .map(csvField)
        .join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
