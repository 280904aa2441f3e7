import { wordHashOf, type RunList, type WordList } from './lexicon-trie';
import { IntSet, WordTable } from './word-table';
import type { NormalizedText } from './text-normalizer';

/**
 * Numbers partly spelled out ("four one four seven 3366 1029 8873", "call me
 * four one five, 555, 0 1 7 3"): digit words next to digit groups are read as
 * digits, so the digit detectors see "4 1 4 7 3366 1029 8873", while every
 * reported offset still points into the text as received.
 */
const DIGIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['cero', 0],
  ['uno', 1],
  ['dos', 2],
  ['tres', 3],
  ['cuatro', 4],
  ['cinco', 5],
  ['seis', 6],
  ['siete', 7],
  ['ocho', 8],
  ['nueve', 9],
]);
/**
 * Numbers of two digits said as one word ("fourteen", "nineteen eighty two"): a
 * teen stands for its two digits; a tens word for its two digits, or for its
 * first only when a digit word follows ("eighty two": 8, 2).
 */
const TWO_DIGIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
  ['diez', 10],
  ['doce', 12],
  ['trece', 13],
  ['catorce', 14],
  ['quince', 15],
  ['veinte', 20],
  ['treinta', 30],
]);
/**
 * Separators said as words between the parts of a number: "six one two dash five
 * five", "4417 space 0921 …" (a blank dictated between the groups).
 */
const SEPARATOR_WORDS: ReadonlyMap<string, number> = new Map([
  ['dash', 45],
  ['space', 32],
  ['hyphen', 45],
  ['guion', 45],
  ['slash', 47],
  ['barra', 47],
]);
const LONGEST_WORD = 9;
const LONGEST_DIGIT_WORD = 6;
/** A run shorter than a phone number is left alone: "two 2-packs", "one 20 and five 10s". */
const MIN_DIGITS = 7;
const MAX_GAP = 3;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isGap(c: number): boolean {
  return c === 32 || c === 44 || c === 45 || c === 46;
}

const DIGIT_TABLE = new WordTable(DIGIT_WORDS);
const TWO_DIGIT_TABLE = new WordTable(TWO_DIGIT_WORDS);
const SEPARATOR_TABLE = new WordTable(SEPARATOR_WORDS);

/** The digit the word [a, b) spells ("seven", "siete"), or -1. */
export function digitWordAt(s: string, a: number, b: number): number {
  if (b - a < 3 || b - a > LONGEST_DIGIT_WORD) return -1;
  return DIGIT_TABLE.get(s, a, b) ?? -1;
}

/** The number 10–90 the word [a, b) spells ("fourteen", "eighty"), or -1. */
export function twoDigitWordAt(s: string, a: number, b: number): number {
  if (b - a < 3 || b - a > LONGEST_WORD) return -1;
  return TWO_DIGIT_TABLE.get(s, a, b) ?? -1;
}

/** The character a separator word [a, b) stands for ("dash": "-", "slash": "/"), or -1. */
function separatorWordAt(s: string, a: number, b: number): number {
  if (b - a < 4 || b - a > 6) return -1;
  return SEPARATOR_TABLE.get(s, a, b) ?? -1;
}

/** Whether the word [a, b) may stand in a number said in words: a digit, "oh", a teen or tens, a separator. */
function numberWordAt(s: string, a: number, b: number): boolean {
  return (
    digitWordAt(s, a, b) >= 0 ||
    isOh(s, a, b) ||
    twoDigitWordAt(s, a, b) >= 0 ||
    separatorWordAt(s, a, b) >= 0
  );
}

/** Where a gap of 1 to MAX_GAP gap characters after `pos` ends, or -1 when none follows. */
function afterGap(s: string, pos: number): number {
  let p = pos;
  while (p < s.length && p - pos < MAX_GAP && isGap(s.charCodeAt(p))) p++;
  return p === pos ? -1 : p;
}

/** Where a gap of 1 to MAX_GAP gap characters before `pos` starts, or -1 when none precedes. */
function beforeGap(s: string, pos: number): number {
  let p = pos;
  while (p > 0 && pos - p < MAX_GAP && isGap(s.charCodeAt(p - 1))) p--;
  return p === pos ? -1 : p;
}

/** The end of the letters from `p`, read up to one past LONGEST_WORD. */
function lettersEnd(s: string, p: number): number {
  let b = p;
  while (b < s.length && b - p <= LONGEST_WORD && isLetter(s.charCodeAt(b))) b++;
  return b;
}

