import type { KpiQuery } from './core/kpi-query';
import type { KpiBucketDto, KpiFiguresDto, KpiResponseDto, PercentilesDto } from './dtos/kpi.dtos';
import type { Bucketed, KpiAggregates } from './core/kpi-aggregates';

export type { KpiAggregates } from './core/kpi-aggregates';

const TOTAL = 'total';
const keyOf = (b: Bucketed): string => (b.bucket === null ? TOTAL : b.bucket.toISOString());
const round = (v: number | null): number | null =>
  v === null ? null : Math.round(v * 1000) / 1000;

function empty(): KpiFiguresDto {
  return {
    conversationsOpened: 0,
    firstResponse: { count: 0, p50Seconds: null, p90Seconds: null },
    resolution: { count: 0, p50Seconds: null, p90Seconds: null },
    slaCompliance: {},
    breaches: { firstResponse: 0, resolution: 0 },
    signoffTurnaround: {},
    offlineRoutes: [],
    complaints: { opened: 0, acknowledged: 0, closed: 0 },
    volumesByIntent: {},
    volumesByChannel: {},
    replies: { byTemplateVersion: {}, byAgent: {} },
    csat: { sent: 0, answered: 0, responseRate: null, averageScore: null },
  };
}

/** Where the figures came from: the incrementally maintained rollups, or the source rows. */
export type KpiSource = 'rollup' | 'exact';

/** Bucket and total figures from the aggregates of one KPI request. */
export function toKpiResponse(q: KpiQuery, a: KpiAggregates, source: KpiSource): KpiResponseDto {
  const figures = new Map<string, KpiFiguresDto>();
  for (const b of a.buckets) figures.set(b.toISOString(), empty());
  figures.set(TOTAL, empty());
  // A row for a bucket outside the list cannot happen (same range), but never drop a figure.
  const at = (b: Bucketed): KpiFiguresDto => {
    const k = keyOf(b);
    let f = figures.get(k);
    if (!f) {
      f = empty();
      figures.set(k, f);
    }
    return f;
  };
  const pct = (count: number, p50: number | null, p90: number | null): PercentilesDto => ({
    count,
    p50Seconds: round(p50),
    p90Seconds: round(p90),
  });

  for (const c of a.conversations) {
    const f = at(c);
    f.conversationsOpened = c.opened;
    f.firstResponse = pct(c.answered, c.frP50, c.frP90);
    f.resolution = pct(c.resolved, c.resP50, c.resP90);
    f.breaches = { firstResponse: c.firstResponseBreaches, resolution: c.resolutionBreaches };
  }
  for (const s of a.sla) {
    at(s).slaCompliance[s.priority] = {
      measured: s.measured,
      withinTarget: s.withinTarget,
      share: s.measured === 0 ? null : round(s.withinTarget / s.measured),
    };
  }
  for (const s of a.signoffs) at(s).signoffTurnaround[s.role] = pct(s.count, s.p50, s.p90);
  for (const o of a.offline) {
    at(o).offlineRoutes.push({ method: o.key, outcome: o.key2 ?? 'open', count: o.count });
  }
  for (const c of a.complaints) {
    at(c).complaints = { opened: c.opened, acknowledged: c.acknowledged, closed: c.closed };
  }
  for (const i of a.intents) at(i).volumesByIntent[i.key] = i.count;
  for (const c of a.channels) at(c).volumesByChannel[c.key] = c.count;
  for (const r of a.repliesByVersion) at(r).replies.byTemplateVersion[r.key] = r.count;
  for (const r of a.repliesByAgent) at(r).replies.byAgent[r.key] = r.count;
  for (const c of a.csat) {
    at(c).csat = {
      sent: c.sent,
      answered: c.answered,
      responseRate: c.sent === 0 ? null : round(c.answered / c.sent),
      averageScore: round(c.average),
    };
  }
  for (const f of figures.values()) {
    f.offlineRoutes.sort((x, y) =>
      x.method === y.method ? x.outcome.localeCompare(y.outcome) : x.method.localeCompare(y.method),
    );
  }

  const buckets: KpiBucketDto[] = [...figures.entries()]
    .filter(([k]) => k !== TOTAL)
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([start, f]) => ({ start, ...f }));
  return {
    from: q.from.toISOString(),
    to: q.to.toISOString(),
    tz: q.tz,
    granularity: q.granularity,
    handle: q.handleId ?? null,
    team: q.team ?? null,
    channel: q.channel ?? null,
    source,
    buckets,
    total: figures.get(TOTAL) ?? empty(),
  };
}
