import {
  aadhaarValid,
  abnValid,
  cpfValid,
  isCardNumber,
  rutValid,
  vinValid,
  yymmddValid,
} from './checksums';
import { WordTable } from './word-table';
import {
  codeAt,
  digitsOf,
  isAsciiAlnum,
  isAsciiDigit,
  isAsciiLetter,
  isBlank,
  type DetectionState,
} from './detection-state';

const URL_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;
const MAX_REFERENCE_TOKEN = 64;

/**
 * Claims what must never become a finding, so the digit detectors skip it:
 * URLs (tweet and post ids), @handles, #hashtags and the institution's own
 * reference numbers (orders, tickets, claims… — patterns from detectors.yaml).
 */
export function maskHardNegatives(st: DetectionState): void {
  const { s, n } = st;
  const patterns = st.policy.referencePatterns;
  const runs = st.scan.digitRuns;
  let tokenEnd = -1;
  // Only tokens holding digits matter to the digit detectors: visit those.
  for (let r = 0; r < runs.count; r++) {
    const runStart = runs.start[r] ?? 0;
    if (runStart < tokenEnd) continue;
    const ni = claimInsuranceNumber(st, runStart);
    if (ni > 0) {
      tokenEnd = ni;
      continue;
    }
    const national = claimNationalId(st, runStart);
    if (national > 0) {
      tokenEnd = national;
      continue;
    }
    const grouped = claimAustralianNumber(st, r);
    if (grouped > 0) {
      tokenEnd = grouped;
      continue;
    }
    const errorCode = claimErrorCode(st, runStart);
    if (errorCode > 0) {
      tokenEnd = errorCode;
      continue;
    }
    let a = runStart;
    while (a > 0 && !isBlank(codeAt(s, a - 1))) a--;
    let b = runs.end[r] ?? 0;
    while (b < n && !isBlank(codeAt(s, b))) b++;
    tokenEnd = b;
    if (claimVin(st, a, b)) continue;
    maskToken(st, a, b, patterns);
  }
}

/** "VIN", "vin#", "vin no" in the words before a value. */
const VIN_CUE = /\bvin\b/i;

/**
 * A vehicle's identification number, "1HGCM82633A004352": seventeen capitals and digits (no
 * I, O or Q), with at least two letters and five digits, whose check digit holds or which a
 * "VIN" cue within the 60 characters before names. A vehicle's, never an account or a secret
 * ("the VIN on the pickup for the loan is …"). Whether [a, b) (punctuation around it aside)
 * was one and claimed.
 */
function claimVin(st: DetectionState, a: number, b: number): boolean {
  const s = st.s;
  while (b > a && !isAsciiAlnum(codeAt(s, b - 1))) b--;
  while (a < b && !isAsciiAlnum(codeAt(s, a))) a++;
  if (b - a !== 17) return false;
  let letters = 0;
  for (let i = a; i < b; i++) if (isAsciiLetter(codeAt(s, i))) letters++;
  if (letters < 2 || letters > 12) return false;
  const v = s.slice(a, b);
  if (!vinValid(v) && !(VIN_SHAPE.test(v) && VIN_CUE.test(s.slice(Math.max(0, a - 60), a))))
    return false;
  st.claim(a, b);
  return true;
}

/** Seventeen capitals and digits without I, O or Q, the last four digits (a VIN's serial). */
const VIN_SHAPE = /^[A-HJ-NPR-Z0-9]{13}[0-9]{4}$/i;

/** An error code in parentheses: "(E1027)", "(ERR-401)". */
const ERROR_CODE = /\(([A-Z]{1,4}-?)\d{2,6}\)/y;
/** What a screen says before its error code: "Incorrect passcode (E1027)". */
const ERROR_BEFORE =
  /\b(?:incorrect|invalid|wrong|error|failed|declined|denied|unable)\b[^.!?\n]{0,30}$/i;

/**
 * round 22: 'the app keeps saying "Incorrect passcode (E1027)"': an error message's code, in
 * parentheses after what failed, is no secret, account or phone. Its end, or -1.
 */
