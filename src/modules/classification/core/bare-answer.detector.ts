import { abaValid, nanpValid, ssnValid } from './checksums';
import { ENTITY_INDEX } from './compiled-policy';
import type { DateSpan } from './date-of-birth.detector';
import { parseTextualDate, validDate } from './date-of-birth.detector';
import {
  codeAt,
  digitsOf,
  isAsciiAlnum,
  isAsciiDigit,
  type DetectionState,
} from './detection-state';

/**
 * Values given as bare answers in a private conversation with an agent: the agent asked
 * for the date of birth, the phone on file or the account number, and the customer's
 * reply is the value and little else ("sure, March 3 1974", "yes, 555-0123 is still
 * good", "it's 40017722"). Read only in private posts, only when the post is short, and
 * never when it speaks of orders, claims, tickets, payments or appointments.
 */

const DOB = ENTITY_INDEX.DATE_OF_BIRTH;
const PHONE = ENTITY_INDEX.PHONE;
const ACCOUNT = ENTITY_INDEX.BANK_ACCOUNT;
const ROUTING = ENTITY_INDEX.ROUTING_NUMBER;
const SSN = ENTITY_INDEX.SSN;
/** The fewest digits an account handed over after its routing number has. */
const MIN_SPLIT_ACCOUNT_DIGITS = 6;

/** Longest post read as an answer. */
export const MAX_ANSWER_LENGTH = 120;
/** Longest post read as a value and nothing else (a few words around it). */
const MAX_BARE_LENGTH = 56;
const MIN_BIRTH_YEAR = 1900;
const MAX_BIRTH_YEAR = 2012;
const MIN_ACCOUNT_DIGITS = 8;
const MAX_ACCOUNT_DIGITS = 17;

/**
 * Phrases before a value that leave it the whole answer ("sure,", "yes it's", "ok here:"),
 * and after it ("is still good", "thanks"), as words (apostrophes dropped, lower case).
 */
const LEAD_PHRASES = phrases([
  'sure',
  'yes',
  'yeah',
  'yep',
  'yup',
  'ok',
  'okay',
  'right',
  'correct',
  'of course',
  'no problem',
  'its',
  'it is',
  'thats',
  'that is',
  'here',
  'here you go',
  'here it is',
  'mine is',
]);
const TRAIL_PHRASES = phrases([
  ...['good', 'correct', 'right', 'current', 'valid', 'the same'].flatMap((w) => [
    `is ${w}`,
    `is still ${w}`,
  ]),
  'thats it',
  'thats right',
  'thats correct',
  'thanks',
  'thank you',
  'thx',
  'ty',
  'please',
  'pls',
]);
/** What may stand between filler words: blanks and light punctuation. */
const LEAD_SEPARATORS = /[\s,.:!-]+/;
const TRAIL_SEPARATORS = /[\s,.!-]+/;

function phrases(list: readonly string[]): readonly (readonly string[])[] {
  return list.map((p) => p.split(' '));
}

/**
 * Whether `text` is nothing but `allowed` phrases between separators. Read word by word
 * with the phrases each word may start (at most a few dozen words: the post is short),
 * so its time is linear in the words, never a regular expression's backtracking.
 */
