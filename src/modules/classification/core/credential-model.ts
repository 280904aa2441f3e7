/**
 * A small model for the word-shaped secrets no rule read: one logistic
 * regression over hashed features of a token near a credential keyword (its
 * shape, the keyword and how far it is, the words around it, the punctuation
 * right before it, the post's visibility) that says whether the token is a
 * CREDENTIAL. It is trained offline by `npm run train:credentials`
 * (`bench/train-credential-model.ts`) on the tokens near a keyword in the
 * labelled sets (docs/classification.md, "The credential model"); the weights
 * are committed as JSON beside this file and nothing is downloaded at run time.
 *
 * It runs last, on a post that holds a credential keyword, and reads only the
 * tokens no finding or recognised non-finding claimed. Digit-only tokens are
 * the digit-run model's; common words ("my password is not working") and the
 * keywords themselves are never read. A token is reported when the model's
 * probability reaches the policy's `minScore` (detectors.yaml
 * `credentialModel`; by default the model's own threshold); the finding names
 * the model as its detector (`model.<id>`) with the probability as confidence.
 */
import { ENTITY_TYPES } from '../../policy/core';
import type { DetectionState } from './detection-state';
import { checkedWeight } from './intent-model';
import { mixHash } from './lexicon-trie';
import { isTrailingPunctExceptBang } from './punctuation';
import CREDS_LR_1 from './credential-model.creds-lr-1.json';

/** The on-disk form of the model (written by the trainer). */
export interface CredentialModelFile {
  id: string;
  /** Feature space: hashed buckets, a power of two. */
  dim: number;
  bias: number;
  /** A weight is its row's integer times `scale`. */
  scale: number;
  /** Sparse rows: `[bucket, weight as an integer in -127…127]`. */
  rows: number[][];
  /** Probability of CREDENTIAL from which a token is reported. */
  threshold: number;
  /** How the weights were obtained (data, epochs, regularisation), for the record. */
  trainedOn?: string;
}

/** Characters after a keyword's end, and before its start, within which a token is read. */
export const WINDOW_AFTER_CUE = 48;
export const WINDOW_BEFORE_CUE = 24;
/** Keywords and tokens looked at per post, at most: a hostile post costs no more than this. */
export const MAX_CUES = 32;
export const MAX_TOKENS_PER_POST = 64;
/** Shortest and longest token read. */
export const MIN_TOKEN = 3;
export const MAX_TOKEN = 64;
/** Features of one token, at most (see tokenFeatures). */
export const MAX_FEATURES = 40;
/** Characters looked at before and after a token for its words. */
const WORDS_WINDOW = 40;

// Feature kinds: each hash is mixed with its kind, so a word before and the same word after differ.
const F_BIAS = 1;
const F_CLASSES = 2;
const F_CASE = 3;
const F_LENGTH = 4;
const F_CLASSES_LENGTH = 5;
const F_PATTERN = 6;
const F_COMMON = 7;
const F_LEXICON = 8;
const F_TOKEN = 9;
const F_SYMBOL = 10;
const F_CUE_BEFORE = 11;
const F_CUE_BEFORE_DISTANCE = 12;
const F_CUE_AFTER = 13;
const F_CUE_AFTER_DISTANCE = 14;
const F_NO_CUE_BEFORE = 15;
const F_WORD_BEFORE = 16; // + position 0 or 1
const F_WORD_BEFORE_FAR = 18;
const F_WORD_AFTER = 19;
const F_WORD_AFTER_FAR = 20;
const F_PUNCT_BEFORE = 21;
const F_PUNCT_AFTER = 22;
const F_LINE_BREAK = 23;
const F_PRIVATE = 24;
const F_PRIVATE_CLASSES = 25;
const F_LAST = 26;
const F_SECRET_NAMED = 27;
const F_CUE_CLASSES = 28;

function feature(kind: number, value: number): number {
  return mixHash(Math.imul(kind, 0x9e3779b1) ^ value) >>> 0;
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

function isLowerLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters (any case, Latin-1 and beyond) and the apostrophe: what makes a word around a token. */
function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    c === 39 ||
    (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff))
  );
}

