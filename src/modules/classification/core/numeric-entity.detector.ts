import type { ContextCategory } from '../../policy/core';
import { abaValid, isCardNumber, isTollFree, nanpValid, ssnValid } from './checksums';
import { ENTITY_INDEX, phoneKey } from './compiled-policy';
import { validDate } from './date-of-birth.detector';
import { isAsciiLetter, linkerOnly, type DetectionState } from './detection-state';

const CARD = ENTITY_INDEX.CARD_NUMBER;
const ACCOUNT = ENTITY_INDEX.BANK_ACCOUNT;
const ROUTING = ENTITY_INDEX.ROUTING_NUMBER;
const SSN = ENTITY_INDEX.SSN;
const PHONE = ENTITY_INDEX.PHONE;
const DOB = ENTITY_INDEX.DATE_OF_BIRTH;
/** A recognised hard negative: consumes its digits without a finding. */
const NONE = -1;

const MAX_WINDOW_DIGITS = 19;
/** Longest digit group kept for windows; longer runs are ids, hashes, noise. */
const MAX_GROUP = 19;

// Reused between posts (classification is synchronous).
let gStart: Int32Array = new Int32Array(256);
let gEnd: Int32Array = new Int32Array(256);
let gOff: Int32Array = new Int32Array(256);
let digits: Uint8Array = new Uint8Array(1024);

function ensureGroups(count: number): void {
  if (count < gStart.length) return;
  const grow = (a: Int32Array): Int32Array => {
    const b = new Int32Array(a.length * 2);
    b.set(a);
    return b;
  };
  gStart = grow(gStart);
  gEnd = grow(gEnd);
  gOff = grow(gOff);
}

function ensureDigits(count: number): void {
  if (count <= digits.length) return;
  const b = new Uint8Array(Math.max(count, digits.length * 2));
  b.set(digits);
  digits = b;
}

function isSeparator(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 45 || c === 46 || c === 47 || c === 40 || c === 41 || c === 95
  );
}

function isCurrency(c: number): boolean {
  return c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5;
}

const AMOUNT_WORDS = new Set([
  'dollars',
  'dollar',
  'usd',
  'bucks',
  'cents',
  'eur',
  'euros',
  'grand',
  'k',
  'percent',
]);

interface Candidate {
  type: number;
  start: number;
  end: number;
  lastGroup: number;
  detector: string;
  confidence: number;
  digits: number;
}

/**
 * Cards, SSNs, routing numbers, phone numbers and numeric account, member, loan
 * and policy numbers, in one pass over the digit groups of the post.
 *
 * Groups separated by at most three separator characters (space, dot, dash,
 * slash, parentheses, underscore) form a chunk; inside a chunk, windows of
 * consecutive groups holding at most 19 digits are tried from left to right and
 * the best-supported reading wins. Work is bounded by 19 windows per group, so
 * the scan is linear whatever the input.
 */
export function detectNumericEntities(st: DetectionState): void {
  const s = st.s;
  const runs = st.scan.digitRuns;
  let groups = 0;
  let dlen = 0;
  for (let r = 0; r < runs.count; r++) {
    const i = runs.start[r] ?? 0;
    const j = runs.end[r] ?? 0;
    if (!st.isClaimed(i, j)) {
      ensureGroups(groups + 1);
      gStart[groups] = i;
      gEnd[groups] = j;
      gOff[groups] = dlen;
      if (j - i <= MAX_GROUP) {
        ensureDigits(dlen + (j - i));
        for (let k = i; k < j; k++) digits[dlen++] = s.charCodeAt(k) - 48;
      }
      groups++;
    }
  }
  let c0 = 0;
  while (c0 < groups) {
    let c1 = c0;
    const international = startsWithPlus(s, gStart[c0] ?? 0);
    while (c1 + 1 < groups && joinable(s, c1, c1 + 1, international)) c1++;
    processChunk(st, c0, c1);
    c0 = c1 + 1;
  }
}

function groupLen(g: number): number {
  return (gEnd[g] ?? 0) - (gStart[g] ?? 0);
}

function startsWithPlus(s: string, pos: number): boolean {
  let p = pos - 1;
  if (s.charCodeAt(p) === 40) p--;
  if (s.charCodeAt(p) === 32) p--;
  return s.charCodeAt(p) === 43;
}

