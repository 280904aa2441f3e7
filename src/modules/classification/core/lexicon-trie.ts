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

export interface ScanResult {
  entityHits: HitList;
  intentHits: HitList;
  hasDigit: boolean;
  hasAt: boolean;
  hasQuestion: boolean;
  hasSlash: boolean;
}

// 1 letter, 2 digit, 0 anything else (ASCII).
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ASCII_CLASS[c] = 1;
  else if (c >= 48 && c <= 57) ASCII_CLASS[c] = 2;
}

const WORD_LIKE = /[\p{L}\p{N}\p{M}]/u;
// 0 unknown, 1 word character, 2 not.
const wordTable = new Uint8Array(65536);
const lowerTable = new Uint16Array(65536);

export function isWordCode(c: number): boolean {
  if (c < 128) return ASCII_CLASS[c] !== 0;
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

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isClauseBreak(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 59 || c === 44 || c === 10;
}

export class LexiconTrie {
  private readonly next: Int32Array;
  private readonly extra: Map<number, number>;
  private readonly entityTerm: Int32Array;
  private readonly intentTerm: Int32Array;
  private readonly lastIsWord: Uint8Array;

  private constructor(
    next: Int32Array,
    extra: Map<number, number>,
    entityTerm: Int32Array,
    intentTerm: Int32Array,
    lastIsWord: Uint8Array,
  ) {
    this.next = next;
    this.extra = extra;
    this.entityTerm = entityTerm;
    this.intentTerm = intentTerm;
    this.lastIsWord = lastIsWord;
  }

  /** Later entries for the same term and layer replace earlier ones: merge payloads first. */
  static build(entries: readonly LexiconEntry[]): LexiconTrie {
    const children: Map<number, number>[] = [new Map()];
    const entityTerm: number[] = [-1];
    const intentTerm: number[] = [-1];
    const lastIsWord: number[] = [0];
    for (const { term, layer, payload } of entries) {
      if (term === '' || !isWordCode(term.charCodeAt(0))) {
        throw new Error(`lexicon term must start with a letter or digit: "${term}"`);
      }
      let node = 0;
      for (let k = 0; k < term.length; k++) {
        const c = term.charCodeAt(k);
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
    const next = new Int32Array(children.length * 128);
    const extra = new Map<number, number>();
    children.forEach((map, node) => {
      for (const [c, child] of map) {
        if (c < 128) next[node * 128 + c] = child;
        else extra.set(node * 65536 + c, child);
      }
    });
    return new LexiconTrie(
      next,
      extra,
      Int32Array.from(entityTerm),
      Int32Array.from(intentTerm),
      Uint8Array.from(lastIsWord),
    );
  }

  scan(s: string, out: ScanResult): void {
    const { next, extra, entityTerm, intentTerm, lastIsWord } = this;
    const eHits = out.entityHits;
    const iHits = out.intentHits;
    eHits.reset();
    iHits.reset();
    let hasDigit = false;
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
      if (c0 < 128) {
        const k = ASCII_CLASS[c0];
        if (k === 0) {
          if (c0 === 63) hasQuestion = true;
          else if (c0 === 64) hasAt = true;
          else if (c0 === 47) hasSlash = true;
          if (isClauseBreak(c0)) clause++;
          prevWord = false;
          continue;
        }
        if (k === 2) hasDigit = true;
      } else if (!isWordCode(c0)) {
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
        let c = s.charCodeAt(j);
        let child: number;
        if (isSpace(c)) {
          child = next[node * 128 + 32] ?? 0;
          if (child === 0) break;
          j++;
          while (j < n && isSpace(s.charCodeAt(j))) j++;
          node = child;
          continue;
        }
        if (c < 128) {
          if (c >= 65 && c <= 90) c += 32;
          child = next[node * 128 + c] ?? 0;
        } else {
          child = extra.get(node * 65536 + lowerCode(c)) ?? 0;
        }
        if (child === 0) break;
        node = child;
        j++;
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
    out.hasDigit = hasDigit;
    out.hasAt = hasAt;
    out.hasQuestion = hasQuestion;
    out.hasSlash = hasSlash;
  }
}