/** The start of the letters ending at `p`, read back up to one past LONGEST_WORD. */
function lettersStart(s: string, p: number): number {
  let a = p;
  while (a > 0 && p - a <= LONGEST_WORD && isLetter(s.charCodeAt(a - 1))) a--;
  return a;
}

/** The digit word ending just before `pos` (gaps skipped), as its start, or -1. */
function digitWordBefore(s: string, pos: number): number {
  const p = beforeGap(s, pos);
  if (p < 0) return -1;
  const a = lettersStart(s, p);
  if (a > 0 && isLetter(s.charCodeAt(a - 1))) return -1;
  return digitWordAt(s, a, p) >= 0 ? a : -1;
}

/** Whether a digit word (or "oh") starts just after `pos`, gaps skipped. */
function digitWordAfter(s: string, pos: number): boolean {
  const p = afterGap(s, pos);
  if (p < 0) return false;
  const b = lettersEnd(s, p);
  if (digitWordAt(s, p, b) >= 0 || isOh(s, p, b) || twoDigitWordAt(s, p, b) >= 0) return true;
  // "4 1 2 8 dash 0 0 3 9": a separator said as a word, then a digit.
  return separatorWordAt(s, p, b) >= 0 && digitNext(s, b);
}

/**
 * The most tokens with an O for a zero read per post: a customer mistypes a
 * number or two, not thousands (a post made of them stays as cheap as one of
 * written phone numbers).
 */
const MAX_OH_TOKENS = 16;

function isLetterO(c: number): boolean {
  return c === 79 || c === 111;
}

/**
 * The end of a token of digits with the letter O typed for some zeros ("7o4",
 * "o129", "O8"): at least as many digits as O's; -1 when the token at `i` is not one.
 */
function ohDigitsEnd(s: string, i: number): number {
  const n = s.length;
  let digits = 0;
  let ohs = 0;
  let j = i;
  for (; j < n; j++) {
    const c = s.charCodeAt(j);
    if (isDigit(c)) digits++;
    else if (isLetterO(c)) ohs++;
    else if (isLetter(c)) return -1;
    else break;
  }
  return ohs > 0 && digits >= ohs ? j : -1;
}

/** "oh" for zero ("nine three oh 5"): read only between two digits of a number. */
function isOh(s: string, a: number, b: number): boolean {
  return b - a === 2 && (s.charCodeAt(a) | 32) === 111 && (s.charCodeAt(a + 1) | 32) === 104;
}

/** Whether some digit group has a digit word just before or after it: the cheap test before folding. */
export function mayHoldDigitWords(s: string, runs: RunList): boolean {
  for (let r = 0; r < runs.count; r++) {
    // "7o4 555 o129": a letter O typed for a zero, glued to the digits.
    if (isLetterO(s.charCodeAt((runs.start[r] ?? 0) - 1))) return true;
    if (isLetterO(s.charCodeAt(runs.end[r] ?? 0))) return true;
    if (digitWordBefore(s, runs.start[r] ?? 0) >= 0) return true;
    if (digitWordAfter(s, runs.end[r] ?? 0)) return true;
  }
  return false;
}

/** The scan's hashes of the digit words and "oh". */
const DIGIT_WORD_HASHES = new IntSet(
  [...DIGIT_WORDS.keys(), 'oh', ...TWO_DIGIT_WORDS.keys(), ...SEPARATOR_WORDS.keys()].map(
    wordHashOf,
  ),
);

/**
 * Words that name a short secret said in words: "the code four eight eight one
 * nine two", "cvv three one four", "pin is two six one one".
 */
const CODE_CUE_WORDS = ['code', 'cvv', 'cvc', 'pin', 'passcode', 'otp', 'codigo', 'clave'];
const CODE_CUES = WordTable.of(CODE_CUE_WORDS);
/** Codes that are no secret, named by the word before "code": "area code five one five". */
const NOT_SECRET_CODE = WordTable.of([
  'area',
  'zip',
  'postal',
  'promo',
  'country',
  'sort',
  'discount',
  'coupon',
  'error',
  'gift',
  'reference',
  'tracking',
  'dress',
  'swift',
  'bank',
  'routing',
  'branch',
  'product',
  'access',
]);
/** Link words allowed between a code cue and its digits: "the code is four …". */
const CUE_LINK_WORDS = ['is', 'es', 'was', 'of', 'number'];
const CUE_LINKS = WordTable.of(CUE_LINK_WORDS);
/** The same words as the scan's word hashes, for mayHoldSpelledNumber. */
const CODE_CUE_HASHES = new IntSet(CODE_CUE_WORDS.map(wordHashOf));
const CUE_LINK_HASHES = new IntSet(CUE_LINK_WORDS.map(wordHashOf));
/** The fewest and most digit words of a secret said in words after its cue. */
const MIN_CODE_DIGITS = 3;
const MAX_CODE_DIGITS = 8;

