import { ENTITY_INDEX } from './compiled-policy';
import {
  isAsciiAlnum,
  isAsciiDigit,
  isAsciiLetter,
  linkerOnly,
  type DetectionState,
  codeAt,
} from './detection-state';

const BANK_ACCOUNT = ENTITY_INDEX.BANK_ACCOUNT;
const LOOKAHEAD = 24;
const MIN_ACCOUNT_DIGITS = 6;

/** Letters (at most four), an optional hyphen, then only digits and hyphens: "IRA-00339184", "CD40018823". */
function prefixed(s: string, p: number, q: number): boolean {
  let i = p;
  while (i < q && isAsciiLetter(codeAt(s, i))) i++;
  if (i === p || i - p > 4) return false;
  if (codeAt(s, i) === 45) i++;
  for (; i < q; i++) if (!isAsciiDigit(codeAt(s, i)) && codeAt(s, i) !== 45) return false;
  return true;
}

/**
 * "104472-S01": digits, a hyphen, then a short suffix holding a letter (a
 * credit union's share or loan suffix).
 */
function suffixed(s: string, p: number, q: number): boolean {
  let i = p;
  while (i < q && (isAsciiDigit(codeAt(s, i)) || codeAt(s, i) === 45)) i++;
  if (i === p || i === q || codeAt(s, i - 1) !== 45 || q - i > 4) return false;
  let letter = false;
  for (; i < q; i++) {
    const c = codeAt(s, i);
    if (isAsciiLetter(c)) letter = true;
    else if (!isAsciiDigit(c)) return false;
  }
  return letter;
}

/** Capitals before a number that are labels, not a prefix: "member ID 55123", "acct PIN 1234". */
const LABELS =
  /^(?:ID|NO|NUM|NBR|PIN|SSN|DOB|ZIP|APT|USD|CAD|MXN|EUR|GBP|ACH|ATM|TIN|EIN|AT|IS|TO|OF|IN|ON|MY|ES|DE|EL|LA|MI)$/;

/**
 * "ML 4008817265", "NVX 30091 877": two to four capitals, a space, then digit
 * groups joined by single spaces or hyphens. Returns the end of the number, or -1.
 */
function spacedPrefixEnd(s: string, n: number, p: number, q: number): number {
  if (q - p < 2 || q - p > 4 || codeAt(s, q) !== 32 || !isAsciiDigit(codeAt(s, q + 1))) return -1;
  for (let i = p; i < q; i++) {
    const c = codeAt(s, i);
    if (c < 65 || c > 90) return -1;
  }
  if (LABELS.test(s.slice(p, q))) return -1;
  let e = q;
  while (
    e < n &&
    e - p <= 24 &&
    (codeAt(s, e) === 32 || codeAt(s, e) === 45) &&
    isAsciiDigit(codeAt(s, e + 1))
  ) {
    e++;
    while (e < n && isAsciiDigit(codeAt(s, e))) e++;
  }
  return isAsciiAlnum(codeAt(s, e)) ? -1 : e;
}

/** Whether a cue of a kind other than cue k's starts at p (cues are in text order). */
function otherCueAt(st: DetectionState, k: number, p: number): boolean {
  for (let j = k + 1; j < st.ctxCount && (st.ctxStart[j] ?? 0) <= p; j++) {
    if (st.ctxStart[j] === p && st.ctxCategory[j] !== st.ctxCategory[k]) return true;
  }
  return false;
}

/**
 * Alphanumeric member, loan and insurance-policy numbers ("loan # LN-2024-88213",
 * "policy HO-4829-1173") tied to their keyword, and account numbers with a
 * product prefix ("IRA acct IRA-00339184", "my CD CD-40018823"). Purely
 * numeric ones are left to the digit scanner, which also sees through separators.
 */
