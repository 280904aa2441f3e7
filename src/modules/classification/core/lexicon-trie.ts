/**
 * One trie holding every policy term (context words, credential keywords, intent
 * lexicons, negations), scanned once per post in time linear in its length:
 * a walk starts only at word starts and stops within the longest term.
 *
 * Terms belong to one of two layers: `entity` (context and credential keywords)
 * and `intent` (intent lexicons and negations). At each word start the longest
 * term of each layer is kept, and a hit wholly inside an earlier hit of the same
 * layer is dropped ("attorney general" hides "attorney", "zip code" hides "code").
 */

export const LAYER_ENTITY = 0;
export const LAYER_INTENT = 1;
export type Layer = typeof LAYER_ENTITY | typeof LAYER_INTENT;

export interface LexiconEntry {
  /** Already folded (see `foldTerm`). */
  term: string;
  layer: Layer;
  payload: number;
}

/** Growable parallel arrays of hits, reused from post to post. */
export class HitList {
  count = 0;
  start: Int32Array = new Int32Array(64);
  end: Int32Array = new Int32Array(64);
  payload: Int32Array = new Int32Array(64);
  word: Int32Array = new Int32Array(64);
  clause: Int32Array = new Int32Array(64);

  reset(): void {
    this.count = 0;
  }

  push(start: number, end: number, payload: number, word: number, clause: number): void {
    if (this.count === this.start.length) this.grow();
    const k = this.count++;
    this.start[k] = start;
    this.end[k] = end;
    this.payload[k] = payload;
    this.word[k] = word;
    this.clause[k] = clause;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const copy = (a: Int32Array): Int32Array => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.start = copy(this.start);
    this.end = copy(this.end);
    this.payload = copy(this.payload);
    this.word = copy(this.word);
    this.clause = copy(this.clause);
  }
}

/** Maximal runs of ASCII digits, as [start, end) pairs. */
export class RunList {
  count = 0;
  start: Int32Array = new Int32Array(32);
  end: Int32Array = new Int32Array(32);

  push(start: number, end: number): void {
    if (this.count === this.start.length) {
      const s = new Int32Array(this.start.length * 2);
      s.set(this.start);
      this.start = s;
      const e = new Int32Array(this.end.length * 2);
      e.set(this.end);
      this.end = e;
    }
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.count++;
  }
}

export interface ScanResult {
  entityHits: HitList;
  intentHits: HitList;
  /** Digit runs found on the same pass, for the digit detectors. */
  digitRuns: RunList;
  hasDigit: boolean;
  hasAt: boolean;
  hasQuestion: boolean;
  hasSlash: boolean;
}

// Character classes (ASCII), as bit flags.
const WORD = 1;
const DIGIT = 2;
const CLAUSE = 4;
const SPACE = 8;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ASCII_CLASS[c] = WORD;
  else if (c >= 48 && c <= 57) ASCII_CLASS[c] = WORD | DIGIT;
  else if (c === 32 || c === 9 || c === 13) ASCII_CLASS[c] = SPACE;
  else if (c === 10) ASCII_CLASS[c] = SPACE | CLAUSE;
  else if (c === 46 || c === 33 || c === 63 || c === 59 || c === 44) ASCII_CLASS[c] = CLAUSE;
}

const WORD_LIKE = /[\p{L}\p{N}\p{M}]/u;
// 0 unknown, 1 word character, 2 not.
const wordTable = new Uint8Array(65536);
const lowerTable = new Uint16Array(65536);

export function isWordCode(c: number): boolean {
  if (c < 128) return ((ASCII_CLASS[c] ?? 0) & WORD) !== 0;
  let k = wordTable[c];
  if (k === 0) {
    k = WORD_LIKE.test(String.fromCharCode(c)) ? 1 : 2;
    wordTable[c] = k;
  }
  return k === 1;
}

function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let l = lowerTable[c] ?? 0;
  if (l === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    l = s.length === 1 ? s.charCodeAt(0) : c;
    lowerTable[c] = l;
  }
  return l;
}

/**
 * Transitions are stored per node over a dense alphabet (the ASCII characters the
 * terms use, folded to lower case; any whitespace is one symbol), which keeps the
 * table small enough to stay in cache. Non-ASCII characters go through a map.
 */
export class LexiconTrie {
  private constructor(
    private readonly next: Uint16Array | Uint32Array,
    private readonly width: number,
    private readonly symbol: Uint8Array,
    private readonly extra: Map<number, number>,
    private readonly entityTerm: Int32Array,
    private readonly intentTerm: Int32Array,
    private readonly lastIsWord: Uint8Array,
  ) {}

