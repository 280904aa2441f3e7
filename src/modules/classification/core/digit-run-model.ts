/**
 * A small model for the numbers no rule read: one multinomial logistic
 * regression over hashed features of a digit run (its length and layout, the
 * characters right around it, the words before and after it) that says whether
 * the run is a sensitive value, and of which type. It is trained offline by
 * `npm run train:runs` (`bench/train-digit-run-model.ts`) on every digit run of
 * the labelled sets (docs/classification.md, "The digit-run model"); the
 * weights are committed as JSON beside this file and nothing is downloaded at
 * run time.
 *
 * The rules run first and claim what they read (findings and recognised
 * non-findings: amounts, the institution's own numbers, claim and ticket
 * numbers…). The model then reads only the runs left unclaimed, and reports a
 * finding when its probability that the run is sensitive reaches the policy's
 * `minScore` (detectors.yaml `digitRunModel`; by default the model's own
 * threshold). The finding names the model as its detector (`model.<id>`) and
 * carries the probability as its confidence, so a decision it causes is
 * explained like a rule's. Exact kinds keep their checks: a run read as a card
 * must pass Luhn in a card range, a routing number its ABA checksum, an SSN
 * the SSA's rules.
 */
import { ENTITY_TYPES } from '../../policy/core';
import { abaValid, isCardNumber, ssnValid } from './checksums';
import { codeAt, digitsOf, type DetectionState } from './detection-state';
import {
  advertisedContact,
  othersPhoneBefore,
  thirdPartysPhoneBefore,
  institutionAfter,
  moneySentToPhone,
  notTheCustomers,
  payeeOrWrongAccount,
  phoneDisownedAfter,
} from './contact-owner';
import { checkedWeight } from './intent-model';
import { mixHash, RunList } from './lexicon-trie';
import { spelledLettersStart } from './digit-words';
import RUNS_LR_1 from './digit-run-model.runs-lr-1.json';

/** The model's classes, in the order of its weights. `OTHER` is part of a longer value (an address, an IBAN, an email): never reported. */
export const RUN_CLASSES = [
  'NONE',
  'BANK_ACCOUNT',
  'PHONE',
  'DATE_OF_BIRTH',
  'CREDENTIAL',
  'SSN',
  'ROUTING_NUMBER',
  'CARD_NUMBER',
  'OTHER',
] as const;

/** The on-disk form of the model (written by the trainer). */
export interface DigitRunModelFile {
  id: string;
  /** Feature space: hashed buckets, a power of two. */
  dim: number;
  classes: string[];
  bias: number[];
  /** A weight is its row's integer times `scale`. */
  scale: number;
  /** Sparse rows: `[bucket, weight per class as an integer in -127…127]`. */
  rows: number[][];
  /** Probability of "sensitive" (1 − P(NONE)) from which a run is reported. */
  threshold: number;
  /** How the weights were obtained (data, epochs, regularisation), for the record. */
  trainedOn?: string;
}

/** Most digits of a run the model reads: longer than any card, account or CLABE (IBANs are the rules'). */
export const MAX_RUN_DIGITS = 20;
/** Fewest digits of a run the model reads: a card code or shorter is left to the rules. */
export const MIN_RUN_DIGITS = 4;
/**
 * Runs read per post, at most: a post of thousands of numbers (a pasted
 * statement, a hostile post) costs no more than this; its unread long
 * numbers still route it offline (INV-2-unread-number).
 */
export const MAX_RUNS_PER_POST = 64;
/** Characters looked at before and after a run for its words. */
const WINDOW_BEFORE = 60;
const WINDOW_AFTER = 40;
/** Words before (nearest first) and after a run that become features. */
const WORDS_BEFORE = 5;
const WORDS_AFTER = 3;
/** Features of one run, at most (see runFeatures). */
export const MAX_FEATURES = 32;

// Feature kinds: each hash is mixed with its kind, so a word before and the same word after differ.
const F_BIAS = 1;
const F_DIGITS = 2;
const F_SHAPE = 3;
const F_GROUPS = 4;
const F_SEPARATORS = 5;
const F_WORD_BEFORE = 6; // + position 0 or 1
const F_WORD_BEFORE_FAR = 8;
const F_STEM_BEFORE = 9;
const F_WORD_AFTER = 10;
const F_WORD_AFTER_FAR = 11;
const F_CHAR_BEFORE = 12;
const F_TWO_CHARS_BEFORE = 13;
const F_CHAR_AFTER = 14;
const F_DIGITS_CHAR_BEFORE = 15;

