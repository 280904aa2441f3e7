import { ENTITY_INDEX } from './compiled-policy';
import { WordTable } from './word-table';
import {
  codeAt,
  isAsciiAlnum,
  isAsciiDigit,
  isAsciiLetter,
  type DetectionState,
} from './detection-state';

const DOB = ENTITY_INDEX.DATE_OF_BIRTH;
/** How far after a birth-date keyword the date may start, and before it may end. */
const AFTER_KEYWORD = 48;
const BEFORE_KEYWORD = 32;

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
  // Spanish ("22 de agosto de 1985"), as the scanner sees it (accents folded).
  ['enero', 1],
  ['febrero', 2],
  ['marzo', 3],
  ['abril', 4],
  ['mayo', 5],
  ['junio', 6],
  ['julio', 7],
  ['agosto', 8],
  ['septiembre', 9],
  ['setiembre', 9],
  ['octubre', 10],
  ['noviembre', 11],
  ['diciembre', 12],
  // Tagalog ("Marso 12, 1991"), where it differs from the Spanish.
  ['pebrero', 2],
  ['marso', 3],
  ['hunyo', 6],
  ['hulyo', 7],
  ['setyembre', 9],
  ['oktubre', 10],
  ['nobyembre', 11],
  ['disyembre', 12],
  // French ("2 février 1967") and Haitian Creole ("14 jen 1950", "3 mas 1985"), accents folded.
  ['janvier', 1],
  ['fevrier', 2],
  ['mars', 3],
  ['avril', 4],
  ['mai', 5],
  ['juin', 6],
  ['juillet', 7],
  ['aout', 8],
  ['septembre', 9],
  ['octobre', 10],
  ['novembre', 11],
  ['decembre', 12],
  ['janvye', 1],
  ['fevriye', 2],
  ['mas', 3],
  ['me', 5],
  ['jen', 6],
  ['jiye', 7],
  ['out', 8],
  ['septanm', 9],
  ['oktob', 10],
  ['novanm', 11],
  ['desanm', 12],
]);

/** Spanish days said as words before "de": "doce de enero de 1995". */
const SPANISH_DAYS: ReadonlyMap<string, number> = new Map(
  [
    'primero',
    'dos',
    'tres',
    'cuatro',
    'cinco',
    'seis',
    'siete',
    'ocho',
    'nueve',
    'diez',
    'once',
    'doce',
    'trece',
    'catorce',
    'quince',
    'dieciseis',
    'diecisiete',
    'dieciocho',
    'diecinueve',
    'veinte',
    'veintiuno',
    'veintidos',
    'veintitres',
    'veinticuatro',
    'veinticinco',
    'veintiseis',
    'veintisiete',
    'veintiocho',
    'veintinueve',
    'treinta',
  ].map((w, i) => [w, i + 1]),
);

/** Tens said in a spoken year: "nineteen fifty eight". */
const YEAR_TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);
const YEAR_UNITS: ReadonlyMap<string, number> = new Map([
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
]);

/**
 * A year said in words at `p`: "nineteen fifty eight", "nineteen forty", "nineteen
 * oh five"; its end and year, or null.
 */
function spokenYearAt(s: string, p: number, n: number): { end: number; year: number } | null {
  const we = wordEnd(s, p, n);
  if (s.slice(p, we).toLowerCase() !== 'nineteen' || codeAt(s, we) !== 32) return null;
  const te = wordEnd(s, we + 1, n);
  const tw = s.slice(we + 1, te).toLowerCase();
  const tens = YEAR_TENS.get(tw) ?? (tw === 'oh' ? 0 : -1);
  if (tens < 0) return null;
  let end = te;
  let year = 1900 + tens;
  if (codeAt(s, te) === 32 || codeAt(s, te) === 45) {
    const ue = wordEnd(s, te + 1, n);
    const unit = YEAR_UNITS.get(s.slice(te + 1, ue).toLowerCase());
    if (unit !== undefined) {
      end = ue;
      year += unit;
    }
  }
  if (tens === 0 && end === te) return null;
  return isAsciiAlnum(codeAt(s, end)) ? null : { end, year };
}

