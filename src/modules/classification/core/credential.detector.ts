import { ENTITY_INDEX } from './compiled-policy';
import {
  codeAt,
  isAsciiAlnum,
  isAsciiDigit,
  isAsciiLetter,
  isBlank,
  type DetectionState,
} from './detection-state';

const CREDENTIAL = ENTITY_INDEX.CREDENTIAL;
const LINK_WORDS = new Set([
  'es',
  'era',
  'son',
  'fue',
  'is',
  'was',
  'are',
  'were',
  'its',
  "it's",
  'be',
  'should',
  'reads',
  'to',
  'as',
]);
/**
 * A short relative clause between a keyword and its link word: "the code
 * **they sent** was 552019", "the pin **i set** is 4471". Only counts when a
 * link word follows it; at most three such words.
 */
const RELATIVE_WORDS = new Set([
  'i',
  'you',
  'u',
  'they',
  'he',
  'she',
  'we',
  'sent',
  'texted',
  'emailed',
  'gave',
  'got',
  'received',
  'set',
  'chose',
  'picked',
  'use',
  'used',
  'me',
  'us',
  'it',
]);
const MAX_RELATIVE = 3;
const MAX_VALUE = 64;

function isLinkPunct(c: number): boolean {
  return c === 58 || c === 61 || c === 62 || c === 45 || c === 35; // : = > - #
}

function isOpenQuote(c: number): boolean {
  return c === 34 || c === 39 || c === 96 || c === 40 || c === 91 || c === 60; // " ' ` ( [ <
}

/** Sentence punctuation after a secret, except "!", which is kept: passwords often end with it. */
function isTrailingPunctExceptBang(c: number): boolean {
  return (
    c === 46 ||
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 63 ||
    c === 41 ||
    c === 93 ||
    c === 34 ||
    c === 39 ||
    c === 96 ||
    c === 62
  );
}

/**
 * Credentials: a keyword (password, PIN, CVV, one-time code, security answer,
 * username…) tied to a value. The finding spans the secret only, never "my
 * password is". A value that reads as prose ("password is wrong") is not one.
 */
