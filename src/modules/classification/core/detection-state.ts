import type { CompiledPolicy } from './compiled-policy';
import type { ScanResult } from './lexicon-trie';
import type { ContextCategory } from '../../policy/core';
import type { NumericDetector } from './numeric-entity.detector';
import { WordTable } from './word-table';

/** A finding in normalised-text coordinates, before mapping back and masking. */
export interface RawFinding {
  type: number;
  start: number;
  end: number;
  detector: string;
  confidence: number;
}

/** What `PositionMemo.get` returns for a position not computed for the current post. */
export const MEMO_UNSET = -0x80000000;

/**
 * A value per text position, computed at most once per post: for readings that
 * neighbouring keywords would otherwise repeat word by word (the credential
 * clause walks of "password password password …"). Stamped like the coverage,
 * so nothing needs clearing between posts.
 */
export class PositionMemo {
  private stamp: Uint32Array = new Uint32Array(0);
  private value: Int32Array = new Int32Array(0);
  private epoch = 1;

  /** Forgets every value: a new post. */
  clear(): void {
    if (++this.epoch === 0xffffffff) {
      this.stamp.fill(0);
      this.epoch = 1;
    }
  }

  /** Makes room for positions 0…n. */
  reserve(n: number): void {
    if (this.stamp.length > n) return;
    this.stamp = new Uint32Array(2 * n + 2);
    this.value = new Int32Array(2 * n + 2);
  }

  /** The value at `i` (reserved), or MEMO_UNSET. */
  get(i: number): number {
    return this.stamp[i] === this.epoch ? this.value[i] : MEMO_UNSET;
  }

  set(i: number, v: number): void {
    this.stamp[i] = this.epoch;
    this.value[i] = v;
  }
}

/**
 * Per-post working state shared by the detectors. Detectors run in a fixed order
 * and claim the spans they recognise (findings and hard negatives alike), so a
 * later detector never reinterprets them.
 */
/** An index over a post's findings that a reader keeps while it runs (see `foreignNear`). */
export interface FindingsIndex {
  readonly findings: RawFinding[];
  settle(): void;
}

export class DetectionState {
  n = 0;
  findings: RawFinding[] = [];
  /**
   * Coverage stamps: a position is claimed when it holds the current post's
   * epoch, so nothing needs clearing between posts.
   */
  covered: Uint32Array = new Uint32Array(4096);
  epoch = 0;
  /** Set by the detectors: a number nothing read, near a card, account, routing or SSN cue or long. */
  unreadNumber = false;
  /** Phone keys (see `phoneKey`) and email domains the post's context adds to the brand's. */
  ownPhones: ReadonlySet<string> | null = null;
  ownDomains: ReadonlySet<string> | null = null;
  /** Phone keys of the numbers this post names as another's (a caller's, an advertiser's …). */
  othersPhones: Set<string> | null = null;
  /** Context hits (entity layer, with a category), in text order; `ctxCount` are valid. */
  ctxCount = 0;
  readonly ctxStart: number[] = [];
  readonly ctxEnd: number[] = [];
  readonly ctxCategory: ContextCategory[] = [];
  /** The credential detector's clause readings per word start (see clauseThenLink). */
  readonly clauseWords = new PositionMemo();
  /** The credential detector's clause-stop readings per word start (see clauseStopAhead). */
  readonly clauseStops = new PositionMemo();
  /**
   * The address readers' index of the findings near a span, while the street readers run
   * (see FindingsNear in address.detector.ts); null outside them.
   */
  foreignNear: FindingsIndex | null = null;
  /** mentions(): the gates read over this post, and their answers. */
  private readonly gates = new Map<RegExp, boolean>();

  constructor(
    public s: string,
    public policy: CompiledPolicy,
    public scan: ScanResult,
    /** The digit-run detector with its buffers (from the classifier's scratch space). */
    readonly numeric: NumericDetector,
    /** IBAN character positions of the candidate being read. */
    readonly ibanPositions: Int32Array = new Int32Array(40),
  ) {
    this.reset(s, policy, scan);
  }