function feature(kind: number, value: number): number {
  return mixHash(Math.imul(kind, 0x9e3779b1) ^ value) >>> 0;
}

/** Letters, and '#', '@', '$', '%', '&' (so "acct#" and "$" count as words). */
function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    c === 35 ||
    c === 64 ||
    c === 36 ||
    c === 37 ||
    c === 38 ||
    (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff))
  );
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** FNV-1a of s[from, to) in lower case; the stem hash is of its first four characters. */
function wordHash(s: string, from: number, to: number, stem: boolean): number {
  let h = 0x811c9dc5;
  const end = stem ? Math.min(to, from + 4) : to;
  for (let i = from; i < end; i++) h = Math.imul(h ^ lower(s.charCodeAt(i)), 0x01000193);
  return h >>> 0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The separators that may join two digit groups of one run. */
function isJoiner(c: number): boolean {
  return c === 32 || c === 45 || c === 46 || c === 47;
}

/**
 * The features of the digit run s[a, b) into `out`; returns how many. The
 * trainer calls this same function on the same normalised text, so training
 * and classification see the same features.
 */
export function runFeatures(s: string, a: number, b: number, out: Int32Array): number {
  let n = 0;
  out[n++] = feature(F_BIAS, 0);
  // Layout: digits, groups, group lengths and separators ("4-4-4 ", "3-2-4-").
  let digits = 0;
  let groups = 0;
  let shape = 0x811c9dc5;
  let separators = 0;
  let group = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      digits++;
      group++;
    } else {
      shape = Math.imul(shape ^ Math.min(group, 9), 0x01000193);
      shape = Math.imul(shape ^ c, 0x01000193);
      separators |= c === 32 ? 1 : c === 45 ? 2 : c === 46 ? 4 : 8;
      groups++;
      group = 0;
    }
  }
  shape = Math.imul(shape ^ Math.min(group, 9), 0x01000193);
  groups++;
  const d = Math.min(digits, 20);
  out[n++] = feature(F_DIGITS, d);
  out[n++] = feature(F_SHAPE, groups <= 6 ? shape >>> 0 : 0);
  out[n++] = feature(F_GROUPS, Math.min(groups, 8));
  out[n++] = feature(F_SEPARATORS, separators);
  const before = a > 0 ? s.charCodeAt(a - 1) : 0;
  const before2 = a > 1 ? s.charCodeAt(a - 2) : 0;
  out[n++] = feature(F_CHAR_BEFORE, lower(before));
  out[n++] = feature(F_TWO_CHARS_BEFORE, Math.imul(lower(before2), 65599) ^ lower(before));
  out[n++] = feature(F_CHAR_AFTER, b < s.length ? lower(s.charCodeAt(b)) : 0);
  out[n++] = feature(F_DIGITS_CHAR_BEFORE, d * 131 + lower(before));
  // Words before, nearest first: the two nearest by position, the others as a bag; stems of all.
  let i = a - 1;
  const stop = Math.max(0, a - WINDOW_BEFORE);
  for (let w = 0; w < WORDS_BEFORE && i >= stop;) {
    while (i >= stop && !isWordChar(s.charCodeAt(i))) i--;
    if (i < stop) break;
    const end = i + 1;
    while (i >= stop && isWordChar(s.charCodeAt(i))) i--;
    const start = i + 1;
    const h = wordHash(s, start, end, false);
    out[n++] = w < 2 ? feature(F_WORD_BEFORE + w, h) : feature(F_WORD_BEFORE_FAR, h);
    out[n++] = feature(F_STEM_BEFORE, wordHash(s, start, end, true));
    w++;
  }
  // Words after, nearest first.
  let j = b;
  const limit = Math.min(s.length, b + WINDOW_AFTER);
  for (let w = 0; w < WORDS_AFTER && j < limit;) {
    while (j < limit && !isWordChar(s.charCodeAt(j))) j++;
    if (j >= limit) break;
    const start = j;
    while (j < limit && isWordChar(s.charCodeAt(j))) j++;
    const h = wordHash(s, start, j, false);
    out[n++] = w === 0 ? feature(F_WORD_AFTER, h) : feature(F_WORD_AFTER_FAR, h);
    w++;
  }
  return n;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Words after a number that make it money (sticky: tried at one position, nothing sliced). */
