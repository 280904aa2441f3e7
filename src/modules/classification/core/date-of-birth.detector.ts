import { ENTITY_INDEX } from './compiled-policy';
import { WordTable } from './word-table';
import {
  codeAt,
  isAsciiAlnum,
  isAsciiDigit,
  isAsciiLetter,
  type DetectionState,
} from './detection-state';
import { isHangul, isThai } from './lexicon-trie';
import { normalizeText } from './text-normalizer';

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
  // round 23: Spanish abbreviations where they differ from the English ("15-ago-1980",
  // "3 ene 1972", "9 dic 1961"); a month word is only read inside a date.
  ['ene', 1],
  ['abr', 4],
  ['ago', 8],
  ['dic', 12],
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
  // Portuguese ("5 de maio de 1970", "março" folded), Italian ("3 maggio 1960"), German
  // ("14. März 1985"), where they differ from the above.
  ['janeiro', 1],
  ['fevereiro', 2],
  ['marco', 3],
  ['maio', 5],
  ['junho', 6],
  ['julho', 7],
  ['setembro', 9],
  ['outubro', 10],
  ['novembro', 11],
  ['dezembro', 12],
  ['gennaio', 1],
  ['febbraio', 2],
  ['aprile', 4],
  ['maggio', 5],
  ['giugno', 6],
  ['luglio', 7],
  ['settembre', 9],
  ['ottobre', 10],
  ['dicembre', 12],
  ['januar', 1],
  ['februar', 2],
  ['marz', 3],
  ['juni', 6],
  ['juli', 7],
  ['oktober', 10],
  ['dezember', 12],
  // Polish, in the genitive a date takes ("14 marca 1985").
  ['stycznia', 1],
  ['lutego', 2],
  ['marca', 3],
  ['kwietnia', 4],
  ['maja', 5],
  ['czerwca', 6],
  ['lipca', 7],
  ['sierpnia', 8],
  ['wrzesnia', 9],
  ['pazdziernika', 10],
  ['listopada', 11],
  ['grudnia', 12],
  // Czech, in the genitive a date takes ("3. července 1984"), accents folded.
  ['ledna', 1],
  ['unora', 2],
  ['brezna', 3],
  ['dubna', 4],
  ['kvetna', 5],
  ['cervna', 6],
  ['cervence', 7],
  ['srpna', 8],
  ['zari', 9],
  ['rijna', 10],
  ['listopadu', 11],
  ['prosince', 12],
  // Romanian ("14 mai 1990", "3 iulie 1984"), where it differs from the above.
  ['ianuarie', 1],
  ['februarie', 2],
  ['martie', 3],
  ['aprilie', 4],
  ['iunie', 6],
  ['iulie', 7],
  ['septembrie', 9],
  ['octombrie', 10],
  ['noiembrie', 11],
  ['decembrie', 12],
  // Indonesian and Malay ("17 Agustus 1991"), Swahili ("4 Machi 1988").
  ['januari', 1],
  ['februari', 2],
  ['maret', 3],
  ['mei', 5],
  ['agustus', 8],
  ['desember', 12],
  ['machi', 3],
  ['aprili', 4],
  ['julai', 7],
  ['agosti', 8],
  ['septemba', 9],
  ['novemba', 11],
  ['desemba', 12],
  ['oktoba', 10],
  // Swedish, Danish and Norwegian ("12 juni 1985", "3 maj 1990"), Dutch ("21 augustus
  // 1975"), Hungarian ("1988. szeptember 14.", accents folded), where they differ from the above.
  ['maj', 5],
  ['augusti', 8],
  ['marts', 3],
  // round 19: Estonian ("12. märts 1985" is folded to "marts" above; "4. aprill 1979").
  ['jaanuar', 1],
  ['veebruar', 2],
  ['aprill', 4],
  ['juuni', 6],
  ['juuli', 7],
  ['oktoober', 10],
  ['detsember', 12],
  ['maart', 3],
  ['augustus', 8],
  // Round 15b. Turkish, Azerbaijani, Uzbek and Turkmen in Latin letters (accents and
  // "ğ" folded; "ı" spellings typed as "i"), Kurdish Kurmanji, bare and with the "-ê"
  // a date puts on it ("12ê Adarê 1997", folded "12e Adare"), Malay, Igbo, Hausa, Zulu
  // and Kinyarwanda, where they differ from the above.
  ['ocak', 1],
  ['subat', 2],
  ['mart', 3],
  ['nisan', 4],
  ['mayis', 5],
  ['haziran', 6],
  ['temmuz', 7],
  ['agustos', 8],
  ['eylul', 9],
  ['ekim', 10],
  ['kasim', 11],
  ['aralik', 12],
  ['yanvar', 1],
  ['fevral', 2],
  ['aprel', 4],
  ['iyun', 6],
  ['iyul', 7],
  ['avqust', 8],
  ['avgust', 8],
  ['sentyabr', 9],
  ['sentabr', 9],
  ['oktyabr', 10],
  ['oktabr', 10],
  ['noyabr', 11],
  ['dekabr', 12],
  ['yanwar', 1],
  ['fewral', 2],
  ['awgust', 8],
  ['rebendan', 1],
  ['sibat', 2],
  ['sibate', 2],
  ['resemi', 2],
  ['adar', 3],
  ['adare', 3],
  ['nisane', 4],
  ['gulan', 5],
  ['gulane', 5],
  ['heziran', 6],
  ['hezirane', 6],
  ['tirmeh', 7],
  ['tirmehe', 7],
  ['tebax', 8],
  ['tebaxe', 8],
  ['ilon', 9],
  ['ilone', 9],
  ['cotmeh', 10],
  ['cotmehe', 10],
  ['mijdar', 11],
  ['mijdare', 11],
  ['berfanbar', 12],
  ['berfanbare', 12],
  ['mac', 3],
  ['ogos', 8],
  ['disember', 12],
  ['jenuwari', 1],
  ['febuwari', 2],
  ['maachi', 3],
  ['epreel', 4],
  ['mee', 5],
  ['julai', 7],
  ['ogost', 8],
  ['disemba', 12],
  ['janairu', 1],
  ['faburairu', 2],
  ['maris', 3],
  ['afrilu', 4],
  ['mayu', 5],
  ['yuni', 6],
  ['yuli', 7],
  ['agusta', 8],
  ['satumba', 9],
  ['nuwamba', 11],
  ['disamba', 12],
  ['januwari', 1],
  ['februwari', 2],
  ['mashi', 3],
  ['ephreli', 4],
  ['meyi', 5],
  ['julayi', 7],
  ['agasti', 8],
  ['septhemba', 9],
  ['okthoba', 10],
  ['mutarama', 1],
  ['gashyantare', 2],
  ['werurwe', 3],
  ['mata', 4],
  ['gicurasi', 5],
  ['kamena', 6],
  ['nyakanga', 7],
  ['kanama', 8],
  ['nzeri', 9],
  ['ukwakira', 10],
  ['ugushyingo', 11],
  ['ukuboza', 12],
  ['marcius', 3],
  ['aprilis', 4],
  ['majus', 5],
  ['junius', 6],
  ['julius', 7],
  ['augusztus', 8],
  ['szeptember', 9],
  // Somali ("15-ka Juun 1993").
  ['jannaayo', 1],
  ['janaayo', 1],
  ['febraayo', 2],
  ['feberwari', 2],
  ['maarso', 3],
  ['abriil', 4],
  ['maajo', 5],
  ['maayo', 5],
  ['juun', 6],
  ['luulyo', 7],
  ['agoosto', 8],
  ['ogosto', 8],
  ['sebtembar', 9],
  ['sebteembar', 9],
  ['oktoobar', 10],
  ['nofembar', 11],
  ['noofembar', 11],
  ['desembar', 12],
  ['diseembar', 12],
  // Welsh ("12 Mawrth 1976"; "Mai" is read above).
  ['ionawr', 1],
  ['chwefror', 2],
  ['mawrth', 3],
  ['ebrill', 4],
  ['mehefin', 6],
  ['gorffennaf', 7],
  ['awst', 8],
  ['medi', 9],
  ['hydref', 10],
  ['tachwedd', 11],
  ['rhagfyr', 12],
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

/**
 * French days said as words, right before the month: "le quinze avril 1957", "le
 * vingt-deux mars 1948" ("vingt et un" is read from "vingt", see parseOrdinalDate).
 */
