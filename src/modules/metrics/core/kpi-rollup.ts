/**
 * KPI figures from the rollups: which rollup pieces make up each bucket, and
 * how the pieces' counts merge into the aggregates the response is built
 * from. Pure: no Nest, no database.
 *
 * A rollup piece is a grain and a start: `hour` (a UTC hour) or an IANA zone
 * (the local day in that zone starting at `start`). See migration KpiRollups
 * and docs/metrics.md.
 */
import type {
  ComplaintAgg,
  ConversationAgg,
  CsatAgg,
  KeyedCount,
  KpiAggregates,
  SignoffAgg,
  SlaAgg,
} from './kpi-aggregates';
import {
  addTo,
  countOf,
  mergeInto,
  newHistogram,
  percentile,
  type Histogram,
} from './kpi-histogram';

export const HOUR_GRAIN = 'hour';
const HOUR_MS = 3_600_000;

export interface Piece {
  grain: string;
  start: Date;
  /** The bucket (its start) the piece counts in. */
  bucket: Date;
}

/** One bucket clipped to the range, with the whole local days of the zone inside it. */
export interface BucketWindow {
  bucket: Date;
  /** Clipped start and end of the bucket. */
  start: Date;
  end: Date;
  /** Starts of the zone's whole local days inside [start, end), in order (none when the zone has no day rollups). */
  dayStarts: Date[];
  /** End of the last of those days. */
  daysEnd: Date | null;
}

/**
 * The pieces of every bucket: the zone's local days where the zone has day
 * rollups, UTC hours for the rest. Null when a remainder does not start and
 * end on whole UTC hours (a range not on the hour, or a zone whose offset is
 * not whole hours and has no day rollups): the caller then uses the exact query.
 */
export function planPieces(zone: string, windows: readonly BucketWindow[]): Piece[] | null {
  const pieces: Piece[] = [];
  for (const w of windows) {
    for (const d of w.dayStarts) pieces.push({ grain: zone, start: d, bucket: w.bucket });
    const edges: Array<[Date, Date]> =
      w.dayStarts.length === 0 || w.daysEnd === null
        ? [[w.start, w.end]]
        : [
            [w.start, w.dayStarts[0]],
            [w.daysEnd, w.end],
          ];
    for (const [a, z] of edges) {
      const from = a.getTime();
      const to = z.getTime();
      if (to <= from) continue;
      if (from % HOUR_MS !== 0 || to % HOUR_MS !== 0) return null;
      for (let t = from; t < to; t += HOUR_MS) {
        pieces.push({ grain: HOUR_GRAIN, start: new Date(t), bucket: w.bucket });
      }
    }
  }
  return pieces;
}

/** Counts of one dimension of one piece (a folded rollup row or the sum of its pending deltas). */
export interface PieceCounts {
  bucket: Date;
  handleId: string;
  channel: string;
  dim: string;
  counts: Record<string, number>;
}

/** A conversation not answered yet whose first response fell due today, before now. */
export interface DueToday {
  bucket: Date;
  priority: string;
}

interface Acc {
  conv: Record<string, number>;
  fr: Histogram;
  res: Histogram;
  slaMeasured: Map<string, number>;
  slaWithin: Map<string, number>;
  signoff: Map<string, Histogram>;
  offline: Map<string, number>;
  complaint: Record<string, number>;
  intent: Map<string, number>;
  channel: Map<string, number>;
  csat: Record<string, number>;
  version: Map<string, number>;
  agent: Map<string, number>;
}

const acc = (): Acc => ({
  conv: {},
  fr: newHistogram(),
  res: newHistogram(),
  slaMeasured: new Map(),
  slaWithin: new Map(),
  signoff: new Map(),
  offline: new Map(),
  complaint: {},
  intent: new Map(),
  channel: new Map(),
  csat: {},
  version: new Map(),
  agent: new Map(),
});

const bump = (m: Map<string, number>, k: string, n: number): void => {
  m.set(k, (m.get(k) ?? 0) + n);
};

function splitLast(key: string): [string, string] {
  const i = key.lastIndexOf('|');
  return i < 0 ? [key, ''] : [key.slice(0, i), key.slice(i + 1)];
}

function add(a: Acc, p: PieceCounts, todayUtc: string): void {
  const counts = p.counts;
  switch (p.dim) {
    case 'conv':
      addRecord(a.conv, counts);
      break;
    case 'channel':
      addCounts(a.channel, counts);
      break;
    case 'sla':
      for (const key in counts) {
        const [priority, what] = splitLast(key);
        bump(what === 'within' ? a.slaWithin : a.slaMeasured, priority, Number(counts[key]));
      }
      break;
    case 'pending':
      // Unanswered, due on that UTC day: its clock has ended once the day is over.
      for (const key in counts) {
        const [priority, dueDay] = splitLast(key);
        if (dueDay < todayUtc) bump(a.slaMeasured, priority, Number(counts[key]));
      }
      break;
    case 'fr':
      for (const key in counts) addTo(a.fr, Number(key), Number(counts[key]));
      break;
    case 'res':
      for (const key in counts) addTo(a.res, Number(key), Number(counts[key]));
      break;
    case 'signoff':
      for (const key in counts) {
        const [role, bin] = splitLast(key);
        let h = a.signoff.get(role);
        if (!h) a.signoff.set(role, (h = newHistogram()));
        addTo(h, Number(bin), Number(counts[key]));
      }
      break;
    case 'offline':
      addCounts(a.offline, counts);
      break;
    case 'complaint':
      addRecord(a.complaint, counts);
      break;
    case 'intent':
      addCounts(a.intent, counts);
      break;
    case 'csat':
      addRecord(a.csat, counts);
      break;
    case 'reply_version':
      addCounts(a.version, counts);
      break;
    case 'reply_agent':
      addCounts(a.agent, counts);
      break;
    default:
      break;
  }
}

