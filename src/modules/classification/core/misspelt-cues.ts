import type { CompiledPolicy } from './compiled-policy';
import type { ScanResult } from './lexicon-trie';

/** How many words before a digit group are looked at, and how far back. */
const WORDS_BEFORE = 3;
const REACH = 40;
const MIN_LENGTH = 5;
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
  // Positions already looked at: runs are in text order, so one watermark suffices.
  let seen = -1;
  for (let r = 0; r < runs.count; r++) {
    const runStart = runs.start[r] ?? 0;
    // A group that continues an amount, a date, a time or a number ("$12.50",
    // "11/02", "9:30", "555-0142") has its cue, if any, before the first group.
    if (continuesNumber(s.charCodeAt(runStart - 1))) continue;
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
      const payload = variants.get(s, start, end);
      if (payload !== undefined && !coveredByHit(scan, start, end)) {
        insertHit(scan, start, end, payload);
      }
    }
    seen = Math.max(seen, runStart);
  }
}

function continuesNumber(c: number): boolean {
  return c === 36 || c === 47 || c === 46 || c === 44 || c === 58 || c === 45;
}

function coveredByHit(scan: ScanResult, start: number, end: number): boolean {
  const hits = scan.entityHits;
  for (let k = 0; k < hits.count; k++) {
    if ((hits.start[k] ?? 0) < end && (hits.end[k] ?? 0) > start) return true;
  }
  return false;
}

/** Inserts an entity hit keeping the list in text order. */
function insertHit(scan: ScanResult, start: number, end: number, payload: number): void {
  const hits = scan.entityHits;
  hits.push(start, end, payload, 0, 0);
  let k = hits.count - 1;
  while (k > 0 && (hits.start[k - 1] ?? 0) > start) {
    hits.start[k] = hits.start[k - 1] ?? 0;
    hits.end[k] = hits.end[k - 1] ?? 0;
    hits.payload[k] = hits.payload[k - 1] ?? 0;
    hits.word[k] = hits.word[k - 1] ?? 0;
    hits.clause[k] = hits.clause[k - 1] ?? 0;
    k--;
  }
  hits.start[k] = start;
  hits.end[k] = end;
  hits.payload[k] = payload;
  hits.word[k] = 0;
  hits.clause[k] = 0;
}