const FRENCH_DAYS: ReadonlyMap<string, number> = new Map(
  [
    'premier',
    'deux',
    'trois',
    'quatre',
    'cinq',
    'six',
    'sept',
    'huit',
    'neuf',
    'dix',
    'onze',
    'douze',
    'treize',
    'quatorze',
    'quinze',
    'seize',
    'dix-sept',
    'dix-huit',
    'dix-neuf',
    'vingt',
    'vingt-et-un',
    'vingt-deux',
    'vingt-trois',
    'vingt-quatre',
    'vingt-cinq',
    'vingt-six',
    'vingt-sept',
    'vingt-huit',
    'vingt-neuf',
    'trente',
    'trente-et-un',
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

/**
 * A Solar Hijri (Persian calendar) date, year first ("1381/06/12", 1302 to 1499 of that
 * era, 1923 to 2120): its first six months have 31 days, the next five 30, the last 30.
 */
function validSolarHijriDate(year: number, month: number, day: number): boolean {
  if (year < 1302 || year > 1499 || month < 1 || month > 12 || day < 1) return false;
  return day <= (month <= 6 ? 31 : 30);
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

/** The smallest two-digit year read in a date spaced around its slashes ("1 / 4 / 90"). */
const MIN_SPACED_SHORT_YEAR = 30;

/**
 * Numeric dates (03/14/1985, 14.03.1985, 3. 7. 1984, 1985-03-14, 3-14-85). Every valid date
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
    // "dob 1 / 30 / 1988": slashes with a blank on both sides, as dictation writes them.
    const spaced = codeAt(s, b) === 32 && codeAt(s, b + 1) === 47 && codeAt(s, b + 2) === 32;
    const sep = spaced ? 47 : codeAt(s, b);
    if (sep !== 47 && sep !== 45 && sep !== 46) continue;
    // Czech, Slovak and German write a space after each dot ("3. 7. 1984"): day first,
    // then a four-digit year, one space exactly, or it is no date.
    // round 18: Korean writes a blank after each dot too, the year first ("1948. 4. 17.").
    const gap = sep === 46 && codeAt(s, b + 1) === 32 ? 1 : 0;
    const lead = spaced ? 1 : 0;
    if (runs.start[r + 1] !== b + 1 + gap + 2 * lead) continue;
    const c = b + 1 + gap + 2 * lead;
    const d = runs.end[r + 1] ?? 0;
    const len2 = d - c;
    if (len2 < 1 || len2 > 2 || codeAt(s, d + lead) !== sep) continue;
    if (spaced && (codeAt(s, d) !== 32 || codeAt(s, d + 2) !== 32)) continue;
    if ((gap === 1 && codeAt(s, d + 1) !== 32) || runs.start[r + 2] !== d + 1 + gap + 2 * lead)
      continue;
    const e = d + 1 + gap + 2 * lead;
    const f = runs.end[r + 2] ?? 0;
    const len3 = f - e;
    // round 17: "dob 1 / 4 / 90": a two-digit year too, the day and month still checked.
    // A year said as two numbers ("nineteen eighty two" read as "19 82") is no short year,
    // nor one of this century ("ratio 3 / 4 / 12"): spaced, only an adult's 19xx year.
    if (
      spaced &&
      len3 !== 4 &&
      (len3 !== 2 || isAsciiDigit(codeAt(s, f + 1)) || readInt(s, e, f) < MIN_SPACED_SHORT_YEAR)
    )
      continue;
    const after = f < n ? codeAt(s, f) : 32;
    if (isAsciiAlnum(after)) continue;
    if (
      (after === 47 || after === 45 || after === 46) &&
      f + 1 < n &&
      isAsciiDigit(codeAt(s, f + 1))
    )
      continue;
    // "Account 09-01-28 70334518": a UK sort code before its account's eight digits.
    if (sep === 45 && len1 === 2 && len2 === 2 && len3 === 2 && sortCodeAccountAfter(s, f))
      continue;
    // round 26: "sort code 20-03-95 account 56718204": named a sort code, no date.
    if (
      sep === 45 &&
      len1 === 2 &&
      len2 === 2 &&
      len3 === 2 &&
      SORT_CODE_BEFORE.test(s.slice(Math.max(0, a - 16), a))
    )
      continue;
    const x = readInt(s, a, b);
    const y = readInt(s, c, d);
    const z = readInt(s, e, f);
    let ok = false;
    if (gap === 1 && len1 === 4) ok = len3 <= 2 && validDate(x, y, z, true);
    else if (gap === 1) ok = len3 === 4 && validDate(z, y, x, true);
    else if (len1 === 4) {
      ok =
        (len3 === 1 || len3 === 2) &&
        (validDate(x, y, z, true) || (sep !== 46 && validSolarHijriDate(x, y, z)));
    } else if (len3 === 2 || len3 === 4) {
      ok = validDate(z, x, y, len3 === 4) || validDate(z, y, x, len3 === 4);
    }
    if (!ok || st.isClaimed(a, f)) continue;
    dates.push({ start: a, end: f });
    st.claim(a, f);
    r += 2;
  }
  return dates;
}

const SORT_CODE_BEFORE = /\bsort ?code:? ?(?:is )?$/i;

/** Whether eight digits follow `f` after a blank or " / ", and no more digits after them: a sort code's account. */
function sortCodeAccountAfter(s: string, f: number): boolean {
  let p = f;
  if (codeAt(s, p) !== 32) return false;
  p++;
  if (codeAt(s, p) === 47 && codeAt(s, p + 1) === 32) p += 2;
  for (let k = 0; k < 8; k++) if (!isAsciiDigit(codeAt(s, p + k))) return false;
  return !isAsciiDigit(codeAt(s, p + 8));
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
    // A full stop ends the sentence ("del 72. Y el teléfono"), unless a digit follows it.
    if (
      ye - p === 2 &&
      !isAsciiAlnum(c) &&
      c !== 47 &&
      c !== 58 &&
      c !== 45 &&
      (c !== 46 || isAsciiDigit(codeAt(s, ye + 1)) === false)
    ) {
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
    if (month === undefined) {
      if (!spoken) return -1;
      const ordinal = parseOrdinalDate(s, p, n);
      return ordinal > 0 ? ordinal : spokenYearFirstEnd(s, p, n);
    }
    let q = we;
    if (codeAt(s, q) === 46) q++;
    let q1 = partSeparator(s, q, n);
    if (q1 === q) return -1;
    // "July the 4th 1949": the day said as it is read out, after a birth-date keyword.
    if (spoken && s.slice(q1, q1 + 4).toLowerCase() === 'the ' && isAsciiDigit(codeAt(s, q1 + 4)))
      q1 += 4;
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
    // "1992년 7월 14일", "1985年3月4日": year, month and day marked in Korean or CJK.
    if (de - p === 4) {
      const marked = markedDateEnd(s, readInt(s, p, de), de, n);
      return marked < 0 && spoken ? yearFirstEnd(s, p, de, n) : marked;
    }
    if (de - p < 1 || de - p > 2) return -1;
    // "85년 3월 9일": a two-digit year, marked, after a birth-date keyword.
    if (spoken && de - p === 2 && !isIdeograph(codeAt(s, skipBack(s, p)))) {
      const marked = markedDateEnd(s, shortYear(readInt(s, p, de)), de, n);
      if (marked > 0) return marked;
    }
    const day = readInt(s, p, de);
    // "๑๔ มีนาคม ๒๕๔๕" (digits already folded): a Thai month name, often a Buddhist-era year.
    const thai = thaiDateEnd(s, de, n, day);
    if (thai !== 0) return thai;
    // "۱۴ اگست ۱۹۸۵", "2 березня 2010": a month in another script.
    if (isScriptLetter(codeAt(s, skipSpaces(s, de, n, 2)))) {
      return scriptDayFirstEnd(s, de, n, day);
    }
    // "14. März 1985": German and Polish write the day as an ordinal with a dot; Somali
    // joins an article to it ("15-ka Juun 1993").
    // "2 tháng 9 năm 1942" (folded "2 thang 9 nam 1942"): Vietnamese, month in figures.
    if (spoken) {
      const viet = vietnameseDateEnd(s, de, n, day);
      if (viet !== 0) return viet;
    }
    let q = codeAt(s, de) === 46 && codeAt(s, de + 1) === 32 ? de + 1 : ordinalEnd(s, de, n);
    // Kurdish joins "-ê" to the day ("12ê Adarê 1997", folded "12e Adare").
    if (q === de && (codeAt(s, de) | 32) === 101 && codeAt(s, de + 1) === 32) q = de + 1;
    if (
      codeAt(s, de) === 45 &&
      (codeAt(s, de + 2) | 32) === 97 &&
      !isAsciiLetter(codeAt(s, de + 3))
    ) {
      const k = codeAt(s, de + 1) | 32;
      if (k === 107 || k === 100) q = de + 3;
    }
    let q1 = partSeparator(s, q, n);
    if (q1 === q) return -1;
    const joiner = s.slice(q1, q1 + 3).toLowerCase();
    if (joiner === 'of ' || joiner === 'de ') q1 = skipSpaces(s, q1 + 2, n, 2);
    const we = wordEnd(s, q1, n);
    const word = s.slice(q1, we).toLowerCase();
    const month = MONTHS.get(word) ?? (spoken ? LATIN_SOLAR_MONTHS.get(word) : undefined);
    if (month === undefined) return -1;
    q = we;
    if (codeAt(s, q) === 46) q++;
    if (codeAt(s, q) === 44) q++;
    let q2 = partSeparator(s, q, n);
    if (q2 === q) return -1;
    q2 = afterSpanishYearJoiner(s, q2, n);
    // After a birth-date keyword a two-digit year is read too: "el 3 de octubre del 79".
    const y = yearAt(s, q2, n, spoken);
    if (y === null) return -1;
    return validCalendarDate(y.year, month, day) ? y.end : -1;
  }
  return -1;
}

/** The position of the last character before `p` that is not a space, or -1. */
function skipBack(s: string, p: number): number {
  let q = p - 1;
  while (q >= 0 && p - q <= 2 && codeAt(s, q) === 32) q--;
  return q;
}

/** A two-digit year of a birth date: 00–25 as 2000–2025, else 1926–1999. */
function shortYear(yy: number): number {
  return yy <= 25 ? 2000 + yy : 1900 + yy;
}

/** Whether `word` (lower case, ASCII) stands at `p`, with no letter after it. */
function wordAt(s: string, p: number, word: string): boolean {
  if (s.slice(p, p + word.length).toLowerCase() !== word) return false;
  const c = codeAt(s, p + word.length);
  return !isAsciiLetter(c) && !isScriptLetter(c);
}

/**
 * After a day ending at `de`: Vietnamese "tháng" (month) and its figure, then "năm"
 * (year) and the year, as the scanner sees them ("2 thang 9 nam 1942", "2 tháng 9, năm
 * 1942"). The end of the date; -1 for no valid date; 0 when no "tháng" follows.
 */
function vietnameseDateEnd(s: string, de: number, n: number, day: number): number {
  const p = skipSpaces(s, de, n, 2);
  if (p === de || !wordAt(s, p, 'thang')) return 0;
  const q = skipSpaces(s, p + 5, n, 2);
  const me = digitRunEnd(s, q, n);
  if (q === p + 5 || me - q < 1 || me - q > 2) return -1;
  let r = me;
  if (codeAt(s, r) === 44) r++;
  const q2 = skipSpaces(s, r, n, 2);
  if (q2 === r || !wordAt(s, q2, 'nam')) return -1;
  const q3 = skipSpaces(s, q2 + 3, n, 2);
  if (q3 === q2 + 3) return -1;
  const y = yearAt(s, q3, n);
  return y !== null && validDate(y.year, readInt(s, q, me), day, true) ? y.end : -1;
}

/** Vietnamese "ngày" (day), folded, written before the day: the date's label starts there. */
function vietnameseDayWordStart(s: string, d: DateSpan): number {
  const a = d.start - 5;
  if (a < 0 || s.slice(a, d.start).toLowerCase() !== 'ngay ') return d.start;
  if (a > 0 && (isAsciiLetter(codeAt(s, a - 1)) || isScriptLetter(codeAt(s, a - 1))))
    return d.start;
  return vietnameseDateEnd(s, digitRunEnd(s, d.start, d.end), d.end, 1) > 0 ? a : d.start;
}

/** Past "de " or "del " ("de el", before a year said short: "del 79") at `p`, if there. */
function afterSpanishYearJoiner(s: string, p: number, n: number): number {
  const w = s.slice(p, p + 4).toLowerCase();
  if (w.startsWith('de ')) return skipSpaces(s, p + 2, n, 2);
  if (w === 'del ') return skipSpaces(s, p + 3, n, 2);
  return p;
}

/** Calendars of the month names below: Gregorian, Ethiopian, Bikram Sambat (Nepal). */
const GREGORIAN = 0;
const ETHIOPIAN = 1;
const BIKRAM_SAMBAT = 2;
const SOLAR_HIJRI = 3;

/**
 * Month names in scripts other than the Latin, as the scanner sees them (combining
 * vowel signs dropped, lower case), with their month and calendar: Russian and
 * Ukrainian in the genitive a date takes ("2 березня 2010"), Greek likewise, Urdu,
 * Arabic, Hindi, Marathi, Nepali, Bengali, Tamil, Burmese, and the Ethiopian and
 * Bikram Sambat months ("መስከረም 12 ቀን 1982 ዓ.ም", "२०४८ साउन १५").
 */
const SCRIPT_MONTH_NAMES: readonly (readonly [number, readonly string[]])[] = [
  [
    GREGORIAN,
    [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ],
  ],
  [
    GREGORIAN,
    [
      'січня',
      'лютого',
      'березня',
      'квітня',
      'травня',
      'червня',
      'липня',
      'серпня',
      'вересня',
      'жовтня',
      'листопада',
      'грудня',
    ],
  ],
  [
    GREGORIAN,
    [
      'ιανουαρίου',
      'φεβρουαρίου',
      'μαρτίου',
      'απριλίου',
      'μαΐου',
      'ιουνίου',
      'ιουλίου',
      'αυγούστου',
      'σεπτεμβρίου',
      'οκτωβρίου',
      'νοεμβρίου',
      'δεκεμβρίου',
    ],
  ],
  [
    GREGORIAN,
    [
      'جنوری',
      'فروری',
      'مارچ',
      'اپریل',
      'مئی',
      'جون',
      'جولائی',
      'اگست',
      'ستمبر',
      'اکتوبر',
      'نومبر',
      'دسمبر',
    ],
  ],
  [
    GREGORIAN,
    [
      'يناير',
      'فبراير',
      'مارس',
      'أبريل',
      'مايو',
      'يونيو',
      'يوليو',
      'أغسطس',
      'سبتمبر',
      'أكتوبر',
      'نوفمبر',
      'ديسمبر',
    ],
  ],
  [GREGORIAN, ['', '', '', 'ابريل', '', 'يونيه', 'يوليه', 'اغسطس', '', 'اكتوبر', '', '']],
  [GREGORIAN, ['جنوري', 'فروري', '', 'اپريل', 'مئي', '', 'جولائي', '', '', '', '', '']],
  [
    GREGORIAN,
    [
      'जनवरी',
      'फरवरी',
      'मार्च',
      'अप्रैल',
      'मई',
      'जून',
      'जुलाई',
      'अगस्त',
      'सितंबर',
      'अक्टूबर',
      'नवंबर',
      'दिसंबर',
    ],
  ],
  [GREGORIAN, ['', 'फ़रवरी', '', '', '', '', '', '', 'सितम्बर', 'अक्तूबर', 'नवम्बर', 'दिसम्बर']],
  [
    GREGORIAN,
    [
      'जानेवारी',
      'फेब्रुवारी',
      '',
      'एप्रिल',
      'मे',
      '',
      'जुलै',
      'ऑगस्ट',
      'सप्टेंबर',
      'ऑक्टोबर',
      'नोव्हेंबर',
      'डिसेंबर',
    ],
  ],
  [
    GREGORIAN,
    ['', 'फेब्रुअरी', '', 'अप्रिल', '', '', '', 'अगस्ट', 'सेप्टेम्बर', 'अक्टोबर', 'नोभेम्बर', 'डिसेम्बर'],
  ],
  [
    GREGORIAN,
    [
      'জানুয়ারি',
      'ফেব্রুয়ারি',
      'মার্চ',
      'এপ্রিল',
      'মে',
      'জুন',
      'জুলাই',
      'আগস্ট',
      'সেপ্টেম্বর',
      'অক্টোবর',
      'নভেম্বর',
      'ডিসেম্বর',
    ],
  ],
  [GREGORIAN, ['জানুয়ারী', 'ফেব্রুয়ারী', '', '', '', '', '', 'আগষ্ট', '', '', '', '']],
  [
    GREGORIAN,
    [
      'ஜனவரி',
      'பிப்ரவரி',
      'மார்ச்',
      'ஏப்ரல்',
      'மே',
      'ஜூன்',
      'ஜூலை',
      'ஆகஸ்ட்',
      'செப்டம்பர்',
      'அக்டோபர்',
      'நவம்பர்',
      'டிசம்பர்',
    ],
  ],
  [
    GREGORIAN,
    [
      'ဇန်နဝါရီ',
      'ဖေဖော်ဝါရီ',
      'မတ်',
      'ဧပြီ',
      'မေ',
      'ဇွန်',
      'ဇူလိုင်',
      'ဩဂုတ်',
      'စက်တင်ဘာ',
      'အောက်တိုဘာ',
      'နိုဝင်ဘာ',
      'ဒီဇင်ဘာ',
    ],
  ],
  [GREGORIAN, ['', '', '', '', '', '', '', 'သြဂုတ်', '', '', '', '']],
  [
    ETHIOPIAN,
    [
      'መስከረም',
      'ጥቅምት',
      'ኅዳር',
      'ታኅሣሥ',
      'ጥር',
      'የካቲት',
      'መጋቢት',
      'ሚያዝያ',
      'ግንቦት',
      'ሰኔ',
      'ሐምሌ',
      'ነሐሴ',
      'ጳጉሜ',
    ],
  ],
  [ETHIOPIAN, ['', '', 'ህዳር', 'ታህሳስ', '', '', '', '', '', '', 'ሃምሌ', 'ነሃሴ', 'ጳጉሜን']],
  // Round 15b. Georgian, as named (nominative) and as a date puts it ("4 აპრილს");
  // Kazakh; Kyrgyz and Russian as named; Uzbek and Tajik in Cyrillic; Armenian in the
  // genitive a date takes ("1990 թ. մարտի 12"); Tigrinya, on the Ethiopian calendar.
  [
    GREGORIAN,
    [
      'იანვარი',
      'თებერვალი',
      'მარტი',
      'აპრილი',
      'მაისი',
      'ივნისი',
      'ივლისი',
      'აგვისტო',
      'სექტემბერი',
      'ოქტომბერი',
      'ნოემბერი',
      'დეკემბერი',
    ],
  ],
  [
    GREGORIAN,
    [
      'იანვარს',
      'თებერვალს',
      'მარტს',
      'აპრილს',
      'მაისს',
      'ივნისს',
      'ივლისს',
      'აგვისტოს',
      'სექტემბერს',
      'ოქტომბერს',
      'ნოემბერს',
      'დეკემბერს',
    ],
  ],
  [
    GREGORIAN,
    [
      'қаңтар',
      'ақпан',
      'наурыз',
      'сәуір',
      'мамыр',
      'маусым',
      'шілде',
      'тамыз',
      'қыркүйек',
      'қазан',
      'қараша',
      'желтоқсан',
    ],
  ],
  [
    GREGORIAN,
    [
      'январь',
      'февраль',
      'март',
      'апрель',
      'май',
      'июнь',
      'июль',
      'август',
      'сентябрь',
      'октябрь',
      'ноябрь',
      'декабрь',
    ],
  ],
  [
    GREGORIAN,
    ['январ', 'феврал', '', 'апрел', '', 'июн', 'июл', '', 'сентябр', 'октябр', 'ноябр', 'декабр'],
  ],
  [
    GREGORIAN,
    [
      'հունվարի',
      'փետրվարի',
      'մարտի',
      'ապրիլի',
      'մայիսի',
      'հունիսի',
      'հուլիսի',
      'օգոստոսի',
      'սեպտեմբերի',
      'հոկտեմբերի',
      'նոյեմբերի',
      'դեկտեմբերի',
    ],
  ],
  [ETHIOPIAN, ['', 'ጥቅምቲ', 'ሕዳር', 'ታሕሳስ', 'ጥሪ', 'ለካቲት', '', '', '', 'ሰነ', 'ሓምለ', 'ነሓሰ', '']],
  // The Solar Hijri months of Iran (Persian) and of Afghanistan (Dari, after the zodiac;
  // Pashto names).
  [
    SOLAR_HIJRI,
    [
      'فروردین',
      'اردیبهشت',
      'خرداد',
      'تیر',
      'مرداد',
      'شهریور',
      'مهر',
      'آبان',
      'آذر',
      'دی',
      'بهمن',
      'اسفند',
    ],
  ],
  [
    SOLAR_HIJRI,
    ['حمل', 'ثور', 'جوزا', 'سرطان', 'اسد', 'سنبله', 'میزان', 'عقرب', 'قوس', 'جدی', 'دلو', 'حوت'],
  ],
  [
    SOLAR_HIJRI,
    [
      'وری',
      'غویی',
      'غبرگولی',
      'چنګاښ',
      'زمری',
      'وږی',
      'تله',
      'لړم',
      'لیندۍ',
      'مرغومی',
      'سلواغه',
      'کب',
    ],
  ],
  // Malayalam, Gujarati and Sinhala ("ജനനത്തീയതി 14 ഓഗസ്റ്റ് 1966").
  [
    GREGORIAN,
    [
      'ജനുവരി',
      'ഫെബ്രുവരി',
      'മാർച്ച്',
      'ഏപ്രിൽ',
      'മേയ്',
      'ജൂൺ',
      'ജൂലൈ',
      'ഓഗസ്റ്റ്',
      'സെപ്റ്റംബർ',
      'ഒക്ടോബർ',
      'നവംബർ',
      'ഡിസംബർ',
    ],
  ],
  [GREGORIAN, ['', '', '', '', 'മെയ്', '', '', 'ആഗസ്റ്റ്', '', '', '', '']],
  [
    GREGORIAN,
    [
      'જાન્યુઆરી',
      'ફેબ્રુઆરી',
      'માર્ચ',
      'એપ્રિલ',
      'મે',
      'જૂન',
      'જુલાઈ',
      'ઑગસ્ટ',
      'સપ્ટેમ્બર',
      'ઑક્ટોબર',
      'નવેમ્બર',
      'ડિસેમ્બર',
    ],
  ],
  [
    GREGORIAN,
    [
      'ජනවාරි',
      'පෙබරවාරි',
      'මාර්තු',
      'අප්‍රේල්',
      'මැයි',
      'ජූනි',
      'ජූලි',
      'අගෝස්තු',
      'සැප්තැම්බර්',
      'ඔක්තෝබර්',
      'නොවැම්බර්',
      'දෙසැම්බර්',
    ],
  ],
  [
    BIKRAM_SAMBAT,
    ['बैशाख', 'जेठ', 'असार', 'साउन', 'भदौ', 'असोज', 'कात्तिक', 'मंसिर', 'पुस', 'माघ', 'फागुन', 'चैत'],
  ],
  [
    BIKRAM_SAMBAT,
    ['वैशाख', 'जेष्ठ', 'आषाढ', 'श्रावण', 'भाद्र', 'आश्विन', 'कार्तिक', 'मङ्सिर', 'पौष', '', 'फाल्गुन', 'चैत्र'],
  ],
];

const SCRIPT_MONTHS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const [calendar, names] of SCRIPT_MONTH_NAMES) {
    names.forEach((name, i) => {
      if (name !== '') m.set(normalizeText(name).text.toLowerCase(), calendar * 16 + i + 1);
    });
  }
  return m;
})();