export function detectCredentials(st: DetectionState): void {
  const { s, n, policy } = st;
  const hits = st.scan.entityHits;
  for (let k = 0; k < hits.count; k++) {
    const credIndex = policy.entityPayloads[hits.payload[k] ?? 0]?.credential ?? -1;
    if (credIndex < 0) continue;
    const cred = policy.credentials[credIndex];
    if (cred === undefined) continue;
    const hitStart = hits.start[k] ?? 0;
    let p = hits.end[k] ?? 0;
    // A username keyword that ends in its own link word ("login is", "sign in:") is linked.
    let linked = cred.id.endsWith('.username') && endsInLink(s, hitStart, p);
    let relative = 0;
    // "passcode for the phone line is 2291", "the cvc on my new card is 608": a
    // short clause of plain words between the keyword and a link word.
    const afterClause = clauseThenLink(s, n, p);
    if (afterClause >= 0) {
      p = afterClause;
      linked = true;
    }
    for (let step = 0; step < 3 + MAX_RELATIVE; step++) {
      while (p < n && isBlank(codeAt(s, p))) p++;
      // "they asked for the otp, it was 330912": a comma, then "it was".
      if (step === 0 && codeAt(s, p) === 44) {
        p++;
        while (p < n && isBlank(codeAt(s, p))) p++;
      }
      while (p < n && isLinkPunct(codeAt(s, p))) {
        linked = true;
        p++;
      }
      while (p < n && isBlank(codeAt(s, p))) p++;
      let q = p;
      while (q < n && (isAsciiLetter(codeAt(s, q)) || codeAt(s, q) === 39)) q++;
      const word = s.slice(p, q).toLowerCase();
      if (q > p && LINK_WORDS.has(word)) {
        linked = true;
        p = q;
        continue;
      }
      // "my pin's 4471", "pin s 4471" — but not the S of "S3cret!".
      if ((word === "'s" || word === 's') && !isAsciiAlnum(codeAt(s, q))) {
        linked = true;
        p = q;
        continue;
      }
      if (!linked && relative < MAX_RELATIVE && q > p && RELATIVE_WORDS.has(word)) {
        relative++;
        p = q;
        continue;
      }
      break;
    }
    // "the code they sent was 552019": the clause must end in a link word.
    if (relative > 0 && !linked) {
      if (cred.kind === 'digits')
        emitDigitsNearby(st, hitStart, hits.end[k] ?? 0, cred.minLength, cred.maxLength, cred.id);
      continue;
    }
    let a = p;
    let b = p;
    const quoted = quotedValueEnd(s, p, n);
    if (quoted > 0) {
      // 'the pw is "Sunset 2020"': a quoted secret runs to its closing quote, spaces included.
      a = p + 1;
      b = quoted;
    } else {
      while (b < n && b - a <= MAX_VALUE && !isBlank(codeAt(s, b))) b++;
      while (a < b && isOpenQuote(codeAt(s, a))) a++;
      while (b > a && isTrailingPunctExceptBang(codeAt(s, b - 1))) b--;
    }
    // "login KarenNguyen pass Chloe161#", "usuario rosa_mtz contraseña …": a value
    // with another credential keyword right after it, or right after another
    // credential, is one even without "is" or a digit.
    // A value that is itself a credential keyword ("password password") is none.
    if (keywordAt(st, k, a, b)) continue;
    const paired = cred.kind === 'secret' && pairedWithCredential(st, k, hitStart, b);
    const answer = cred.id.endsWith('.security-answer');
    // A security answer written as a name needs no link word: "maiden name Dayton".
    const named = answer && isUpper(codeAt(s, a)) && isLower(codeAt(s, a + 1));
    if (cred.kind === 'digits') {
      while (b > a && !isAsciiDigit(codeAt(s, b - 1))) b--;
      const g = groupedDigitsEnd(s, n, a, cred.minLength, cred.maxLength);
      if (g > 0) {
        const count = digitCount(s, a, g);
        if ((linked || !cred.requireLinker || count === OTP_DIGITS) && !st.isClaimed(a, g)) {
          st.emit(CREDENTIAL, a, g, cred.id, linked ? 0.9 : 0.8);
        }
        continue;
      }
    }
    // "i gave them the code 601733": six digits after a code word are a one-time code.
    const otpShaped =
      cred.kind === 'digits' && b - a === OTP_DIGITS && digitCount(s, a, b) === OTP_DIGITS;
    if (cred.requireLinker && !linked && !paired && !named && !otpShaped) {
      if (cred.kind === 'digits')
        emitDigitsNearby(st, hitStart, hits.end[k] ?? 0, cred.minLength, cred.maxLength, cred.id);
      continue;
    }
    if (answer && isUpper(codeAt(s, a))) b = extendName(s, n, a, b);
    const len = b - a;
    if (len < cred.minLength || len > cred.maxLength || st.isClaimed(a, b)) {
      if (cred.kind === 'digits')
        emitDigitsNearby(st, hitStart, hits.end[k] ?? 0, cred.minLength, cred.maxLength, cred.id);
      continue;
    }
    const digits = digitCount(s, a, b);
    if (cred.kind === 'digits') {
      if (digits !== len) {
        emitDigitsNearby(st, hitStart, hits.end[k] ?? 0, cred.minLength, cred.maxLength, cred.id);
        continue;
      }
    } else {
      const value = s.slice(a, b).toLowerCase();
      if (policy.credentialStopwords.has(value)) continue;
      // Without "is"/":" only a value holding a digit counts: "password hunter2",
      // not "reset my login Thanks!".
      if (!linked && digits === 0 && !paired && !named) continue;
      if (value.startsWith('http') || value.startsWith('www.')) continue;
    }
    st.emit(CREDENTIAL, a, b, cred.id, linked ? 0.95 : 0.85);
    // "Login: dwaynej / Packers#12": a username, a slash, then its password.
    if (cred.id.endsWith('.username')) emitSlashedSecret(st, b);
  }
}

const OTP_DIGITS = 6;
const MAX_CLAUSE_WORDS = 4;
const NOT_IN_CLAUSE = new Set(['and', 'but', 'or', 'so', 'then', 'because', 'y', 'pero']);

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function digitCount(s: string, a: number, b: number): number {
  let d = 0;
  for (let i = a; i < b; i++) if (isAsciiDigit(codeAt(s, i))) d++;
  return d;
}

/**
 * After a keyword at `p`: up to four plain lower-case words, each followed by a
 * space, then a link word ("is", "was", "es", …) or ":"/"=". Returns the
 * position after the link, or -1. "but" may open the clause ("wrong password
 * but its …") but no other conjunction may stand in it.
 */
function clauseThenLink(s: string, n: number, p: number): number {
  let i = p;
  let words = 0;
  while (i < n && codeAt(s, i) === 32) i++;
  for (;;) {
    let q = i;
    while (q < n && (isLower(codeAt(s, q)) || codeAt(s, q) === 39)) q++;
    if (q === i) return -1;
    const word = s.slice(i, q);
    if (words > 0 && LINK_WORDS.has(word)) return q;
    if (words > 0 && codeAt(s, q) === 58) return q + 1;
    if (words >= MAX_CLAUSE_WORDS || (words > 0 && NOT_IN_CLAUSE.has(word))) return -1;
    if (codeAt(s, q) !== 32) return -1;
    words++;
    i = q + 1;
  }
}