function claimErrorCode(st: DetectionState, runStart: number): number {
  const s = st.s;
  let a = runStart;
  if (codeAt(s, a - 1) === 45) a--;
  while (a > 0 && a > runStart - 5 && codeAt(s, a - 1) >= 65 && codeAt(s, a - 1) <= 90) a--;
  if (a === runStart || codeAt(s, a - 1) !== 40) return -1;
  ERROR_CODE.lastIndex = a - 1;
  const m = ERROR_CODE.exec(s);
  if (m === null || !ERROR_BEFORE.test(s.slice(Math.max(0, a - 41), a - 1))) return -1;
  const end = a - 1 + m[0].length;
  st.claim(a - 1, end);
  return end;
}

/**
 * A UK National Insurance number, "JH 48 21 93 B", "PB901247D": two prefix letters, six digits
 * in pairs, a suffix A–D. The customer's, but no kind this screen reports, and its digit pairs
 * are no account or date.
 */
const NI_NUMBER = /[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d( ?)\d\d\1\d\d ?[A-D](?![A-Za-z0-9])/y;

/** Claims the National Insurance number whose digits start at `d`; where it ends, or -1 if none does. */
function claimInsuranceNumber(st: DetectionState, d: number): number {
  const s = st.s;
  let p = d;
  if (codeAt(s, p - 1) === 32) p--;
  const a = p - 2;
  if (a < 0 || (a > 0 && isAsciiAlnum(codeAt(s, a - 1)))) return -1;
  const c = codeAt(s, a);
  if (c < 65 || c > 90) return -1;
  NI_NUMBER.lastIndex = a;
  if (!NI_NUMBER.test(s)) return -1;
  st.claim(a, NI_NUMBER.lastIndex);
  return NI_NUMBER.lastIndex;
}

/** Characters before a number searched for its identity cue. */
const ID_CUE_REACH = 40;

/**
 * "ID number 8803155809084", "my ID no. 24455667", "national ID: …": a national identity
 * number named as such. A word before "ID" other than an owner or a country's names another
 * identifier ("member ID", "user ID", "customer ID") and is no cue here.
 */
const ID_CUE =
  /(?:^|[^\p{L}\p{N}'’ ] ?|(?:^|[^\p{L}])(?:my|our|his|her|their|national|sa|kenyan|south african|the|mom'?s|dad'?s|mum'?s|wife'?s|husband'?s) )(?:id|identity|national identity)(?: card)?(?: ?(?:number|numbr|no\.?|num|nommer|nr\.?|#))?(?: (?:is|was|ni|es))?:? ?$/iu;
/** "Aadhaar 4471 8820 9135", "aadhar card no …", "आधार नंबर …": India's identity number named so. */
const AADHAAR_CUE =
  /(?:aadhaa?r|aadhar|adhaar|आधार)(?: card| कार्ड)?(?: (?:number|no\.?|num|nambar|नंबर|संख्या))?(?: (?:is|hai|:))?:? ?$/iu;
/** "UID 2341 …": India's identity number by its issuer's short name, read with its check. */
const UID_CUE = /\b(?:uid|uidai)(?: (?:number|no\.?))?:? ?$/i;
/** "RUT 12345678-5", "mi RUN es …": Chile's tax and identity number. */
const RUT_CUE = /\b(?:rut|run)(?: (?:es|n[º°o]\.?|number))?:? ?$/i;
/** "cpf 98765432100", "meu CPF é …": Brazil's taxpayer number. */
const CPF_CUE = /\bcpf(?: (?:é|e|eh|n[º°o]\.?))?:? ?$/i;
/** "IC 880213-14-5567", "MyKad no …", "no. kad pengenalan …": Malaysia's identity card. */
const MYKAD_CUE =
  /(?:\b(?:mykad|ic|i\/c|nric|kad pengenalan|no\.? ?kp)(?: (?:no\.?|number|saya))?|no\.? ?ic)(?: (?:is|ialah|:))?:? ?$/i;

const RUT_DOTTED = /(\d{1,2})\.(\d{3})\.(\d{3})-([0-9Kk])(?![\p{L}\p{N}])/uy;
const RUT_PLAIN = /(\d{7,8})-([0-9Kk])(?![\p{L}\p{N}])/uy;
const CPF_DOTTED = /\d{3}\.\d{3}\.\d{3}-\d{2}(?![\p{L}\p{N}])/uy;
const ELEVEN = /\d{11}(?![\p{L}\p{N}])/uy;
const THIRTEEN = /\d{13}(?![\p{L}\p{N}])/uy;
const KENYAN = /\d{7,8}(?![\p{L}\p{N}]|[.,/-]\d)/uy;
const AADHAAR = /[2-9]\d{3}( ?)\d{4}\1\d{4}(?![\p{L}\p{N}]|[.,/-]\d)/uy;
const MYKAD_HYPHENS = /\d{6}-\d{2}-\d{4}(?![\p{L}\p{N}]|-\d)/uy;
const TWELVE = /\d{12}(?![\p{L}\p{N}])/uy;

/** Where the sticky `re` matches at `a`, or -1. */
function stickyEnd(re: RegExp, s: string, a: number): number {
  re.lastIndex = a;
  return re.test(s) ? re.lastIndex : -1;
}

/**
 * round 18: a national identity number, the customer's but no kind this screen reports and no
 * account or date: Chile's RUT ("12.345.678-5": its layout with the mod-11 check holding, or a
 * "K" check, or after "RUT"), Brazil's CPF ("987.654.321-00" with its checks holding, or eleven
 * digits after "CPF"), South Africa's ID (thirteen digits opening with a birth date) and Kenya's
 * (seven or eight digits) after "ID number", India's Aadhaar (4-4-4) after its name, and
 * Malaysia's MyKad (a birth date, a place code, four digits) laid out 6-2-4 with its date, or
 * after "IC". Claims the number whose digits start at `a`; where it ends, or -1.
 */
function claimNationalId(st: DetectionState, a: number): number {
  const s = st.s;
  if (a > 0 && (isAsciiAlnum(codeAt(s, a - 1)) || codeAt(s, a - 1) === 46)) return -1;
  // Each layout opens with a first group of its own length: only those are tried.
  let len = 0;
  while (len < 14 && isAsciiDigit(codeAt(s, a + len))) len++;
  const next = codeAt(s, a + len);
  let e = -1;
  if (len <= 2 && next === 46) {
    RUT_DOTTED.lastIndex = a;
    const rut = RUT_DOTTED.exec(s);
    if (rut !== null) {
      const check = rut[4] === 'K' || rut[4] === 'k' ? 10 : Number(rut[4]);
      const body = digitsOf(rut[1] + rut[2] + rut[3], 0, rut[1].length + 6);
      if (check === 10 || rutValid(body, check) || cueBefore(RUT_CUE, s, a))
        e = RUT_DOTTED.lastIndex;
    }
  } else if (len === 3 && next === 46) {
    const cpf = stickyEnd(CPF_DOTTED, s, a);
    if (cpf > 0 && (cpfValid(digitsOf(s, a, cpf)) || cueBefore(CPF_CUE, s, a))) e = cpf;
  } else if (len === 7 || len === 8) {
    if (stickyEnd(RUT_PLAIN, s, a) > 0 && cueBefore(RUT_CUE, s, a)) e = RUT_PLAIN.lastIndex;
    else if (stickyEnd(KENYAN, s, a) > 0 && cueBefore(ID_CUE, s, a)) e = KENYAN.lastIndex;
  } else if (len === 11) {
    if (stickyEnd(ELEVEN, s, a) > 0 && cueBefore(CPF_CUE, s, a)) e = ELEVEN.lastIndex;
  } else if (len === 13) {
    const sa = stickyEnd(THIRTEEN, s, a);
    if (sa > 0 && yymmddValid(digitsOf(s, a, a + 6)) && cueBefore(ID_CUE, s, a)) e = sa;
  } else if (len === 6 && next === 45) {
    const kad = stickyEnd(MYKAD_HYPHENS, s, a);
    if (kad > 0 && yymmddValid(digitsOf(s, a, a + 6)) && myKadPlace(s, a + 7)) e = kad;
  }
  if (len === 4 || len === 12) {
    const uid = stickyEnd(AADHAAR, s, a);
    if (
      uid > 0 &&
      (cueBefore(AADHAAR_CUE, s, a) ||
        (aadhaarValid(digitsOf(s, a, uid)) && cueBefore(UID_CUE, s, a)))
    )
      e = uid;
    else if (len === 12 && stickyEnd(TWELVE, s, a) > 0 && cueBefore(MYKAD_CUE, s, a))
      e = TWELVE.lastIndex;
  }
  // round 27: another country's identity number named right before it ("polish PESEL
  // 90071502318", "中国身份证号 110105198804123317"): no account, SSN or date of the customer's.
  // (A word must end right before the number, past a colon and blanks, before the post is
  // looked through for the cue's words: most numbers have none there.)
  if (e < 0 && foreignIdWordBefore(s, a) && cueBefore(FOREIGN_ID_CUE, s, a)) {
    const end = idNumberEnd(s, a);
    // A card number is never claimed so: it must be found to be truncated.
    const d = digitsOf(s, a, end);
    if (!isCardNumber(d, 0, d.length)) e = end;
  }
  if (e < 0) return -1;
  st.claim(a, e);
  return e;
}

/**
 * The words FOREIGN_ID_CUE can end with (before its colon and blanks): looked up before the
 * pattern runs, as most numbers have none of them before them.
 */
const FOREIGN_ID_LAST_WORDS = WordTable.of([
  'pesel',
  'dni',
  'nie',
  'sss',
  'id',
  'umid',
  'number',
  'no',
  'no.',
  'insurance',
  'fiscale',
  'card',
  'nas',
  'is',
  'es',
  'ist',
  'è',
  'aadhaar',
  'steuer-id',
  'steuerid',
  'steueridentifikationsnummer',
  '#',
]);
/** The scripts whose cue words are written unspaced (身份证号, マイナンバー, 주민등록번호). */
const CJK_BEFORE = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af][:：]? ?$/;

/** Whether a word FOREIGN_ID_CUE can end with stands right before the number at `a`. */
function foreignIdWordBefore(s: string, a: number): boolean {
  let p = a;
  while (p > 0 && a - p < 3 && (codeAt(s, p - 1) === 32 || codeAt(s, p - 1) === 58)) p--;
  const c = codeAt(s, p - 1);
  // The unspaced scripts' cues end in one of their letters (or a full-width colon).
  if (c >= 0x3040) return CJK_BEFORE.test(s.slice(Math.max(0, a - 3), a));
  const end = p;
  while (p > 0 && end - p < 28 && !isBlank(codeAt(s, p - 1))) p--;
  // Looked up in place (no copy of the word): most numbers have no such word before them.
  return p < end && FOREIGN_ID_LAST_WORDS.has(s, p, end);
}
const FOREIGN_ID_CUE =
  /(?:\b(?:pesel|dni|nie|sss(?: id)?|umid|ni number|national insurance(?: number| no\.?)?|steuer-?id|steuer-?identifikationsnummer|codice fiscale|aadhaar(?: card)?|pan card|nas)|身份证号?码?|身份證號?碼?|マイナン[バハ]ー|주민등록번호)(?: (?:no\.?|number|#|is|es|ist|è))?[:：]? ?$/iu;

/** Where the identity number opening at `a` ends: its digits, single hyphens or blanks between digit groups, a final "X". */
function idNumberEnd(s: string, a: number): number {
  let p = a;
  for (;;) {
    while (isAsciiDigit(codeAt(s, p))) p++;
    const c = codeAt(s, p);
    if ((c === 45 || c === 32) && isAsciiDigit(codeAt(s, p + 1))) p++;
    else break;
  }
  if ((codeAt(s, p) === 88 || codeAt(s, p) === 120) && !isAsciiAlnum(codeAt(s, p + 1))) p++;
  return p;
}

/** Whether the two digits at `p` are a MyKad's place of birth: a state (01–16) or a country code. */
function myKadPlace(s: string, p: number): boolean {
  const v = (codeAt(s, p) - 48) * 10 + (codeAt(s, p + 1) - 48);
  return (
    (v >= 1 && v <= 16) ||
    (v >= 21 && v <= 68) ||
    v === 71 ||
    v === 72 ||
    (v >= 74 && v <= 79) ||
    (v >= 82 && v <= 93) ||
    v >= 98
  );
}

/** Whether the words just before `a` end with the cue `re`. */
function cueBefore(re: RegExp, s: string, a: number): boolean {
  return wordEndsBefore(s, a) && re.test(s.slice(Math.max(0, a - ID_CUE_REACH), a));
}

/**
 * Every cue ends in a letter, "." or "#", then at most a colon and blanks: a digit or other
 * sign there (a run of digit groups) is none, before any pattern is tried.
 */
function wordEndsBefore(s: string, a: number): boolean {
  let p = a;
  while (p > 0 && a - p < 3 && (codeAt(s, p - 1) === 32 || codeAt(s, p - 1) === 58)) p--;
  const c = codeAt(s, p - 1);
  return !(p === 0 || isAsciiDigit(c) || (c < 128 && !isAsciiLetter(c) && c !== 46 && c !== 35));
}

/** Whether the runs r and r + 1 are digit groups apart by one space or hyphen. */
function nextGroup(st: DetectionState, r: number): boolean {
  const runs = st.scan.digitRuns;
  if (r + 1 >= runs.count) return false;
  const end = runs.end[r] ?? 0;
  const c = codeAt(st.s, end);
  return (runs.start[r + 1] ?? 0) === end + 1 && (c === 32 || c === 45);
}

const MEDICARE_BEFORE = /medicare(?: card)?(?: (?:number|no\.?|#))?(?: (?:is|was))?:? ?$/i;

/**
 * "ABN is 51 824 753 556" (an Australian Business Number, laid out 2-3-3-3 with its check), and
 * "Medicare number 2951 44817 1" (an Australian Medicare card, 4-5-1, named so): the business's
 * register number and a health card, neither an account nor a number this screen reports. A
 * US Medicare number (MBI) holds letters and stays the customer's insurance account. Claims the
 * number starting at run r; where it ends, or -1.
 */
function claimAustralianNumber(st: DetectionState, r: number): number {
  const runs = st.scan.digitRuns;
  const a = runs.start[r] ?? 0;
  const s = st.s;
  if (a > 0 && isAsciiAlnum(codeAt(s, a - 1))) return -1;
  // "+61 412 771 093": a country code after "+" opens a phone number, not an ABN.
  if (codeAt(s, a - 1) === 43) return -1;
  const len = (k: number): number => (runs.end[k] ?? 0) - (runs.start[k] ?? 0);
  const ends = (k: number): boolean => !isAsciiAlnum(codeAt(s, runs.end[k] ?? 0));
  if (
    len(r) === 2 &&
    nextGroup(st, r) &&
    len(r + 1) === 3 &&
    nextGroup(st, r + 1) &&
    len(r + 2) === 3 &&
    nextGroup(st, r + 2) &&
    len(r + 3) === 3 &&
    ends(r + 3)
  ) {
    const b = runs.end[r + 3] ?? 0;
    if (!abnValid(digitsOf(s, a, b))) return -1;
    st.claim(a, b);
    return b;
  }
  if (
    len(r) === 4 &&
    nextGroup(st, r) &&
    len(r + 1) === 5 &&
    nextGroup(st, r + 1) &&
    len(r + 2) === 1
  ) {
    let last = r + 2;
    // The card's position number, when given: "2951 44817 1-2".
    if (nextGroup(st, last) && len(last + 1) === 1) last++;
    if (!ends(last) || !MEDICARE_BEFORE.test(s.slice(Math.max(0, a - 32), a))) return -1;
    const b = runs.end[last] ?? 0;
    st.claim(a, b);
    return b;
  }
  return -1;
}

function maskToken(st: DetectionState, a: number, b: number, patterns: readonly RegExp[]): void {
  const s = st.s;
  const first = codeAt(s, a);
  if (first === 64 /* @ */) {
    let e = a + 1;
    while (e < b && (isAsciiAlnum(codeAt(s, e)) || codeAt(s, e) === 95)) e++;
    if (e > a + 1) st.claim(a, e);
    return;
  }
  // A hashtag starts with a letter; "#3R" is an apartment, "#182334455" a number.
  if (first === 35 /* # */ && b - a > 1 && isAsciiLetter(codeAt(s, a + 1))) {
    let e = a + 1;
    let letters = false;
    while (e < b && (isAsciiAlnum(codeAt(s, e)) || codeAt(s, e) === 95)) {
      if (isAsciiLetter(codeAt(s, e))) letters = true;
      e++;
    }
    if (letters) {
      st.claim(a, e);
      return;
    }
  }
  // "Everyday Checking ••••4471", "card ****1234": three or more masked, then the last digits shown, like
  // "ending in 4471", are no finding.
  if (isMask(first)) {
    let m = a;
    while (m < b && isMask(codeAt(s, m))) m++;
    let e = m;
    while (e < b && codeAt(s, e) >= 48 && codeAt(s, e) <= 57) e++;
    if (m - a >= 3 && e - m >= 2 && e - m <= 6 && !isAsciiAlnum(codeAt(s, e))) {
      st.claim(a, e);
      return;
    }
  }
  if (st.scan.hasSlash && hasSlashIn(s, a, b) && isUrl(s.slice(a, b))) {
    st.claim(a, b);
    return;
  }
  if (
    isTaxForm(s, a, b) ||
    isImmigrationForm(s, a, b) ||
    afterCheckNumberCue(s, a) ||
    isCheckRange(s, a, b)
  ) {
    st.claim(a, b);
    return;
  }
  if (patterns.length === 0) return;
  let ca = a;
  let cb = b;
  while (ca < cb && isLeadingPunct(codeAt(s, ca))) ca++;
  while (cb > ca && isTrailingPunctOrBang(codeAt(s, cb - 1))) cb--;
  if (cb - ca < st.policy.referenceMinLength || cb - ca > MAX_REFERENCE_TOKEN) return;
  const core = s.slice(ca, cb);
  for (const re of patterns) {
    if (re.test(core)) {
      st.claim(ca, cb);
      return;
    }
  }
}

/** A tax form's name, "1099-INT", "1098-E", "1040-SR": the digits are the form's, never an account's. */
const TAX_FORM = /^(?:1040|1042|1095|1097|1098|1099|5498)-[a-z]{1,5}[.,;:!?)]*$/i;

function isTaxForm(s: string, a: number, b: number): boolean {
  // The form's four digits, then its hyphen: without it no slice is worth testing.
  return b - a <= 16 && codeAt(s, a + 4) === 45 && TAX_FORM.test(s.slice(a, b));
}

/**
 * round 21: a US immigration form's name, "I-94", "I-130", "N-400", "DS-160": a form, never a
 * secret or an account.
 */
const IMMIGRATION_FORM = /^(?:I|N|DS|AR)-\d{1,4}[A-Z]?[.,;:!?)]*$/;

function isImmigrationForm(s: string, a: number, b: number): boolean {
  const h = codeAt(s, a + 1) === 45 ? a + 1 : codeAt(s, a + 2) === 45 ? a + 2 : -1;
  return h > 0 && b - a <= 10 && IMMIGRATION_FORM.test(s.slice(a, b));
}

/**
 * A check's own number, "check number 004471", "check #2210", "número de cheque 004471",
 * "numéro de chèque …": it names one paper check, not the account it was drawn on.
 */
const CHECK_NUMBER_CUE =
  /(?:\bche(?:ck|que)|\bchèque) ?(?:number|nbr|num|no\.?|#) ?$|\b(?:n[uú]mero|num\.?|no\.?|nro\.?) (?:de|del|du) (?:cheque|chèque|ch[eè]que) ?$|\bch[eè]que numéro ?$/i;
/** "check #2210": the "#" is the token's own. */
const CHECK_CUE_HASH = /(?:\bche(?:ck|que)|\bchèque) ?$/i;
/** Lower-cased (c | 32) the last characters of CHECK_NUMBER_CUE and CHECK_CUE_HASH: r m o e k . # */
const CUE_LAST: ReadonlySet<number> = new Set([114, 109, 111, 101, 107, 46, 35]);
/** Enough characters before a token to hold the longest check-number cue. */
const CHECK_CUE_REACH = 20;

function afterCheckNumberCue(s: string, a: number): boolean {
  if (a === 0) return false;
  // Both cues end (before one optional space) in a letter of "number", "num", "no", "cheque",
  // "numéro", "check", or in "." or "#": any other character there cannot end a match.
  const last = codeAt(s, codeAt(s, a - 1) === 32 ? a - 2 : a - 1) | 32;
  if (!CUE_LAST.has(last)) return false;
  const before = s.slice(Math.max(0, a - CHECK_CUE_REACH), a);
  return codeAt(s, a) === 35 /* # */ ? CHECK_CUE_HASH.test(before) : CHECK_NUMBER_CUE.test(before);
}

/**
 * A range of checks, "checks 1201-1250", "cheques nº 0401–0450", "checks #310-335": the
 * numbers of a book of paper checks, not the account they are drawn on.
 */
const CHECK_RANGE = /^#?(\d{2,10})[-–](\d{2,10})[.,;:)]*$/;
/** Most checks a range may span: a book or two, not "la de cheques 1200-4475" (an account). */
const MAX_CHECK_RANGE = 500;
const CHECK_RANGE_CUE =
  /(?:\bche(?:ck|que)s|\bchèques|\bcheck (?:numbers|nos\.?)|\bcheckbook)(?: (?:numbered|numbers|nos?\.?|n[º°]|#))? ?$/i;

function isCheckRange(s: string, a: number, b: number): boolean {
  if (a === 0 || b - a > 24 || !hasRangeDash(s, a, b)) return false;
  const m = CHECK_RANGE.exec(s.slice(a, b));
  if (m === null || m[1].length !== m[2].length) return false;
  const span = Number(m[2]) - Number(m[1]);
  if (span <= 0 || span > MAX_CHECK_RANGE) return false;
  return CHECK_RANGE_CUE.test(s.slice(Math.max(0, a - CHECK_CUE_REACH), a));
}

/** Whether [a, b) holds the hyphen or en dash CHECK_RANGE needs between its two numbers. */
function hasRangeDash(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c === 45 || c === 0x2013) return true;
  }
  return false;
}

/** Characters that mask digits: "•" (which normalisation makes "."), "●", "*", "x", "X". */
function isMask(c: number): boolean {
  return c === 46 || c === 0x2022 || c === 0x25cf || c === 42 || c === 120 || c === 88;
}

function hasSlashIn(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (s.charCodeAt(i) === 47) return true;
  return false;
}

function isLeadingPunct(c: number): boolean {
  return c === 40 || c === 91 || c === 34 || c === 39 || c === 35; // ( [ " ' #
}

/** Sentence punctuation after a reference token, "!" included (unlike a secret's, see credential.detector). */
function isTrailingPunctOrBang(c: number): boolean {
  return (
    c === 46 ||
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 33 ||
    c === 63 ||
    c === 41 ||
    c === 93 ||
    c === 34 ||
    c === 39
  );
}

function isUrl(token: string): boolean {
  if (token.includes('://')) return true;
  const lower = token.toLowerCase();
  if (lower.startsWith('www.')) return true;
  const slash = token.indexOf('/');
  return slash > 0 && URL_HOST.test(token.slice(0, slash)) && /[a-z]/i.test(token.slice(0, slash));
}