/**
 * Solar Hijri months in Latin letters, read only after a birth-date keyword: Afghan
 * (Dari) names after the zodiac, "Tawalud-e u 12 Hamal 1315", and the Iranian names as
 * Finglish writes them; calendar * 16 + month.
 */
const LATIN_SOLAR_MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['hamal', 1],
      ['sawr', 2],
      ['saur', 2],
      ['sor', 2],
      ['jawza', 3],
      ['jauza', 3],
      ['saratan', 4],
      ['asad', 5],
      ['sonbola', 6],
      ['sunbula', 6],
      ['sumbula', 6],
      ['mizan', 7],
      ['aqrab', 8],
      ['qaws', 9],
      ['qaus', 9],
      ['jadi', 10],
      ['jaddi', 10],
      ['dalw', 11],
      ['dalv', 11],
      ['hut', 12],
      ['hoot', 12],
      ['farvardin', 1],
      ['ordibehesht', 2],
      ['khordad', 3],
      ['tir', 4],
      ['mordad', 5],
      ['amordad', 5],
      ['shahrivar', 6],
      ['mehr', 7],
      ['aban', 8],
      ['azar', 9],
      ['dey', 10],
      ['bahman', 11],
      ['esfand', 12],
    ] as const
  ).map(([name, m]) => [name, SOLAR_HIJRI * 16 + m]),
);

