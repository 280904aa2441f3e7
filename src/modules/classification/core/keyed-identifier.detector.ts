import { ENTITY_INDEX } from './compiled-policy';
import { clauseThenNumberWord, qualifierThenCopula } from './numeric-entity.detector';
import {
  isAsciiAlnum,
  isAsciiDigit,
  isAsciiLetter,
  linkerOnly,
  type DetectionState,
  codeAt,
} from './detection-state';
import { wrongAccount } from './contact-owner';
import { WordTable } from './word-table';

const BANK_ACCOUNT = ENTITY_INDEX.BANK_ACCOUNT;
const LOOKAHEAD = 24;
const MIN_ACCOUNT_DIGITS = 6;

/**
 * Letters (at most four), an optional hyphen, then only digits and hyphens:
 * "IRA-00339184", "CD40018823"; or a digit and capitals as a brokerage's branch
 * prefix, then a hyphen: "5RT-44102-17", "8XQ-22019-4".
 */
function prefixed(s: string, p: number, q: number): boolean {
  let i = p;
  while (i < q && isAsciiDigit(codeAt(s, i))) i++;
  const leading = i - p;
  const letters = i;
  while (i < q && isAsciiLetter(codeAt(s, i))) i++;
  if (i === letters || i - p > 4 || leading > 1) return false;
  if (leading > 0) {
    for (let j = letters; j < i; j++) if (!isCapital(codeAt(s, j))) return false;
    if (codeAt(s, i) !== 45) return false;
  }
  if (codeAt(s, i) === 45) i++;
  for (; i < q; i++) if (!isAsciiDigit(codeAt(s, i)) && codeAt(s, i) !== 45) return false;
  return true;
}

const isCapital = (c: number): boolean => c >= 65 && c <= 90;

/** Capitals in one lettered part of a prefix ("QC-HAB-…"), at most. */
const MAX_PART_LETTERS = 5;

/**
 * "QC-HAB-229184", "ON-AUTO-55120-3": lettered parts of capitals (a province's
 * or company's code, then the line's) joined by hyphens, then digits and
 * hyphens. Returns whether [p, q) is so laid out with two lettered parts or more.
 */
function letteredParts(s: string, p: number, q: number): boolean {
  let i = p;
  let parts = 0;
  while (i < q && isCapital(codeAt(s, i))) {
    const a = i;
    while (i < q && isCapital(codeAt(s, i))) i++;
    if (i - a > MAX_PART_LETTERS || codeAt(s, i) !== 45) return false;
    parts++;
    i++;
  }
  if (parts < 2 || i >= q) return false;
  for (; i < q; i++) if (!isAsciiDigit(codeAt(s, i)) && codeAt(s, i) !== 45) return false;
  return true;
}

/** Digits in a spaced lettered number closed by a state or letter suffix ("RNT 33017 WA"), at least. */
const MIN_SUFFIXED_DIGITS = 5;

/** Digits in an insurer-shaped number ("AR-AU-44017", "MC-77302-TX"), at least. */
const MIN_INSURER_DIGITS = 5;

/**
 * "HO-WA-33019-K", "AU-55810-3367", "MC-77302-TX", "UMB-004417-2": one or more
 * parts of capitals (the first of two to five) each closed by a hyphen, then
 * digit groups joined by hyphens (five digits or more), then at most a hyphen and
 * one or two capitals (the state or form letter). Returns 0 when [p, q) is not so
 * laid out, 2 when it is with two lettered parts or a lettered suffix, else 1.
 */
function insurerShaped(s: string, p: number, q: number): number {
  let i = p;
  let parts = 0;
  while (i < q && isCapital(codeAt(s, i))) {
    const a = i;
    while (i < q && isCapital(codeAt(s, i))) i++;
    if (i - a > MAX_PART_LETTERS || (parts === 0 && i - a < 2) || codeAt(s, i) !== 45) return 0;
    parts++;
    i++;
  }
  if (parts === 0) return 0;
  let digits = 0;
  while (i < q && (isAsciiDigit(codeAt(s, i)) || codeAt(s, i) === 45)) {
    if (isAsciiDigit(codeAt(s, i))) digits++;
    i++;
  }
  if (digits < MIN_INSURER_DIGITS) return 0;
  if (i === q) return isAsciiDigit(codeAt(s, q - 1)) ? (parts > 1 ? 2 : 1) : 0;
  if (codeAt(s, i - 1) !== 45 || !isAsciiDigit(codeAt(s, i - 2)) || q - i > 2) return 0;
  for (let j = i; j < q; j++) if (!isCapital(codeAt(s, j))) return 0;
  return 2;
}

/** Digits in a group that continues a prefixed number past a space ("IRA-330 217 8842"), at least. */
const MIN_CONTINUED_GROUP = 3;

/**
 * "IRA-330 217 8842", "AU-5518 2047": a prefixed number whose digits go on in
 * groups of three digits or more after single spaces. Returns the end of the
 * number, `q` when no group follows; a group glued to a word, or one that reads
 * as a recent year ("policy HO-4829 2024 renewal"), ends it.
 */
function continuedEnd(s: string, n: number, p: number, q: number): number {
  let e = q;
  while (e < n && codeAt(s, e) === 32 && isAsciiDigit(codeAt(s, e + 1))) {
    let g = e + 1;
    while (g < n && isAsciiDigit(codeAt(s, g))) g++;
    if (g - e - 1 < MIN_CONTINUED_GROUP || g - p > 24 || isAsciiAlnum(codeAt(s, g))) break;
    if (g - e - 1 === 4 && recentYear(s, e + 1)) break;
    e = g;
  }
  return e;
}

/**
 * After a lettered loan or policy number ending at `e`: a blank and a two-digit note
 * suffix, then the end of the post or punctuation not going on in digits ("PL-003349 17.",
 * but not "… 17 days", "… 17.5"). Returns the new end, or `e`.
 */
function noteSuffixEnd(s: string, n: number, e: number): number {
  if (codeAt(s, e) !== 32 || !isAsciiDigit(codeAt(s, e + 1)) || !isAsciiDigit(codeAt(s, e + 2)))
    return e;
  const f = e + 3;
  if (f === n) return f;
  const c = codeAt(s, f);
  if (!PUNCT_AFTER_SUFFIX.has(c) || isAsciiDigit(codeAt(s, f + 1))) return e;
  return f;
}

