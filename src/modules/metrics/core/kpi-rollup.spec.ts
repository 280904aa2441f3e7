import { binOf, binValue, histogramOf, percentile, RELATIVE_PRECISION } from './kpi-histogram';
import { mergePieces, planPieces, type BucketWindow } from './kpi-rollup';

const Z = (s: string) => new Date(s);

/** PostgreSQL's percentile_cont over plain values. */
function exact(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const pos = p * (s.length - 1);
  const lo = Math.floor(pos);
  return lo + 1 < s.length ? s[lo] + (pos - lo) * (s[lo + 1] - s[lo]) : s[lo];
}

describe('KPI histograms', () => {
  it('give percentiles within the documented precision of percentile_cont', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 48271) % 2147483647) / 2147483647) * 200_000;
    for (let round = 0; round < 50; round++) {
      const values = Array.from({ length: 1 + (round % 17) * 13 }, () => 1 + rand());
      const h = histogramOf(values.map((v) => [binOf(v), 1]));
      for (const p of [0.5, 0.9]) {
        const want = exact(values, p);
        const got = percentile(h, p) ?? NaN;
        expect(Math.abs(got - want) / want).toBeLessThanOrEqual(RELATIVE_PRECISION + 1e-12);
      }
    }
  });

  it('puts a value in the bin whose middle is within 2.19 % of it, and under a second in bin 0', () => {
    expect(binOf(0)).toBe(0);
    expect(binOf(0.99)).toBe(0);
    expect(binValue(0)).toBe(0);
    for (const v of [1, 1.5, 59, 600, 1800, 7200, 86_400, 3_000_000]) {
      expect(Math.abs(binValue(binOf(v)) - v) / v).toBeLessThanOrEqual(RELATIVE_PRECISION + 1e-12);
    }
    expect(percentile(histogramOf([]), 0.5)).toBeNull();
  });
});

describe('planPieces', () => {
  const w = (bucket: string, start: string, end: string, days: string[] = []): BucketWindow => ({
    bucket: Z(bucket),
    start: Z(start),
    end: Z(end),
    dayStarts: days.map(Z),
    daysEnd: days.length === 0 ? null : new Date(Z(days[days.length - 1]).getTime() + 86_400_000),
  });

  it('takes whole local days from the zone and the ends in UTC hours', () => {
    const pieces = planPieces('America/New_York', [
      w('2026-03-06T05:00:00Z', '2026-03-06T17:00:00Z', '2026-03-08T05:00:00Z', [
        '2026-03-07T05:00:00Z',
      ]),
    ]);
    expect(pieces?.filter((p) => p.grain === 'America/New_York').map((p) => p.start)).toEqual([
      Z('2026-03-07T05:00:00Z'),
    ]);
    // 17:00Z to 05:00Z the next day: twelve hours.
    expect(pieces?.filter((p) => p.grain === 'hour')).toHaveLength(12);
    expect(pieces?.every((p) => p.bucket.getTime() === Z('2026-03-06T05:00:00Z').getTime())).toBe(
      true,
    );
  });

  it('gives up when a remainder is not whole UTC hours', () => {
    expect(
      planPieces('Asia/Kolkata', [
        w('2026-03-05T18:30:00Z', '2026-03-06T05:00:00Z', '2026-03-06T18:30:00Z'),
      ]),
    ).toBeNull();
    expect(
      planPieces('UTC', [
        w('2026-03-06T00:00:00Z', '2026-03-06T15:30:00Z', '2026-03-07T00:00:00Z'),
      ]),
    ).toBeNull();
  });
});

describe('mergePieces', () => {
  it('adds the pieces of each bucket, totals them, and counts pending SLA clocks once their day is over', () => {
    const b1 = Z('2026-03-06T05:00:00Z');
    const b2 = Z('2026-03-07T05:00:00Z');
    const row = (bucket: Date, dim: string, counts: Record<string, number>) => ({
      bucket,
      handleId: '*',
      channel: '*',
      dim,
      counts,
    });
    const a = mergePieces(
      [b1, b2],
      [
        row(b1, 'conv', { opened: 2, answered: 1 }),
        row(b1, 'channel', { x: 2 }),
        row(b1, 'fr', { [binOf(600)]: 1 }),
        row(b2, 'conv', { opened: 1 }),
        row(b2, 'channel', { dm: 1 }),
        row(b1, 'sla', { 'urgent|measured': 1, 'urgent|within': 1 }),
        row(b1, 'pending', { 'urgent|2026-03-06': 1, 'high|2026-03-09': 4 }),
        row(b2, 'reply_agent', { 'agent-1': 2 }),
        row(b1, 'reply_agent', { 'agent-1': 1, 'agent-2': 1 }),
        row(b2, 'csat', { sent: 2, answered: 1, score: 4 }),
      ],
      [{ bucket: b2, priority: 'high' }],
      '2026-03-09',
    );
    const total = <T extends { bucket: Date | null }>(xs: T[]): T[] =>
      xs.filter((x) => x.bucket === null);
    expect(total(a.conversations)).toEqual([
      expect.objectContaining({ opened: 3, answered: 1, frP50: binValue(binOf(600)) }),
    ]);
    expect(total(a.channels).map((c) => [c.key, c.count])).toEqual([
      ['x', 2],
      ['dm', 1],
    ]);
    // urgent: answered within + one past due (its day is over); high: due today, read live.
    expect(total(a.sla).map((s) => [s.priority, s.measured, s.withinTarget])).toEqual([
      ['urgent', 2, 1],
      ['high', 1, 0],
    ]);
    expect(Object.fromEntries(total(a.repliesByAgent).map((r) => [r.key, r.count]))).toEqual({
      'agent-1': 3,
      'agent-2': 1,
    });
    expect(total(a.csat)).toEqual([{ bucket: null, sent: 2, answered: 1, average: 4 }]);
  });
});
