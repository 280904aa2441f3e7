import type { CompiledPolicy } from './compiled-policy';
import type { ScanResult } from './lexicon-trie';
import { LONG_CUE_LENGTH } from './compiled-policy';
import type { WordTable } from './word-table';

/** How many words before a digit group are looked at, and how far back. */
const WORDS_BEFORE = 3;
const REACH = 40;
const MIN_LENGTH = 5;
/** A cue this close before a group is taken to be its cue. */
const TIGHT = 16;
const MAX_LENGTH = 24;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Misspelt cue words ("Accout 539266118", "Routng number …", "socail security
 * number …", "pasword is Rosebud!77"): the few words before each digit group
 * that no term matched are looked up among the one-edit misspellings of the
 * policy's cue words, and a match is added to the scan's entity hits as if the
 * cue had been spelt right. Only words near digits are looked at, so the cost
 * is a few lookups per digit group.
 */
export function addMisspeltCues(s: string, policy: CompiledPolicy, scan: ScanResult): void {
  const variants = policy.misspeltCues;
  if (variants.size === 0 || !scan.hasDigit) return;
  const runs = scan.digitRuns;
  const hits = scan.entityHits;
  let found: number[] | null = null;
  // Positions already looked at: runs are in text order, so one watermark suffices;
  // hits are in text order too, so one cursor finds the cue before a run.
  let seen = -1;
  let cursor = 0;
  for (let r = 0; r < runs.count; r++) {
    const runStart = runs.start[r] ?? 0;
    // A group that continues an amount, a date, a time or a number ("$12.50",
    // "11/02", "9:30", "555-0142") has its cue, if any, before the first group.
    // "AU-7712-3390" continues a letter prefix, not a number: its cue is still looked up.
    if (continuesNumber(s.charCodeAt(runStart - 1)) && !afterLetterPrefix(s, runStart)) continue;
    while (cursor < hits.count && (hits.end[cursor] ?? 0) <= runStart) cursor++;
    // A cue spelt right just before the group: nothing to look up.
    const before = cursor - 1;
    if (before >= 0 && runStart - (hits.end[before] ?? 0) <= TIGHT) {
      seen = runStart;
      continue;
    }
    let p = runStart;
    const floor = Math.max(seen, runStart - REACH);
    for (let w = 0; w < WORDS_BEFORE && p > floor; w++) {
      while (p > floor && !isLetter(s.charCodeAt(p - 1))) p--;
      const end = p;
      while (p > floor && isLetter(s.charCodeAt(p - 1))) p--;
      const start = p;
      if (start === end) break;
      if (start > 0 && isLetter(s.charCodeAt(start - 1))) break;
      const len = end - start;
      if (len < MIN_LENGTH || len > MAX_LENGTH) continue;
      // Misspellings keep the first letter: look up only lengths some misspelling has.
      const lengths = policy.misspeltLengths[(s.charCodeAt(start) | 32) - 97] ?? 0;
      let payload = (lengths & (1 << len)) !== 0 ? variants.get(s, start, end) : undefined;
      if (payload === undefined && (lengths & (1 << (len - 2))) !== 0)
        payload = doubledLetterCue(variants, s, start, end);
      if (payload === undefined && len >= LONG_CUE_LENGTH - 1)
        payload = twoEditCue(policy, lengths, s, start, end);
      if (payload !== undefined) (found ??= []).push(start, end, payload);
    }
    seen = runStart;
  }
  if (found !== null) mergeHits(scan, inTextOrder(found));
}

/**
 * A cue typed with one letter doubled ("routinng", "acccount", "savingss"): the
 * word with the double undone is a cue when two of its own one-letter drops
 * are misspellings of the same cue. Only words holding a double letter pay
 * for the lookups.
 */
function doubledLetterCue(
  variants: WordTable<number>,
  s: string,
  start: number,
  end: number,
): number | undefined {
  if (end - start < MIN_LENGTH + 2) return undefined;
  for (let i = start + 1; i + 1 < end; i++) {
    if ((s.charCodeAt(i) | 32) !== (s.charCodeAt(i + 1) | 32)) continue;
    const word = (s.slice(start, i) + s.slice(i + 1, end)).toLowerCase();
    const last = variants.get(word, 0, word.length - 1);
    if (last === undefined) continue;
    const second = word[0] + word.slice(2);
    if (variants.get(second, 0, second.length) === last) return last;
  }
  return undefined;
}

/** Words recently read by `twoEditCue`, to their payload or -1, per table. */
const twoEditMemo = new WeakMap<WordTable<number>, Map<string, number>>();
const MEMO_SIZE = 1024;

/**
 * A doubled letter on a misspelling, or a slip of a long cue (see below): a
 * word's answer is kept, so a post repeating the same word pays once for it.
 */
function twoEditCue(
  policy: CompiledPolicy,
  lengths: number,
  s: string,
  start: number,
  end: number,
): number | undefined {
  const len = end - start;
  const longLengths = policy.longCueLengths[(s.charCodeAt(start) | 32) - 97] ?? 0;
  const doubled = (lengths & (1 << (len - 1))) !== 0;
  if (!doubled && (longLengths & (3 << (len - 1))) === 0) return undefined;
  let memo = twoEditMemo.get(policy.longCueForms);
  if (memo === undefined) twoEditMemo.set(policy.longCueForms, (memo = new Map<string, number>()));
  const word = s.slice(start, end).toLowerCase();
  const known = memo.get(word);
  if (known !== undefined) return known < 0 ? undefined : known;
  let payload = doubled ? doubledLetterOnMisspelling(policy.misspeltCues, word) : undefined;
  if (payload === undefined && len >= LONG_CUE_LENGTH) payload = slipOfLongCue(policy, word);
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(word, payload ?? -1);
  return payload;
}

/**
 * A cue typed with one letter doubled on top of a dropped or swapped one
 * ("aacount", "rouutng"): the word with the double undone is itself a misspelling.
 */
function doubledLetterOnMisspelling(variants: WordTable<number>, s: string): number | undefined {
  const start = 0;
  const end = s.length;
  if (end - start < MIN_LENGTH + 1) return undefined;
  for (let i = start; i + 1 < end; i++) {
    if ((s.charCodeAt(i) | 32) !== (s.charCodeAt(i + 1) | 32)) continue;
    const payload = variants.getEdited(s, start, end, i, -1);
    if (payload !== undefined) return payload;
  }
  return undefined;
}

/** Neighbouring keys on a QWERTY keyboard, per letter a…z. */
const NEIGHBOURS = [
  'qwsz',
  'vghn',
  'xdfv',
  'serfcx',
  'wsdr',
  'drtgvc',
  'ftyhbv',
  'gyujnb',
  'ujko',
  'huikmn',
  'jiolm',
  'kop',
  'njk',
  'bhjm',
  'iklp',
  'ol',
  'wa',
  'edft',
  'awedxz',
  'rfgy',
  'yhji',
  'cfgb',
  'qase',
  'zsdc',
  'tghu',
  'asx',
].map((keys) => {
  let mask = 0;
  for (let k = 0; k < keys.length; k++) mask |= 1 << (keys.charCodeAt(k) - 97);
  return mask;
});

/** Whether letters a and b (char codes, any case) are the same or neighbouring keys. */
function nearKeys(a: number, b: number): boolean {
  const x = (a | 32) - 97;
  const y = (b | 32) - 97;
  if (x < 0 || x >= 26 || y < 0 || y >= 26) return false;
  return x === y || ((NEIGHBOURS[x] ?? 0) & (1 << y)) !== 0;
}

/**
 * A long cue (LONG_CUE_LENGTH letters or more) typed with one letter hit on a
 * neighbouring key ("accoumt", "routimg") or one neighbouring key hit as well
 * ("accoiunt", "savinfgs"), the first letter kept. Only words whose length and
 * first letter some such slip has are looked up, each edit without building it.
 */
function slipOfLongCue(policy: CompiledPolicy, s: string): number | undefined {
  const start = 0;
  const end = s.length;
  const len = end - start;
  const lengths = policy.longCueLengths[(s.charCodeAt(start) | 32) - 97] ?? 0;
  const forms = policy.longCueForms;
  if ((lengths & (1 << len)) !== 0) {
    for (let i = start + 1; i < end; i++) {
      const value = forms.getEdited(s, start, end, i, 63);
      if (value === undefined || (value & 31) === 31) continue;
      if (nearKeys(s.charCodeAt(i), 97 + (value & 31))) return value >> 5;
    }
  }
  if ((lengths & (1 << (len - 1))) !== 0) {
    for (let i = start + 1; i < end; i++) {
      // A doubled letter is read by doubledLetterCue, save a doubled first one ("aaccount").
      const c = s.charCodeAt(i);
      if (c === s.charCodeAt(i - 1) && i > start + 1) continue;
      if (!nearKeys(c, s.charCodeAt(i - 1)) && !(i + 1 < end && nearKeys(c, s.charCodeAt(i + 1))))
        continue;
      const value = forms.getEdited(s, start, end, i, -1);
      if (value !== undefined && (value & 31) === 31) return value >> 5;
    }
  }
  return undefined;
}

/**
 * The (start, end, payload) triples sorted by start, in place, equal starts kept
 * in their order. They come nearly sorted (runs in text order, each run's words
 * read backwards, at most WORDS_BEFORE of them), so an insertion sort moves each
 * triple at most a couple of places: linear in the number found, which a post
 * of misspelt cues before numbers makes large.
 */
function inTextOrder(found: number[]): number[] {
  for (let f = 3; f < found.length; f += 3) {
    const start = found[f] ?? 0;
    const end = found[f + 1] ?? 0;
    const payload = found[f + 2] ?? 0;
    let g = f;
    while (g > 0 && (found[g - 3] ?? 0) > start) {
      found[g] = found[g - 3] ?? 0;
      found[g + 1] = found[g - 2] ?? 0;
      found[g + 2] = found[g - 1] ?? 0;
      g -= 3;
    }
    found[g] = start;
    found[g + 1] = end;
    found[g + 2] = payload;
  }
  return found;
}

/** Whether the group follows "AU-", "LN-", "HO " style letters directly (an alphanumeric id). */
function afterLetterPrefix(s: string, runStart: number): boolean {
  return runStart >= 2 && s.charCodeAt(runStart - 1) === 45 && isLetter(s.charCodeAt(runStart - 2));
}

function continuesNumber(c: number): boolean {
  return c === 36 || c === 47 || c === 46 || c === 44 || c === 58 || c === 45;
}

/** Merges the found cues (start, end, payload triples in text order) into the entity hits. */
function mergeHits(scan: ScanResult, found: readonly number[]): void {
  const hits = scan.entityHits;
  const count = hits.count;
  const start = hits.start.slice(0, count);
  const end = hits.end.slice(0, count);
  const payload = hits.payload.slice(0, count);
  const word = hits.word.slice(0, count);
  const clause = hits.clause.slice(0, count);
  hits.reset();
  let k = 0;
  for (let f = 0; f < found.length; f += 3) {
    const fs = found[f] ?? 0;
    const fe = found[f + 1] ?? 0;
    // Already matched as a term (a longer phrase over it): not a misspelling.
    let covered = false;
    for (let o = k; o < count && (start[o] ?? 0) < fe; o++) if ((end[o] ?? 0) > fs) covered = true;
    if (k > 0 && (end[k - 1] ?? 0) > fs) covered = true;
    if (covered) continue;
    while (k < count && (start[k] ?? 0) < fs) {
      hits.push(start[k] ?? 0, end[k] ?? 0, payload[k] ?? 0, word[k] ?? 0, clause[k] ?? 0);
      k++;
    }
    hits.push(fs, fe, found[f + 2] ?? 0, 0, 0);
  }
  for (; k < count; k++) {
    hits.push(start[k] ?? 0, end[k] ?? 0, payload[k] ?? 0, word[k] ?? 0, clause[k] ?? 0);
  }
}
