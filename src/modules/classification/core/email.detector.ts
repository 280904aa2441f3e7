import { ENTITY_INDEX } from './compiled-policy';
import { codeAt, isAsciiAlnum, isAsciiLetter, type DetectionState } from './detection-state';
import { WordTable } from './word-table';
import {
  advertisedContact,
  anotherPersonsEmailBefore,
  askedAboutAfter,
  notTheCustomers,
  othersEmailBefore,
  ownMailbox,
  ownedAfter,
} from './contact-owner';

const EMAIL = ENTITY_INDEX.EMAIL;

function isLocalChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/**
 * Start of the local part ending at `at` (at most 64 characters): "o'brien.k@…" keeps its
 * apostrophe, which has a letter or digit on both sides; "Mary's john@…" and "'kate@…'" do not
 * glue the word or the quote before.
 */
function localStart(s: string, at: number): number {
  let a = at;
  while (a > 0 && at - a < 64) {
    const c = codeAt(s, a - 1);
    if (isLocalChar(c)) a--;
    else if (
      isApostrophe(c) &&
      a < at &&
      isAsciiAlnum(codeAt(s, a)) &&
      isAsciiAlnum(codeAt(s, a - 2))
    )
      a--;
    else break;
  }
  return a;
}

function isDomainChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 46 || c === 45;
}

/** Customer email addresses; the institution's own domains are claimed as negatives. */
export function detectEmails(st: DetectionState): void {
  const { s, n } = st;
  // Read only once an address needs it: most "@" in posts start a handle, not an address.
  let mentioned: string[] | null = null;
  let at = s.indexOf('@');
  while (at >= 0) {
    let a = localStart(s, at);
    while (a < at && codeAt(s, a) === 46) a++;
    let b = at + 1;
    while (b < n && b - at <= 253 && isDomainChar(codeAt(s, b))) b++;
    while (b > at + 1 && (codeAt(s, b - 1) === 46 || codeAt(s, b - 1) === 45)) b--;
    const next = s.indexOf('@', at + 1);
    if (a === at && codeAt(s, at - 1) === 32) {
      detectSpacedEmail(st, at);
      at = next;
      continue;
    }
    if (a < at && b > at + 1 && validDomain(s, at + 1, b) && !st.isClaimed(a, b)) {
      const domain = s.slice(at + 1, b).toLowerCase();
      if (
        isInstitutional(st, s.slice(a, at), domain, a, b) ||
        handleDomain(st, domain, (mentioned ??= mentionedHandles(s, n))) ||
        // "… came from x@… — that's her email": an owning phrase right after wins.
        ((notTheCustomers(s, a) || othersEmailBefore(s, a)) && !ownedAfter(s, b)) ||
        anotherPersonsEmailBefore(s, a) ||
        askedAboutAfter(s, b) ||
        advertisedContact(st, a)
      )
        st.claim(a, b);
      else st.emit(EMAIL, a, b, 'email.address', 0.97);
    }
    at = next;
  }
}

const MAX_SPACED_PARTS = 4;

function isLabelChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 45 || c === 95;
}

/** A dot inside a label run ("john.smith", "gmail.com"): a label character on both sides. */
function innerDot(s: string, i: number): boolean {
  return codeAt(s, i) === 46 && isLabelChar(codeAt(s, i - 1)) && isLabelChar(codeAt(s, i + 1));
}

/** Webmail domains: "john.smith @ gmail.com" needs no other sign of being an address. */
const WEBMAIL =
  /^(?:gmail|yahoo|hotmail|outlook|icloud|aol|live|msn|protonmail|proton|comcast|att|verizon|ymail)\./;

/**
 * "d . okafor @ gmail . com", "john.smith @ gmail.com": an address with spaces around "@"
 * and the dots, or around "@" only.
 */