const LETTER = /^[\p{L}\p{M}]$/u;

/** Whether `c` is a letter outside ASCII (a month name of SCRIPT_MONTHS may start there). */
function isScriptLetter(c: number): boolean {
  return c >= 0x80 && LETTER.test(String.fromCharCode(c));
}

function scriptWordEnd(s: string, a: number, n: number): number {
  let b = a;
  while (b < n && b - a < 24 && isScriptLetter(codeAt(s, b))) b++;
  return b;
}

/** A month of SCRIPT_MONTHS at `p`: its end and calendar * 16 + month, or null. */
function scriptMonthAt(s: string, p: number, n: number): { end: number; month: number } | null {
  if (!isScriptLetter(codeAt(s, p))) return null;
  const we = scriptWordEnd(s, p, n);
  const month = SCRIPT_MONTHS.get(s.slice(p, we).toLowerCase());
  return month === undefined ? null : { end: we, month };
}

/** Whether year, month (calendar * 16 + month) and day make a date of that calendar. */
function validCalendarDate(year: number, month: number, day: number): boolean {
  const calendar = month >> 4;
  const m = month & 15;
  if (calendar === GREGORIAN) return validDate(year, m, day, true);
  if (day < 1) return false;
  // Ethiopian years run 7 to 8 behind, with twelve months of 30 days and a 13th of 5 or 6.
  if (calendar === ETHIOPIAN) return year >= 1892 && year <= 2092 && day <= (m === 13 ? 6 : 30);
  if (calendar === SOLAR_HIJRI) return validSolarHijriDate(year, m, day);
  // Bikram Sambat years run 56 to 57 ahead, with months of 29 to 32 days.
  return year >= 1956 && year <= 2156 && m <= 12 && day <= 32;
}

/** "ቀን" (day), as Amharic writes it after the day: "መስከረም 12 ቀን 1982". */
const DAY_WORDS = ['ቀን'];
/** An era written after the year: Ethiopian "ዓ.ም" (year of mercy). */
const ERA_AFTER = ['ዓ.ም.', 'ዓ.ም', 'ዓ/ም', 'ዓም'];

/** Past one of `words` at `p` (spaces first), if there; else `p`. */
function pastWord(s: string, p: number, n: number, words: readonly string[]): number {
  const q = skipSpaces(s, p, n, 2);
  for (const w of words) {
    if (s.startsWith(w, q) && !isScriptLetter(codeAt(s, q + w.length))) return q + w.length;
  }
  return p;
}

/** A four-digit year at `p`, with an era after it if written; its end and year, or null. */
function scriptYearAt(s: string, p: number, n: number): { end: number; year: number } | null {
  const y = yearAt(s, p, n);
  if (y === null || codeAt(s, p) === 39) return null;
  return { end: pastWord(s, y.end, n, ERA_AFTER), year: y.year };
}

/** After a day ending at `q`: a month of SCRIPT_MONTHS and a year ("14 اگست 1985"); the end, or -1. */
function scriptDayFirstEnd(s: string, q: number, n: number, day: number): number {
  const p = skipSpaces(s, q, n, 2);
  if (p === q) return -1;
  const m = scriptMonthAt(s, p, n);
  if (m === null) return -1;
  let r = m.end;
  if (codeAt(s, r) === 44) r++;
  const q2 = skipSpaces(s, r, n, 2);
  if (q2 === r) return -1;
  const y = scriptYearAt(s, q2, n);
  return y !== null && validCalendarDate(y.year, m.month, day) ? y.end : -1;
}

/** A month of SCRIPT_MONTHS at `p`, then a day and a year ("መስከረም 12 ቀን 1982 ዓ.ም"); the end, or -1. */
function scriptMonthFirstEnd(s: string, p: number, n: number): number {
  const m = scriptMonthAt(s, p, n);
  if (m === null) return -1;
  const q1 = skipSpaces(s, m.end, n, 2);
  if (q1 === m.end) return -1;
  const de = digitRunEnd(s, q1, n);
  if (de - q1 < 1 || de - q1 > 2) return -1;
  let q = pastWord(s, de, n, DAY_WORDS);
  if (codeAt(s, q) === 44) q++;
  const q2 = skipSpaces(s, q, n, 2);
  if (q2 === q) return -1;
  const y = scriptYearAt(s, q2, n);
  return y !== null && validCalendarDate(y.year, m.month, readInt(s, q1, de)) ? y.end : -1;
}

/**
 * After a four-digit year ending at `ye`, after a birth-date keyword: a month and a day,
 * as Hungarian, East Asian and South Asian posts write them ("1988. szeptember 14.",
 * "1985 ஏப்ரல் 12", "२०४८ साउन १५"); the end, or -1.
 */
function yearFirstEnd(s: string, p: number, ye: number, n: number): number {
  const year = readInt(s, p, ye);
  const dotted = codeAt(s, ye) === 46;
  const q = dotted ? ye + 1 : ye;
  let q1 = skipSpaces(s, q, n, 2);
  if (q1 === q && codeAt(s, q) !== 45) return -1;
  // "1998 yil 19 iyul", "1999 წლის 4 აპრილი", "1998-ci il 19 iyul": a year word, then
  // the day and the month; "1990 թ. մարտի 12": an abbreviated one, then month and day.
  const yw = yearWordEnd(s, q1, n);
  if (yw > 0) {
    q1 = skipSpaces(s, yw, n, 2);
    if (q1 === yw) return -1;
    if (isAsciiDigit(codeAt(s, q1))) return dayMonthEnd(s, q1, n, year);
  } else if (q1 === q) return -1;
  let month = 0;
  let me = -1;
  if (isAsciiLetter(codeAt(s, q1))) {
    me = wordEnd(s, q1, n);
    month = MONTHS.get(s.slice(q1, me).toLowerCase()) ?? 0;
  } else {
    const m = scriptMonthAt(s, q1, n);
    if (m !== null) {
      me = m.end;
      month = m.month;
    }
  }
  if (month === 0) return -1;
  const q2 = skipSpaces(s, me, n, 2);
  if (q2 === me) return -1;
  const de = digitRunEnd(s, q2, n);
  if (de - q2 < 1 || de - q2 > 2 || isAsciiLetter(codeAt(s, de))) return -1;
  if (!validCalendarDate(year, month, readInt(s, q2, de))) return -1;
  // "1988. szeptember 14.": the day's dot belongs to the date, as the year's does.
  return dotted && codeAt(s, de) === 46 ? de + 1 : de;
}