function addCounts(into: Map<string, number>, from: Record<string, number>): void {
  for (const k in from) into.set(k, (into.get(k) ?? 0) + Number(from[k]));
}

function addRecord(into: Record<string, number>, from: Record<string, number>): void {
  for (const k in from) into[k] = (into[k] ?? 0) + Number(from[k]);
}

function addMap(into: Map<string, number>, from: Map<string, number>): void {
  for (const [k, n] of from) into.set(k, (into.get(k) ?? 0) + n);
}

/** Adds one bucket's accumulator into the total's. */
function addAcc(into: Acc, from: Acc): void {
  addRecord(into.conv, from.conv);
  mergeInto(into.fr, from.fr);
  mergeInto(into.res, from.res);
  addMap(into.slaMeasured, from.slaMeasured);
  addMap(into.slaWithin, from.slaWithin);
  for (const [role, h] of from.signoff) {
    let t = into.signoff.get(role);
    if (!t) into.signoff.set(role, (t = newHistogram()));
    mergeInto(t, h);
  }
  addMap(into.offline, from.offline);
  addRecord(into.complaint, from.complaint);
  addMap(into.intent, from.intent);
  addMap(into.channel, from.channel);
  addRecord(into.csat, from.csat);
  addMap(into.version, from.version);
  addMap(into.agent, from.agent);
}

/** Merges the pieces' counts into per-bucket and total aggregates. */
export function mergePieces(
  buckets: readonly Date[],
  rows: Iterable<PieceCounts>,
  dueToday: readonly DueToday[],
  todayUtc: string,
): KpiAggregates {
  const byBucket = new Map<number, Acc>();
  const total = acc();
  const at = (b: Date): Acc => {
    let a = byBucket.get(b.getTime());
    if (!a) byBucket.set(b.getTime(), (a = acc()));
    return a;
  };
  for (const r of rows) add(at(r.bucket), r, todayUtc);
  for (const d of dueToday) bump(at(d.bucket).slaMeasured, d.priority, 1);
  for (const a of byBucket.values()) addAcc(total, a);

  const out: KpiAggregates = {
    buckets: [...buckets],
    conversations: [],
    sla: [],
    signoffs: [],
    offline: [],
    complaints: [],
    intents: [],
    channels: [],
    repliesByVersion: [],
    repliesByAgent: [],
    csat: [],
  };
  const emit = (bucket: Date | null, a: Acc): void => {
    const c = (k: string) => a.conv[k] ?? 0;
    const answered = countOf(a.fr);
    const resolved = countOf(a.res);
    if (c('opened') !== 0 || answered > 0 || resolved > 0) {
      const conv: ConversationAgg = {
        bucket,
        opened: c('opened'),
        answered,
        frP50: percentile(a.fr, 0.5),
        frP90: percentile(a.fr, 0.9),
        resolved,
        resP50: percentile(a.res, 0.5),
        resP90: percentile(a.res, 0.9),
        firstResponseBreaches: c('fr_breaches'),
        resolutionBreaches: c('res_breaches'),
      };
      out.conversations.push(conv);
    }
    for (const [priority, measured] of a.slaMeasured) {
      if (measured === 0) continue;
      const s: SlaAgg = {
        bucket,
        priority,
        measured,
        withinTarget: a.slaWithin.get(priority) ?? 0,
      };
      out.sla.push(s);
    }
    for (const [role, h] of a.signoff) {
      const count = countOf(h);
      if (count === 0) continue;
      const s: SignoffAgg = {
        bucket,
        role,
        count,
        p50: percentile(h, 0.5),
        p90: percentile(h, 0.9),
      };
      out.signoffs.push(s);
    }
    for (const [k, count] of a.offline) {
      if (count === 0) continue;
      const [method, outcome] = splitLast(k);
      out.offline.push({ bucket, key: method, key2: outcome, count });
    }
    const cm = (k: string) => a.complaint[k] ?? 0;
    if (cm('opened') || cm('acknowledged') || cm('closed')) {
      const k: ComplaintAgg = {
        bucket,
        opened: cm('opened'),
        acknowledged: cm('acknowledged'),
        closed: cm('closed'),
      };
      out.complaints.push(k);
    }
    const keyed = (m: Map<string, number>, into: KeyedCount[]): void => {
      for (const [key, count] of m) if (count !== 0) into.push({ bucket, key, count });
    };
    keyed(a.intent, out.intents);
    keyed(a.channel, out.channels);
    keyed(a.version, out.repliesByVersion);
    keyed(a.agent, out.repliesByAgent);
    const sent = a.csat.sent ?? 0;
    if (sent !== 0) {
      const scored = a.csat.answered ?? 0;
      const cs: CsatAgg = {
        bucket,
        sent,
        answered: scored,
        average: scored === 0 ? null : (a.csat.score ?? 0) / scored,
      };
      out.csat.push(cs);
    }
  };
  for (const [t, a] of byBucket) emit(new Date(t), a);
  emit(null, total);
  return out;
}