function detectSpacedEmail(st: DetectionState, at: number): void {
  const { s, n } = st;
  let a = at - 1;
  let parts = 0;
  let spaced = false;
  for (;;) {
    let t = a;
    while (t > 0 && a - t < 64 && (isLabelChar(codeAt(s, t - 1)) || innerDot(s, t - 1))) t--;
    if (t === a) return;
    a = t;
    if (
      ++parts >= MAX_SPACED_PARTS ||
      s.slice(a - 3, a) !== ' . ' ||
      !isLabelChar(codeAt(s, a - 4))
    )
      break;
    spaced = true;
    a -= 3;
  }
  if (isLabelChar(codeAt(s, a - 1))) return;
  if (codeAt(s, at + 1) !== 32) return;
  let b = at + 2;
  let labels = 0;
  let lastStart = b;
  for (;;) {
    const start = b;
    lastStart = start;
    while (b < n && b - start < 63) {
      if (isLabelChar(codeAt(s, b))) b++;
      else if (innerDot(s, b)) {
        labels++;
        b++;
        lastStart = b;
      } else break;
    }
    if (b === start) return;
    labels++;
    if (labels >= MAX_SPACED_PARTS || s.slice(b, b + 3) !== ' . ' || !isLabelChar(codeAt(s, b + 3)))
      break;
    spaced = true;
    b += 3;
  }
  if (labels < 2 || b - lastStart < 2 || isLabelChar(codeAt(s, b))) return;
  for (let i = lastStart; i < b; i++) if (!isAsciiLetter(codeAt(s, i))) return;
  if (st.isClaimed(a, b)) return;
  const domain = s
    .slice(at + 2, b)
    .replace(/ \. /g, '.')
    .toLowerCase();
  const local = s.slice(a, at - 1).replace(/ \. /g, '.');
  // Spaces around "@" only ("meet me @ cafe.com" is no address): the local part has a dot,
  // an underscore or a digit, or the domain is a webmail one.
  if (!spaced && !/[._\d]/.test(local) && !WEBMAIL.test(domain)) return;
  if (isInstitutional(st, local, domain)) st.claim(a, b);
  else st.emit(EMAIL, a, b, 'email.obfuscated', 0.85);
}

const MAX_HANDLES = 8;

/** The @handles the post mentions ("@SummitBank"), lower-cased; at most a few. */
function mentionedHandles(s: string, n: number): string[] {
  const handles: string[] = [];
  let at = s.indexOf('@');
  while (at >= 0 && handles.length < MAX_HANDLES) {
    if (!isLocalChar(codeAt(s, at - 1))) {
      let b = at + 1;
      while (b < n && b - at <= 32 && (isAsciiAlnum(codeAt(s, b)) || codeAt(s, b) === 95)) b++;
      if (b > at + 1 && codeAt(s, b) !== 46) handles.push(s.slice(at + 1, b).toLowerCase());
    }
    at = s.indexOf('@', at + 1);
  }
  return handles;
}

/**
 * An address at a domain named like the institution's handles, or like a handle
 * the post is addressed to ("@SummitBank … support@summitbank.com"), is the
 * institution's.
 */
function handleDomain(st: DetectionState, domain: string, mentioned: readonly string[]): boolean {
  const dot = domain.indexOf('.');
  const label = (dot < 0 ? domain : domain.slice(0, dot)).replace(/-/g, '');
  return st.policy.brandHandles.has(label) || mentioned.includes(label);
}

function validDomain(s: string, a: number, b: number): boolean {
  let lastDot = -1;
  for (let i = b - 1; i > a; i--) {
    if (s.charCodeAt(i) === 46) {
      lastDot = i;
      break;
    }
  }
  if (lastDot <= a || b - lastDot - 1 < 2) return false;
  for (let i = lastDot + 1; i < b; i++) if (!isAsciiLetter(codeAt(s, i))) return false;
  for (let i = a; i < b - 1; i++) {
    if (codeAt(s, i) === 46 && codeAt(s, i + 1) === 46) return false;
  }
  return codeAt(s, a) !== 46 && codeAt(s, a) !== 45;
}

