/**
 * One trie holding every policy term (context words, credential keywords, intent
 * lexicons, negations), scanned once per post in time linear in its length: a
 * walk starts only at word starts and stops within the longest term. The same
 * pass records digit runs and a few flags for the detectors.
 *
 * Terms belong to one of two layers: `entity` (context and credential keywords)
 * and `intent` (intent lexicons and negations). At each word start the longest
 * term of each layer is kept, and a hit wholly inside an earlier hit of the same layer
 * is dropped ("attorney general" hides "attorney", "zip code" hides "code").
 *
 * The same pass also hashes every word for the intent model (see `WordList`), so
 * the model never reads the characters a second time.
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

  /** Makes room for `size` hits, so that a caller may write the arrays directly. */
  reserve(size: number): void {
    while (this.start.length < size) this.grow();
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
    if (this.count === this.start.length) this.reserve(this.start.length * 2);
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.count++;
  }

  /** Makes room for `size` runs, so that a caller may write the arrays directly. */
  reserve(size: number): void {
    if (this.start.length >= size) return;
    this.start = grown(this.start, size);
    this.end = grown(this.end, size);
  }
}

/**
 * Per word of the text, in order, the hashes the intent model's features are made
 * of: the word folded (lower case, Latin diacritics dropped, an apostrophe between
 * letters dropped so that "don't" is "dont", a digit run read as one "0"), and its
 * first five folded characters when it is longer (a crude stem), else 0.
 */
export class WordList {
  count = 0;
  hash: Int32Array = new Int32Array(64);
  stem: Int32Array = new Int32Array(64);

  push(hash: number, stem: number): void {
    if (this.count === this.hash.length) this.reserve(this.hash.length * 2);
    this.hash[this.count] = hash;
    this.stem[this.count] = stem;
    this.count++;
  }

  /** Makes room for `size` words, so that a caller may write the arrays directly. */
  reserve(size: number): void {
    if (this.hash.length >= size) return;
    this.hash = grown(this.hash, size);
    this.stem = grown(this.stem, size);
  }
}

/** A copy of `a` with room for `size` entries. */
function grown(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

// Not exported: a CommonJS export would be read as a property on every use in the scan loop.
const WORD_SEED = 0x2f6b1c3d;
const STEM_SEED = 0x27d4eb2f;
/** Words longer than this also count by their first STEM letters. */
const STEM = 5;

/** A 32-bit finaliser (MurmurHash3's): spreads the word hashes over the model's buckets. */
export function mixHash(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** The hash `scan` records in `words` for a word of ASCII letters ("seven"). */
export function wordHashOf(word: string): number {
  let h = WORD_SEED;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ (word.charCodeAt(i) | 32), 0x01000193);
  return mixHash(h);
}

export interface ScanResult {
  entityHits: HitList;
  intentHits: HitList;
  /** Digit runs found on the same pass, for the digit detectors. */
  digitRuns: RunList;
  /** Word hashes found on the same pass, for the intent model. */
  words: WordList;
  hasDigit: boolean;
  /** Whether any character is outside ASCII (then normalisation may change the text). */
  hasNonAscii: boolean;
  hasAt: boolean;
  hasQuestion: boolean;
  hasSlash: boolean;
}

export function newScanResult(): ScanResult {
  return {
    entityHits: new HitList(),
    intentHits: new HitList(),
    digitRuns: new RunList(),
    words: new WordList(),
    hasDigit: false,
    hasNonAscii: false,
    hasAt: false,
    hasQuestion: false,
    hasSlash: false,
  };
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
/** ASCII_CLASS, with MARK on the characters the scan notes between words ("?", "@", "/", clause ends). */
const MARK = 16;
const SCAN_CLASS = Uint8Array.from(ASCII_CLASS);
for (let c = 0; c < 128; c++) {
  if (c === 63 || c === 64 || c === 47 || (ASCII_CLASS[c] & CLAUSE) !== 0) SCAN_CLASS[c] |= MARK;
}

const WORD_LIKE = /[\p{L}\p{N}\p{M}]/u;
// 0 unknown, 1 word character, 2 not.
const wordTable = new Uint8Array(65536);
const lowerTable = new Uint16Array(65536);

export function isWordCode(c: number): boolean {
  if (c < 128) return (ASCII_CLASS[c] & WORD) !== 0;
  let k = wordTable[c];
  if (k === 0) {
    k = WORD_LIKE.test(String.fromCharCode(c)) ? 1 : 2;
    wordTable[c] = k;
  }
  return k === 1;
}

/** Hangul syllables, and jamo (syllables decomposed when accents are folded). */
export function isHangul(c: number): boolean {
  return (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff);
}

/** Hiragana, Katakana or a CJK unified ideograph. */
export function isKanaOrIdeograph(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff);
}

export function isThai(c: number): boolean {
  return c >= 0x0e00 && c <= 0x0e7f;
}

/** Lao, Khmer or Burmese: written, like Thai, without spaces between words. */
function isLaoKhmerOrBurmese(c: number): boolean {
  return (
    (c >= 0x0e80 && c <= 0x0eff) || (c >= 0x1780 && c <= 0x17ff) || (c >= 0x1000 && c <= 0x109f)
  );
}

/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer,
 * Burmese): a cue may stand inside a run of them, after other words ("私の電話番号は…",
 * "我的账户…", "ຂ້ອຍຈະຟ້ອງສານ"), so entity terms are also looked up from inside such a run.
 * Korean, spaced by words, is not among them.
 */