/** Whether the four digits at `p` read as a year of the last decades, 1950–2035. */
function recentYear(s: string, p: number): boolean {
  const y = Number(s.slice(p, p + 4));
  return y >= 1950 && y <= 2035;
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

/** "the CU", "at FCU": a credit union's abbreviation after an article or "at". */
const INSTITUTION_NAMED = /\b(?:the|at|your|my|our) (?:CU|FCU)$/i;

/**
 * "ML 4008817265", "NVX 30091 877": two to four capitals, a space, then digit
 * groups joined by single spaces or hyphens; or one to three capitals and up to
 * three digits as the first group ("A0 44 1827 6"); or two lettered parts
 * ("LS-AUTO 5530 2271 8", twoLetteredParts). Returns the end of the number, or -1.
 */
function spacedPrefixEnd(s: string, n: number, p: number, q: number): number {
  if (q - p === 1) return letterSpacedEnd(s, n, p);
  if (q - p < 2 || q - p > 10 || codeAt(s, q) !== 32 || !isAsciiDigit(codeAt(s, q + 1))) return -1;
  let letters = p;
  while (letters < q && codeAt(s, letters) >= 65 && codeAt(s, letters) <= 90) letters++;
  if (codeAt(s, letters) === 45 && letters < q) {
    if (!twoLetteredParts(s, p, letters, q)) return -1;
  } else if (q - p > 6) {
    return -1;
  } else if (letters === q) {
    if (q - p > 4 || (LABELS.test(s.slice(p, q)) && !articleAsPrefix(s, p, q))) return -1;
    // round 26: "my checking at the CU 0005521937": the credit union named, not a prefix.
    if (INSTITUTION_NAMED.test(s.slice(Math.max(0, p - 8), q))) return -1;
  } else if (letters === p) {
    // "4TR 00718 22": a digit and two or three capitals, a brokerage's branch prefix.
    if (q - p < 3 || q - p > 4 || !isAsciiDigit(codeAt(s, p))) return -1;
    for (let i = p + 1; i < q; i++) if (!isCapital(codeAt(s, i))) return -1;
  } else {
    if (letters === p || letters - p > 3 || q - letters > 3) return -1;
    for (let i = letters; i < q; i++) if (!isAsciiDigit(codeAt(s, i))) return -1;
    // "loan in Q2 2023 …": a quarter or half and its year, not a number.
    if (yearAt(s, q + 1)) return -1;
  }
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
  if (isAsciiAlnum(codeAt(s, e))) return -1;
  return e > q + 1 ? lineSuffixEnd(s, n, e) : e;
}

/** Digits a number opened by one capital and a blank holds: "L 2210 8834 19". */
const MIN_LETTER_SPACED_DIGITS = 8;
const MAX_LETTER_SPACED_DIGITS = 12;
/** After a member cue, fewer groups and digits are enough: "member id W 2284 41093". */
const MIN_LETTERED_MEMBER_DIGITS = 7;

/**
 * round 18: "保單號碼 L 2210 8834 19", "member id W 228 4410 93": one capital (not "A" or
 * "I", words when a post shouts), a blank, then digit groups joined by single blanks closing
 * the number: three groups and eight digits or more, or after a member cue (`member`) any
 * number of groups and seven digits; twelve at most. Returns its end, or -1.
 */
function letterSpacedEnd(s: string, n: number, p: number, member = false): number {
  const c = codeAt(s, p);
  if (!isCapital(c) || c === 65 || c === 73 || codeAt(s, p + 1) !== 32) return -1;
  let e = p + 1;
  let groups = 0;
  let digits = 0;
  while (e < n && codeAt(s, e) === 32 && isAsciiDigit(codeAt(s, e + 1))) {
    e++;
    const g = e;
    while (e < n && isAsciiDigit(codeAt(s, e))) e++;
    digits += e - g;
    groups++;
    if (digits > MAX_LETTER_SPACED_DIGITS) return -1;
  }
  if (isAsciiAlnum(codeAt(s, e)) || codeAt(s, e) === 45) return -1;
  if (member) return digits >= MIN_LETTERED_MEMBER_DIGITS ? e : -1;
  return groups >= 3 && digits >= MIN_LETTER_SPACED_DIGITS ? e : -1;
}

/**
 * "EL 2048 8193" (an equipment lease), "LA 3310 2291", "MI 5520 3319" (round 18: Michigan's
 * code): capitals that read as a Spanish article or "my" when the post shouts ("ES EL 4410 …") are a prefix when the
 * word before them is not in capitals ("lease EL …", "租赁编号EL …").
 */
function articleAsPrefix(s: string, p: number, q: number): boolean {
  if (q - p !== 2 || !/^(?:EL|LA|MI)$/.test(s.slice(p, q))) return false;
  let b = p;
  while (b > 0 && (codeAt(s, b - 1) === 32 || codeAt(s, b - 1) === 58 || codeAt(s, b - 1) === 35))
    b--;
  return b === 0 || !isCapital(codeAt(s, b - 1));
}

/** US state and territory codes, as an insurer closes a policy number with the state it is written in. */
const STATE_CODES = new Set(
  (
    'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ ' +
    'NM NY NC ND OH OK OR PA PR RI SC SD TN TX UT VT VA WA WV WI WY'
  ).split(' '),
);

/**
 * "AU 7730 1182 TX,", "HO 3391 7720 L": after a spaced lettered number, a blank
 * and a state's code or one capital letter, then the end of the post or
 * punctuation, close the number (its state or its form letter). Before a word
 * ("… 1182 OK thanks") they are left out. Returns the new end, or `e`.
 */
function lineSuffixEnd(s: string, n: number, e: number): number {
  if (codeAt(s, e) !== 32 || !isCapital(codeAt(s, e + 1))) return e;
  let f = e + 1;
  while (f < n && f - e <= 3 && isCapital(codeAt(s, f))) f++;
  const len = f - e - 1;
  if (len > 2 || (len === 2 && !STATE_CODES.has(s.slice(e + 1, f)))) return e;
  return f === n || PUNCT_AFTER_SUFFIX.has(codeAt(s, f)) ? f : e;
}

/** What may follow a number's suffix: , . ; : ! ? ) */
const PUNCT_AFTER_SUFFIX = new Set([44, 46, 59, 58, 33, 63, 41]);

/**
 * "LS-AUTO 5530 2271 8", "POL-AU 8812 4470": an insurer's prefix in two lettered
 * parts, the company's or the line's code and the product's, joined by a hyphen
 * ([p, hyphen) and (hyphen, q)): one to four capitals, then two to five.
 */
function twoLetteredParts(s: string, p: number, hyphen: number, q: number): boolean {
  if (hyphen === p || hyphen - p > 4 || q - hyphen - 1 < 2 || q - hyphen - 1 > 5) return false;
  for (let i = hyphen + 1; i < q; i++) if (!isCapital(codeAt(s, i))) return false;
  return true;
}

/** Whether a space and one group of nine digits, a routing number's shape, follow `q`. */
function oneGroupOfNine(s: string, n: number, q: number): boolean {
  let e = q + 1;
  while (e < n && isAsciiDigit(codeAt(s, e))) e++;
  return codeAt(s, q) === 32 && e - q - 1 === 9 && !isAsciiAlnum(codeAt(s, e));
}

/** Whether four digits standing alone at `p` read as a year, 1900–2099. */
function yearAt(s: string, p: number): boolean {
  for (let i = p; i < p + 4; i++) if (!isAsciiDigit(codeAt(s, i))) return false;
  if (isAsciiAlnum(codeAt(s, p + 4))) return false;
  const y = Number(s.slice(p, p + 4));
  return y >= 1900 && y <= 2099;
}

/** Whether a cue of a kind other than cue k's starts at p (cues are in text order). */
function otherCueAt(st: DetectionState, k: number, p: number): boolean {
  for (let j = k + 1; j < st.ctxCount && (st.ctxStart[j] ?? 0) <= p; j++) {
    if (st.ctxStart[j] === p && st.ctxCategory[j] !== st.ctxCategory[k]) return true;
  }
  return false;
}

/** "deposit to", "wire into", "transfer to": a cue naming where money goes. */
const DESTINATION_END = /(?:^|\s)(?:to|into)$/i;

function destinationCue(st: DetectionState, k: number): boolean {
  const a = st.ctxStart[k] ?? 0;
  const b = st.ctxEnd[k] ?? 0;
  return b - a <= 24 && DESTINATION_END.test(st.s.slice(a, b));
}

/** Products whose name prefixes their account numbers: "CD-0093341827", "IRA-00339184". */
const PRODUCT_PREFIXES = /^(?:ira|hsa|cd)$/i;

/** "HSA", "IRA", "CD" in capitals at [p, q): a product's name written as a prefix. */
function productCapitals(s: string, p: number, q: number): boolean {
  for (let i = p; i < q; i++) if (!isCapital(codeAt(s, i))) return false;
  return PRODUCT_PREFIXES.test(s.slice(p, q));
}

/**
 * "… a CD maturing, number on it is CD-0093341827": an account cue that is a
 * product's name, written as the prefix of six digits or more, names the
 * number it prefixes, unless a reference cue is tied to it ("order CD-…").
 */
function productPrefixed(st: DetectionState, k: number): void {
  const { s, n } = st;
  const p = st.ctxStart[k] ?? 0;
  const cueEnd = st.ctxEnd[k] ?? 0;
  // Cheap tests first: most account cues are followed by a blank.
  const after = codeAt(s, cueEnd);
  if ((after !== 45 && !isAsciiDigit(after)) || cueEnd - p > 3) return;
  if (!PRODUCT_PREFIXES.test(s.slice(p, cueEnd)) || isAsciiAlnum(codeAt(s, p - 1))) return;
  let q = cueEnd;
  while (q < n && q - p <= 24 && (isAsciiDigit(codeAt(s, q)) || codeAt(s, q) === 45)) q++;
  while (q > cueEnd && codeAt(s, q - 1) === 45) q--;
  if (q - p > 24 || isAsciiAlnum(codeAt(s, q)) || digitsIn(s, cueEnd, q) < MIN_ACCOUNT_DIGITS)
    return;
  if (k > 0 && st.ctxCategory[k - 1] === 'reference' && linkerOnly(s, st.ctxEnd[k - 1] ?? 0, p))
    return;
  if (st.isClaimed(p, q)) return;
  st.emit(BANK_ACCOUNT, p, q, 'account.context', 0.85);
}

/** A RIB's parts after its country's letters: bank, branch, account, key. */
const RIB_PARTS = [5, 5, 11, 2];

/**
 * "FR-30004 00828 00012345678 94": two capitals, a hyphen, then a RIB's four parts
 * joined by single blanks or hyphens. Returns the end of the key, or -1.
 */
function countryRibEnd(s: string, n: number, p: number): number {
  if (!isCapital(codeAt(s, p)) || !isCapital(codeAt(s, p + 1)) || codeAt(s, p + 2) !== 45)
    return -1;
  let e = p + 3;
  for (let k = 0; k < RIB_PARTS.length; k++) {
    if (k > 0) {
      const c = codeAt(s, e);
      if (c !== 32 && c !== 45) return -1;
      e++;
    }
    const g = e;
    while (e < n && e - g <= 11 && isAsciiDigit(codeAt(s, e))) e++;
    if (e - g !== RIB_PARTS[k]) return -1;
  }
  return isAsciiAlnum(codeAt(s, e)) ? -1 : e;
}

/** The digits a Russian account holds: "счёт 40817 810 0 9943 0012773". */
const LONG_ACCOUNT_DIGITS = 20;
/** The digits of Angola's and Portugal's account (NIB): "conta 0040 0000 1234 5678 1019 2". */
const NIB_DIGITS = 21;
/** The digits of Argentina's CBU and CVU: "mi CBU es 0170099220000067797370". */
const CBU_DIGITS = 22;
/**
 * round 19: the digits of Poland's account number (NRB), its IBAN without "PL":
 * "numer konta 61 1090 1014 0000 0712 1981 2874". Like the other lengths, the account
 * cue it is tied to is the evidence: a customer's mistyped digit is still their account.
 */
const NRB_DIGITS = 26;
/** round 19: Morocco's RIB and Hungary's three-part account: "RIB 350 810 0000000012345678 91". */
const RIB24_DIGITS = 24;
/** round 19: France's RIB without its country's letters: "RIB : 30004 00828 00012345678 94". */
const RIB23_DIGITS = 23;

/**
 * Twenty digits (a Russian account "40817 810 0 9943 0012773", Peru's CCI
 * "002-193-001234567890-15"), twenty-one (Angola's and Portugal's NIB) or twenty-two (Argentina's CBU and CVU), in one group or
 * in groups joined by single spaces or hyphens, tied to an account cue: longer than
 * any number the digit scanner reads. Returns the end of the number, or -1.
 */
function longAccountEnd(s: string, n: number, p: number): number {
  let e = p;
  let digits = 0;
  for (;;) {
    const g = e;
    while (e < n && isAsciiDigit(codeAt(s, e)) && e - g <= NRB_DIGITS) e++;
    digits += e - g;
    if (digits > NRB_DIGITS) return -1;
    const c = codeAt(s, e);
    // round 19: dots join a Portuguese NIB's groups too ("n.º 0035.0651.00123456789").
    if ((c === 32 || c === 45 || c === 46) && isAsciiDigit(codeAt(s, e + 1))) e++;
    else break;
  }
  return (digits === LONG_ACCOUNT_DIGITS ||
    digits === NIB_DIGITS ||
    digits === CBU_DIGITS ||
    digits === RIB23_DIGITS ||
    digits === RIB24_DIGITS ||
    digits === NRB_DIGITS) &&
    !isAsciiAlnum(codeAt(s, e))
    ? e
    : -1;
}

/** "on the", "for my", "of this": what ties an account word to the reference before it. */
const QUALIFYING = /^\s+(?:on|for|of|from|about)\s+(?:(?:the|my|this|that|a|an|your)\s+)?$/i;

/**
 * "confirmation code on the wire: WR-2026-…", "ref for my checking: CK-…": an
 * account word that qualifies the reference cue just before it does not name
 * the value; the reference does.
 */
function qualifiesReference(st: DetectionState, k: number): boolean {
  if (k === 0 || st.ctxCategory[k - 1] !== 'reference') return false;
  const from = st.ctxEnd[k - 1] ?? 0;
  const to = st.ctxStart[k] ?? 0;
  return to - from <= 16 && QUALIFYING.test(st.s.slice(from, to));
}

/** A capital of the Greek or Cyrillic alphabet ("ΑΣΦ", "ВЗР"). */
const isScriptCapital = (c: number): boolean =>
  (c >= 0x391 && c <= 0x3a9) || (c >= 0x400 && c <= 0x42f);

/**
 * "Номер полиса ВЗР-4410-2291", "Αριθμός συμβολαίου ΑΣΦ-552019": right after a policy
 * cue (blanks, ":" or "#" between), a code of Greek or Cyrillic capitals, a hyphen, then
 * digit groups joined by hyphens (five digits or more). Emits it and returns true.
 */
function scriptCodedPolicy(st: DetectionState, from: number): boolean {
  const { s, n } = st;
  let p = from;
  while (
    p < n &&
    p - from < 3 &&
    (codeAt(s, p) === 32 || codeAt(s, p) === 58 || codeAt(s, p) === 35)
  )
    p++;
  if (p === from || !isScriptCapital(codeAt(s, p))) return false;
  let i = p;
  while (i < n && i - p <= MAX_PART_LETTERS && isScriptCapital(codeAt(s, i))) i++;
  if (i - p > MAX_PART_LETTERS || codeAt(s, i) !== 45 || !isAsciiDigit(codeAt(s, i + 1)))
    return false;
  let e = i + 1;
  let digits = 0;
  while (e < n && e - p <= MAX_CODED_POLICY) {
    if (isAsciiDigit(codeAt(s, e))) digits++;
    else if (codeAt(s, e) !== 45 || !isAsciiDigit(codeAt(s, e + 1))) break;
    e++;
  }
  if (digits < MIN_INSURER_DIGITS || isAsciiAlnum(codeAt(s, e)) || st.isClaimed(p, e)) return false;
  st.emit(BANK_ACCOUNT, p, e, 'account.policy', 0.85);
  return true;
}

/** How far after a cue a value restated by a number word may start ("…, number LF7730021"). */
const CLAUSE_LOOKAHEAD = 64;

/**
 * Alphanumeric member, loan and insurance-policy numbers ("loan # LN-2024-88213",
 * "policy HO-4829-1173") tied to their keyword, and account numbers with a
 * product prefix ("IRA acct IRA-00339184", "my CD CD-40018823"). Purely
 * numeric ones are left to the digit scanner, which also sees through separators.
 */
export function detectKeyedIdentifiers(st: DetectionState): void {
  const { s, n } = st;
  detectPoliceNumbers(st);
  for (let k = 0; k < st.ctxCount; k++) {
    const category = st.ctxCategory[k];
    const account = category === 'account';
    if (category !== 'loan' && category !== 'policy' && category !== 'member' && !account) continue;
    if (account && qualifiesReference(st, k)) continue;
    if (account) productPrefixed(st, k);
    let from = st.ctxEnd[k] ?? 0;
    // round 18: "policy ID-AU 5520 3349": the cue's last word in capitals, hyphened to a code,
    // is the code's first part (Idaho's), not the cue's "ID".
    if (category === 'policy' && codeHyphenedToCue(s, from)) from -= 2;
    if (category === 'policy' && scriptCodedPolicy(st, from)) continue;
    let limit = Math.min(n, from + LOOKAHEAD);
    // The value restated after a clause ("policy on my late father, number LF7730021").
    let restated = false;
    // round 18: where a state's code opening the number stands ("số hợp đồng CA RS 5520 1190").
    let stateStart = -1;
    let p = from;
    while (p < limit) {
      while (p < limit && !isAsciiAlnum(codeAt(s, p))) p++;
      let q = p;
      while (q < n && q - p <= 24 && (isAsciiAlnum(codeAt(s, q)) || codeAt(s, q) === 45)) q++;
      while (q > p && codeAt(s, q - 1) === 45) q--;
      if (q === p) break;
      // "Loan PL 55032 19", "policy HMX 3310 7720": a prefix apart from its digits; but in
      // "account info: ABA 122000661" capitals that are another kind's cue are no prefix.
      // But a product's name in capitals after another cue is the number's prefix:
      // "número de miembro HSA 4471 0092 8813".
      // So is a routing cue's abbreviation before digit groups after a policy, loan or member
      // cue: "póliza de inquilino es RT 8830 2291 04" (a routing number is one group of nine).
      // But after a cue naming where money goes ("deposit to IRA 53318820"), the product's
      // name is the account's kind, not its prefix: the number is the digits.
      const product = productCapitals(s, p, q);
      let spaced =
        (product && account && destinationCue(st, k)) ||
        (otherCueAt(st, k, p) && !product && (account || oneGroupOfNine(s, n, q))) ||
        // One capital before an account's groups is no product's code ("account A 1234 …").
        (account && q - p === 1)
          ? -1
          : spacedPrefixEnd(s, n, p, q);
      if (spaced > 0) q = spaced;
      // round 18: "member id W 228 4410 93": after a member cue, one capital apart from its
      // digit groups is the member number's letter (the digits are no SSN).
      else if (category === 'member' && !restated) {
        const e = q - p === 1 ? letterSpacedEnd(s, n, p, true) : -1;
        if (e > 0) {
          spaced = e;
          q = e;
        }
      }
      let digits = 0;
      let letters = 0;
      for (let i = p; i < q; i++) {
        const c = codeAt(s, i);
        if (isAsciiDigit(c)) digits++;
        else if (isAsciiLetter(c)) letters++;
      }
      if (digits === 0) {
        // round 18: "Policy: KS-HO\n5520-4419": a code alone on the cue's line, its digits on
        // the next, as a form lays them out.
        if (category === 'policy' && codeAt(s, q) === 10 && linkerOnly(s, from, p)) {
          const e = codedPolicyEnd(s, n, p);
          if (e > 0 && !claimedPastHashMark(st, p, e)) {
            st.emit(BANK_ACCOUNT, p, e, 'account.policy', 0.85);
            break;
          }
        }
        // round 19: a loan's capitals joined to its digits by slashes, right after the cue
        // ("Kredyt hipoteczny nr KH/2019/08/44712"), read as a coded policy number is.
        if (category === 'loan' && codeAt(s, q) === 47 && linkerOnly(s, from, p)) {
          const e = codedPolicyEnd(s, n, p);
          if (e > 0 && !shortForCue(st, k, p, e) && !claimedPastHashMark(st, p, e)) {
            st.emit(BANK_ACCOUNT, p, e, 'account.loan', 0.85);
            break;
          }
        }
        // round 18: a state's code right after the cue, a line's capitals next, opens the number.
        if (stateStart < 0 && !restated && stateThenCode(s, p, q) && linkerOnly(s, from, p)) {
          stateStart = p;
          p = q;
          continue;
        }
        stateStart = -1;
        // round 26: the words of a question about the cue, its "?" and an "it's" (see
        // askedThenGiven): the value may follow them.
        if (
          !restated &&
          q - from <= 32 &&
          ASKED_SO_FAR.test(s.slice(from, q)) &&
          QUESTION_AHEAD.test(s.slice(from, from + 32))
        ) {
          p = q;
          continue;
        }
        if (
          !restated &&
          !linkerOnly(s, from, q) &&
          !copulaOnly(s, from, q) &&
          !(account && withYou(s, from, q))
        ) {
          if (!restatedWithin(s, from, p)) break;
          restated = true;
          limit = Math.min(n, from + CLAUSE_LOOKAHEAD);
        }
        p = q;
        continue;
      }
      const v = stateStart >= 0 ? stateStart : p;
      const tied = restated
        ? restatedBefore(s, from, v)
        : linkerOnly(s, from, v) ||
          askedThenGiven(s, from, v) ||
          copulaOnly(s, from, v) ||
          (account && withYou(s, from, v));
      // "Polizze W-5501-88392", "polisnummer VL-BRAND 221 448": a coded policy number read whole.
      if (category === 'policy' && tied && letters > 0) {
        const e = codedPolicyEnd(s, n, p);
        if (e > 0 && !shortForCue(st, k, p, e) && !claimedPastHashMark(st, p, e)) {
          st.emit(BANK_ACCOUNT, Math.min(v, stateBefore(s, from, p)), e, 'account.policy', 0.85);
          break;
        }
      }
      // "счёт 40817 810 0 9943 0012773": twenty digits after an account cue.
      // round 19: so is a Spanish loan's CCC after a loan cue ("hipoteca 0182-4572-13-0200123456").
      if ((account || category === 'loan') && letters === 0 && tied && !st.isClaimed(p, q)) {
        const e = longAccountEnd(s, n, p);
        if (e > 0 && !st.isClaimed(p, e))
          st.emit(BANK_ACCOUNT, p, e, account ? 'account.context' : 'account.loan', 0.85);
      }
      // "FR-30004 00828 00012345678 94": a French RIB after its country's letters, read whole.
      if (account && spaced < 0) {
        const e = countryRibEnd(s, n, p);
        if (e > 0 && !st.isClaimed(p, e)) {
          st.emit(BANK_ACCOUNT, p, e, 'account.context', 0.9);
          break;
        }
      }
      // "IRA-330 217 8842": a prefixed number going on in spaced groups.
      const isPrefixed = letters > 0 && (prefixed(s, p, q) || letteredParts(s, p, q));
      if (spaced < 0 && isPrefixed && isAsciiDigit(codeAt(s, q - 1))) {
        let e = continuedEnd(s, n, p, q);
        // "Loan PL-003349 17.": a loan's or policy's two-digit note suffix closing the number.
        if (!account && category !== 'member') e = noteSuffixEnd(s, n, e);
        if (e > q) {
          for (let i = q; i < e; i++) if (isAsciiDigit(codeAt(s, i))) digits++;
          q = e;
        }
      }
      if (
        letters > 0 &&
        digits >=
          (account || spaced > 0
            ? spaced > 0 && isCapital(codeAt(s, q - 1))
              ? MIN_SUFFIXED_DIGITS
              : MIN_ACCOUNT_DIGITS
            : leaseCue(st, k)
              ? MIN_ACCOUNT_DIGITS
              : 3) &&
        (!account || spaced > 0 || isPrefixed || suffixed(s, p, q)) &&
        // round 25: "the auto loan on the F-150": a letter and three digits name a vehicle's
        // model; a loan's or policy's code with three digits has two letters at least.
        q - p >= (digits < 4 && letters < 2 ? 6 : 5) &&
        q - p <= (spaced > 0 ? 24 : 20) &&
        !claimedPastHashMark(st, p, q) &&
        tied &&
        !(category === 'policy' && handleAfterContact(st, k, p, q))
      ) {
        const a = category === 'policy' ? Math.min(v, stateBefore(s, from, p)) : v;
        st.emit(BANK_ACCOUNT, a, q, account ? 'account.context' : `account.${category}`, 0.85);
      }
      break;
    }
  }
  // Past words the readers do not know: only where no value was tied to the cue above.
  for (let k = 0; k < st.ctxCount; k++) {
    const category = st.ctxCategory[k];
    if (category === 'policy' || category === 'loan') distantLettered(st, k);
  }
}

/**
 * round 18: whether the cue ending at `from` closes on two capitals (its "ID") hyphened to a
 * code of capitals: "policy ID-AU 5520 3349".
 */
function codeHyphenedToCue(s: string, from: number): boolean {
  return (
    codeAt(s, from) === 45 &&
    isCapital(codeAt(s, from - 1)) &&
    isCapital(codeAt(s, from - 2)) &&
    codeAt(s, from - 3) === 32 &&
    isCapital(codeAt(s, from + 1)) &&
    isCapital(codeAt(s, from + 2))
  );
}

/**
 * round 18: "Policy TX HO 5590 2281", "Số hợp đồng CA RS 5520 1190": a state's code and a
 * blank before a policy number opening with a line's capitals are the number's first part.
 * Returns where the number starts: the state's code, or `p`.
 */
function stateBefore(s: string, from: number, p: number): number {
  const a = p - 3;
  return a >= from && !isAsciiAlnum(codeAt(s, a - 1)) && stateThenCode(s, a, p - 1) ? a : p;
}

/** Whether [p, q) is a state's code, then a blank and two capitals (a line's code): "CA RS …". */
function stateThenCode(s: string, p: number, q: number): boolean {
  return (
    q - p === 2 &&
    codeAt(s, q) === 32 &&
    isCapital(codeAt(s, q + 1)) &&
    isCapital(codeAt(s, q + 2)) &&
    STATE_CODES.has(s.slice(p, q))
  );
}

/**
 * "my loan on the boat is LN-88231-05", "mi póliza de responsabilidad es
 * GL-4408-1173", "numero di polizza per l'auto è …": the cue, what it is for in
 * at most three words, then "is"; or since when it holds: "member number after the
 * merger is M-0044718".
 */
const QUALIFIED_THEN_IS =
  /^\s+(?:for|on|of|with|de|del|para|por|da|do|di|per|pour|after|since|desde|despues|después|apres|après)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:is|es|was|era|é|e|:)\s*(?:(?:el|la|the)\s+)?$/iu;

