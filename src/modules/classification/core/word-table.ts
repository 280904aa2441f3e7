/**
 * Case-insensitive lookup of an ASCII word inside a string, without slicing or
 * lower-casing it first: the detectors ask "is the word at [a, b) one of …?" in
 * their hot loops.
 */
export class WordTable<V> {
  private readonly keys: Int32Array;
  private readonly slots: Int32Array;
  private readonly words: string[] = [];
  private readonly values: V[] = [];
  private readonly mask: number;
  /**
   * What the words can be, read before hashing: per first letter ('a'…'z', then
   * any other start), bit L when some word of length L (< 31) starts with it;
   * and the longest length. Most words looked up are in no table, and most of
   * those fail here.
   */
  private readonly lengthsByFirst = new Uint32Array(27);
  private readonly longest: number = 0;

  constructor(entries: Iterable<readonly [string, V]>) {
    const list = [...entries];
    let size = 16;
    while (size < list.length * 4) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.slots = new Int32Array(size).fill(-1);
    for (const [word, value] of list) {
      const lower = word.toLowerCase();
      const h = hashOf(lower, 0, lower.length);
      let p = h & this.mask;
      while (this.slots[p] !== -1) p = (p + 1) & this.mask;
      this.keys[p] = h;
      this.slots[p] = this.words.length;
      this.words.push(lower);
      this.values.push(value);
      this.longest = Math.max(this.longest, lower.length);
      if (lower.length < 31)
        this.lengthsByFirst[firstIndex(lower.charCodeAt(0))] |= 1 << lower.length;
    }
  }

  /** Number of entries. */
  get size(): number {
    return this.words.length;
  }

  get(s: string, a: number, b: number): V | undefined {
    const len = b - a;
    if (len > this.longest) return undefined;
    // A match has a word's length and first letter (folded as sameWord folds it).
    if (
      len < 31 &&
      (((this.lengthsByFirst[firstIndex(lower(s.charCodeAt(a)))] ?? 0) >>> len) & 1) === 0
    )
      return undefined;
    const h = hashOf(s, a, b);
    let p = h & this.mask;
    for (;;) {
      const slot = this.slots[p];
      if (slot === -1) return undefined;
      if (this.keys[p] === h && sameWord(s, a, b, this.words[slot])) return this.values[slot];
      p = (p + 1) & this.mask;
    }
  }

  /**
   * `get` of the word at [a, b) with its character at `at` replaced by the char
   * code `by`, or dropped when `by` is -1, without building the edited word.
   */
  getEdited(s: string, a: number, b: number, at: number, by: number): V | undefined {
    const len = by < 0 ? b - a - 1 : b - a;
    if (len <= 0 || len > this.longest) return undefined;
    const first = at === a ? (by < 0 ? s.charCodeAt(a + 1) : by) : s.charCodeAt(a);
    if (len < 31 && (((this.lengthsByFirst[firstIndex(lower(first))] ?? 0) >>> len) & 1) === 0)
      return undefined;
    let h = 0x811c9dc5 | 0;
    for (let i = a; i < b; i++) {
      if (i === at && by < 0) continue;
      const c = i === at ? by : s.charCodeAt(i);
      h = Math.imul(h ^ lower(c), 0x01000193);
    }
    let p = h & this.mask;
    for (;;) {
      const slot = this.slots[p];
      if (slot === -1) return undefined;
      if (this.keys[p] === h && sameEdited(s, a, b, at, by, this.words[slot] ?? ''))
        return this.values[slot];
      p = (p + 1) & this.mask;
    }
  }

  has(s: string, a: number, b: number): boolean {
    return this.get(s, a, b) !== undefined;
  }

  static of(words: Iterable<string>): WordTable<true> {
    return new WordTable([...words].map((w) => [w, true] as const));
  }

  /**
   * Each word with the bits of every list it is in, so that one lookup tells
   * all a word may be: `WordTable.ofBits([[ROADS, ROAD], [SUFFIXES, SUFFIX]])`.
   */
  static ofBits(lists: readonly (readonly [readonly string[], number])[]): WordTable<number> {
    const bits = new Map<string, number>();
    for (const [words, bit] of lists) {
      for (const word of words) {
        const w = word.toLowerCase();
        bits.set(w, (bits.get(w) ?? 0) | bit);
      }
    }
    return new WordTable(bits);
  }
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** 0…25 for 'a'…'z', 26 for any other character (or none). */
function firstIndex(c: number): number {
  return c >= 97 && c <= 122 ? c - 97 : 26;
}

function hashOf(s: string, a: number, b: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = a; i < b; i++) h = Math.imul(h ^ lower(s.charCodeAt(i)), 0x01000193);
  return h;
}

function sameWord(s: string, a: number, b: number, word: string): boolean {
  if (b - a !== word.length) return false;
  for (let i = a; i < b; i++) if (lower(s.charCodeAt(i)) !== word.charCodeAt(i - a)) return false;
  return true;
}

function sameEdited(
  s: string,
  a: number,
  b: number,
  at: number,
  by: number,
  word: string,
): boolean {
  if ((by < 0 ? b - a - 1 : b - a) !== word.length) return false;
  let k = 0;
  for (let i = a; i < b; i++) {
    if (i === at && by < 0) continue;
    const c = i === at ? by : s.charCodeAt(i);
    if (lower(c) !== word.charCodeAt(k++)) return false;
  }
  return true;
}

/**
 * A fixed set of 32-bit integers (the scan's word hashes), tested with a few
 * array reads rather than a `Set` lookup: open addressing, at most a quarter full.
 */
export class IntSet {
  private readonly keys: Int32Array;
  private readonly used: Uint8Array;
  private readonly shift: number;

  constructor(values: Iterable<number>) {
    const list = [...new Set(values)];
    let bits = 4;
    while (1 << bits < list.length * 4) bits++;
    this.shift = 32 - bits;
    this.keys = new Int32Array(1 << bits);
    this.used = new Uint8Array(1 << bits);
    const mask = (1 << bits) - 1;
    for (const v of list) {
      let p = Math.imul(v, 0x9e3779b1) >>> this.shift;
      while (this.used[p] === 1) p = (p + 1) & mask;
      this.keys[p] = v;
      this.used[p] = 1;
    }
  }

  has(v: number): boolean {
    const { keys, used } = this;
    const mask = keys.length - 1;
    for (let p = Math.imul(v, 0x9e3779b1) >>> this.shift; used[p] === 1; p = (p + 1) & mask) {
      if (keys[p] === v) return true;
    }
    return false;
  }
}