/** Whitespace and the characters that part tokens as whitespace does. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 12 || c === 11;
}

/** Opening quotes and brackets left off a token's start. */
function isLeading(c: number): boolean {
  return c === 34 || c === 39 || c === 96 || c === 40 || c === 91 || c === 60 || c === 0xbf;
}

/** FNV-1a of s[from, to) in lower case. */
function wordHash(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ lower(s.charCodeAt(i)), 0x01000193);
  return h >>> 0;
}

function lengthBucket(n: number): number {
  return n <= 8 ? n : n <= 10 ? 9 : n <= 13 ? 10 : 11;
}

/** Characters between a keyword and a token, as a bucket: adjoining, near, farther, far. */
function distanceBucket(gap: number): number {
  return gap <= 1 ? 0 : gap <= 4 ? 1 : gap <= 12 ? 2 : gap <= 24 ? 3 : 4;
}

/** What the model knows of the post around a token (filled by the caller, see CredentialScratch). */
export interface TokenContext {
  /** Credential keyword index (policy `credentials`) of the nearest keyword ending before the token, or -1. */
  cueBefore: number;
  cueBeforeEnd: number;
  /** Of the nearest keyword starting after the token, or -1. */
  cueAfter: number;
  cueAfterStart: number;
  /** Whether the token overlaps a lexicon term (a cue, an intent word). */
  lexicon: boolean;
  /** Whether the token is one of the policy's credential stopwords. */
  common: boolean;
  /** Whether the post names a secret (any credential keyword but a username's). */
  secretNamed: boolean;
  /** Whether the token has a digit, a symbol or a capital inside ("Falcon$88x", "KarenNguyen"). */
  secretShaped: boolean;
  privatePost: boolean;
}

/** Letter, digit and symbol classes of s[a, b) as bits: 1 lower, 2 upper, 4 digit, 8 symbol. */
export function tokenClasses(s: string, a: number, b: number): number {
  let bits = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    bits |= isLowerLetter(c) ? 1 : isUpper(c) ? 2 : isDigit(c) ? 4 : 8;
  }
  return bits;
}

/**
 * The features of the token s[a, b) into `out`; returns how many. The trainer
 * calls this same function on the same normalised text, so training and
 * classification see the same features.
 */
