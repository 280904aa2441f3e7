import type { ContextCategory } from '../../policy/core';
import {
  abaValid,
  cardLengthMask,
  clabeValid,
  isTollFree,
  itinValid,
  luhnValid,
  tfnValid,
  nanpValid,
  ssnValid,
} from './checksums';
import { ENTITY_INDEX, phoneKey } from './compiled-policy';
import { WordTable } from './word-table';
import { isWordCode } from './lexicon-trie';
import { validDate } from './date-of-birth.detector';
import {
  codeAt,
  digitsOf,
  isAsciiAlnum,
  isAsciiDigit,
  isAsciiLetter,
  isBlank,
  linkerOnly,
  type DetectionState,
} from './detection-state';
import { SERVICE_LINE_WORDS, serviceLineAt } from './service-number';
import {
  advertisedContact,
  institutionAfter,
  moneySentToPhone,
  notTheCustomers,
  accountByActionBefore,
  othersPhoneBefore,
  PHONE_OWNER_WORDS,
  payeeOrWrongAccount,
  payeesBankDetails,
  phoneDisownedAfter,
  thirdPartysAccountBefore,
  thirdPartyOwnerWordsIn,
  thirdPartysPhoneBefore,
} from './contact-owner';

/**
 * Posts at least this long are read once for the words a number's third-party and service-line
 * phrases need before those phrases are asked of each number (a post of thousands of numbers
 * asks for each); a shorter post asks them directly, which costs less than the reading.
 */
const GATED_POST = 1024;

/** An account's number, then " at " (what follows is where it is held). */
const AT_AFTER_NUMBER = /\d{6,17} at $/;

/** Whether "at" and a blank stand before `start`, right after a number of six digits or more. */
function atAfterNumber(s: string, start: number): boolean {
  return (
    codeAt(s, start - 1) === 32 && AT_AFTER_NUMBER.test(s.slice(Math.max(0, start - 21), start))
  );
}

/** Courtesy words typed on to a number: "…744pls", "…12thx", "…0019asap". */
const POLITE_GLUED = /^(?:pls|plz|please|thx|thanks|ty|asap)(?![A-Za-z])/i;
const CARD = ENTITY_INDEX.CARD_NUMBER;
const ACCOUNT = ENTITY_INDEX.BANK_ACCOUNT;
const ROUTING = ENTITY_INDEX.ROUTING_NUMBER;
const SSN = ENTITY_INDEX.SSN;
const PHONE = ENTITY_INDEX.PHONE;
const DOB = ENTITY_INDEX.DATE_OF_BIRTH;
/** A recognised hard negative: consumes its digits without a finding. */
const NONE = -1;

const MAX_WINDOW_DIGITS = 19;
const MIN_DIGITS = 3;
/** Longest digit group kept for windows; longer runs are ids, hashes, noise. */
const MAX_GROUP = 19;
/** A French or CEMAC RIB: 5-digit bank, 5-digit branch, 11-digit account, 2-digit key. */
const MAX_RIB_DIGITS = 23;

/**
 * Whether groups i, i+1, i+2 (of at most c1) are laid out as a RIB, 5-5-11 joined
 * by single hyphens or blanks: "10005-00001-04512345678"; or as Portugal's NIB, bank,
 * branch and account 4-4-11 ("0035 0712 00044718830").
 */
function ribAt(s: string, gs: Int32Array, ge: Int32Array, i: number, c1: number): boolean {
  if (i + 2 > c1) return false;
  const head = ge[i] - gs[i];
  if (head !== 5 && head !== 4) return false;
  for (let j = i; j <= i + 2; j++) {
    if (ge[j] - gs[j] !== (j === i + 2 ? 11 : head)) return false;
    if (j > i) {
      const c = codeAt(s, ge[j - 1]);
      if (gs[j] !== ge[j - 1] + 1 || (c !== 45 && c !== 32)) return false;
    }
  }
  return true;
}

/** Finds numeric entities in one post; reuses its buffers from post to post. */
export type NumericDetector = (st: DetectionState) => void;

/**
 * A numeric detector with its own working buffers (digit groups, Luhn prefix
 * sums, the current and best window readings). Classification is synchronous,
 * so the classifier's scratch space holds one and reuses it for every post.
 */
/** Conjunctions that end a clause about a cue: what follows is about something else. */
const CLAUSE_CONJUNCTIONS = ['and', 'but', 'or', 'so', 'because', 'then', 'y', 'pero'];