/**
 * Role mailboxes (RFC 2142 and the ones institutions publish: claims@,
 * memberservices@…) and the institution's own domains are contact points, not
 * a customer's address.
 */
const ROLE_MAILBOXES = new Set([
  // RFC 2142
  'info',
  'marketing',
  'sales',
  'support',
  'abuse',
  'noc',
  'security',
  'postmaster',
  'hostmaster',
  'usenet',
  'news',
  'webmaster',
  'www',
  'uucp',
  'ftp',
  // Customer service at banks, credit unions and insurers
  'claims',
  'claim',
  'feedback',
  'memberservices',
  'memberservice',
  'members',
  'member',
  'customerservice',
  'customercare',
  'care',
  'service',
  'services',
  'help',
  'helpdesk',
  'contact',
  'contactus',
  'fraud',
  'disputes',
  'billing',
  'loans',
  'lending',
  'mortgage',
  'noreply',
  'donotreply',
  'privacy',
  'compliance',
  'complaints',
  'careers',
  'press',
  'media',
  'hello',
  'admin',
  'office',
  'enquiries',
  'inquiries',
  'documents',
  'docs',
  'statements',
  'payments',
  'deposits',
  'accounts',
  'cards',
  'onlinebanking',
  'ebanking',
  'servicing',
  'loanservicing',
  'collections',
  'appeals',
  'notices',
  'alerts',
  'verify',
  'verification',
  'uploads',
  'escalations',
  'legal',
  'membercare',
  'clientservices',
  'payoff',
  'payoffs',
  'dispute',
  'noreplies',
  // round 27: where phishing is reported to, and where a power of attorney or an estate's papers go
  'phishing',
  'reportphishing',
  'spoof',
  'poa',
  'estates',
  'bereavement',
  'hardship',
]);

/**
 * The institution's domains, and role mailboxes ("support@", "billing@") unless the customer
 * names the mailbox as theirs ("email for statements billing@…", "… (that's my company)").
 */
function isInstitutional(
  st: DetectionState,
  local: string,
  domain: string,
  a = -1,
  b = -1,
): boolean {
  if (isBrandDomain(domain, st.policy.brandDomains)) return true;
  if (st.ownDomains !== null && isBrandDomain(domain, st.ownDomains)) return true;
  const folded = local.toLowerCase().replace(/[._-]/g, '');
  // round 26: "claims.ct@…", "support-ny@…": a role mailbox of a state's or a region's office.
  const regional = /^([a-z]+)[._-][a-z]{2,3}$/i.exec(local);
  if (regional !== null && ROLE_MAILBOXES.has((regional[1] ?? '').toLowerCase()))
    return !(a >= 0 && ownMailbox(st.s, a, b));
  return (
    (ROLE_MAILBOXES.has(folded) || ROLE_SUFFIX.test(folded)) && !(a >= 0 && ownMailbox(st.s, a, b))
  );
}

/**
 * round 26: a department's mailbox named by what it serves ("merchantservices@",
 * "cardservices@", "loansupport@", "mortgagecare@").
 */
const ROLE_SUFFIX =
  /^(?:merchant|card|loan|mortgage|business|commercial|member|customer|client|deposit|insurance|policy|claims?|account|wealth|treasury|payroll)(?:services?|support|care|team|help)$/;

function isBrandDomain(domain: string, brand: ReadonlySet<string>): boolean {
  if (brand.has(domain)) return true;
  for (const d of brand) if (domain.endsWith(`.${d}`)) return true;
  return false;
}

// Bounded quantifiers and a look-behind anchoring at token starts keep this linear.
const OBFUSCATED =
  /(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]{1,64}) ?(?:[[({] ?(?:at|@) ?[\])}]| at | arroba ) ?([A-Za-z0-9-]{1,63}) ?(?:[[({] ?dot ?[\])}]| dot | punto ) ?(?:com|net|org|edu|gov|me|io|co|us|info|biz)\b/gi;