/** Days said as ordinal words: "the twelfth of June, 1949", "the twenty-first of May". */
const ORDINAL_DAYS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
  ['eleventh', 11],
  ['twelfth', 12],
  ['thirteenth', 13],
  ['fourteenth', 14],
  ['fifteenth', 15],
  ['sixteenth', 16],
  ['seventeenth', 17],
  ['eighteenth', 18],
  ['nineteenth', 19],
  ['twentieth', 20],
  ['thirtieth', 30],
]);

/** A day said as an ordinal word at `p` ("twelfth", "twenty-first", "thirty first"): its end and day, or null. */
function ordinalDayAt(s: string, p: number, n: number): { end: number; day: number } | null {
  const we = wordEnd(s, p, n);
  const word = s.slice(p, we).toLowerCase();
  const tens = word === 'twenty' ? 20 : word === 'thirty' ? 30 : 0;
  if (tens > 0 && (codeAt(s, we) === 45 || codeAt(s, we) === 32)) {
    const ue = wordEnd(s, we + 1, n);
    const unit = ORDINAL_DAYS.get(s.slice(we + 1, ue).toLowerCase()) ?? 0;
    if (unit >= 1 && unit <= 9 && tens + unit <= 31) return { end: ue, day: tens + unit };
  }
  const day = ORDINAL_DAYS.get(word);
  return day === undefined ? null : { end: we, day };
}

const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function validDate(
  year: number,
  month: number,
  day: number,
  fourDigitYear: boolean,
): boolean {
  if (month < 1 || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month] ?? 0)) return false;
  if (fourDigitYear && (year < 1900 || year > 2099)) return false;
  if (month === 2 && day === 29 && fourDigitYear) {
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  }
  return true;
}

function readInt(s: string, a: number, b: number): number {
  let v = 0;
  for (let i = a; i < b; i++) v = v * 10 + (codeAt(s, i) - 48);
  return v;
}

function digitRunEnd(s: string, a: number, n: number): number {
  let b = a;
  while (b < n && isAsciiDigit(codeAt(s, b))) b++;
  return b;
}

export interface DateSpan {
  start: number;
  end: number;
}

/**
 * Numeric dates (03/14/1985, 14.03.1985, 1985-03-14, 3-14-85). Every valid date
 * is claimed — other dates are hard negatives — and returned so that those
 * presented as a birth date can be reported.
 */
export function findNumericDates(st: DetectionState): DateSpan[] {
  const { s, n } = st;
  const runs = st.scan.digitRuns;
  const dates: DateSpan[] = [];
  for (let r = 0; r + 2 < runs.count; r++) {
    const a = runs.start[r] ?? 0;
    const b = runs.end[r] ?? 0;
    const prev = a > 0 ? codeAt(s, a - 1) : 32;
    if (
      isAsciiAlnum(prev) ||
      ((prev === 47 || prev === 45 || prev === 46) && a > 1 && isAsciiDigit(codeAt(s, a - 2)))
    ) {
      continue;
    }
    const len1 = b - a;
    if (!(len1 === 1 || len1 === 2 || len1 === 4)) continue;
    const sep = codeAt(s, b);
    if ((sep !== 47 && sep !== 45 && sep !== 46) || runs.start[r + 1] !== b + 1) continue;
    const c = b + 1;
    const d = runs.end[r + 1] ?? 0;
    const len2 = d - c;
    if (len2 < 1 || len2 > 2 || codeAt(s, d) !== sep || runs.start[r + 2] !== d + 1) continue;
    const e = d + 1;
    const f = runs.end[r + 2] ?? 0;
    const len3 = f - e;
    const after = f < n ? codeAt(s, f) : 32;
    if (isAsciiAlnum(after)) continue;
    if (
      (after === 47 || after === 45 || after === 46) &&
      f + 1 < n &&
      isAsciiDigit(codeAt(s, f + 1))
    )
      continue;
    const x = readInt(s, a, b);
    const y = readInt(s, c, d);
    const z = readInt(s, e, f);
    let ok = false;
    if (len1 === 4) ok = (len3 === 1 || len3 === 2) && validDate(x, y, z, true);
    else if (len3 === 2 || len3 === 4) {
      ok = validDate(z, x, y, len3 === 4) || validDate(z, y, x, len3 === 4);
    }
    if (!ok || st.isClaimed(a, f)) continue;
    dates.push({ start: a, end: f });
    st.claim(a, f);
    r += 2;
  }
  return dates;
}