export function tokenFeatures(
  s: string,
  a: number,
  b: number,
  ctx: TokenContext,
  out: Int32Array,
): number {
  let n = 0;
  out[n++] = feature(F_BIAS, 0);
  const classes = tokenClasses(s, a, b);
  const len = lengthBucket(b - a);
  out[n++] = feature(F_CLASSES, classes);
  out[n++] = feature(F_LENGTH, len);
  out[n++] = feature(F_CLASSES_LENGTH, classes * 16 + len);
  // Case: all lower, all upper, capitalised, or mixed inside ("KarenNguyen").
  const first = s.charCodeAt(a);
  let innerUpper = 0;
  let firstSymbol = 0;
  // The collapsed class pattern: "Tigers#1fan" → A a # 9 a; at most six runs.
  let pattern = 0x811c9dc5;
  let runs = 0;
  let last = -1;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    const k = isLowerLetter(c) ? 1 : isUpper(c) ? 2 : isDigit(c) ? 3 : 4;
    if (i > a && k === 2) innerUpper++;
    if (k === 4 && firstSymbol === 0) firstSymbol = c;
    if (k !== last && runs < 6) {
      pattern = Math.imul(pattern ^ k, 0x01000193);
      runs++;
    }
    last = k;
  }
  const caseKind = isUpper(first)
    ? innerUpper === b - a - 1
      ? 1
      : innerUpper > 0
        ? 2
        : 3
    : innerUpper > 0
      ? 4
      : 0;
  out[n++] = feature(F_CASE, caseKind);
  out[n++] = feature(F_PATTERN, pattern >>> 0);
  out[n++] = feature(F_SYMBOL, firstSymbol);
  out[n++] = feature(F_COMMON, ctx.common ? 1 : 0);
  out[n++] = feature(F_LEXICON, ctx.lexicon ? 1 : 0);
  out[n++] = feature(F_TOKEN, wordHash(s, a, b));
  out[n++] = feature(F_SECRET_NAMED, ctx.secretNamed ? 1 : 0);
  out[n++] = feature(F_PRIVATE, ctx.privatePost ? 1 : 0);
  out[n++] = feature(F_PRIVATE_CLASSES, (ctx.privatePost ? 16 : 0) + classes);
  // The keywords around it, and how far.
  if (ctx.cueBefore >= 0) {
    const gap = a - ctx.cueBeforeEnd;
    out[n++] = feature(F_CUE_BEFORE, ctx.cueBefore);
    out[n++] = feature(F_CUE_BEFORE_DISTANCE, ctx.cueBefore * 8 + distanceBucket(gap));
    out[n++] = feature(F_CUE_CLASSES, ctx.cueBefore * 16 + classes);
    let lineBreak = false;
    for (let i = ctx.cueBeforeEnd; i < a; i++) if (s.charCodeAt(i) === 10) lineBreak = true;
    out[n++] = feature(F_LINE_BREAK, lineBreak ? 1 : 0);
  } else out[n++] = feature(F_NO_CUE_BEFORE, 0);
  if (ctx.cueAfter >= 0) {
    out[n++] = feature(F_CUE_AFTER, ctx.cueAfter);
    out[n++] = feature(
      F_CUE_AFTER_DISTANCE,
      ctx.cueAfter * 8 + distanceBucket(ctx.cueAfterStart - b),
    );
  }
  // The punctuation right before and after ("pw: x", "pass=…", "'Tigers#1fan'").
  let p = a - 1;
  while (p >= 0 && s.charCodeAt(p) === 32) p--;
  out[n++] = feature(F_PUNCT_BEFORE, p < 0 ? 0 : isWordChar(s.charCodeAt(p)) ? 1 : s.charCodeAt(p));
  out[n++] = feature(F_PUNCT_AFTER, b < s.length ? s.charCodeAt(b) : 0);
  // Words before, nearest first: the two nearest by position, two more as a bag.
  let i = a - 1;
  const stop = Math.max(0, a - WORDS_WINDOW);
  for (let w = 0; w < 4 && i >= stop;) {
    while (i >= stop && !isWordChar(s.charCodeAt(i))) i--;
    if (i < stop) break;
    const end = i + 1;
    while (i >= stop && isWordChar(s.charCodeAt(i))) i--;
    const h = wordHash(s, i + 1, end);
    out[n++] = w < 2 ? feature(F_WORD_BEFORE + w, h) : feature(F_WORD_BEFORE_FAR, h);
    w++;
  }
  // Words after, nearest first.
  let j = b;
  const limit = Math.min(s.length, b + WORDS_WINDOW);
  let after = 0;
  for (; after < 2 && j < limit;) {
    while (j < limit && !isWordChar(s.charCodeAt(j))) j++;
    if (j >= limit) break;
    const start = j;
    while (j < limit && isWordChar(s.charCodeAt(j))) j++;
    const h = wordHash(s, start, j);
    out[n++] = after === 0 ? feature(F_WORD_AFTER, h) : feature(F_WORD_AFTER_FAR, h);
    after++;
  }
  if (after === 0) out[n++] = feature(F_LAST, 0);
  return n;
}

/** Whether s[a, b) has a letter and is no address of a mailbox, a handle or a web page. */
function readableToken(s: string, a: number, b: number, classes: number): boolean {
  if ((classes & 3) === 0) return false;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c === 64 /* @ */) return false;
    if (c === 47 && i + 1 < b && s.charCodeAt(i + 1) === 47) return false;
  }
  return !(b - a > 4 && lower(s.charCodeAt(a)) === 119 && s.startsWith('www.', a));
}

/**
 * The tokens of `st.s` near a credential keyword the model may read, each
 * passed to `visit(a, b, ctx)` with what it knows of the post around it:
 * whitespace-delimited, leading quotes and trailing sentence punctuation left
 * off, MIN_TOKEN to MAX_TOKEN characters with a letter, not a keyword, not an
 * email, handle or web address. Claimed tokens are visited too (the trainer
 * learns from the rules' readings); the detector skips them. A visitor
 * returning false ends the walk.
 */
