import type { Schemas } from '../../api/client';

/** What the dashboard draws, taken from GET /v1/kpis as it is: the console computes no figure. */

export type Kpis = Schemas['KpiResponseDto'];
export type Figures = Schemas['KpiFiguresDto'];
export type Percentiles = Schemas['PercentilesDto'];
export type Granularity = Kpis['granularity'];

export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const PRIORITY_LABEL: Record<Priority, string> = {
  urgent: 'Urgent',
  high: 'High',
  normal: 'Normal',
  low: 'Low',
};

export const ROLE_LABEL: Record<string, string> = {
  legal: 'Legal',
  compliance_officer: 'Compliance officer',
};

export const OUTCOME_LABEL: Record<string, string> = {
  resolved: 'Resolved',
  unreachable: 'Unreachable',
  declined: 'Declined',
  escalated: 'Escalated',
  open: 'Open',
};

export const METHOD_LABEL: Record<string, string> = {
  dm: 'Direct message',
  phone_callback: 'Phone callback',
  secure_message: 'Secure message',
  branch: 'Branch',
};

export const label = (map: Record<string, string>, key: string): string =>
  map[key] ?? key.replace(/_/g, ' ');

/** A channel's SLA targets in minutes per priority (channels.yaml, through GET /v1/policies/current). */
export interface ChannelSla {
  id: string;
  name: string;
  firstResponseMinutes: Partial<Record<Priority, number>>;
  resolutionMinutes: Partial<Record<Priority, number>>;
  businessHoursOnly: boolean;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function minutes(x: unknown): Partial<Record<Priority, number>> {
  const out: Partial<Record<Priority, number>> = {};
  if (!isRecord(x)) return out;
  for (const p of PRIORITIES) if (typeof x[p] === 'number') out[p] = x[p];
  return out;
}

/** The channels and their SLA targets from the policy in force (content of channels.yaml). */
export function channelsOf(policyContent: Record<string, unknown> | undefined): ChannelSla[] {
  const file = policyContent?.['channels.yaml'];
  if (!isRecord(file) || !Array.isArray(file.channels)) return [];
  return file.channels.filter(isRecord).map((c) => {
    const sla = isRecord(c.sla) ? c.sla : {};
    return {
      id: String(c.id),
      name: typeof c.name === 'string' ? c.name : String(c.id),
      firstResponseMinutes: minutes(sla.firstResponseMinutes),
      resolutionMinutes: minutes(sla.resolutionMinutes),
      businessHoursOnly: sla.businessHoursOnly === true,
    };
  });
}

/** Each handle's team (channels.yaml `handles[].team`), for the team filter. */
export function teamsOf(policyContent: Record<string, unknown> | undefined): Map<string, string> {
  const file = policyContent?.['channels.yaml'];
  const teams = new Map<string, string>();
  if (!isRecord(file) || !Array.isArray(file.handles)) return teams;
  for (const h of file.handles.filter(isRecord)) {
    if (typeof h.id === 'string' && typeof h.team === 'string') teams.set(h.id, h.team);
  }
  return teams;
}

export interface TargetLine {
  minutes: number;
  label: string;
}

/**
 * The SLA target lines for a chart: one per distinct target among the channels shown
 * (the selected channel, or every channel with conversations in the range).
 */
export function targetLines(
  channels: ChannelSla[],
  shown: string[],
  clock: 'firstResponseMinutes' | 'resolutionMinutes',
  priority: Priority,
): TargetLine[] {
  const byTarget = new Map<number, string[]>();
  for (const c of channels) {
    if (!shown.includes(c.id)) continue;
    const m = c[clock][priority];
    if (m === undefined) continue;
    byTarget.set(m, [...(byTarget.get(m) ?? []), c.name]);
  }
  return [...byTarget.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([m, names]) => ({
      minutes: m,
      label: `${PRIORITY_LABEL[priority]} target ${formatMinutes(m)} (${names.join(', ')})`,
    }));
}

/** "45 min", "4 h", "1 d 2 h". */
export function formatMinutes(m: number): string {
  if (m < 60) return `${round1(m)} min`;
  if (m < 1440) {
    const h = Math.floor(m / 60);
    const rest = Math.round(m - h * 60);
    return rest ? `${h} h ${rest} min` : `${h} h`;
  }
  const d = Math.floor(m / 1440);
  const h = Math.round((m - d * 1440) / 60);
  return h ? `${d} d ${h} h` : `${d} d`;
}

/** "12 s" under a minute, else as formatMinutes. */
export function formatSeconds(s: number | null | undefined): string {
  if (s === null || s === undefined) return '—';
  return s < 60 ? `${Math.round(s)} s` : formatMinutes(s / 60);
}

export function formatShare(x: number | null | undefined): string {
  return x === null || x === undefined ? '—' : `${round1(x * 100)}%`;
}

export function formatScore(x: number | null | undefined): string {
  return x === null || x === undefined ? '—' : x.toFixed(2).replace(/\.?0+$/, '');
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const toMinutes = (s: number | null) => (s === null ? null : round1(s / 60));
const toPercent = (x: number | null) => (x === null ? null : round1(x * 100));

/** The label of a bucket, in the response's zone. */
export function bucketLabel(start: string, granularity: Granularity, tz: string): string {
  const at = new Date(start);
  const day = new Intl.DateTimeFormat('en-US', { timeZone: tz, month: 'short', day: 'numeric' });
  if (granularity === 'hour') {
    const hour = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    return `${day.format(at)} ${hour.format(at)}`;
  }
  if (granularity === 'week') return `Week of ${day.format(at)}`;
  return day.format(at);
}

export interface TimeRow {
  bucket: string;
  opened: number;
  count: number;
  p50: number | null;
  p90: number | null;
  p50Seconds: number | null;
  p90Seconds: number | null;
}

/** First-response or resolution percentiles per bucket, in minutes for the chart. */
export function percentileSeries(k: Kpis, clock: 'firstResponse' | 'resolution'): TimeRow[] {
  return k.buckets.map((b) => ({
    bucket: bucketLabel(b.start, k.granularity, k.tz),
    opened: b.conversationsOpened,
    count: b[clock].count,
    p50: toMinutes(b[clock].p50Seconds),
    p90: toMinutes(b[clock].p90Seconds),
    p50Seconds: b[clock].p50Seconds,
    p90Seconds: b[clock].p90Seconds,
  }));
}

export interface CsatRow {
  bucket: string;
  sent: number;
  answered: number;
  averageScore: number | null;
  responseRate: number | null;
  responsePercent: number | null;
}

export function csatSeries(k: Kpis): CsatRow[] {
  return k.buckets.map((b) => ({
    bucket: bucketLabel(b.start, k.granularity, k.tz),
    sent: b.csat.sent,
    answered: b.csat.answered,
    averageScore: b.csat.averageScore,
    responseRate: b.csat.responseRate,
    responsePercent: toPercent(b.csat.responseRate),
  }));
}

export interface ComplianceRow {
  channel: string;
  name: string;
  measured: number;
  withinTarget: number;
  share: number | null;
  byPriority: Partial<Record<Priority, Schemas['SlaComplianceDto']>>;
}

/** SLA compliance of one channel: per priority as the API gives it, and over all priorities. */
export function complianceRow(channel: string, name: string, f: Figures): ComplianceRow {
  let measured = 0;
  let withinTarget = 0;
  const byPriority: ComplianceRow['byPriority'] = {};
  for (const [p, s] of Object.entries(f.slaCompliance)) {
    measured += s.measured;
    withinTarget += s.withinTarget;
    if ((PRIORITIES as readonly string[]).includes(p)) byPriority[p as Priority] = s;
  }
  return {
    channel,
    name,
    measured,
    withinTarget,
    share: measured ? withinTarget / measured : null,
    byPriority,
  };
}

/** Chart rows for SLA compliance: one per channel, a percentage per priority and overall. */
export function complianceChart(rows: ComplianceRow[]): Record<string, string | number | null>[] {
  return rows.map((r) => ({
    channel: r.name,
    all: toPercent(r.share),
    ...Object.fromEntries(
      PRIORITIES.map((p) => [p, toPercent(r.byPriority[p]?.share ?? null)] as const),
    ),
  }));
}

/** Intents by volume, largest first. */
export function intentRows(f: Figures): { intent: string; conversations: number }[] {
  return Object.entries(f.volumesByIntent)
    .map(([intent, conversations]) => ({ intent, conversations }))
    .sort((a, b) => b.conversations - a.conversations || a.intent.localeCompare(b.intent));
}

export interface TurnaroundRow {
  role: string;
  label: string;
  count: number;
  p50: number | null;
  p90: number | null;
  p50Seconds: number | null;
  p90Seconds: number | null;
}

export function turnaroundRows(f: Figures): TurnaroundRow[] {
  return Object.entries(f.signoffTurnaround)
    .map(([role, p]) => ({
      role,
      label: label(ROLE_LABEL, role),
      count: p.count,
      p50: toMinutes(p.p50Seconds),
      p90: toMinutes(p.p90Seconds),
      p50Seconds: p.p50Seconds,
      p90Seconds: p.p90Seconds,
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Offline routes as chart rows: one per method, a count per outcome. */
export function offlineChart(f: Figures): {
  outcomes: string[];
  rows: Record<string, string | number>[];
} {
  const outcomes = [...new Set(f.offlineRoutes.map((r) => r.outcome))].sort();
  const methods = [...new Set(f.offlineRoutes.map((r) => r.method))].sort();
  const rows = methods.map((m) => {
    const row: Record<string, string | number> = { method: label(METHOD_LABEL, m) };
    for (const o of outcomes) {
      row[o] = f.offlineRoutes
        .filter((r) => r.method === m && r.outcome === o)
        .reduce((n, r) => n + r.count, 0);
    }
    return row;
  });
  return { outcomes, rows };
}
