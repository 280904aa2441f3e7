/**
 * The mergeable duration sketch of the KPI rollups: fixed log-scale bins, so
 * histograms of any pieces add up count by count and a percentile over them
 * is exact to the bin. Pure.
 *
 * Bin 0 holds [0, 1 s); bin i >= 1 holds [2^((i-1)/16), 2^(i/16)) seconds
 * (the SQL function `kpi_bin` assigns them). A value is reported at its bin's
 * geometric middle, 2^((i-1/2)/16): within 2^(1/32) - 1 = 2.19 % of the value,
 * or within 1 s for values under one second.
 */

export const BINS_PER_OCTAVE = 16;

/** Largest relative error of a reported duration of 1 s or more. */
export const RELATIVE_PRECISION = 2 ** (1 / (2 * BINS_PER_OCTAVE)) - 1;

/** Mirror of the SQL `kpi_bin` (used by tests and benchmarks; the database assigns the bins). */
export function binOf(seconds: number): number {
  if (seconds < 1) return 0;
  return Math.min(1 + Math.floor((BINS_PER_OCTAVE * Math.log(seconds)) / Math.LN2), 1023);
}

/** The value a bin stands for. */
export function binValue(bin: number): number {
  return bin <= 0 ? 0 : 2 ** ((bin - 0.5) / BINS_PER_OCTAVE);
}

/** Highest bin (the SQL function caps there too). */
export const MAX_BIN = 1023;

/** Counts per bin, indexed by bin. */
export type Histogram = Float64Array;

export const newHistogram = (): Histogram => new Float64Array(MAX_BIN + 1);

export function addTo(h: Histogram, bin: number, n: number): void {
  if (bin >= 0 && bin <= MAX_BIN) h[bin] += n;
}

/** Adds `from` into `into`. */
export function mergeInto(into: Histogram, from: Histogram): void {
  for (let i = 0; i <= MAX_BIN; i++) into[i] += from[i];
}

export function countOf(h: Histogram): number {
  let n = 0;
  for (let i = 0; i <= MAX_BIN; i++) n += h[i];
  return n;
}

/** The histogram of some values (tests). */
export function histogramOf(bins: ReadonlyArray<[number, number]>): Histogram {
  const h = newHistogram();
  for (const [bin, n] of bins) addTo(h, bin, n);
  return h;
}

/**
 * PostgreSQL's `percentile_cont(p)` over the bins' values: the value at
 * 0-based rank p·(n-1), interpolated linearly between the two ranks around it.
 * Null for an empty histogram.
 */
export function percentile(h: Histogram, p: number): number | null {
  const n = countOf(h);
  if (n <= 0) return null;
  const pos = p * (n - 1);
  const lo = Math.floor(pos);
  const frac = pos - lo;
  const at = (rank: number): number => {
    let seen = 0;
    let last = 0;
    for (let i = 0; i <= MAX_BIN; i++) {
      if (h[i] <= 0) continue;
      seen += h[i];
      last = i;
      if (rank < seen) return binValue(i);
    }
    return binValue(last);
  };
  const a = at(lo);
  return frac === 0 ? a : a + frac * (at(lo + 1) - a);
}