function joinable(s: string, a: number, b: number, international: boolean): boolean {
  const la = groupLen(a);
  const lb = groupLen(b);
  if (la > MAX_GROUP || lb > MAX_GROUP) return false;
  const from = gEnd[a] ?? 0;
  const to = gStart[b] ?? 0;
  const gap = to - from;
  if (gap < 1 || gap > 3) return false;
  let blanks = 0;
  let dot = false;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (!isSeparator(c)) return false;
    if (c === 32 || c === 9) blanks++;
    else if (c === 46) dot = true;
  }
  // ". " ends a sentence; two long numbers side by side are two numbers.
  if (dot && blanks > 0) return false;
  // International numbers ("+49 30 75422097") keep long groups together.
  return international || !(blanks === gap && (la > 6 || lb > 6));
}

function gluedLeft(s: string, pos: number): boolean {
  const c = s.charCodeAt(pos - 1);
  if (isAsciiLetter(c)) return true;
  return (c === 45 || c === 95) && isAsciiLetter(s.charCodeAt(pos - 2));
}

function gluedRight(s: string, pos: number): boolean {
  const c = s.charCodeAt(pos);
  if (isAsciiLetter(c)) return true;
  return (c === 45 || c === 95) && isAsciiLetter(s.charCodeAt(pos + 1));
}

function amountBefore(s: string, pos: number): boolean {
  let p = pos - 1;
  if (s.charCodeAt(p) === 32) p--;
  return isCurrency(s.charCodeAt(p));
}

function amountAfter(s: string, pos: number): boolean {
  const c = s.charCodeAt(pos);
  if (c === 37 /* % */) return true;
  let p = pos;
  if (s.charCodeAt(p) === 32) p++;
  let q = p;
  while (q < s.length && isAsciiLetter(s.charCodeAt(q))) q++;
  return q > p && AMOUNT_WORDS.has(s.slice(p, q).toLowerCase());
}

interface Context {
  /** Category tied to the value by linking words only, before or after it. */
  tight: ContextCategory | undefined;
  /** Nearest category before the value within the context window. */
  loose: ContextCategory | undefined;
  /** For "ending in …": the category the partial number belongs to. */
  partialOwner: ContextCategory | undefined;
}

function contextFor(st: DetectionState, start: number): Context {
  const k = st.contextBefore(start, st.policy.contextBefore);
  if (k < 0) return { tight: undefined, loose: undefined, partialOwner: undefined };
  const loose = st.ctxCategory[k];
  const tight = linkerOnly(st.s, st.ctxEnd[k] ?? 0, start) ? loose : undefined;
  let partialOwner: ContextCategory | undefined;
  if (tight === 'partial') {
    // The thing that ends in these digits: the nearest other cue before "ending in".
    const partialStart = st.ctxStart[k] ?? 0;
    for (let o = k - 1; o >= 0; o--) {
      if (partialStart - (st.ctxEnd[o] ?? 0) > st.policy.contextBefore) break;
      if (st.ctxCategory[o] !== 'partial') {
        partialOwner = st.ctxCategory[o];
        break;
      }
    }
  }
  return { tight, loose, partialOwner };
}

/** The category named just after the value; `tight` when only linking words stand between. */
function contextAfter(
  st: DetectionState,
  end: number,
  tight: boolean,
): ContextCategory | undefined {
  const k = st.contextAfter(end, st.policy.contextAfter);
  if (k < 0 || (tight && !linkerOnly(st.s, end, st.ctxStart[k] ?? 0))) return undefined;
  return st.ctxCategory[k];
}

function sameLayout(i: number, j: number, layout: readonly number[]): boolean {
  if (j - i + 1 !== layout.length) return false;
  for (let g = i; g <= j; g++) if (groupLen(g) !== layout[g - i]) return false;
  return true;
}

function dateDigits(off: number): boolean {
  const v = (a: number, len: number): number => {
    let x = 0;
    for (let k = 0; k < len; k++) x = x * 10 + (digits[off + a + k] ?? 0);
    return x;
  };
  return (
    validDate(v(4, 4), v(0, 2), v(2, 2), true) ||
    validDate(v(4, 4), v(2, 2), v(0, 2), true) ||
    validDate(v(0, 4), v(4, 2), v(6, 2), true)
  );
}