export function forEachToken(
  st: DetectionState,
  privatePost: boolean,
  cues: CueList,
  visit: (a: number, b: number, ctx: TokenContext) => boolean | void,
  /** The detector's walk: only the tokens nothing claimed, in a post that names a secret. */
  unreadOnly = false,
): void {
  if (!cues.collect(st) || (unreadOnly && !cues.secretNamed)) return;
  const s = st.s;
  const ctx: TokenContext = {
    cueBefore: -1,
    cueBeforeEnd: 0,
    cueAfter: -1,
    cueAfterStart: 0,
    lexicon: false,
    common: false,
    secretNamed: cues.secretNamed,
    secretShaped: false,
    privatePost,
  };
  const stopwords = st.policy.credentialStopwords;
  const hits = st.scan.intentHits;
  // Where the last keyword's window was read to: no token is read twice.
  let done = 0;
  for (let c = 0; c < cues.count; c++) {
    const to = Math.min(s.length, cues.end[c] + WINDOW_AFTER_CUE);
    let i = Math.max(cues.start[c] - WINDOW_BEFORE_CUE, done);
    // Start on a token boundary.
    if (i > done && !isSpace(s.charCodeAt(i - 1))) {
      while (i < to && !isSpace(s.charCodeAt(i))) i++;
    }
    while (i < to) {
      while (i < to && isSpace(s.charCodeAt(i))) i++;
      if (i >= to) break;
      let a = i;
      while (i < s.length && !isSpace(s.charCodeAt(i))) i++;
      let b = i;
      while (a < b && isLeading(s.charCodeAt(a))) a++;
      while (b > a && isTrailingPunctExceptBang(s.charCodeAt(b - 1))) b--;
      if (b - a < MIN_TOKEN || b - a > MAX_TOKEN) continue;
      if (cues.overlaps(a, b) || (unreadOnly && st.isClaimed(a, b))) continue;
      const classes = tokenClasses(s, a, b);
      if (!readableToken(s, a, b, classes)) continue;
      cues.around(a, b, ctx);
      if (ctx.cueBefore < 0 && ctx.cueAfter < 0) continue;
      ctx.common = (classes & 12) === 0 && stopwords.has(s.slice(a, b).toLowerCase());
      ctx.secretShaped = secretShaped(s, a, b, classes);
      ctx.lexicon = overlapsHit(hits.start, hits.end, hits.count, a, b);
      if (visit(a, b, ctx) === false) return;
    }
    done = Math.max(done, i);
  }
}

/** "10:30am", "9:15", "7:05PM": a time of day, not a secret. */
const TIME_OF_DAY = /^\d{1,2}:\d{2}(?:[ap]\.?m\.?)?$/i;

/**
 * Whether s[a, b) is shaped as a secret: a digit, a symbol (not an apostrophe,
 * "grandmother's" is a word; nor a letter of another script) or a capital
 * inside ("KarenNguyen"), and no time of day.
 */
function secretShaped(s: string, a: number, b: number, classes: number): boolean {
  if ((classes & 4) !== 0) return !TIME_OF_DAY.test(s.slice(a, b));
  if ((classes & 8) !== 0) {
    for (let i = a; i < b; i++) {
      const c = s.charCodeAt(i);
      if (c !== 0x2019 && !isWordChar(c)) return true;
    }
  }
  return innerCapital(s, a, b);
}

/** Whether s[a, b) has a capital after its first character ("KarenNguyen"). */
function innerCapital(s: string, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (isUpper(s.charCodeAt(i))) return true;
  return false;
}

function overlapsHit(
  starts: Int32Array,
  ends: Int32Array,
  count: number,
  a: number,
  b: number,
): boolean {
  for (let k = 0; k < count && k < 256; k++) if (starts[k] < b && a < ends[k]) return true;
  return false;
}

/** Whether s[a, b) is the word "answer" alone (a keyword the credential rules read after its question only). */
export function bareAnswer(s: string, a: number, b: number): boolean {
  return b - a === 6 && s.slice(a, b).toLowerCase() === 'answer';
}