function runsOn(c: number): boolean {
  return isKanaOrIdeograph(c) || isThai(c) || isLaoKhmerOrBurmese(c);
}

/**
 * Scripts whose words take what follows without a space: Korean particles
 * ("계좌번호는", "비밀번호가"), Chinese and Japanese running text ("口座番号は"),
 * Thai, Lao, Khmer, Burmese. A term ending in one of them matches though word characters follow.
 */
function gluesOn(c: number): boolean {
  return isHangul(c) || runsOn(c);
}

/** Cues read inside one run of a script written without spaces (see `scan`). */
const MAX_INNER_CUES = 16;

/** Folded code unit of a non-ASCII word character: lower case, Latin diacritics dropped. */
const foldTable = new Uint16Array(65536);

function foldCode(c: number): number {
  let f = foldTable[c];
  if (f === 0) {
    const ch = String.fromCharCode(c);
    const folded = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    if (folded === 'ss') f = 115;
    else if (folded.length === 1 && /\p{L}/u.test(folded)) f = folded.charCodeAt(0);
    else f = lowerCode(c);
    foldTable[c] = f;
  }
  return f;
}

function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let l = lowerTable[c];
  if (l === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    l = s.length === 1 ? s.charCodeAt(0) : c;
    lowerTable[c] = l;
  }
  return l;
}

/**
 * A double-array trie over a dense alphabet (the ASCII characters the terms use,
 * folded to lower case; any whitespace is one symbol): the child of state `x` on
 * symbol `c` is `base[x] + c` when `check[base[x] + c] === x`. Base and check of
 * a state sit side by side in one array (`cells[2x]`, `cells[2x + 1]`), with the
 * state's flags in the check word's top byte, so a step of the walk reads one
 * cache line rather than three. Non-ASCII characters of terms go through a map.
 */
const TERM_ENTITY = 1;
const TERM_INTENT = 2;
const LAST_IS_WORD = 4;
const ROOT = 1;
/** The check word's low bits: the parent state (an empty cell holds -1, which no state equals). */
const STATE_MASK = 0xffffff;
/** The check of a state reached on a non-ASCII character: no state's number, so no ASCII step lands on it. */
const NO_PARENT = STATE_MASK;
const FLAG_SHIFT = 24;

export class LexiconTrie {
  private constructor(
    /** Per state `x`: base at `2x`, check | flags << FLAG_SHIFT at `2x + 1`. */
    private readonly cells: Int32Array,
    private readonly states: number,
    private readonly symbol: Uint8Array,
    private readonly extra: Map<number, number>,
    private readonly entityTerm: Int32Array,
    private readonly intentTerm: Int32Array,
    /** Per non-ASCII code unit (lower case): 1 when a term starts with it. */
    private readonly startsTerm: Uint8Array,
  ) {}