function processChunk(st: DetectionState, c0: number, c1: number): void {
  const s = st.s;
  const leftGlued = gluedLeft(s, gStart[c0] ?? 0);
  const rightGlued = gluedRight(s, gEnd[c1] ?? 0);
  let i = c0;
  while (i <= c1) {
    const best = bestWindow(st, i, c0, c1, i === c0 && leftGlued, rightGlued);
    if (best === undefined) {
      i++;
      continue;
    }
    if (best.type !== NONE) {
      st.findings.push({
        type: best.type,
        start: best.start,
        end: best.end,
        detector: best.detector,
        confidence: best.confidence,
      });
    }
    st.claim(best.start, best.end);
    i = best.lastGroup + 1;
  }
}

function bestWindow(
  st: DetectionState,
  i: number,
  c0: number,
  c1: number,
  leftGlued: boolean,
  rightGlued: boolean,
): Candidate | undefined {
  const s = st.s;
  const start = gStart[i] ?? 0;
  if (groupLen(i) > MAX_GROUP) return undefined;
  const ctx = contextFor(st, start);
  const currencyBefore = amountBefore(s, start);
  // "+44 …", "+1 (555) …", "(555) …": the value starts at the sign or parenthesis.
  let valueStart = start;
  let plus = false;
  let paren = false;
  if (s.charCodeAt(start - 1) === 40) {
    paren = true;
    valueStart = start - 1;
  }
  if (i === c0) {
    let p = valueStart - 1;
    if (s.charCodeAt(p) === 32) p--;
    if (s.charCodeAt(p) === 43) {
      plus = true;
      valueStart = p;
    }
  }
  const off = gOff[i] ?? 0;
  let best: Candidate | undefined;
  let count = 0;
  for (let j = i; j <= c1; j++) {
    const len = groupLen(j);
    if (len > MAX_GROUP) break;
    count += len;
    if (count > MAX_WINDOW_DIGITS) break;
    const end = gEnd[j] ?? 0;
    const glued = leftGlued || (j === c1 && rightGlued);
    const cand = classifyWindow(st, i, j, off, count, start, end, ctx, {
      glued,
      currency: currencyBefore || amountAfter(s, end),
      plus,
      paren,
      valueStart,
    });
    // Ties go to the longer window: "acct 1234 5678 9012" is one number.
    if (cand !== undefined && (best === undefined || cand.confidence >= best.confidence))
      best = cand;
  }
  return best;
}

interface WindowFlags {
  glued: boolean;
  currency: boolean;
  plus: boolean;
  paren: boolean;
  valueStart: number;
}

function candidate(
  type: number,
  start: number,
  end: number,
  j: number,
  detector: string,
  confidence: number,
  count: number,
): Candidate {
  return { type, start, end, lastGroup: j, detector, confidence, digits: count };
}