/** The post's keywords of word-shaped secrets, in text order (the first MAX_CUES). */
export class CueList {
  readonly start = new Int32Array(MAX_CUES);
  readonly end = new Int32Array(MAX_CUES);
  readonly credential = new Int32Array(MAX_CUES);
  count = 0;
  secretNamed = false;

  /** Collects the post's keywords; false when it has none. */
  collect(st: DetectionState): boolean {
    const hits = st.scan.entityHits;
    const { credentials, entityPayloads } = st.policy;
    this.count = 0;
    this.secretNamed = false;
    for (let k = 0; k < hits.count && this.count < MAX_CUES; k++) {
      const index = entityPayloads[hits.payload[k] ?? 0]?.credential ?? -1;
      // Keywords of digit values (PIN, card code, one-time code) leave their digits to the
      // rules and the digit-run model: "promo code: SPRING-24", "error code: E4-22" are no secrets.
      // The features hold a keyword's index in detectors.yaml `credentials`: a new credential
      // of kind `secret` goes last in that list, or the model is retrained.
      // (Keywords of `phrase` values read many words, never one token.)
      if (index < 0 || credentials[index].kind !== 'secret') continue;
      // round 25: a bare "answer" names a secret only after its question, which the rules
      // read; beside "no answer", "answer your DMs" it is a verb, so the model leaves it.
      if (bareAnswer(st.s, hits.start[k], hits.end[k])) continue;
      if (!credentials[index].id.endsWith('.username')) this.secretNamed = true;
      // Insertion in start order (the scan lists hits by their end).
      let at = this.count++;
      const a = hits.start[k];
      while (at > 0 && this.start[at - 1] > a) {
        this.start[at] = this.start[at - 1];
        this.end[at] = this.end[at - 1];
        this.credential[at] = this.credential[at - 1];
        at--;
      }
      this.start[at] = a;
      this.end[at] = hits.end[k];
      this.credential[at] = index;
    }
    return this.count > 0;
  }

  overlaps(a: number, b: number): boolean {
    for (let c = 0; c < this.count; c++) if (this.start[c] < b && a < this.end[c]) return true;
    return false;
  }

  /** The nearest keyword ending before s[a, b) and starting after it, within their windows, into `ctx`. */
  around(a: number, b: number, ctx: TokenContext): void {
    ctx.cueBefore = -1;
    ctx.cueAfter = -1;
    for (let c = 0; c < this.count; c++) {
      const end = this.end[c];
      const start = this.start[c];
      if (end <= a && a - end <= WINDOW_AFTER_CUE) {
        ctx.cueBefore = this.credential[c];
        ctx.cueBeforeEnd = end;
      } else if (start >= b && start - b <= WINDOW_BEFORE_CUE && ctx.cueAfter < 0) {
        ctx.cueAfter = this.credential[c];
        ctx.cueAfterStart = start;
      }
    }
  }
}

/** The buffers one classifier uses to read tokens with the model (see ClassifierScratch). */
export class CredentialScratch {
  readonly features = new Int32Array(MAX_FEATURES);
  readonly cues = new CueList();
  /** The last token's probability of being a credential. */
  score = 0;
  /** The post's usernames read, held until its password, passcode or PIN is known to be read. */
  readonly userStart = new Int32Array(MAX_TOKENS_PER_POST);
  readonly userEnd = new Int32Array(MAX_TOKENS_PER_POST);
  readonly userScore = new Float64Array(MAX_TOKENS_PER_POST);
  users = 0;
}

/** The secrets that make a username a credential: its password, passcode or PIN. */
const LOGIN_SECRETS: ReadonlySet<string> = new Set([
  'credential.password',
  'credential.pass',
  'credential.passcode',
  'credential.pin',
]);

/** Whether a rule read a password, passcode or PIN in the post. */
function loginSecretRead(st: DetectionState): boolean {
  for (const f of st.findings) if (LOGIN_SECRETS.has(f.detector)) return true;
  return false;
}

/**
 * The keyword a token is read by: the nearest before it, or else the nearest
 * after it ("jdoe_88 is my user id").
 */
function readingKeyword(st: DetectionState, ctx: TokenContext): string {
  const index = ctx.cueBefore >= 0 ? ctx.cueBefore : ctx.cueAfter;
  return st.policy.credentials[index]?.id ?? '';
}