export function createNumericDetector(): NumericDetector {
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
      c === 32 ||
      c === 45 ||
      c === 46 ||
      c === 47 ||
      c === 40 ||
      c === 41 ||
      c === 95 ||
      isBreak(c) ||
      isOddSeparator(c)
    );
  }

  /** "212~555~0187", "212*555*0187", "212 | 555 | 0187", "212·555·0187". */
  function isOddSeparator(c: number): boolean {
    return c === 126 || c === 42 || c === 124 || c === 0xb7 || c === 0x2022;
  }

  /**
   * Tabs, line breaks, NUL and the other C0 controls, DEL and U+FFFD (what invalid
   * UTF-8 becomes): a value split by them ("4111\n1111\n1111\n1111") is still one
   * value. They count as blanks between groups.
   */
  function isBreak(c: number): boolean {
    return (c >= 0 && c < 32) || c === 127 || c === 0xfffd;
  }

  function isCurrency(c: number): boolean {
    return c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5;
  }

  const MAX_CLAUSE = 8;
  const CLAUSE_LINKS = WordTable.of(['is', 'es', 'was']);
  const CLAUSE_SUBJECTS = WordTable.of([
    'i',
    'they',
    'you',
    'we',
    'he',
    'she',
    'que',
    'my',
    'mi',
    'our',
  ]);
  /** Words that end a clause about the cue: what follows is about something else. */
  const CLAUSE_BREAKS = WordTable.of([
    ...CLAUSE_CONJUNCTIONS,
    'call',
    'text',
    'phone',
    'number',
    'claim',
    'order',
    'case',
    'ticket',
  ]);
  /** "please call 4455667788": the word before makes it a phone number. */
  const PHONE_VERBS = WordTable.of(['call', 'text', 'txt', 'dial', 'ring', 'at', 'or', 'phone']);

  /** End of the word before `pos` (blanks skipped). */
  function wordEndBefore(s: string, pos: number): number {
    let p = pos;
    while (p > 0 && codeAt(s, p - 1) === 32) p--;
    return p;
  }

  /** Start of the word before `pos` (blanks skipped). */
  function wordBefore(s: string, pos: number): number {
    let p = wordEndBefore(s, pos);
    while (p > 0 && isAsciiLetter(codeAt(s, p - 1))) p--;
    return p;
  }

  const AMOUNT_WORDS = WordTable.of([
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
    'pesos',
    'peso',
    'mxn',
    'pounds',
    'gbp',
    'cad',
    'yen',
    'dolares',
    // round 15: currencies written after the amount abroad ("150 000 kr", "23 000 Ft").
    'kr',
    'sek',
    'nok',
    'dkk',
    'ft',
    'huf',
    'czk',
    'kc',
    'pln',
    'rm',
    'myr',
    'baht',
    'thb',
    'ksh',
    'kes',
    'birr',
    'rupees',
    'inr',
    'chf',
    'zar',
    'naira',
    'cedis',
  ]);

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
  function detectNumericEntities(st: DetectionState): void {
    const s = st.s;
    actionStart = -1;
    ownerWordsKnown = false;
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
          for (let k = i; k < j; k++) digits[dlen++] = codeAt(s, k) - 48;
        }
        groups++;
      }
    }
    let c0 = 0;
    while (c0 < groups) {
      // "SN012 01001 002145678901 38", "FR-30004 00828 00012345678 94": a RIB read whole,
      // its country's letters and its key included, after an account cue.
      const ribLast = ribSpanAt(st, c0, groups);
      if (ribLast >= 0) {
        c0 = ribLast + 1;
        continue;
      }
      // "60-18-22 39917045", "062-914 1033 5287", "03872 869 4419200": a national layout of
      // the bank's code and the account, read whole.
      const nationalLast = nationalAccountAt(st, c0, groups);
      if (nationalLast >= 0) {
        c0 = nationalLast + 1;
        continue;
      }
      // The chunk is found only here, after the whole-layout readers: found before them, a
      // long chain of groups would be walked again from each layout read inside it.
      let c1 = c0;
      const international = startsWithPlus(s, gStart[c0] ?? 0);
      while (c1 + 1 < groups && joinable(s, c1, c1 + 1, international)) c1++;
      // No numeric entity is shorter than three digits ("+4", "1:1", "4/7" are nothing).
      if (gOff[c1] + groupLen(c1) - gOff[c0] >= MIN_DIGITS) processChunk(st, c0, c1);
      c0 = c1 + 1;
    }
  }

  /**
   * A RIB laid out as a bank's, a branch's and an account's parts, then its two-digit key:
   * 5-5-11 (France, Central Africa), 4-4-11 (Portugal) or a West African bank code's
   * three digits after its country's letters, 5, 12 ("SN012 01001 002145678901 38"); "FR-"
   * may stand before the bank's five. Read as one account after an account cue; returns the key's group, or -1.
   */
  function ribSpanAt(st: DetectionState, c0: number, groups: number): number {
    const s = st.s;
    if (c0 + 3 >= groups) return -1;
    const l0 = groupLen(c0);
    const start0 = gStart[c0] ?? 0;
    let valueStart = start0;
    let lettered = false;
    if (isAsciiUpper(codeAt(s, start0 - 1)) && isAsciiUpper(codeAt(s, start0 - 2))) {
      valueStart = start0 - 2;
      lettered = true;
    } else if (
      codeAt(s, start0 - 1) === 45 &&
      isAsciiUpper(codeAt(s, start0 - 2)) &&
      isAsciiUpper(codeAt(s, start0 - 3))
    ) {
      valueStart = start0 - 3;
      lettered = true;
    }
    if (lettered && isAsciiLetter(codeAt(s, valueStart - 1))) return -1;
    const l2 = groupLen(c0 + 2);
    // Portugal's NIB, 4-4-11 and its key: "0035 0712 00044718830 05".
    const nib = l0 === 4 && !lettered && l2 === 11;
    if (!((l0 === 5 && l2 === 11) || nib || (l0 === 3 && lettered && l2 === 12))) return -1;
    if (groupLen(c0 + 1) !== (nib ? 4 : 5) || groupLen(c0 + 3) !== 2) return -1;
    for (let g = c0 + 1; g <= c0 + 3; g++) {
      const c = codeAt(s, gEnd[g - 1] ?? 0);
      if ((gStart[g] ?? 0) !== (gEnd[g - 1] ?? 0) + 1 || (c !== 45 && c !== 32)) return -1;
    }
    const end = gEnd[c0 + 3] ?? 0;
    if (isDigitAt(s, end + 1) || isAsciiLetter(codeAt(s, end))) return -1;
    if (st.isClaimed(valueStart, end)) return -1;
    contextFor(st, valueStart);
    if (ctx.tight !== 'account' && ctx.loose !== 'account') return -1;
    st.findings.push({
      type: ACCOUNT,
      start: valueStart,
      end,
      detector: 'account.context',
      confidence: 0.9,
    });
    st.claim(valueStart, end);
    return c0 + 3;
  }

  /**
   * "33.210-7", "33210-7", "8843217-5": groups i..j end in one check digit after a hyphen,
   * the digits before it one group, or groups of three after the first joined by dots.
   */
  function checkDigitAccount(s: string, i: number, j: number): boolean {
    if (j === i || groupLen(j) !== 1) return false;
    // "ag. 3318-2 c/c …": the branch's own number and check digit, no account.
    if (branchWordBefore(s, gStart[i] ?? 0)) return false;
    const hyphen = gEnd[j - 1] ?? 0;
    if (codeAt(s, hyphen) !== 45 || (gStart[j] ?? 0) !== hyphen + 1) return false;
    for (let g = i + 1; g < j; g++) {
      if (groupLen(g) !== 3 || codeAt(s, gEnd[g - 1] ?? 0) !== 46) return false;
      if ((gStart[g] ?? 0) !== (gEnd[g - 1] ?? 0) + 1) return false;
    }
    return true;
  }

  /** What stands between groups `g - 1` and `g`: 1 a hyphen, 2 a blank, 3 " - ", 4 " / ", 5 a line break, 0 else. */
  function gapKind(s: string, g: number): number {
    const from = gEnd[g - 1] ?? 0;
    const gap = (gStart[g] ?? 0) - from;
    const c = codeAt(s, from);
    if (gap === 1) return c === 45 ? 1 : c === 32 ? 2 : c === 10 ? 5 : 0;
    if (gap === 2) return c === 13 && codeAt(s, from + 1) === 10 ? 5 : 0;
    if (gap !== 3 || c !== 32 || codeAt(s, from + 2) !== 32) return 0;
    const mid = codeAt(s, from + 1);
    return mid === 45 ? 3 : mid === 47 ? 4 : 0;
  }

  /**
   * Most digits of an Australian account after its BSB, and of a Canadian one after its
   * transit and institution numbers.
   */
  const BSB_ACCOUNT_MIN = 6;
  const BSB_ACCOUNT_MAX = 10;

  /**
   * An account written with its bank's code, in a country's layout, read whole: a UK sort
   * code and the account ("60-18-22 39917045", "20-77-51 / 40911302"); an Australian BSB
   * and the account ("062-914 1033 5287", "032-001 448812"); a Canadian transit,
   * institution and account ("03872 869 4419200", "01832 - 828 - 1123984", or one to a
   * line); a New Zealand bank, branch, account and suffix ("01-0242-0123456-00"). The
   * layout alone says what it is, so no cue is needed; but a phone's or a reference's cue
   * tied to it, a routing cue ("sort code 20-45-77 41982273": the two named apart), or an
   * owner other than the customer leaves it to the other readers. Returns the last group, or -1.
   */
  function nationalAccountAt(st: DetectionState, c0: number, groups: number): number {
    const s = st.s;
    const l0 = groupLen(c0);
    if ((l0 !== 2 && l0 !== 3 && l0 !== 4 && l0 !== 5) || c0 + 2 > groups) return -1;
    const start = gStart[c0] ?? 0;
    const before = codeAt(s, start - 1);
    // Part of a longer number, or a "+": no account's layout.
    if (
      before === 43 ||
      before === 45 ||
      before === 46 ||
      before === 47 ||
      isAsciiLetter(before) ||
      ((before === 32 || before === 40) && (isDigitAt(s, start - 2) || codeAt(s, start - 2) === 43))
    )
      return -1;
    let last = -1;
    // The group the account itself opens with, where the bank's code is not part of it.
    let accountGroup = -1;
    if (l0 === 2) {
      // UK: 2-2-2, then eight digits after a blank or " / "; New Zealand: 2-4-7-2 (or -3).
      if (c0 + 3 >= groups || gapKind(s, c0 + 1) !== 1) return -1;
      const l1 = groupLen(c0 + 1);
      const l2 = groupLen(c0 + 2);
      const l3 = groupLen(c0 + 3);
      const k2 = gapKind(s, c0 + 2);
      const k3 = gapKind(s, c0 + 3);
      if (l1 === 2 && l2 === 2 && k2 === 1 && l3 === 8 && (k3 === 2 || k3 === 4)) {
        last = c0 + 3;
        accountGroup = c0 + 3;
      } else if (l1 === 4 && l2 === 7 && k2 === 1 && (l3 === 2 || l3 === 3) && k3 === 1)
        last = c0 + 3;
      else return -1;
    } else if (l0 === 4) {
      // round 18: Brazil: the branch (agência, 4), "/", the account and its check digit after
      // a hyphen ("0001/99881234-0", "8422 / 12233-4"); a year is no branch.
      const slash = gEnd[c0] ?? 0;
      const k1 =
        codeAt(s, slash) === 47 && (gStart[c0 + 1] ?? 0) === slash + 1 ? 1 : gapKind(s, c0 + 1);
      const l1 = groupLen(c0 + 1);
      if (
        (k1 !== 1 && k1 !== 4) ||
        (k1 === 1 && codeAt(s, slash) !== 47) ||
        l1 < 4 ||
        l1 > 12 ||
        groupLen(c0 + 2) !== 1 ||
        gapKind(s, c0 + 2) !== 1 ||
        isYear(gOff[c0] ?? 0)
      )
        return -1;
      last = c0 + 2;
    } else if (l0 === 3 && clabeLayoutAt(st, c0, groups)) {
      last = c0 + 3;
    } else if (l0 === 3) {
      // Australia: the BSB, 3-3, then six to ten digits in groups after single blanks.
      if (groupLen(c0 + 1) !== 3 || gapKind(s, c0 + 1) !== 1) return -1;
      let total = 0;
      let g = c0 + 2;
      for (; g < groups && gapKind(s, g) === 2 && groupLen(g) >= 3; g++) {
        total += groupLen(g);
        if (total > BSB_ACCOUNT_MAX) return -1;
      }
      if (total < BSB_ACCOUNT_MIN) return -1;
      last = g - 1;
      accountGroup = c0 + 2;
    } else {
      // Canada: the transit (5), the institution (3) and the account (7 to 12), set apart
      // alike by hyphens, blanks, " - " or line breaks.
      const k1 = gapKind(s, c0 + 1);
      const l2 = groupLen(c0 + 2);
      if (
        groupLen(c0 + 1) !== 3 ||
        k1 === 0 ||
        k1 === 4 ||
        gapKind(s, c0 + 2) !== k1 ||
        l2 < 7 ||
        l2 > 12
      )
        return -1;
      last = c0 + 2;
      accountGroup = c0 + 2;
    }
    const end = gEnd[last] ?? 0;
    const after = codeAt(s, end);
    // More of a number after it: "…-00" of another layout, or a longer run.
    if (
      isAsciiLetter(after) ||
      ((after === 45 || after === 47 || after === 46 || after === 32) && isDigitAt(s, end + 1)) ||
      st.isClaimed(start, end)
    )
      return -1;
    contextFor(st, start);
    if (ctx.tight === 'phone' || ctx.tight === 'reference' || ctx.tight === 'card') return -1;
    if (ctx.tight === 'routing' && ctx.loose === 'routing') return -1;
    if (!thirdPartysAccount(s, start, end)) {
      st.findings.push({
        type: ACCOUNT,
        // round 27: the account part only of a UK sort code, an Australian BSB or a Canadian
        // transit and institution written with their account as one (the labelling brief).
        start: accountGroup < 0 ? start : (gStart[accountGroup] ?? start),
        end,
        detector: 'account.context',
        confidence: 0.9,
      });
    }
    st.claim(start, end);
    return last;
  }

  /**
   * round 18: a Mexican CLABE in its printed layout, the bank (3), the plaza (3), the account
   * (11) and the check digit, set apart alike by blanks or hyphens: "072 180 00882934551 7".
   * Read whole when its check digit holds, or when an account cue ("CLABE", "cuenta") is
   * tied to it (a mistyped check digit does not unmask it, as for the unspaced CLABE).
   */
  function clabeLayoutAt(st: DetectionState, c0: number, groups: number): boolean {
    if (c0 + 3 >= groups || groupLen(c0 + 1) !== 3 || groupLen(c0 + 2) !== 11) return false;
    if (groupLen(c0 + 3) !== 1) return false;
    const k = gapKind(st.s, c0 + 1);
    if ((k !== 1 && k !== 2) || gapKind(st.s, c0 + 2) !== k || gapKind(st.s, c0 + 3) !== k)
      return false;
    if (clabeValid(digits, gOff[c0] ?? 0)) return true;
    contextFor(st, gStart[c0] ?? 0);
    return ctx.tight === 'account';
  }

  function isAsciiUpper(c: number): boolean {
    return c >= 65 && c <= 90;
  }

  function groupLen(g: number): number {
    return (gEnd[g] ?? 0) - (gStart[g] ?? 0);
  }

  function startsWithPlus(s: string, pos: number): boolean {
    let p = pos - 1;
    if (codeAt(s, p) === 40) p--;
    if (codeAt(s, p) === 32) p--;
    return codeAt(s, p) === 43;
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
    let spacedDot = false;
    for (let k = from; k < to; k++) {
      const c = codeAt(s, k);
      if (!isSeparator(c)) return false;
      if (c === 32 || isBreak(c)) blanks++;
      else if (c === 46) {
        dot = true;
        if (k > from) spacedDot = true;
      }
    }
    // ". " ends a sentence; two long numbers side by side are two numbers. A dot with
    // blanks on both sides ("405 · 227 · 8810", the middle dot normalised) ends none.
    if (dot && blanks > 0 && !spacedDot) return false;
    // "from 6022 7719 834 three days late": a count of days or times after a number
    // (the word folded to a digit) is no group of it.
    if (lb <= 2 && blanks === gap && countedAfter(s, gEnd[b] ?? 0)) return false;
    // Two long numbers side by side ("021000021 123456789012", "12345678 2") are two
    // numbers; but a zero-width character dropped inside "4111 1111…" leaves
    // "41111111 1111…", and international numbers ("+49 30 75422097") have long groups.
    // "212 5550187": an area code, then the number.
    if (international || blanks !== gap || (la <= 6 && lb <= 6) || (la === 3 && lb === 7))
      return true;
    return la >= 4 && lb >= 4 && la + lb <= MAX_WINDOW_DIGITS;
  }

  /** What a small number after an account number counts: "3 days", "two times". */
  const COUNTED = WordTable.of([
    'days',
    'weeks',
    'months',
    'years',
    'hours',
    'minutes',
    'times',
    'dias',
    'semanas',
    'meses',
    'veces',
  ]);

  /** Whether a blank and a word COUNTED names follow `pos`. */
  function countedAfter(s: string, pos: number): boolean {
    if (codeAt(s, pos) !== 32) return false;
    let q = pos + 1;
    while (q < s.length && q - pos <= 8 && isAsciiLetter(codeAt(s, q))) q++;
    return q > pos + 1 && COUNTED.has(s, pos + 1, q);
  }

  function gluedLeft(s: string, pos: number): boolean {
    const c = codeAt(s, pos - 1);
    if (isAsciiLetter(c)) return true;
    return (c === 45 || c === 95) && isAsciiLetter(codeAt(s, pos - 2));
  }

  function gluedRight(s: string, pos: number): boolean {
    const c = codeAt(s, pos);
    if (isAsciiLetter(c)) return !politeWordGlued(s, pos);
    return (c === 45 || c === 95) && isAsciiLetter(codeAt(s, pos + 1));
  }

  /**
   * round 25: "acct#55019283744pls close it": a word of courtesy typed on without a space
   * after a number (a phone's keyboard) does not make it a code of digits and letters.
   */
  function politeWordGlued(s: string, pos: number): boolean {
    const c = codeAt(s, pos) | 32;
    return (c === 112 || c === 116 || c === 97) && POLITE_GLUED.test(s.slice(pos, pos + 8));
  }

  function amountBefore(s: string, pos: number): boolean {
    let p = pos - 1;
    if (codeAt(s, p) === 32) p--;
    return isCurrency(codeAt(s, p));
  }

  function amountAfter(s: string, pos: number): boolean {
    let c = codeAt(s, pos);
    // "1 842,17 $", "4 500,00 kr": decimal cents after a comma, then the currency.
    let p = pos;
    if (c === 44 && isDigitAt(s, pos + 1) && isDigitAt(s, pos + 2) && !isDigitAt(s, pos + 3)) {
      p = pos + 3;
      c = codeAt(s, p);
      if (c === 32 && isCurrency(codeAt(s, p + 1))) return true;
    }
    if (c === 37 /* % */ || isCurrency(c)) return p > pos || c === 37;
    if (c === 32) p++;
    let q = p;
    while (q < s.length && q - p <= 8 && isAsciiLetter(codeAt(s, q))) q++;
    return q > p && AMOUNT_WORDS.has(s, p, q);
  }

  /** "again, it's ", "otra vez, es ": a comma and "it's" just before the value. */
  const COMMA_ITS = /^(?: [a-z]+){0,3}, (?:it's|its|it is|it was|es|era|e) $/i;

  /** "my account number again, it's 0093 3812 774": at most three words, a comma, "it's". */
  function commaThenIts(s: string, from: number, to: number): boolean {
    return to - from <= 40 && COMMA_ITS.test(s.slice(from, to));
  }

  /**
   * Between two cues: "<cue> on the <account cue>", "<cue> for my <account cue>"; a word or
   * two may name the account ("SSN for the nonprofit account: …").
   */
  const WHOSE_CUE = /^ (?:number )?(?:on|for|in|of) (?:the|my|our|this) (?:[a-z'-]+ ){0,2}$/i;
  /** After that account cue, what ties the value to the first cue: "should be", "is", ":". */
  const WHOSE_LINK = /^ ?(?:is|was|should be|needs to be|must be|to be|now is|:|=) ?$/i;

  /** An account being opened, right before its cue: "to open the", "para abrir la", "opening a new". */
  const OPENING =
    /(?:^|[^\p{L}])(?:open|opening|abrir|abriendo|abra|abrirle)(?: (?:a|an|the|my|her|his|new|joint|la|una|mi|su|nueva|le))* ?$/iu;

  /** Most characters between an account cue and the "on my checks" that says where it is. */
  const CHECK_CUE_GAP = 24;

  /** Context of the window being classified (one reused object). */
  const ctx = {
    /** Category tied to the value by linking words only, before it. */
    tight: undefined as ContextCategory | undefined,
    /** Nearest category before the value within the context window. */
    loose: undefined as ContextCategory | undefined,
    /**
     * The cue before also ends an earlier number ("061016376 routing\n5521907734
     * acct"): a cue tied to the value after it is the value's own.
     */
    trailing: false,
    /** The cue is "on my checks": checks carry the routing number as well as the account. */
    onChecks: false,
    /** "The number printed on my check …": "on my checks" and no account cue just before it. */
    checkNumber: false,
  };

  function contextFor(st: DetectionState, start: number): void {
    ctx.tight = undefined;
    ctx.loose = undefined;
    ctx.trailing = false;
    ctx.onChecks = false;
    ctx.checkNumber = false;
    // round 18: "ag 0001 cc 8843217-5": a Brazilian branch, then "cc" (conta corrente).
    if (branchThenCurrentAccount(st.s, start)) {
      ctx.tight = ctx.loose = 'account';
      return;
    }
    if (st.ctxCount === 0) return;
    let k = st.contextBefore(start, st.policy.contextBefore);
    if (k < 0) return;
    // round 21: "they need my SSN to open the account, it is 523-71-4408": an account being
    // opened has no number yet; the cue before it names the value, or none does.
    if (
      st.ctxCategory[k] === 'account' &&
      OPENING.test(st.s.slice(Math.max(0, (st.ctxStart[k] ?? 0) - 24), st.ctxStart[k] ?? 0))
    ) {
      if (k === 0 || start - (st.ctxEnd[k - 1] ?? 0) > st.policy.contextBefore) return;
      k--;
    }
    // "phone on the account should be …", "email for my account is …": an account cue
    // that only says whose the cue before it is leaves the value to that cue; so does a
    // reference cue saying what an identifier is for ("policy number for the glass claim: …").
    if (
      k > 0 &&
      ((st.ctxCategory[k] === 'account' && st.ctxCategory[k - 1] !== 'account') ||
        (st.ctxCategory[k] === 'reference' && IDENTIFIER_CUES.has(st.ctxCategory[k - 1])))
    ) {
      const between = st.s.slice(st.ctxEnd[k - 1] ?? 0, st.ctxStart[k] ?? 0);
      // "the routing on my checks says …": the account cue is itself the "on my …".
      const onCue =
        between === ' ' && /^on /i.test(st.s.slice(st.ctxStart[k] ?? 0, (st.ctxStart[k] ?? 0) + 3));
      if (onCue || (between.length <= 32 && WHOSE_CUE.test(between))) {
        const link = st.s.slice(st.ctxEnd[k] ?? 0, start);
        const linked = link.length <= 20 && WHOSE_LINK.test(link);
        // round 23: "is 122258604 the right routing number for my account 4418300275?": a
        // number right after the account cue, with no link to the routing cue, is the account.
        const accountsOwn =
          !linked && !onCue && st.ctxCategory[k - 1] === 'routing' && link.trim() === '';
        if (!accountsOwn) k--;
        if (linked) {
          ctx.loose = ctx.tight = st.ctxCategory[k];
          return;
        }
      }
    }
    const loose = st.ctxCategory[k];
    ctx.loose = loose;
    ctx.onChecks =
      loose === 'account' &&
      /^on /i.test(st.s.slice(st.ctxStart[k] ?? 0, (st.ctxStart[k] ?? 0) + 3));
    ctx.checkNumber =
      ctx.onChecks &&
      !(
        k > 0 &&
        st.ctxCategory[k - 1] === 'account' &&
        (st.ctxStart[k] ?? 0) - (st.ctxEnd[k - 1] ?? 0) <= CHECK_CUE_GAP
      );
    if (!linkerOnly(st.s, st.ctxEnd[k] ?? 0, start)) {
      if (
        loose === 'phone' &&
        (phoneCueLinked(st.s, st.ctxEnd[k] ?? 0, start) ||
          placeThenLink(st.s, st.ctxEnd[k] ?? 0, start))
      ) {
        ctx.tight = loose;
        return;
      }
      // "routing and account: 042116088 / 2000918277": the second number is the second cue's;
      // "account and routing: 018657720 0070228115": the first is a routing number by its
      // checksum, so the second is the account.
      const partner = k > 0 ? pairPartner(st, k) : -1;
      if (partner >= 0 && oneNumberBetween(st.s, st.ctxEnd[k] ?? 0, start)) {
        ctx.tight =
          loose === 'routing' &&
          st.ctxCategory[partner] === 'account' &&
          abaBetween(st.s, st.ctxEnd[k] ?? 0, start)
            ? 'account'
            : loose;
      } else if (
        loose !== 'reference' &&
        loose !== 'partial' &&
        (clauseThenValue(st.s, st.ctxEnd[k] ?? 0, start) ||
          commaThenIts(st.s, st.ctxEnd[k] ?? 0, start) ||
          (loose === 'account' && bankNameOnly(st.s, st.ctxEnd[k] ?? 0, start)) ||
          (IDENTIFIER_CUES.has(loose) &&
            (clauseThenNumberWord(st.s, st.ctxEnd[k] ?? 0, start) ||
              qualifierThenCopula(st.s, st.ctxEnd[k] ?? 0, start) ||
              writtenOnThenCopula(st.s, st.ctxEnd[k] ?? 0, start))))
      ) {
        ctx.tight = loose;
      }
      return;
    }
    // "account and routing: A / R": the first number is the first cue's.
    const partner = k > 0 ? pairPartner(st, k) : -1;
    ctx.tight = partner >= 0 ? st.ctxCategory[partner] : loose;
    // Cheap test first: most cues do not follow a number.
    const before = codeAt(st.s, (st.ctxStart[k] ?? 0) - 1);
    ctx.trailing =
      partner < 0 &&
      (before === 32 ||
        before === 10 ||
        before === 13 ||
        before === 9 ||
        before === 40 ||
        before === 41) &&
      trailingCue(st, k);
  }

  /**
   * Words that say whose a phone is, or link it, in languages whose linking words are
   * no English ones: Tagalog "GCash number niya ay …", "numero ko ay …"; Swahili
   * "namba yangu ni …"; Urdu written in Latin letters, "number mera …"; Indonesian and
   * Malay, "nomor HP saya …", "nombor telefon saya ialah …"; Vietnamese, "SĐT của em là …"
   * (accents folded: "of", the speaker as younger sibling, elder sibling or "I", "is").
   */
  const PHONE_LINKS = WordTable.of([
    'cua',
    'em',
    'anh',
    'chi',
    'toi',
    'minh',
    'la',
    'saya',
    'aku',
    'adalah',
    'ialah',
    'niya',
    'nya',
    'ni',
    'namin',
    'yangu',
    'wangu',
    'mera',
    'meri',
    'waa',
    // round 16: Javanese and Indonesian, "Nomer HP ku ganti, saiki 0857-…" (my mobile
    // number changed, now …): my, changed, now, new.
    'ku',
    'ganti',
    'diganti',
    'saiki',
    'sekarang',
    'skrg',
    'baru',
    // round 17: "new" and "is" between the phone word and the number: Welsh "fy rhif ffôn
    // newydd yw …", Italian "numero di telefono nuovo …", Vietnamese "số điện thoại mới
    // của em …", Somali "Lambarkayga cusub waa …".
    'newydd',
    'yw',
    'ydi',
    'ydy',
    'nuovo',
    'nuova',
    'moi',
    'cusub',
  ]);
  /**
   * Where the number is used, between the cue and the number: "mi número en la Ciudad de
   * México es …", "my number in the UK is …", "meu número em São Paulo: …". A preposition
   * of place, an article, up to four capitalised words (joined by "de", "of" …), then a
   * copula or a colon. Matched on at most `PLACE_LINK_REACH` characters.
   */
  const PLACE_LINK =
    /^ (?:in|en|em|a|au|im) (?:(?:the|la|el|le|los|las|o|a) )?[A-Z][A-Za-z'.]*(?: (?:(?:de|del|da|do|of) )?[A-Z][A-Za-z'.]*){0,3},? (?:is|es|e|est|ist|will be|sera|:)? ?$/;
  const PLACE_LINK_REACH = 48;

  function placeThenLink(s: string, from: number, to: number): boolean {
    return to - from <= PLACE_LINK_REACH && PLACE_LINK.test(s.slice(from, to));
  }

  /** Most words of another script that may stand between a phone cue and the number. */
  const MAX_SCRIPT_WORDS = 2;
  /** Longest stretch between a phone cue and the number read by `phoneCueLinked`. */
  const PHONE_LINK_REACH = 32;

  /**
   * Whether a phone cue is tied to the number after it by words of the post's own
   * language: a particle or a possessive in a script other than Latin ("電話番号は
   * 090-…", "הטלפון הישראלי שלי 052-…": up to two such words, no sentence end), or the
   * possessives and links above. Other scripts' words are read as linking only here,
   * after a phone cue: what follows must still be laid out as a phone number.
   */
  function phoneCueLinked(s: string, from: number, to: number): boolean {
    if (to - from > PHONE_LINK_REACH) return false;
    let scriptWords = 0;
    let words = 0;
    for (let p = from; p < to;) {
      const c = codeAt(s, p);
      if (isBlank(c) || c === 58 || c === 45 || c === 44 || c === 34) {
        p++;
        continue;
      }
      let e = p;
      if (isAsciiLetter(c)) {
        while (e < to && (isAsciiLetter(codeAt(s, e)) || codeAt(s, e) === 39)) e++;
        if (!PHONE_LINKS.has(s, p, e) && !linkerOnly(s, p, e)) return false;
      } else if (c >= 0x370 && isWordCode(c)) {
        while (e < to && codeAt(s, e) >= 0x370 && isWordCode(codeAt(s, e))) e++;
        if (++scriptWords > MAX_SCRIPT_WORDS) return false;
      } else return false;
      if (++words > 4) return false;
      p = e;
    }
    return true;
  }

  /**
   * "the acct they will send the settlement to: 4120-0098-331", "the account
   * I want it in is 5521…": a clause of plain words about the thing the cue
   * names, closed by ":" (or by "is" when the clause opens with its subject,
   * "I", "they", "my …"), then the value.
   */
  function clauseThenValue(s: string, from: number, to: number): boolean {
    let q = to;
    while (q > from && isBlank(codeAt(s, q - 1))) q--;
    let colon = codeAt(s, q - 1) === 58;
    if (colon) q--;
    else {
      let w = q;
      while (w > from && isAsciiLetter(codeAt(s, w - 1))) w--;
      if (!CLAUSE_LINKS.has(s, w, q)) return false;
      q = w;
    }
    let words = 0;
    let first = -1;
    let firstEnd = -1;
    for (let p = from; p < q;) {
      const c = codeAt(s, p);
      if (c === 32) {
        p++;
        continue;
      }
      if (!isAsciiLetter(c)) return false;
      let e = p;
      while (e < q && (isAsciiLetter(codeAt(s, e)) || codeAt(s, e) === 39)) e++;
      if (CLAUSE_BREAKS.has(s, p, e) || ++words > MAX_CLAUSE) return false;
      if (first < 0) {
        first = p;
        firstEnd = e;
      }
      p = e;
    }
    if (words === 0) return false;
    colon ||= CLAUSE_SUBJECTS.has(s, first, firstEnd) || atInstitution(s, firstEnd, q, words);
    return colon;
  }

  /** Capitalised words after an account cue that are no bank's name. */
  const NOT_BANK_NAMES = WordTable.of([
    'number',
    'no',
    'nbr',
    'balance',
    'total',
    'ending',
    'ends',
    'closed',
    'opened',
    'holder',
    'name',
    'type',
    'since',
    'from',
    'to',
    'is',
    'was',
    'and',
    'or',
  ]);
  /** Longest bank name read between an account cue and its number. */
  const MAX_BANK_NAME = 16;

  /**
   * round 18: "Akaun Maybank 1641 …", "akaunti Equity 0170…", "account FNB 6284…": one word
   * opening with a capital, the bank's name, alone between the account cue and its number.
   */
  function bankNameOnly(s: string, from: number, to: number): boolean {
    let p = from;
    while (p < to && codeAt(s, p) === 32) p++;
    const a = p;
    const c = codeAt(s, a);
    if (p === from || c < 65 || c > 90) return false;
    while (p < to && isAsciiLetter(codeAt(s, p))) p++;
    const b = p;
    if (b - a < 2 || b - a > MAX_BANK_NAME || NOT_BANK_NAMES.has(s, a, b)) return false;
    while (p < to && (codeAt(s, p) === 32 || codeAt(s, p) === 58)) p++;
    return p === to && b < to;
  }

  /** round 18: where an account is held, "my account at HSBC is …", "account with Capitec is …". */
  const INSTITUTION_PREPOSITIONS = WordTable.of(['at', 'with', 'in', 'from']);
  /** Most words of an institution's name after its preposition. */
  const MAX_INSTITUTION_WORDS = 3;

  /**
   * Whether the clause read by clauseThenValue is a preposition of `INSTITUTION_PREPOSITIONS`
   * (ending at `firstEnd`), then up to three words each opening with a capital: the bank the
   * account is held at, before the copula.
   */
  function atInstitution(s: string, firstEnd: number, q: number, words: number): boolean {
    if (words < 2 || words > MAX_INSTITUTION_WORDS + 1) return false;
    let p = firstEnd;
    while (p > 0 && isAsciiLetter(codeAt(s, p - 1))) p--;
    if (!INSTITUTION_PREPOSITIONS.has(s, p, firstEnd)) return false;
    for (let i = firstEnd; i + 1 < q; i++) {
      if (codeAt(s, i) === 32 && isAsciiLetter(codeAt(s, i + 1))) {
        const c = codeAt(s, i + 1);
        if (c < 65 || c > 90) return false;
      }
    }
    return true;
  }

  /**
   * The cue paired with cue `k` by "and", "&", "/" or "y" just before it
   * ("routing and account", "acct/routing"), naming another kind; or -1.
   */
  function pairPartner(st: DetectionState, k: number): number {
    if (k === 0) return -1;
    const o = k - 1;
    const category = st.ctxCategory[o];
    if (category === st.ctxCategory[k] || category === 'partial' || category === 'reference')
      return -1;
    const s = st.s;
    const from = st.ctxEnd[o] ?? 0;
    const to = st.ctxStart[k] ?? 0;
    if (to - from > 6) return -1;
    let joined = false;
    for (let p = from; p < to; p++) {
      const c = codeAt(s, p);
      if (c === 32) continue;
      if (c === 38 || c === 47 || c === 43) joined = true;
      else if (isAsciiLetter(c)) {
        let q = p;
        while (q < to && isAsciiLetter(codeAt(s, q))) q++;
        const word = s.slice(p, q).toLowerCase();
        if (word !== 'and' && word !== 'y' && word !== 'n') return -1;
        joined = true;
        p = q - 1;
      } else return -1;
    }
    return joined ? o : -1;
  }

  /**
   * Whether exactly one number, and otherwise only punctuation, blanks, "and" or
   * linking words, stand between a cue and the value: ": 042116088 / ".
   */
  function oneNumberBetween(s: string, from: number, to: number): boolean {
    let numbers = 0;
    let inNumber = false;
    for (let p = from; p < to; p++) {
      const c = codeAt(s, p);
      if (c >= 48 && c <= 57) {
        if (!inNumber) numbers++;
        inNumber = true;
        continue;
      }
      // Digit groups of one number ("0421 1608 8") stay one number.
      if ((c === 32 || c === 45) && inNumber && isDigitAt(s, p + 1)) continue;
      inNumber = false;
      if (isAsciiLetter(c)) {
        let q = p;
        while (q < to && isAsciiLetter(codeAt(s, q))) q++;
        const word = s.slice(p, q).toLowerCase();
        if (word !== 'and' && word !== 'y' && !linkerOnly(s, p, q)) return false;
        p = q - 1;
      } else if (c > 127) return false;
    }
    return numbers === 1;
  }

  /** Whether the digits in s[from, to) are nine and pass the ABA check. */
  function abaBetween(s: string, from: number, to: number): boolean {
    const digits = digitsOf(s, from, to);
    return digits.length === 9 && abaValid(digits);
  }

  function isDigitAt(s: string, p: number): boolean {
    const c = codeAt(s, p);
    return c >= 48 && c <= 57;
  }

  /**
   * Whether cue `k` ends an earlier number that has no cue of its own: a digit
   * just before it (blanks, "(", ")" or "-" between), and no cue tied to that
   * number before it. "061016376 routing\n5521907734 acct" — but not "routing
   * 061016376 acct 5521907734", where "acct" leads the second number.
   */
  function trailingCue(st: DetectionState, k: number): boolean {
    const s = st.s;
    let p = (st.ctxStart[k] ?? 0) - 1;
    let steps = 0;
    for (;;) {
      const c = codeAt(s, p);
      if (c >= 48 && c <= 57) break;
      if (steps++ >= 3 || !(c === 32 || c === 10 || c === 13 || c === 9 || c === 40 || c === 41))
        return false;
      p--;
    }
    // The earlier number: digits and the separators inside it.
    while (p > 0 && (isDigitAt(s, p - 1) || (isGroupGap(codeAt(s, p - 1)) && isDigitAt(s, p - 2))))
      p--;
    if (k === 0) return true;
    const before = st.ctxEnd[k - 1] ?? 0;
    return p - before > st.policy.contextBefore || !linkerOnly(s, before, p);
  }

  function isGroupGap(c: number): boolean {
    return c === 32 || c === 45 || c === 46;
  }

  /** The cue right after a value with nothing but punctuation and blanks between ("… (checking)"). */
  function directAfter(st: DetectionState, end: number): ContextCategory | undefined {
    const k = st.contextAfter(end, st.policy.contextAfter);
    if (k < 0) return undefined;
    const s = st.s;
    for (let p = end; p < (st.ctxStart[k] ?? 0); p++) {
      const c = codeAt(s, p);
      if (isAsciiLetter(c) || (c >= 48 && c <= 57)) return undefined;
      // "ssn 318 44 6207. claim HM-44018": a cue opening the next sentence names what follows it.
      if (c === 10 || ((c === 46 || c === 33 || c === 63) && codeAt(s, p + 1) === 32))
        return undefined;
    }
    return st.ctxCategory[k];
  }

  // The tight after-context of a group end, computed once: windows from nearby
  // starts share ends. A small ring indexed by group suffices (windows span at
  // most 19 groups); `afterKey` holds which (chunk, group) a slot describes.
  const AFTER_RING = 32;
  const afterKey = new Float64Array(AFTER_RING).fill(-1);
  const afterValue: (ContextCategory | undefined)[] = new Array<ContextCategory | undefined>(
    AFTER_RING,
  ).fill(undefined);
  let chunkSerial = 0;
  // accountByActionBefore of the last start asked in this post (each window of a group asks it
  // again), and thirdPartyOwnerWordsIn of this post (asked once, not once per account); both
  // are forgotten when a post starts (detectNumericEntities), and compared by position only: a
  // comparison of strings would read the whole post each time.
  let actionStart = -1;
  let actionValue = false;
  let ownerWordsKnown = false;
  let ownerWordsInPost = false;
  function thirdPartysAccount(s: string, start: number, end: number): boolean {
    if (!ownerWordsKnown) {
      ownerWordsKnown = true;
      ownerWordsInPost = thirdPartyOwnerWordsIn(s);
    }
    return (
      (ownerWordsInPost && thirdPartysAccountBefore(s, start)) || payeeOrWrongAccount(s, start, end)
    );
  }
  function accountByAction(s: string, start: number): boolean {
    if (start !== actionStart) {
      actionStart = start;
      actionValue = accountByActionBefore(s, start);
    }
    return actionValue;
  }

  function tightAfter(st: DetectionState, j: number, end: number): ContextCategory | undefined {
    const slot = j & (AFTER_RING - 1);
    const key = chunkSerial * 1048576 + j;
    if (afterKey[slot] === key) return afterValue[slot];
    const value = contextAfter(st, end, true);
    afterKey[slot] = key;
    afterValue[slot] = value;
    return value;
  }

  /** The category named just after the value; `tight` when only linking words stand between. */
  function contextAfter(
    st: DetectionState,
    end: number,
    tight: boolean,
  ): ContextCategory | undefined {
    const k = st.contextAfter(end, st.policy.contextAfter);
    if (
      k < 0 ||
      (tight &&
        !linkerOnly(st.s, end, st.ctxStart[k] ?? 0) &&
        !(IDENTIFIER_AFTER.has(st.ctxCategory[k]) && isMyKindThen(st.s, end, st.ctxStart[k] ?? 0)))
    )
      return undefined;
    // "… 714-555-0163. Số tài khoản …": a cue opening the next sentence names the next value.
    if (tight && sentenceEndBetween(st.s, end, st.ctxStart[k] ?? 0)) return undefined;
    // "… 02/28\nAccount Number: 0007 8812 3309", "TRACE #44018822 ACCT XXXX1182": a cue
    // introducing a value of its own names that one, not the number before it.
    if (tight && cueIntroducesValue(st.s, st.ctxEnd[k] ?? 0)) return undefined;
    return st.ctxCategory[k];
  }

  /**
   * Whether a value of the cue ending at `p` follows it: after ":" or "#" (and
   * blanks), a digit or a masked number; or, right after the cue, a masked
   * number ("XXXX1182", "****1182", "••••1182").
   */
  function cueIntroducesValue(s: string, p: number): boolean {
    let q = p;
    while (q - p < 3 && codeAt(s, q) === 32) q++;
    const c = codeAt(s, q);
    let marked = false;
    if (c === 58 || c === 35) {
      marked = true;
      const mark = ++q;
      while (q - mark < 3 && (codeAt(s, q) === 32 || codeAt(s, q) === 35)) q++;
    }
    if (marked && isDigitAt(s, q)) return true;
    // "+44 7450 042586, policy HM 3310 2876": a lettered number of its own after a space.
    if (!marked && q > p && letteredNumberAt(s, q)) return true;
    let m = q;
    while (m - q < 12 && isMaskChar(codeAt(s, m))) m++;
    return m - q >= 2 && isDigitAt(s, m);
  }

  /** "HM 3310 2876", "HO-4829-1173": one to four capitals, a space or hyphen, then digits. */
  function letteredNumberAt(s: string, q: number): boolean {
    let e = q;
    while (e - q < 4 && codeAt(s, e) >= 65 && codeAt(s, e) <= 90) e++;
    if (e === q || (codeAt(s, e) !== 32 && codeAt(s, e) !== 45)) return false;
    return isDigitAt(s, e + 1) && isDigitAt(s, e + 2) && isDigitAt(s, e + 3);
  }

  /** Characters that mask a number's digits: "X", "x", "*", "•". */
  function isMaskChar(c: number): boolean {
    return c === 88 || c === 120 || c === 42 || c === 0x2022;
  }

  /** Whether a full stop and a blank stand between `from` and `to`. */
  function sentenceEndBetween(s: string, from: number, to: number): boolean {
    for (let p = from; p < to - 1; p++)
      if (codeAt(s, p) === 46 && codeAt(s, p + 1) === 32) return true;
    return false;
  }

  function sameLayout(i: number, j: number, layout: readonly number[]): boolean {
    if (j - i + 1 !== layout.length) return false;
    for (let g = i; g <= j; g++) if (groupLen(g) !== layout[g - i]) return false;
    return true;
  }

  /**
   * "tres cero cinco, cinco cinco cinco, cero uno nueve dos", read as "3 0 5  5 5 5  0 1 9 2"
   * (the commas made blanks): digits said one by one, with a wider gap between the parts of
   * the number. Whether groups i..j, one digit each, fall into parts of the layout's lengths.
   */
  function spokenLayout(s: string, i: number, j: number, layout: readonly number[]): boolean {
    let part = 0;
    let inPart = 0;
    for (let g = i; g <= j; g++) {
      if (groupLen(g) !== 1) return false;
      if (g > i) {
        const from = gEnd[g - 1] ?? 0;
        const to = gStart[g] ?? 0;
        if (to - from === 1 && codeAt(s, from) === 32) {
          if (inPart >= (layout[part] ?? 0)) return false;
        } else if (inPart === layout[part] && partBreak(s, from, to)) {
          part++;
          inPart = 0;
        } else return false;
      }
      inPart++;
    }
    return part === layout.length - 1 && inPart === layout[part];
  }

  /**
   * Whether s[from, to) parts the groups of a number said digit by digit: two blanks (a
   * comma said, folded), or one mark ("-", ".", ",", "/" or a line break) with a blank on
   * either side or none: "6 1 2, 5 5 5, 0 1 9 8", "9 3 6 - 5 5 5 - …", "4 0 5 . 5 5 5 . …".
   */
  function partBreak(s: string, from: number, to: number): boolean {
    const gap = to - from;
    if (gap < 1 || gap > 3) return false;
    let marks = 0;
    for (let k = from; k < to; k++) {
      const c = codeAt(s, k);
      if (c === 45 || c === 46 || c === 44 || c === 47 || c === 10) marks++;
      else if (c !== 32) return false;
    }
    if (marks === 0) return gap === 2;
    return marks === 1 && (gap === 1 || codeAt(s, from) !== 32 || codeAt(s, to - 1) === 32);
  }

  /** Whether groups i..j are single digits one blank apart: a number said digit by digit, folded. */
  function saidOneByOne(s: string, i: number, j: number): boolean {
    if (i === j) return false;
    for (let g = i; g <= j; g++) {
      if (groupLen(g) !== 1) return false;
      if (
        g > i &&
        ((gStart[g] ?? 0) - (gEnd[g - 1] ?? 0) !== 1 || codeAt(s, gEnd[g - 1] ?? 0) !== 32)
      )
        return false;
    }
    return true;
  }

  /** Whether i..j are lone digits, each after a blank, a hyphen or " - ": "9 8 7 - 5 5 5". */
  function spacedOut(s: string, i: number, j: number): boolean {
    if (i === j) return false;
    for (let g = i; g <= j; g++) {
      if (groupLen(g) !== 1) return false;
      if (g === i) continue;
      let hyphens = 0;
      for (let k = gEnd[g - 1] ?? 0; k < (gStart[g] ?? 0); k++) {
        const c = codeAt(s, k);
        if (c === 45) hyphens++;
        else if (c !== 32) return false;
      }
      if (hyphens > 1) return false;
    }
    return true;
  }

  /** Whether every group of i..j holds two digits or more. */
  function noShortGroup(i: number, j: number): boolean {
    for (let g = i; g <= j; g++) if (groupLen(g) < 2) return false;
    return true;
  }

  function digitValue(off: number, len: number): number {
    let x = 0;
    for (let k = 0; k < len; k++) x = x * 10 + (digits[off + k] ?? 0);
    return x;
  }

  function dateDigits(off: number): boolean {
    return (
      validDate(digitValue(off + 4, 4), digitValue(off, 2), digitValue(off + 2, 2), true) ||
      validDate(digitValue(off + 4, 4), digitValue(off + 2, 2), digitValue(off, 2), true) ||
      validDate(digitValue(off, 4), digitValue(off + 4, 2), digitValue(off + 6, 2), true)
    );
  }

  /** Whether six digits at `off` read as a date with a two-digit year last, month or day first. */
  function shortDateDigits(off: number): boolean {
    return (
      validDate(digitValue(off + 4, 2), digitValue(off, 2), digitValue(off + 2, 2), false) ||
      validDate(digitValue(off + 4, 2), digitValue(off + 2, 2), digitValue(off, 2), false)
    );
  }

  /** Whether group `g` is eight digits reading as a date, year first, with a hyphen and a letter after it. */
  function dateStamped(s: string, g: number): boolean {
    if (groupLen(g) !== 8) return false;
    const e = gEnd[g] ?? 0;
    if (codeAt(s, e) !== 45 || !isAsciiLetter(codeAt(s, e + 1))) return false;
    const off = gOff[g] ?? 0;
    return validDate(digitValue(off, 4), digitValue(off + 4, 2), digitValue(off + 6, 2), true);
  }

  /** Whether the group at `off` (four digits) reads as a year, 1900–2099. */
  function isYear(off: number): boolean {
    const y = digitValue(off, 4);
    return y >= 1900 && y <= 2099;
  }

  /** Whether groups `a` and `a + 1` are a day and a month joined by one "/" ("02/28", "28/02"). */
  function slashDayMonth(s: string, a: number, b: number): boolean {
    const la = groupLen(a);
    const lb = groupLen(b);
    if (la > 2 || lb > 2 || (gStart[b] ?? 0) - (gEnd[a] ?? 0) !== 1) return false;
    if (codeAt(s, gEnd[a] ?? 0) !== 47) return false;
    const x = digitValue(gOff[a] ?? 0, la);
    const y = digitValue(gOff[b] ?? 0, lb);
    return (x >= 1 && x <= 12 && y >= 1 && y <= 31) || (y >= 1 && y <= 12 && x >= 1 && x <= 31);
  }

  /** A reading of a window; `type` NONE marks a recognised hard negative. */
  interface Candidate {
    type: number;
    start: number;
    end: number;
    lastGroup: number;
    detector: string;
    confidence: number;
  }

  // Reused: the reading of the current window, and the best reading so far.
  const cand: Candidate = {
    type: NONE,
    start: 0,
    end: 0,
    lastGroup: 0,
    detector: '',
    confidence: 0,
  };
  const best: Candidate = {
    type: NONE,
    start: 0,
    end: 0,
    lastGroup: 0,
    detector: '',
    confidence: 0,
  };

  /** Makes the current candidate the best one (in place: no allocation per window). */
  function adopt(c: Candidate): void {
    best.type = c.type;
    best.start = c.start;
    best.end = c.end;
    best.lastGroup = c.lastGroup;
    best.detector = c.detector;
    best.confidence = c.confidence;
  }

  /** Facts about the window start shared by its windows (one reused object). */
  const win = {
    glued: false,
    currency: false,
    plus: false,
    paren: false,
    valueStart: 0,
    cardLengths: 0,
    luhnOk: false,
    /** The window holds a day and month joined by "/" ("02/01 - 02/28"): a date, never an account. */
    slashDate: false,
  };

  function set(
    type: number,
    start: number,
    end: number,
    j: number,
    detector: string,
    confidence: number,
  ): true {
    cand.type = type;
    cand.start = start;
    cand.end = end;
    cand.lastGroup = j;
    cand.detector = detector;
    cand.confidence = confidence;
    return true;
  }

  // Per chunk (chunk-relative digit offsets): Luhn prefix sums for both parities,
  // and the group whose last digit sits at a given offset (-1 when none does).
  let luhnEven: Int32Array = new Int32Array(1024);
  let luhnOdd: Int32Array = new Int32Array(1024);
  let groupEndingAt: Int32Array = new Int32Array(1024);

  /** Longest group of the current chunk: phone and SSN layouts need one of 3+ digits. */
  let chunkMaxGroup = 0;
  /**
   * Whether prepareChunk ran for the current chunk: only windows read without any
   * cue in the post need its sums (quietWindows), so it runs on their first use.
   */
  let chunkPrepared = false;
  /**
   * Whether the current chunk is four groups of four digits or more ("4147 0099 8832
   * 1170"): a card's layout, never a phone number's, even when it fails Luhn.
   */
  let chunkCardShaped = false;
  /** The last group of the chunk being read. */
  let chunkLast = -1;

  function prepareChunk(c0: number, c1: number): void {
    chunkMaxGroup = 0;
    for (let g = c0; g <= c1; g++) chunkMaxGroup = Math.max(chunkMaxGroup, groupLen(g));
    const base = gOff[c0];
    const total = gOff[c1] + groupLen(c1) - base;
    if (luhnEven.length <= total + 1) {
      luhnEven = new Int32Array((total + 1) * 2);
      luhnOdd = new Int32Array((total + 1) * 2);
      groupEndingAt = new Int32Array((total + 1) * 2);
    }
    let even = 0;
    let odd = 0;
    for (let k = 0; k < total; k++) {
      luhnEven[k] = even;
      luhnOdd[k] = odd;
      groupEndingAt[k] = -1;
      const d = digits[base + k];
      const doubled = d > 4 ? d * 2 - 9 : d * 2;
      if ((k & 1) === 0) {
        even += d;
        odd += doubled;
      } else {
        even += doubled;
        odd += d;
      }
    }
    luhnEven[total] = even;
    luhnOdd[total] = odd;
    groupEndingAt[total] = -1;
    for (let g = c0; g <= c1; g++) groupEndingAt[gOff[g] + groupLen(g) - base] = g;
  }

  /** Luhn check of chunk digits [a, b): the last digit undoubled, then alternating. */
  function luhnWindow(a: number, b: number): boolean {
    const sum = ((b - 1) & 1) === 0 ? luhnEven[b] - luhnEven[a] : luhnOdd[b] - luhnOdd[a];
    return sum % 10 === 0;
  }

  function processChunk(st: DetectionState, c0: number, c1: number): void {
    const s = st.s;
    // "Receiver's phone is 024 …", "her number not mine, 024 …": a third party's phone
    // number; consumed, so that no other reader takes it for the customer's.
    const count = gOff[c1] + groupLen(c1) - gOff[c0];
    if (
      count >= MIN_PHONE_DIGITS &&
      count <= MAX_PHONE_DIGITS &&
      (st.n < GATED_POST || st.mentions(PHONE_OWNER_WORDS)) &&
      (thirdPartysPhoneBefore(s, gStart[c0] ?? 0) || othersPhoneBefore(s, gStart[c0] ?? 0))
    ) {
      st.claim(gStart[c0] ?? 0, gEnd[c1] ?? 0);
      return;
    }
    // "eure Hotline 0800 …", "Numero verde 800 …": the institution's service line, no
    // customer's phone, SSN or account.
    if (
      count >= MIN_PHONE_DIGITS &&
      count <= MAX_PHONE_DIGITS &&
      (st.n < GATED_POST || st.mentions(SERVICE_LINE_WORDS)) &&
      serviceLineAt(s, gStart[c0] ?? 0, gEnd[c1] ?? 0)
    ) {
      st.claim(gStart[c0] ?? 0, gEnd[c1] ?? 0);
      return;
    }
    // "ref 20250115-UNIV-0092": a reference stamped with its date (year, month, day), a
    // hyphen and letters after it, is a reference's first part, never an account; so is a
    // bare number right after the police ("police 44871203", a report's number).
    if ((c0 === c1 && dateStamped(s, c0)) || policeNumberBefore(s, gStart[c0] ?? 0)) {
      st.claim(gStart[c0] ?? 0, gEnd[c0] ?? 0);
      return;
    }
    // "Número de confirmación 889120-WU", "confirmation number 4471-AB": a reference with
    // letters after it, right after a reference cue, is the reference; no credential.
    if (gluedRight(s, gEnd[c1] ?? 0)) {
      contextFor(st, gStart[c0] ?? 0);
      if (ctx.tight === 'reference') {
        st.claim(gStart[c0] ?? 0, gEnd[c1] ?? 0);
        return;
      }
    }
    // "CPF 312.554.087-21": Brazil's taxpayer number, laid out 3.3.3-2, is an ID, never an
    // account, whatever cue stands near it.
    if (cpfLayout(s, c0, c1)) {
      st.claim(gStart[c0] ?? 0, gEnd[c1] ?? 0);
      return;
    }
    // "150 000 kr", "1 842,17 $", "23 000 Ft": an amount with its thousands set apart by
    // blanks, as most of Europe writes them, the currency or the cents after it.
    if (spacedThousands(s, c0, c1) && amountAfter(s, gEnd[c1] ?? 0)) {
      st.claim(gStart[c0] ?? 0, gEnd[c1] ?? 0);
      return;
    }
    chunkSerial = (chunkSerial + 1) % 1_000_000_000;
    chunkPrepared = false;
    chunkLast = c1;
    chunkCardShaped = c1 - c0 >= 3;
    for (let g = c0; g <= c1 && chunkCardShaped; g++)
      if (groupLen(g) !== 4) chunkCardShaped = false;
    const leftGlued = gluedLeft(s, gStart[c0] ?? 0);
    const rightGlued = gluedRight(s, gEnd[c1] ?? 0);
    let i = c0;
    while (i <= c1) {
      if (!bestWindow(st, i, c0, c1, i === c0 && leftGlued, rightGlued)) {
        i++;
        continue;
      }
      // "(212) 555-0148 ext 402": the extension belongs to the number.
      if (best.type === PHONE) {
        const numberEnd = best.end;
        best.end = extensionEnd(s, best.end);
        // "a fake call from 414-…", "contact him on WhatsApp +44 …": not the customer's.
        if (
          notTheCustomers(s, best.start) ||
          moneySentToPhone(s, best.start, best.end) ||
          advertisedContact(st, best.start) ||
          institutionAfter(s, best.end) ||
          phoneDisownedAfter(s, best.end)
        ) {
          best.type = NONE;
          best.detector = 'phone.not-customer';
          (st.othersPhones ??= new Set()).add(phoneKeyOf(s, best.start, numberEnd));
        } else if (
          st.othersPhones !== null &&
          st.othersPhones.has(phoneKeyOf(s, best.start, numberEnd))
        ) {
          // round 27: "Someone called me from 404-… … Is 404-… really you??": the same number
          // told again is still the caller's.
          best.type = NONE;
          best.detector = 'phone.not-customer';
        }
      }
      // "the hacker changed the payout account … to routing … acct …": not the customer's.
      // round 18: "30456712890/SBIN0004512": an Indian account and its branch's IFSC after a
      // slash are written as one.
      if (best.type === ACCOUNT) best.end = ifscAfterEnd(s, best.end);
      // round 18: "MSG 2281 0094 is my supplement policy": the policy's letters before its
      // digit groups, read with the cue after them, are the policy number's.
      if (best.detector === 'account.policy') best.start = capitalCodeStart(s, best.start);
      if (best.type === ACCOUNT && thirdPartysAccount(s, best.start, best.end)) {
        best.type = NONE;
        best.detector = 'account.not-customer';
      }
      // round 28: "Their routing is … and acct …" of a landlord or a supplier the post names.
      if (best.type === ROUTING && payeesBankDetails(s, best.start)) {
        best.type = NONE;
        best.detector = 'routing.not-customer';
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

  /** Whether groups `c0`..`c1` are "312.554.087-21": three threes joined by dots, a hyphen, two. */
  function cpfLayout(s: string, c0: number, c1: number): boolean {
    if (c1 - c0 !== 3) return false;
    for (let g = c0; g <= c1; g++) {
      if (groupLen(g) !== (g === c1 ? 2 : 3)) return false;
      if (g > c0) {
        const sep = gEnd[g - 1] ?? 0;
        if ((gStart[g] ?? 0) !== sep + 1 || codeAt(s, sep) !== (g === c1 ? 45 : 46)) return false;
      }
    }
    return !isDigitAt(s, (gStart[c0] ?? 0) - 2) && !isDigitAt(s, (gEnd[c1] ?? 0) + 1);
  }

  /** Whether groups `c0`..`c1` are "1 842", "150 000", "2 500 000": one to three digits, then threes after single blanks. */
  function spacedThousands(s: string, c0: number, c1: number): boolean {
    if (c1 === c0 || c1 - c0 > 3 || groupLen(c0) > 3) return false;
    for (let g = c0 + 1; g <= c1; g++) {
      const gap = (gStart[g] ?? 0) - (gEnd[g - 1] ?? 0);
      const c = codeAt(s, gEnd[g - 1] ?? 0);
      if (groupLen(g) !== 3 || gap !== 1 || (c !== 32 && c !== 0xa0 && c !== 0x202f)) return false;
    }
    return true;
  }

  const MIN_PHONE_DIGITS = 7;
  const MAX_PHONE_DIGITS = 15;

  const EXTENSION_WORDS = WordTable.of(['ext', 'extension', 'x', 'ext.', 'extn']);

  /** End of " ext 402", " x2210", " extension 12", " ext. 7" (1–6 digits; 2–6 after "x" or a bare "ext") after a phone number ending at `end`, else `end`. */
  function extensionEnd(s: string, end: number): number {
    let p = end;
    if (codeAt(s, p) === 44) p++;
    if (codeAt(s, p) !== 32) return end;
    p++;
    let q = p;
    while (q < s.length && q - p < 9 && isAsciiLetter(codeAt(s, q))) q++;
    if (q === p || !EXTENSION_WORDS.has(s, p, q)) return end;
    // "ext. 7", "extension 7": one digit only after the word abbreviated with its point or
    // written out; not after "x", nor after a bare "ext" ("ext 4 anytime": a menu choice as
    // often as an extension, and the number is whole without it).
    let least = q - p === 1 ? 2 : 1;
    if (q - p === 3 && codeAt(s, q) !== 46) least = 2;
    if (codeAt(s, q) === 46) q++;
    if (codeAt(s, q) === 32 || codeAt(s, q) === 35) q++;
    let e = q;
    while (e < s.length && e - q <= 6 && codeAt(s, e) >= 48 && codeAt(s, e) <= 57) e++;
    if (e - q < least || e - q > 6 || isAsciiLetter(codeAt(s, e))) return end;
    return e;
  }

  const QUIET_LENGTHS = [9, 10, 11, 13, 14, 15, 16, 17, 18, 19];
  const SHORTEST_QUIET = 9;
  const CARD_LENGTHS = [13, 14, 15, 16, 17, 18, 19];

  /**
   * The windows from group `i` when the post has no context cue at all: only the
   * lengths that could be a card (per the issuer range), a phone number or an
   * SSN-shaped number are looked up, each in constant time, instead of growing
   * the window group by group.
   */
  function quietWindows(
    st: DetectionState,
    i: number,
    c0: number,
    c1: number,
    off: number,
    start: number,
    cardLengths: number,
    leftGlued: boolean,
    rightGlued: boolean,
    currencyBefore: boolean,
  ): boolean {
    const a = off - gOff[c0];
    const chunkDigits = gOff[c1] + groupLen(c1) - gOff[c0];
    // Fewer digits left than the shortest length looked up: nothing to read.
    if (a + SHORTEST_QUIET > chunkDigits) return false;
    if (!chunkPrepared) {
      prepareChunk(c0, c1);
      chunkPrepared = true;
    }
    // Spaced-out digits ("4 1 1 1 …") can only be a card: skip the other lengths.
    const lengths = chunkMaxGroup >= 3 ? QUIET_LENGTHS : CARD_LENGTHS;
    if (lengths === CARD_LENGTHS && cardLengths === 0) return false;
    let found = false;
    for (const count of lengths) {
      const b = a + count;
      if (b > chunkDigits) break;
      // Past 11 digits only a card can be read, and only at its issuer's lengths.
      if (count >= 13 && (cardLengths & (1 << count)) === 0) continue;
      const j = groupEndingAt[b];
      if (j < i) continue;
      const glued = leftGlued || (j === c1 && rightGlued);
      const maybeCard = count >= 13 && (cardLengths & (1 << count)) !== 0 && luhnWindow(a, b);
      if (
        !maybeCard &&
        (glued ||
          (!quietCandidate(count, j - i + 1, false) &&
            !(count === 9 && i === j && listedOnLines(st.s, gStart[i] ?? 0, gEnd[j] ?? 0))))
      )
        continue;
      win.luhnOk = maybeCard;
      win.glued = glued;
      win.cardLengths = cardLengths;
      const end = gEnd[j];
      win.currency = currencyBefore || amountAfter(st.s, end);
      if (
        classifyWindow(st, i, j, off, count, start, end) &&
        (!found || cand.confidence >= best.confidence)
      ) {
        adopt(cand);
        found = true;
      }
    }
    return found;
  }

  /**
   * Without a cue before the value, only an SSN laid out 3-2-4 (or any 9 digits
   * followed by an SSN or routing cue), or a phone number written as one group or
   * as 3-3-4 / 1-3-3-4, can be read from a window of `groups` groups.
   */
  function quietCandidate(count: number, groups: number, cuesAfter: boolean): boolean {
    if (count === 9) return groups === 3 || cuesAfter;
    if (count === 10 || count === 11) return groups <= 4;
    return false;
  }

  /** Fills `best` with the best reading of the windows starting at group `i`. */
  function bestWindow(
    st: DetectionState,
    i: number,
    c0: number,
    c1: number,
    leftGlued: boolean,
    rightGlued: boolean,
  ): boolean {
    const s = st.s;
    const start = gStart[i] ?? 0;
    if (groupLen(i) > MAX_GROUP) return false;
    contextFor(st, start);
    // "I withdrew $7,000 from 4471 …": the words before name an account (see classifyWindow).
    if (ctx.loose === undefined && accountByAction(s, start)) ctx.loose = 'account';
    const currencyBefore = amountBefore(s, start);
    // "+44 …", "+1 (555) …", "(555) …": the value starts at the sign or parenthesis.
    win.valueStart = start;
    win.plus = false;
    win.paren = false;
    if (codeAt(s, start - 1) === 40) {
      win.paren = true;
      // "(512-555-0165)": brackets around the whole number are no part of it; only an area
      // code closed by its own bracket is ("(512) 555-0165").
      if (codeAt(s, gEnd[i] ?? 0) === 41 && groupLen(i) <= 5) win.valueStart = start - 1;
    }
    if (i === c0) {
      let p = win.valueStart - 1;
      if (codeAt(s, p) === 32) p--;
      if (codeAt(s, p) === 43) {
        win.plus = true;
        win.valueStart = p;
      }
    }
    const off = gOff[i] ?? 0;
    let found = false;
    let count = 0;
    // Locals: this loop runs up to 19 times per digit group, on hostile input too.
    const gs = gStart;
    const ge = gEnd;
    const dg = digits;
    // Luhn sums of the window so far, with its last digit undoubled (l0) or doubled (l1),
    // updated per appended digit; the issuer range fixes which lengths may be cards.
    let l0 = 0;
    let l1 = 0;
    const cardLengths = cardLengthMask(dg, off);
    // No cue before and no "+"/"(": only cards, phones (10–11 digits) and
    // SSN-shaped numbers (9), or a cue after the value, can make a window count.
    const quiet = ctx.loose === undefined && !win.plus && !win.paren;
    const cuesAfter = st.ctxCount > 0;
    let longGroups = false;
    let bestCount = 0;
    // Whether groups i..j so far are one token joined by single hyphens.
    let hyphened = true;
    win.slashDate = false;
    // "10005-00001-04512345678": a RIB (bank, branch, account, optional key) after an
    // account cue is read whole, past the usual window length.
    const maxDigits =
      ctx.loose === 'account' && ribAt(s, gs, ge, i, c1) ? MAX_RIB_DIGITS : MAX_WINDOW_DIGITS;
    if (quiet && !cuesAfter)
      return quietWindows(
        st,
        i,
        c0,
        c1,
        off,
        start,
        cardLengths,
        leftGlued,
        rightGlued,
        currencyBefore,
      );
    for (let j = i; j <= c1; j++) {
      const end = ge[j];
      const len = end - gs[j];
      if (len > MAX_GROUP || count + len > maxDigits) break;
      for (let k = off + count, e = k + len; k < e; k++) {
        const d = dg[k];
        const next0 = d + l1;
        l1 = (d > 4 ? d * 2 - 9 : d * 2) + l0;
        l0 = next0;
      }
      count += len;
      if (j > i && !win.slashDate && slashDayMonth(s, j - 1, j)) win.slashDate = true;
      const luhnOk = l0 % 10 === 0;
      const glued = leftGlued || (j === c1 && rightGlued);
      const maybeCard = count >= 13 && luhnOk && (cardLengths & (1 << count)) !== 0;
      if (
        !maybeCard &&
        (glued ||
          (quiet &&
            !quietCandidate(count, j - i + 1, cuesAfter) &&
            (!cuesAfter || tightAfter(st, j, end) === undefined)))
      ) {
        continue;
      }
      win.luhnOk = luhnOk;
      win.glued = glued;
      win.cardLengths = cardLengths;
      win.currency = currencyBefore || amountAfter(s, end);
      // "000188214-01": a share suffix of one or two digits hyphened to the account.
      const suffix = j === i + 1 && len <= 2 && gs[j] === ge[i] + 1 && codeAt(st.s, ge[i]) === 45;
      if (j > i) hyphened = hyphened && gs[j] === ge[j - 1] + 1 && codeAt(s, ge[j - 1]) === 45;
      if (len > 6) longGroups = true;
      // Ties go to the longer window when it is made of short groups ("acct 1234 5678
      // 9012" is one number), to the shorter one otherwise ("acct 12345678 2024"),
      // unless the shorter is an account too short to stand alone and the group added
      // is no year ("acct no 4801127 7390"), or three groups or more are one hyphened
      // token ("Compte 00412-003-5518821": a Canadian transit, institution and account).
      if (
        classifyWindow(st, i, j, off, count, start, end) &&
        (!found ||
          cand.confidence > best.confidence ||
          (cand.confidence === best.confidence &&
            (!longGroups ||
              suffix ||
              (best.type === ACCOUNT &&
                cand.type === ACCOUNT &&
                (bestCount < 8 ||
                  (hyphened && j - i >= 2) ||
                  count > MAX_WINDOW_DIGITS ||
                  (j >= i + 2 && ribAt(s, gs, ge, i, j))) &&
                count >= 8 &&
                !(len === 4 && isYear(gOff[j] ?? 0))))))
      ) {
        adopt(cand);
        bestCount = count;
        found = true;
      }
    }
    return found;
  }

  /** Reads the window of groups i..j into `cand`; false when it is nothing. */
  function classifyWindow(
    st: DetectionState,
    i: number,
    j: number,
    off: number,
    count: number,
    start: number,
    end: number,
  ): boolean {
    // "+49 1573 8820419": a country code's "+" makes a phone number, Luhn or not; no card
    // number is written after one.
    if (count >= 13 && win.luhnOk && !win.plus && (win.cardLengths & (1 << count)) !== 0) {
      // 16- and 15-digit PANs dominate, and UnionPay issues 19: those win ties
      // such as "4111 1111 1111 1111 123" (card then CVV).
      const common =
        count === 16 ||
        count === 15 ||
        (count === 19 && digits[off] === 6 && digits[off + 1] === 2);
      const bonus = ctx.loose === 'card' ? 0.02 : 0;
      return set(CARD, start, end, j, 'card.luhn', (common ? 0.97 : 0.9) + bonus);
    }
    // "Kaadi mi ni 5061 2290 4418 3377 1": Nigeria's Verve cards (IIN 506099–506198,
    // 650002–650027) run from 16 to 19 digits, lengths no other network's prefix has;
    // after a card cue, Luhn-valid, they are cards. So are 16 digits, Luhn-valid, after a
    // card cue ("카드번호 9410 …"): a network's range is no test of what the customer holds.
    // round 28: so are fuel and fleet cards (ISO/IEC 7812's industry digit 7, petroleum: WEX
    // 7071…, Comdata 7083…, 16 to 19 digits) beside a card cue, before or after them; without
    // one they are none (USPS certified-mail numbers open with 70 too: "tracking 7022 0410 …").
    if (
      count >= 16 &&
      count <= 19 &&
      win.luhnOk &&
      !win.glued &&
      ((ctx.tight === 'card' && (count === 16 || verveRange(digitValue(off, 6)))) ||
        (digits[off] === 7 && (ctx.tight === 'card' || ctx.loose === 'card')))
    ) {
      return set(CARD, start, end, j, 'card.luhn', 0.9);
    }
    if (win.glued) return false;
    // A decimal amount: "1250.00", "$45".
    const decimal = j === i + 1 && groupLen(j) === 2 && codeAt(st.s, (gStart[j] ?? 0) - 1) === 46;
    if (win.currency || decimal) return set(NONE, start, end, j, 'amount', 0.5);

    let tight = ctx.trailing
      ? (directAfter(st, end) ?? ctx.tight)
      : (ctx.tight ?? tightAfter(st, j, end));
    // "I withdrew $7,000 from 4471 2209 8831", "Cash App says my bank 3310 8846 1205 …": an
    // account named by what the customer does with it; a phone number's layout stays a phone's.
    if (
      tight === undefined &&
      count >= 10 &&
      count <= 17 &&
      !win.plus &&
      !win.paren &&
      !sameLayout(i, j, PHONE_LAYOUT) &&
      !sameLayout(i, j, PHONE_LAYOUT_1) &&
      accountByAction(st.s, start)
    )
      tight = 'account';
    // Without any cue only phone numbers (10–11 digits, or "+…", "(…") and
    // SSN-formatted numbers (9) remain possible: skip the rest cheaply.
    if (
      tight === undefined &&
      ctx.loose === undefined &&
      !win.plus &&
      !win.paren &&
      (count < 9 || count > 11)
    ) {
      return false;
    }
    // Checksummed kinds may take a looser cue: "is 026009593 the right routing number?"
    // "payroll said is 080746368 the right routing #": an account cue not tied to the value
    // leaves a checksummed routing number to the routing cue after it.
    // round 26: so does an account cue ending the sentence before ("yes its my account.
    // 254090536 is the routing and …").
    const looseAfter =
      count === 9 &&
      (ctx.loose === undefined ||
        (ctx.loose === 'account' && (tight === undefined || opensAfterWordStop(st.s, start))))
        ? contextAfter(st, end, false)
        : undefined;
    if (tight === 'reference' || (tight === undefined && ctx.loose === 'reference')) {
      // "… about my claim? Best number is +1 (503) 555-0142": a number written with "+" or an
      // area code in parentheses, not tied to the reference cue, is a phone number.
      // "+47 412 55 019, e-post …": a reference cue only after a "+" number names no reference.
      const afterOnly = win.plus && ctx.tight !== 'reference' && ctx.loose !== 'reference';
      // "Contact for the claim: (850) 555-0186": an area code in parentheses makes ten
      // digits a phone number after a reference cue that only says what the contact is for.
      if (
        (afterOnly ||
          (win.paren && count === 10 && referenceAsPurpose(st, start)) ||
          (tight === undefined && (win.plus || win.paren) && !referenceTied(st, start))) &&
        phoneWindow(st, i, j, off, count, start, end, tight)
      )
        return true;
      return set(NONE, start, end, j, 'reference', 0.5);
    }
    // "card ending in 1234", "checking ending in 3318": the last digits of a card or
    // an account are displayable, not a finding.
    if (tight === 'partial' && count >= 3 && count <= 6) {
      return set(NONE, start, end, j, 'partial', 0.5);
    }
    // "Statement Period: 02/01 - 02/28": a date or a date range is never an account or a phone.
    if (win.slashDate) {
      return count === 8 && (tight === 'dob' || ctx.loose === 'dob') && dateDigits(off)
        ? set(DOB, start, end, j, 'dob.context', 0.85)
        : false;
    }
    if (count === 9) {
      // "tax id 41-2735521" is an employer's number (EIN), laid out 2-7.
      if (
        tight === 'ssn' ||
        ctx.loose === 'ssn' ||
        (looseAfter === 'ssn' && ctx.loose === undefined)
      ) {
        // "my SIN 046 454 286", "TFN 123 456 782": a Canadian or Australian number after
        // its own cue is read with its country's check, not the US rules; round 27: and, as
        // the labelling brief has it (another country's identity number is not labelled),
        // kept from every reader rather than reported as an SSN.
        const scheme = nationalIdScheme(st, start, end);
        if (
          (scheme === 'sin' && luhnValid(digits, off, off + 9)) ||
          (scheme === 'tfn' && tfnValid(digits, off))
        )
          return set(NONE, start, end, j, 'ssn.foreign-id', 0.97);
        if (
          scheme === 'sin'
            ? luhnValid(digits, off, off + 9)
            : scheme === 'tfn'
              ? tfnValid(digits, off)
              : scheme === 'itin'
                ? itinValid(digits, off) && !sameLayout(i, j, EIN_LAYOUT)
                : scheme === 'us' &&
                  // round 26: "ss 943-70-2218 … got my ITIN updated": an ITIN after an SSN cue.
                  (ssnValid(digits, off) || itinValid(digits, off)) &&
                  !sameLayout(i, j, EIN_LAYOUT)
        ) {
          return set(SSN, start, end, j, 'ssn.context', 0.97);
        }
      }
      // round 21: "info for adding her to the account: 09/23/1984, 321836297", "here is my info:
      // 4 6 2 2 7 9 3 1 1 dob 04-22-1979": nine digits told right beside a birth date, as an
      // identity is told, are the SSN, unless a cue stands right before them.
      if (
        tight !== 'routing' &&
        st.contextBefore(start, DIRECT_CUE_GAP) < 0 &&
        besideBirthDate(st.s, start, end) &&
        ssnValid(digits, off) &&
        !sameLayout(i, j, EIN_LAYOUT)
      ) {
        return sameLayout(i, j, SSN_LAYOUT)
          ? set(SSN, start, end, j, 'ssn.format', 0.85)
          : set(SSN, start, end, j, 'ssn.identity', 0.9);
      }
      if (
        (tight === 'routing' ||
          ctx.loose === 'routing' ||
          looseAfter === 'routing' ||
          routingCueBefore(
            st,
            start,
            tight === undefined || ctx.onChecks ? ROUTING_REACH : st.policy.contextBefore,
          ) ||
          // "for the direct deposit form:\n322271627\n0049921175": a valid routing number
          // with the account on the next line, as the form asks for them, is the routing number.
          ((tight === 'account' || ctx.loose === 'account') && numberOnNextLine(st.s, end)) ||
          // "the number printed on my check 122000660": a check's number said no more of is
          // the routing number when its checksum holds (an account number seldom does).
          ctx.checkNumber ||
          // "I need my routing number … my account is 4401293857. Is it 322271627?": the
          // number asked about in a post asking for the routing number, past the account.
          (tight !== 'account' && codeAt(st.s, end) === 63 && routingAsked(st, start)) ||
          // "88120045731\n071000013\nthose r mine": a valid routing number on a line of its
          // own, an account-shaped number on the line before or after it, as forms list them.
          (i === j && listedOnLines(st.s, start, end)) ||
          // "my info: 1109 8827 364 / 0440 0003 7 / …": a routing number listed by slashes
          // beside the account number, as the two are given together.
          (tight === undefined && slashListedBesideAccount(st.s, start, end)) ||
          // round 25: "New one is 881004472 at 101121888": the bank an account is at, named
          // by its routing number right after the account's.
          (i === j && atAfterNumber(st.s, start))) &&
        abaValid(digits, off)
      ) {
        return set(ROUTING, start, end, j, 'routing.aba', 0.97);
      }
    }
    // Canadian and other accounts run from 7 digits ("transit 22017 acct 5094418"),
    // but "555-0142" is a local phone number; round 26: not one opening with 0 or 1, which no
    // exchange does ("numéro de compte 071-9884").
    // "(702) 555-0183 from my account", "Member: (808) 555-0120" (a transcript's speaker):
    // an area code in parentheses makes ten digits a phone number, whatever the cue.
    // round 25: so does a "+" before it ("is +1 504 555 0128 the number on my account?").
    if (
      tight === 'account' &&
      !(win.paren && count === 10) &&
      !win.plus &&
      ((count >= 8 && count <= 17) ||
        (count === 7 && (!sameLayout(i, j, LOCAL_LAYOUT) || digitValue(off, 1) <= 1)) ||
        // "a hold on my account 30771": a credit union's short account number, one group;
        // but "Mon transit c'est 81520, mon numéro de compte …": five digits after a routing
        // cue are a Canadian branch's transit number, the account's cue after it naming the next.
        ((count === 5 || count === 6) && i === j && ctx.loose !== 'routing') ||
        // round 18: "c/c 33.210-7", "conta 33210-7": a Brazilian account's check digit after
        // a hyphen, five digits or more before it grouped by thousands or not (a Swedish
        // clearing number's four, "8327-9", is not one).
        (count >= 6 && count <= 7 && checkDigitAccount(st.s, i, j)) ||
        // A RIB or a NIB read whole: bank, branch, account and its key (see ribAt).
        ((count === 19 || count === 21 || count === 23) &&
          j >= i + 2 &&
          ribAt(st.s, gStart, gEnd, i, j)))
    ) {
      return set(ACCOUNT, start, end, j, 'account.context', 0.9);
    }
    // A Mexican CLABE: 18 digits tied to an account cue ("mi CLABE es …"; a
    // mistyped check digit does not unmask it), or with its check digit holding,
    // named by a cue further off ("la CLABE de mi cuenta allá es …").
    if (
      count === 18 &&
      (tight === 'account' || (ctx.loose === 'account' && clabeValid(digits, off)))
    ) {
      return set(ACCOUNT, start, end, j, 'account.context', 0.9);
    }
    // An area code in parentheses makes it a phone number after these cues too: a chat's
    // speaker label ("Member: (808) 555-…") or a line's purpose is no identifier's cue.
    // round 26: so does a sentence ended after the cue ("about the trailer loan. 435-229-7041"):
    // a number laid out 3-3-4 that opens the next sentence is no loan's.
    const phoneShaped =
      (win.paren && count === 10) ||
      (count === 10 && sameLayout(i, j, PHONE_LAYOUT) && opensAfterWordStop(st.s, start));
    // "Member 8802.": a credit union's member number runs from four digits, but not a year.
    if (
      tight === 'member' &&
      !phoneShaped &&
      count >= 4 &&
      count <= 12 &&
      !(count === 4 && digitValue(off, 4) >= 1900 && digitValue(off, 4) <= 2099)
    ) {
      return set(ACCOUNT, start, end, j, 'account.member', 0.85);
    }
    if ((tight === 'loan' || tight === 'policy') && !phoneShaped && count >= 6 && count <= 17) {
      // "19-2000145399/0800": a Czech or Slovak account's bank code after the slash is its own
      // ("… 3318/2024", a year, is not).
      const bankCode =
        j + 1 <= chunkLast &&
        codeAt(st.s, end) === 47 &&
        (gStart[j + 1] ?? 0) === end + 1 &&
        groupLen(j + 1) === 4 &&
        j + 1 === chunkLast &&
        !isYear(gOff[j + 1] ?? 0);
      return set(
        ACCOUNT,
        start,
        bankCode ? (gEnd[j + 1] ?? end) : noteSuffixEnd(st.s, end),
        bankCode ? j + 1 : j,
        tight === 'loan' ? 'account.loan' : 'account.policy',
        0.85,
      );
    }
    if (count === 8 && (tight === 'dob' || ctx.loose === 'dob') && dateDigits(off)) {
      return set(DOB, start, end, j, 'dob.context', 0.85);
    }
    // round 25: "dob 071285", "birht date 071285": six digits in one group right after a
    // birth-date cue, month and day (either order) then a two-digit year.
    if (count === 6 && i === j && tight === 'dob' && shortDateDigits(off)) {
      return set(DOB, start, end, j, 'dob.context', 0.85);
    }

    // "the number on the bottom of my check: 0210 0002 1 then 0004881229": the account
    // read right after the routing number, as the MICR line prints them.
    if (
      tight === undefined &&
      ctx.loose === 'routing' &&
      i === j &&
      count >= 8 &&
      count <= 17 &&
      !win.plus &&
      !win.paren &&
      afterRoutingNumber(st, start)
    ) {
      return set(ACCOUNT, start, end, j, 'account.context', 0.75);
    }
    // "the deposit to my account never came, 4455667788": one unformatted group
    // near an account cue and no phone cue is the account, not a phone number.
    if (
      ctx.loose === 'account' &&
      tight === undefined &&
      i === j &&
      count >= 10 &&
      count <= 11 &&
      !win.plus &&
      !win.paren &&
      !PHONE_VERBS.has(st.s, wordBefore(st.s, start), wordEndBefore(st.s, start))
    ) {
      return set(ACCOUNT, start, end, j, 'account.context', 0.75);
    }
    // "please move it to 3104927750 routing 236734292": one group told just before a routing
    // cue and a valid routing number is the account the routing number goes with.
    if (
      (tight === undefined || tight === 'routing') &&
      i === j &&
      count >= 8 &&
      count <= 17 &&
      !win.plus &&
      !win.paren &&
      routingFollows(st.s, end)
    ) {
      return set(ACCOUNT, start, end, j, 'account.context', 0.75);
    }
    // Phone numbers: NANP-valid, or international with "+".
    if (phoneWindow(st, i, j, off, count, start, end, tight)) return true;

    if (ctx.loose === 'account' && count >= 8 && count <= 17 && i === j) {
      return set(ACCOUNT, start, end, j, 'account.context', 0.75);
    }
    // round 26: not "612 11/2026", a card's code and its expiry: no SSN has a slash.
    if (
      count === 9 &&
      sameLayout(i, j, SSN_LAYOUT) &&
      ssnValid(digits, off) &&
      codeAt(st.s, gEnd[j - 1] ?? 0) !== 47
    ) {
      return set(SSN, start, end, j, 'ssn.format', 0.85);
    }
    return false;
  }

  /**
   * Which country's identity number the nearest SSN cue names: Canada's Social Insurance
   * Number ("SIN", French "NAS", "numéro d'assurance sociale"), Australia's Tax File
   * Number ("TFN", "tax file number"), a US ITIN (checked by its own ranges), else a US
   * SSN. A bare "sin" counts only written
   * "SIN" (Spanish "sin" is "without"); 'none' then.
   */
  function nationalIdScheme(
    st: DetectionState,
    start: number,
    end: number,
  ): 'us' | 'itin' | 'sin' | 'tfn' | 'none' {
    let k = st.contextBefore(start, st.policy.contextBefore);
    if (k < 0 || st.ctxCategory[k] !== 'ssn') k = st.contextAfter(end, st.policy.contextAfter);
    if (k < 0 || st.ctxCategory[k] !== 'ssn') return 'us';
    const a = st.ctxStart[k] ?? 0;
    const cue = st.s.slice(a, st.ctxEnd[k] ?? 0);
    const folded = cue.toLowerCase();
    if (TFN_CUE.test(folded)) return 'tfn';
    // round 22: "my ITIN is 912-78-4410": a taxpayer number the IRS issues, labelled as an SSN.
    if (ITIN_CUE.test(folded)) return 'itin';
    if (!SIN_CUE.test(folded)) return 'us';
    return folded === 'sin' && cue !== 'SIN' ? 'none' : 'sin';
  }

  const TFN_CUE = /\btfn\b|\btax file\b/;
  const ITIN_CUE = /\bitin\b/;
  const SIN_CUE = /\bsin\b|\bnas\b|\binsurance\b|\bassurance\b/;

  /** The phone key (see phoneKey) of the number written in s[a, b). */
  function phoneKeyOf(s: string, a: number, b: number): string {
    return phoneKey(digitsOf(s, a, b).join(''));
  }

  /** A routing cue and nine digits right after a number: " routing 236734292", ", rt# 0…". */
  const ROUTING_AFTER =
    /^,? ?(?:and |with |w\/ )?(?:the )?(?:routing|routng|rounting|rtg|rt|aba)(?: number| no\.?| num| #|#)?:? ?(\d{9})(?!\d)/i;

  /** The digits of a routing number read after an account (routingFollows). */
  const routingDigits = new Uint8Array(9);

  /** Whether a routing cue and a valid routing number follow the number ending at `end`. */
  function routingFollows(s: string, end: number): boolean {
    // Cheap test first: the cue follows after a blank or a comma.
    const c = codeAt(s, end);
    if (c !== 32 && c !== 44) return false;
    const m = ROUTING_AFTER.exec(s.slice(end, end + 40));
    if (m === null) return false;
    for (let k = 0; k < 9; k++) routingDigits[k] = m[1].charCodeAt(k) - 48;
    return abaValid(routingDigits);
  }

  /** What may join a routing number to the account after it: "then", "and", "/", ",". */
  const AFTER_ROUTING_LINK =
    /^(?:[ ,/-]|,? (?:then|and|followed by|y|e|et|luego|despues|después|depois|puis) (?:the )?)$/i;

  /** Whether the finding just before `start` is a routing number joined to it by AFTER_ROUTING_LINK. */
  function afterRoutingNumber(st: DetectionState, start: number): boolean {
    const last = st.findings[st.findings.length - 1];
    if (last === undefined || last.type !== ROUTING || start - last.end > 20) return false;
    return AFTER_ROUTING_LINK.test(st.s.slice(last.end, start));
  }

  /** "for the claim", "about my case": a reference cue that names what something is for. */
  const PURPOSE_BEFORE = /(?:^|[^a-z])(?:for|about|on|re) (?:the|my|our|this) $/i;

  function referenceAsPurpose(st: DetectionState, start: number): boolean {
    const k = st.contextBefore(start, st.policy.contextBefore);
    if (k < 0) return false;
    const at = st.ctxStart[k] ?? 0;
    return PURPOSE_BEFORE.test(st.s.slice(Math.max(0, at - 12), at));
  }

  /** "case number is +1 503 …": the reference cue before the value tied to it up to its "+". */
  function referenceTied(st: DetectionState, start: number): boolean {
    const k = st.contextBefore(start, st.policy.contextBefore);
    return k >= 0 && linkerOnly(st.s, st.ctxEnd[k] ?? 0, win.valueStart);
  }

  /**
   * "my routing and account: 042116088 / 2000918277": a routing cue before the
   * value, within `reach`, with no other number between them, even when a
   * nearer cue names another kind. A value tied to no cue of its own may be
   * further off ("they need the routing and account number for the down
   * payment. 053101121 and …"): the checksum still has to hold.
   */
  function routingCueBefore(st: DetectionState, start: number, reach: number): boolean {
    let k = st.contextBefore(start, reach);
    const s = st.s;
    for (; k >= 0; k--) {
      const cueEnd = st.ctxEnd[k] ?? 0;
      if (start - cueEnd > reach) return false;
      if (st.ctxCategory[k] !== 'routing') continue;
      for (let p = cueEnd; p < start; p++) {
        const c = s.charCodeAt(p);
        if (c >= 48 && c <= 57) return false;
      }
      return true;
    }
    return false;
  }

  /**
   * A routing cue within ROUTING_ASK_REACH before `start`, whatever numbers stand between
   * ("my routing number … my account is 4401293857. Is it …?"). For a value asked about.
   */
  function routingAsked(st: DetectionState, start: number): boolean {
    for (let k = st.contextBefore(start, ROUTING_ASK_REACH); k >= 0; k--) {
      if (start - (st.ctxEnd[k] ?? 0) > ROUTING_ASK_REACH) return false;
      if (st.ctxCategory[k] === 'routing') return true;
    }
    return false;
  }

  /** How far before a value asked about the routing cue of its question may stand. */
  const ROUTING_ASK_REACH = 120;

  /** How far before an untied value a routing cue may stand (twice the context window). */
  const ROUTING_REACH = 80;
  const SSN_LAYOUT = [3, 2, 4];
  const EIN_LAYOUT = [2, 7];
  const PHONE_LAYOUT = [3, 3, 4];
  const PHONE_LAYOUT_1 = [1, 3, 3, 4];
  const LOCAL_LAYOUT = [3, 4];
  /** Eight-digit numbers of Hong Kong and Singapore: "9123 4478". */
  const HK_LAYOUT = [4, 4];
  /** "917-5052979". */
  const PHONE_LAYOUT_37 = [3, 7];
  /** UK national numbers: "07592 290053", "0759 229 0053", "020 7946 0958". */
  const UK_FIRST = new Set([1, 2, 3, 7, 8]);
  /** Most groups of a national number read after a phone cue ("06 12 34 56 78"). */
  const MAX_NATIONAL_GROUPS = 5;
  /** Ten digits from a trunk 0, as Australia writes mobiles and landlines. */
  const TRUNK_LAYOUT_433 = [4, 3, 3];
  const TRUNK_LAYOUT_244 = [2, 4, 4];
  const UK_LAYOUTS = [[5, 6], [4, 3, 4], [3, 4, 4], [11]];

  function phoneWindow(
    st: DetectionState,
    i: number,
    j: number,
    off: number,
    count: number,
    start: number,
    end: number,
    tight: ContextCategory | undefined,
  ): boolean {
    const phoneStart = win.paren || win.plus ? win.valueStart : start;
    if (win.plus && count >= 8 && count <= 15) {
      if (isBrandPhone(st, off, count))
        return set(NONE, win.valueStart, end, j, 'phone.brand', 0.95);
      const nanp = count === 11 && digits[off] === 1 && nanpValid(digits, off + 1);
      // "is +1-800-555-0199 collect?": a toll-free number is the institution's, "+" or not.
      if (nanp && isTollFree(digits, off + 1))
        return set(NONE, phoneStart, end, j, 'phone.toll-free', 0.9);
      return set(PHONE, phoneStart, end, j, nanp ? 'phone.nanp' : 'phone.intl', nanp ? 0.95 : 0.85);
    }
    // "(31) 9 8851-2240", "(85) 99123-4567": Brazil's mobiles, the area code of two digits (11
    // to 99, no 0) in parentheses, then nine digits from a 9. No NANP number has an area code
    // of two digits.
    if (win.paren && groupLen(i) === 2 && brazilianMobile(off, count)) {
      if (isBrandPhone(st, off, count))
        return set(NONE, win.valueStart, end, j, 'phone.brand', 0.95);
      return set(PHONE, phoneStart, end, j, 'phone.intl', 0.85);
    }
    if (chunkCardShaped) return false;
    let national = -1;
    if (count === 10) national = off;
    else if (count === 11 && digits[off] === 1) national = off + 1;
    // "from 209 331 8840 2": a lone digit after a phone's layout, a blank between, makes
    // eleven digits no phone number can be (an account, read whole).
    const loneDigitAfter =
      j < chunkLast &&
      groupLen(j + 1) === 1 &&
      (gStart[j + 1] ?? 0) - end === 1 &&
      codeAt(st.s, end) === 32;
    if (
      national >= 0 &&
      nanpValid(digits, national) &&
      !(loneDigitAfter && !win.paren && tight !== 'phone')
    ) {
      if (isTollFree(digits, national))
        return set(NONE, phoneStart, end, j, 'phone.toll-free', 0.9);
      const formatted =
        win.paren ||
        sameLayout(i, j, PHONE_LAYOUT) ||
        sameLayout(i, j, PHONE_LAYOUT_1) ||
        sameLayout(i, j, PHONE_LAYOUT_37) ||
        (count === 10 && spokenLayout(st.s, i, j, PHONE_LAYOUT));
      // Digits grouped some other way ("5698 7654 33") read as a phone only when said so.
      if (!formatted && i !== j && tight !== 'phone') return false;
      if (isBrandPhone(st, off, count))
        return set(NONE, win.valueStart, end, j, 'phone.brand', 0.95);
      const confidence = tight === 'phone' ? 0.95 : formatted ? 0.9 : 0.6;
      return set(PHONE, phoneStart, end, j, 'phone.nanp', confidence);
    }
    // Said to be a phone number and laid out as one ("my phone is (555) 014-2287"),
    // ten digits are the customer's number even when no NANP number can be so
    // (an exchange starting 0 or 1): customers mistype, and the screen errs
    // towards masking.
    if (
      national >= 0 &&
      tight === 'phone' &&
      (win.paren ||
        i === j ||
        sameLayout(i, j, PHONE_LAYOUT) ||
        sameLayout(i, j, PHONE_LAYOUT_1) ||
        sameLayout(i, j, PHONE_LAYOUT_37) ||
        // "cero nueve ocho … dos uno", read as "0 9 8 … 2 1": said digit by digit.
        saidOneByOne(st.s, i, j) ||
        // "0412 555 087", "02 9876 5432": a number written nationally abroad, trunk 0 first;
        // "55 1234 5678", "81 8765 4321": Mexico's ten digits in the same 2-4-4 layout, no trunk.
        (count === 10 &&
          ((digits[off] === 0 && sameLayout(i, j, TRUNK_LAYOUT_433)) ||
            sameLayout(i, j, TRUNK_LAYOUT_244))))
    ) {
      if (isTollFree(digits, national) || nationalFreephone(off))
        return set(NONE, phoneStart, end, j, 'phone.toll-free', 0.9);
      if (isBrandPhone(st, off, count))
        return set(NONE, win.valueStart, end, j, 'phone.brand', 0.95);
      return set(PHONE, phoneStart, end, j, 'phone.cued', 0.85);
    }
    // "Called the branch at (555) 010-4477": laid out as a phone number, area code in
    // parentheses, but no NANP number can be so and nothing says it is the customer's.
    // The whole is a phone's shape all the same, so no part of it is read on its own.
    if (national >= 0 && win.paren && sameLayout(i, j, PHONE_LAYOUT))
      return set(NONE, phoneStart, end, j, 'phone.invalid', 0.5);
    // "0044 7450 042586", "011 52 664 555 0193": an international number after an exit code
    // (00, or 011 dialled from the US), unless an account cue and no phone cue stand by it
    // ("my account number again, it's 0093 3812 774").
    const exit = internationalExit(digits, off, count);
    if (
      exit !== null &&
      // "4147 0099 8832 1170": a "00" inside a longer run of groups is no exit code.
      !(codeAt(st.s, start - 1) === 32 && isDigitAt(st.s, start - 2)) &&
      (digits[off + exit.length] ?? 0) !== 0 &&
      (i !== j || tight === 'phone') &&
      (tight === 'phone' || ctx.loose !== 'account')
    ) {
      if (isBrandPhone(st, off + exit.length, count - exit.length))
        return set(NONE, start, end, j, 'phone.brand', 0.95);
      return set(PHONE, start, end, j, 'phone.intl', tight === 'phone' ? exit.cued : exit.bare);
    }
    // A UK number written nationally: a leading 0, then a 1, 2, 3, 7 or 8.
    if (count === 11 && digits[off] === 0 && UK_FIRST.has(digits[off + 1] ?? 0)) {
      if (tight === 'phone' || UK_LAYOUTS.some((l) => sameLayout(i, j, l) && l.length > 1)) {
        if (nationalFreephone(off)) return set(NONE, start, end, j, 'phone.toll-free', 0.9);
        if (isBrandPhone(st, off, count)) return set(NONE, start, end, j, 'phone.brand', 0.95);
        return set(PHONE, start, end, j, 'phone.intl', tight === 'phone' ? 0.9 : 0.8);
      }
    }
    // "my number 0917 555 8832", "電話番号は090-3318-7742", "Telefon numaram 0532 447 18 29",
    // "0300-4712285", "06 12 34 56 78": other countries' national numbers, a trunk 0 then
    // nine to eleven digits, after a phone cue ("0812-3456-7890": Indonesia's mobiles run to
    // twelve digits). Each country groups them its own way, so any grouping into parts of two
    // digits or more is read; a lone digit is no phone's part.
    // round 19: nine digits too, right after the cue and in groups, as Swedish and Austrian
    // landlines are written ("Ring mig på 0523-310 44"); never in the SSN's layout, nor in one
    // run ("my number 021000021" may be a routing number).
    if (
      (count >= 10 ||
        (count === 9 && j > i && ctx.tight === 'phone' && !sameLayout(i, j, SSN_LAYOUT))) &&
      count <= 12 &&
      digits[off] === 0 &&
      (digits[off + 1] ?? 0) !== 0 &&
      tight === 'phone' &&
      j - i < MAX_NATIONAL_GROUPS &&
      noShortGroup(i, j)
    ) {
      if (nationalFreephone(off)) return set(NONE, start, end, j, 'phone.toll-free', 0.9);
      if (isBrandPhone(st, off, count)) return set(NONE, start, end, j, 'phone.brand', 0.95);
      return set(PHONE, start, end, j, 'phone.intl', 0.85);
    }
    // "香港電話 9123 4478", "mobile 8123-4567": eight digits, as Hong Kong and Singapore write
    // every number (no trunk 0, no area code), in one group or two of four, said to be a phone
    // before it: eight digits are as often an account's, so a phone cue after the number
    // ("Acct 41188207, phone (215) …") names the next one.
    if (
      count === 8 &&
      tight === 'phone' &&
      ctx.tight === 'phone' &&
      (digits[off] ?? 0) >= 2 &&
      (i === j || sameLayout(i, j, HK_LAYOUT)) &&
      // "7710 2290 4483": the last eight digits of a longer run of groups are no phone.
      !(codeAt(st.s, start - 1) === 32 && isDigitAt(st.s, start - 2)) &&
      !(codeAt(st.s, end) === 32 && isDigitAt(st.s, end + 1))
    ) {
      if (isBrandPhone(st, off, count)) return set(NONE, start, end, j, 'phone.brand', 0.95);
      return set(PHONE, start, end, j, 'phone.cued', 0.8);
    }
    // "Mon numéro 77 555 41 29", "mi número es 987 555 412", "9 8 7 - 5 5 5 - 4 1 2": nine
    // digits with no trunk 0, as Senegal's and Peru's mobiles are written, said to be a phone
    // right before it; in parts of two digits or more, or digit by digit. Never in the
    // SSN's layout ("my number 883-95-9860" is a social security number).
    if (
      count === 9 &&
      tight === 'phone' &&
      ctx.tight === 'phone' &&
      (digits[off] ?? 0) >= 2 &&
      !sameLayout(i, j, SSN_LAYOUT) &&
      ((j - i < MAX_NATIONAL_GROUPS && noShortGroup(i, j)) || spacedOut(st.s, i, j)) &&
      !(codeAt(st.s, start - 1) === 32 && isDigitAt(st.s, start - 2)) &&
      !(codeAt(st.s, end) === 32 && isDigitAt(st.s, end + 1))
    ) {
      if (isBrandPhone(st, off, count)) return set(NONE, start, end, j, 'phone.brand', 0.95);
      return set(PHONE, start, end, j, 'phone.cued', 0.8);
    }
    if (
      count === 7 &&
      tight === 'phone' &&
      sameLayout(i, j, LOCAL_LAYOUT) &&
      (digits[off] ?? 0) >= 2
    ) {
      if (isBrandPhone(st, off, count)) return set(NONE, start, end, j, 'phone.brand', 0.95);
      return set(PHONE, start, end, j, 'phone.nanp', 0.7);
    }
    return false;
  }

  /**
   * Freephone and shared-cost numbers written nationally, which only businesses hold, as
   * 1-800 numbers are in the US: "0800 …" (UK, Germany, France, Japan), "0808 …" (UK),
   * "0120-…" and "0570-…" (Japan).
   */
  function nationalFreephone(off: number): boolean {
    if (digits[off] !== 0) return false;
    const prefix = digitValue(off + 1, 3);
    return prefix === 800 || prefix === 808 || prefix === 120 || prefix === 570;
  }

  /** Whether `count` digits at `off` are a Brazilian area code and mobile (see phoneWindow). */
  function brazilianMobile(off: number, count: number): boolean {
    return (
      count === 11 &&
      (digits[off] ?? 0) !== 0 &&
      (digits[off + 1] ?? 0) !== 0 &&
      digits[off + 2] === 9
    );
  }

  /** The institution's published numbers (detectors.yaml `brand.phones`) are not findings. */
  function isBrandPhone(st: DetectionState, off: number, count: number): boolean {
    const key = phoneKey(digitString(off, count));
    return st.policy.brandPhones.has(key) || st.ownPhones?.has(key) === true;
  }

  function digitString(off: number, count: number): string {
    let out = '';
    for (let k = 0; k < count; k++) out += String(digits[off + k] ?? 0);
    return out;
  }

  return detectNumericEntities;
}

/** Exit codes before an international number: its digits, the whole number's length, confidences. */
const INTERNATIONAL_EXITS = [
  { code: [0, 0], min: 11, max: 16, cued: 0.9, bare: 0.8 },
  { code: [0, 1, 1], min: 12, max: 18, cued: 0.92, bare: 0.85 },
].map((e) => ({ ...e, length: e.code.length }));

/** The exit code that `count` digits at `off` open with, at a length it allows, or null. */
function internationalExit(
  digits: ArrayLike<number>,
  off: number,
  count: number,
): (typeof INTERNATIONAL_EXITS)[number] | null {
  for (const e of INTERNATIONAL_EXITS) {
    if (count < e.min || count > e.max) continue;
    let k = 0;
    while (k < e.length && digits[off + k] === e.code[k]) k++;
    if (k === e.length) return e;
  }
  return null;
}

/** One word of the kind after the noun, then "is" in Spanish, Italian, Portuguese, French, German. */
const QUALIFIER_THEN_COPULA = /^ +[a-z]{3,16} +(?:es|e|est|era|ist) *:? *$/i;

/**
 * "il mio conto business è 6630 …", "mi cuenta nómina es …", "minha conta
 * poupança é …": the languages that name the kind after the noun put one word
 * between the cue and its "is" (accents are folded by then).
 */
export function qualifierThenCopula(s: string, from: number, to: number): boolean {
  return to - from <= 24 && QUALIFIER_THEN_COPULA.test(s.slice(from, to));
}

/** Where the number is written, then "is": " on my statement is ", " on the letter says: ". */
const WRITTEN_ON_THEN_COPULA =
  /^ +(?:on|in) +(?:my|the|your|our) +[a-z]{2,16}(?: +[a-z]{2,16})? +(?:is|says|shows|reads) *:? *$/i;

/**
 * round 22: "The loan # on my statement is 8800 1294 4471 2", "account number on the letter
 * says 4471 …": the paper or screen the number is read from, between the cue and its "is".
 */
export function writtenOnThenCopula(s: string, from: number, to: number): boolean {
  return to - from <= 40 && WRITTEN_ON_THEN_COPULA.test(s.slice(from, to));
}

/** Cues of the customer's own identifiers, whose number a clause and a number word may restate. */
const IDENTIFIER_CUES: ReadonlySet<ContextCategory> = new Set<ContextCategory>([
  'account',
  'member',
  'loan',
  'policy',
]);

/** Words that restate a cue right before its value: "…, number LF7730021", "… bank number 221…". */
const NUMBER_WORDS = WordTable.of(['number', 'no', 'nbr', 'num', 'numbr', 'nmbr', 'numer', 'nro']);
/** A number word after these is someone else's number: "your number", "the number". */
const NOT_BEFORE_NUMBER = WordTable.of([
  'your',
  'ur',
  'their',
  'his',
  'her',
  'its',
  'our',
  'the',
  'this',
  'that',
  'a',
  'an',
]);
/** Words that start another matter inside the clause: a phone, a reference, another party. */
const NUMBER_CLAUSE_BREAKS = WordTable.of([
  ...CLAUSE_CONJUNCTIONS,
  'call',
  'called',
  'calling',
  'text',
  'texted',
  'dial',
  'dialed',
  'phone',
  'fax',
  'cell',
  'whatsapp',
  'contact',
  'claim',
  'order',
  'case',
  'ticket',
  'tracking',
  'confirmation',
  'reference',
  'ref',
  'trace',
  'transaction',
  'routing',
  'card',
  'check',
  'cheque',
  'service',
  'support',
  'help',
  'line',
  'customer',
  'toll',
  'office',
  'agent',
  'rep',
  'merchant',
  'store',
  'shop',
  'vendor',
  'seller',
  'company',
]);
/** The clause says where or whose the thing is: it opens with a preposition. */
const NUMBER_CLAUSE_OPENERS = WordTable.of([
  'in',
  'at',
  'with',
  'on',
  'for',
  'from',
  'of',
  'under',
  'through',
  'via',
]);
const MAX_NUMBER_CLAUSE = 6;

/**
 * "account in your bank number 221 447 8061 3", "insurance policy on my late
 * father, number LF7730021": after the cue, a clause of up to six plain words
 * opening with a preposition (saying where or whose the thing is), then a
 * number word that restates the cue ("number", "no.", "nbr", optionally "is" or
 * ":") right before the value. Not after "your", "the"…: "your number" is
 * someone else's; not across a merchant, a phone or a reference.
 */
export function clauseThenNumberWord(s: string, from: number, to: number): boolean {
  if (to - from > 64) return false;
  let q = to;
  while (q > from && isBlank(codeAt(s, q - 1))) q--;
  const mark = codeAt(s, q - 1);
  if (mark === 58 || mark === 35 || mark === 61) {
    q--;
    while (q > from && isBlank(codeAt(s, q - 1))) q--;
  }
  // An optional "is"/"was" after the number word.
  let w = q;
  while (w > from && isAsciiLetter(codeAt(s, w - 1))) w--;
  if (w < q && (isWord(s, w, q, 'is') || isWord(s, w, q, 'was'))) {
    q = w;
    while (q > from && isBlank(codeAt(s, q - 1))) q--;
  }
  if (codeAt(s, q - 1) === 46) q--; // "no."
  w = q;
  while (w > from && isAsciiLetter(codeAt(s, w - 1))) w--;
  if (w === q || !NUMBER_WORDS.has(s, w, q)) return false;
  q = w;
  while (q > from && isBlank(codeAt(s, q - 1))) q--;
  const comma = codeAt(s, q - 1) === 44;
  if (comma) q--;
  let words = 0;
  let lastStart = -1;
  let lastEnd = -1;
  for (let p = from; p < q;) {
    const c = codeAt(s, p);
    if (isBlank(codeAt(s, p))) {
      p++;
      continue;
    }
    if (!isAsciiLetter(c)) return false;
    let e = p;
    while (e < q && (isAsciiLetter(codeAt(s, e)) || codeAt(s, e) === 39)) e++;
    if (NUMBER_CLAUSE_BREAKS.has(s, p, e) || ++words > MAX_NUMBER_CLAUSE) return false;
    if (words === 1 && !NUMBER_CLAUSE_OPENERS.has(s, p, e)) return false;
    lastStart = p;
    lastEnd = e;
    p = e;
  }
  return words > 0 && (comma || !NOT_BEFORE_NUMBER.has(s, lastStart, lastEnd));
}

/** Cues after a number that a word saying which kind may stand before ("my supplement policy"). */
const IDENTIFIER_AFTER: ReadonlySet<string> = new Set(['policy', 'member', 'loan']);
/** " is my supplement ", " is our auto ": the value's link and owner, then one word of its kind. */
const IS_MY_KIND = /^ +(?:is|was|=) +(?:my|our) +[a-z]{3,16} +$/i;

/** Whether s[from, to) links a value to its cue after it by "is my" and one word of its kind. */
function isMyKindThen(s: string, from: number, to: number): boolean {
  return to - from <= 32 && IS_MY_KIND.test(s.slice(from, to));
}

/** Most characters between a cue and a value it names directly ("acct: ", "ssn # "). */
const DIRECT_CUE_GAP = 4;

/** A date in figures of a birth year closing the text before a value, then ", " or a blank. */
const DATE_THEN = /(?:^|[^\d/.-])\d{1,2}[/.-]\d{1,2}[/.-](?:19\d\d|20[01]\d|\d{2}),? $/;
/** A birth-date cue opening the text after a value ("… dob 04-22-1979", ", born 3/4/80"). */
const THEN_BIRTH_CUE =
  /^,? (?:dob|d\.o\.b\.?|born|date of birth|birthday|fecha de nacimiento|nacimiento)\b/i;

/** Whether the value s[start, end) stands right after a date in figures or right before a birth-date cue. */
function besideBirthDate(s: string, start: number, end: number): boolean {
  return (
    DATE_THEN.test(s.slice(Math.max(0, start - 13), start)) ||
    THEN_BIRTH_CUE.test(s.slice(end, end + 24))
  );
}

/** Capitals that are words, not a policy's letters, before digit groups. */
const NOT_CODES: ReadonlySet<string> = new Set(
  'AM AN AND AS AT BE BUT BY DOB FOR HE ID IF IN IS IT ME MY NO NOT OF ON OR PIN PM SO SSN THE TO UP US WE YES'.split(
    ' ',
  ),
);

/**
 * Before a policy number's digits at `start`: two to four capitals and one blank, at the
 * post's start or after a blank or line break ("MSG 2281 0094", "OK 2290 1184 7"), no word
 * of NOT_CODES. Returns where the capitals start, or `start`.
 */
function capitalCodeStart(s: string, start: number): number {
  if (codeAt(s, start - 1) !== 32) return start;
  let p = start - 1;
  while (p > 0 && p > start - 6 && codeAt(s, p - 1) >= 65 && codeAt(s, p - 1) <= 90) p--;
  const letters = start - 1 - p;
  if (letters < 2 || letters > 4) return start;
  if (p > 0 && codeAt(s, p - 1) !== 32 && codeAt(s, p - 1) !== 10) return start;
  return NOT_CODES.has(s.slice(p, start - 1)) ? start : p;
}

/** Characters of an Indian branch's IFSC: four capitals, "0", six capitals or digits. */
const IFSC_LENGTH = 11;

/**
 * After an account ending at `end`: "/" (blanks around it or not) and an IFSC
 * ("/SBIN0004512"), nothing alphanumeric after it. Returns the IFSC's end, or `end`.
 */
function ifscAfterEnd(s: string, end: number): number {
  let p = end;
  if (codeAt(s, p) === 32) p++;
  if (codeAt(s, p) !== 47) return end;
  p++;
  if (codeAt(s, p) === 32) p++;
  for (let k = 0; k < IFSC_LENGTH; k++) {
    const c = codeAt(s, p + k);
    const capital = c >= 65 && c <= 90;
    if (k < 4 ? !capital : k === 4 ? c !== 48 : !capital && !isAsciiDigit(c)) return end;
  }
  return isAsciiAlnum(codeAt(s, p + IFSC_LENGTH)) ? end : p + IFSC_LENGTH;
}

/** How far back from a number "ag 0001 cc " may start, at most. */
const BRANCH_CUE_REACH = 32;
/** "ag", "ag.", "agência", "agencia" (the accent composed or not): a Brazilian branch. */
const BRANCH_WORD = /^ag(?:(?:e|\u00ea|e\u0302)ncia)?\.?$/i;

/**
 * Whether a Brazilian branch and "cc" or "c/c" (conta corrente) stand right before `start`:
 * "ag 0001 cc 8843217-5", "agência 0412, c/c 33.210-7". English "cc" ("cc me") never
 * follows a branch's digits. Reads BRANCH_CUE_REACH characters back at most.
 */
function branchThenCurrentAccount(s: string, start: number): boolean {
  const floor = Math.max(0, start - BRANCH_CUE_REACH);
  let p = start;
  while (p > floor && (codeAt(s, p - 1) === 32 || codeAt(s, p - 1) === 58)) p--;
  if (p === start) return false;
  // "cc", "c/c", "c.c." (lower or upper case), a whole word.
  let q = p;
  if (codeAt(s, q - 1) === 46) q--;
  if ((codeAt(s, q - 1) | 32) !== 99) return false;
  q--;
  if (codeAt(s, q - 1) === 47 || codeAt(s, q - 1) === 46) q--;
  if ((codeAt(s, q - 1) | 32) !== 99) return false;
  q--;
  if (q > 0 && isAsciiAlnum(codeAt(s, q - 1))) return false;
  while (q > floor && codeAt(s, q - 1) === 32) q--;
  if (codeAt(s, q - 1) === 44 || codeAt(s, q - 1) === 59) q--;
  while (q > floor && codeAt(s, q - 1) === 32) q--;
  // The branch: three to five digits, its own check digit after a hyphen or not.
  if (isAsciiDigit(codeAt(s, q - 1)) && codeAt(s, q - 2) === 45) q -= 2;
  const digitsEnd = q;
  while (q > floor && isAsciiDigit(codeAt(s, q - 1))) q--;
  if (digitsEnd - q < 3 || digitsEnd - q > 5) return false;
  return branchWordBefore(s, q);
}

/** Whether "ag", "agência" (":" or blanks after it) stands right before `start`. */
function branchWordBefore(s: string, start: number): boolean {
  const floor = Math.max(0, start - BRANCH_CUE_REACH);
  let q = start;
  while (q > floor && (codeAt(s, q - 1) === 32 || codeAt(s, q - 1) === 58)) q--;
  if (q === start) return false;
  const wordEnd = q;
  while (q > floor && !isBlankOrPunct(codeAt(s, q - 1))) q--;
  return (
    wordEnd > q &&
    (q === 0 || isBlankOrPunct(codeAt(s, q - 1))) &&
    BRANCH_WORD.test(s.slice(q, wordEnd))
  );
}

function isBlankOrPunct(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 44 || c === 40 || c === 59 || c === 45;
}

function verveRange(iin: number): boolean {
  return (iin >= 506099 && iin <= 506198) || (iin >= 650002 && iin <= 650027);
}

/**
 * "LN 0047719 02": a loan's or policy's note suffix, two or three digits with a
 * leading zero after one space, ends the number. Returns its end, or `end`.
 */
function noteSuffixEnd(s: string, end: number): number {
  if (codeAt(s, end) !== 32 || codeAt(s, end + 1) !== 48) return end;
  let e = end + 2;
  while (e < s.length && e - end <= 4 && isAsciiDigit(codeAt(s, e))) e++;
  const c = codeAt(s, e);
  if (e - end < 3 || e - end > 4 || isAsciiAlnum(c)) return end;
  // "… 0047719 05/26", "… 0047719 01.5": a date or an amount goes on past the group.
  if ((c === 47 || c === 46 || c === 45 || c === 58) && isAsciiDigit(codeAt(s, e + 1))) return end;
  return e;
}

/**
 * "police 44871203", "Police: 44871203": the word "police" right before a number, with no
 * French word that makes it an insurance policy's ("numéro de police", "ma police", read by
 * the policy cue), names a police report's number.
 */
const POLICE_BEFORE =
  /(?:^|[^\p{L}'’])(?<!\b(?:de|la|ma|ta|sa|votre|notre|num[ée]ro|n[°º]|no|d['’]assurance) )police ?[:#]? ?$/iu;
const POLICE_REACH = 40;

function policeNumberBefore(s: string, start: number): boolean {
  // POLICE_BEFORE ends in "police", then at most a blank, ":" or "#" and a blank: look for
  // its last letter first, so that a post of numbers costs no slice and no pattern per number.
  let e = start;
  for (let k = 0; k < 3 && e > 0 && !isAsciiLetter(codeAt(s, e - 1)); k++) e--;
  if ((codeAt(s, e - 1) | 32) !== 101) return false;
  return POLICE_BEFORE.test(s.slice(Math.max(0, start - POLICE_REACH), start));
}

/** Digits an account number listed beside a routing number holds, at least and at most. */
const LISTED_ACCOUNT_MIN = 8;
const LISTED_ACCOUNT_MAX = 17;

/**
 * Whether the number [start, end) is an item of a list joined by "/" ("1109 8827 364 /
 * 0440 0003 7 / 614-…") with an account-shaped number (8 to 17 digits in groups joined
 * by single blanks or hyphens, and no NANP phone number) as the item next to it.
 */
function slashListedBesideAccount(s: string, start: number, end: number): boolean {
  return listedAccountAfter(s, end) || listedAccountBefore(s, start);
}

/** Where a "/" joining list items, blanks around it, ends after `pos`; -1 if none. */
function slashAfter(s: string, pos: number): number {
  let p = pos;
  if (codeAt(s, p) === 32) p++;
  if (codeAt(s, p) !== 47) return -1;
  p++;
  if (codeAt(s, p) === 32) p++;
  return p;
}

function listedAccountAfter(s: string, end: number): boolean {
  const p = slashAfter(s, end);
  if (p < 0 || !isAsciiDigit(codeAt(s, p))) return false;
  let digits = '';
  let q = p;
  while (q < s.length && digits.length <= LISTED_ACCOUNT_MAX) {
    const c = codeAt(s, q);
    if (isAsciiDigit(c)) digits += s[q];
    else if (!((c === 32 || c === 45) && isAsciiDigit(codeAt(s, q + 1)))) break;
    q++;
  }
  return !isAsciiAlnum(codeAt(s, q)) && accountShaped(digits);
}

function listedAccountBefore(s: string, start: number): boolean {
  let p = start - 1;
  if (codeAt(s, p) === 32) p--;
  if (codeAt(s, p) !== 47) return false;
  p--;
  if (codeAt(s, p) === 32) p--;
  if (!isAsciiDigit(codeAt(s, p))) return false;
  let digits = '';
  let q = p;
  while (q >= 0 && digits.length <= LISTED_ACCOUNT_MAX) {
    const c = codeAt(s, q);
    if (isAsciiDigit(c)) digits = s[q] + digits;
    else if (!((c === 32 || c === 45) && isAsciiDigit(codeAt(s, q - 1)))) break;
    q--;
  }
  return !(q >= 0 && isAsciiAlnum(codeAt(s, q))) && accountShaped(digits);
}

function accountShaped(digits: string): boolean {
  const len = digits.length;
  if (len < LISTED_ACCOUNT_MIN || len > LISTED_ACCOUNT_MAX) return false;
  const national = len === 11 && digits[0] === '1' ? digits.slice(1) : digits;
  return !(national.length === 10 && national[0] >= '2' && national[3] >= '2');
}

/** Digits an account number on the line after a routing number holds, at least and at most. */
const NEXT_LINE_ACCOUNT_MIN = 6;
const NEXT_LINE_ACCOUNT_MAX = 17;

/** Whether the line after `end` (where a number ends a line) is one number alone. */
/** Whether the number at start..end fills its line and a lone number fills the line before or after. */
function listedOnLines(s: string, start: number, end: number): boolean {
  const c = codeAt(s, end);
  if (end < s.length && c !== 10 && c !== 13) return false;
  if (start === 0) return numberOnNextLine(s, end);
  if (codeAt(s, start - 1) !== 10) return false;
  return numberOnNextLine(s, end) || numberOnPrevLine(s, start - 1);
}

/** Whether the line ending at the line break `nl` holds one number of 6 to 17 digits and nothing else. */
function numberOnPrevLine(s: string, nl: number): boolean {
  let i = nl;
  if (codeAt(s, i - 1) === 13) i--;
  const b = i;
  while (i > 0 && b - i <= NEXT_LINE_ACCOUNT_MAX && isAsciiDigit(codeAt(s, i - 1))) i--;
  return (
    b - i >= NEXT_LINE_ACCOUNT_MIN &&
    b - i <= NEXT_LINE_ACCOUNT_MAX &&
    (i === 0 || codeAt(s, i - 1) === 10)
  );
}

function numberOnNextLine(s: string, end: number): boolean {
  let i = end;
  if (codeAt(s, i) === 13) i++;
  if (codeAt(s, i) !== 10) return false;
  const a = ++i;
  while (i < s.length && isAsciiDigit(codeAt(s, i))) i++;
  const c = codeAt(s, i);
  return (
    i - a >= NEXT_LINE_ACCOUNT_MIN &&
    i - a <= NEXT_LINE_ACCOUNT_MAX &&
    (i === s.length || c === 10 || c === 13)
  );
}

function isWord(s: string, a: number, b: number, word: string): boolean {
  return b - a === word.length && s.slice(a, b).toLowerCase() === word;
}

/** Letters typed for a digit inside a card number: O and o for 0, l and I for 1. */
function typoDigit(c: number): number {
  if (c === 79 || c === 111) return 0;
  if (c === 108 || c === 73) return 1;
  return -1;
}

function cardCharAt(s: string, p: number): boolean {
  const c = codeAt(s, p);
  return (c >= 48 && c <= 57) || typoDigit(c) >= 0;
}

/** Most letters a card number may hold typed for digits. */
const MAX_CARD_TYPOS = 2;
/** Longest card number with separators: 19 digits in groups of four. */
const MAX_CARD_SPAN = 23;

/**
 * "5291 33O8 4410 7723": a card number typed with a letter for a digit (O or o
 * for 0, l or I for 1). Read only where a digit group touches such a letter,
 * only inside a card-shaped run (four-digit groups joined by single spaces or
 * hyphens, Amex's 4-6-5, or one group of 13–19), with at most two such letters
 * and every group holding a digit; the digits it makes must be a card in an
 * issuer's range, at its length, with a valid Luhn digit. Runs before the digit
 * scanner, which cannot see across the letters.
 */
export function detectMistypedCards(st: DetectionState): void {
  const s = st.s;
  const runs = st.scan.digitRuns;
  let done = -1;
  let digits: number[] | null = null;
  for (let r = 0; r < runs.count; r++) {
    const a = runs.start[r] ?? 0;
    const b = runs.end[r] ?? 0;
    if (a < done || (typoDigit(codeAt(s, a - 1)) < 0 && typoDigit(codeAt(s, b)) < 0)) continue;
    // The run of digits, typo letters and single separators around this digit run.
    let from = a;
    while (
      a - from <= MAX_CARD_SPAN &&
      (cardCharAt(s, from - 1) ||
        (isGroupSeparator(codeAt(s, from - 1)) && cardCharAt(s, from - 2)))
    )
      from--;
    let to = b;
    while (
      to - from <= MAX_CARD_SPAN &&
      (cardCharAt(s, to) || (isGroupSeparator(codeAt(s, to)) && cardCharAt(s, to + 1)))
    )
      to++;
    if (to - from > MAX_CARD_SPAN) {
      // Too long to be one card: so is every digit run further along the same chain, so
      // skip to its end rather than walk each run's 23 characters back and forth again.
      while (cardCharAt(s, to) || (isGroupSeparator(codeAt(s, to)) && cardCharAt(s, to + 1))) to++;
      done = to;
      continue;
    }
    done = to;
    if (isAsciiAlnum(codeAt(s, from - 1)) || isAsciiAlnum(codeAt(s, to))) continue;
    digits ??= [];
    digits.length = 0;
    let typos = 0;
    let groups = 0;
    let groupLength = 0;
    let groupDigit = false;
    let layout = 0; // group lengths, four bits each
    let shaped = true;
    for (let p = from; p <= to && shaped; p++) {
      if (p === to || isGroupSeparator(codeAt(s, p))) {
        if (!groupDigit) shaped = false;
        layout = layout * 16 + Math.min(groupLength, 15);
        groups++;
        groupLength = 0;
        groupDigit = false;
        continue;
      }
      const c = codeAt(s, p);
      const t = typoDigit(c);
      if (t >= 0) typos++;
      else groupDigit = true;
      digits.push(t >= 0 ? t : c - 48);
      groupLength++;
    }
    const count = digits.length;
    if (!shaped || typos === 0 || typos > MAX_CARD_TYPOS || count < 13 || count > 19) continue;
    if (!cardShapedLayout(layout, groups, count)) continue;
    if ((cardLengthMask(digits, 0) & (1 << count)) === 0 || !luhnValid(digits, 0, count)) continue;
    if (st.isClaimed(from, to)) continue;
    st.emit(ENTITY_INDEX.CARD_NUMBER, from, to, 'card.luhn', 0.9);
  }
}

function isGroupSeparator(c: number): boolean {
  return c === 32 || c === 45;
}

/** One group of 13–19, groups of four (the last may be shorter), or Amex's 4-6-5. */
function cardShapedLayout(layout: number, groups: number, count: number): boolean {
  if (groups === 1) return true;
  if (groups === 3 && layout === 0x465 && count === 15) return true;
  if (groups < 4) return false;
  let l = layout;
  // The last group (lowest nibble) may be shorter; every other one holds four.
  l = Math.floor(l / 16);
  for (let g = 1; g < groups; g++) {
    if (l % 16 !== 4) return false;
    l = Math.floor(l / 16);
  }
  return true;
}

/** Whether a sentence opens at `p`: a full stop ending a word of four letters or more, a blank. */
function opensAfterWordStop(s: string, p: number): boolean {
  if (codeAt(s, p - 1) !== 32 || codeAt(s, p - 2) !== 46) return false;
  let w = p - 2;
  while (w > 0 && isAsciiLetter(codeAt(s, w - 1))) w--;
  return p - 2 - w >= 4;
}