/**
 * "dre.holloway at gmail.com", "kruse.dale (at) outlook.com", "bob {at} proton.me",
 * "ana(@)gmail.com": only "at" spelled out (or bracketed, or a bracketed "@"), before a
 * webmail domain written as usual.
 */
const AT_WEBMAIL =
  /(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]{1,64})(?: (?:at|arroba) | ?[[({] ?(?:at|@) ?[\])}] ?)(gmail|yahoo|hotmail|outlook|icloud|aol|live|msn|protonmail|proton|comcast|att|verizon|ymail)\.(?:com|net|me|es|mx)\b/gi;

/** " dot " or "[dot]" ending just before a local-part word; tested on at most 9 characters. */
const DOT_BEFORE = /(?: ?[[({] ?dot ?[\])}] ?| dot | punto )$/i;
/** "my email is john smith 42 at …": the words between an email cue and "at" (at most three). */
const CUE_BEFORE = /(?:e-?mail|correo)(?: address)? (?:is|es|:) ((?:[A-Za-z0-9._-]{1,30} ){1,2})$/i;
const MAX_LOCAL_PARTS = 3;

/** "john dot smith at gmail dot com": the local part spelled out too (at most three words). */
function extendLocalPart(s: string, a: number): number {
  for (let k = 0; k < MAX_LOCAL_PARTS; k++) {
    const tail = DOT_BEFORE.exec(s.slice(Math.max(0, a - 9), a));
    if (tail === null) break;
    const end = a - tail[0].length;
    let start = end;
    while (start > 0 && end - start < 64 && isLocalChar(codeAt(s, start - 1))) start--;
    if (start === end || (start > 0 && isLocalChar(codeAt(s, start - 1)))) break;
    a = start;
  }
  return a;
}

/** "my email is john smith 42 at gmail dot com": the local part said in words after the cue. */
function extendToCue(s: string, a: number): number {
  const m = CUE_BEFORE.exec(s.slice(Math.max(0, a - 80), a));
  return m === null ? a : a - (m[1] ?? '').length;
}

/**
 * "jane.doe [at] gmail [dot] com", "ana punto beltran arroba gmail punto com",
 * "dre.holloway at gmail.com": an address spelled out to dodge filters or by
 * voice typing (run when the scan saw "dot", or the post holds "punto" or " at ").
 */
export function detectObfuscatedEmails(st: DetectionState): void {
  for (const re of [OBFUSCATED, AT_WEBMAIL]) emitSpelled(st, re);
  emitCuedSpelled(st);
  emitDictated(st);
}

/** Top-level domains a dictated address may end in ("… yahoo dot com"). */
const DICTATED_TLDS = WordTable.of([
  'com',
  'net',
  'org',
  'edu',
  'gov',
  'us',
  'io',
  'co',
  'me',
  'info',
  'biz',
  'ca',
  'uk',
  'mx',
  'es',
]);
/** Webmail providers: "at sign gmail dot com" is an address without a cue. */
const PROVIDERS = WordTable.of([
  'gmail',
  'yahoo',
  'hotmail',
  'outlook',
  'icloud',
  'aol',
  'live',
  'msn',
  'protonmail',
  'proton',
  'comcast',
  'att',
  'verizon',
  'ymail',
  'sbcglobal',
  'bellsouth',
]);
/** Words naming an address ("so my email is …", "correo: …"): the local part starts after them. */
const EMAIL_CUE_WORDS = WordTable.of(['email', 'e-mail', 'mail', 'correo', 'address']);
/** Link words between the cue and the address ("email is …"). */
const EMAIL_CUE_LINKS = WordTable.of(['is', 'es']);
/** Words said for the dot of a domain. */
const DOMAIN_DOT_WORDS = WordTable.of(['dot', 'punto']);
/** Words said for the punctuation of a local part. */
const LOCAL_PUNCT_WORDS = WordTable.of(['dot', 'punto', 'underscore', 'dash', 'hyphen', 'guion']);
/** The most words a dictated local part or domain is read over. */
const MAX_DICTATED_WORDS = 8;
const MAX_DOMAIN_LABELS = 3;

function isDictatedChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 45;
}

/** The start of the word ending at `end` (letters, digits, "-"), at most 64 characters back. */
function dictatedWordStart(s: string, end: number): number {
  let a = end;
  while (a > 0 && end - a < 64 && isDictatedChar(codeAt(s, a - 1))) a--;
  return a;
}

/** The end of the word starting at `a` (letters, digits, "-"), at most 64 characters on. */
function dictatedWordEnd(s: string, a: number, n: number): number {
  let b = a;
  while (b < n && b - a < 64 && isDictatedChar(codeAt(s, b))) b++;
  return b;
}

/**
 * Where the domain said after "at" from `p` ends ("yahoo dot com", "att dot net",
 * "gmail punto com"): one to MAX_DOMAIN_LABELS labels joined by " dot ", the last a
 * top-level domain of DICTATED_TLDS; -1 when none. `provider` is set when the first
 * label is a webmail provider.
 */
function dictatedDomainEnd(s: string, n: number, p: number, out: { provider: boolean }): number {
  let a = p;
  let b = dictatedWordEnd(s, a, n);
  if (b === a) return -1;
  out.provider = PROVIDERS.has(s, a, b);
  for (let labels = 1; labels <= MAX_DOMAIN_LABELS; labels++) {
    if (codeAt(s, b) !== 32) return -1;
    const d = dictatedWordEnd(s, b + 1, n);
    if (!DOMAIN_DOT_WORDS.has(s, b + 1, d)) return -1;
    if (codeAt(s, d) !== 32) return -1;
    a = d + 1;
    b = dictatedWordEnd(s, a, n);
    if (b === a) return -1;
    if (DICTATED_TLDS.has(s, a, b) && !isAsciiAlnum(codeAt(s, b))) {
      // "… dot com dot mx": a second-level domain goes on.
      const more = codeAt(s, b) === 32 ? dictatedWordEnd(s, b + 1, n) : b;
      if (!(more > b + 1 && DOMAIN_DOT_WORDS.has(s, b + 1, more)) || labels === MAX_DOMAIN_LABELS)
        return b;
    }
  }
  return -1;
}

/**
 * The start of the local part said before "at" ending at `end` ("dorothy dot kwan
 * fifty two", "bigmike underscore trucks"): the words back to an email cue ("email
 * is", "my email", "correo:"), at most MAX_DICTATED_WORDS; -1 when no cue stands there.
 */
function dictatedLocalStart(s: string, end: number): number {
  let e = end;
  let start = -1;
  for (let w = 0; w <= MAX_DICTATED_WORDS; w++) {
    const a = dictatedWordStart(s, e);
    if (a === e) return -1;
    if (EMAIL_CUE_WORDS.has(s, a, e)) return start;
    if (EMAIL_CUE_LINKS.has(s, a, e)) {
      // "email is …", "my email address is …".
      const c = codeAt(s, a - 1) === 32 ? dictatedWordStart(s, a - 1) : a;
      return c < a - 1 && EMAIL_CUE_WORDS.has(s, c, a - 1) ? start : -1;
    }
    start = a;
    // "email: …": the cue may end in a colon.
    if (codeAt(s, a - 1) === 32 && codeAt(s, a - 2) === 58) {
      const c = dictatedWordStart(s, a - 2);
      return c < a - 2 && EMAIL_CUE_WORDS.has(s, c, a - 2) ? start : -1;
    }
    if (codeAt(s, a - 1) !== 32) return -1;
    e = a - 1;
  }
  return -1;
}

/**
 * Without a cue, the local part ending at `end`: its last word and the words joined
 * to it by "dot", "underscore" or "dash" ("mike underscore t"); -1 when no word is there.
 */