function classifyWindow(
  st: DetectionState,
  i: number,
  j: number,
  off: number,
  count: number,
  start: number,
  end: number,
  ctx: Context,
  f: WindowFlags,
): Candidate | undefined {
  if (count >= 13 && isCardNumber(digits, off, count)) {
    // 16- and 15-digit PANs dominate, and UnionPay issues 19: those win ties
    // such as "4111 1111 1111 1111 123" (card then CVV).
    const common =
      count === 16 || count === 15 || (count === 19 && digits[off] === 6 && digits[off + 1] === 2);
    const bonus = ctx.loose === 'card' ? 0.02 : 0;
    return candidate(CARD, start, end, j, 'card.luhn', (common ? 0.97 : 0.9) + bonus, count);
  }
  if (f.glued) return undefined;
  // A decimal amount: "1250.00", "$45".
  const decimal = j === i + 1 && groupLen(j) === 2 && st.s.charCodeAt((gStart[j] ?? 0) - 1) === 46;
  if (f.currency || decimal) return candidate(NONE, start, end, j, 'amount', 0.5, count);

  const tight = ctx.tight ?? contextAfter(st, end, true);
  // Checksummed kinds may take a looser cue: "is 026009593 the right routing number?"
  const looseAfter =
    ctx.loose === undefined && count === 9 ? contextAfter(st, end, false) : undefined;
  if (tight === 'reference' || (tight === undefined && ctx.loose === 'reference')) {
    return candidate(NONE, start, end, j, 'reference', 0.5, count);
  }
  if (tight === 'partial') {
    const owner = ctx.partialOwner;
    if (count >= 3 && count <= 6) {
      if (owner === 'account' || owner === 'member' || owner === 'loan' || owner === 'policy') {
        return candidate(ACCOUNT, start, end, j, 'account.partial', 0.8, count);
      }
      // "card ending in 1234" is displayable: not a finding.
      return candidate(NONE, start, end, j, 'partial', 0.5, count);
    }
  }
  const ssnContext = tight === 'ssn' || ctx.loose === 'ssn' || looseAfter === 'ssn';
  if (count === 9 && ssnContext && ssnValid(digits, off)) {
    return candidate(SSN, start, end, j, 'ssn.context', 0.97, count);
  }
  const routingContext = tight === 'routing' || ctx.loose === 'routing' || looseAfter === 'routing';
  if (count === 9 && routingContext && abaValid(digits, off)) {
    return candidate(ROUTING, start, end, j, 'routing.aba', 0.97, count);
  }
  if (tight === 'account' && count >= 8 && count <= 17) {
    return candidate(ACCOUNT, start, end, j, 'account.context', 0.9, count);
  }
  if (tight === 'member' && count >= 5 && count <= 12) {
    return candidate(ACCOUNT, start, end, j, 'account.member', 0.85, count);
  }
  if ((tight === 'loan' || tight === 'policy') && count >= 6 && count <= 17) {
    return candidate(ACCOUNT, start, end, j, `account.${tight}`, 0.85, count);
  }
  if (count === 8 && (tight === 'dob' || ctx.loose === 'dob') && dateDigits(off)) {
    return candidate(DOB, start, end, j, 'dob.context', 0.85, count);
  }

  // Phone numbers: NANP-valid, or international with "+".
  const phone = phoneWindow(st, i, j, off, count, start, end, tight, f);
  if (phone !== undefined) return phone;

  if (ctx.loose === 'account' && count >= 8 && count <= 17 && i === j) {
    return candidate(ACCOUNT, start, end, j, 'account.context', 0.75, count);
  }
  if (sameLayout(i, j, [3, 2, 4]) && ssnValid(digits, off)) {
    return candidate(SSN, start, end, j, 'ssn.format', 0.85, count);
  }
  return undefined;
}

function phoneWindow(
  st: DetectionState,
  i: number,
  j: number,
  off: number,
  count: number,
  start: number,
  end: number,
  tight: ContextCategory | undefined,
  f: WindowFlags,
): Candidate | undefined {
  const brandLength = count === 7 || count === 10 || count === 11 || (f.plus && count <= 15);
  if (brandLength && st.policy.brandPhones.has(phoneKey(digitString(off, count)))) {
    return candidate(NONE, f.valueStart, end, j, 'phone.brand', 0.95, count);
  }
  const phoneStart = f.paren || f.plus ? f.valueStart : start;
  if (f.plus && count >= 8 && count <= 15) {
    const nanp = count === 11 && digits[off] === 1 && nanpValid(digits, off + 1);
    return candidate(
      PHONE,
      phoneStart,
      end,
      j,
      nanp ? 'phone.nanp' : 'phone.intl',
      nanp ? 0.95 : 0.85,
      count,
    );
  }
  let national = -1;
  if (count === 10) national = off;
  else if (count === 11 && digits[off] === 1) national = off + 1;
  if (national >= 0 && nanpValid(digits, national)) {
    if (isTollFree(digits, national))
      return candidate(NONE, phoneStart, end, j, 'phone.toll-free', 0.9, count);
    const formatted = f.paren || sameLayout(i, j, [3, 3, 4]) || sameLayout(i, j, [1, 3, 3, 4]);
    // Digits grouped some other way ("5698 7654 33") read as a phone only when said so.
    if (!formatted && i !== j && tight !== 'phone') return undefined;
    const confidence = tight === 'phone' ? 0.95 : formatted ? 0.9 : 0.6;
    return candidate(PHONE, phoneStart, end, j, 'phone.nanp', confidence, count);
  }
  if (count === 7 && tight === 'phone' && sameLayout(i, j, [3, 4]) && (digits[off] ?? 0) >= 2) {
    return candidate(PHONE, start, end, j, 'phone.nanp', 0.7, count);
  }
  return undefined;
}

function digitString(off: number, count: number): string {
  let out = '';
  for (let k = 0; k < count; k++) out += String(digits[off + k] ?? 0);
  return out;
}