const MONEY_AFTER = /\s(?:dollars?|bucks|usd|eur|euros?|pesos|k|mil|cents?)\b/iy;
/** Currency codes and words before a number that make it money, ending right before its space. */
const MONEY_BEFORE = /(?:usd|eur|gbp|cad|mxn|dollars?)\s$/i;

/**
 * Whether the run s[a, b) is one the model reads: not a year on its own
 * ("2024"), not part of a code written with letters ("E-401192", "401192A"),
 * not money ("$125000", "USD 125000", "4400 dollars") and not a percentage.
 * Those are settled here rather than left to the weights, which the labelled
 * sets teach too rarely about them.
 */
function readable(s: string, a: number, b: number, digits: number): boolean {
  if (digits === 4 && b - a === 4) {
    const v =
      (s.charCodeAt(a) - 48) * 1000 +
      (s.charCodeAt(a + 1) - 48) * 100 +
      (s.charCodeAt(a + 2) - 48) * 10 +
      (s.charCodeAt(a + 3) - 48);
    if (v >= 1900 && v <= 2099) return false;
  }
  const before = a > 0 ? s.charCodeAt(a - 1) : 0;
  if (isLetter(before) || before === 36 /* $ */) return false;
  const before2 = a > 1 ? s.charCodeAt(a - 2) : 0;
  if ((before === 45 || before === 47) && isLetter(before2)) return false;
  const after = b < s.length ? s.charCodeAt(b) : 0;
  if (isLetter(after) || after === 37 /* % */) return false;
  if (before === 32 && before2 === 36) return false;
  if (after === 32 && b + 1 < s.length && isLetter(s.charCodeAt(b + 1))) {
    MONEY_AFTER.lastIndex = b;
    if (MONEY_AFTER.test(s)) return false;
  }
  return !(before === 32 && isLetter(before2) && MONEY_BEFORE.test(s.slice(Math.max(0, a - 9), a)));
}

/**
 * The digit runs of `s` the model reads, each passed to `visit(a, b)`, from
 * the maximal digit runs of `s` (`runs`, the scan's): digit groups joined by
 * single spaces, hyphens, dots or slashes ("4410 2287 9913",
 * "08-09-1956"), of MIN_RUN_DIGITS to MAX_RUN_DIGITS digits, that are
 * `readable`. A visitor returning false ends the walk.
 */
export function forEachRun(
  s: string,
  runs: RunList,
  visit: (a: number, b: number, digits: number) => boolean | void,
): void {
  const starts = runs.start;
  const ends = runs.end;
  const count = runs.count;
  let r = 0;
  while (r < count) {
    const a = starts[r];
    let end = ends[r];
    let digits = end - a;
    // Join the next maximal digit run when one joiner stands between them.
    while (r + 1 < count && starts[r + 1] === end + 1 && isJoiner(s.charCodeAt(end))) {
      r++;
      digits += ends[r] - starts[r];
      end = ends[r];
    }
    r++;
    if (digits >= MIN_RUN_DIGITS && digits <= MAX_RUN_DIGITS && readable(s, a, end, digits)) {
      if (visit(a, end, digits) === false) return;
    }
  }
}