/**
 * "my umbrella policy? UMB-004417-2": the cue asked about, then the value given
 * after the question mark.
 */
function askedThenGiven(s: string, from: number, to: number): boolean {
  return ASKED_THEN_GIVEN.test(s.slice(from, to));
}
/**
 * round 26: up to three words of the question after the cue ("Is my policy still active? It's
 * EQ44-0091873"), and an "it's" handing the value over.
 */
const ASKED_THEN_GIVEN = /^(?: [a-z]+){0,3} *\? *(?:(?:it['’]?s|it is) )?$/i;
const ASKED_SO_FAR = /^(?: [a-z]+){1,3}(?: *\? *(?:it(?:['’]?s| is)?)?)?$/i;
const QUESTION_AHEAD = /^(?: [a-z]+){0,3} *\?/i;

/** "my account with you BRK 44710 92": the account held at the institution addressed. */
const WITH_YOU = /^\s+with\s+(?:you|you guys|y'all|us)\s*(?:is|:)?\s*$/i;

/**
 * "numéro de police c'est HO …", "mi póliza es …": a French or Spanish "is" alone
 * (or its first letter, as the words are read up to the apostrophe).
 */
const COPULA = /^\s*(?:c(?:['’]est)?|es|est)\s*:?\s*$/i;

function copulaOnly(s: string, from: number, to: number): boolean {
  return to - from <= 10 && COPULA.test(s.slice(from, to));
}

function withYou(s: string, from: number, to: number): boolean {
  return to - from <= 24 && WITH_YOU.test(s.slice(from, to));
}

/**
 * "Contact recoveryking247 on telegram": "contact" is read as a misspelt "contract", but a
 * name in small letters and digits after it is a handle to write to, not a contract's number
 * (an insurer's holds capitals).
 */
function handleAfterContact(st: DetectionState, k: number, p: number, q: number): boolean {
  const c = st.ctxStart[k] ?? 0;
  if ((st.ctxEnd[k] ?? 0) - c !== 7 || st.s.slice(c, c + 7).toLowerCase() !== 'contact')
    return false;
  for (let i = p; i < q; i++) if (isCapital(codeAt(st.s, i))) return false;
  return true;
}

/**
 * "lease EL 20488193" is an equipment lease's number, but a short one after "lease"
 * ("oyster lease #SH-2231") is a parcel's: a lease's number has six digits or more.
 */
function leaseCue(st: DetectionState, k: number): boolean {
  const p = st.ctxStart[k] ?? 0;
  return LEASE_OR_CERTIFICATE.test(st.s.slice(p, p + 11));
}

/**
 * round 16: so is a certificate's: a group insurance certificate's number has six digits
 * or more ("certificate 7720-0931"); a short one names a document ("alarm …, certificate
 * #AL-99821").
 */
const LEASE_OR_CERTIFICATE = /^(?:lease|certificate|cert\b)/i;

/** Whether [p, q) holds too few digits for a lease's or a certificate's number after cue k. */
function shortForCue(st: DetectionState, k: number, p: number, q: number): boolean {
  return leaseCue(st, k) && digitsIn(st.s, p, q) < MIN_ACCOUNT_DIGITS;
}

/** Whether four digits or more, a hyphen and a digit open `s` at `p` ("4471-2290"). */
function hyphenatedAfter(s: string, n: number, p: number): boolean {
  let e = p;
  while (e < n && isAsciiDigit(codeAt(s, e))) e++;
  return e - p >= 4 && codeAt(s, e) === 45 && isAsciiDigit(codeAt(s, e + 1));
}

/**
 * round 18: "P/211300/01/2023/004478" (an Indian insurer's policy number): three digit groups
 * or more joined by slashes, one of them a year, open `s` at `p`.
 */
function slashedGroupsWithYear(s: string, n: number, p: number): boolean {
  let e = p;
  let groups = 0;
  let year = false;
  for (;;) {
    const g = e;
    while (e < n && e - p <= MAX_CODED_POLICY && isAsciiDigit(codeAt(s, e))) e++;
    if (e === g) return false;
    groups++;
    if (e - g === 4 && slashedYearDigits(s, g)) year = true;
    if (codeAt(s, e) !== 47 || !isAsciiDigit(codeAt(s, e + 1)) || e - p > MAX_CODED_POLICY) break;
    e++;
  }
  return groups >= 3 && year && !isAsciiAlnum(codeAt(s, e));
}

/** Whether the four digits at `p` are a year of this century or the last. */
function slashedYearDigits(s: string, p: number): boolean {
  const c0 = codeAt(s, p);
  const c1 = codeAt(s, p + 1);
  return (c0 === 50 && c1 === 48) || (c0 === 49 && c1 === 57);
}

/** Characters a coded policy number may hold, at most: "ID-JW 0099 2187 44", "HSP/2023/0048812". */
const MAX_CODED_POLICY = 28;

/** Whether a year of this century or the last and a slash open `s` at `p` ("2023/…"). */
function slashedYear(s: string, p: number): boolean {
  const c0 = codeAt(s, p);
  const c1 = codeAt(s, p + 1);
  if (!((c0 === 50 && c1 === 48) || (c0 === 49 && c1 === 57))) return false;
  return (
    isAsciiDigit(codeAt(s, p + 2)) && isAsciiDigit(codeAt(s, p + 3)) && codeAt(s, p + 4) === 47
  );
}

/**
 * A policy number opening with its country's or product's code, the digits in
 * groups joined by single blanks, hyphens, dots or slashes: "W-5501-88392",
 * "ZH-448.201.77", "NL-AUTO 88 120 447", "DK 4402 99107", "GA-AUT-55 018 22",
 * "BR 0993.2211.04", "HSP/2023/0048812", "HF-88 2014 7". The code is one to three
 * parts of capitals joined by hyphens (one capital alone only before a hyphen; a
 * label such as "ID" or "NO" alone before a blank is no code); five digits or more
 * (six after one capital). A group glued to a word, or a recent year closing it
 * after a blank, ends it. Returns the end, or -1.
 */
function codedPolicyEnd(s: string, n: number, p: number): number {
  let i = p;
  let parts = 0;
  let first = 0;
  let prevSep = 0;
  let lastPart = p;
  for (;;) {
    const a = i;
    while (i < n && i - a <= MAX_PART_LETTERS && isCapital(codeAt(s, i))) i++;
    const len = i - a;
    if (len === 0 || len > MAX_PART_LETTERS || isAsciiLetter(codeAt(s, i))) return -1;
    if (parts++ === 0) first = len;
    lastPart = a;
    const c = codeAt(s, i);
    if (c === 45 && isCapital(codeAt(s, i + 1)) && parts < 3) {
      i++;
      continue;
    }
    // "KST/MTR/8841207", "HM/CRL/44091": parts of two capitals or more may be joined by slashes.
    if (
      c === 47 &&
      len >= 2 &&
      isCapital(codeAt(s, i + 1)) &&
      isCapital(codeAt(s, i + 2)) &&
      parts < 3
    ) {
      i++;
      continue;
    }
    // round 18: "KS-HO\n5520-4419": a code of two parts may close its line, the digits on the next.
    const lineBreak = c === 10 && parts >= 2;
    if ((c !== 45 && c !== 32 && c !== 47 && !lineBreak) || !isAsciiDigit(codeAt(s, i + 1)))
      return -1;
    // "P/2023/778812": one letter may open a number by a slash when a year and a slash follow;
    // so may it before digits that go on past a hyphen, as a roll number's ("H/4471-2290").
    if (
      c !== 45 &&
      first === 1 &&
      parts === 1 &&
      !(
        c === 47 &&
        (slashedYear(s, i + 1) ||
          hyphenatedAfter(s, n, i + 1) ||
          slashedGroupsWithYear(s, n, i + 1))
      )
    )
      return -1;
    if (c === 32 && parts === 1 && LABELS.test(s.slice(a, i))) return -1;
    prevSep = c;
    i++;
    break;
  }
  let digits = 0;
  let e = i;
  let lastSpaced = -1;
  for (;;) {
    const g = e;
    while (e < n && isAsciiDigit(codeAt(s, e))) e++;
    if (isAsciiLetter(codeAt(s, e)) || e - p > MAX_CODED_POLICY) {
      // A group glued to a word or past the reach: the number ends before its blank.
      if (lastSpaced < 0 || g !== lastSpaced + 1) return -1;
      e = lastSpaced;
      break;
    }
    digits += e - g;
    const c = codeAt(s, e);
    const d = codeAt(s, e + 1);
    if ((c === 32 || c === 45 || c === 46 || c === 47) && isAsciiDigit(d)) {
      if (c === 32) {
        // "… 7720 2024 renewal": a recent year after a blank, closing the run, is no group.
        let y = e + 1;
        while (y < n && isAsciiDigit(codeAt(s, y))) y++;
        // "HO-4829-1173 12 months": a short group after a blank goes on a number written in
        // blank-joined groups ("GA-AUT-55 018 22"), or closes one before punctuation.
        if (y - e - 1 < 3 && prevSep !== 32 && noteSuffixEnd(s, n, e) === e) break;
        if (
          y - e - 1 === 4 &&
          recentYear(s, e + 1) &&
          !(codeAt(s, y) === 32 && isAsciiDigit(codeAt(s, y + 1)))
        )
          break;
        lastSpaced = e;
      }
      prevSep = c;
      e++;
      continue;
    }
    break;
  }
  // round 18: "SC-AU 3390": a state's code and a line's make four digits enough.
  const stateLine =
    parts === 2 &&
    first === 2 &&
    STATE_CODES.has(s.slice(p, p + 2)) &&
    LINE_CODES.has(s.slice(lastPart, i - 1)) &&
    !(digits === 4 && recentYear(s, i));
  if (
    digits < (first === 1 && parts === 1 ? MIN_ACCOUNT_DIGITS : stateLine ? 4 : MIN_INSURER_DIGITS)
  )
    return -1;
  // "LF-22019-B", "BT-77301-CT": a hyphen and the form's or state's letters close it; so do a
  // blank and a state's code before punctuation ("AU 7730 1182 TX,").
  if (codeAt(s, e) === 45 && isCapital(codeAt(s, e + 1))) {
    let f = e + 1;
    while (f < n && f - e <= 3 && isCapital(codeAt(s, f))) f++;
    return f - e - 1 <= 2 && !isAsciiAlnum(codeAt(s, f)) ? f : e;
  }
  return lineSuffixEnd(s, n, e);
}

/** How far after a policy or loan cue an insurer-shaped number may stand past other words. */
const DISTANT_REACH = 48;

/**
 * "hợp đồng bảo hiểm xe của em, số AU-55810-3367", "보험 증권번호는 AU-…입니다": past
 * words the readers do not know (what the policy is for, "my", "number" in the
 * customer's language), a number shaped as an insurer's (insurerShaped) in the
 * same sentence, with no other cue between, is the policy's or loan's number.
 */
function distantLettered(st: DetectionState, k: number): void {
  const { s, n } = st;
  const from = st.ctxEnd[k] ?? 0;
  const limit = Math.min(n, from + DISTANT_REACH);
  const nextCue = k + 1 < st.ctxCount ? (st.ctxStart[k + 1] ?? n) : n;
  for (let p = from; p < limit; p++) {
    const c = codeAt(s, p);
    if (c === 46 && abbreviationDot(s, from, p)) continue;
    if (c === 46 || c === 33 || c === 10 || (c === 63 && p > from + 1)) return;
    if (isAsciiDigit(c)) return;
    if (!isCapital(c) || isAsciiAlnum(codeAt(s, p - 1))) continue;
    if (p >= nextCue) return;
    if (st.ctxCategory[k] === 'policy') {
      const e = codedPolicyEnd(s, n, p);
      if (e > 0 && !shortForCue(st, k, p, e)) {
        if (!claimedPastHashMark(st, p, e))
          st.emit(BANK_ACCOUNT, stateBefore(s, from, p), e, 'account.policy', 0.85);
        return;
      }
    }
    let q = p;
    while (q < n && q - p <= 24 && (isAsciiAlnum(codeAt(s, q)) || codeAt(s, q) === 45)) q++;
    while (q > p && codeAt(s, q - 1) === 45) q--;
    if (
      q - p <= 24 &&
      !isAsciiAlnum(codeAt(s, q)) &&
      insurerShaped(s, p, q) > 0 &&
      !shortForCue(st, k, p, q)
    ) {
      if (!claimedPastHashMark(st, p, q))
        st.emit(BANK_ACCOUNT, p, q, `account.${st.ctxCategory[k]}`, 0.85);
      return;
    }
    p = q;
  }
}

/**
 * "police nr. DK …", "polizza … n. IT …", "č. CZ …", "бр. MK-…": a dot closing a word of
 * one to three letters before a blank abbreviates "number"; it ends no sentence.
 */
function abbreviationDot(s: string, from: number, p: number): boolean {
  if (codeAt(s, p + 1) !== 32) return false;
  let b = p;
  while (b > from && p - b <= 3 && LETTER.test(s[b - 1] ?? '')) b--;
  return p - b >= 1 && p - b <= 3 && (b === from || codeAt(s, b - 1) === 32);
}

const LETTER = /\p{L}/u;

/**
 * French "police" is a policy ("Police QC-HAB-229184", "police : HB-22918433"),
 * but the word is the police as often: it names a number only right before one
 * shaped as an insurer's (capitals, a hyphen, then six digits or more), so it is
 * no cue word (which would tie plain numbers, phone numbers among them, to it).
 */
function detectPoliceNumbers(st: DetectionState): void {
  const s = st.s;
  // "Police-Nr. ZH-448.…", "police nr. DK 4402 …": "police" and a number's abbreviation
  // before a coded number (codedPolicyEnd), which may hold blanks.
  for (let at = s.indexOf('olice'); at >= 0; at = s.indexOf('olice', at + 5)) {
    const p0 = at - 1;
    if ((codeAt(s, p0) | 32) !== 112 || isAsciiAlnum(codeAt(s, p0 - 1))) continue;
    policeNumbered(st, at + 5);
  }
  // Every reading below needs a capital, then letters, digits and hyphens holding five digits
  // or more (six, or five when a state or form letter closes an insurer's number): skip the
  // scans without one.
  if (!capitalThenDigits(s, Math.min(MIN_ACCOUNT_DIGITS, MIN_INSURER_DIGITS))) return;
  for (let at = s.indexOf('olice'); at >= 0; at = s.indexOf('olice', at + 5)) {
    const p0 = at - 1;
    if ((codeAt(s, p0) | 32) !== 112 || isAsciiAlnum(codeAt(s, p0 - 1))) continue;
    capitalKeyed(st, at + 5, 'account.policy');
  }
  // "can't draw. Line HE-7730-22918": a line of credit named by a bare "line"; a phone
  // line's number holds no capitals, so only an insurer's or lender's shape is read.
  for (let at = s.indexOf('ine'); at >= 0; at = s.indexOf('ine', at + 3)) {
    const p0 = at - 1;
    if ((codeAt(s, p0) | 32) !== 108 || isAsciiAlnum(codeAt(s, p0 - 1))) continue;
    capitalKeyed(st, at + 3, 'account.loan');
  }
  // "my truck note TL-0041928", "house note HN-…": a loan named by what it paid for
  // and "note"; "note" alone is a remark as often, so the word before is required.
  for (let at = s.indexOf('note'); at >= 0; at = s.indexOf('note', at + 4)) {
    const w1 = at - 1;
    if (codeAt(s, w1) !== 32 || isAsciiAlnum(codeAt(s, at + 4))) continue;
    let w0 = w1;
    while (w0 > 0 && w1 - w0 <= MAX_NOTE_WORD && isAsciiLetter(codeAt(s, w0 - 1))) w0--;
    if (w0 === w1 || isAsciiAlnum(codeAt(s, w0 - 1)) || !NOTE_WORDS.has(s, w0, w1)) continue;
    capitalKeyed(st, at + 4, 'account.loan');
  }
  detectProductLineNumbers(st);
  detectLineStateNumbers(st);
}

/**
 * After "police" ending at `from`: a blank or a hyphen, "nr" (a dot after it; the German and
 * Scandinavian abbreviation, where "police" is a policy), blanks, ":" or "#", then a coded
 * policy number ("Police-Nr. ZH-448.201.77", "police nr. DK 4402 99107"). A plain number
 * after it ("police nr. 24-019883") is left to the police report's reading.
 */
function policeNumbered(st: DetectionState, from: number): void {
  const { s, n } = st;
  const c = codeAt(s, from);
  if (c !== 32 && c !== 45) return;
  const a = codeAt(s, from + 1) | 32;
  const b = codeAt(s, from + 2) | 32;
  // "Poliçe no TRS-…" (Turkish, folded as "police"): "no" as well; a plain number still is not read.
  if (a !== 110 || (b !== 114 && b !== 111)) return;
  let p = from + 3;
  if (codeAt(s, p) === 46) p++;
  else if (isAsciiAlnum(codeAt(s, p))) return;
  const start = p;
  while (
    p < n &&
    p - start < 3 &&
    (codeAt(s, p) === 32 || codeAt(s, p) === 58 || codeAt(s, p) === 35)
  )
    p++;
  if (p === start || !isCapital(codeAt(s, p))) return;
  const e = codedPolicyEnd(s, n, p);
  if (e > 0 && !claimedPastHashMark(st, p, e)) st.emit(BANK_ACCOUNT, p, e, 'account.policy', 0.85);
}

/** Insurance lines' codes an insurer opens a policy number with: "HO-OK-…", "AU-NY-…", "LF-CA-…". */
const LINE_CODES = new Set([
  'HO',
  'AU',
  'AUTO',
  'LF',
  'WL',
  'UL',
  'TL',
  'UMB',
  'RNT',
  'MC',
  'FL',
  'DW',
  'PAU',
]);

/** Words that say a post is about an insurance policy. */
const INSURANCE_WORDS =
  /\b(?:polic(?:y|ies)|insurance|insured|insurer|coverage|premium|deductible|adjuster|homeowners?|hail|roof)\b/i;

/** How far before a number a reference cue ("claim", "case") makes it the reference. */
const REFERENCE_REACH = 24;

/**
 * "HO-OK-30917 — hail on the roof Tuesday": with no cue, a number laid out as a
 * policy's (a line's code, a state's code, digits, an optional form letter) in a
 * post about insurance is the policy's number; a reference cue just before it
 * ("claim HO-OK-…") makes it the reference instead.
 */
function detectLineStateNumbers(st: DetectionState): void {
  const { s, n } = st;
  let insurance: boolean | undefined;
  let k = 0;
  let referenceEnd = -1;
  for (let at = s.indexOf('-'); at >= 0 && at + 3 < n; at = s.indexOf('-', at + 1)) {
    let p = stateThenLineAt(s, n, at);
    if (p < 0) {
      if (codeAt(s, at + 3) !== 45 || !STATE_CODES.has(s.slice(at + 1, at + 3))) continue;
      p = at;
      while (p > 0 && at - p < 5 && isCapital(codeAt(s, p - 1))) p--;
      if (
        isAsciiAlnum(codeAt(s, p - 1)) ||
        codeAt(s, p - 1) === 45 ||
        !LINE_CODES.has(s.slice(p, at))
      )
        continue;
    }
    let q = at + 4;
    while (q < n && q - p <= 24 && (isAsciiAlnum(codeAt(s, q)) || codeAt(s, q) === 45)) q++;
    while (q > p && codeAt(s, q - 1) === 45) q--;
    if (q - p > 24 || insurerShaped(s, p, q) !== 2 || st.isClaimed(p, q)) continue;
    // The last reference cue ending before p (cues in text order; k only moves forward).
    while (k < st.ctxCount && (st.ctxEnd[k] ?? 0) <= p) {
      if (st.ctxCategory[k] === 'reference') referenceEnd = st.ctxEnd[k] ?? -1;
      k++;
    }
    if (referenceEnd >= 0 && p - referenceEnd <= REFERENCE_REACH) continue;
    insurance ??= INSURANCE_WORDS.test(s);
    if (!insurance) return;
    st.emit(BANK_ACCOUNT, p, q, 'account.policy', 0.75);
  }
}

/**
 * round 18: "NJ-AU-9920-3318", "TX-HO-…": the state's code first, then the line's, at the
 * hyphen `at` between them, a hyphen and a digit after the line's. Returns where the number
 * starts, or -1.
 */
function stateThenLineAt(s: string, n: number, at: number): number {
  const p = at - 2;
  if (p < 0 || !isCapital(codeAt(s, p)) || !isCapital(codeAt(s, p + 1))) return -1;
  if (isAsciiAlnum(codeAt(s, p - 1)) || codeAt(s, p - 1) === 45) return -1;
  if (!STATE_CODES.has(s.slice(p, at))) return -1;
  let e = at + 1;
  while (e < n && e - at <= 5 && isCapital(codeAt(s, e))) e++;
  if (codeAt(s, e) !== 45 || !isAsciiDigit(codeAt(s, e + 1))) return -1;
  return LINE_CODES.has(s.slice(at + 1, e)) ? p : -1;
}

/**
 * Whether some run of ASCII letters, digits and hyphens holds `min` digits or more
 * after its first capital: what capitalKeyed and the line-and-state reading need (a
 * capital, then letters, digits and hyphens with five or six digits or more) cannot be
 * there otherwise. One pass.
 */
const HAS_CAPITAL = /[A-Z]/;

function capitalThenDigits(s: string, min: number): boolean {
  // A post with no capital at all (most posts of numbers) is answered by one native search.
  if (!HAS_CAPITAL.test(s)) return false;
  let capital = false;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (capital && ++digits >= min) return true;
    } else if (c >= 65 && c <= 90) {
      capital = true;
    } else if (!((c >= 97 && c <= 122) || c === 45)) {
      capital = false;
      digits = 0;
    }
  }
  return false;
}

/** What a loan called a "note" paid for: "car note", "truck note", "house note". */
const NOTE_WORDS = WordTable.of([
  'car',
  'truck',
  'auto',
  'house',
  'home',
  'boat',
  'bike',
  'motorcycle',
  'camper',
  'trailer',
  'land',
  'van',
  'tractor',
]);

/** Longest word of NOTE_WORDS. */
const MAX_NOTE_WORD = 10;

/**
 * Insurance lines a customer names a policy by: "auto AP-4481920-08", "my renters
 * RNT-…". The words name many things, so they are no cue words: they name a
 * number only right before one shaped as an insurer's (capitals, a hyphen, then
 * six digits or more).
 */
const PRODUCT_LINES = WordTable.of([
  'auto',
  'car',
  'carro',
  'coche',
  'home',
  'homeowners',
  'renters',
  'condo',
  'life',
  'boat',
  'motorcycle',
  'umbrella',
  'pet',
  'flood',
]);

/** Longest word of PRODUCT_LINES. */
const MAX_PRODUCT_LINE = 10;

/** Whether c is a blank, "#" or ":", as may stand between a product line and its number. */
const productGap = (c: number): boolean => c === 32 || c === 35 || c === 58;

/**
 * "auto AP-4481920-08", "my auto AUT-88201-3": at each hyphen after one to four
 * capitals, the word before them (blanks, ":" or "#" between) is looked up; each
 * hyphen is visited once and the look back is bounded, so the pass stays linear.
 */
function detectProductLineNumbers(st: DetectionState): void {
  const s = st.s;
  for (let at = s.indexOf('-'); at >= 0; at = s.indexOf('-', at + 1)) {
    let c = at;
    while (c > 0 && at - c < 5 && isCapital(codeAt(s, c - 1))) c--;
    if (c === at || at - c > 4) continue;
    let w1 = c;
    while (w1 > 0 && c - w1 < 3 && productGap(codeAt(s, w1 - 1))) w1--;
    if (w1 === c) continue;
    let w0 = w1;
    while (w0 > 0 && w1 - w0 <= MAX_PRODUCT_LINE && isAsciiLetter(codeAt(s, w0 - 1))) w0--;
    if (w0 === w1 || isAsciiAlnum(codeAt(s, w0 - 1)) || !PRODUCT_LINES.has(s, w0, w1)) continue;
    capitalKeyed(st, w1, 'account.policy');
  }
}

/**
 * Whether [p, q) is claimed by another reading than a hashtag's: "policy #CA-77014522"
 * is a number sign before the value, though the masker took "#CA" for a hashtag.
 */
function claimedPastHashMark(st: DetectionState, p: number, q: number): boolean {
  const s = st.s;
  if (codeAt(s, p - 1) !== 35) return st.isClaimed(p, q);
  let h = p;
  while (h < q && (isAsciiAlnum(codeAt(s, h)) || codeAt(s, h) === 95)) h++;
  // round 21: "Policy #HP44018827": a cue's number sign, then capitals and six digits or more
  // as one token, is the number, not a hashtag.
  if (h === q && digitsIn(s, p, q) >= 6 && isCapital(codeAt(s, p))) return false;
  return codeAt(s, h) !== 45 || st.isClaimed(h, q);
}

/**
 * After a word ending at `from`: blanks, ":" or "#", then capitals, a hyphen and
 * six digits or more ("QC-HAB-229184", "HE-7730-22918"), read as the customer's
 * number.
 */
function capitalKeyed(st: DetectionState, from: number, detector: string): void {
  const { s, n } = st;
  let p = from;
  if (isAsciiAlnum(codeAt(s, p))) return;
  while (
    p < n &&
    p - from <= 3 &&
    (codeAt(s, p) === 32 || codeAt(s, p) === 58 || codeAt(s, p) === 35)
  )
    p++;
  if (!isCapital(codeAt(s, p))) return;
  let q = p;
  while (q < n && q - p <= 24 && (isAsciiAlnum(codeAt(s, q)) || codeAt(s, q) === 45)) q++;
  while (q > p && codeAt(s, q - 1) === 45) q--;
  if (q - p > 24 || isAsciiAlnum(codeAt(s, q))) return;
  // "motorcycle MC-77302-TX": a state or form letter closing it makes five digits enough.
  const suffixedShape = isCapital(codeAt(s, q - 1)) && insurerShaped(s, p, q) === 2;
  if (digitsIn(s, p, q) < (suffixedShape ? MIN_INSURER_DIGITS : MIN_ACCOUNT_DIGITS)) return;
  if (!suffixedShape && !(prefixed(s, p, q) && codeAt(s, q - 1) !== 45) && !letteredParts(s, p, q))
    return;
  if (!claimedPastHashMark(st, p, q)) st.emit(BANK_ACCOUNT, p, q, detector, 0.85);
}

/**
 * "número de póliza de flood FL-0098-…", "loan for the boat VL-…": the cue and
 * what it is for in one word (or an article and a word), then a number that
 * opens with capitals (restatedBefore checks it); a plain number after such
 * words is no sure value.
 */
const QUALIFIED_THEN_LETTERED =
  /^\s+(?:for|on|de|del|para|da|do|di|per|pour)\s+(?:(?:the|my|la|el|le|a)\s+)?[\p{L}'’-]+\s+$/iu;

/**
 * "policy # is on the renewal, LM-HO 228 1190 47", "loan number is in the
 * letter: LN-…": where the number is printed, then the number after a comma or ":".
 */
const FOUND_ON_THEN =
  /^\s*(?:is|was|'s)\s+(?:on|in)\s+(?:the|my|your|our)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+\s*[,:]\s*$/iu;

/**
 * Whether the words between the cue and a value at `to` restate it: a number
 * word closes them ("… on my late father, number"), or "is" after what the cue
 * is for ("loan on the boat is").
 */
function restatedBefore(s: string, from: number, to: number): boolean {
  return (
    clauseThenNumberWord(s, from, to) ||
    (isCapital(codeAt(s, to)) &&
      to - from <= 24 &&
      QUALIFIED_THEN_LETTERED.test(s.slice(from, to))) ||
    qualifierThenCopula(s, from, to) ||
    (to - from <= 48 &&
      (QUALIFIED_THEN_IS.test(s.slice(from, to)) || FOUND_ON_THEN.test(s.slice(from, to))))
  );
}

/**
 * Whether the words after the cue within the clause's reach restate it before
 * the first value (restatedBefore): only then may the value stand past a plain word.
 */
function restatedWithin(s: string, from: number, p: number): boolean {
  // The first digit after the cue, within reach, and the clause before its token.
  const end = Math.min(s.length, from + CLAUSE_LOOKAHEAD);
  let d = p;
  while (d < end && !isAsciiDigit(codeAt(s, d))) d++;
  if (d >= end) return false;
  let t = d;
  while (t > from && (isAsciiAlnum(codeAt(s, t - 1)) || codeAt(s, t - 1) === 45)) t--;
  // A prefix apart from the digits ("… card is XKP 447 120 883") opens the value.
  let u = t - 1;
  while (u > from && (isCapital(codeAt(s, u - 1)) || codeAt(s, u - 1) === 45)) u--;
  if (
    codeAt(s, t - 1) === 32 &&
    u < t - 1 &&
    isCapital(codeAt(s, u)) &&
    !isAsciiAlnum(codeAt(s, u - 1))
  )
    t = u;
  return restatedBefore(s, from, t);
}

/** How far after an account number a second one of its length may stand. */
const SIBLING_REACH = 48;
/** Most digits in an account number. */
const MAX_ACCOUNT_DIGITS = 17;
/** "…, new 1002 6673 9918", "nueva: …": what names the number after it the new one. */
const NEW_NUMBER = /\b(?:new|nueva|nuevo|nouveau|nouvelle|novo|nova)\b[^0-9]{0,16}$/i;

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
    if (isAsciiLetter(codeAt(s, account.start))) letteredSibling(st, account.start, account.end);
    if (account.detector !== 'account.context') continue;
    const suffix = bankSuffixEnd(s, account.start, account.end);
    if (suffix > account.end && !st.isClaimed(account.end, suffix)) {
      st.claim(account.end, suffix);
      account.end = suffix;
    }
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
    // The whole number, however long: "Old acct 30071145, new 1002 6673 9918" is one of
    // twelve digits, never the first eight of them.
    for (let q = r + 1; q < runs.count && total <= MAX_ACCOUNT_DIGITS; q++) {
      const next = runs.start[q] ?? 0;
      const gap = codeAt(s, b);
      if (next !== b + 1 || (gap !== 32 && gap !== 45)) break;
      b = runs.end[q] ?? next;
      total += b - next;
    }
    if (isAsciiAlnum(codeAt(s, b)) || isAsciiAlnum(codeAt(s, a - 1))) continue;
    // Longer than the first: the customer's new number only when said to be one.
    if (
      total !== digits &&
      !(total > digits && total <= MAX_ACCOUNT_DIGITS && NEW_NUMBER.test(s.slice(account.end, a)))
    )
      continue;
    const before = codeAt(s, a - 1);
    if (before === 36 || before === 35 || codeAt(s, b) === 37) continue; // $ # %
    const cue = st.contextAfter(account.end, a - account.end);
    if (cue >= 0 && (st.ctxStart[cue] ?? 0) < a) continue;
    if (st.isClaimed(a, b)) continue;
    // "is 0044 7781 2290 not 0044 7781 2209": the wrong one the customer corrects, read as nothing.
    if (wrongAccount(s, a, b)) st.claim(a, b);
    else st.emit(BANK_ACCOUNT, a, b, 'account.context', 0.7);
  }
}

/**
 * "loan number is ML-2208-11111 wait no thats the old one. real one is
 * ML-2208-22222": a number laid out as a lettered account number just read,
 * with the same letters, shortly after it and no cue between, is the
 * customer's other (or corrected) number. Same layout means the same letters,
 * then digits exactly where the first has digits (and capitals where it has capitals).
 */
function letteredSibling(st: DetectionState, start: number, end: number): void {
  const { s, n } = st;
  let letters = start;
  while (letters < end && isAsciiLetter(codeAt(s, letters))) letters++;
  const len = end - start;
  const last = Math.min(n - len, end + SIBLING_REACH);
  for (let a = end + 1; a <= last; a++) {
    if (isAsciiAlnum(codeAt(s, a - 1)) || isAsciiAlnum(codeAt(s, a + len))) continue;
    let same = true;
    for (let i = 0; i < len && same; i++) {
      const c = codeAt(s, a + i);
      const d = codeAt(s, start + i);
      // round 18: past the leading letters, a line's capitals may differ ("DN-HO 5520 981, cars
      // are on DN-AU 5520 982": the customer's other policy with the insurer).
      same =
        start + i < letters
          ? c === d
          : isAsciiDigit(d)
            ? isAsciiDigit(c)
            : isCapital(d)
              ? isCapital(c)
              : c === d;
    }
    if (!same) continue;
    const cue = st.contextAfter(end, a - end);
    if ((cue >= 0 && (st.ctxStart[cue] ?? 0) < a) || st.isClaimed(a, a + len)) return;
    st.emit(BANK_ACCOUNT, a, a + len, 'account.context', 0.7);
    return;
  }
}

/** Digits in a Czech or Slovak bank code ("…/0800"). */
const BANK_CODE_DIGITS = 4;

/**
 * What ends an account number past the digits the scanner read: a Czech or
 * Slovak bank code after "/" ("19-2000145399/0800", the number written as
 * [prefix-]number/bank code), or a single check digit after a hyphen, as
 * Brazilian accounts are written ("conta 56789-0"). Only after one unspaced
 * number, so "acct 5512 3390/1234" and ranges of spaced groups keep their end.
 * Returns the new end, or `end`.
 */
function bankSuffixEnd(s: string, start: number, end: number): number {
  const c = codeAt(s, end);
  if ((c !== 47 && c !== 45) || !isAsciiDigit(codeAt(s, end - 1))) return end;
  // round 18: a Brazilian branch and account joined by a slash ("0001 / 12098877-4") take
  // the account's check digit too.
  const branchSlash = c === 45 && branchSlashAccount(s, start, end);
  for (let i = start; i < end && !branchSlash; i++) {
    const d = codeAt(s, i);
    if (!isAsciiDigit(d) && d !== 45) return end;
  }
  let e = end + 1;
  while (e < s.length && isAsciiDigit(codeAt(s, e)) && e - end <= BANK_CODE_DIGITS) e++;
  const digits = e - end - 1;
  const after = codeAt(s, e);
  if (isAsciiAlnum(after) || after === 47 || after === 45) return end;
  if (c === 47) return digits === BANK_CODE_DIGITS ? e : end;
  return digits === 1 ? e : end;
}

/** Whether [start, end) is four digits, "/" (blanks around it or not), then digits only. */
function branchSlashAccount(s: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isAsciiDigit(codeAt(s, i))) i++;
  if (i - start !== BRANCH_DIGITS) return false;
  if (codeAt(s, i) === 32) i++;
  if (codeAt(s, i) !== 47) return false;
  i++;
  if (codeAt(s, i) === 32) i++;
  if (i >= end) return false;
  for (; i < end; i++) if (!isAsciiDigit(codeAt(s, i))) return false;
  return true;
}

/** Digits in a Brazilian branch's number (agência). */
const BRANCH_DIGITS = 4;

function digitsIn(s: string, a: number, b: number): number {
  let d = 0;
  for (let i = a; i < b; i++) if (isAsciiDigit(codeAt(s, i))) d++;
  return d;
}