function dictatedBareLocalStart(s: string, end: number): number {
  let a = dictatedWordStart(s, end);
  if (a === end) return -1;
  for (let k = 0; k < MAX_DICTATED_WORDS / 2; k++) {
    if (codeAt(s, a - 1) !== 32) break;
    const p = dictatedWordStart(s, a - 1);
    if (p === a - 1 || !LOCAL_PUNCT_WORDS.has(s, p, a - 1) || codeAt(s, p - 1) !== 32) break;
    const w = dictatedWordStart(s, p - 1);
    if (w === p - 1 || LOCAL_PUNCT_WORDS.has(s, w, p - 1)) break;
    a = w;
  }
  return a;
}

/**
 * "so my email is dorothy dot kwan fifty two at sign yahoo dot com", "email
 * grandpa joe 1940 at sign att dot net": an address said to a phone, words and
 * all. Read at each " at sign " (or " at " / " arroba " after an email cue): the
 * domain forward to a top-level domain, the local part back to the cue. Without
 * a cue, only "at sign" before a webmail provider, and the local part is then
 * the last word and the words joined to it ("mike underscore t at sign gmail dot
 * com"). Each "at" reads a bounded window.
 */
function emitDictated(st: DetectionState): void {
  const { s, n } = st;
  const lower = s.toLowerCase();
  const dom = { provider: false };
  for (let i = lower.indexOf(' at', 0); i >= 0; i = lower.indexOf(' at', i + 3)) {
    let p = i + 3;
    let sign = false;
    if (lower.startsWith(' sign ', p)) {
      sign = true;
      p += 6;
    } else if (codeAt(s, p) === 32) p++;
    else continue;
    const b = dictatedDomainEnd(s, n, p, dom);
    if (b < 0) continue;
    let a = dictatedLocalStart(s, i);
    if (a < 0) {
      if (!sign || !dom.provider) continue;
      a = dictatedBareLocalStart(s, i);
      if (a < 0) continue;
    }
    emitDictatedAddress(st, a, i, p, b);
  }
  for (let i = lower.indexOf(' arroba ', 0); i >= 0; i = lower.indexOf(' arroba ', i + 8)) {
    const b = dictatedDomainEnd(s, n, i + 8, dom);
    if (b < 0) continue;
    const a = dictatedLocalStart(s, i);
    if (a >= 0) emitDictatedAddress(st, a, i, i + 8, b);
  }
}

/**
 * The dictated address whose local part is [a, at) and domain [p, b): a finding, or
 * claimed without one when it is the institution's; nothing when read already.
 */
function emitDictatedAddress(
  st: DetectionState,
  a: number,
  at: number,
  p: number,
  b: number,
): void {
  if (a >= at || st.isClaimed(a, b)) return;
  const s = st.s;
  const domain = s
    .slice(p, b)
    .toLowerCase()
    .replace(/ (?:dot|punto) /g, '.');
  if (isInstitutional(st, s.slice(a, at), domain)) st.claim(a, b);
  else st.emit(EMAIL, a, b, 'email.obfuscated', 0.85);
}

/**
 * "my email is rosalind at inboxly dot example": right after an email cue, a
 * local part, " at ", a domain label and " dot " before a top-level domain
 * outside OBFUSCATED's list. Only after the cue, and only a top-level domain
 * of this list: "at work dot then" is no address.
 */
const CUED_SPELLED =
  /(?<![A-Za-z])(?:e-?mail|correo)(?: address)?(?: is| es|:) ?([A-Za-z0-9._%+-]{1,64}) (?:at|arroba) ([A-Za-z0-9-]{2,63}) (?:dot|punto) (example|test|mail|email|online|site|xyz|app|dev|ca|uk|mx|es|de|fr|tv|ai)\b/dgi;

function emitCuedSpelled(st: DetectionState): void {
  CUED_SPELLED.lastIndex = 0;
  for (const m of st.s.matchAll(CUED_SPELLED)) {
    const local = m[1] ?? '';
    const b = m.index + m[0].length;
    const a = m.indices?.[1]?.[0] ?? b;
    if (st.isClaimed(a, b)) continue;
    const domain = `${(m[2] ?? '').toLowerCase()}.${(m[3] ?? '').toLowerCase()}`;
    if (isInstitutional(st, local, domain)) st.claim(a, b);
    else st.emit(EMAIL, a, b, 'email.obfuscated', 0.85);
  }
}