/**
 * Words for "year" written after a year that comes first: Uzbek "yil", Azerbaijani and
 * Turkish "il"/"yılı" (after "-ci", "-cı", "-cu", "-cü", folded), Georgian "წლის" and "წ.",
 * Kazakh and Kyrgyz "жылы", "жылғы", "ж.", Armenian "թ.".
 */
const YEAR_WORDS = [
  'yil',
  'yili',
  'yilda',
  'il',
  'ili',
  'წლის',
  'წ.',
  'жылы',
  'жылғы',
  'ж.',
  'թ.',
].map((w) => normalizeText(w).text);

/** Past a year word of YEAR_WORDS at `p` (or a hyphen and suffix first: "1998-ci il"), or -1. */
function yearWordEnd(s: string, p: number, n: number): number {
  if (codeAt(s, p) !== 45) return yearWordAt(s, p);
  // "1998-yil", "1998-жылы": the word itself after the hyphen; "1998-ci il": a suffix, then the word.
  const end = yearWordAt(s, p + 1);
  if (end > 0) return end;
  const se = wordEnd(s, p + 1, n);
  if (se - p - 1 < 2 || se - p - 1 > 3 || codeAt(s, se) !== 32) return -1;
  return yearWordAt(s, skipSpaces(s, se, n, 2));
}

function yearWordAt(s: string, q: number): number {
  for (const w of YEAR_WORDS) {
    if (!s.startsWith(w, q) && s.slice(q, q + w.length).toLowerCase() !== w) continue;
    const c = codeAt(s, q + w.length);
    if (w.endsWith('.') || (!isAsciiLetter(c) && !isScriptLetter(c))) return q + w.length;
  }
  return -1;
}

/**
 * A day at `p` (a hyphen may join it to the month: "19-iyul") and a month of MONTHS or
 * SCRIPT_MONTHS, in `year`; the end of the month, or -1.
 */
function dayMonthEnd(s: string, p: number, n: number, year: number): number {
  const de = digitRunEnd(s, p, n);
  if (de - p < 1 || de - p > 2) return -1;
  const q = codeAt(s, de) === 45 ? de + 1 : skipSpaces(s, de, n, 2);
  if (q === de) return -1;
  let month = 0;
  let me = -1;
  if (isAsciiLetter(codeAt(s, q))) {
    me = wordEnd(s, q, n);
    month = MONTHS.get(s.slice(q, me).toLowerCase()) ?? 0;
  } else {
    const m = scriptMonthAt(s, q, n);
    if (m !== null) {
      me = m.end;
      month = m.month;
    }
  }
  return month !== 0 && validCalendarDate(year, month, readInt(s, p, de)) ? me : -1;
}

/**
 * "Born nineteen ninety-two, June 6th": a year said in words, then the month and the
 * day; the end, or -1.
 */
function spokenYearFirstEnd(s: string, p: number, n: number): number {
  const y = spokenYearAt(s, p, n);
  if (y === null) return -1;
  let q = y.end;
  if (codeAt(s, q) === 44) q++;
  const q1 = skipSpaces(s, q, n, 2);
  if (q1 === q) return -1;
  const me = wordEnd(s, q1, n);
  const month = MONTHS.get(s.slice(q1, me).toLowerCase());
  if (month === undefined) return dayOfMonthEnd(s, q1, n, y.year);
  const q2 = skipSpaces(s, codeAt(s, me) === 46 ? me + 1 : me, n, 2);
  if (q2 === me) return -1;
  const d = dayAt(s, q2, n);
  if (d === null || isAsciiAlnum(codeAt(s, d.end))) return -1;
  return validDate(y.year, month, d.day, true) ? d.end : -1;
}

/**
 * A day at `p`, in one or two figures with its ordinal suffix or not ("12", "12th"; `suffixed`
 * says which), or as an ordinal word ("twelfth"): its end and day, or null.
 */
function dayAt(
  s: string,
  p: number,
  n: number,
): { end: number; day: number; suffixed: boolean } | null {
  const de = digitRunEnd(s, p, n);
  if (de - p >= 1 && de - p <= 2) {
    const end = ordinalEnd(s, de, n);
    return { end, day: readInt(s, p, de), suffixed: end > de };
  }
  const d = ordinalDayAt(s, p, n);
  return d === null ? null : { end: d.end, day: d.day, suffixed: true };
}

/**
 * round 21: after a year said first, the day then "of" and the month ("nineteen fifty two,
 * twelfth of August", "… 12th of August"): the date's end, or -1.
 */