/** The maximal runs of ASCII digits of `s`, as the trie's scan lists them (for callers without a scan). */
export function digitRunsOf(s: string): RunList {
  const runs = new RunList();
  for (let i = 0; i < s.length;) {
    if (!isDigit(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const a = i;
    while (i < s.length && isDigit(s.charCodeAt(i))) i++;
    runs.push(a, i);
  }
  return runs;
}

/** Which classes may be reported, by class index: their entity type index (ENTITY_TYPES order), else -1. */
function reportedTypes(classes: readonly string[]): Int32Array {
  return Int32Array.from(classes, (c) =>
    c === 'NONE' || c === 'OTHER' ? -1 : (ENTITY_TYPES as readonly string[]).indexOf(c),
  );
}

/** The buffers one classifier uses to read runs with the model (see ClassifierScratch). */
export class DigitRunScratch {
  readonly features = new Int32Array(MAX_FEATURES);
  readonly z: Float64Array;
  readonly p: Float64Array;
  readonly digits = new Int32Array(32);
  /** The last run's probability of being sensitive. */
  score = 0;

  constructor(classes: number) {
    this.z = new Float64Array(classes);
    this.p = new Float64Array(classes);
  }
}

/** A loaded model, read-only once built: per bucket its weights as signed bytes, one per class. */
export class DigitRunModel {
  readonly id: string;
  readonly detector: string;
  readonly classes: readonly string[];
  readonly threshold: number;
  private readonly mask: number;
  private readonly table: Int8Array;
  private readonly bias: Float64Array;
  private readonly scale: number;
  private readonly types: Int32Array;

  constructor(file: DigitRunModelFile) {
    if ((file.dim & (file.dim - 1)) !== 0) throw new RangeError('model dim must be a power of two');
    if (file.classes.length !== file.bias.length || file.classes[0] !== 'NONE') {
      throw new RangeError(`model ${file.id}: classes must start with NONE, one bias each`);
    }
    this.id = file.id;
    this.detector = `model.${file.id}`;
    this.classes = file.classes;
    this.threshold = file.threshold;
    const k = file.classes.length;
    this.mask = file.dim - 1;
    this.table = new Int8Array(file.dim * k);
    for (const row of file.rows) {
      const bucket = row[0] ?? 0;
      for (let x = 0; x < k; x++) this.table[bucket * k + x] = checkedWeight(file.id, row[x + 1]);
    }
    this.bias = Float64Array.from(file.bias);
    this.scale = file.scale;
    this.types = reportedTypes(file.classes);
  }

  newScratch(): DigitRunScratch {
    return new DigitRunScratch(this.classes.length);
  }

  /** Class probabilities of the run s[a, b), in `classes` order, into `sc.p`. */
  probabilities(s: string, a: number, b: number, sc: DigitRunScratch): Float64Array {
    const k = this.classes.length;
    const features = sc.features;
    const n = runFeatures(s, a, b, features);
    const z = sc.z;
    const out = sc.p;
    for (let x = 0; x < k; x++) z[x] = 0;
    for (let f = 0; f < n; f++) {
      const base = (features[f] & this.mask) * k;
      for (let x = 0; x < k; x++) z[x] += this.table[base + x];
    }
    let max = -Infinity;
    for (let x = 0; x < k; x++) {
      z[x] = this.bias[x] + this.scale * z[x];
      if (z[x] > max) max = z[x];
    }
    let sum = 0;
    for (let x = 0; x < k; x++) {
      out[x] = Math.exp(z[x] - max);
      sum += out[x];
    }
    for (let x = 0; x < k; x++) out[x] /= sum;
    return out;
  }

  /**
   * The entity type index (ENTITY_INDEX) the model reports the run s[a, b) of
   * `digits` digits as, or -1; the probability that it is sensitive is left in
   * `sc.score`.
   */
  judge(
    s: string,
    a: number,
    b: number,
    digits: number,
    sc: DigitRunScratch,
    minScore = this.threshold,
  ): number {
    const p = this.probabilities(s, a, b, sc);
    const sensitive = 1 - p[0];
    sc.score = sensitive;
    if (sensitive < minScore) return -1;
    let best = 1;
    for (let x = 2; x < this.classes.length; x++) if (p[x] > p[best]) best = x;
    const type = this.types[best];
    if (this.classes[best] === 'SSN') {
      const shape = groupShape(s, a, b);
      if (PHONE_GROUPINGS.has(shape)) return spacedOnly(s, a, b) ? PHONE_TYPE : -1;
      // round 24: "EIN for my business is 86-2201948": laid out 2-7, an employer's number.
      if (shape === EIN_GROUPING) return -1;
    }
    return type >= 0 && holds(this.classes[best], s, a, b, digits, sc.digits) ? type : -1;
  }

  /**
   * Reads the runs no detector claimed and reports those the model takes for
   * sensitive values (see the file comment). Runs after MAX_RUNS_PER_POST are
   * not read.
   */
  detect(st: DetectionState, sc: DigitRunScratch, minScore = this.threshold): void {
    const s = st.s;
    let read = 0;
    // Whether the post names a secret: looked up once, the first time it matters.
    let secretNamed = -1;
    forEachRun(s, st.scan.digitRuns, (a, b, digits) => {
      if (st.isClaimed(a, b)) return true;
      const type = this.judge(s, a, b, digits, sc, minScore);
      // "you have 2291 but it's 2219" (the last four of an SSN), "reclamo 88-2201-A": a
      // credential only in a post that names a secret (a password, PIN, code … keyword),
      // or laid out as a one-time code ("the 6 digit thing you sent me was 301846").
      let report = type >= 0;
      if (type === CREDENTIAL_TYPE && !oneTimeCodeShaped(s, a, b, digits)) {
        if (secretNamed < 0) secretNamed = namesSecret(st) ? 1 : 0;
        report = secretNamed === 1;
      }
      // "Acc 1402 2277 81 branch 470010", "…, Kasba, Kolkata 700042": a branch's code or the
      // postal code closing an address is no secret, however it is laid out.
      if (report && type === CREDENTIAL_TYPE && (branchCodeBefore(s, a) || postalCodeBefore(s, a)))
        report = false;
      // "policy number H O dash 7 7 1 4 …": the letters dictated before the digits belong to the number.
      const from = type === BANK_ACCOUNT_TYPE ? spelledLettersStart(s, a) : a;
      // "numero di telefono nuovo 0403 555 228", "Ffoniwch fi ar 07700 900 218": a national
      // mobile in its phone grouping is a phone, whatever the words around it; an Australian
      // 1300 / 1800 line ("rang me from 1300 555 221") is a business's, no one's own.
      let kind = type;
      let phoneFrom = a;
      if (report && (type === BANK_ACCOUNT_TYPE || type === PHONE_TYPE)) {
        // "full one 0917 555 0184": a lone digit (a folded "one") before a national number
        // from its trunk 0 is no part of it.
        const next = a + 2;
        let shape = phoneShape(s, a, b, digits);
        if (shape === SHAPE_OTHER && loneDigitBefore(s, a, b)) {
          shape = phoneShape(s, next, b, digits - 1);
          if (shape !== SHAPE_OTHER) phoneFrom = next;
        }
        // "inombolo yefowuni. Entsha yi 0716234458": one group from a trunk 0 and a mobile
        // prefix, a phone cue just before (in the sentence before, too).
        if (shape === SHAPE_OTHER && oneGroupMobile(s, a, b, digits) && phoneCueNear(st, a))
          shape = SHAPE_MOBILE;
        // "routing and account: 322271627 / 081 774 3309": an account's cue before names it.
        if (shape === SHAPE_MOBILE_PLAIN)
          shape = identifierCueNear(st, phoneFrom) ? SHAPE_OTHER : SHAPE_MOBILE;
        if (shape === SHAPE_MOBILE) kind = PHONE_TYPE;
        else if (shape === SHAPE_BUSINESS_LINE) report = false;
      }
      // "WhatsApp Mr Dlamini 063 …" in a loan advert, "sent R500 to 071 …": the advertiser's or
      // a payee's phone, as the phone readers leave it.
      if (
        report &&
        kind === PHONE_TYPE &&
        (advertisedContact(st, phoneFrom) ||
          moneySentToPhone(s, phoneFrom, b) ||
          phoneDisownedAfter(s, b) ||
          // round 20: "the tradie … is Dave 0412 …", "(number 07700 …)": a third party's, as
          // the phone readers leave it.
          thirdPartysPhoneBefore(s, phoneFrom) ||
          othersPhoneBefore(s, phoneFrom))
      )
        report = false;
      // round 19: "Chwilówki bez BIK … Zadzwoń 732 118 440": a number an advert asks the reader
      // to call or write to is the advertiser's, whatever type the model reads it as.
      if (report && kind !== PHONE_TYPE && advertisedContact(st, from)) report = false;
      // "my landlord's account info is 8823 …", "… not 0044 7781 2209": a payee's or a wrong one.
      if (report && kind === BANK_ACCOUNT_TYPE && payeeOrWrongAccount(s, from, b)) report = false;
      // "on hold to your Sydney line 1300 …", "+94 11 … is the branch": the institution's line.
      if (
        report &&
        (kind === BANK_ACCOUNT_TYPE || kind === PHONE_TYPE) &&
        (notTheCustomers(s, phoneFrom) || institutionAfter(s, b))
      )
        report = false;
      if (report) st.emit(kind, kind === PHONE_TYPE ? phoneFrom : from, b, this.detector, sc.score);
      else if (type < 0 && digits === 9 && identityDumpSsn(st, a, b)) {
        st.emit(SSN_TYPE, a, b, 'ssn.identity', 0.8);
      }
      return ++read < MAX_RUNS_PER_POST;
    });
  }
}

const CREDENTIAL_TYPE = (ENTITY_TYPES as readonly string[]).indexOf('CREDENTIAL');
const SSN_TYPE = (ENTITY_TYPES as readonly string[]).indexOf('SSN');
const DOB_TYPE = (ENTITY_TYPES as readonly string[]).indexOf('DATE_OF_BIRTH');

/**
 * round 23: an identity dump, one item a line ("Brenda Kowalski\n11/22/1972\n6709 Ridgewood
 * Dr\n…\n407468987"): nine digits unbroken and alone on their line, a valid SSN and no valid
 * routing number, in a post where a birth date was found, are the SSN the dump gives.
 */
function identityDumpSsn(st: DetectionState, a: number, b: number): boolean {
  const s = st.s;
  if (b - a !== 9 || (a > 0 && codeAt(s, a - 1) !== 10) || (b < s.length && codeAt(s, b) !== 10))
    return false;
  const digits = digitsOf(s, a, b);
  if (!ssnValid(digits) || abaValid(digits)) return false;
  return st.findings.some((f) => f.type === DOB_TYPE);
}
const PHONE_TYPE = (ENTITY_TYPES as readonly string[]).indexOf('PHONE');
const BANK_ACCOUNT_TYPE = (ENTITY_TYPES as readonly string[]).indexOf('BANK_ACCOUNT');

const SHAPE_OTHER = 0;
const SHAPE_MOBILE = 1;
const SHAPE_BUSINESS_LINE = 2;
/** A mobile's layout that accounts are written in too ("081 774 3309"): a phone unless an identifier's cue names it. */
const SHAPE_MOBILE_PLAIN = 3;

/**
 * How the run s[a, b) of `digits` digits is laid out, if as a phone number, by the numbering
 * plans that write their numbers so. SHAPE_MOBILE for a national number in its usual groups:
 * from a trunk 0, Australia's mobiles 04xx xxx xxx, Kenya's 07xx xxx xxx; ten digits
 * 0x[x] xxx xxxx with a mobile's second digit 5 to 9 (South Africa 06x/07x/08x, the UAE and
 * Saudi Arabia 05x, Thailand 06/08/09: SHAPE_MOBILE_PLAIN, as accounts are written too); eleven digits 07xx/08xx/09xx xxx xxxx (Nigeria 070,
 * 080, 081, 090, 091, the Philippines 09xx, the UK 07xxx xxx xxx, 07xxx xxxxxx), or dictated
 * digit by digit (UK); with no trunk 0, Mexico's ten digits 2-4-4 after a two-digit area
 * (55 Mexico City, 33 Guadalajara, 81 Monterrey). SHAPE_BUSINESS_LINE for a number only
 * businesses hold: Australia's 1300 / 1800 in 4-3-3, India's 1800 xxx xxxx, a freephone or
 * share-call from a trunk 0 (0800, 0808, South Africa's 0860 / 0861), a toll-free 800 of ten
 * digits with no trunk (Saudi Arabia 800 xxx xxxx, North America). Else SHAPE_OTHER. One
 * group ("0447129803") is no layout: accounts are written so too.
 */
function phoneShape(s: string, a: number, b: number, digits: number): number {
  if (digits !== 10 && digits !== 11) return SHAPE_OTHER;
  // Group lengths, up to four, packed one decimal digit each ("4-3-3" is 433); -1 if more or longer.
  let groups = 0;
  let count = 0;
  let group = 0;
  let singles = 0;
  const d0 = s.charCodeAt(a);
  const d1 = s.charCodeAt(a + 1);
  let second = -1;
  for (let i = a; i <= b; i++) {
    const c = i < b ? s.charCodeAt(i) : 32;
    if (isDigit(c)) {
      if (group === 0 && count === 1 && second < 0) second = c;
      group++;
      continue;
    }
    if (group === 0) continue;
    if (group === 1) singles++;
    count++;
    groups = groups >= 0 && count <= 4 && group <= 9 ? groups * 10 + group : -1;
    group = 0;
  }
  if (singles === digits) {
    // "0 7 7 0 0 9 0 0 3 0 2": a UK mobile read out digit by digit.
    return digits === 11 && d0 === 48 && second === 55 ? SHAPE_MOBILE : SHAPE_OTHER;
  }
  // The first digits, which say the number's kind, as one value: "0860 …" is 860 after the 0.
  const lead = digitsValue(s, a, 4);
  if (businessLine(lead, digits, groups)) return SHAPE_BUSINESS_LINE;
  if (groups < 0) return SHAPE_OTHER;
  if (d0 === 48) {
    if (digits === 10) {
      if (groups === 433 && (d1 === 52 || d1 === 55)) return SHAPE_MOBILE;
      if (groups === 334 && d1 >= 53 && d1 <= 57) return SHAPE_MOBILE_PLAIN;
      return SHAPE_OTHER;
    }
    if (d1 === 55 && (groups === 533 || groups === 56 || groups === 434)) return SHAPE_MOBILE;
    if ((d1 === 56 || d1 === 57) && (groups === 434 || groups === 47)) return SHAPE_MOBILE;
    return SHAPE_OTHER;
  }
  // "55 4183 2290": Mexico's ten digits after a two-digit area, 2-4-4.
  const area = (d0 - 48) * 10 + (d1 - 48);
  if (digits === 10 && groups === 244 && (area === 55 || area === 33 || area === 81))
    return SHAPE_MOBILE;
  return SHAPE_OTHER;
}

/** The value of the first `n` digits of the run at `a`, skipping its joiners. */
function digitsValue(s: string, a: number, n: number): number {
  let v = 0;
  for (let i = a, k = 0; k < n && i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) continue;
    v = v * 10 + (c - 48);
    k++;
  }
  return v;
}

/**
 * Whether a run of `digits` digits opening with `lead` (its first four digits as a value) in
 * `groups` is a number only businesses hold (see phoneShape).
 */
function businessLine(lead: number, digits: number, groups: number): boolean {
  // "1300 555 221", "1800 …" (Australia); "1800 425 3800" (India).
  if ((lead === 1300 || lead === 1800) && digits === 10 && groups === 433) return true;
  if (lead === 1800 && digits === 11) return true;
  // "0800 …", "0808 …", "0860 999 119", "0861 …": from a trunk 0, any grouping.
  if (lead === 800 || lead === 808 || lead === 860 || lead === 861) return true;
  // "800 124 0000", "8001240000": ten digits from 800, no trunk.
  return digits === 10 && lead >= 8000 && lead <= 8009;
}

/** "1 0917 …": one digit, a blank, then the rest of the run (more groups of two digits or more). */
function loneDigitBefore(s: string, a: number, b: number): boolean {
  return (
    b - a > 4 &&
    s.charCodeAt(a + 1) === 32 &&
    isDigit(s.charCodeAt(a + 2)) &&
    isDigit(s.charCodeAt(a + 3))
  );
}

/** Ten or eleven digits in one group from a trunk 0 and a mobile's second digit: "0716234458". */
function oneGroupMobile(s: string, a: number, b: number, digits: number): boolean {
  if ((digits !== 10 && digits !== 11) || b - a !== digits || s.charCodeAt(a) !== 48) return false;
  const d1 = s.charCodeAt(a + 1);
  return d1 >= 53 && d1 <= 57;
}

/** The cues of the customer's identifiers that name a number after them an account's. */
const IDENTIFIER_CATEGORIES: ReadonlySet<string> = new Set([
  'account',
  'loan',
  'member',
  'policy',
  'routing',
]);

/** Whether the nearest cue before `a`, within the context window, is an identifier's. */
function identifierCueNear(st: DetectionState, a: number): boolean {
  const k = st.contextBefore(a, st.policy.contextBefore);
  return k >= 0 && IDENTIFIER_CATEGORIES.has(st.ctxCategory[k] ?? '');
}

/** How far before a one-group mobile its phone cue may end (a short sentence between). */
const PHONE_CUE_REACH = 32;

/** Whether the nearest cue before `a`, within PHONE_CUE_REACH characters, is a phone cue. */
function phoneCueNear(st: DetectionState, a: number): boolean {
  const k = st.contextBefore(a, PHONE_CUE_REACH);
  return k >= 0 && st.ctxCategory[k] === 'phone';
}

/** Six digits in one group, or in groups of three or two alike: "301846", "301 846", "30-18-46". */
function oneTimeCodeShaped(s: string, a: number, b: number, digits: number): boolean {
  if (digits !== 6) return false;
  let group = 0;
  let first = 0;
  for (let i = a; i <= b; i++) {
    if (i < b && isDigit(s.charCodeAt(i))) {
      group++;
      continue;
    }
    if (first === 0) first = group;
    else if (group !== first) return false;
    group = 0;
  }
  return first === 6 || first === 3 || first === 2;
}

/** "branch 470010", "branch code: 632005", "sort code 20-00-00" said as a branch's: the cue just before. */
const BRANCH_CODE_BEFORE =
  /\b(?:branch|branch code|branch no\.?|branch number|sort code|ifsc)[ :#]*$/i;
/** Characters before a run searched for a branch cue or an address's last parts. */
const PLACE_REACH = 32;

function branchCodeBefore(s: string, a: number): boolean {
  return BRANCH_CODE_BEFORE.test(s.slice(Math.max(0, a - PLACE_REACH), a));
}

/**
 * round 18: ", Kasba, Kolkata 700042", "Blk 128 #12-305, 310128": a comma, then a capitalised
 * place name of one or two words or nothing, then the run; with nothing between, the part before
 * the comma holds a digit (the unit or block number). The postal code closing an address.
 */
const POSTAL_AFTER_PLACE = /, ?[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})? ?$/;
const POSTAL_AFTER_UNIT = /[#\d][\d-]*, ?$/;

function postalCodeBefore(s: string, a: number): boolean {
  const before = s.slice(Math.max(0, a - PLACE_REACH), a);
  return POSTAL_AFTER_PLACE.test(before) || POSTAL_AFTER_UNIT.test(before);
}

/** Whether the scan found a keyword of a secret (any credential keyword but a username's). */
function namesSecret(st: DetectionState): boolean {
  const hits = st.scan.entityHits;
  const { credentials, entityPayloads } = st.policy;
  for (let k = 0; k < hits.count; k++) {
    const index = entityPayloads[hits.payload[k] ?? 0]?.credential ?? -1;
    const cred = index < 0 ? undefined : credentials[index];
    if (cred !== undefined && !cred.id.endsWith('.username')) return true;
  }
  return false;
}

/** Exact kinds keep their checks: a model's guess of a card, routing number or SSN must pass them. */
function holds(
  cls: string,
  s: string,
  a: number,
  b: number,
  count: number,
  digits: Int32Array,
): boolean {
  if (cls !== 'CARD_NUMBER' && cls !== 'ROUTING_NUMBER' && cls !== 'SSN') return true;
  if (count > digits.length) return false;
  let n = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) digits[n++] = c - 48;
  }
  if (cls === 'CARD_NUMBER') return isCardNumber(digits, 0, n);
  return n === 9 && (cls === 'ROUTING_NUMBER' ? abaValid(digits) : ssnValid(digits));
}

