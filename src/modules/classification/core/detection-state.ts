import { primaryCategory, type CompiledPolicy } from './compiled-policy';
import type { ScanResult } from './lexicon-trie';
import type { ContextCategory } from '../../policy/core';

/** A finding in normalised-text coordinates, before mapping back and masking. */
export interface RawFinding {
  type: number;
  start: number;
  end: number;
  detector: string;
  confidence: number;
}

let coverage: Uint8Array = new Uint8Array(4096);

/**
 * Per-post working state shared by the detectors. Detectors run in a fixed order
 * and claim the spans they recognise (findings and hard negatives alike), so a
 * later detector never reinterprets them.
 */
export class DetectionState {
  readonly n: number;
  readonly findings: RawFinding[] = [];
  readonly covered: Uint8Array;
  /** Context hits (entity layer, with a category), in text order. */
  readonly ctxStart: number[] = [];
  readonly ctxEnd: number[] = [];
  readonly ctxCategory: ContextCategory[] = [];
  readonly ctxMask: number[] = [];

  constructor(
    readonly s: string,
    readonly policy: CompiledPolicy,
    readonly scan: ScanResult,
  ) {
    this.n = s.length;
    if (coverage.length < this.n + 1) coverage = new Uint8Array(this.n * 2 + 1);
    coverage.fill(0, 0, this.n + 1);
    this.covered = coverage;
    const hits = scan.entityHits;
    for (let k = 0; k < hits.count; k++) {
      const payload = policy.entityPayloads[hits.payload[k] ?? 0];
      const mask = payload?.ctxMask ?? 0;
      const category = primaryCategory(mask);
      if (category === undefined) continue;
      this.ctxStart.push(hits.start[k] ?? 0);
      this.ctxEnd.push(hits.end[k] ?? 0);
      this.ctxCategory.push(category);
      this.ctxMask.push(mask);
    }
  }

  claim(start: number, end: number): void {
    this.covered.fill(1, start, end);
  }

  isClaimed(start: number, end: number): boolean {
    const c = this.covered;
    for (let i = start; i < end; i++) if (c[i] === 1) return true;
    return false;
  }

  emit(type: number, start: number, end: number, detector: string, confidence: number): void {
    this.findings.push({ type, start, end, detector, confidence });
    this.claim(start, end);
  }

  /** Index of the nearest context hit ending at or before `pos` within `maxGap`, or -1. */
  contextBefore(pos: number, maxGap: number): number {
    const ends = this.ctxEnd;
    let lo = 0;
    let hi = ends.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((ends[mid] ?? 0) <= pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0 || pos - (ends[found] ?? 0) > maxGap) return -1;
    return found;
  }

  /** Index of the nearest context hit starting at or after `pos` within `maxGap`, or -1. */
  contextAfter(pos: number, maxGap: number): number {
    const starts = this.ctxStart;
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) >= pos) {
        found = mid;
        hi = mid - 1;
      } else lo = mid + 1;
    }
    if (found < 0 || (starts[found] ?? 0) - pos > maxGap) return -1;
    return found;
  }
}

export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isAsciiAlnum(c: number): boolean {
  return isAsciiDigit(c) || isAsciiLetter(c);
}

export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

const LINKER_WORDS = new Set([
  'is',
  'was',
  'are',
  'number',
  'numbers',
  'no',
  'nr',
  'nbr',
  'num',
  'id',
  'the',
  'my',
  'our',
  'of',
  'ending',
  'in',
  'with',
  'its',
  "it's",
  'be',
  'here',
  'below',
  'should',
  'this',
  'that',
  'for',
  'a',
  'an',
  'me',
  'at',
  'on',
  'to',
  'just',
  'new',
  'old',
  'acct',
  'account',
  'please',
  'use',
  'it',
]);

/**
 * Whether only linking words and punctuation ("number is", "#", ":") stand between
 * `from` and `to`: a context word counts fully only when it is tied to the value
 * ("account # 1234…"), not merely somewhere in the same sentence.
 */
export function linkerOnly(s: string, from: number, to: number): boolean {
  let words = 0;
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (
      isBlank(c) ||
      c === 58 ||
      c === 35 ||
      c === 45 ||
      c === 61 ||
      c === 44 ||
      c === 40 ||
      c === 41 ||
      c === 46 ||
      c === 34 ||
      c === 39 ||
      c === 62
    ) {
      i++;
      continue;
    }
    if (!isAsciiLetter(c)) return false;
    let j = i;
    while (j < to && (isAsciiLetter(s.charCodeAt(j)) || s.charCodeAt(j) === 39)) j++;
    if (!LINKER_WORDS.has(s.slice(i, j).toLowerCase())) return false;
    if (++words > 4) return false;
    i = j;
  }
  return true;
}