const CREDENTIAL = (ENTITY_TYPES as readonly string[]).indexOf('CREDENTIAL');

/** "$12/mo", "€40", "3.5%", "25/hr": a money amount or a rate, never a secret. */
const MONEY_OR_RATE =
  /^(?:[$€£¥]\d[\d,.]*(?:[km]|\/\w{1,5})?|\d[\d,.]*(?:%|\/(?:mo|month|yr|year|hr|hour|wk|week|day|night)))$/i;

/** Whether s[a, b) is a money amount or a rate: it starts with a currency sign or a digit. */
function moneyOrRate(s: string, a: number, b: number): boolean {
  const c = s.charCodeAt(a);
  const opens = c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5 || isDigit(c);
  return opens && MONEY_OR_RATE.test(s.slice(a, b));
}

/** Arabizi's number-letters: 2 (hamza), 3 (ain), 5 (kha), 7 (ha), 9 (qaf), 6 and 8 (emphatics). */
function arabiziDigit(c: number): boolean {
  return c === 50 || c === 51 || c === 53 || c === 54 || c === 55 || c === 56 || c === 57;
}

/**
 * Whether s[a, b) is a word of Arabic written in Latin letters ("ye2bal", "hala2", "3am",
 * "tb3i"): lower-case letters with one or two of Arabizi's number-letters, each beside a letter.
 */
function arabiziShaped(s: string, a: number, b: number): boolean {
  if (b - a < 2 || b - a > 12) return false;
  let digits = 0;
  let letters = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (isLowerLetter(c)) letters++;
    else if (arabiziDigit(c)) {
      if (!isLowerLetter(s.charCodeAt(i - 1)) && !isLowerLetter(s.charCodeAt(i + 1))) return false;
      digits++;
    } else return false;
  }
  return digits > 0 && digits <= 2 && letters >= 1;
}

function isAlnum(c: number): boolean {
  return isDigit(c) || isLowerLetter(c) || isUpper(c);
}

/** How many Arabizi-shaped words are needed in a post for the model to pass over them. */
const ARABIZI_POST = 2;

/** Whether the post holds ARABIZI_POST or more Arabizi-shaped words (one pass over it). */
function arabiziPost(s: string): boolean {
  let count = 0;
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && !isAlnum(s.charCodeAt(i))) i++;
    const a = i;
    while (i < n && isAlnum(s.charCodeAt(i))) i++;
    if (i > a && arabiziShaped(s, a, i) && ++count >= ARABIZI_POST) return true;
  }
  return false;
}

/**
 * round 18: words that say where a login or password is used, before the service's name:
 * "username ko sa UnionBank", "my login at WellsFargo", "password for MyChart", "clave en
 * BancoEstado".
 */
const SERVICE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'at',
  'for',
  'on',
  'in',
  'with',
  'sa',
  'en',
  'de',
  'del',
  'no',
  'na',
  'em',
  'do',
  'da',
]);

/**
 * Whether s[a, b) is a service's name after such a word: letters only, a capital inside
 * ("UnionBank", "MyChart"), a capital first. A secret of letters only is read by the rules.
 */
function serviceNamed(s: string, a: number, b: number): boolean {
  if ((tokenClasses(s, a, b) & 12) !== 0 || !isUpper(s.charCodeAt(a))) return false;
  let e = a;
  while (e > 0 && isSpace(s.charCodeAt(e - 1))) e--;
  if (e === a) return false;
  let w = e;
  while (w > 0 && w > e - 4 && isLowerLetter(s.charCodeAt(w - 1))) w--;
  if (w === e || (w > 0 && !isSpace(s.charCodeAt(w - 1)))) return false;
  return SERVICE_PREPOSITIONS.has(s.slice(w, e));
}

/** A loaded model, read-only once built. */
export class CredentialModel {
  readonly id: string;
  readonly detector: string;
  readonly threshold: number;
  private readonly mask: number;
  private readonly table: Int8Array;
  private readonly bias: number;
  private readonly scale: number;