function wordEnd(s: string, a: number, n: number): number {
  let b = a;
  while (b < n && isAsciiLetter(codeAt(s, b))) b++;
  return b;
}

function skipSpaces(s: string, p: number, n: number, max: number): number {
  let q = p;
  while (q < n && q - p < max && (codeAt(s, q) === 32 || codeAt(s, q) === 9)) q++;
  return q;
}

/** Between the parts of a date in words: spaces, or one hyphen or slash ("14-Mar-1985"). */
function partSeparator(s: string, p: number, n: number): number {
  const c = codeAt(s, p);
  if (c === 45 || c === 47) return p + 1;
  return skipSpaces(s, p, n, 2);
}

function ordinalEnd(s: string, p: number, n: number): number {
  const w = s.slice(p, p + 2).toLowerCase();
  return w === 'st' || w === 'nd' || w === 'rd' || w === 'th' ? (p + 2 <= n ? p + 2 : p) : p;
}

/**
 * The year at `p`: four digits, or an apostrophe and two ("Feb 2 '88", read as
 * 19xx or 20xx, whichever is not in the future of a birth date). Returns the
 * end and the year, or -1.
 */
function yearAt(
  s: string,
  p: number,
  n: number,
  twoDigits = false,
): { end: number; year: number } | null {
  // "dob is jan 9 92": two digits read as 1930–1999, after a birth-date keyword only
  // ("birthday is dec 3, 22 people came" is no date).
  if (twoDigits && isAsciiDigit(codeAt(s, p))) {
    const ye = digitRunEnd(s, p, n);
    const c = codeAt(s, ye);
    if (ye - p === 2 && !isAsciiAlnum(c) && c !== 47 && c !== 58 && c !== 45 && c !== 46) {
      const yy = readInt(s, p, ye);
      if (yy >= 30) return { end: ye, year: 1900 + yy };
    }
  }
  if (codeAt(s, p) === 39 || codeAt(s, p) === 0x2019) {
    const ye = digitRunEnd(s, p + 1, n);
    if (ye - p - 1 !== 2 || isAsciiAlnum(codeAt(s, ye))) return null;
    const yy = readInt(s, p + 1, ye);
    return { end: ye, year: yy <= 25 ? 2000 + yy : 1900 + yy };
  }
  const ye = digitRunEnd(s, p, n);
  if (ye - p !== 4 || isAsciiAlnum(codeAt(s, ye))) return null;
  return { end: ye, year: readInt(s, p, ye) };
}

/**
 * "March 14, 1985", "Mar. 14 1985", "14 March 1985", "14th of March, 1985", "22 de agosto
 * de 1985"; after a birth-date keyword (`spoken`) also "jan 9 92" and "the twelfth of
 * June, 1949".
 */
export function parseTextualDate(s: string, p: number, n: number, spoken = false): number {
  const first = codeAt(s, p);
  if (isAsciiLetter(first)) {
    const we = wordEnd(s, p, n);
    const month = MONTHS.get(s.slice(p, we).toLowerCase());
    if (month === undefined) return spoken ? parseOrdinalDate(s, p, n) : -1;
    let q = we;
    if (codeAt(s, q) === 46) q++;
    const q1 = partSeparator(s, q, n);
    if (q1 === q) return -1;
    // "june fourth nineteen fifty eight": the day and the year said in words.
    if (spoken && isAsciiLetter(codeAt(s, q1))) return spokenMonthFirstEnd(s, q1, n, month);
    const de = digitRunEnd(s, q1, n);
    if (de - q1 < 1 || de - q1 > 2) return -1;
    const day = readInt(s, q1, de);
    q = ordinalEnd(s, de, n);
    if (isAsciiAlnum(codeAt(s, q))) return -1;
    if (codeAt(s, q) === 44) q++;
    const q2 = partSeparator(s, q, n);
    if (q2 === q) return -1;
    const y = yearAt(s, q2, n, spoken);
    if (y === null) return -1;
    return validDate(y.year, month, day, true) ? y.end : -1;
  }
  if (isAsciiDigit(first)) {
    const de = digitRunEnd(s, p, n);
    // "1992년 7월 14일": year, month and day marked in Korean.
    if (de - p === 4 && spoken) return koreanDateEnd(s, p, de, n);
    if (de - p < 1 || de - p > 2) return -1;
    const day = readInt(s, p, de);
    let q = ordinalEnd(s, de, n);
    let q1 = partSeparator(s, q, n);
    if (q1 === q) return -1;
    const joiner = s.slice(q1, q1 + 3).toLowerCase();
    if (joiner === 'of ' || joiner === 'de ') q1 = skipSpaces(s, q1 + 2, n, 2);
    const we = wordEnd(s, q1, n);
    const month = MONTHS.get(s.slice(q1, we).toLowerCase());
    if (month === undefined) return -1;
    q = we;
    if (codeAt(s, q) === 46) q++;
    if (codeAt(s, q) === 44) q++;
    let q2 = partSeparator(s, q, n);
    if (q2 === q) return -1;
    if (s.slice(q2, q2 + 3).toLowerCase() === 'de ') q2 = skipSpaces(s, q2 + 2, n, 2);
    const y = yearAt(s, q2, n);
    if (y === null) return -1;
    return validDate(y.year, month, day, true) ? y.end : -1;
  }
  return -1;
}