/**
 * round 21: nine digits grouped as a phone number of Spain, Portugal or Chile are one,
 * whatever their checks, when the model takes them for an SSN: "699 12 34 56", "22 508 1190",
 * "9 6612 0487" (an SSN is written 3-2-4, unbroken or a digit at a time).
 */
const PHONE_GROUPINGS: ReadonlySet<string> = new Set(['3222', '234', '2322', '144']);

/** Whether the digits of s[a, b) are parted by blanks only ("55-221-8804", a claim's, is not a phone's layout there). */
function spacedOnly(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c) && c !== 32) return false;
  }
  return true;
}

/** An employer identification number's layout, never an SSN's. */
const EIN_GROUPING = '27';

/** The lengths of the digit groups of s[a, b), in order ("286-55-1234" is "324"). */
function groupShape(s: string, a: number, b: number): string {
  let shape = '';
  let run = 0;
  for (let i = a; i <= b; i++) {
    if (i < b && isDigit(s.charCodeAt(i))) run++;
    else if (run > 0) {
      shape += String(run);
      run = 0;
    }
  }
  return shape;
}

/** The shipped models by id (detectors.yaml `digitRunModel.id`), each built once: they are read-only. */
export const DIGIT_RUN_MODELS_BY_ID: Readonly<Record<string, DigitRunModel>> = Object.freeze({
  [RUNS_LR_1.id]: new DigitRunModel(RUNS_LR_1 as DigitRunModelFile),
});