  /** Classification is synchronous: one state object is reused from post to post. */
  reset(s: string, policy: CompiledPolicy, scan: ScanResult): this {
    this.s = s;
    this.policy = policy;
    this.scan = scan;
    this.n = s.length;
    this.unreadNumber = false;
    this.clauseWords.clear();
    this.clauseStops.clear();
    this.foreignNear = null;
    this.othersPhones = null;
    if (this.gates.size > 0) this.gates.clear();
    // A fresh list: the classifier reads it after the next reset would clear it.
    this.findings = [];
    if (this.covered.length < this.n + 1) {
      this.covered = new Uint32Array(this.n * 2 + 1);
      this.epoch = 0;
    }
    if (++this.epoch === 0xffffffff) {
      this.covered.fill(0);
      this.epoch = 1;
    }
    let count = 0;
    const hits = scan.entityHits;
    for (let k = 0; k < hits.count; k++) {
      const category = policy.entityPayloads[hits.payload[k] ?? 0]?.category;
      if (category === undefined) continue;
      if (category === 'account' && checkingAsVerb(s, hits.start[k] ?? 0, hits.end[k] ?? 0))
        continue;
      if (category === 'ssn' && lowerCaseAcronym(s, hits.start[k] ?? 0, hits.end[k] ?? 0)) continue;
      this.ctxStart[count] = hits.start[k] ?? 0;
      this.ctxEnd[count] = hits.end[k] ?? 0;
      this.ctxCategory[count] = category;
      count++;
    }
    this.ctxCount = count;
    return this;
  }

  /** Whether the post holds a scam offer's words ("work from home", "no credit check"). */
  advertises(): boolean {
    const hits = this.scan.intentHits;
    const offer = this.policy.offerPayloads;
    for (let k = 0; k < hits.count; k++) if (offer[hits.payload[k] ?? 0] === 1) return true;
    return false;
  }

  /**
   * Whether the post holds a match of `words` anywhere, read once per post: a gate for patterns
   * asked at each of many positions, which need one of those words near the position.
   */
  mentions(words: RegExp): boolean {
    let seen = this.gates.get(words);
    if (seen === undefined) {
      seen = words.test(this.s);
      this.gates.set(words, seen);
    }
    return seen;
  }

  /** Whether the scan met the word "dot" (spelled-out email addresses). */
  sawDotWord(): boolean {
    const hits = this.scan.entityHits;
    const dot = this.policy.dotPayload;
    for (let k = 0; k < hits.count; k++) if (hits.payload[k] === dot) return true;
    return false;
  }

  claim(start: number, end: number): void {
    const c = this.covered;
    const e = this.epoch;
    for (let i = start; i < end; i++) c[i] = e;
  }

  isClaimed(start: number, end: number): boolean {
    const c = this.covered;
    const e = this.epoch;
    for (let i = start; i < end; i++) if (c[i] === e) return true;
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
    let hi = this.ctxCount - 1;
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
    let hi = this.ctxCount - 1;
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

/** Words after which "checking" is the verb: "checking on my claim", "checking with you". */
const AFTER_CHECKING_VERB = WordTable.of([
  'on',
  'in',
  'with',
  'to',
  'if',
  'whether',
  'my',
  'the',
  'your',
  'back',
  'out',
  'up',
  'into',
  'for',
  'about',
  'again',
  'this',
  'that',
  // "4471 2290 83 <- thats my checking".
  'thats',
  "that's",
  'it',
  'what',
  'why',
  'when',
  'how',
  'and',
  'before',
  'every',
]);

/** Whether the cue at [a, b) is "checking" used as a verb ("checking on the status of report …"). */
function checkingAsVerb(s: string, a: number, b: number): boolean {
  if (b - a !== 8 || (s.charCodeAt(a) | 32) !== 99 || (s.charCodeAt(b - 1) | 32) !== 103)
    return false;
  let p = b;
  while (p < s.length && s.charCodeAt(p) === 32) p++;
  let q = p;
  while (q < s.length && isAsciiLetter(s.charCodeAt(q))) q++;
  return q > p && AFTER_CHECKING_VERB.has(s, p, q);
}

/**
 * Whether the SSN cue at [a, b) is a bare "sin" or "nas" not written in capitals: Canada's
 * "SIN" and "NAS" are acronyms, while Spanish "sin" is "without" and Portuguese "nas" is
 * "in the" ("sin cargo 046 …", "nas contas …").
 */
function lowerCaseAcronym(s: string, a: number, b: number): boolean {
  if (b - a !== 3) return false;
  const c0 = s.charCodeAt(a) | 32;
  if (!(
    (c0 === 115 && (s.charCodeAt(a + 1) | 32) === 105) ||
    (c0 === 110 && (s.charCodeAt(a + 1) | 32) === 97)
  ))
    return false;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c < 65 || c > 90) return true;
  }
  return false;
}