function keywordAt(st: DetectionState, k: number, pos: number, valueEnd: number): boolean {
  const hits = st.scan.entityHits;
  for (let o = k + 1; o < hits.count && o <= k + 3; o++) {
    const start = hits.start[o] ?? 0;
    if (start > pos) return false;
    if (start === pos) {
      // The whole value is the keyword; "Pw#123" merely starts with one.
      if ((hits.end[o] ?? 0) < valueEnd) return false;
      return (st.policy.entityPayloads[hits.payload[o] ?? 0]?.credential ?? -1) >= 0;
    }
  }
  return false;
}

/** Whether another credential keyword starts right after the value, or a credential ends right before the keyword. */
function pairedWithCredential(
  st: DetectionState,
  k: number,
  hitStart: number,
  valueEnd: number,
): boolean {
  const hits = st.scan.entityHits;
  const policy = st.policy;
  for (let o = k + 1; o < hits.count && o <= k + 2; o++) {
    const start = hits.start[o] ?? 0;
    if (start < valueEnd) continue;
    if (start - valueEnd > 4) break;
    const other = policy.entityPayloads[hits.payload[o] ?? 0]?.credential ?? -1;
    if (other >= 0 && policy.credentials[other]?.kind === 'secret') return true;
  }
  const last = st.findings[st.findings.length - 1];
  return (
    last !== undefined &&
    last.type === CREDENTIAL &&
    last.end <= hitStart &&
    hitStart - last.end <= 4
  );
}

/** "Maple Street", "San Antonio": a security answer of up to three capitalised words. */
function extendName(s: string, n: number, a: number, b: number): number {
  let end = b;
  let words = 1;
  // The first word ends at the value's end unless it runs into punctuation.
  let i = a;
  while (i < end && isAsciiLetter(codeAt(s, i))) i++;
  if (i !== end) return end;
  while (
    words < 3 &&
    codeAt(s, end) === 32 &&
    isUpper(codeAt(s, end + 1)) &&
    isLower(codeAt(s, end + 2))
  ) {
    let q = end + 1;
    while (q < n && isAsciiLetter(codeAt(s, q))) q++;
    end = q;
    words++;
  }
  return end;
}

/** The secret after "username / ": up to the next blank, trailing punctuation dropped. */
function emitSlashedSecret(st: DetectionState, usernameEnd: number): void {
  const { s, n } = st;
  let p = usernameEnd;
  while (p < n && codeAt(s, p) === 32) p++;
  const c = codeAt(s, p);
  if (c !== 47 && c !== 124) return; // / |
  p++;
  while (p < n && codeAt(s, p) === 32) p++;
  let b = p;
  while (b < n && b - p <= MAX_VALUE && !isBlank(codeAt(s, b))) b++;
  while (b > p && isTrailingPunctExceptBang(codeAt(s, b - 1))) b--;
  if (b - p < 4 || st.isClaimed(p, b)) return;
  st.emit(CREDENTIAL, p, b, 'credential.password', 0.85);
}

/**
 * "otp is 442 118", "code 12-34-56": a digit secret written in two or more
 * groups joined by single spaces or hyphens. A space joins while the digits
 * so far are too few to be the secret, or the next group is as long as every
 * group before it ("12 34 56"), so "pin 4821 3 times" stays "4821". Returns
 * the end of the value, or -1 when it is not grouped.
 */
function groupedDigitsEnd(s: string, n: number, a: number, min: number, max: number): number {
  let i = a;
  let digits = 0;
  let groups = 0;
  let firstLen = 0;
  let even = true;
  for (;;) {
    const start = i;
    while (i < n && isAsciiDigit(codeAt(s, i)) && digits <= max) {
      i++;
      digits++;
    }
    if (i === start || digits > max) return -1;
    if (groups === 0) firstLen = i - start;
    else if (i - start !== firstLen) even = false;
    groups++;
    const c = codeAt(s, i);
    if (i + 1 >= n || !isAsciiDigit(codeAt(s, i + 1))) break;
    if (c === 45) {
      i++;
      continue;
    }
    if (c !== 32) break;
    let next = i + 1;
    while (next < n && isAsciiDigit(codeAt(s, next)) && next - i <= firstLen) next++;
    if (digits < min || (even && next - i - 1 === firstLen)) {
      i++;
      continue;
    }
    break;
  }
  if (groups < 2 || digits < min) return -1;
  if (i < n && !isBlank(codeAt(s, i)) && !isTrailingPunctExceptBang(codeAt(s, i))) return -1;
  return i;
}