/** The start of the word of letters ending at `end` (one blank or ": " before `pos`), or -1. */
function wordBeforeAt(s: string, pos: number): number {
  let p = pos;
  if (p < 2 || s.charCodeAt(p - 1) !== 32) return -1;
  p--;
  if (s.charCodeAt(p - 1) === 58) p--;
  const a = lettersStart(s, p);
  if (a === p || (a > 0 && isLetter(s.charCodeAt(a - 1)))) return -1;
  return a;
}

/** The end of the word of letters starting at `a`, when it is one, else -1. */
function wordEndAt(s: string, a: number): number {
  const b = lettersEnd(s, a);
  return b === a ? -1 : b;
}

/**
 * Whether a secret's cue ("code", "cvv", "pin") stands just before `pos`, or a
 * link word after one ("the code is …"), and it names no code that is public
 * ("area code", "zip code").
 */
function codeCueBefore(s: string, pos: number): boolean {
  let a = wordBeforeAt(s, pos);
  if (a < 0) return false;
  let b = wordEndAt(s, a);
  if (CUE_LINKS.has(s, a, b)) {
    const c = wordBeforeAt(s, a);
    if (c < 0) return false;
    a = c;
    b = wordEndAt(s, a);
  }
  if (!CODE_CUES.has(s, a, b)) return false;
  const w = wordBeforeAt(s, a);
  return w < 0 || !NOT_SECRET_CODE.has(s, w, a - 1);
}

/**
 * Whether the scan saw seven digit words in a row (punctuation between them
 * not looked at), or three after a secret's cue ("cvv three one four"): the
 * cheap test, on the scan's word hashes, before hasSpelledNumber reads the text.
 */
export function mayHoldSpelledNumber(words: WordList): boolean {
  return hasDigitWordRun(words, MIN_DIGITS) || hasCuedDigitWords(words);
}

/** Whether a code cue (and perhaps a link word) is followed by three digit words, on the hashes. */
function hasCuedDigitWords(words: WordList): boolean {
  for (let k = 0; k < words.count; k++) {
    if (!CODE_CUE_HASHES.has(words.hash[k] ?? 0)) continue;
    let j = k + 1;
    if (CUE_LINK_HASHES.has(words.hash[j] ?? 0)) j++;
    let run = 0;
    while (run < MIN_CODE_DIGITS && j < words.count && DIGIT_WORD_HASHES.has(words.hash[j] ?? 0)) {
      run++;
      j++;
    }
    if (run >= MIN_CODE_DIGITS) return true;
  }
  return false;
}

/** Whether the scan saw `min` digit words in a row, on its word hashes. */
export function hasDigitWordRun(words: WordList, min: number): boolean {
  let run = 0;
  for (let k = 0; k < words.count; k++) {
    if (!DIGIT_WORD_HASHES.has(words.hash[k] ?? 0)) run = 0;
    else if (++run >= min) return true;
  }
  return false;
}

/**
 * Whether the text holds a number spelled wholly in words ("two one four five
 * five five oh one nine three"): seven digit words or more in a row. One pass;
 * a run of seven holds a word whose index is a multiple of seven, so only
 * those words are looked up until one is a digit word, and the run around it
 * is then measured.
 */