  static build(entries: readonly LexiconEntry[]): LexiconTrie {
    const children: Map<number, number>[] = [new Map<number, number>()];
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
          if (c >= 97 && c <= 122) symbol[c - 32] = symbol[c]!;
          if (c === 32) symbol[9] = symbol[10] = symbol[13] = symbol[32]!;
        }
        const map = children[node];
        let child = map.get(c);
        if (child === undefined) {
          child = children.length;
          children.push(new Map<number, number>());
          entityTerm.push(-1);
          intentTerm.push(-1);
          lastIsWord.push(isWordCode(c) && !gluesOn(c) ? 1 : 0);
          map.set(c, child);
        }
        node = child;
      }
      if (layer === LAYER_ENTITY) entityTerm[node] = payload;
      else intentTerm[node] = payload;
    }

    // Place states breadth-first, each node's children at the first base that fits.
    let capacity = children.length * 2 + width + 2;
    let base = new Int32Array(capacity);
    let check = new Int32Array(capacity).fill(-1);
    /** Grows the two arrays to `size` cells, new cells free. */
    const grow = (size: number): void => {
      capacity = size;
      const nb = new Int32Array(capacity);
      nb.set(base);
      base = nb;
      const nc = new Int32Array(capacity).fill(-1);
      nc.set(check);
      check = nc;
    };
    const stateOf = new Int32Array(children.length);
    stateOf[0] = ROOT;
    check[ROOT] = 0;
    let firstFree = ROOT + 1;
    const queue: number[] = [0];
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q];
      const state = stateOf[node];
      const syms: [number, number][] = [];
      for (const [c, child] of children[node]) {
        if (c < 128) {
          syms.push([symbol[c], child]);
          continue;
        }
        // A child on a non-ASCII character is reached through `extra`, not base + symbol:
        // it takes a free cell whose check no ASCII step can match.
        while (check[firstFree] !== -1 || firstFree + width + 1 >= capacity) {
          if (firstFree + width + 1 >= capacity) grow(capacity * 2);
          else firstFree++;
        }
        check[firstFree] = NO_PARENT;
        stateOf[child] = firstFree;
        queue.push(child);
      }
      if (syms.length === 0) continue;
      while (check[firstFree] !== -1) firstFree++;
      let b = Math.max(1, firstFree - (syms[0]?.[0] ?? 0));
      for (;;) {
        const top = b + width;
        if (top >= capacity) grow(top * 2);
        if (syms.every(([sym]) => check[b + sym] === -1)) break;
        b++;
      }
      base[state] = b;
      for (const [sym, child] of syms) {
        check[b + sym] = state;
        stateOf[child] = b + sym;
        queue.push(child);
      }
    }
    let size = 0;
    for (let i = capacity - 1; i >= 0; i--) {
      if (check[i] !== -1) {
        size = i + width + 1;
        break;
      }
    }
    if (size >= STATE_MASK) throw new RangeError('lexicon too large for the trie');
    const flags = new Uint8Array(size);
    const entityByState = new Int32Array(size).fill(-1);
    const intentByState = new Int32Array(size).fill(-1);
    const extra = new Map<number, number>();
    children.forEach((map, node) => {
      const state = stateOf[node];
      entityByState[state] = entityTerm[node]!;
      intentByState[state] = intentTerm[node]!;
      flags[state] =
        (entityTerm[node] >= 0 ? TERM_ENTITY : 0) |
        (intentTerm[node] >= 0 ? TERM_INTENT : 0) |
        (lastIsWord[node] === 1 ? LAST_IS_WORD : 0);
      for (const [c, child] of map) if (c >= 128) extra.set(state * 65536 + c, stateOf[child]);
    });
    const cells = new Int32Array(size * 2);
    for (let x = 0; x < size; x++) {
      cells[2 * x] = base[x];
      cells[2 * x + 1] = check[x] < 0 ? -1 : check[x] | (flags[x] << FLAG_SHIFT);
    }
    const startsTerm = new Uint8Array(65536);
    for (const c of children[0].keys()) if (c >= 128) startsTerm[c] = 1;
    return new LexiconTrie(cells, size, symbol, extra, entityByState, intentByState, startsTerm);
  }

  /** State of the entity term `entityTermEnd` last found. */
  private walked = 0;
  /** The intent term the same walk found: its state, and its end (-1: none). */
  private walkedIntent = 0;
  private intentEnd = -1;

  /**
   * End of the longest entity term starting at `p` and ending where a term may end,
   * or -1; its state in `walked`. The longest intent term starting there is left in
   * `intentEnd` and `walkedIntent`. The walk is as long as the longest term at most.
   */
  private entityTermEnd(s: string, p: number): number {
    const { cells, symbol, extra } = this;
    const n = s.length;
    let state = ROOT;
    let found = -1;
    this.intentEnd = -1;
    let j = p;
    while (j < n) {
      const c = s.charCodeAt(j);
      let next: number;
      if (c < 128) {
        const sym = symbol[c];
        if (sym === 0) break;
        next = cells[state << 1] + sym;
        if ((cells[(next << 1) + 1] & STATE_MASK) !== state) break;
        j++;
        if (sym === symbol[32]) while (j < n && (ASCII_CLASS[s.charCodeAt(j)] & SPACE) !== 0) j++;
      } else {
        next = extra.get(state * 65536 + lowerCode(c)) ?? 0;
        if (next === 0) break;
        j++;
      }
      state = next;
      const f = cells[(state << 1) + 1] >>> FLAG_SHIFT;
      if ((f & (TERM_ENTITY | TERM_INTENT)) !== 0) {
        const open = j < n && (f & LAST_IS_WORD) !== 0 && isWordCode(s.charCodeAt(j));
        if (!open && (f & TERM_ENTITY) !== 0) {
          found = j;
          this.walked = state;
        }
        if ((f & TERM_INTENT) !== 0 && (!open || gluesOn(s.charCodeAt(j)))) {
          this.intentEnd = j;
          this.walkedIntent = state;
        }
      }
    }
    return found;
  }

  /** Number of states in the double array (for tests and diagnostics). */
  get size(): number {
    return this.states;
  }

  scan(s: string, out: ScanResult): void {
    const { cells, symbol, extra } = this;
    const spaceSymbol = symbol[32];
    const hasExtra = extra.size > 0;
    const eHits = out.entityHits;
    const iHits = out.intentHits;
    const runs = out.digitRuns;
    const words = out.words;
    const n = s.length;
    // A word, a hit of each layer and a digit run take two characters at least
    // (one and a separator): room for all of them, then plain array writes.
    const most = (n >> 1) + 2;
    eHits.reserve(most);
    iHits.reserve(most);
    runs.reserve(most);
    words.reserve(most);
    const { entityTerm, intentTerm, startsTerm } = this;
    const eStart = eHits.start;
    const eEndAt = eHits.end;
    const ePayload = eHits.payload;
    const eWord = eHits.word;
    const eClause = eHits.clause;
    const iStart = iHits.start;
    const iEndAt = iHits.end;
    const iPayload = iHits.payload;
    const iWord = iHits.word;
    const iClause = iHits.clause;
    const runStart = runs.start;
    const runEnd = runs.end;
    const wordHash = words.hash;
    const wordStem = words.stem;
    let eCount = 0;
    let iCount = 0;
    let runCount = 0;
    let wordCount = 0;
    let wHash = WORD_SEED;
    let wLen = 0;
    let wStem = 0;
    let hasAt = false;
    let hasQuestion = false;
    let hasSlash = false;
    let hasNonAscii = false;
    let word = 0;
    let clause = 0;
    let eCovered = 0;
    let iCovered = 0;
    let i = 0;
    while (i < n) {
      const c0 = s.charCodeAt(i);
      let cls: number;
      if (c0 < 128) cls = SCAN_CLASS[c0]!;
      else {
        hasNonAscii = true;
        cls = isWordCode(c0) ? WORD : 0;
      }
      if ((cls & WORD) === 0) {
        if ((cls & MARK) !== 0) {
          if (c0 === 63) hasQuestion = true;
          else if (c0 === 64) hasAt = true;
          else if (c0 === 47) hasSlash = true;
          if ((cls & CLAUSE) !== 0) clause++;
        }
        i++;
        continue;
      }
      word++;

      let state = ROOT;
      let j = i;
      let eState = -1;
      let eEnd = 0;
      let iState = -1;
      let iEnd = 0;
      // The walk also hashes the word's leading ASCII letters for the intent model,
      // so that the loop below does not read them again: [i, hashed) are done.
      let hashed = i;
      while (j < n) {
        const c = s.charCodeAt(j);
        let next: number;
        let cell: number;
        if (c < 128) {
          const sym = symbol[c];
          if (sym === 0) break;
          next = cells[state << 1] + sym;
          // base[state] + sym < size for every state (see build), so no bounds check.
          cell = cells[(next << 1) + 1];
          if ((cell & STATE_MASK) !== state) break;
          const lc = c | 32;
          if (hashed === j && lc >= 97 && lc <= 122) {
            wHash = Math.imul(wHash ^ lc, 0x01000193);
            if (++wLen === STEM) wStem = wHash;
            hashed = j + 1;
          }
          j++;
          if (sym === spaceSymbol) {
            // Any run of whitespace matches the single space of a phrase.
            while (j < n && (ASCII_CLASS[s.charCodeAt(j)] & SPACE) !== 0) j++;
            state = next;
            continue;
          }
        } else {
          next = hasExtra ? (extra.get(state * 65536 + lowerCode(c)) ?? 0) : 0;
          if (next === 0) break;
          cell = cells[(next << 1) + 1];
          j++;
        }
        state = next;
        const f = cell >>> FLAG_SHIFT;
        if ((f & (TERM_ENTITY | TERM_INTENT)) !== 0) {
          // A Latin intent word takes a Korean particle or Chinese text glued on
          // ("CFPB에", "CFPB和"): the change of script ends it as a space would.
          const open = j < n && (f & LAST_IS_WORD) !== 0 && isWordCode(s.charCodeAt(j));
          if (!open && (f & TERM_ENTITY) !== 0) {
            eState = state;
            eEnd = j;
          }
          if ((f & TERM_INTENT) !== 0 && (!open || gluesOn(s.charCodeAt(j)))) {
            iState = state;
            iEnd = j;
          }
        }
      }
      let innerFrom = i + 1;
      if (eState >= 0 && eEnd > eCovered) {
        innerFrom = eEnd;
        // A particle glued on ("계좌번호는 …") is part of the cue, so that no word stands between.
        if (eEnd < n && gluesOn(s.charCodeAt(eEnd - 1))) {
          while (eEnd < n && gluesOn(s.charCodeAt(eEnd))) eEnd++;
        }
        eStart[eCount] = i;
        eEndAt[eCount] = eEnd;
        ePayload[eCount] = entityTerm[eState];
        eWord[eCount] = word;
        eClause[eCount] = clause;
        eCount++;
        eCovered = eEnd;
      }
      if (iState >= 0 && iEnd > iCovered) {
        iStart[iCount] = i;
        iEndAt[iCount] = iEnd;
        iPayload[iCount] = intentTerm[iState];
        iWord[iCount] = word;
        iClause[iCount] = clause;
        iCount++;
        iCovered = iEnd;
      }

      // The rest of the word: digit runs, and the word's hash for the intent model.
      let cc = c0;
      if (hashed > i) {
        i = hashed;
        if (i >= n) cc = 32;
        else {
          cc = s.charCodeAt(i);
          if (cc < 128) cls = ASCII_CLASS[cc];
          else {
            hasNonAscii = true;
            cls = isWordCode(cc) ? WORD : 0;
          }
        }
      }
      while (i < n && (cls & WORD) !== 0) {
        if ((cls & DIGIT) !== 0) {
          const d = i;
          i++;
          while (i < n) {
            const c = s.charCodeAt(i);
            if (c < 48 || c > 57) break;
            i++;
          }
          runStart[runCount] = d;
          runEnd[runCount] = i;
          runCount++;
          cc = 48; // a digit run reads as one "0"
        } else {
          if (cc < 128) cc |= 32;
          else cc = foldCode(cc);
          i++;
        }
        wHash = Math.imul(wHash ^ cc, 0x01000193);
        if (++wLen === STEM) wStem = wHash;
        if (i >= n) break;
        cc = s.charCodeAt(i);
        if (cc < 128) cls = ASCII_CLASS[cc]!;
        else {
          hasNonAscii = true;
          cls = isWordCode(cc) ? WORD : 0;
        }
        if ((cls & WORD) === 0) break;
      }
      // "私の電話番号は…": cues inside a run of a script written without spaces, after
      // other words. What the cue before took as glued particles ends where one starts.
      if (hasExtra && runsOn(c0)) {
        // End of the glued run found for an earlier hit: every later hit ending inside it
        // glues on to the same end, so each character is stepped over once.
        let glued = -1;
        // A clause holds a few cues; a run of hundreds is hostile, and each cue costs
        // the detectors a reading: the first MAX_INNER_CUES are kept.
        let inner = 0;
        for (let p = innerFrom; p < i && inner < MAX_INNER_CUES; p++) {
          const c = s.charCodeAt(p);
          const before = s.charCodeAt(p - 1);
          if (c < 128) {
            // A Latin word glued inside the run ("投訴咗去CFPB同埋…"), from its first
            // letter only: read for the intents (an entity cue keeps its own reading).
            if (!runsOn(before) || (ASCII_CLASS[c] & WORD) === 0 || (ASCII_CLASS[c] & DIGIT) !== 0)
              continue;
            this.entityTermEnd(s, p);
            const latinEnd = this.intentEnd;
            if (latinEnd >= p + 2 && p >= iCovered && iCount < iStart.length) {
              inner++;
              iStart[iCount] = p;
              iEndAt[iCount] = latinEnd;
              iPayload[iCount] = intentTerm[this.walkedIntent];
              iWord[iCount] = word;
              iClause[iCount] = clause;
              iCount++;
              iCovered = latinEnd;
              p = latinEnd - 1;
            }
            continue;
          }
          if (startsTerm[c] === 0 || !runsOn(c) || !runsOn(before)) continue;
          const end = this.entityTermEnd(s, p);
          // An intent's word inside the run ("…服务太差了", "我的律师…").
          const iEnd = this.intentEnd;
          if (iEnd >= p + 2 && p >= iCovered && iCount < iStart.length) {
            inner++;
            iStart[iCount] = p;
            iEndAt[iCount] = iEnd;
            iPayload[iCount] = intentTerm[this.walkedIntent];
            iWord[iCount] = word;
            iClause[iCount] = clause;
            iCount++;
            iCovered = iEnd;
          }
          // Room was reserved for a hit per two characters; a run of cues can ask no more.
          if (end < p + 2 || eCount === eStart.length) continue;
          inner++;
          let e = end;
          if (e <= glued) e = glued;
          else while (e < n && gluesOn(s.charCodeAt(e))) e++;
          glued = e;
          if (eCount > 0 && eEndAt[eCount - 1] > p) eEndAt[eCount - 1] = p;
          eStart[eCount] = p;
          eEndAt[eCount] = e;
          ePayload[eCount] = entityTerm[this.walked];
          eWord[eCount] = word;
          eClause[eCount] = clause;
          eCount++;
          eCovered = e;
          p = end - 1;
        }
      }
      // An apostrophe between letters ("don't") does not end the model's word.
      if ((cc === 39 || cc === 0x2019) && i + 1 < n) {
        const next = s.charCodeAt(i + 1);
        if ((next < 48 || next > 57) && isWordCode(next)) continue;
      }
      wordHash[wordCount] = mixHash(wHash);
      wordStem[wordCount] = wLen > STEM ? mixHash(wStem ^ STEM_SEED) : 0;
      wordCount++;
      wHash = WORD_SEED;
      wLen = 0;
    }
    eHits.count = eCount;
    iHits.count = iCount;
    runs.count = runCount;
    words.count = wordCount;
    out.hasDigit = runCount > 0;
    out.hasNonAscii = hasNonAscii;
    out.hasAt = hasAt;
    out.hasQuestion = hasQuestion;
    out.hasSlash = hasSlash;
  }
}