  static build(entries: readonly LexiconEntry[]): LexiconTrie {
    const children: Map<number, number>[] = [new Map()];
    const entityTerm: number[] = [-1];
    const intentTerm: number[] = [-1];
    const lastIsWord: number[] = [0];
    const symbol = new Uint8Array(128);
    let width = 1;
    for (const { term, layer, payload } of entries) {
      if (term === '' || !isWordCode(term.charCodeAt(0))) {
        throw new Error(`lexicon term must start with a letter or digit: "${term}"`);
      }
      let node = 0;
      for (let k = 0; k < term.length; k++) {
        const c = lowerCode(term.charCodeAt(k));
        if (c < 128 && symbol[c] === 0) {
          symbol[c] = width++;
          if (c >= 97 && c <= 122) symbol[c - 32] = symbol[c] ?? 0;
          if (c === 32) symbol[9] = symbol[10] = symbol[13] = symbol[32] ?? 0;
        }
        const map = children[node] as Map<number, number>;
        let child = map.get(c);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          entityTerm.push(-1);
          intentTerm.push(-1);
          lastIsWord.push(isWordCode(c) ? 1 : 0);
          map.set(c, child);
        }
        node = child;
      }
      if (layer === LAYER_ENTITY) entityTerm[node] = payload;
      else intentTerm[node] = payload;
    }
    const size = children.length * width;
    const next = children.length < 65536 ? new Uint16Array(size) : new Uint32Array(size);
    const extra = new Map<number, number>();
    children.forEach((map, node) => {
      for (const [c, child] of map) {
        if (c < 128) next[node * width + (symbol[c] ?? 0)] = child;
        else extra.set(node * 65536 + c, child);
      }
    });
    return new LexiconTrie(
      next,
      width,
      symbol,
      extra,
      Int32Array.from(entityTerm),
      Int32Array.from(intentTerm),
      Uint8Array.from(lastIsWord),
    );
  }

  /** Number of trie nodes (for tests and diagnostics). */
  get size(): number {
    return this.entityTerm.length;
  }

  scan(s: string, out: ScanResult): void {
    const { next, width, symbol, extra, entityTerm, intentTerm, lastIsWord } = this;
    const spaceSymbol = symbol[32] ?? 0;
    const eHits = out.entityHits;
    const iHits = out.intentHits;
    const runs = out.digitRuns;
    eHits.reset();
    iHits.reset();
    runs.count = 0;
    let runStart = -1;
    let hasAt = false;
    let hasQuestion = false;
    let hasSlash = false;
    const n = s.length;
    let prevWord = false;
    let word = 0;
    let clause = 0;
    let eCovered = 0;
    let iCovered = 0;
    for (let i = 0; i < n; i++) {
      const c0 = s.charCodeAt(i);
      const cls = c0 < 128 ? (ASCII_CLASS[c0] ?? 0) : isWordCode(c0) ? WORD : 0;
      if ((cls & DIGIT) !== 0) {
        if (runStart < 0) runStart = i;
      } else if (runStart >= 0) {
        runs.push(runStart, i);
        runStart = -1;
      }
      if ((cls & WORD) === 0) {
        if (c0 === 63) hasQuestion = true;
        else if (c0 === 64) hasAt = true;
        else if (c0 === 47) hasSlash = true;
        if ((cls & CLAUSE) !== 0) clause++;
        prevWord = false;
        continue;
      }
      if (prevWord) continue;
      prevWord = true;
      word++;

      let node = 0;
      let j = i;
      let eBest = -1;
      let eEnd = 0;
      let iBest = -1;
      let iEnd = 0;
      while (j < n) {
        const c = s.charCodeAt(j);
        let child: number;
        if (c < 128) {
          const sym = symbol[c] ?? 0;
          if (sym === 0) break;
          child = next[node * width + sym] ?? 0;
          if (child === 0) break;
          j++;
          if (sym === spaceSymbol) {
            // Any run of whitespace matches the single space of a phrase.
            while (j < n && ((ASCII_CLASS[s.charCodeAt(j)] ?? 0) & SPACE) !== 0) j++;
            node = child;
            continue;
          }
        } else {
          child = extra.size === 0 ? 0 : (extra.get(node * 65536 + lowerCode(c)) ?? 0);
          if (child === 0) break;
          j++;
        }
        node = child;
        const et = entityTerm[node] ?? -1;
        const it = intentTerm[node] ?? -1;
        if (
          (et >= 0 || it >= 0) &&
          (j >= n || lastIsWord[node] === 0 || !isWordCode(s.charCodeAt(j)))
        ) {
          if (et >= 0) {
            eBest = et;
            eEnd = j;
          }
          if (it >= 0) {
            iBest = it;
            iEnd = j;
          }
        }
      }
      if (eBest >= 0 && eEnd > eCovered) {
        eHits.push(i, eEnd, eBest, word, clause);
        eCovered = eEnd;
      }
      if (iBest >= 0 && iEnd > iCovered) {
        iHits.push(i, iEnd, iBest, word, clause);
        iCovered = iEnd;
      }
    }
    if (runStart >= 0) runs.push(runStart, n);
    out.hasDigit = runs.count > 0;
    out.hasAt = hasAt;
    out.hasQuestion = hasQuestion;
    out.hasSlash = hasSlash;
  }
}