/** After a month said first: "fourth nineteen fifty eight", "fourth, 1958"; the date's end, or -1. */
function spokenMonthFirstEnd(s: string, p: number, n: number, month: number): number {
  const d = ordinalDayAt(s, p, n);
  if (d === null) return -1;
  let q = d.end;
  if (codeAt(s, q) === 44) q++;
  const q2 = partSeparator(s, q, n);
  if (q2 === q) return -1;
  const y = spokenYearAt(s, q2, n) ?? yearAt(s, q2, n);
  if (y === null) return -1;
  return validDate(y.year, month, d.day, true) ? y.end : -1;
}

const KOREAN_YEAR = '년'.normalize('NFD');
const KOREAN_MONTH = '월'.normalize('NFD');
const KOREAN_DAY = '일'.normalize('NFD');

/** After four digits [p, de): "년", a month, "월", a day, "일" (as composed or as the normaliser leaves them); the end, or -1. */
function koreanDateEnd(s: string, p: number, de: number, n: number): number {
  const marker = (q: number, m: string): number => {
    if (codeAt(s, q) === m.normalize('NFC').charCodeAt(0)) return q + 1;
    return s.startsWith(m, q) ? q + m.length : -1;
  };
  let q = marker(de, KOREAN_YEAR);
  if (q < 0) return -1;
  q = skipSpaces(s, q, n, 2);
  const me = digitRunEnd(s, q, n);
  if (me - q < 1 || me - q > 2) return -1;
  const month = readInt(s, q, me);
  q = marker(me, KOREAN_MONTH);
  if (q < 0) return -1;
  q = skipSpaces(s, q, n, 2);
  const dd = digitRunEnd(s, q, n);
  if (dd - q < 1 || dd - q > 2) return -1;
  const day = readInt(s, q, dd);
  const end = marker(dd, KOREAN_DAY);
  if (end < 0) return -1;
  return validDate(readInt(s, p, de), month, day, true) ? end : -1;
}

/** "the twelfth of June, 1949", "twenty-first of May 1960", "doce de enero de 1995": the end of the date, or -1. */
function parseOrdinalDate(s: string, p: number, n: number): number {
  let q = p;
  if (s.slice(q, q + 4).toLowerCase() === 'the ') q += 4;
  let d = ordinalDayAt(s, q, n);
  let joiner = 'of ';
  if (d === null) {
    const we = wordEnd(s, q, n);
    const day = SPANISH_DAYS.get(s.slice(q, we).toLowerCase());
    if (day === undefined) return -1;
    d = { end: we, day };
    joiner = 'de ';
  }
  q = skipSpaces(s, d.end, n, 2);
  if (s.slice(q, q + 3).toLowerCase() !== joiner) return -1;
  q = skipSpaces(s, q + 3, n, 2);
  const we = wordEnd(s, q, n);
  const month = MONTHS.get(s.slice(q, we).toLowerCase());
  if (month === undefined) return -1;
  q = we;
  if (codeAt(s, q) === 44) q++;
  let q2 = partSeparator(s, q, n);
  if (q2 === q) return -1;
  if (joiner === 'de ' && s.slice(q2, q2 + 3).toLowerCase() === 'de ')
    q2 = skipSpaces(s, q2 + 3, n, 2);
  const y = yearAt(s, q2, n);
  if (y === null) return -1;
  return validDate(y.year, month, d.day, true) ? y.end : -1;
}