function onlyFiller(
  text: string,
  separators: RegExp,
  allowed: readonly (readonly string[])[],
): boolean {
  const words = text
    .replace(/[’']/g, '')
    .toLowerCase()
    .split(separators)
    .filter((w) => w !== '');
  const reachable = new Uint8Array(words.length + 1);
  reachable[0] = 1;
  for (let i = 0; i < words.length; i++) {
    if (reachable[i] === 0) continue;
    for (const phrase of allowed) {
      if (i + phrase.length > words.length) continue;
      let k = 0;
      while (k < phrase.length && words[i + k] === phrase[k]) k++;
      if (k === phrase.length) reachable[i + k] = 1;
    }
  }
  return reachable[words.length] === 1;
}

/**
 * A number handed over to the agent: "it's …", "here's the full number …"; round 26: or, spaced
 * out digit by digit, after a colon closing a word ("spelling it out so the bot doesn't eat it:
 * four one one - …").
 */
const HANDOVER_BEFORE =
  /(?:\bit'?s|\bit’s|\bits|\bit is|\bhere'?s|\bhere’s|\bhere|\bfull (?:account )?number(?: is)?|\bthe number is)[\s:,-]*$/i;
/** round 26: a colon closing a word, before digits spaced out one by one (spelled out, as folded). */
const COLON_BEFORE = /[a-z]:\s*$/i;
/**
 * Posts about numbers other than the customer's own account: orders, claims, amounts, and
 * the kinds of number read by their own cues (routing, card, SSN).
 */
const OTHER_NUMBERS =
  /\b(?:order|claim|ticket|case|ref|reference|confirmation|conf|tracking|invoice|policy|transaction|receipt|amount|balance|total|cheque|check no|extension|ext|room|flight|zip|pin|code|otp|routing|aba|transit|swift|iban|card|ssn|social)\b|[$€£#%]/i;
/** Dates of events, not of birth: "the last deposit was 11/26", "appointment on …". */
const EVENT_DATE =
  /\b(?:appointment|appt|scheduled|meeting|due|paid|payment|pay|deposit(?:ed)?|charged?|refund|transfer(?:red)?|opened|closed|since|until|on|from|by|expires?|expiry|exp)\b/i;

/** Words of an answer confirming the customer's identity to the agent. */
const VERIFYING =
  /\b(?:that'?s me|that’s me|this is me|it'?s me|verify me|last (?:4|four)(?: digits)? (?:are|is|of my ss|of my social))\b/i;

/** Reads the bare answers of a short private post; `dates` are its numeric dates. */
export function detectBareAnswers(st: DetectionState, dates: readonly DateSpan[]): void {
  const { s, n } = st;
  if (n > MAX_ANSWER_LENGTH || OTHER_NUMBERS.test(s)) return;
  if (n <= MAX_BARE_LENGTH) {
    if (!EVENT_DATE.test(s) && readBareDate(st, dates)) return;
    if (readBarePhone(st)) return;
  }
  readHandedAccount(st);
}

/** Whether [a, b) is the whole answer: only filler words before and after it. */
export function wholeAnswer(s: string, a: number, b: number): boolean {
  return (
    onlyFiller(s.slice(0, a), LEAD_SEPARATORS, LEAD_PHRASES) &&
    onlyFiller(s.slice(b), TRAIL_SEPARATORS, TRAIL_PHRASES)
  );
}

function overlapsFinding(st: DetectionState, a: number, b: number): boolean {
  for (const f of st.findings) if (f.start < b && a < f.end) return true;
  return false;
}

/** "sure, April 9 1987", "its 5/5/1965": a full date with a birth year as the whole answer. */
function readBareDate(st: DetectionState, dates: readonly DateSpan[]): boolean {
  const { s, n } = st;
  let span: DateSpan | undefined;
  // round 25: "yes that's me. 7-14-1990 and the last 4 are 2281": in an answer confirming who
  // the customer is, one numeric date is the birth date though other words follow it.
  const verifying = VERIFYING.test(s) && dates.length === 1;
  // The numeric dates are set aside as dates already; a date in words must be unread.
  for (const d of dates) {
    if (verifying || wholeAnswer(s, d.start, d.end)) span = d;
  }
  if (span === undefined) {
    for (let p = 0; p < n && span === undefined; p++) {
      if (!isAsciiAlnum(codeAt(s, p)) || (p > 0 && isAsciiAlnum(codeAt(s, p - 1)))) continue;
      const end = parseTextualDate(s, p, n);
      if (end > 0 && wholeAnswer(s, p, end) && !st.isClaimed(p, end)) span = { start: p, end };
    }
  }
  // round 26: "19840616": a date written year first in eight digits, as the whole answer.
  if (span === undefined) {
    const m = COMPACT_DATE.exec(s);
    if (m !== null && wholeAnswer(s, m.index, m.index + 8) && compactDateValid(m[0])) {
      if (st.isClaimed(m.index, m.index + 8) || overlapsFinding(st, m.index, m.index + 8))
        return false;
      st.emit(DOB, m.index, m.index + 8, 'dob.answer', 0.8);
      return true;
    }
  }
  if (span === undefined || overlapsFinding(st, span.start, span.end)) return false;
  const year = yearAtEnd(s, span.end);
  if (year < MIN_BIRTH_YEAR || year > MAX_BIRTH_YEAR) return false;
  st.emit(DOB, span.start, span.end, 'dob.answer', 0.85);
  return true;
}

const COMPACT_DATE = /(?<!\d)(?:19|20)\d{6}(?!\d)/;

/** Whether eight digits "yyyymmdd" are a birth date: a birth year, a month and a day of it. */
function compactDateValid(d: string): boolean {
  const year = Number(d.slice(0, 4));
  return (
    year >= MIN_BIRTH_YEAR &&
    year <= MAX_BIRTH_YEAR &&
    validDate(year, Number(d.slice(4, 6)), Number(d.slice(6, 8)), true)
  );
}

/** The four-digit year the date ending at `end` closes with, or -1. */
function yearAtEnd(s: string, end: number): number {
  if (end < 4) return -1;
  let year = 0;
  for (let i = end - 4; i < end; i++) {
    const c = codeAt(s, i);
    if (!isAsciiDigit(c)) return -1;
    year = year * 10 + c - 48;
  }
  return isAsciiDigit(codeAt(s, end - 5)) ? -1 : year;
}

const LOCAL_PHONE = /(?<![\d.,:/-])\b\d{3}[-.]\d{4}\b(?![\d.,:/-]\d)/;

/** "yes, 555-0123 is still good": a seven-digit local number confirmed as the answer. */
function readBarePhone(st: DetectionState): boolean {
  const { s } = st;
  const m = LOCAL_PHONE.exec(s);
  if (m === null) return false;
  const a = m.index;
  const b = a + m[0].length;
  if (!wholeAnswer(s, a, b) || st.isClaimed(a, b) || overlapsFinding(st, a, b)) return false;
  st.emit(PHONE, a, b, 'phone.answer', 0.85);
  return true;
}

/**
 * Digit groups of at least two digits, separated by single spaces, dashes, tabs or line
 * breaks (round 25: "here: 5531\n0027\n4419", pasted from a note); or single digits spaced
 * out ("its 4 5 9 8 2 3 1 0 6").
 */
const DIGIT_GROUPS =
  /(?<![\d.,:/-])\b(?:\d{2,}(?:(?:[ \t-]|\r?\n)\d{2,})*|\d(?: (?:- )?\d){7,16})\b(?![.,:/-]?\d)/g;

/**
 * round 24: "40558812 is the right one, payroll …", "0042-1175-66 is the one I want closed",
 * "77130092 is that my ISA or the current account?": a number opening the answer, then said
 * to be the one (or asked which of the customer's it is).
 */
const WHICH_ONE_AFTER =
  /^ (?:is|was|should be) (?:the (?:right |correct |same )?one|the (?:right |correct )?(?:account|number)|that my|this my|my (?:checking|savings|account|acct))\b/i;

/** Where the post's first word starts, past blanks and a few lead words ("ok", "yes", "so"). */
function leadEnd(s: string): number {
  const m = /^\s*(?:(?:ok|okay|yes|yeah|so|and|sorry|hi)[\s,.!-]+)*/i.exec(s);
  return m === null ? 0 : m[0].length;
}

/**
 * "it's 40017722", "here's the full number 300 118 204 559": a long number handed over
 * to the agent (eight to seventeen digits), or given as the whole answer, is an account.
 */
function readHandedAccount(st: DetectionState): void {
  const { s } = st;
  DIGIT_GROUPS.lastIndex = 0;
  for (let m = DIGIT_GROUPS.exec(s); m !== null; m = DIGIT_GROUPS.exec(s)) {
    const a = m.index;
    const b = a + m[0].length;
    let digits = 0;
    for (let i = a; i < b; i++) if (isAsciiDigit(codeAt(s, i))) digits++;
    // round 23: "045307056 77120486": a routing number, a space, then the account, handed
    // over together (the routing first, as a check prints them); round 26: an account of up
    // to seventeen digits after it ("216566655 330019274411").
    const split =
      codeAt(s, a + 9) === 32 &&
      digits - 9 >= MIN_SPLIT_ACCOUNT_DIGITS &&
      digits - 9 <= MAX_ACCOUNT_DIGITS &&
      isAsciiDigit(codeAt(s, a + 8)) &&
      abaValid(digitsOf(s, a, a + 9));
    if (digits < MIN_ACCOUNT_DIGITS || (digits > MAX_ACCOUNT_DIGITS && !split)) continue;
    if (st.isClaimed(a, b) || overlapsFinding(st, a, b)) continue;
    // Nine digits that pass the routing checksum are left to the routing reading.
    if (digits === 9 && (b - a === 9 || b - a === 17) && abaValid(digitsOf(s, a, b))) continue;
    // Ten digits spaced out one by one that read as a US phone number are left to the phone
    // readings ("its three one five four 4 2 1 9 0 8", normalised to digits).
    if (b - a === 2 * digits - 1 && digits === 10 && nanpValid(digitsOf(s, a, b))) continue;
    const spacedOut = !/\d\d/.test(s.slice(a, b));
    if (
      !HANDOVER_BEFORE.test(s.slice(Math.max(0, a - 32), a)) &&
      !(spacedOut && COLON_BEFORE.test(s.slice(Math.max(0, a - 4), a))) &&
      !wholeAnswer(s, a, b) &&
      !(a === leadEnd(s) && WHICH_ONE_AFTER.test(s.slice(b, b + 32)))
    )
      continue;
    if (split) {
      st.emit(ROUTING, a, a + 9, 'routing.answer', 0.8);
      st.emit(ACCOUNT, a + 10, b, 'account.answer', 0.8);
      return;
    }
    // round 26: nine digits that hold as an SSN, answered with no cue ("ok it's 6 5 6 2 3 8 5
    // 6 3", "its 2 7 5 - 2 6 - 5 4 9 8"): what an agent asks for nine digits of is the SSN
    // (the labelled chats name it so three times in four).
    if (digits === 9 && ssnValid(digitsOf(s, a, b))) {
      st.emit(SSN, a, b, 'ssn.answer', 0.8);
      return;
    }
    st.emit(ACCOUNT, a, b, 'account.answer', 0.8);
    return;
  }
}