  constructor(file: CredentialModelFile) {
    if ((file.dim & (file.dim - 1)) !== 0) throw new RangeError('model dim must be a power of two');
    this.id = file.id;
    this.detector = `model.${file.id}`;
    this.threshold = file.threshold;
    this.mask = file.dim - 1;
    this.table = new Int8Array(file.dim);
    for (const row of file.rows) this.table[row[0] ?? 0] = checkedWeight(file.id, row[1]);
    this.bias = file.bias;
    this.scale = file.scale;
  }

  newScratch(): CredentialScratch {
    return new CredentialScratch();
  }

  /** The probability that s[a, b) is a credential. */
  probability(s: string, a: number, b: number, ctx: TokenContext, sc: CredentialScratch): number {
    const n = tokenFeatures(s, a, b, ctx, sc.features);
    return this.scoreFeatures(sc.features, n);
  }

  /** The probability of a credential given the first `n` features (the trainer scores its own). */
  scoreFeatures(features: Int32Array, n = features.length): number {
    let z = 0;
    for (let f = 0; f < n; f++) z += this.table[features[f] & this.mask];
    return 1 / (1 + Math.exp(-(this.bias + this.scale * z)));
  }

  /**
   * Whether the token s[a, b) is reported: a plain word never is ("Honda", "two":
   * the rules read plain-word answers by their questions), nor a common word, nor a token
   * read only beside a username's keyword in a post that names no secret (a
   * username alone is no credential); the probability is left in `sc.score`.
   */
  judge(
    st: DetectionState,
    a: number,
    b: number,
    ctx: TokenContext,
    sc: CredentialScratch,
    minScore = this.threshold,
  ): boolean {
    sc.score = 0;
    if (ctx.common || !ctx.secretNamed || !ctx.secretShaped) return false;
    sc.score = this.probability(st.s, a, b, ctx, sc);
    return sc.score >= minScore;
  }

  /**
   * Reads the tokens no detector claimed and reports those it takes for
   * credentials. A token read by a username's keyword is reported only when a
   * password, passcode or PIN is read in the post too, by a rule or by the
   * model ("Username stays jkowal_82" after a security answer is no credential),
   * as the rules' lone usernames are dropped (entity-detector.ts).
   */
  detect(
    st: DetectionState,
    sc: CredentialScratch,
    privatePost: boolean,
    minScore = this.threshold,
  ): void {
    let read = 0;
    let secretRead = false;
    sc.users = 0;
    // In a post written in Arabizi, its words ("ye2bal", "hala2") are no secrets.
    let arabizi = -1;
    forEachToken(
      st,
      privatePost,
      sc.cues,
      (a, b, ctx) => {
        if (moneyOrRate(st.s, a, b)) return ++read < MAX_TOKENS_PER_POST;
        if (arabiziShaped(st.s, a, b)) {
          if (arabizi < 0) arabizi = arabiziPost(st.s) ? 1 : 0;
          if (arabizi === 1) return ++read < MAX_TOKENS_PER_POST;
        }
        if (serviceNamed(st.s, a, b)) return ++read < MAX_TOKENS_PER_POST;
        if (this.judge(st, a, b, ctx, sc, minScore)) {
          const keyword = readingKeyword(st, ctx);
          if (keyword.endsWith('.username')) {
            sc.userStart[sc.users] = a;
            sc.userEnd[sc.users] = b;
            sc.userScore[sc.users++] = sc.score;
          } else {
            if (LOGIN_SECRETS.has(keyword)) secretRead = true;
            st.emit(CREDENTIAL, a, b, this.detector, sc.score);
          }
        }
        return ++read < MAX_TOKENS_PER_POST;
      },
      true,
    );
    if (sc.users === 0 || !(secretRead || loginSecretRead(st))) return;
    for (let u = 0; u < sc.users; u++) {
      st.emit(CREDENTIAL, sc.userStart[u], sc.userEnd[u], this.detector, sc.userScore[u]);
    }
  }
}

/** The shipped models by id (detectors.yaml `credentialModel.id`), each built once: they are read-only. */
export const CREDENTIAL_MODELS_BY_ID: Readonly<Record<string, CredentialModel>> = Object.freeze({
  [CREDS_LR_1.id]: new CredentialModel(CREDS_LR_1 as CredentialModelFile),
});
