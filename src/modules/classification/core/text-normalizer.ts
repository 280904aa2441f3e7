/**
 * Evasion-resistant normalisation that keeps a map back to the text as received.
 *
 * Each code point is normalised on its own (NFKD, combining marks dropped, any
 * Unicode decimal digit mapped to its ASCII value, format characters such as
 * zero-width and bidi controls dropped, every space separator made a plain
 * space, dashes made "-"), so every normalised character knows the original
 * code point it came from even when NFKC/NFKD changes lengths.
 */
export interface NormalizedText {
  readonly original: string;
  /** Normalised text; identical to `original` when that is plain ASCII. */
  readonly text: string;
  /** Per normalised index: start (UTF-16) of its source code point; null when identical. */
  readonly starts: Int32Array | null;
  /** Per normalised index: end (exclusive) of its source code point; null when identical. */
  readonly ends: Int32Array | null;
}

const NON_ASCII = /[\u0080-\uffff]/;
const FORMAT = /^\p{Cf}$/u;
const SPACE = /^\p{Zs}$/u;
const DASH = /^\p{Pd}$/u;
const DECIMAL = /^\p{Nd}$/u;
const MARKS = /\p{M}/gu;

const SPECIAL: ReadonlyMap<number, string> = new Map([
  [0x2018, "'"],
  [0x2019, "'"],
  [0x201b, "'"],
  [0x2032, "'"],
  [0x02bc, "'"],
  [0xff07, "'"],
  [0x201c, '"'],
  [0x201d, '"'],
  [0x2212, '-'],
  [0x2043, '-'],
  [0x00b7, '.'],
  [0x2022, '.'],
  [0x2219, '.'],
  [0x30fb, '.'],
  [0x3002, '.'],
  [0x2028, '\n'],
  [0x2029, '\n'],
  [0x0085, '\n'],
  // round 24: Turkish dotless "ı" is no accent, so NFKD keeps it; folded to "i" as
  // Turkish is often typed without it ("5 Mayıs 1999", "mayis").
  [0x0131, 'i'],
]);

const cache = new Map<number, string>();

function decimalValue(cp: number): number {
  // Unicode allocates decimal digits in contiguous runs starting at zero.
  let zero = cp;
  while (zero > 0 && DECIMAL.test(String.fromCodePoint(zero - 1)) && cp - zero < 60) zero--;
  return (cp - zero) % 10;
}

function normalizeCodePoint(cp: number): string {
  const cached = cache.get(cp);
  if (cached !== undefined) return cached;
  const ch = String.fromCodePoint(cp);
  let out: string;
  const special = SPECIAL.get(cp);
  if (special !== undefined) out = special;
  else if (FORMAT.test(ch)) out = '';
  else if (SPACE.test(ch) || cp === 0x180e) out = ' ';
  else if (DASH.test(ch)) out = '-';
  else {
    out = '';
    for (const part of ch.normalize('NFKD').replace(MARKS, '')) {
      const pcp = part.codePointAt(0) ?? 0;
      if (pcp >= 0x80 && DECIMAL.test(part)) out += String(decimalValue(pcp));
      else if (pcp >= 0x80 && SPACE.test(part)) out += ' ';
      else out += part;
    }
  }
  cache.set(cp, out);
  return out;
}

/**
 * Per BMP code unit: 0 not yet known, 1 unchanged, 2 removed, 3 + c replaced by
 * the single unit c, 4 + 65536 expands to several units (see `normalizeCodePoint`).
 */
const unitTable = new Int32Array(65536);
const UNCHANGED = 1;
const REMOVED = 2;
const SINGLE = 3;
const MULTI = 4 + 65536;

function unitClass(c: number): number {
  let k = unitTable[c];
  if (k !== 0) return k;
  if (c >= 0xd800 && c <= 0xdfff) k = MULTI;
  else {
    const out = normalizeCodePoint(c);
    if (out.length === 0) k = REMOVED;
    else if (out.length === 1) k = out.charCodeAt(0) === c ? UNCHANGED : SINGLE + out.charCodeAt(0);
    else k = MULTI;
  }
  unitTable[c] = k;
  return k;
}

/** Whether every non-ASCII code point normalises to itself (emoji, most letters). */
export function unchangedByNormalization(original: string): boolean {
  const n = original.length;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    if (c < 0x80) continue;
    const k = unitClass(c);
    if (k === UNCHANGED) continue;
    if (k !== MULTI) return false;
    const cp = original.codePointAt(i) ?? c;
    const out = normalizeCodePoint(cp);
    if (cp > 0xffff) {
      if (out.length !== 2 || out.codePointAt(0) !== cp) return false;
      i++;
    } else return false;
  }
  return true;
}

const decoder = new TextDecoder('utf-16le');

export function normalizeText(original: string): NormalizedText {
  return new TextNormalizer(0).normalize(original);
}

/**
 * Normalises posts into buffers it reuses from call to call: the offset maps it
 * returns are views that the next call overwrites, for callers that finish with
 * them first (the classifier, through its scratch space).
 */
export class TextNormalizer {
  private starts: Int32Array;
  private ends: Int32Array;
  private units: Uint16Array;

  constructor(capacity = 1024) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.units = new Uint16Array(capacity);
  }

  normalize(original: string): NormalizedText {
    if (!NON_ASCII.test(original) || unchangedByNormalization(original)) {
      return { original, text: original, starts: null, ends: null };
    }
    const n = original.length;
    if (this.starts.length < n * 2 + 8) {
      this.starts = new Int32Array(n * 2 + 8);
      this.ends = new Int32Array(n * 2 + 8);
      this.units = new Uint16Array(n * 2 + 8);
    }
    let len = 0;
    let i = 0;
    while (i < n) {
      const c = original.charCodeAt(i);
      if (len + 20 >= this.starts.length) this.grow();
      const k = c < 0x80 ? UNCHANGED : unitClass(c);
      if (k === UNCHANGED || k === REMOVED || k < MULTI) {
        if (k !== REMOVED) {
          this.units[len] = k === UNCHANGED ? c : k - SINGLE;
          this.starts[len] = i;
          this.ends[len] = i + 1;
          len++;
        }
        i++;
        continue;
      }
      const cp = original.codePointAt(i) ?? c;
      const width = cp > 0xffff ? 2 : 1;
      const out = normalizeCodePoint(cp);
      for (let q = 0; q < out.length; q++) {
        this.units[len] = out.charCodeAt(q);
        this.starts[len] = i;
        this.ends[len] = i + width;
        len++;
      }
      i += width;
    }
    const text = decoder.decode(this.units.subarray(0, len));
    return {
      original,
      text,
      starts: this.starts.subarray(0, len),
      ends: this.ends.subarray(0, len),
    };
  }

  private grow(): void {
    const s = new Int32Array(this.starts.length * 2);
    s.set(this.starts);
    this.starts = s;
    const e = new Int32Array(this.ends.length * 2);
    e.set(this.ends);
    this.ends = e;
    const t = new Uint16Array(this.units.length * 2);
    t.set(this.units);
    this.units = t;
  }
}

/** Maps a span of the normalised text back to UTF-16 offsets in the original. */
export function toOriginalSpan(
  n: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  if (n.starts === null || n.ends === null) return { start, end };
  return { start: n.starts[start] ?? n.original.length, end: n.ends[end - 1] ?? n.original.length };
}

/**
 * Folds a lexicon term the way the scanner sees text: normalised, lower-case,
 * whitespace collapsed to single spaces.
 */
export function foldTerm(term: string): string {
  return normalizeText(term.trim()).text.toLowerCase().replace(/\s+/g, ' ');
}