/** Index of the first span starting at or after `pos`. */
function firstStartingFrom(spans: readonly DateSpan[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Reports the date nearest a birth-date keyword (DOB, born on, birthday, date of
 * birth) — after it, or just before it ("03/14/1985 is my DOB") — as DATE_OF_BIRTH.
 */
export function detectDatesOfBirth(st: DetectionState, numeric: readonly DateSpan[]): void {
  const { s, n } = st;
  // Starts of the dates reported here (the only birth dates so far), looked up in constant time.
  let reported: Set<number> | undefined;
  for (let k = 0; k < st.ctxCount; k++) {
    if (st.ctxCategory[k] !== 'dob') continue;
    const hs = st.ctxStart[k] ?? 0;
    const he = st.ctxEnd[k] ?? 0;
    let best: DateSpan | undefined;
    let fromNumeric = false;
    const next = numeric[firstStartingFrom(numeric, he)];
    if (next !== undefined && next.start - he <= AFTER_KEYWORD) {
      best = next;
      fromNumeric = true;
    }
    const limit = Math.min(n, he + AFTER_KEYWORD, best?.start ?? n);
    for (let p = he; p < limit; p++) {
      if (!isAsciiAlnum(codeAt(s, p)) || (p > 0 && isAsciiAlnum(codeAt(s, p - 1)))) continue;
      const end = parseTextualDate(s, p, n, true);
      if (end > 0) {
        best = { start: p, end };
        fromNumeric = false;
        break;
      }
    }
    if (best === undefined) {
      const prev = numeric[firstStartingFrom(numeric, hs) - 1];
      if (prev !== undefined && prev.end <= hs && hs - prev.end <= BEFORE_KEYWORD) {
        best = prev;
        fromNumeric = true;
      }
    }
    if (best === undefined) {
      for (let p = Math.max(0, hs - BEFORE_KEYWORD); p < hs; p++) {
        if (!isAsciiAlnum(codeAt(s, p)) || (p > 0 && isAsciiAlnum(codeAt(s, p - 1)))) continue;
        const end = parseTextualDate(s, p, n);
        if (end > 0 && end <= hs && hs - end <= 16 && !/\d/.test(s.slice(end, hs))) {
          best = { start: p, end };
        }
      }
    }
    if (best === undefined || (reported !== undefined && reported.has(best.start))) continue;
    if (!fromNumeric && st.isClaimed(best.start, best.end)) continue;
    reportBirthDate(st, best);
    (reported ??= new Set<number>()).add(best.start);
    // "dob is jan 9 92 … or 01/09/1992": the same date again in figures, after "or".
    if (
      !fromNumeric &&
      next !== undefined &&
      next.start > best.end &&
      next.start - he <= AFTER_KEYWORD &&
      OR_AGAIN.test(s.slice(best.end, next.start))
    ) {
      reportBirthDate(st, next);
      reported.add(next.start);
    }
  }
}

/** Between a birth date in words and the same in figures: "… if that helps. or …". */
const OR_AGAIN = /^[^\d]{0,24}\bor\b[^\d]{0,12}$/i;

function reportBirthDate(st: DetectionState, d: DateSpan): void {
  st.findings.push({
    type: DOB,
    start: d.start,
    end: d.end,
    detector: 'dob.context',
    confidence: 0.95,
  });
  st.claim(d.start, d.end);
}

const SSN_TYPE = ENTITY_INDEX.SSN;
const ADDRESS_TYPE = ENTITY_INDEX.ADDRESS;
/** How close an SSN or street address must be for a bare date to read as a birth date. */
const IDENTITY_REACH = 40;
/** Findings that make a post an identity dump: an identifier or a contact point of the customer's. */
const IDENTITY_TYPES =
  (1 << SSN_TYPE) |
  (1 << ADDRESS_TYPE) |
  (1 << ENTITY_INDEX.BANK_ACCOUNT) |
  (1 << ENTITY_INDEX.CARD_NUMBER) |
  (1 << ENTITY_INDEX.ROUTING_NUMBER) |
  (1 << ENTITY_INDEX.IBAN) |
  (1 << ENTITY_INDEX.PHONE) |
  (1 << ENTITY_INDEX.EMAIL);
/** Capitalised words that start sentences or name dates, not people. */
const NOT_NAMES = new Set(
  'On Since From Until Opened Closed Dated Date Posted Paid Due Sent Born Effective Starting As Of The My Since Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(
    ' ',
  ),
);

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Whether two capitalised words (a name: "Wei Walker 08-09-1956") stand right before `at`. */
function afterFullName(s: string, at: number): boolean {
  let p = at;
  let skipped = 0;
  while (p > 0 && skipped < 3 && (codeAt(s, p - 1) === 32 || codeAt(s, p - 1) === 44)) {
    p--;
    skipped++;
  }
  if (skipped === 0) return false;
  for (let w = 0; w < 2; w++) {
    const end = p;
    while (p > 0 && isLower(codeAt(s, p - 1))) p--;
    if (p === 0 || !isUpper(codeAt(s, p - 1)) || end - p < 1) return false;
    p--;
    if (NOT_NAMES.has(s.slice(p, end))) return false;
    if (w === 0) {
      if (p === 0 || codeAt(s, p - 1) !== 32) return false;
      p--;
    } else if (p > 0 && /[A-Za-z0-9]/.test(s.charAt(p - 1))) return false;
  }
  return true;
}

const MONTH_WORDS = new WordTable(MONTHS);

/**
 * Whether a textual date may start at `p`, cheaply: a month name, or a day of
 * one or two digits followed by a space or an ordinal ("14 Mar", "14th of").
 */
function mayStartTextualDate(s: string, p: number, n: number): boolean {
  const c = codeAt(s, p);
  if (p > 0 && isAsciiAlnum(codeAt(s, p - 1))) return false;
  if (isAsciiLetter(c)) return MONTH_WORDS.has(s, p, wordEnd(s, p, n));
  if (!isAsciiDigit(c)) return false;
  let q = p + 1;
  if (isAsciiDigit(codeAt(s, q))) q++;
  const after = codeAt(s, q);
  return (
    after === 32 ||
    isAsciiLetter(after) ||
    ((after === 45 || after === 47) && isAsciiLetter(codeAt(s, q + 1)))
  );
}

/** The year of a textual date ending at `end` ("September 14, 1979", "14 Mar '88"). */
function textualYear(s: string, end: number): number {
  if (codeAt(s, end - 3) === 39 || codeAt(s, end - 3) === 0x2019) {
    const yy = readInt(s, end - 2, end);
    return yy <= 25 ? 2000 + yy : 1900 + yy;
  }
  return readInt(s, end - 4, end);
}

/** How far before its year a textual date may start ("14th of September, 1979"). */
const TEXTUAL_DATE_SPAN = 22;

/**
 * "Name Tamika Brooks, September 14, 1979, 2208 Birchwood Ln, …": a date written
 * in words, within reach of an identifier or contact point of the customer's,
 * is a birth date too. Only unclaimed years of a living adult's birth (a
 * four-digit run 1900–2010, or "'88") are looked at, and the few characters
 * before each.
 */
function detectIdentityTextualDates(st: DetectionState, index: LazyIdentityIndex): void {
  const { s, n } = st;
  const findings = st.findings;
  const runs = st.scan.digitRuns;
  for (let r = 0; r < runs.count; r++) {
    const ya = runs.start[r] ?? 0;
    const yb = runs.end[r] ?? 0;
    const len = yb - ya;
    if (len !== 4 && len !== 2) continue;
    if (len === 2 && codeAt(s, ya - 1) !== 39 && codeAt(s, ya - 1) !== 0x2019) continue;
    const year = textualYear(s, yb);
    if (year < 1900 || year > 2010 || st.isClaimed(ya, yb)) continue;
    let start = -1;
    for (let p = Math.max(0, ya - TEXTUAL_DATE_SPAN); p < ya; p++) {
      if (mayStartTextualDate(s, p, n) && parseTextualDate(s, p, n) === yb) {
        start = p;
        break;
      }
    }
    if (start < 0 || st.isClaimed(start, yb)) continue;
    // "Wei Walker, March 3, 1961": right after a full name; or beside an identifier.
    if (!afterFullName(s, start) && !index.get(st).within(start, yb, IDENTITY_REACH)) continue;
    findings.push({ type: DOB, start, end: yb, detector: 'dob.identity', confidence: 0.8 });
    st.claim(start, yb);
  }
}

/**
 * The customer's identifiers and contact points found so far, sorted, so that
 * "is one within reach of this date?" is a binary search, not a pass over every
 * finding (a post of thousands of SSNs and dates stays linear). Findings do not
 * overlap: each detector claims its spans.
 */
class IdentityIndex {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Starts of the birth dates already reported (by a cue). */
  readonly dobStarts = new Set<number>();

  constructor(findings: readonly { type: number; start: number; end: number }[]) {
    const spans: [number, number][] = [];
    for (const f of findings) {
      if (f.type === DOB) this.dobStarts.add(f.start);
      if (((1 << f.type) & IDENTITY_TYPES) !== 0) spans.push([f.start, f.end]);
    }
    spans.sort((x, y) => x[0] - y[0]);
    for (const [a, b] of spans) {
      this.starts.push(a);
      this.ends.push(b);
    }
  }

  /** Whether a finding ends within `reach` before `start` or starts within `reach` after `end`. */
  within(start: number, end: number, reach: number): boolean {
    // The last finding starting before `start`, then the first starting at or after `end`.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] ?? 0) < start) lo = mid + 1;
      else hi = mid;
    }
    const before = lo - 1;
    if (before >= 0) {
      const gap = start - (this.ends[before] ?? 0);
      if (gap >= 0 && gap <= reach) return true;
    }
    for (let k = lo; k < this.starts.length; k++) {
      const a = this.starts[k] ?? 0;
      if (a < end) continue;
      return a - end <= reach;
    }
    return false;
  }
}