const BACK_LINKS = new Set(['is', 'was', 'the', 'my', 'its', "it's", 'as']);

/** "482913 is the code", "123 is my cvv": a digit value just before its keyword. */
/** A digit secret just before its keyword, or handed over just after it. */
function emitDigitsNearby(
  st: DetectionState,
  keywordStart: number,
  keywordEnd: number,
  min: number,
  max: number,
  id: string,
): void {
  if (!emitDigitsBefore(st, keywordStart, min, max, id))
    emitDigitsHandedOver(st, keywordEnd, min, max, id);
}

/** Verbs of handing a code over: "asked for the 6 digit code and I **read** him 2 9 4 4 1 0". */
const HANDED_OVER = new Set([
  'read',
  'gave',
  'told',
  'typed',
  'entered',
  'put',
  'said',
  'shared',
  'di',
  'dio',
  'le',
]);
const MAX_HANDOVER_WORDS = 5;

function emitDigitsHandedOver(
  st: DetectionState,
  from: number,
  min: number,
  max: number,
  id: string,
): void {
  const { s, n } = st;
  let p = from;
  let words = 0;
  let verb = false;
  for (;;) {
    while (p < n && codeAt(s, p) === 32) p++;
    let q = p;
    while (q < n && (isAsciiLetter(codeAt(s, q)) || codeAt(s, q) === 39)) q++;
    if (q === p) break;
    if (HANDED_OVER.has(s.slice(p, q).toLowerCase())) verb = true;
    if (++words > MAX_HANDOVER_WORDS || codeAt(s, q) !== 32) return;
    p = q;
  }
  if (!verb || !isAsciiDigit(codeAt(s, p))) return;
  let end = groupedDigitsEnd(s, n, p, min, max);
  if (end < 0) {
    end = p;
    while (end < n && isAsciiDigit(codeAt(s, end))) end++;
    if (end - p < min || end - p > max || isAsciiAlnum(codeAt(s, end))) return;
    // The first group of a longer number ("i put 4539 1488 0343 6467") is not a code.
    const after = codeAt(s, end);
    if ((after === 32 || after === 45) && isAsciiDigit(codeAt(s, end + 1))) return;
  }
  if (!st.isClaimed(p, end)) st.emit(CREDENTIAL, p, end, id, 0.8);
}

function emitDigitsBefore(
  st: DetectionState,
  keywordStart: number,
  min: number,
  max: number,
  id: string,
): boolean {
  const s = st.s;
  let p = keywordStart;
  let words = 0;
  for (;;) {
    while (p > 0 && isBlank(codeAt(s, p - 1))) p--;
    let q = p;
    while (q > 0 && isAsciiLetter(codeAt(s, q - 1))) q--;
    if (q === p || words >= 2 || !BACK_LINKS.has(s.slice(q, p).toLowerCase())) break;
    words++;
    p = q;
  }
  if (words === 0) return false;
  let a = p;
  while (a > 0 && isAsciiDigit(codeAt(s, a - 1))) a--;
  const len = p - a;
  if (len < min || len > max || (a > 0 && !isBlank(codeAt(s, a - 1))) || st.isClaimed(a, p))
    return false;
  st.emit(CREDENTIAL, a, p, id, 0.8);
  return true;
}

/** Whether the matched keyword phrase [a, b) ends in a link word or ":" ("login is", "sign in:"). */
function endsInLink(s: string, a: number, b: number): boolean {
  if (b > a && codeAt(s, b - 1) === 58) return true;
  let p = b;
  while (p > a && isAsciiLetter(codeAt(s, p - 1))) p--;
  return p > a && isBlank(codeAt(s, p - 1)) && LINK_WORDS.has(s.slice(p, b).toLowerCase());
}

/**
 * Where a secret written in double quotes (straight or curly) ends: the index of
 * its closing quote when the value holds a space and closes on the same line
 * within MAX_VALUE characters; else -1 (a one-word value is read as usual).
 */
function quotedValueEnd(s: string, p: number, n: number): number {
  const open = codeAt(s, p);
  if (open !== 34 && open !== 0x201c) return -1;
  const close = open === 34 ? 34 : 0x201d;
  let space = false;
  for (let q = p + 1; q < n && q - p <= MAX_VALUE; q++) {
    const c = codeAt(s, q);
    if (c === close) return space && q > p + 1 ? q : -1;
    if (c === 10 || c === 13) return -1;
    if (c === 32) space = true;
  }
  return -1;
}