export function hasSpelledNumber(s: string): boolean {
  const n = s.length;
  let index = 0;
  for (let i = 0; i < n;) {
    if (!isLetter(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && isLetter(s.charCodeAt(j))) j++;
    if (index++ % MIN_DIGITS === 0 && numberWordAt(s, i, j) && runAround(s, i, j) >= MIN_DIGITS)
      return true;
    // "the code four eight eight …": a short secret said in words after its cue.
    if (CODE_CUES.has(s, i, j) && cuedDigitWordsAfter(s, j)) return true;
    i = j;
  }
  return false;
}

/** Whether three digit words follow the code cue ending at `pos` (a link word may come first). */
function cuedDigitWordsAfter(s: string, pos: number): boolean {
  let p = pos;
  let run = 0;
  for (let w = 0; w <= MIN_CODE_DIGITS && run < MIN_CODE_DIGITS; w++) {
    if (s.charCodeAt(p) === 58) p++;
    if (s.charCodeAt(p) !== 32) return false;
    const e = lettersEnd(s, p + 1);
    if (e === p + 1 || (e < s.length && isLetter(s.charCodeAt(e)))) return false;
    if (digitWordAt(s, p + 1, e) >= 0) run++;
    else if (w > 0 || !CUE_LINKS.has(s, p + 1, e)) return false;
    p = e;
  }
  return run >= MIN_CODE_DIGITS;
}

/** The number of digit words (and "oh"s) in the run through the word [a, b). */
function runAround(s: string, a: number, b: number): number {
  let run = 1;
  // Backwards, then forwards, at most MIN_DIGITS words each way.
  for (let p = a; run < MIN_DIGITS;) {
    const q = beforeGap(s, p);
    if (q < 0) break;
    const w = lettersStart(s, q);
    if (w > 0 && isLetter(s.charCodeAt(w - 1))) break;
    if (!numberWordAt(s, w, q)) break;
    run++;
    p = w;
  }
  for (let p = b; run < MIN_DIGITS;) {
    const q = afterGap(s, p);
    if (q < 0) break;
    const e = lettersEnd(s, q);
    if (e < s.length && isLetter(s.charCodeAt(e))) break;
    if (!numberWordAt(s, q, e)) break;
    run++;
    p = e;
  }
  return run;
}

/**
 * Whether a digit or a digit word starts at `pos` after a short gap; "one oh oh
 * four": an "oh" counts when a digit or digit word follows it in turn.
 */
function digitNext(s: string, pos: number, ohMayFollow = true): boolean {
  const p = afterGap(s, pos);
  if (p < 0) return false;
  if (isDigit(s.charCodeAt(p))) return true;
  const b = lettersEnd(s, p);
  return (
    digitWordAt(s, p, b) >= 0 ||
    twoDigitWordAt(s, p, b) >= 0 ||
    (ohMayFollow && isOh(s, p, b) && digitNext(s, b, false))
  );
}

const decoder = new TextDecoder('utf-16le');
const TWO_DIGITS = 100;
/** A blank dropped from the folded text: between the words of a number said with dashes. */
const DROPPED = 2;
const SEPARATOR = 300;

/** Whether a digit word (not a digit) starts at `pos` after a short gap. */
function digitWordNext(s: string, pos: number): boolean {
  const p = afterGap(s, pos);
  if (p < 0) return false;
  const b = lettersEnd(s, p);
  return (b >= s.length || !isLetter(s.charCodeAt(b))) && digitWordAt(s, p, b) >= 0;
}

/** Whether a digit word of 1–9 follows at `pos` after a single blank: "eighty two". */
function unitWordNext(s: string, pos: number): boolean {
  if (s.charCodeAt(pos) !== 32) return false;
  const b = lettersEnd(s, pos + 1);
  return digitWordAt(s, pos + 1, b) > 0;
}

/**
 * Whether the normalised word [a, b) of `base` was written with a Latin letter bearing a
 * mark ("tên"); letters in other forms (full-width, look-alikes) are still read as typed.
 */
function lostMarks(base: NormalizedText, a: number, b: number): boolean {
  const { starts, ends, original } = base;
  if (starts === null || ends === null) return false;
  const from = starts[a] ?? 0;
  const to = ends[b - 1] ?? from;
  for (let k = from; k < to; k++) {
    const c = original.charCodeAt(k);
    if ((c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x300 && c <= 0x36f))
      return true;
  }
  return false;
}

/** foldDigitWords's pending words and commas, kept from post to post and grown as needed. */
let pendingWordsKept = new Int32Array(64);
let pendingCommasKept = new Int32Array(128);

/**
 * `text` with spelled-out digits next to digit groups replaced by the digits,
 * and the commas between the parts of such a number made spaces; offsets map
 * back through `base` (the normalisation already applied, when there was one)
 * to the text as received. Null when nothing changes. One pass over the text,
 * with typed buffers: hostile posts made of digit words stay linear.
 */
/** Words before "one" that make it a pronoun ("the new one", "which one", "no one"). */
const ONE_PRONOUN_BEFORE = WordTable.of([
  'new',
  'old',
  'this',
  'that',
  'the',
  'which',
  'another',
  'same',
  'right',
  'wrong',
  'correct',
  'current',
  'only',
  'no',
  'each',
  'every',
  'last',
  'other',
  'main',
  'good',
  'real',
  // round 27: "latest one 193764", "newest one …".
  'latest',
  'newest',
  'recent',
  'next',
  'first',
  'second',
  'third',
]);

/** Whether the "one" at `i` follows, past one blank, a word that makes it a pronoun. */
function oneAsPronoun(text: string, i: number): boolean {
  if (i < 2 || text.charCodeAt(i - 1) !== 32) return false;
  let w = i - 1;
  while (w > 0 && isLetter(text.charCodeAt(w - 1))) w--;
  return w < i - 1 && ONE_PRONOUN_BEFORE.has(text, w, i - 1);
}

export function foldDigitWords(text: string, base: NormalizedText | null): NormalizedText | null {
  const n = text.length;
  // Per position: the digit a word starting here stands for, plus one (0: none);
  // TWO_DIGITS + the number of a teen or tens word; SEPARATOR + the character of
  // a separator word. The words of a sequence that turns out too short are reset when it ends.
  const replaceAt = new Int16Array(n + 1);
  const wordEnd = new Int32Array(n + 1);
  const blankAt = new Uint8Array(n + 1);
  // The current sequence of digit words and digit groups separated by short gaps.
  let seqFirst = -1;
  let seqDigits = 0;
  let seqWords = 0;
  // Digits the words stand for, and separator words: "six one two dash five five".
  let seqWordDigits = 0;
  let seqSeparators = 0;
  // Tokens with the letter O typed for a zero: "7o4 555 o129".
  let seqOhs = 0;
  let ohTokens = 0;
  let seqGroups = 0;
  let any = false;
  // The words and commas of the current sequence: the first pendingWordCount and
  // pendingCommaCount entries of arrays kept from post to post, grown to the post
  // (a word and the gap after it take two characters or more, a comma one).
  if (pendingWordsKept.length < (n >> 1) + 1) pendingWordsKept = new Int32Array(n + 2);
  if (pendingCommasKept.length < n + 1) pendingCommasKept = new Int32Array(2 * n + 2);
  const pendingWords = pendingWordsKept;
  const pendingCommas = pendingCommasKept;
  let pendingWordCount = 0;
  let pendingCommaCount = 0;
  const dashesOnly = (): boolean => {
    for (let k = 0; k < pendingWordCount; k++) {
      const d = replaceAt[pendingWords[k] ?? 0] ?? 0;
      if (d >= SEPARATOR && d !== SEPARATOR + 45) return false;
    }
    return true;
  };
  const flush = (): void => {
    // Digit words beside digit groups, or a number spelled wholly in words.
    if (
      ((seqWords > 0 || seqSeparators > 0 || seqOhs > 0) &&
        seqDigits >= MIN_DIGITS &&
        (seqGroups > 0 || seqWordDigits === seqDigits)) ||
      // "the code four eight eight one nine two", "cvv three one four": a short
      // secret said wholly in words right after its cue.
      (seqFirst >= 0 &&
        seqGroups === 0 &&
        seqSeparators === 0 &&
        seqWordDigits === seqDigits &&
        seqDigits >= MIN_CODE_DIGITS &&
        seqDigits <= MAX_CODE_DIGITS &&
        codeCueBefore(text, seqFirst))
    ) {
      any = true;
      for (let k = 0; k < pendingCommaCount; k++) blankAt[pendingCommas[k] ?? 0] = 1;
      // "two zero five dash five five five dash …": a number said wholly in words with
      // its dashes is written as such ("205-555-…"), the blanks between its words dropped.
      if (seqSeparators > 0 && seqGroups === 0 && seqOhs === 0 && dashesOnly()) {
        for (let k = 1; k < pendingWordCount; k++) {
          const from = wordEnd[pendingWords[k - 1] ?? 0] ?? 0;
          const to = pendingWords[k] ?? 0;
          for (let g = from; g < to; g++) if (text.charCodeAt(g) === 32) blankAt[g] = DROPPED;
        }
      }
    } else {
      for (let k = 0; k < pendingWordCount; k++) replaceAt[pendingWords[k] ?? 0] = 0;
    }
    pendingWordCount = 0;
    pendingCommaCount = 0;
    seqFirst = -1;
    seqDigits = 0;
    seqWords = 0;
    seqWordDigits = 0;
    seqSeparators = 0;
    seqOhs = 0;
    seqGroups = 0;
  };
  let i = 0;
  let lastEnd = -1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isLetter(c) && !isDigit(c)) {
      i++;
      continue;
    }
    let j = i;
    // "pls call me 7o4 555 o129", "dob 11/O8/1985": the letter O typed for a zero.
    const ohEnd = ohTokens < MAX_OH_TOKENS ? ohDigitsEnd(text, i) : -1;
    if (ohEnd > 0) {
      ohTokens++;
      // Beside "/" and a digit group, a date: read however short the sequence.
      const dated =
        (i >= 2 && text.charCodeAt(i - 1) === 47 && isDigit(text.charCodeAt(i - 2))) ||
        (text.charCodeAt(ohEnd) === 47 && isDigit(text.charCodeAt(ohEnd + 1)));
      let joined = seqFirst >= 0 && lastEnd >= 0 && i - lastEnd <= MAX_GAP;
      if (joined) {
        for (let g = lastEnd; g < i; g++) if (!isGap(text.charCodeAt(g))) joined = false;
      }
      if (!joined) {
        flush();
        seqFirst = i;
      } else {
        for (let g = lastEnd; g < i; g++)
          if (text.charCodeAt(g) === 44) pendingCommas[pendingCommaCount++] = g;
      }
      for (let p = i; p < ohEnd; p++) {
        if (!isLetterO(text.charCodeAt(p))) continue;
        replaceAt[p] = 1;
        wordEnd[p] = p + 1;
        if (dated) any = true;
        else pendingWords[pendingWordCount++] = p;
      }
      seqOhs++;
      seqGroups++;
      seqDigits += ohEnd - i;
      lastEnd = ohEnd;
      i = ohEnd;
      continue;
    }
    const digitRun = isDigit(c);
    while (j < n && (digitRun ? isDigit(text.charCodeAt(j)) : isLetter(text.charCodeAt(j)))) j++;
    const glued = j < n && (isLetter(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)));
    // "0071 0003 84562, tên …" (Vietnamese: name): a word that lost its marks in the
    // normalisation is another language's word, not an English number word ("ten").
    const marked = !digitRun && base !== null && lostMarks(base, i, j);
    let digit = digitRun || marked ? -1 : digitWordAt(text, i, j);
    // round 26: "my new one 801 555 0164": "one" after a determiner or an adjective is a pronoun.
    if (digit === 1 && j - i === 3 && oneAsPronoun(text, i)) digit = -1;
    // "… 4472 nine three oh 5": "oh" inside a number, between two digits, is a zero.
    if (
      !digitRun &&
      !marked &&
      digit < 0 &&
      !glued &&
      seqFirst >= 0 &&
      lastEnd >= 0 &&
      i - lastEnd <= MAX_GAP &&
      isOh(text, i, j) &&
      digitNext(text, j)
    )
      digit = 0;
    // "oh seven slash fourteen …": an "oh" opening a number said wholly in words.
    if (!digitRun && !marked && digit < 0 && !glued && isOh(text, i, j) && digitWordNext(text, j))
      digit = 0;
    const two = digitRun || marked || digit >= 0 || glued ? -1 : twoDigitWordAt(text, i, j);
    const separator =
      digitRun || marked || digit >= 0 || two >= 0 || glued || seqFirst < 0 || lastEnd < 0
        ? -1
        : separatorWordAt(text, i, j);
    if (glued || (!digitRun && digit < 0 && two < 0 && (separator < 0 || !digitNext(text, j)))) {
      flush();
      lastEnd = -1;
      // Skip the rest of a mixed token ("4th", "2fa").
      while (j < n && (isLetter(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)))) j++;
      i = j;
      continue;
    }
    let joined = seqFirst >= 0 && lastEnd >= 0 && i - lastEnd <= MAX_GAP;
    if (joined) {
      for (let g = lastEnd; g < i; g++) if (!isGap(text.charCodeAt(g))) joined = false;
    }
    if (!joined) {
      flush();
      if (separator >= 0) {
        lastEnd = -1;
        i = j;
        continue;
      }
      seqFirst = i;
    } else {
      for (let g = lastEnd; g < i; g++)
        if (text.charCodeAt(g) === 44) pendingCommas[pendingCommaCount++] = g;
    }
    if (separator >= 0) {
      replaceAt[i] = SEPARATOR + separator;
      wordEnd[i] = j;
      pendingWords[pendingWordCount++] = i;
      seqSeparators++;
    } else if (two >= 0) {
      // "eighty two": the tens word gives its first digit only.
      const single = two >= 20 && two % 10 === 0 && unitWordNext(text, j);
      replaceAt[i] = single ? two / 10 + 1 : TWO_DIGITS + two;
      wordEnd[i] = j;
      pendingWords[pendingWordCount++] = i;
      seqWords++;
      seqWordDigits += single ? 1 : 2;
      seqDigits += single ? 1 : 2;
    } else if (digit >= 0) {
      replaceAt[i] = digit + 1;
      wordEnd[i] = j;
      pendingWords[pendingWordCount++] = i;
      seqWords++;
      seqWordDigits++;
      seqDigits++;
    } else {
      seqGroups++;
      seqDigits += j - i;
    }
    lastEnd = j;
    i = j;
  }
  flush();
  if (!any) return null;

  const units = new Uint16Array(n);
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const baseStarts = base?.starts ?? null;
  const baseEnds = base?.ends ?? null;
  let len = 0;
  for (let p = 0; p < n;) {
    if (blankAt[p] === DROPPED) {
      p++;
      continue;
    }
    const d = replaceAt[p] ?? 0;
    const to = d > 0 ? (wordEnd[p] ?? p + 1) : p + 1;
    const start = baseStarts === null ? p : (baseStarts[p] ?? p);
    const end = baseEnds === null ? to : (baseEnds[to - 1] ?? to);
    if (d >= TWO_DIGITS && d < SEPARATOR) {
      // A word of three letters or more becomes two digits: the buffers stay large enough.
      units[len] = 48 + Math.floor((d - TWO_DIGITS) / 10);
      starts[len] = start;
      ends[len] = end;
      len++;
      units[len] = 48 + ((d - TWO_DIGITS) % 10);
    } else if (d >= SEPARATOR) units[len] = d - SEPARATOR;
    else units[len] = d > 0 ? 47 + d : blankAt[p] === 1 ? 32 : text.charCodeAt(p);
    starts[len] = start;
    ends[len] = end;
    len++;
    p = to;
  }
  return {
    original: base?.original ?? text,
    text: decoder.decode(units.subarray(0, len)),
    starts: starts.subarray(0, len),
    ends: ends.subarray(0, len),
  };
}