/** The ASCII digits of s[a, b), as numbers (other characters are skipped). */
export function digitsOf(s: string, a: number, b: number): number[] {
  const d: number[] = [];
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) d.push(c - 48);
  }
  return d;
}

/**
 * `s.charCodeAt(i)`, or -1 outside the string. Detectors look one character past
 * a value's edges; reading out of bounds would deoptimise V8's compiled code.
 */
export function codeAt(s: string, i: number): number {
  return i >= 0 && i < s.length ? s.charCodeAt(i) : -1;
}

export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** An ASCII capital, A to Z. */
export function isAsciiCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Whether every character of [a, b) is an ASCII capital (true for an empty range). */
export function allAsciiCapitals(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isAsciiCapital(codeAt(s, i))) return false;
  return true;
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

const LINKER_WORDS = WordTable.of([
  'is',
  'was',
  'are',
  'number',
  'numbers',
  'no',
  'nr',
  // round 19: "polizza n. 380194472", "Contrat n° MRH …": a number's abbreviation in
  // Italian and French (the degree sign is skipped as punctuation below).
  'n',
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
  // "la CLABE de mi cuenta allá es …": where the account is, as "here" says.
  'there',
  'alla',
  'aqui',
  'aca',
  'below',
  'should',
  'this',
  'that',
  // "4471 2290 83 <- thats my checking".
  'thats',
  "that's",
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
  'pls',
  'plz',
  'use',
  'it',
  // Spanish: "mi número de cuenta es …", "número de ruta: …", "llámenme al …".
  'es',
  // Haitian Creole "nimewo polis la se …", "polis asirans mwen se …": is, my.
  'se',
  'mwen',
  'de',
  'del',
  'el',
  'la',
  'al',
  'mi',
  'su',
  'numero',
  'nro',
  // Portuguese and Vietnamese, as normalised: "minha conta é …", "số tài khoản của tôi là …".
  'e',
  'da',
  'do',
  'meu',
  'minha',
  'cua',
  'toi',
  // "uma conta com vocês, número …".
  'com',
  'voces',
  // German: "Seine Kontonummer war …", "meine Kontonummer lautet …".
  'ist',
  'war',
  'lautet',
  'meine',
  'seine',
  'ihre',
  // French and Tagalog: "mon compte est …", "account number ko ay …".
  'est',
  'mon',
  'ko',
  'ay',
  // round 26: Tagalog's courtesy "po" ("Account ko po 2201-884-019").
  'po',
  // "number" typed fast: "accout numbr 2047 7718 93".
  'numbr',
  'nmbr',
  'numbe',
  'numer',
  'nunber',
  'mumber',
  'numbet',
  'nummer',
  // round 28: letters swapped ("acount nubmer is …").
  'nubmer',
  'numebr',
  'nuber',
  'numbre',
  // Money moving to or from it: "my SSI goes into …", "ACH debit from …", "refund back to …".
  'goes',
  'go',
  'went',
  'gets',
  'hits',
  'lands',
  'landed',
  'deposits',
  'deposited',
  'sent',
  'paid',
  'pays',
  'comes',
  'come',
  'came',
  'coming',
  'taken',
  'pull',
  'pulls',
  'pulled',
  'debit',
  'debits',
  'drafts',
  'drafted',
  'out',
  'into',
  'onto',
  'from',
  'back',
  'via',
  // Whose it is: "the account of my son", "la cuenta de mi hijo …".
  'son',
  'daughter',
  'wife',
  'husband',
  'mom',
  'dad',
  'mother',
  'father',
  'hijo',
  'hija',
  'esposo',
  'esposa',
  'mama',
  'papa',
  'madre',
  'padre',
  // round 21: a business's account: "la cuenta corriente de la empresa es …", "a conta da loja é …".
  'empresa',
  'negocio',
  'loja',
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
    const c = codeAt(s, i);
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
      c === 62 ||
      c === 60 ||
      c === 0xb0 ||
      c === 0xba ||
      // round 23: the cue asked, then answered ("acct? 220 447 1983"): right after the cue only.
      (c === 63 && i === from)
    ) {
      i++;
      continue;
    }
    if (!isAsciiLetter(c)) return false;
    let j = i;
    while (j < to && (isAsciiLetter(codeAt(s, j)) || codeAt(s, j) === 39)) j++;
    if (!LINKER_WORDS.has(s, i, j)) return false;
    if (++words > 4) return false;
    i = j;
  }
  return true;
}