/** An IdentityIndex built on first use, over the findings as they stand then. */
class LazyIdentityIndex {
  private index: IdentityIndex | null = null;

  get(st: DetectionState): IdentityIndex {
    return (this.index ??= new IdentityIndex(st.findings));
  }
}

/** The year of a date ending in "/yy" or "-yy" with yy 30–99 ("7/22/79" → 1979), or -1. */
function twoDigitBirthYear(s: string, end: number): number {
  const sep = codeAt(s, end - 3);
  if ((sep !== 47 && sep !== 45) || isAsciiDigit(codeAt(s, end - 4)) === false) return -1;
  if (!isAsciiDigit(codeAt(s, end - 2)) || !isAsciiDigit(codeAt(s, end - 1))) return -1;
  const yy = readInt(s, end - 2, end);
  return yy >= 30 ? 1900 + yy : -1;
}

/**
 * Identity dumps ("Denise Okafor 11/23/1988 318-52-0941 72 Juniper Ct…"): a full
 * date with a four-digit year of a living adult's birth, next to one of the
 * customer's identifiers or contact points, or right after a full name, is a
 * birth date even with no "DOB". Runs after the other detectors, since it
 * reads their findings.
 */
export function detectIdentityDates(st: DetectionState, dates: readonly DateSpan[]): void {
  // Built only when a date could be a birth date: most posts have none.
  const index = new LazyIdentityIndex();
  detectIdentityTextualDates(st, index);
  if (dates.length === 0) return;
  const { s } = st;
  const findings = st.findings;
  for (const date of dates) {
    if (date.end - date.start < 6) continue;
    // The year comes last ("11/23/1988") or first ("1988-11-23"); or it is two
    // digits after the day ("7/22/79"), read as 1930–1999 only: "3/14/24" is a
    // recent date, not an adult's birth.
    let year = twoDigitBirthYear(s, date.end);
    if (year < 0) {
      if (date.end - date.start < 8) continue;
      let yearFirst = true;
      for (let i = date.start; i < date.start + 4; i++)
        if (!isAsciiDigit(codeAt(s, i))) yearFirst = false;
      const yearAt = yearFirst ? date.start : date.end - 4;
      if (!isAsciiDigit(codeAt(s, yearAt)) || !isAsciiDigit(codeAt(s, yearAt + 3))) continue;
      year = readInt(s, yearAt, yearAt + 4);
    }
    if (year < 1900 || year > 2010) continue;
    const near = index.get(st);
    if (near.dobStarts.has(date.start)) continue;
    if (!near.within(date.start, date.end, IDENTITY_REACH) && !afterFullName(s, date.start))
      continue;
    findings.push({
      type: DOB,
      start: date.start,
      end: date.end,
      detector: 'dob.identity',
      confidence: 0.8,
    });
  }
}