export function detectKeyedIdentifiers(st: DetectionState): void {
  const { s, n } = st;
  for (let k = 0; k < st.ctxCount; k++) {
    const category = st.ctxCategory[k];
    const account = category === 'account';
    if (category !== 'loan' && category !== 'policy' && category !== 'member' && !account) continue;
    const from = st.ctxEnd[k] ?? 0;
    const limit = Math.min(n, from + LOOKAHEAD);
    let p = from;
    while (p < limit) {
      while (p < limit && !isAsciiAlnum(codeAt(s, p))) p++;
      let q = p;
      while (q < n && q - p <= 24 && (isAsciiAlnum(codeAt(s, q)) || codeAt(s, q) === 45)) q++;
      while (q > p && codeAt(s, q - 1) === 45) q--;
      if (q === p) break;
      // "Loan PL 55032 19", "policy HMX 3310 7720": a prefix apart from its digits; but in
      // "account info: ABA 122000661" capitals that are another kind's cue are no prefix.
      const spaced = otherCueAt(st, k, p) ? -1 : spacedPrefixEnd(s, n, p, q);
      if (spaced > 0) q = spaced;
      let digits = 0;
      let letters = 0;
      for (let i = p; i < q; i++) {
        const c = codeAt(s, i);
        if (isAsciiDigit(c)) digits++;
        else if (isAsciiLetter(c)) letters++;
      }
      if (digits === 0) {
        if (!linkerOnly(s, from, q)) break;
        p = q;
        continue;
      }
      if (
        letters > 0 &&
        digits >= (account || spaced > 0 ? MIN_ACCOUNT_DIGITS : 3) &&
        (!account || spaced > 0 || prefixed(s, p, q) || suffixed(s, p, q)) &&
        q - p >= 5 &&
        q - p <= (spaced > 0 ? 24 : 20) &&
        !st.isClaimed(p, q) &&
        linkerOnly(s, from, p)
      ) {
        st.emit(BANK_ACCOUNT, p, q, account ? 'account.context' : `account.${category}`, 0.85);
      }
      break;
    }
  }
}

/** How far after an account number a second one of its length may stand. */
const SIBLING_REACH = 48;

/**
 * "autopay comes out of 88314027 but i closed that one, switch it to
 * 88315590", "I gave my employer 100448812 but it should have been
 * 100448128": a number as long as an account number just read, shortly after
 * it with no cue between, is the customer's other (or corrected) account.
 * Runs after the digit scanner; each account looks at the few digit runs
 * after it.
 */
export function detectSiblingAccounts(st: DetectionState): void {
  const { s } = st;
  const runs = st.scan.digitRuns;
  const count = st.findings.length;
  let r = 0;
  for (let f = 0; f < count; f++) {
    const account = st.findings[f];
    if (account === undefined || account.type !== BANK_ACCOUNT) continue;
    if (account.detector !== 'account.context') continue;
    const digits = digitsIn(s, account.start, account.end);
    // The first run starting after the account (findings come in text order per detector).
    while (r > 0 && (runs.start[r - 1] ?? 0) >= account.end) r--;
    while (r < runs.count && (runs.start[r] ?? 0) < account.end) r++;
    if (r >= runs.count) continue;
    const a = runs.start[r] ?? 0;
    if (a - account.end > SIBLING_REACH || st.isClaimed(a, runs.end[r] ?? a)) continue;
    // One number: groups joined by a single space or hyphen.
    let b = runs.end[r] ?? a;
    let total = b - a;
    for (let q = r + 1; q < runs.count && total < digits; q++) {
      const next = runs.start[q] ?? 0;
      const gap = codeAt(s, b);
      if (next !== b + 1 || (gap !== 32 && gap !== 45)) break;
      b = runs.end[q] ?? next;
      total += b - next;
    }
    if (total !== digits || isAsciiAlnum(codeAt(s, b)) || isAsciiAlnum(codeAt(s, a - 1))) continue;
    const before = codeAt(s, a - 1);
    if (before === 36 || before === 35 || codeAt(s, b) === 37) continue; // $ # %
    const cue = st.contextAfter(account.end, a - account.end);
    if (cue >= 0 && (st.ctxStart[cue] ?? 0) < a) continue;
    if (st.isClaimed(a, b)) continue;
    st.emit(BANK_ACCOUNT, a, b, 'account.context', 0.7);
  }
}

function digitsIn(s: string, a: number, b: number): number {
  let d = 0;
  for (let i = a; i < b; i++) if (isAsciiDigit(codeAt(s, i))) d++;
  return d;
}