function dayOfMonthEnd(s: string, p: number, n: number, year: number): number {
  const d = dayAt(s, p, n);
  if (d === null || !d.suffixed) return -1;
  const q = d.end;
  const q1 = skipSpaces(s, q, n, 2);
  if (q1 === q || s.slice(q1, q1 + 3).toLowerCase() !== 'of ') return -1;
  const q2 = skipSpaces(s, q1 + 3, n, 2);
  const me = wordEnd(s, q2, n);
  const month = MONTHS.get(s.slice(q2, me).toLowerCase());
  if (month === undefined || isAsciiAlnum(codeAt(s, me))) return -1;
  return validDate(year, month, d.day, true) ? me : -1;
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

/**
 * Year, month and day markers: CJK (日, or 号/號 in spoken Chinese) and Korean, as
 * composed and as the normaliser leaves Hangul (decomposed).
 */
const YEAR_MARKS = ['年', '년', '년'.normalize('NFD')];
const MONTH_MARKS = ['月', '월', '월'.normalize('NFD')];
const DAY_MARKS = ['日', '号', '號', '일', '일'.normalize('NFD')];

/** The end of the marker of `marks` at `q` (a space or two may come before it), or -1. */
function markAt(s: string, q: number, n: number, marks: readonly string[]): number {
  const p = skipSpaces(s, q, n, 2);
  for (const m of marks) if (s.startsWith(m, p)) return p + m.length;
  return -1;
}

/**
 * After a year ending at `de`: a year marker, a month, a month marker, a day and a day
 * marker ("1985年3月4日", "1992년 7월 14일"); the end of the date, or -1. `year` is the
 * Gregorian year.
 */
function markedDateEnd(s: string, year: number, de: number, n: number): number {
  let q = markAt(s, de, n, YEAR_MARKS);
  if (q < 0) return -1;
  q = skipSpaces(s, q, n, 2);
  const me = digitRunEnd(s, q, n);
  if (me - q < 1 || me - q > 2) return -1;
  const month = readInt(s, q, me);
  q = markAt(s, me, n, MONTH_MARKS);
  if (q < 0) return -1;
  q = skipSpaces(s, q, n, 2);
  const dd = digitRunEnd(s, q, n);
  if (dd - q < 1 || dd - q > 2) return -1;
  const day = readInt(s, q, dd);
  const end = markAt(s, dd, n, DAY_MARKS);
  if (end < 0) return -1;
  return validDate(year, month, day, true) ? end : -1;
}

/**
 * Japanese eras still in living birth dates, with the Gregorian year before their
 * first: "昭和60年3月4日" is 1985-03-04. "元年" is the era's first year. Taiwan's Minguo
 * era (民國, 民国) counts the same way from 1912: "民國28年5月6日" is 1939-05-06.
 */
const JAPANESE_ERAS: readonly (readonly [string, number, number])[] = [
  ['大正', 1911, 15],
  ['昭和', 1925, 64],
  ['平成', 1988, 31],
  ['令和', 2018, 99],
  ['民國', 1911, 199],
  ['民国', 1911, 199],
];

/**
 * Thai month names, full and abbreviated, as the scanner sees them (vowel and tone
 * marks dropped, so "มี.ค." and "ม.ค." read alike: both months have 31 days, and the
 * span is the same). Abbreviations are kept without their last dot, which is optional.
 */
const THAI_MONTHS: readonly (readonly [string, number])[] = (
  [
    ['มกราคม', 1],
    ['กุมภาพันธ์', 2],
    ['มีนาคม', 3],
    ['เมษายน', 4],
    ['พฤษภาคม', 5],
    ['มิถุนายน', 6],
    ['กรกฎาคม', 7],
    ['สิงหาคม', 8],
    ['กันยายน', 9],
    ['ตุลาคม', 10],
    ['พฤศจิกายน', 11],
    ['ธันวาคม', 12],
    ['ม.ค', 1],
    ['ก.พ', 2],
    ['มี.ค', 3],
    ['เม.ย', 4],
    ['พ.ค', 5],
    ['มิ.ย', 6],
    ['ก.ค', 7],
    ['ส.ค', 8],
    ['ก.ย', 9],
    ['ต.ค', 10],
    ['พ.ย', 11],
    ['ธ.ค', 12],
  ] as const
).map(([name, month]) => [normalizeText(name).text, month] as const);

/** "พ.ศ." (Buddhist era) or "ค.ศ." (Common era) before a Thai year. */
const THAI_ERAS = ['พ.ศ.', 'พ.ศ', 'ค.ศ.', 'ค.ศ'].map((e) => normalizeText(e).text);
/** Buddhist-era years run 543 ahead of the Gregorian. */
const BUDDHIST_ERA_OFFSET = 543;

/**
 * After a day ending at `de`: a Thai month and a year, Buddhist-era ("๑๔ มีนาคม ๒๕๔๕",
 * 2002) or Gregorian. The end of the date; -1 for a Thai month with no valid date; 0
 * when no Thai month follows.
 */
function thaiDateEnd(s: string, de: number, n: number, day: number): number {
  const p = skipSpaces(s, de, n, 2);
  if (!isThai(codeAt(s, p))) return 0;
  let month = 0;
  let q = p;
  for (const [name, m] of THAI_MONTHS) {
    if (s.startsWith(name, p)) {
      month = m;
      q = p + name.length;
      break;
    }
  }
  if (month === 0) return 0;
  if (codeAt(s, q) === 46) q++;
  if (isThai(codeAt(s, q))) return -1;
  q = skipSpaces(s, q, n, 2);
  for (const era of THAI_ERAS) {
    if (s.startsWith(era, q)) {
      q = skipSpaces(s, q + era.length, n, 2);
      break;
    }
  }
  const ye = digitRunEnd(s, q, n);
  if (ye - q !== 4 || isAsciiAlnum(codeAt(s, ye))) return -1;
  let year = readInt(s, q, ye);
  if (year >= 2400) year -= BUDDHIST_ERA_OFFSET;
  return validDate(year, month, day, true) ? ye : -1;
}

/** A date in a Japanese era at `p` ("平成2年11月3日"); its end, or -1. */
function eraDateEnd(s: string, p: number, n: number): number {
  for (const [name, base, last] of JAPANESE_ERAS) {
    if (!s.startsWith(name, p)) continue;
    const q = skipSpaces(s, p + name.length, n, 1);
    let ye = digitRunEnd(s, q, n);
    let year = readInt(s, q, ye);
    if (ye === q && s.startsWith('元', q)) {
      ye = q + 1;
      year = 1;
    }
    if (ye - q < 1 || ye - q > 3 || year < 1 || year > last) return -1;
    return markedDateEnd(s, base + year, ye, n);
  }
  return -1;
}

/** "the twelfth of June, 1949", "twenty-first of May 1960", "doce de enero de 1995": the end of the date, or -1. */
function parseOrdinalDate(s: string, p: number, n: number): number {
  let q = p;
  if (s.slice(q, q + 4).toLowerCase() === 'the ') {
    q += 4;
    // "my birthday is the 3rd of June 1990": a day in figures with its ordinal, and "the"
    // with it, as the label reads; after "on" ("born on the 4th of July") the date starts
    // at the day, which the caller reads next.
    const de = digitRunEnd(s, q, n);
    if (de > q) {
      if (de - q > 2 || ordinalEnd(s, de, n) === de) return -1;
      return p >= 3 && s.slice(p - 3, p).toLowerCase() === 'on '
        ? -1
        : parseTextualDate(s, q, n, true);
    }
  }
  let d = ordinalDayAt(s, q, n);
  let joiner = 'of ';
  if (d === null) {
    const we = wordEnd(s, q, n);
    const day = SPANISH_DAYS.get(s.slice(q, we).toLowerCase());
    if (day !== undefined) {
      d = { end: we, day };
      joiner = 'de ';
    } else {
      // French: the day in words, then the month at once ("quinze avril 1957").
      d = frenchDayAt(s, q, we, n);
      if (d === null) return -1;
      joiner = '';
    }
  }
  q = skipSpaces(s, d.end, n, 2);
  if (s.slice(q, q + joiner.length).toLowerCase() !== joiner) return -1;
  if (joiner === '' && q === d.end) return -1;
  q = skipSpaces(s, q + joiner.length, n, 2);
  const we = wordEnd(s, q, n);
  const month = MONTHS.get(s.slice(q, we).toLowerCase());
  if (month === undefined) return -1;
  q = we;
  if (codeAt(s, q) === 44) q++;
  let q2 = partSeparator(s, q, n);
  if (q2 === q) return -1;
  if (joiner === 'de ') q2 = afterSpanishYearJoiner(s, q2, n);
  // round 25: "the fourth of July nineteen seventy-six": the year said in words too.
  const y = (joiner === 'of ' ? spokenYearAt(s, q2, n) : null) ?? yearAt(s, q2, n, true);
  if (y === null) return -1;
  return validDate(y.year, month, d.day, true) ? y.end : -1;
}

/** A French day in words at [p, we) ("quinze", "dix-huit", "vingt et un"): its end and day, or null. */
function frenchDayAt(
  s: string,
  p: number,
  we: number,
  n: number,
): { end: number; day: number } | null {
  let e = we;
  // "dix-huit", "vingt-et-un": hyphenated words.
  while (e < n && codeAt(s, e) === 45 && isAsciiLetter(codeAt(s, e + 1))) e = wordEnd(s, e + 1, n);
  const day = FRENCH_DAYS.get(s.slice(p, e).toLowerCase());
  if (day === undefined) return null;
  // "vingt et un", "trente et un".
  if ((day === 20 || day === 30) && s.slice(e, e + 6).toLowerCase() === ' et un') {
    if (!isAsciiLetter(codeAt(s, e + 6))) return { end: e + 6, day: day + 1 };
  }
  return { end: e, day };
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

/** The end of a date in words starting at `p` (a word's start, or a Japanese era's), or -1. */
function wordDateAt(s: string, p: number, n: number, spoken: boolean): number {
  const c = codeAt(s, p);
  if (isAsciiAlnum(c)) {
    return p > 0 && isAsciiAlnum(codeAt(s, p - 1)) ? -1 : parseTextualDate(s, p, n, spoken);
  }
  if (ERA_FIRST.has(c)) return eraDateEnd(s, p, n);
  return p > 0 && isScriptLetter(codeAt(s, p - 1)) ? -1 : scriptMonthFirstEnd(s, p, n);
}

const ERA_FIRST = new Set(JAPANESE_ERAS.map(([name]) => name.charCodeAt(0)));

/** Where an era name starts inside the cue [hs, he) (see detectDatesOfBirth), or `he`. */
function eraInCue(s: string, hs: number, he: number): number {
  for (let p = hs; p < he; p++) if (ERA_FIRST.has(codeAt(s, p))) return p;
  return he;
}

/** How far before an identity check ("… if you need to verify me") its date may end. */
const BEFORE_VERIFY = 48;
/** Birth years of a customer old enough to hold an account. */
const MIN_BIRTH_YEAR = 1900;
const MAX_BIRTH_YEAR = 2010;

/**
 * The year of a date in figures or words, first ("1985-03-14", "1985年3月14日") or last
 * ("03/14/1985", "Jan 9 1967", Buddhist-era "๑๔ มีนาคม ๒๕๔๕"; two digits "3/14/85",
 * "'85" read as 1930–1999); -1 when it has none of these.
 */
function yearOfDate(s: string, d: DateSpan): number {
  if (digitRunEnd(s, d.start, d.end) - d.start === 4) return readInt(s, d.start, d.start + 4);
  const a = d.end - 4;
  if (a >= d.start && digitRunEnd(s, a, d.end) === d.end && !isAsciiDigit(codeAt(s, a - 1))) {
    const year = readInt(s, a, d.end);
    return year >= 2400 ? year - BUDDHIST_ERA_OFFSET : year;
  }
  const b = d.end - 2;
  if (b > d.start && digitRunEnd(s, b, d.end) === d.end && !isAsciiDigit(codeAt(s, b - 1))) {
    const yy = readInt(s, b, d.end);
    return yy >= 30 ? 1900 + yy : -1;
  }
  return -1;
}

/** Whether [a, b) holds the end of a sentence. */
function endsSentence(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = codeAt(s, i);
    if (c === 46 || c === 33 || c === 63 || c === 10) return true;
  }
  return false;
}

/**
 * Reports the date nearest a birth-date keyword (DOB, born on, birthday, date of
 * birth) — after it, or just before it ("03/14/1985 is my DOB") — as DATE_OF_BIRTH.
 * An identity check with no birth word ("confirming my identity: Jan 9 1967", "… if
 * you need to verify me") counts only a date whose year is an adult customer's birth
 * year, and reaches back further, within its sentence.
 */
export function detectDatesOfBirth(st: DetectionState, numeric: readonly DateSpan[]): void {
  const { s, n } = st;
  if (st.scan.digitRuns.count >= 3) claimDottedIdNumbers(st);
  // Starts of the dates reported here (the only birth dates so far), looked up in constant time.
  let reported: Set<number> | undefined;
  for (let k = 0; k < st.ctxCount; k++) {
    const category = st.ctxCategory[k];
    if (category !== 'dob' && category !== 'verify') continue;
    const verify = category === 'verify';
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
    // "生年月日は昭和12年3月8日", "生日是民國28年5月6日": in a script written without spaces the
    // cue runs on into the era name, which starts the date.
    for (let p = eraInCue(s, hs, he); p < limit; p++) {
      const end = wordDateAt(s, p, n, true);
      if (end > 0) {
        best = { start: p, end };
        fromNumeric = false;
        break;
      }
    }
    if (best === undefined) {
      const prev = numeric[firstStartingFrom(numeric, hs) - 1];
      const reach = verify ? BEFORE_VERIFY : BEFORE_KEYWORD;
      if (
        prev !== undefined &&
        prev.end <= hs &&
        hs - prev.end <= reach &&
        !(verify && endsSentence(s, prev.end, hs))
      ) {
        best = prev;
        fromNumeric = true;
      }
    }
    if (best === undefined) {
      for (let p = Math.max(0, hs - BEFORE_KEYWORD); p < hs; p++) {
        const end = wordDateAt(s, p, n, false);
        if (end > 0 && end <= hs && hs - end <= 16 && !/\d/.test(s.slice(end, hs))) {
          best = { start: p, end };
        }
      }
    }
    if (best !== undefined && !fromNumeric) {
      best = { start: vietnameseDayWordStart(s, best), end: best.end };
    }
    if (best === undefined || (reported !== undefined && reported.has(best.start))) continue;
    if (!fromNumeric && st.isClaimed(best.start, best.end)) continue;
    if (verify) {
      const year = yearOfDate(s, best);
      if (year < MIN_BIRTH_YEAR || year > MAX_BIRTH_YEAR) continue;
    }
    reportBirthDate(st, best);
    (reported ??= new Set<number>()).add(best.start);
    reportListedBirthDates(st, numeric, best.end, reported);
    // "tarikh tavalod 1381/06/12 — yani Sep 3 2002": the same date restated in another
    // calendar or form, after "that is" ("yani", "i.e.", "aka").
    const again = restatedDateAfter(s, n, best.end, numeric);
    if (again !== undefined && !reported.has(again.start)) {
      reportBirthDate(st, again);
      reported.add(again.start);
    }
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
  detectAgeReachedDates(st, numeric, reported);
  if (st.scan.hasNonAscii) detectGluedBirthDates(st);
}

/** "turned 18 on", "turned 21 years old on": the birthday told by the age reached. */
const AGE_REACHED = /\bturned (\d{1,3})(?: years old| yrs old| yo)? on /gi;

/**
 * "i turned 18 on april 9 2006", "my son turned 16 on 3/14/2008": the date right after
 * the age reached is a birthday, and so the date of birth told as it fell that year.
 */
function detectAgeReachedDates(
  st: DetectionState,
  numeric: readonly DateSpan[],
  reported: Set<number> | undefined,
): void {
  const { s, n } = st;
  if (!s.includes('urned ')) return;
  AGE_REACHED.lastIndex = 0;
  for (let m = AGE_REACHED.exec(s); m !== null; m = AGE_REACHED.exec(s)) {
    const age = Number(m[1]);
    const p = m.index + m[0].length;
    if (age < 10 || age > 120 || reported?.has(p)) continue;
    const next = numeric[firstStartingFrom(numeric, p)];
    if (next !== undefined && next.start === p) {
      reportBirthDate(st, next);
      continue;
    }
    const end = wordDateAt(s, p, n, false);
    if (end > 0 && !st.isClaimed(p, end)) reportBirthDate(st, { start: p, end });
  }
}

const fold = (w: string): string => normalizeText(w).text;
/**
 * Birth words of the scripts written without spaces, as the scanner sees them: before
 * the date ("生日", and so "誕生日"; "出生", "生年月日", "생년월일", "생일", "출생"; Thai
 * "วันเกิด" birthday, "ปีเกิด" birth year, "ผมเกิด"/"ฉันเกิด" I was born, but never a
 * bare "เกิด", which also says an accident "happened") and after it ("生まれ", "출생";
 * "生" and "생" only where the word ends there, since "生效" is "takes effect" and "생활"
 * is "life").
 */
const GLUED_BEFORE = [
  '生日',
  '出生',
  '出世',
  '生年月日',
  '생년월일',
  '생일',
  '출생',
  'วันเกิด',
  'ปีเกิด',
  'ผมเกิด',
  'ฉันเกิด',
].map(fold);
const GLUED_AFTER: readonly (readonly [string, boolean])[] = [
  [fold('生まれ'), false],
  ['出世', false],
  [fold('출생'), false],
  [fold('생'), true],
  ['生', true],
];
/** How many characters (no digits, no sentence end) may stand between such a word and its date. */
const GLUED_GAP = 6;

function isIdeograph(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/**
 * Dates marked in CJK, Korean, a Japanese era or Thai, with a birth word glued on
 * ("我的生日是1990年5月3日", "私の誕生日は平成2年11月3日", "1990年5月3日生"): in these
 * scripts the word sits inside a run of text, where the cue scanner, which starts cues
 * at word starts, does not see it. Only the marked dates are read (each digit run is
 * looked at once, with a few characters around it): a date with no birth word beside
 * it, such as a transfer's ("2023年5月1日に振り込みました"), stays unread.
 */
function detectGluedBirthDates(st: DetectionState): void {
  const { s, n } = st;
  const runs = st.scan.digitRuns;
  for (let r = 0; r < runs.count; r++) {
    const a = runs.start[r] ?? 0;
    const b = runs.end[r] ?? 0;
    let start = a;
    let end = -1;
    if (b - a === 4) end = markedDateEnd(s, readInt(s, a, b), b, n);
    else if (b - a <= 2) {
      end = thaiDateEnd(s, b, n, readInt(s, a, b));
      // "平成2年", "昭和 60年", "平成元年3月": an era name a few characters back.
      for (let p = Math.max(0, a - 4); end <= 0 && p < a; p++) {
        if (ERA_FIRST.has(codeAt(s, p))) {
          end = eraDateEnd(s, p, n);
          start = p;
        }
      }
      // "생일은 85년 3월 9일": a two-digit year, marked, with no era before it.
      if (end <= 0 && b - a === 2) {
        start = a;
        end = markedDateEnd(s, shortYear(readInt(s, a, b)), b, n);
      }
    }
    if (end <= 0 || st.isClaimed(start, end)) continue;
    if (!gluedWordBefore(s, start) && !gluedWordAfter(s, end, n)) continue;
    reportBirthDate(st, { start, end });
  }
}

function gluedWordBefore(s: string, start: number): boolean {
  for (let e = start; e >= 0 && start - e <= GLUED_GAP; e--) {
    if (e < start) {
      const c = codeAt(s, e);
      if (isAsciiDigit(c) || c === 46 || c === 33 || c === 63 || c === 10) return false;
    }
    for (const w of GLUED_BEFORE) if (e >= w.length && s.startsWith(w, e - w.length)) return true;
  }
  return false;
}

function gluedWordAfter(s: string, end: number, n: number): boolean {
  const p = skipSpaces(s, end, n, 1);
  for (const [w, wholeWord] of GLUED_AFTER) {
    if (!s.startsWith(w, p)) continue;
    const next = codeAt(s, p + w.length);
    if (!wholeWord || (!isIdeograph(next) && !isHangul(next))) return true;
  }
  return false;
}

/**
 * Words naming a national identity number (not a type of ours), as the scanner sees
 * them: Colombian, Venezuelan and Ecuadorian "cédula" ("C.C."), Argentine and Spanish
 * "DNI", Chilean "RUT"/"RUN", Brazilian "CPF"/"RG", Bolivian "C.I.", and the words
 * around them ("número de documento", "cédula de ciudadanía", "carnet de identidad").
 */
const ID_CUES = new Set(
  'cedula cedulas cc c.c dni ci c.i rut run cpf rg nit nie nif documento doc identidad identificacion ciudadania extranjeria carnet'.split(
    ' ',
  ),
);
/** How far back from the number its identity-number word may stand. */
const ID_CUE_REACH = 28;

/**
 * "cédula 43.512.887", "DNI: 30.123.456", "RUT 12.345.678-9": a number in dotted
 * thousands after a word naming a national identity number is that number, never a
 * date (nor an account): it is claimed, unreported, so the digit-run model does not
 * read it. Only such numbers are looked at, and the few words before each.
 */
function claimDottedIdNumbers(st: DetectionState): void {
  const { s } = st;
  const runs = st.scan.digitRuns;
  for (let r = 0; r + 2 < runs.count; r++) {
    const a = runs.start[r] ?? 0;
    const b = runs.end[r] ?? 0;
    if (b - a > 3 || (a > 0 && (isAsciiAlnum(codeAt(s, a - 1)) || codeAt(s, a - 1) === 46))) {
      continue;
    }
    let last = r;
    while (
      last + 1 < runs.count &&
      last - r < 3 &&
      codeAt(s, runs.end[last] ?? 0) === 46 &&
      runs.start[last + 1] === (runs.end[last] ?? 0) + 1 &&
      (runs.end[last + 1] ?? 0) - (runs.start[last + 1] ?? 0) === 3
    ) {
      last++;
    }
    if (last - r < 2) continue;
    let end = runs.end[last] ?? 0;
    const after = codeAt(s, end);
    if (
      isAsciiDigit(after) ||
      ((after === 46 || after === 44) && isAsciiDigit(codeAt(s, end + 1)))
    ) {
      continue;
    }
    // Chile's check digit: "12.345.678-9", "12.345.678-K".
    if (after === 45 && isAsciiAlnum(codeAt(s, end + 1)) && !isAsciiAlnum(codeAt(s, end + 2))) {
      end += 2;
    }
    if (st.isClaimed(a, end) || !idCueBefore(s, a)) continue;
    st.claim(a, end);
    r = last;
  }
}

/** Whether one of the three words before `at` (within ID_CUE_REACH, no digits) names an identity number. */
function idCueBefore(s: string, at: number): boolean {
  let p = at;
  const stop = Math.max(0, at - ID_CUE_REACH);
  for (let w = 0; w < 3 && p > stop; w++) {
    while (p > stop && !isAsciiLetter(codeAt(s, p - 1))) {
      const c = codeAt(s, p - 1);
      if (isAsciiDigit(c) || c === 10 || c === 33 || c === 63) return false;
      p--;
    }
    const e = p;
    while (p > stop && (isAsciiLetter(codeAt(s, p - 1)) || codeAt(s, p - 1) === 46)) p--;
    if (e === p) return false;
    let word = s.slice(p, e).toLowerCase();
    if (word.endsWith('.')) word = word.slice(0, -1);
    if (ID_CUES.has(word)) return true;
  }
  return false;
}

/** Most further birth dates read in a list after the first ("his …, mine … and my wife's …"). */
const MAX_LISTED = 4;
/** Longest stretch between two birth dates of a list. */
const LIST_GAP = 40;
/** Conjunctions that open the next item of a list, as the scanner sees them (accents folded). */
const LIST_AND = new Set(['and', 'y', 'e', 'et', 'und', 'i', 'en', 'va', 'na', 've', 'si', '&']);
/**
 * Words of the whose-is-it phrase between two birth dates: possessives, articles, "of",
 * "is", and the people a customer gives a birth date for ("y el mío", "and my wife's is",
 * "e o da minha filha", "et celui de mon mari"). Any other word ("and the transfer on")
 * ends the list.
 */
const LIST_WORDS = new Set(
  (
    'mine my his her hers their our ours the of is was its me ' +
    'el la lo los las mio mia mi su suyo suya de del es era ' +
    'o a os as meu minha seu sua do da dos das e ' +
    'le les mien mienne mon ma sa son ses celui celle est ' +
    'mein meine meiner ist der die von il mio suo sua di ' +
    'wife husband son daughter mom mother dad father child kid spouse partner brother sister ' +
    'esposa esposo hijo hija mama papa madre padre marido mujer hermano hermana nino nina ' +
    'filho filha mae pai irmao irma femme mari fils fille mere pere frere soeur ' +
    'frau mann sohn tochter moglie marito figlio figlia'
  ).split(' '),
);

/**
 * "su fecha de nacimiento 05-01-2007 y el mío 19-10-1980", "DOB 3/4/1980 and my
 * husband's 7/9/1978": after a birth date read from a cue, the next dates joined to it
 * by a conjunction and a whose-is-it phrase only (see LIST_WORDS) are birth dates too.
 */
function reportListedBirthDates(
  st: DetectionState,
  numeric: readonly DateSpan[],
  from: number,
  reported: Set<number>,
): void {
  let end = from;
  let k = firstStartingFrom(numeric, end);
  for (let listed = 0; listed < MAX_LISTED; listed++, k++) {
    const next = k < numeric.length ? numeric[k] : undefined;
    if (next === undefined || next.start - end > LIST_GAP) {
      // round 23: "His DOB is June 9, 1968 and mine is October 30, 1970": the next in words.
      const worded = listedWordDate(st, end);
      if (worded !== undefined && !reported.has(worded.start)) {
        reportBirthDate(st, worded);
        reported.add(worded.start);
      }
      return;
    }
    if (!listLink(st.s, end, next.start) && !asideThenListLink(st.s, end, next.start)) return;
    if (reported.has(next.start)) return;
    reportBirthDate(st, next);
    reported.add(next.start);
    end = next.end;
  }
}

/**
 * A date in words after the birth date ending at `end`, joined to it by a list link only
 * ("… and mine is October 30, 1970"), or undefined.
 */
function listedWordDate(st: DetectionState, end: number): DateSpan | undefined {
  const { s, n } = st;
  const limit = Math.min(n, end + LIST_GAP);
  for (let p = end + 1; p < limit; p++) {
    if (!isAsciiAlnum(codeAt(s, p)) || isAsciiAlnum(codeAt(s, p - 1))) continue;
    if (!listLink(s, end, p)) continue;
    const e = wordDateAt(s, p, n, false);
    if (e > 0 && !st.isClaimed(p, e)) return { start: p, end: e };
  }
  return undefined;
}

/** Whose birth date the next item of a list is, when an aside stands before it. */
const LIST_OWNERS = new Set([
  'mine',
  'my',
  'his',
  'her',
  'hers',
  'el',
  'la',
  'mio',
  'mia',
  'meu',
  'minha',
]);

/**
 * round 21: "DOB is 12/01/2009 for the teen checking, and mine is 06/17/1981": a short aside
 * of words up to a comma, then the list's link naming whose date comes next.
 */
function asideThenListLink(s: string, a: number, b: number): boolean {
  const comma = s.lastIndexOf(',', b - 1);
  if (comma <= a) return false;
  for (let p = a; p < comma; p++) {
    const c = codeAt(s, p);
    if (isAsciiDigit(c) || c === 10 || c === 46 || c === 59) return false;
  }
  if (!listLink(s, comma, b)) return false;
  for (let p = comma + 1; p < b;) {
    const e = wordEnd(s, p, b);
    if (e > p && LIST_OWNERS.has(s.slice(p, e).toLowerCase())) return true;
    p = e > p ? e : p + 1;
  }
  return false;
}

/** Whether s[a, b) is ", and my wife's is:" and the like: a conjunction, then LIST_WORDS only. */
function listLink(s: string, a: number, b: number): boolean {
  let words = 0;
  // round 23: "su fecha de nacimiento 9 de junio 1975, la mía 23/01/1978", "DOB is 11/30/1993;
  // mine is 05/02/1995": after a comma or a semicolon, the next item may open with whose it is,
  // with no conjunction.
  let comma = false;
  let ownerFirst = false;
  for (let p = a; p < b;) {
    const c = codeAt(s, p);
    if (c === 32 || c === 44 || c === 58 || c === 9 || c === 59) {
      if ((c === 44 || c === 59) && words === 0) comma = true;
      p++;
      continue;
    }
    if (c === 38) {
      if (words++ > 0) return false;
      p++;
      continue;
    }
    let e = wordEnd(s, p, b);
    if (e === p) return false;
    const word = s.slice(p, e).toLowerCase();
    // "my wife's", "my wife’s".
    if (
      (codeAt(s, e) === 39 || codeAt(s, e) === 0x2019) &&
      s.slice(e + 1, e + 2).toLowerCase() === 's'
    ) {
      e += 2;
    }
    if (words === 0 && comma && !LIST_AND.has(word) && LIST_OWNERS.has(word)) ownerFirst = true;
    else if (words === 0 ? !LIST_AND.has(word) : !LIST_WORDS.has(word)) return false;
    if (++words > 6) return false;
    p = e;
  }
  return words >= 2 || (ownerFirst && words === 1);
}

/** Between a date and its restatement: " — yani ", " (i.e. ", ", aka ", ", that is ". */
const RESTATED =
  /^[\s,;:(\u2013\u2014-]{0,4}(?:yani|ya'ni|yaani|i\.e\.?|ie|aka|that is|which is|meaning)[\s,:\u2013\u2014-]{1,4}$/i;
const RESTATED_REACH = 24;

/** A date (in figures or words) restating the one ending at `end`, or undefined. */
function restatedDateAfter(
  s: string,
  n: number,
  end: number,
  numeric: readonly DateSpan[],
): DateSpan | undefined {
  const limit = Math.min(n, end + RESTATED_REACH);
  const next = numeric[firstStartingFrom(numeric, end)];
  if (next !== undefined && next.start <= limit && RESTATED.test(s.slice(end, next.start))) {
    return next;
  }
  for (let p = end + 1; p < limit; p++) {
    if (!RESTATED.test(s.slice(end, p))) continue;
    const e = wordDateAt(s, p, n, true);
    if (e > 0) return { start: p, end: e };
  }
  return undefined;
}

/** Between a birth date in words and the same in figures: "… if that helps. or …". */
const OR_AGAIN = /^[^\d]{0,24}\bor\b[^\d]{0,12}$/i;

/**
 * The end of date `d`, past the dot that closes a dotted date as Serbian, Croatian and
 * Slovene write it ("07.09.1981., broj računa …", "11. 3. 1976., lozinka …"),
 * when the clause goes on after it (a comma, a semicolon, a bracket, or a word in lower
 * case): at the end of a sentence that dot is the full stop.
 */
function closingDotEnd(s: string, d: DateSpan): number {
  const e = d.end;
  if (codeAt(s, e) !== 46 || !isAsciiDigit(codeAt(s, e - 1))) return e;
  // Dotted, day first: the date opens with a day and a dot (Hungarian writes the year
  // first, "1972.10.29.", and its closing dot stays out).
  const de = digitRunEnd(s, d.start, e);
  const c = codeAt(s, e + 1);
  // round 18: "생년월일 1948. 4. 17., 증권번호 …": the year first, a blank after each dot (as
  // Korean writes a date), the day's dot closes the date before a comma or Hangul.
  if (de - d.start === 4 && codeAt(s, de) === 46 && codeAt(s, de + 1) === 32)
    return c === 44 || c === 59 || c === 41 || (c === 32 && isHangul(codeAt(s, e + 2))) ? e + 1 : e;
  if (de - d.start > 2 || codeAt(s, de) !== 46) return e;
  if (c === 44 || c === 59 || c === 41) return e + 1;
  if (c === 32 && isLower(codeAt(s, e + 2))) return e + 1;
  return e;
}

function reportBirthDate(st: DetectionState, d: DateSpan): void {
  const end = closingDotEnd(st.s, d);
  st.findings.push({
    type: DOB,
    start: d.start,
    end,
    detector: 'dob.context',
    confidence: 0.95,
  });
  st.claim(d.start, end);
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
    // "Wei Walker, March 3, 1961": right after a full name; or beside an identifier, or
    // the other answers of a verification.
    if (
      !afterFullName(s, start) &&
      !index.get(st).within(start, yb, IDENTITY_REACH) &&
      !verificationBeside(s, start, yb)
    )
      continue;
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
 * round 28: "verify: 09.30.1961, last 4 of ss 2854, zip 73120", "3rd of May 2002, zip 53706,
 * and last 4 of card 0066. is that enough to verify?": the other answers a verification asks
 * for (a ZIP code, the last four digits, the member number), beside the date.
 */
const VERIFICATION_ITEMS =
  /\b(?:zip(?: ?code)?(?: is)?:? ?\d{5}|last (?:4|four)(?: digits)?(?: of)?|member (?:number|no|#))\b/i;
const VERIFICATION_REACH = 48;

function verificationBeside(s: string, start: number, end: number): boolean {
  return VERIFICATION_ITEMS.test(
    s.slice(Math.max(0, start - VERIFICATION_REACH), Math.min(s.length, end + VERIFICATION_REACH)),
  );
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
    if (
      !near.within(date.start, date.end, IDENTITY_REACH) &&
      !afterFullName(s, date.start) &&
      !verificationBeside(s, date.start, date.end)
    )
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