/**
 * "Buy cheap followers at fastfollows dot com", "meet us at lunch dot com": words that are no
 * local part when " at " stands bare after them; a person's name or a handle stays read.
 */
const PLAIN_LOCALS = WordTable.of([
  'us',
  'me',
  'you',
  'him',
  'her',
  'them',
  'it',
  'this',
  'that',
  'home',
  'work',
  'lunch',
  'dinner',
  'school',
  'church',
  'followers',
  'likes',
  'views',
  'subscribers',
  'fans',
  'deals',
  'offers',
  'prices',
  'coupons',
  'discounts',
  'products',
  'tickets',
  'more',
  'now',
  'today',
  'online',
  'everything',
  'stuff',
  // round 22: what a card did at a merchant's site ("4 charges at walmart dot com I didnt make").
  'charges',
  'charge',
  'charged',
  'purchases',
  'purchase',
  'purchased',
  'bought',
  'ordered',
  'orders',
  'order',
  'paid',
  'spent',
  'payment',
  'payments',
  'transactions',
  'transaction',
  'refund',
  'items',
  'something',
  'shop',
  'shopping',
]);
/** Verbs and ad words that put a plain word, not a local part, before " at ": "buy X at …". */
const AD_WORDS_BEFORE = WordTable.of([
  'buy',
  'get',
  'meet',
  'look',
  'find',
  'see',
  'shop',
  'visit',
  'join',
  'order',
  'grab',
  'follow',
  'cheap',
  'free',
  'real',
]);

/**
 * Whether the local part [a, at) of "X at Y dot com" is a plain word (letters only, then a
 * bare " at "): a common word, or one that a sales verb or ad word leads ("buy cheap followers").
 */
function plainWordLocal(s: string, a: number, at: number): boolean {
  if (codeAt(s, at) !== 32 || s.slice(at, at + 4).toLowerCase() !== ' at ') return false;
  for (let i = a; i < at; i++) if (!isAsciiLetter(codeAt(s, i))) return false;
  if (PLAIN_LOCALS.has(s, a, at)) return true;
  let e = a;
  for (let w = 0; w < 2 && codeAt(s, e - 1) === 32; w++) {
    let p = e - 1;
    while (p > 0 && isAsciiLetter(codeAt(s, p - 1))) p--;
    if (p === e - 1) return false;
    if (AD_WORDS_BEFORE.has(s, p, e - 1)) return true;
    e = p;
  }
  return false;
}

function emitSpelled(st: DetectionState, re: RegExp): void {
  re.lastIndex = 0;
  for (const m of st.s.matchAll(re)) {
    const a = extendToCue(st.s, extendLocalPart(st.s, m.index));
    const b = m.index + m[0].length;
    // "I was at gmail.com": a plain word before a bare "at" is no local part, unless an email
    // cue names it; a bracketed one ("bob {at} outlook.com") is written to dodge filters.
    const bracketed = /[[({] ?(?:at|@) ?[\])}]/i.test(m[0]);
    if (re === AT_WEBMAIL && !bracketed && a === m.index && !/[._\d-]/.test(m[1] ?? '')) continue;
    if (a === m.index && plainWordLocal(st.s, a, a + (m[1] ?? '').length)) continue;
    if (st.isClaimed(a, b)) continue;
    const tld = m[0].slice(Math.max(m[0].lastIndexOf(' '), m[0].lastIndexOf('.')) + 1);
    const domain = `${(m[2] ?? '').toLowerCase()}.${tld.toLowerCase()}`;
    if (isInstitutional(st, a === m.index ? (m[1] ?? '') : '', domain)) st.claim(a, b);
    else st.emit(EMAIL, a, b, 'email.obfuscated', 0.85);
  }
}