/** The most letters spelled out before the digits of a number: "H O dash 7 7 …". */
const MAX_SPELLED_LETTERS = 3;

/**
 * "policy number H O dash 7 7 1 4 …", "policy is K 0 5 5 2 …": a number dictated
 * with its letters spaced out before its digits. From the start `a` of the digits:
 * the start of one to MAX_SPELLED_LETTERS single capitals, each alone between
 * blanks, then a blank, " - " or " dash " before the digits; `a` when there are
 * none. A lone "I" or "A" is the pronoun or the article, not a letter of the number.
 */
export function spelledLettersStart(s: string, a: number): number {
  let p = a;
  if (p < 2 || s.charCodeAt(p - 1) !== 32) return a;
  p--;
  if (p >= 5 && s.charCodeAt(p - 5) === 32 && s.slice(p - 4, p).toLowerCase() === 'dash') p -= 5;
  else if (p >= 2 && s.charCodeAt(p - 1) === 45 && s.charCodeAt(p - 2) === 32) p -= 2;
  let start = a;
  let letters = 0;
  let lone = false;
  while (letters < MAX_SPELLED_LETTERS && p >= 1) {
    const c = s.charCodeAt(p - 1);
    if (c < 65 || c > 90) break;
    const before = p >= 2 ? s.charCodeAt(p - 2) : 32;
    if (before !== 32 && before !== 10 && before !== 58) break;
    letters++;
    lone = c === 73 || c === 65;
    start = p - 1;
    if (before !== 32 || p < 3) break;
    p -= 2;
  }
  if (letters === 0 || (letters === 1 && lone)) return a;
  return start;
}
