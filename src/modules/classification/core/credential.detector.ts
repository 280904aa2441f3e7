import { ENTITY_INDEX, type CompiledCredential } from './compiled-policy';
import { WordTable } from './word-table';
import { isTrailingPunctExceptBang } from './punctuation';
import { digitWordAt, twoDigitWordAt } from './digit-words';
import { isHangul, isKanaOrIdeograph } from './lexicon-trie';
import { bareAnswer } from './credential-model';
import {
  allAsciiCapitals,
  codeAt,
  isAsciiAlnum,
  isAsciiDigit,
  isAsciiLetter,
  isBlank,
  MEMO_UNSET,
  type DetectionState,
  type PositionMemo,
} from './detection-state';

const CREDENTIAL = ENTITY_INDEX.CREDENTIAL;
const LINK_LIST = [
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
  // French "mon NIP est 4418"; Haitian Creole, Swahili, German "is".
  'est',
  // French past and spoken forms: "mon mot de passe était …", "mon NIP c'est 7734".
  'etait',
  "c'est",
  "c'etait",
  'se',
  'ni',
  // Nigerian Pidgin "is": "my password na …".
  'na',
  'ist',
  'should',
  'reads',
  // Tagalog "ang password ko ay …".
  'ay',
  // Somali "sirtayda waa …", Indonesian and Malay "password saya adalah …".
  'waa',
  'adalah',
  'to',
  'as',
];
/**
 * Adverbs after a link word: "my pw is literally password123", "the pin is now 4471".
 * They tie a value only once a link word has ("… than actually using it" is no password).
 */
const ADVERB_LIST = [
  'literally',
  'actually',
  'now',
  'currently',
  'simply',
  'definitely',
  'probably',
  'still',
  'always',
  'prob',
  // "first pet was called Rascal", "my first school is named Lincoln".
  'called',
  'named',
];
/**
 * A short relative clause between a keyword and its link word: "the code
 * **they sent** was 552019", "the pin **i set** is 4471". Only counts when a
 * link word follows it; at most three such words.
 */
const RELATIVE_LIST = [
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
  'mailed',
  'issued',
  'assigned',
  'created',
  'made',
  'generated',
  'provided',
  'had',
  'have',
  // "el código que me mandaron …".
  'que',
  // Whose it is, in other languages: "modpas mwen se …", "nenosiri langu ni …", "Passwort meines …".
  'mwen',
  'langu',
  'yangu',
  'wangu',
  'mein',
  'meine',
  'mandaron',
  'enviaron',
  'dieron',
  // Somali "sirta cusub ee aan sameeyay …" (that I made, set, used).
  'ee',
  'aan',
  'sameeyay',
  'dejiyay',
  'isticmaalay',
  // Indonesian "password yang saya buat …" (that I made, set, used).
  'yang',
  'buat',
  'pakai',
];
const MAX_RELATIVE = 3;
/** Link words that tie a keyword to its value without stating it ("code to 4471", "pin as 1234"). */
const TO_OR_AS_LIST = ['to', 'as'];
/** Conjunctions that end a clause between a keyword and its link word (see clauseThenLink). */
const NOT_IN_CLAUSE_LIST = ['and', 'but', 'or', 'so', 'then', 'because', 'y', 'pero'];
/**
 * Words passed over after a keyword without tying it to a value: Tagalog "password ko po …"
 * (my, the polite particle), Vietnamese, as normalised, "mật khẩu cũ là …", "mã PIN của tôi
 * là …" (old, new, of, I, is: "la" is no link word, being Spanish "la" too, so the value
 * still needs a digit or a symbol).
 */
const FILLER_LIST = [
  'ko',
  'po',
  'namin',
  'niya',
  'nya',
  'cu',
  'moi',
  'cua',
  'toi',
  'em',
  'minh',
  'la',
  // Indonesian and Malay "password saya …", "kata sandi aku …" (my), and what the secret
  // is for, named after it ("password internet banking saya …", "pin atm lama …": old, new).
  'saya',
  'aku',
  'internet',
  'banking',
  'online',
  'mobile',
  'aplikasi',
  'akun',
  'lama',
  'baru',
  // Haitian Creole "ansyen modpas la te …" (was: a past marker, so the value still needs a
  // digit or a symbol).
  'te',
  // Vietnamese, as normalised, "mật khẩu ứng dụng / ngân hàng của tôi là …" (of the app, of
  // the bank); Yoruba "orúkọ olùmúlò mi ni …" (my); Oromo "PIN isaa 3318", "jecha icciitii
  // koo …" (his, her, my, your, our); Igbo "PIN m bụ …" (my; "is", a filler as the Turkish
  // "bu" after "şifremi" is "this").
  'ung',
  'dung',
  // round 23: "mật khẩu mới tôi muốn dùng là …" (the new password I want to use is …).
  'muon',
  'ngan',
  'hang',
  'mi',
  'koo',
  'kee',
  'isaa',
  'ishee',
  'keenya',
  'm',
  'bu',
];

// What a word after a keyword may be, as bits: one lookup per word.
const LINK = 1;
const RELATIVE = 2;
const TO_OR_AS = 4;
const NOT_IN_CLAUSE = 8;
const ADVERB = 16;
const FILLER = 32;
const CLAUSE_WORDS = WordTable.ofBits([
  [FILLER_LIST, FILLER],
  [LINK_LIST, LINK],
  [ADVERB_LIST, ADVERB],
  [RELATIVE_LIST, RELATIVE],
  [TO_OR_AS_LIST, TO_OR_AS],
  [NOT_IN_CLAUSE_LIST, NOT_IN_CLAUSE],
]);

/**
 * Possessives written in Latin letters after a keyword, passed over as the fillers are:
 * Arabizi "el password taba3i …" (mine; Levantine taba3/tb3, Maghrebi mte3/ta3), Greeklish
 * "o kodikos mou …" (my), Russian "parol' moy …", Finglish "password man …" (mine).
 */
const ROMANISED_POSSESSIVES = WordTable.of([
  'taba3i',
  'tab3i',
  'tb3i',
  'taba3ak',
  'tab3ak',
  'tb3ak',
  'taba3ik',
  'taba3na',
  'tb3na',
  'mte3i',
  'mt3i',
  'mta3i',
  'ta3i',
  'nta3i',
  // Egyptian "el password beta3i …" (mine).
  'beta3i',
  'bta3i',
  'beta3y',
  'bta3y',
  'beta3ti',
  'bta3ti',
  'mou',
  'moy',
  'moya',
  'man',
]);

/** A guess at the answer opening the next sentence: "I think it's Buttons", "maybe it was Rex". */
const ANSWER_GUESS =
  /^[.!]? +(?:(?:i|I) (?:think|guess|believe) |[Mm]aybe |[Pp]robably )?(?:it|It)(?:'s|’s| is| was| might be| could be| may be) ([A-Z][a-z]{1,20})(?![\w'’])/;
/** The other guess after it, past an aside in brackets: "(my first dog) or maybe Mittens". */
const OTHER_GUESS =
  /^(?: \([^()]{1,40}\))?,? or (?:maybe |perhaps |possibly |it's |its )?([A-Z][a-z]{1,20})(?![\w'’])/;
const GUESS_REACH = 64;

function emitAnswerGuessed(st: DetectionState, p: number): boolean {
  const s = st.s;
  const m = ANSWER_GUESS.exec(s.slice(p, p + GUESS_REACH));
  if (m === null) return false;
  const name = m[1] ?? '';
  const a = p + m[0].length - name.length;
  const b = a + name.length;
  if (st.isClaimed(a, b) || st.policy.credentialStopwords.has(name.toLowerCase())) return false;
  st.emit(CREDENTIAL, a, b, 'credential.security-answer', 0.85);
  const o = OTHER_GUESS.exec(s.slice(b, b + GUESS_REACH));
  if (o !== null) {
    const other = o[1] ?? '';
    const c = b + o[0].length - other.length;
    if (!st.isClaimed(c, c + other.length))
      st.emit(CREDENTIAL, c, c + other.length, 'credential.security-answer', 0.8);
  }
  return true;
}

/** What follows "pass" used as a verb: "pass this along", "pass it on", "pass on to". */
const PASS_OBJECTS = WordTable.of([
  'this',
  'that',
  'it',
  'these',
  'those',
  'them',
  'along',
  'on',
  'to',
  'back',
  'through',
  'over',
]);

/** The ASCII word after the blanks at `p`, as [start, end]. */
function nextWord(s: string, n: number, p: number): [number, number] {
  let a = p;
  while (a < n && isBlank(codeAt(s, a))) a++;
  let b = a;
  while (b < n && isAsciiLetter(codeAt(s, b))) b++;
  return [a, b];
}

/** The end of a word of ASCII letters and digits at `p` ("taba3i"). */
function asciiWordEnd(s: string, n: number, p: number): number {
  let q = p;
  while (q < n && isAsciiAlnum(codeAt(s, q))) q++;
  return q;
}

const MAX_FOREIGN_WORDS = 3;
const MAX_FOREIGN_WORD = 24;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/**
 * A word of letters of a script other than Latin (Arabic, Cyrillic, Hangul, Devanagari,
 * kana…) at `p`, up to MAX_FOREIGN_WORD characters, closed by a blank: its end, or `p`.
 */
function foreignWordEnd(s: string, n: number, p: number): number {
  let q = p;
  while (q < n && q - p <= MAX_FOREIGN_WORD) {
    const c = codeAt(s, q);
    if (c < 0x370 || !LETTER_OR_MARK.test(s[q] ?? '')) break;
    q++;
  }
  // Closed by a blank, or by the ":" that ties the value: "Пароль от приложения: Irina_2305".
  return q > p &&
    q - p <= MAX_FOREIGN_WORD &&
    (q >= n || isBlank(codeAt(s, q)) || codeAt(s, q) === 58)
    ? q
    : p;
}

const MAX_BRACKETED_ANSWER = 40;
const ANSWER_WORDS = WordTable.of(['answer', 'respuesta', 'resposta', 'reponse', 'repons']);
const MAX_BRACKETED_WORDS = 4;

/**
 * An answer in brackets at `p` (blanks skipped): a name ("(Guantánamo)") or a value holding
 * a digit, of at most MAX_BRACKETED_WORDS words; not a remark ("(the one about my dog)").
 */
function emitBracketedAnswer(st: DetectionState, p: number): boolean {
  const { s, n } = st;
  while (p < n && isBlank(codeAt(s, p))) p++;
  if (codeAt(s, p) !== 40) return false;
  const a = p + 1;
  let words = 1;
  let digit = false;
  let b = a;
  for (; b < n && b - a <= MAX_BRACKETED_ANSWER; b++) {
    const c = codeAt(s, b);
    if (c === 41 || c === 10 || c === 40 || c === 63) break;
    if (c === 32) words++;
    if (isAsciiDigit(c)) digit = true;
  }
  if (codeAt(s, b) !== 41 || b - a < 2 || words > MAX_BRACKETED_WORDS) return false;
  // The brackets hold the question when its answer follows: ") is Rex", "): Rex", ") answer …".
  let q = b + 1;
  while (q < n && isBlank(codeAt(s, q))) q++;
  const c = codeAt(s, q);
  if (c === 58 || c === 61 || c === 45 || c === 34) return false;
  let w = q;
  while (w < n && isAsciiLetter(codeAt(s, w))) w++;
  if (w > q && (((CLAUSE_WORDS.get(s, q, w) ?? 0) & LINK) !== 0 || ANSWER_WORDS.has(s, q, w)))
    return false;
  if (!digit && !(isUpper(codeAt(s, a)) && isLower(codeAt(s, a + 1)))) return false;
  if (st.policy.credentialStopwords.has(s.slice(a, b).toLowerCase()) || st.isClaimed(a, b))
    return false;
  st.emit(CREDENTIAL, a, b, 'credential.security-answer', 0.85);
  return true;
}

/** Whether s[a, b) is all printable ASCII. */
function asciiOnly(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = codeAt(s, i);
    if (c <= 32 || c >= 127) return false;
  }
  return true;
}

/** "s" or "'s", any case: "my pin's 4471", "pin s 4471". */
function possessiveS(s: string, p: number, q: number): boolean {
  if (q - p === 1) return (codeAt(s, p) | 32) === 115;
  return q - p === 2 && codeAt(s, p) === 39 && (codeAt(s, p + 1) | 32) === 115;
}
const MAX_VALUE = 64;

function isLinkPunct(c: number): boolean {
  return c === 58 || c === 61 || c === 62 || c === 45 || c === 35; // : = > - #
}

function isOpenQuote(c: number): boolean {
  return c === 34 || c === 39 || c === 96 || c === 40 || c === 91 || c === 60; // " ' ` ( [ <
}

/** Sentence punctuation after a secret, except "!", which is kept: passwords often end with it. */
/**
 * Whether a value read after a keyword ends at s[b]: a blank; an ideographic
 * full stop or comma; a comma or semicolon with Chinese, Japanese or Korean
 * text right after it ("密码 Lili@8899，一直登录不上": no blank ends that clause);
 * or kana or an ideograph right after a character of another script
 * ("パスワードはAbc12345です": the copula glued on is no part of the secret), or a
 * Hangul particle glued to a value of ASCII ("아이디 jypark88로").
 */
function endsValue(s: string, b: number): boolean {
  const c = codeAt(s, b);
  if (isBlank(c) || c === 0x3002 || c === 0x3001) return true;
  // "اسم المستخدم khalid.m، أنا …": the Arabic comma, semicolon or full stop glued to a
  // value of another script ends it.
  if ((c === 0x060c || c === 0x061b || c === 0x06d4) && codeAt(s, b - 1) < 0x80) return true;
  if (isKanaOrIdeograph(c) && !isKanaOrIdeograph(codeAt(s, b - 1))) return true;
  // "아이디 jypark88로 로그인이": a Korean particle glued to a value of another script.
  if (
    isHangulOrCompatibilityJamo(c) &&
    !isHangulOrCompatibilityJamo(codeAt(s, b - 1)) &&
    codeAt(s, b - 1) < 0x80
  )
    return true;
  return (c === 44 || c === 59) && codeAt(s, b + 1) >= 0x2e80;
}

/** The credential (index into `policy.credentials`) of entity hit `k` of the scan, or -1. */
function credentialOfHit(st: DetectionState, k: number): number {
  return st.policy.entityPayloads[st.scan.entityHits.payload[k] ?? 0]?.credential ?? -1;
}

/**
 * Credentials: a keyword (password, PIN, CVV, one-time code, security answer,
 * username…) tied to a value. The finding spans the secret only, never "my
 * password is". A value that reads as prose ("password is wrong") is not one.
 */
export function detectCredentials(st: DetectionState): void {
  const { s, n, policy } = st;
  const hits = st.scan.entityHits;
  const roles = credentialRoles(policy.credentials);
  if (st.scan.digitRuns.count > 0) claimNotSecretNumbers(st);
  // Whether the post tells any value as tried, typed or entered: tested once, when first needed.
  let triedTold = -1;
  for (let k = 0; k < hits.count; k++) {
    const credIndex = credentialOfHit(st, k);
    if (credIndex < 0) continue;
    const cred = policy.credentials[credIndex];
    if (cred === undefined) continue;
    const hitStart = hits.start[k] ?? 0;
    const hitEnd = hits.end[k] ?? 0;
    if (cred.kind === 'phrase') {
      emitSeedPhrase(st, hitEnd, cred.maxLength, cred.id);
      continue;
    }
    let p = hitEnd;
    // round 26: "Claim # PW-2207391", "Policy number PW-00718842": capitals hyphened to digits
    // are a reference's prefix, not the abbreviated keyword.
    if (hitEnd - hitStart <= 3 && allAsciiCapitals(s, hitStart, hitEnd) && codeAt(s, hitEnd) === 45)
      continue;
    // "code postal", "código postal", "kod pocztowy": a code that is no secret, named after it.
    if (cred.requireLinker && cred.kind === 'digits' && notSecretCodeAfter(s, n, p)) continue;
    // "pass this along to whoever handles it", "pass it on": "pass" as a verb names no secret.
    if (cred.id === 'credential.pass' && PASS_OBJECTS.has(s, ...nextWord(s, n, p))) continue;
    // A username keyword that ends in its own link word ("login is", "sign in:") is linked.
    const role = roles[credIndex] ?? 0;
    let linked = (role & USERNAME) !== 0 && endsInLink(s, hitStart, p);
    // Linked by "is" or ":" rather than "to" or "#": what a weak keyword needs.
    let stated = linked;
    let relative = 0;
    const answer = (role & SECURITY_ANSWER) !== 0;
    // "they reset the security question. The answer was Biscuit": told after the question.
    if (answer && TOLD_AFTER_QUESTION.has(s, hitStart, hitEnd)) {
      if (!questionBefore(st, k, roles)) continue;
      // round 25: "Security q: first car. Answer ford ranger": a bare "Answer" opening its
      // sentence after the question states the answer, with or without a colon.
      if (bareAnswer(s, hitStart, hitEnd) && sentenceOpensAt(s, hitStart)) {
        linked = true;
        stated = true;
      }
    }
    // 'the answer to "first car" is Honda Civic', 'security question "first pet" answer is Biscuit'.
    let questioned = false;
    // "respondí la pregunta de seguridad (Guantánamo)": the answer in brackets right after
    // the question, when no answer follows them ("security question (First Pet) is Rex").
    if (answer && emitBracketedAnswer(st, p)) continue;
    // "I forgot my security answer. I think it's Buttons (my first dog) or maybe Mittens.":
    // the answer guessed in the next sentence, and the other guess.
    if (answer && emitAnswerGuessed(st, p)) continue;
    if (answer) {
      const q = quotedQuestionEnd(s, n, p);
      if (q >= 0) {
        p = q;
        questioned = true;
        // "security question: first concert? Paramore 2013": the answer follows the question
        // asked (round 27: or a dash or an arrow after it).
        if (codeAt(s, q - 1) === 63 || codeAt(s, q - 1) === 32) {
          linked = true;
          stated = true;
        }
      }
    }
    // "my pin (same as my garage code lol) is 4471": an aside before the link word.
    if (!answer) p = asideThenLink(s, n, p);
    // "Gators!2019 is my pw": the secret before its keyword.
    if (
      cred.kind === 'secret' &&
      !answer &&
      emitSecretBefore(st, hitStart, cred.minLength, cred.maxLength, cred.id)
    )
      continue;
    // round 21: "pasword reset isnt working … tried Tilly2019! and Tilly2019!! both rejected".
    if (cred.kind === 'secret' && !answer && (role & USERNAME) === 0) {
      if (triedTold < 0) triedTold = TRIED_WORD.test(s) ? 1 : 0;
      if (triedTold === 1) emitTriedSecrets(st, hitEnd, cred.maxLength, cred.id);
    }
    // round 23: "My PIN doesn't work … I reset it in the app to 2580 yesterday".
    if (cred.id === 'credential.pin') emitPinChangedTo(st, hitEnd, cred.id);
    // "passcode for the phone line is 2291", "the cvc on my new card is 608": a
    // short clause of plain words between the keyword and a link word.
    let afterClause = clauseThenLink(st, p);
    // round 23: "user: tjmorales password: …": a username's clause holding another
    // credential's keyword ends before it; the value after the link is that keyword's.
    if (
      afterClause >= 0 &&
      (role & USERNAME) !== 0 &&
      credentialKeywordWithin(st, k, p, afterClause)
    )
      afterClause = -1;
    // round 18: "gave my login to someone who said he was MOH": the link word is said of a
    // person the clause names ("who"), not of the secret; only a value holding a digit counts.
    const ofPerson = afterClause >= 0 && whoWordIn(s, p, afterClause);
    if (afterClause >= 0) {
      if (!questioned && answer && /question|pregunta/i.test(s.slice(p, afterClause)))
        questioned = true;
      p = afterClause;
      linked = true;
      stated = true;
    }
    // "typed my password wrong too many times, it was Bailey2019#": a clause, a
    // comma, then "it was"; only a value that cannot be prose counts there.
    let toldAfterComma = false;
    if (afterClause < 0 && cred.kind === 'secret' && !answer && stopAheadAfter(st, p)) {
      const told = clauseThenItWas(st, p);
      if (told >= 0) {
        p = told;
        linked = true;
        stated = true;
        toldAfterComma = true;
      }
    }
    // "same pw as always, Buster1!, but …", "password? current one Sunny*Days77": a
    // secret that cannot be prose after the keyword's clause and a comma, or after
    // "(the) current/old/new one".
    // Where the next credential keyword starts: the clause readings below stop there,
    // and that keyword reads the rest ("password password …" reads each word once).
    let nextCred = -1;
    if (afterClause < 0 && cred.kind === 'secret' && !answer && !toldAfterComma) {
      nextCred = nextCredentialStart(st, k, n);
      if (emitSecretAfterClause(st, p, nextCred, cred)) continue;
    }
    // "the code that came by text, it was 448 913.": a digit secret after a clause, a
    // comma and "it was", when it closes its clause.
    if (
      afterClause < 0 &&
      cred.kind === 'digits' &&
      emitDigitsToldAfterComma(st, p, cred.minLength, cred.maxLength, cred.id)
    )
      continue;
    // "reset my PIN, I think my ex knows it. It's 1221.": in a later sentence.
    if (
      afterClause < 0 &&
      cred.kind === 'digits' &&
      emitDigitsItsLater(st, p, cred.minLength, cred.maxLength, cred.id)
    )
      continue;
    // "I gave them my password before I realized. It was Bluebird!2024.", "hint says
    // \"dog + year\" so it's probably Rusty2016": in a later clause, a value that cannot be prose.
    if (
      afterClause < 0 &&
      cred.kind === 'secret' &&
      !answer &&
      !toldAfterComma &&
      !cred.requireLinker &&
      emitSecretItsLater(st, p, nextItsLaterKeyword(st, k, roles, p + MAX_ITS_LATER), cred)
    )
      continue;
    // "asked for my password, i gave him Keystone2!", "my pin stopped working. i changed it
    // to 5582": the secret handed over, or set, in the next clause; "changed my pw from
    // winter2019 to …": the old secret.
    if (
      afterClause < 0 &&
      !answer &&
      !toldAfterComma &&
      (emitToldAfterStop(st, p, cred) ||
        emitHandedAtOnce(st, p, cred) ||
        emitChangedFrom(st, p, cred))
    )
      continue;
    // "my pasword wont work i tried Hawks2019 and hawks2019!", "pin no sirve en el ATM, I
    // typed cinco dos ocho ocho": the secret tried, a few words on.
    if (
      afterClause < 0 &&
      !answer &&
      !toldAfterComma &&
      !cred.requireLinker &&
      (role & USERNAME) === 0 &&
      (emitTried(st, p, nextCred >= 0 ? nextCred : nextCredentialStart(st, k, n), cred) ||
        (cred.kind === 'digits' &&
          emitTriedLaterSentence(
            st,
            p,
            nextCred >= 0 ? nextCred : nextCredentialStart(st, k, n),
            cred,
          )))
    )
      continue;
    // "security question is first pets name, its Pickles", "my kid's name is the answer to
    // the question, it's Brody": the question told, a comma, then the answer as a name.
    if (answer && afterClause < 0 && emitAnswerAfterComma(st, p)) continue;
    // "the answer … is my first teacher's name, Mrs. Delgado.": the question described
    // ("my …", "the …"), a comma, then a name closing the clause.
    if (answer && emitAnswerAfterDescription(st, p)) continue;
    // "answer to", "security question", "user", "log in": said of many things; they
    // name a secret only before a quoted question, or paired with another credential.
    const weak = WEAK_KEYWORDS.has(s, hitStart, hitEnd);
    // "security question is my first car and I put Corolla": the answer handed over.
    if (answer && !questioned && emitAnswerHandedOver(st, p)) continue;
    if (weak && answer && !questioned) continue;
    // "city where my parents met = Duluth", "first car: Corolla": a question's
    // subject names a secret only with ":" or "=" (not "my first car was a Honda").
    const subject = answer && QUESTION_SUBJECTS.has(s, hitStart, hitEnd);
    if (subject && !questioned && !punctAt(s, p)) {
      // "the city where i was born: Tulsa": the ":" may come after a few words.
      const c = clauseThenPunct(s, n, hitEnd);
      // round 25: "security q answer was first car Corolla": the subject named as the answer's,
      // then the answer itself.
      if (ANSWER_WAS_BEFORE.test(s.slice(Math.max(0, hitStart - 24), hitStart))) {
        linked = true;
        stated = true;
      } else if (c >= 0) {
        p = c;
        linked = true;
        stated = true;
      } else if (!afterAnswer(st, hitStart)) {
        // "first car was a 1994 Geo Metro lol thats my security answer": the answer
        // named as one after the value.
        emitAnswerNamedAfter(st, hitEnd);
        continue;
      }
      // "maiden name is Kowalczyk, first car Civic": the next question of a list of
      // answers, answered by a name (read below) with no ":".
    }
    let askedIt = false;
    let foreign = 0;
    // "my bank login to set up direct deposit": a username keyword tied by "to" alone
    // names a purpose, not a value.
    let purpose = false;
    // 'my "security phrase". it's purple monkey dishwasher': the keyword quoted.
    if (
      isQuoteCloser(codeAt(s, p)) &&
      codeAt(s, p + 1) === 46 &&
      /^ it(?:'s|s| is| was) /i.test(s.slice(p + 2, p + 10))
    )
      p += 2;
    // round 25: "its 3 digits on the back right? 417": the keyword asked about with a tag
    // question, then the value.
    if (cred.kind === 'digits') {
      const m = TAG_QUESTION.exec(s.slice(p, p + 12));
      if (m !== null) {
        p += m[0].length;
        linked = true;
        stated = true;
      }
    }
    // 'asks for my "memorable word" and that's pineapple': a quoted pass-phrase keyword,
    // then "and that's" / "and it's".
    if (isQuoteCloser(codeAt(s, p)) && PHRASE_KEYWORDS.has(s, hitStart, hitEnd)) {
      const m = AND_THATS.exec(s.slice(p + 1, p + 16));
      if (m !== null) {
        p += 1 + m[0].length;
        linked = true;
        stated = true;
      }
    }
    for (let step = 0; step < 3 + MAX_RELATIVE + MAX_FOREIGN_WORDS; step++) {
      while (p < n && isBlank(codeAt(s, p))) p++;
      // "they asked for the otp, it was 330912": a comma, then "it was".
      if (step === 0 && codeAt(s, p) === 44) {
        p++;
        while (p < n && isBlank(codeAt(s, p))) p++;
      }
      while (p < n && isLinkPunct(codeAt(s, p))) {
        linked = true;
        if (codeAt(s, p) === 58 || codeAt(s, p) === 61) stated = true;
        p++;
      }
      while (p < n && isBlank(codeAt(s, p))) p++;
      // "pin 4 digits 0 0 7 1", "PIN (four digits): 8812": how long the secret is, said first.
      if (cred.kind === 'digits') {
        const said = lengthSaidEnd(s, n, p);
        if (said > p) {
          p = said;
          continue;
        }
      }
      let q = p;
      while (q < n && (isAsciiLetter(codeAt(s, q)) || codeAt(s, q) === 39)) q++;
      const kind = q > p ? (CLAUSE_WORDS.get(s, p, q) ?? 0) : 0;
      if ((kind & LINK) !== 0) {
        linked = true;
        if ((kind & TO_OR_AS) === 0) stated = true;
        else if (!stated && (role & USERNAME) !== 0 && q - p === 2 && (codeAt(s, p) | 32) === 116)
          purpose = true;
        p = q;
        continue;
      }
      if ((kind & ADVERB) !== 0 && linked) {
        p = q;
        continue;
      }
      // A filler is a whole word: "là Minh_1985!" is a value, though "minh" is a filler.
      // round 25: so is "app" before Vietnamese "của" ("mật khẩu app của em là …": the
      // password of my app), not in English ("my password app is great").
      if (
        (((kind & FILLER) !== 0 && isBlank(codeAt(s, q))) || appOf(s, p, q)) &&
        !linked &&
        relative === 0
      ) {
        p = q;
        continue;
      }
      if (kind === 0 && !linked && relative === 0 && cred.kind === 'secret' && !answer) {
        const r = asciiWordEnd(s, n, p);
        if (r > p && ROMANISED_POSSESSIVES.has(s, p, r)) {
          // Claimed: "taba3i", "beta3i" hold a digit, yet are no secret for the model either.
          st.claim(p, r);
          p = r;
          continue;
        }
      }
      // "كلمة السر تبع التطبيق Cairo@1985", "пароль от приложения Qwe!23": a few words of
      // another script (of the app, for the card) between the keyword and a value in Latin
      // letters or digits; the value still needs a digit or a symbol (it is not linked).
      if (q === p && !linked && relative === 0 && foreign < MAX_FOREIGN_WORDS) {
        const f = foreignWordEnd(s, n, p);
        if (f > p) {
          foreign++;
          p = f;
          continue;
        }
      }
      // "minha senha é Flamengo", "a resposta da pergunta de segurança é …": Portuguese "é"
      // (is), "e" once normalised, links only after a Portuguese keyword ("e" is "and" too).
      if (
        !linked &&
        relative === 0 &&
        q - p === 1 &&
        (codeAt(s, p) | 32) === 101 &&
        isBlank(codeAt(s, q)) &&
        PORTUGUESE_KEYWORDS.has(s, hitStart, hitEnd)
      ) {
        linked = true;
        stated = true;
        p = q;
        continue;
      }
      // "my pin's 4471", "pin s 4471" — but not the S of "S3cret!" or of "s.okafor".
      if (
        possessiveS(s, p, q) &&
        (q - p === 2 || q >= n || isBlank(codeAt(s, q))) &&
        !isAsciiAlnum(codeAt(s, q))
      ) {
        linked = true;
        p = q;
        continue;
      }
      // "forgot my pin, is it 1357 or 1375": a question asked of the secret.
      if (
        linked &&
        !askedIt &&
        q - p === 2 &&
        (codeAt(s, p) | 32) === 105 &&
        (codeAt(s, p + 1) | 32) === 116 &&
        isBlank(codeAt(s, q))
      ) {
        askedIt = true;
        p = q;
        continue;
      }
      if (!linked && relative < MAX_RELATIVE && (kind & RELATIVE) !== 0) {
        relative++;
        p = q;
        continue;
      }
      break;
    }
    // "the code they sent was 552019": the clause ends in a link word; or the
    // value follows it at once when it cannot be prose ("the pin you mailed me
    // 9152", "the temp password you sent Xq7!rT2p is expired").
    if (relative > 0 && !linked) {
      if (
        // A bare "code" names a one-time code only with six digits ("the code they sent me 5521" is not one).
        !emitAfterRelative(
          st,
          p,
          cred.kind,
          cred.requireLinker && cred.kind === 'digits' ? OTP_DIGITS : cred.minLength,
          cred.requireLinker && cred.kind === 'digits' ? OTP_DIGITS : cred.maxLength,
          cred.id,
        ) &&
        cred.kind === 'digits'
      )
        emitDigitsNearby(st, hitStart, hitEnd, cred);
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
      while (b < n && b - a <= MAX_VALUE && !endsValue(s, b)) b++;
      while (a < b && isOpenQuote(codeAt(s, a))) a++;
      while (b > a && isTrailingPunctExceptBang(codeAt(s, b - 1))) b--;
    }
    // "login KarenNguyen pass Chloe161#", "usuario rosa_mtz contraseña …": a value
    // with another credential keyword right after it, or right after another
    // credential, is one even without "is" or a digit.
    // A value that is itself a credential keyword ("password password") is none.
    if (keywordAt(st, k, a, b)) continue;
    const paired =
      cred.kind === 'secret' &&
      (pairedWithCredential(st, k, hitStart, b, (role & USERNAME) !== 0) ||
        // "my login ty.bennett / Sunflower#22": a username, a slash, and a password.
        (cred.id.endsWith('.username') && slashedSecretEnd(st, b) > 0));
    if (weak && !stated && !paired) continue;
    // A security answer written as a name needs no link word: "maiden name Dayton".
    // round 25: so does one plain word closing the clause after "memorable word" ("memorable
    // word strawberry, the 2nd and 5th letters are …").
    const named =
      answer &&
      ((isUpper(codeAt(s, a)) && isLower(codeAt(s, a + 1))) ||
        (PHRASE_KEYWORDS.has(s, hitStart, hitEnd) && plainWordClosing(st, a, b)));
    if (cred.kind === 'digits') {
      // "my pin is six two six one", "the code is three one eight 4 4 0".
      const spelled = linked ? spelledDigitsEnd(s, n, a, cred.minLength, cred.maxLength) : -1;
      if (spelled > 0) {
        if (!st.isClaimed(a, spelled)) st.emit(CREDENTIAL, a, spelled, cred.id, 0.9);
        continue;
      }
      // "Verification code: AB39KQ": a one-time code of capitals and digits, once stated;
      // "Code came through: H4-R8-T2": after a bare "code", only in groups or mixed
      // ("7QX2M9", not "SAVE20"), and not a promo, error or gift card code.
      // "one time passcode Z7K-Q21": after a one-time-code keyword, a code in groups or
      // mixed needs no "is" either.
      if (
        (stated ||
          (cred.id === 'credential.otp' &&
            (groupedAlphanumericCode(s, a, b) || interleavedCode(s, a, b)))) &&
        (cred.id === 'credential.otp'
          ? alphanumericCode(s, a, b)
          : cred.id === 'credential.code' &&
            (groupedAlphanumericCode(s, a, b) || interleavedCode(s, a, b)) &&
            !NOT_SECRET_CODES.has(s, ...wordBefore(s, hitStart)))
      ) {
        if (!st.isClaimed(a, b)) st.emit(CREDENTIAL, a, b, cred.id, 0.9);
        continue;
      }
      // "the code is G-772914": a one-time code as a sign-in service prints it.
      const lettered =
        cred.minLength <= OTP_DIGITS && cred.maxLength >= OTP_DIGITS
          ? letterPrefixedCodeEnd(s, n, a)
          : -1;
      if (
        lettered > 0 &&
        (linked || stated || cred.id === 'credential.otp') &&
        !NOT_SECRET_CODES.has(s, ...wordBefore(s, hitStart))
      ) {
        if (!st.isClaimed(a, lettered)) st.emit(CREDENTIAL, a, lettered, cred.id, 0.9);
        continue;
      }
      while (b > a && !isAsciiDigit(codeAt(s, b - 1))) b--;
      // "código de seguridad 3391 20": six digits in groups after a card-code
      // keyword are a one-time code, as they are unbroken (below).
      const otp = cred.id.endsWith('.cvv') ? groupedDigitsEnd(s, n, a, OTP_DIGITS, OTP_DIGITS) : -1;
      if (otp > 0 && digitCount(s, a, otp) === OTP_DIGITS) {
        // "Called the number on the back of my card, 13 22 21": the number printed there is
        // the institution's phone line (longer ones are left to the phone readers).
        if (NUMBER_ON_THE_BACK.test(s.slice(Math.max(0, hitStart - 16), hitStart)))
          st.claim(a, otp);
        else if (!st.isClaimed(a, otp))
          st.emit(CREDENTIAL, a, otp, 'credential.otp', linked ? 0.9 : 0.8);
        continue;
      }
      // "My phone for OTP is 718-555-0136": laid out as a phone number, the value is the
      // phone the codes go to, read by the phone reader.
      if (phoneLaidOut(s, a)) continue;
      // "код из СМС 5512 08": a one-time code of six digits in uneven groups.
      const six =
        cred.id === 'credential.otp' ? groupedDigitsEnd(s, n, a, OTP_DIGITS, OTP_DIGITS) : -1;
      const g =
        six > 0 && digitCount(s, a, six) === OTP_DIGITS
          ? six
          : groupedDigitsEnd(s, n, a, cred.minLength, cred.maxLength);
      if (g > 0) {
        const count = digitCount(s, a, g);
        if ((linked || !cred.requireLinker || count === OTP_DIGITS) && !st.isClaimed(a, g)) {
          st.emit(CREDENTIAL, a, g, cred.id, linked ? 0.9 : 0.8);
          // "pin is 4 4 0 9 i think? or 4490": the other guess, unbroken.
          emitDigitAlternatives(st, g, count, cred.id);
        }
        continue;
      }
    }
    // "i gave them the code 601733": six digits after a code word are a one-time code.
    const otpShaped =
      cred.kind === 'digits' && b - a === OTP_DIGITS && digitCount(s, a, b) === OTP_DIGITS;
    if (cred.requireLinker && !linked && !paired && !named && !otpShaped) {
      if (cred.kind === 'digits') emitDigitsNearby(st, hitStart, hitEnd, cred);
      continue;
    }
    // "passcode for the phone line is 7 4 1 9 3 3": a secret of digits written in groups.
    if (cred.kind === 'secret' && !answer && linked && isAsciiDigit(codeAt(s, a))) {
      const g = groupedDigitsEnd(s, n, a, cred.minLength, OTP_DIGITS + 2);
      if (g > b) b = g;
    }
    // "user: CaptMorales\npass: Semper Fi 0311\n": a secret after a colon on a line of its
    // own runs to the line's end.
    if (
      cred.kind === 'secret' &&
      !answer &&
      (role & USERNAME) === 0 &&
      codeAt(s, b) === 32 &&
      colonBefore(s, a)
    )
      b = lineValueEnd(st, b);
    if (answer && isUpper(codeAt(s, a))) {
      b = extendName(s, n, a, b);
      // "Aunt Delia's porch.", "Grandpa's farm": a name's, then what of theirs, closing the clause.
      if (possessiveS(s, b - 2, b)) b = extendPhraseAfter(st, b);
    }
    // "first concert? Paramore 2013.": a year after the answer to a question asked.
    if (answer && questioned && codeAt(s, b) === 32 && YEAR.test(s.slice(b + 1, b + 6))) {
      const c = codeAt(s, b + 5);
      if (c === -1 || c === 46 || c === 44 || c === 33 || c === 32 || c === 10) b += 5;
    }
    // "voice password … is blue heron,": a pass phrase runs over plain words to the punctuation.
    // "security q answer: blue honda civic.": so does an answer stated in lower case.
    if (
      linked &&
      (PHRASE_KEYWORDS.has(s, hitStart, hitEnd) ||
        (answer && stated && !policy.credentialStopwords.has(s.slice(a, b).toLowerCase())))
    )
      b = extendPhrase(st, a, b);
    // "the online password is tractor fifty two": a word and a number said in words.
    if (linked && cred.kind === 'secret' && !answer) b = numberWordsEnd(s, n, a, b);
    const len = b - a;
    // "security code from the text: 449012": six digits after a card-code keyword are a one-time code.
    if (
      cred.kind === 'digits' &&
      cred.id.endsWith('.cvv') &&
      len === OTP_DIGITS &&
      digitCount(s, a, b) === OTP_DIGITS &&
      !st.isClaimed(a, b)
    ) {
      st.emit(CREDENTIAL, a, b, 'credential.otp', linked ? 0.9 : 0.8);
      continue;
    }
    if (len < cred.minLength || len > cred.maxLength || st.isClaimed(a, b)) {
      if (cred.kind === 'digits') emitDigitsNearby(st, hitStart, hitEnd, cred);
      continue;
    }
    const digits = digitCount(s, a, b);
    // "2024년 3월": a number with a Korean counter glued on is no secret.
    if (cred.kind === 'secret' && digits === len && isHangulOrCompatibilityJamo(codeAt(s, b)))
      continue;
    // After words of another script, only a value of ASCII holding a digit ("Cairo@1985",
    // not "2024년").
    if (foreign > 0 && (digits === 0 || !asciiOnly(s, a, b))) continue;
    if (cred.kind === 'digits') {
      if (digits !== len) {
        emitDigitsNearby(st, hitStart, hitEnd, cred);
        continue;
      }
      // round 21: "i keep getting codes 118734 902245": after "codes", each code of six.
      if (len === OTP_DIGITS && cred.id === 'credential.otp' && endsWithCodes(s, hitEnd)) {
        emitListedCodes(st, a, b, cred.id);
        continue;
      }
      // "the number on the front is 6011 3852 …": the first group of a card or account number.
      if (longNumberFrom(s, n, a)) continue;
      st.emit(CREDENTIAL, a, b, cred.id, linked ? 0.95 : 0.85);
      emitDigitAlternatives(st, b, len, cred.id);
      emitNewOne(st, b, cred);
      continue;
    } else {
      const value = s.slice(a, b).toLowerCase();
      if (policy.credentialStopwords.has(value)) continue;
      if (ofPerson && digits === 0) continue;
      // Without "is"/":" only a value holding a digit counts: "password hunter2",
      // not "reset my login Thanks!".
      // "usuario luisa.morena": a handle of letters joined by "." or "_" is no prose either
      // (a username alone is dropped later unless its password is in the post).
      if (
        !linked &&
        digits === 0 &&
        !paired &&
        !named &&
        !((role & USERNAME) !== 0 && handleShaped(s, a, b)) &&
        // "contraseña Caracas#77 no funciona, usuario mgonzalez": after its password, an
        // initial glued to a surname is a handle too.
        !((role & USERNAME) !== 0 && initialThenName(s, a, b) && secretBefore(st, hitStart))
      )
        continue;
      // "… expired. it was 10:30am": a time or a measure is no secret.
      if (toldAfterComma && (!secretShaped(s, a, b) || timeOrMeasure(s, a, b))) continue;
      if (value.startsWith('http') || value.startsWith('www.')) continue;
      // round 23: "my password is the one with my dog's name …": words that only say which
      // one, each a stopword, are no secret.
      if (!answer && stopwordsOnly(value, policy.credentialStopwords)) continue;
      // "Password: ********" shows nothing; "login is rosa@gmail.com" is an email address (EMAIL).
      if (!hasAlnum(s, a, b) || (cred.id.endsWith('.username') && looksLikeEmail(s, a, b)))
        continue;
    }
    // A username is one token: a quoted phrase ('login to "set up direct deposit"') is none,
    // nor are plain words after "to" ("login to online banking"; not "changed my username
    // to jdoe_88"). Its span stays claimed, as a lone username's does.
    if ((role & USERNAME) !== 0 && (quoted > 0 || (purpose && !stated && digits === 0))) {
      st.claim(a, b);
      continue;
    }
    st.emit(CREDENTIAL, a, b, cred.id, linked ? 0.95 : 0.85);
    // "Login: dwaynej / Packers#12": a username, a slash, then its password.
    if (cred.id.endsWith('.username')) {
      emitSlashedSecret(st, b, k);
      if (handleShaped(s, a, b)) {
        if (!linked) emitSecretBeside(st, b, k, false);
        // "user: mmaldonado_x tried Sunflower#2020": its password tried right after it.
        emitSecretBeside(st, b, k, true);
      }
    }
    // "tried Jasmine0412 and Jasmine0412!": the other passwords tried.
    else if (cred.kind === 'secret' && !answer) emitVariants(st, a, b, cred.maxLength, cred.id);
  }
}

/** Whether the word "who" stands in s[a, b) (a clause of a few words). */
function whoWordIn(s: string, a: number, b: number): boolean {
  for (let i = a; i + 3 <= b; i++) {
    if (
      (codeAt(s, i) | 32) === 119 &&
      (codeAt(s, i + 1) | 32) === 104 &&
      (codeAt(s, i + 2) | 32) === 111 &&
      !isAsciiLetter(codeAt(s, i - 1)) &&
      !isAsciiLetter(codeAt(s, i + 3))
    )
      return true;
  }
  return false;
}

/**
 * A Hangul syllable or jamo (the normalised text may hold a syllable decomposed), or a
 * compatibility jamo.
 */
function isHangulOrCompatibilityJamo(c: number): boolean {
  return isHangul(c) || (c >= 0x3130 && c <= 0x318f);
}

// What a credential's id says it is, as bits per credential: read per keyword
// without comparing the id's ending each time.
const USERNAME = 1;
const SECURITY_ANSWER = 2;
const ROLES = new WeakMap<readonly CompiledCredential[], Uint8Array>();

function credentialRoles(credentials: readonly CompiledCredential[]): Uint8Array {
  let roles = ROLES.get(credentials);
  if (roles === undefined) {
    const made = new Uint8Array(credentials.length);
    credentials.forEach((c, i) => {
      made[i] =
        (c.id.endsWith('.username') ? USERNAME : 0) |
        (c.id.endsWith('.security-answer') ? SECURITY_ANSWER : 0);
    });
    ROLES.set(credentials, made);
    roles = made;
  }
  return roles;
}

const OTP_DIGITS = 6;

/** A NANP phone number's layout at `a`: "718-555-0136", "(718) 555 0136", "1-718-555-0136". */
const PHONE_LAYOUT = /^(?:1[ .-])?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\d-])/;

function phoneLaidOut(s: string, a: number): boolean {
  return PHONE_LAYOUT.test(s.slice(a, a + 18));
}
const MAX_CLAUSE_WORDS = 6;

/** "and that's", "and it's" after a quoted pass-phrase keyword. */
const AND_THATS = /^ and (?:that's|thats|that is|it's|its|it is) /i;

/** How far a parenthesised aside may run: "pin (same as my garage code lol) is …". */
const MAX_ASIDE = 48;

/**
 * After a keyword, an aside in parentheses followed by a link word ("is", "was",
 * "es"): the position after the closing parenthesis, else `p` unchanged.
 */
function asideThenLink(s: string, n: number, p: number): number {
  let i = p;
  while (i < n && codeAt(s, i) === 32) i++;
  if (codeAt(s, i) !== 40) return p;
  let close = i + 1;
  while (close < n && close - i <= MAX_ASIDE && codeAt(s, close) !== 41) {
    if (codeAt(s, close) === 40 || codeAt(s, close) === 10) return p;
    close++;
  }
  if (codeAt(s, close) !== 41) return p;
  let j = close + 1;
  while (j < n && codeAt(s, j) === 32) j++;
  let q = j;
  while (q < n && (isAsciiLetter(codeAt(s, q)) || codeAt(s, q) === 39)) q++;
  const kind = q > j ? (CLAUSE_WORDS.get(s, j, q) ?? 0) : 0;
  return (kind & LINK) !== 0 && (kind & TO_OR_AS) === 0 ? close + 1 : p;
}

/**
 * 4–10 capitals and digits, with at least one of each: "AB39KQ", "7QX2M"; or
 * such a code in groups of two or more joined by single hyphens ("H4-R8-T2",
 * "7QX-2MA"; see groupedAlphanumericCode).
 */
function alphanumericCode(s: string, a: number, b: number): boolean {
  if (b - a < 4 || b - a > 14) return false;
  let letters = 0;
  let digits = 0;
  for (let i = a; i < b; i++) {
    const c = codeAt(s, i);
    if (c >= 65 && c <= 90) letters++;
    else if (isAsciiDigit(c)) digits++;
    else if (c !== 45) return false;
  }
  if (letters === 0 || digits === 0) return false;
  return letters + digits === b - a ? b - a <= 10 : groupedAlphanumericCode(s, a, b);
}

/**
 * Two to four groups of 2–4 capitals and digits joined by single hyphens, at most
 * ten of them in all with at least one capital and one digit: "H4-R8-T2", "7QX-2MA"
 * (not "E-401", not "2024-05", not a product key "AB12-CD34-EF56-GH78").
 */
function groupedAlphanumericCode(s: string, a: number, b: number): boolean {
  let groups = 0;
  let len = 0;
  let letters = 0;
  let digits = 0;
  for (let i = a; i <= b; i++) {
    const c = i < b ? codeAt(s, i) : 45;
    if (c === 45) {
      if (len < 2 || len > 4 || ++groups > 4) return false;
      len = 0;
      continue;
    }
    if (c >= 65 && c <= 90) letters++;
    else if (isAsciiDigit(c)) digits++;
    else return false;
    len++;
  }
  return groups >= 2 && letters > 0 && digits > 0 && letters + digits <= 10;
}

/**
 * 4–10 capitals and digits that change from one to the other at least twice: "7QX2M9",
 * "AB39KQ" (a generated code), not a word and a number ("SAVE20", "COVID19").
 */
function interleavedCode(s: string, a: number, b: number): boolean {
  if (b - a < 4 || b - a > 10) return false;
  let changes = 0;
  let last = 0;
  for (let i = a; i < b; i++) {
    const c = codeAt(s, i);
    const kind = c >= 65 && c <= 90 ? 1 : isAsciiDigit(c) ? 2 : 0;
    if (kind === 0) return false;
    if (last !== 0 && kind !== last) changes++;
    last = kind;
  }
  return changes >= 2;
}

/** Codes that are no secret, named by the word before "code": "promo code: SAVE-20". */
const NOT_SECRET_CODES = WordTable.of([
  'promo',
  'promotional',
  'discount',
  'coupon',
  'referral',
  'invite',
  'invitation',
  'gift',
  'voucher',
  'error',
  'fault',
  'status',
  'reason',
  'response',
  'tracking',
  'product',
  'offer',
  'bonus',
  'booking',
  'reservation',
  'reference',
  'ref',
  'order',
  'ticket',
  'case',
  'claim',
  'qr',
  'bar',
  'area',
  'country',
  'postal',
  'post',
  'swift',
  'sort',
  'branch',
  'transit',
  'tax',
  'dress',
  'color',
  'colour',
  'cheat',
  'source',
]);

/** Codes that are no secret, named by the word after "code" (French, Spanish, Portuguese, Polish, Haitian Creole). */
const NOT_SECRET_CODES_AFTER = WordTable.of([
  'postal',
  'postale',
  'pocztowy',
  'pocztowego',
  'promo',
  'promocional',
  'promotionnel',
  'promocyjny',
  'rabatowy',
]);
/**
 * round 24: Spanish "código de envío / de rastreo / de seguimiento / de confirmación / de
 * referencia": a remittance's or a parcel's code, no secret ("El código de envío es EY-55XQ-…").
 */
const NOT_SECRET_CODES_AFTER_DE = WordTable.of([
  'envio',
  'rastreo',
  'seguimiento',
  'confirmacion',
  'referencia',
  'transferencia',
  'giro',
]);

/** Whether the word after a bare "code" at `p` says which code is meant ("code postal"). */
function notSecretCodeAfter(s: string, n: number, p: number): boolean {
  let a = p;
  while (a < n && codeAt(s, a) === 32) a++;
  let b = a;
  while (b < n && isAsciiLetter(codeAt(s, b))) b++;
  if (b - a === 2 && (codeAt(s, a) | 32) === 100 && (codeAt(s, a + 1) | 32) === 101) {
    const [c, d] = nextWord(s, n, b);
    return NOT_SECRET_CODES_AFTER_DE.has(s, c, d);
  }
  return b > a && NOT_SECRET_CODES_AFTER.has(s, a, b);
}

/** The word just before `p` (blanks passed over), as [start, end]; [p, p] when none. */
function wordBefore(s: string, p: number): [number, number] {
  let e = p;
  while (e > 0 && isBlank(codeAt(s, e - 1))) e--;
  let w = e;
  while (w > 0 && isAsciiLetter(codeAt(s, w - 1))) w--;
  return w === e ? [p, p] : [w, e];
}

/** Words that say which secret, before it: "current one", "old one", "new one". */
const WHICH_ONE = WordTable.of(['current', 'old', 'new', 'actual']);
const MAX_WORDS_BEFORE_COMMA = 4;

/**
 * "same pw as always, Buster1!, but …": up to four plain words after the
 * keyword, a comma, then a value that cannot be prose closing its clause; or
 * "password? current one Sunny*Days77": "(the) current/old/new one" after the
 * keyword (a question mark, comma or full stop between allowed), then such a value.
 */
function emitSecretAfterClause(
  st: DetectionState,
  p: number,
  until: number,
  cred: CompiledCredential,
): boolean {
  const { s, n } = st;
  let i = p;
  // "password? current one …", "password. old one …": only before "… one".
  const stop = codeAt(s, i) === 63 || codeAt(s, i) === 44 || codeAt(s, i) === 46;
  if (stop) i++;
  let a = -1;
  let last = -1;
  for (let words = 0; words <= MAX_WORDS_BEFORE_COMMA && a < 0; words++) {
    while (i < n && codeAt(s, i) === 32) i++;
    if (i >= until) return false;
    let q = i;
    while (q < n && isAsciiLetter(codeAt(s, q))) q++;
    if (q === i) return false;
    const c = codeAt(s, q);
    const one = q - i === 3 && s.slice(i, q).toLowerCase() === 'one';
    if (one && last >= 0 && c === 32) a = q + 1;
    else if (c === 44 && !stop && words > 0 && codeAt(s, q + 1) === 32) a = q + 2;
    else if (c !== 32) return false;
    last = WHICH_ONE.has(s, i, q) ? i : -1;
    i = q;
  }
  if (a < 0) return false;
  let b = a;
  while (b < n && b - a <= MAX_VALUE && !isBlank(codeAt(s, b)) && codeAt(s, b) !== 44) b++;
  while (b > a && isTrailingPunctExceptBang(codeAt(s, b - 1))) b--;
  const after = codeAt(s, b);
  if (b < n && after !== 44 && after !== 46 && after !== 32 && after !== 10) return false;
  if (b - a < cred.minLength || b - a > cred.maxLength || !secretShaped(s, a, b)) return false;
  if (st.isClaimed(a, b)) return false;
  st.emit(CREDENTIAL, a, b, cred.id, 0.85);
  return true;
}

/** Keywords said of many things: they name a secret only when tied to one (see detectCredentials). */
const WEAK_KEYWORDS = WordTable.of([
  'answer to',
  'answer for',
  'the answer to',
  'answer is',
  'respuesta',
  'security question',
  'user',
  'log in',
  'sign in',
  'sign on',
  'logon',
  'log on',
  // Spanish, Portuguese, French, Haitian Creole, as normalised.
  'pregunta de seguridad',
  'pregunta secreta',
  'pergunta de seguranca',
  'pergunta secreta',
  'question de securite',
  'question secrete',
  'kesyon sekirite',
  // Czech and Slovak "name" ("heslo … a jméno jnovak"), as normalised.
  'jmeno',
  // Serbian and Croatian, Albanian, Greek, Hebrew "user" ("lozinka …, korisnik jovan_m").
  'korisnik',
  'perdoruesi',
  'χρηστης',
  'משתמש',
]);

/** Portuguese keywords, as normalised, after which "é" (is) links a value (see detectCredentials). */
const PORTUGUESE_KEYWORDS = WordTable.of([
  'senha',
  'minha senha',
  'a senha',
  'palavra-passe',
  'palavra passe',
  'resposta secreta',
  'resposta de seguranca',
  'resposta da pergunta de seguranca',
  'resposta da pergunta secreta',
  'resposta a pergunta de seguranca',
  'usuario',
  'meu usuario',
  'nome de usuario',
  'utilizador',
  'o meu utilizador',
  'nome de utilizador',
]);

/** "answer was ", "answer is ", "answer: " right before a question's subject. */
const ANSWER_WAS_BEFORE = /\banswer(?: (?:was|is)|:) $/i;

/** A tag question after a keyword, the value next: " right? ", ", correct? ". */
const TAG_QUESTION = /^,? (?:right|correct|yes|yeah|ok|okay)\? ?(?=\d)/i;

/** Whether [p, q) is "app" followed by Vietnamese "của" (of), as normalised: "app cua em". */
function appOf(s: string, p: number, q: number): boolean {
  return q - p === 3 && /^app cua /i.test(s.slice(p, p + 8));
}

/**
 * Whether [a, b) is one word of four or more lower-case letters, no stopword or link word,
 * closing its clause (a comma, a full stop, a line's or the text's end after it).
 */
function plainWordClosing(st: DetectionState, a: number, b: number): boolean {
  const s = st.s;
  if (b - a < 4) return false;
  for (let i = a; i < b; i++) if (!isLower(codeAt(s, i))) return false;
  const c = codeAt(s, b);
  if (!(c === -1 || c === 44 || c === 46 || c === 10)) return false;
  return (
    !st.policy.credentialStopwords.has(s.slice(a, b)) && (CLAUSE_WORDS.get(s, a, b) ?? 0) === 0
  );
}

/** Keywords of secrets made of words: "voice password is blue heron". */
const PHRASE_KEYWORDS = WordTable.of([
  'voice password',
  'verbal password',
  'passphrase',
  'pass phrase',
  'code word',
  'secret word',
  'palabra clave',
  'palabra secreta',
  'security word',
  'memorable word',
  'security phrase',
  'secret phrase',
]);

/** Opening quote → its closing quote. */
function closingQuote(c: number): number {
  if (c === 34 || c === 39) return c;
  if (c === 0x201c) return 0x201d;
  if (c === 0x2018) return 0x2019;
  // "my security question (favorite teacher) is …".
  if (c === 40) return 41;
  return -1;
}

const MAX_QUESTION = 60;

/**
 * After an answer keyword: a quoted question ('"first pet"', "“city you were
 * born in”") and an optional "answer" after it. Returns the position after
 * them, or -1 when no quoted question follows.
 */
function quotedQuestionEnd(s: string, n: number, p: number): number {
  let q = p;
  // 'security question: "name of your first school"'.
  if (codeAt(s, q) === 58) q++;
  while (q < n && codeAt(s, q) === 32) q++;
  // 'my answer to "city you were born in" is …', 'the answer for "first pet" …'.
  // round 21: 'answer to the "first pet" question is Biscuit', the keyword having taken "to".
  const to = /^(?:(?:to|for|on) )?(?:the )?(?:question )?/i.exec(s.slice(q, q + 20));
  if (to !== null && closingQuote(codeAt(s, q + to[0].length)) >= 0) q += to[0].length;
  const close = closingQuote(codeAt(s, q));
  // "security question: first concert? Paramore 2013": the question unquoted, after ":".
  if (close < 0) return codeAt(s, p) === 58 ? askedQuestionEnd(s, n, q) : -1;
  let e = q + 1;
  while (e < n && e - q <= MAX_QUESTION && codeAt(s, e) !== close) {
    if (codeAt(s, e) === 10) return -1;
    e++;
  }
  if (codeAt(s, e) !== close || e === q + 1) return -1;
  let r = e + 1;
  if (codeAt(s, r) === 44 || codeAt(s, r) === 63) r++;
  // '"first school"... it's Lincoln Elementary'.
  const dots = r;
  while (codeAt(s, r) === 46 || codeAt(s, r) === 0x2026) r++;
  const afterDots = r > dots ? r : e + 1;
  while (r < n && codeAt(s, r) === 32) r++;
  let w = r;
  while (w < n && isAsciiLetter(codeAt(s, w))) w++;
  const word = s.slice(r, w).toLowerCase();
  if (word === 'question') {
    let a = w;
    while (a < n && codeAt(s, a) === 32) a++;
    return s.slice(a, a + 6).toLowerCase() === 'answer' && !isAsciiLetter(codeAt(s, a + 6))
      ? a + 6
      : w;
  }
  return word === 'answer' || word === 'respuesta' ? w : afterDots;
}

const MAX_ASKED_WORDS = 6;
/** First words of a question the customer asks, not a security question. */
const OWN_QUESTION = WordTable.of([
  'can',
  'could',
  'how',
  'why',
  'is',
  'are',
  'do',
  'does',
  'did',
  'should',
  'will',
  'would',
  'i',
  'may',
  'am',
  'was',
  'were',
]);

/** From `q`: up to MAX_ASKED_WORDS plain words ending in "?" ("first concert?"); the position after it, or -1. */
function askedQuestionEnd(s: string, n: number, q: number): number {
  let i = q;
  let w = q;
  while (w < n && isAsciiLetter(codeAt(s, w))) w++;
  // "security question: can I change it?": the customer's own question.
  if (OWN_QUESTION.has(s, q, w)) return -1;
  for (let words = 0; words < MAX_ASKED_WORDS; words++) {
    let e = i;
    while (e < n && (isAsciiLetter(codeAt(s, e)) || codeAt(s, e) === 39)) e++;
    if (e === i) return -1;
    if (codeAt(s, e) === 63) return e + 1;
    if (codeAt(s, e) !== 32) return -1;
    // round 27: "security question: city where you were born - Mayagüez", "… → Hamtramck".
    const sep = words > 0 ? QUESTION_ANSWER_SEPARATOR.exec(s.slice(e, e + 5)) : null;
    if (sep !== null) return e + sep[0].length;
    i = e + 1;
  }
  return -1;
}
/** A dash or an arrow between a security question written out and its answer. */
const QUESTION_ANSWER_SEPARATOR = /^ (?:-{1,2}|–|—|→|->|=>) (?=\S)/;

const BEFORE_SECRET = WordTable.of(['is', 'was', 'es', 'era']);
const BEFORE_SECRET_FILLERS = WordTable.of([
  'my',
  'the',
  'mi',
  'la',
  'el',
  'our',
  'old',
  'new',
  'current',
  'temp',
]);

/** Whether a value could not be prose: letters with a digit or a symbol ("Gators!2019", "Xq7!rT2p"). */
function secretShaped(s: string, a: number, b: number): boolean {
  let letters = false;
  let other = false;
  for (let i = a; i < b; i++) {
    const c = codeAt(s, i);
    if (isAsciiLetter(c)) letters = true;
    else if (isAsciiDigit(c) || (c > 32 && c < 127 && c !== 39 && c !== 34)) other = true;
  }
  return letters && other;
}

/**
 * The text from `from`, at most `reach` characters, to the end of the sentence after the one
 * `from` is in (its second full stop, question mark or line break): what follows, "… both. can
 * you reset it", is no matter.
 */
function twoSentencesFrom(s: string, from: number, reach: number): string {
  const text = s.slice(from, from + reach);
  let stops = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 63 || c === 10) && ++stops > 1) return text.slice(0, i);
  }
  return text;
}

/** Whether `value` is two words or more, each a credential stopword ("the one", "the same"). */
function stopwordsOnly(value: string, stopwords: ReadonlySet<string>): boolean {
  const words = value.split(' ');
  return words.length > 1 && words.every((w) => stopwords.has(w));
}

/** How far after a PIN keyword the PIN may be told as changed to a value. */
const CHANGED_TO_REACH = 120;
const CHANGED_TO =
  /\b(?:reset|changed|set|switched|updated)(?: it| my pin| the pin| mine)(?: [a-z]+){0,5} to (\d{4,6})(?![\d\p{L}])/u;
/**
 * round 24: the PIN told as tried or typed ("J'ai essayé 4827 trois fois", "tried 4827"),
 * written down ("wrote my pin down on a sticky note 7741"), or as the old one ("den gamle
 * var 4417", "the old one was 4417"); round 27: as used ("I'm using 6081"), as a letter says
 * it ("the letter says 9027"), as the new one, or as what it is to the customer ("is our
 * anniversary 0614"); round 28: named by its card right after the keyword ("NIP de mi tarjeta
 * 5820", "pin for my debit card 4471"), or as a year ("the year my daddy was born 1938").
 */
const PIN_TOLD =
  /(?:\b(?:i )?(?:tried|typed|entered|put in|punched in|essay[eé]|prob[eé]|intent[eé]|puse)|\b(?:i['’]?m |i am |been |im )?using|\b(?:the )?(?:letter|mailer|paper|notice|text) (?:says|said)|\b(?:the )?new one(?: (?:is|was))?|\bis (?:our|my) (?:anniversary|birthday|house number|old address|address|street number|zip)|\bwrote (?:it|my pin|the pin|them)? ?down(?: [a-z]+){0,5}|^ down(?: [a-z]+){0,5}|\b(?:the )?old one (?:was|is)|\bden gamle (?:var|er)|\bel (?:viejo|anterior) (?:era|es)|\bl'ancien (?:[eé]tait|est)|^ (?:for|on|of|de|del|para)(?: (?:my|the|this|mi|la|el|mis))?(?: (?:debit|credit|atm|new|nueva|business))? (?:card|tarjeta|cuenta|account)(?: (?:de )?(?:d[eé]bito|cr[eé]dito))?:?|\bthe year (?:[a-z'’]+ ){1,4}(?:was born|born|married|met|graduated|retired|died)(?: in)?:?) (\d{4,6})(?![\d\p{L}])/iu;

/**
 * "My PIN doesn't work at any ATM since the new card came. I reset it in the app to 2580":
 * after a PIN keyword, in its sentence or the next, the PIN set or changed to a value, or
 * told as tried, written down or the old one (PIN_TOLD).
 */
function emitPinChangedTo(st: DetectionState, from: number, id: string): void {
  // Both readings below end at a digit: a post with none has nothing to read.
  if (!st.scan.hasDigit) return;
  const { s } = st;
  const text = twoSentencesFrom(s, from, CHANGED_TO_REACH);
  // Both tell a PIN of four digits or more: none in reach, nothing to read.
  if (digitCount(text, 0, text.length) < 4) return;
  const m = CHANGED_TO.exec(text) ?? PIN_TOLD.exec(text);
  if (m === null || m[1] === undefined) return;
  const b = from + m.index + m[0].length;
  const a = b - m[1].length;
  if (st.isClaimed(a, b)) return;
  st.emit(CREDENTIAL, a, b, id, 0.8);
  // "I typed 5172 and 5127": the other try beside it.
  const other = OTHER_TRY.exec(s.slice(b, b + OTHER_TRY_REACH));
  if (other?.[1] === undefined) return;
  const oe = b + other[0].length;
  if (!st.isClaimed(oe - other[1].length, oe))
    st.emit(CREDENTIAL, oe - other[1].length, oe, id, 0.8);
}
const OTHER_TRY = /^,? (?:and|or|then|&) (\d{4,6})(?![\d\p{L}])/u;
const OTHER_TRY_REACH = 16;

/** How far after a password keyword a secret may be told as tried. */
const TRIED_REACH = 96;
const TRIED = /\b(?:i )?(?:tried|typed|entered|trying|typing)(?: in)? (?=\S)/gi;
const TRIED_WORD = /\b(?:tried|typed|entered|trying|typing) /i;

/**
 * "pasword reset isnt working, it wont accept my new one. tried Tilly2019! and Tilly2019!! both
 * rejected": after a password keyword, in the same sentence or the next, a value told as tried,
 * typed or entered, holding letters and digits, and the other tries beside it.
 */
function emitTriedSecrets(st: DetectionState, from: number, max: number, id: string): void {
  const { s } = st;
  // The try is told in the keyword's sentence or the next.
  const text = twoSentencesFrom(s, from, TRIED_REACH);
  TRIED.lastIndex = 0;
  for (let m = TRIED.exec(text); m !== null; m = TRIED.exec(text)) {
    const a = from + m.index + m[0].length;
    let b = a;
    while (b < s.length && b - a <= max && !isBlank(codeAt(s, b)) && codeAt(s, b) !== 44) b++;
    while (b > a && isTrailingPunctExceptBang(codeAt(s, b - 1))) b--;
    if (b - a < 6 || b - a > max || st.isClaimed(a, b)) continue;
    let letters = false;
    let digits = false;
    for (let i = a; i < b; i++) {
      if (isAsciiLetter(codeAt(s, i))) letters = true;
      else if (isAsciiDigit(codeAt(s, i))) digits = true;
    }
    if (!letters || !digits) continue;
    st.emit(CREDENTIAL, a, b, id, 0.8);
    emitVariants(st, a, b, max, id);
    return;
  }
}

/** "Gators!2019 is my pw", "Sunset#Blvd44 is the password": a secret just before "is (my|the) <keyword>". */
function emitSecretBefore(
  st: DetectionState,
  keywordStart: number,
  min: number,
  max: number,
  id: string,
): boolean {
  const s = st.s;
  let p = keywordStart;
  let link = false;
  for (let words = 0; words < 3; words++) {
    let q = p;
    while (q > 0 && isBlank(codeAt(s, q - 1))) q--;
    let w = q;
    while (w > 0 && isAsciiLetter(codeAt(s, w - 1))) w--;
    if (w === q) break;
    if (BEFORE_SECRET.has(s, w, q)) link = true;
    else if (!BEFORE_SECRET_FILLERS.has(s, w, q)) break;
    p = w;
    if (link) break;
  }
  if (!link) return false;
  let end = p;
  while (end > 0 && isBlank(codeAt(s, end - 1))) end--;
  if (end === p) return false;
  let a = end;
  while (a > 0 && !isBlank(codeAt(s, a - 1))) a--;
  while (a < end && isOpenQuote(codeAt(s, a))) a++;
  while (end > a && isTrailingPunctExceptBang(codeAt(s, end - 1))) end--;
  const len = end - a;
  if (len < min || len > max || !secretShaped(s, a, end) || st.isClaimed(a, end)) return false;
  // round 26: "jamal.h@icloud.com is my login email": an email address (EMAIL), as after it.
  if (id.endsWith('.username') && looksLikeEmail(s, a, end)) return false;
  st.emit(CREDENTIAL, a, end, id, 0.85);
  return true;
}

/** The value right after a relative clause: "the pin you mailed me 9152", "password you sent Xq7!rT2p". */
function emitAfterRelative(
  st: DetectionState,
  from: number,
  kind: string,
  min: number,
  max: number,
  id: string,
): boolean {
  const { s, n } = st;
  let a = from;
  while (a < n && isBlank(codeAt(s, a))) a++;
  // "the one i chose (2580) is too simple": the value in parentheses.
  if (codeAt(s, a) === 40) a++;
  let b = a;
  while (b < n && b - a <= MAX_VALUE && !endsValue(s, b)) b++;
  while (b > a && isTrailingPunctExceptBang(codeAt(s, b - 1))) b--;
  if (kind === 'digits') {
    const lettered = min <= OTP_DIGITS && max >= OTP_DIGITS ? letterPrefixedCodeEnd(s, n, a) : -1;
    if (lettered > 0) {
      if (st.isClaimed(a, lettered)) return false;
      st.emit(CREDENTIAL, a, lettered, id, 0.8);
      return true;
    }
    const g = groupedDigitsEnd(s, n, a, min, max);
    if (g > 0) b = g;
    else if (digitCount(s, a, b) !== b - a) return false;
    const count = digitCount(s, a, b);
    if (count < min || count > max || st.isClaimed(a, b)) return false;
    st.emit(CREDENTIAL, a, b, id, 0.8);
    return true;
  }
  if (b - a < min || b - a > max || digitCount(s, a, b) === 0 || !secretShaped(s, a, b))
    return false;
  if (st.isClaimed(a, b)) return false;
  st.emit(CREDENTIAL, a, b, id, 0.85);
  return true;
}

/**
 * "G-772914": one capital, a hyphen and six digits, the way a sign-in service
 * prints its one-time code ("G-772914 is your verification code"). Returns
 * the end of the code, or -1.
 */
function letterPrefixedCodeEnd(s: string, n: number, a: number): number {
  const c = codeAt(s, a);
  if (c < 65 || c > 90 || codeAt(s, a + 1) !== 45) return -1;
  let e = a + 2;
  while (e < n && isAsciiDigit(codeAt(s, e))) e++;
  return e - a - 2 === OTP_DIGITS && !isAsciiAlnum(codeAt(s, e)) ? e : -1;
}

/** "voice password … is blue heron, rep …": up to three more plain words, when punctuation or the end closes them. */
/** How a phrase is typed, said after it: "all lowercase", "no caps", "lower case". */
const CASE_NOTE =
  /^(?:all )?(?:lower ?case|upper ?case|caps|capitals|small letters)\b|^no (?:caps|capitals|spaces)\b/;

function extendPhrase(st: DetectionState, a: number, b: number): number {
  const { s, n } = st;
  for (let i = a; i < b; i++) if (!isLower(codeAt(s, i))) return b;
  let end = b;
  // "my security answer is lincoln park and it keeps saying no": a conjunction opening
  // the next clause closes the phrase as punctuation does.
  let closed = false;
  for (let words = 1; words < 4; words++) {
    if (codeAt(s, end) !== 32 || !isLower(codeAt(s, end + 1))) break;
    // round 26: "security word is bluegrass all lowercase": how it is typed is no part of it.
    if (CASE_NOTE.test(s.slice(end + 1, end + 20))) {
      closed = true;
      break;
    }
    let q = end + 1;
    while (q < n && isLower(codeAt(s, q))) q++;
    if (isAsciiAlnum(codeAt(s, q))) break;
    if (st.policy.credentialStopwords.has(s.slice(end + 1, q))) {
      closed =
        codeAt(s, q) === 32 && ((CLAUSE_WORDS.get(s, end + 1, q) ?? 0) & NOT_IN_CLAUSE) !== 0;
      break;
    }
    end = q;
  }
  if (end === b) return b;
  if (closed) return end;
  const c = codeAt(s, end);
  return c === -1 || c === 44 || c === 46 || c === 59 || c === 33 || c === 63 || c === 10 ? end : b;
}

/** A wallet's recovery phrase has twelve to twenty-four words (BIP 39). */
const SEED_MIN_WORDS = 12;
const SEED_MAX_WORDS = 24;
/** How far after its keyword a recovery phrase is looked for. */
const SEED_REACH = 240;
/** Words of three to eight lower-case letters, as a recovery phrase's are. */
const SEED_WORD_MIN = 3;
const SEED_WORD_MAX = 8;

/**
 * "my seed phrase … it's orbit maple velvet cousin harbor timber glide ocean ripple fossil
 * canyon drift": the first run of twelve to twenty-four words of three to eight lower-case
 * letters (none a stopword, so no run of prose) within reach after the keyword.
 */
function emitSeedPhrase(st: DetectionState, from: number, maxLength: number, id: string): void {
  const { s, n } = st;
  const limit = Math.min(n, from + SEED_REACH);
  let runStart = -1;
  let runEnd = -1;
  let words = 0;
  let p = from;
  while (p < limit) {
    while (p < limit && !isLower(codeAt(s, p))) p++;
    let q = p;
    // A word longer than a recovery phrase's is read no further (and is none of its words).
    while (q < n && q - p <= SEED_WORD_MAX && isLower(codeAt(s, q))) q++;
    const lone = !isAsciiAlnum(codeAt(s, p - 1)) && !isAsciiAlnum(codeAt(s, q));
    const seedWord =
      lone &&
      q - p >= SEED_WORD_MIN &&
      q - p <= SEED_WORD_MAX &&
      !st.policy.credentialStopwords.has(s.slice(p, q));
    // Words of a phrase are parted by spaces, commas or line breaks only.
    const parted = words > 0 && /^[ ,\n]+$/.test(s.slice(runEnd, p));
    if (seedWord && (words === 0 || parted)) {
      if (words === 0) runStart = p;
      runEnd = q;
      words++;
      if (words === SEED_MAX_WORDS) break;
    } else if (words >= SEED_MIN_WORDS) {
      break;
    } else if (seedWord) {
      runStart = p;
      runEnd = q;
      words = 1;
    } else {
      words = 0;
    }
    if (q === p) break;
    p = q;
  }
  if (words < SEED_MIN_WORDS || runEnd - runStart > maxLength || st.isClaimed(runStart, runEnd))
    return;
  st.emit(CREDENTIAL, runStart, runEnd, id, 0.9);
}

/** Whether a colon (and spaces) stands right before the value at `a`. */
function colonBefore(s: string, a: number): boolean {
  let q = a - 1;
  while (q >= 0 && codeAt(s, q) === 32) q--;
  return codeAt(s, q) === 58;
}

/**
 * After a secret's first word at `b`: up to two more words of letters and digits that close
 * their line (a line break or the end of the post right after them), the last of them holding
 * a digit, none of them a stopword; their end, or `b`.
 */
function lineValueEnd(st: DetectionState, b: number): number {
  const { s, n } = st;
  let end = b;
  for (let words = 0; words < 2 && codeAt(s, end) === 32; words++) {
    let q = end + 1;
    while (q < n && q - end <= MAX_VALUE && isAsciiAlnum(codeAt(s, q))) q++;
    if (q === end + 1 || st.policy.credentialStopwords.has(s.slice(end + 1, q).toLowerCase()))
      return b;
    end = q;
    const c = codeAt(s, end);
    if (c === 10 || c === -1) return digitCount(s, b, end) > 0 ? end : b;
  }
  return b;
}

/** After a possessive name at `b`: up to two lower-case words closing the clause; their end, or `b`. */
function extendPhraseAfter(st: DetectionState, b: number): number {
  const { s, n } = st;
  let end = b;
  for (let words = 0; words < 2; words++) {
    if (codeAt(s, end) !== 32 || !isLower(codeAt(s, end + 1))) break;
    let q = end + 1;
    while (q < n && q - end <= MAX_VALUE && isLower(codeAt(s, q))) q++;
    if (isAsciiAlnum(codeAt(s, q))) break;
    if (st.policy.credentialStopwords.has(s.slice(end + 1, q))) break;
    end = q;
  }
  const c = codeAt(s, end);
  return end > b && (c === -1 || c === 44 || c === 46 || c === 59 || c === 33 || c === 10)
    ? end
    : b;
}

const MAX_VARIANT_WORDS = 5;
const VARIANT_PREFIX = 4;

/**
 * "tried password Jasmine0412 and Jasmine0412!", "pw Summer22 didnt work, also
 * tried Summer23": other tries of the same password, told by their shared
 * start, within a few words after it.
 */
function emitVariants(st: DetectionState, a: number, b: number, max: number, id: string): void {
  const { s, n } = st;
  if (b - a < VARIANT_PREFIX + 1) return;
  const prefix = s.slice(a, a + VARIANT_PREFIX).toLowerCase();
  let p = b;
  for (let found = 0, words = 0; found < 2 && words <= MAX_VARIANT_WORDS;) {
    // "birdie7... or maybe birdie77": an ellipsis after a try, as a comma or slash.
    while (
      p < n &&
      (isBlank(codeAt(s, p)) ||
        codeAt(s, p) === 44 ||
        codeAt(s, p) === 47 ||
        (codeAt(s, p) === 46 && (codeAt(s, p + 1) === 46 || codeAt(s, p - 1) === 46)))
    )
      p++;
    let q = p;
    while (q < n && q - p <= max && !isBlank(codeAt(s, q)) && codeAt(s, q) !== 44) q++;
    let e = q;
    while (e > p && isTrailingPunctExceptBang(codeAt(s, e - 1))) e--;
    if (e === p) return;
    if (
      e - p >= VARIANT_PREFIX + 1 &&
      s.slice(p, p + VARIANT_PREFIX).toLowerCase() === prefix &&
      secretShaped(s, p, e) &&
      !st.isClaimed(p, e)
    ) {
      st.emit(CREDENTIAL, p, e, id, 0.8);
      found++;
      words = 0;
    } else words++;
    p = q;
  }
}

/** The value wanted instead of the one just told: "and I'd like 4270", ", the new one will be 5678". */
/**
 * "my old pin is 2468 and I want new one 1357", "…, the new one 4410": the secret wanted
 * instead, right after the one told.
 */
const NEW_ONE =
  /^,? (?:and |but )?(?:(?:i|I) (?:want|need|would like|'d like|’d like)(?: the| a| my)? |the |my |a )?new (?:one|pin)(?: is| will be| should be| to be| would be| as)?:? (\d{4,8})(?![\d\w])/;
const NEW_ONE_REACH = 60;

function emitNewOne(st: DetectionState, b: number, cred: CompiledCredential): void {
  const m = NEW_ONE.exec(st.s.slice(b, b + NEW_ONE_REACH));
  if (m === null) return;
  const value = m[1] ?? '';
  if (value.length < cred.minLength || value.length > cred.maxLength) return;
  const a = b + m[0].length - value.length;
  if (!st.isClaimed(a, a + value.length)) st.emit(CREDENTIAL, a, a + value.length, cred.id, 0.9);
}

/** Whether the cue ending at `end` is a plural "codes". */
function endsWithCodes(s: string, end: number): boolean {
  return s.slice(end - 5, end).toLowerCase() === 'codes';
}

const LISTED_CODE = /^(?:,? (?:and |& )?|, ?|\/ ?)(\d{6})(?![\p{L}\p{N}])/u;

/** "codes 118734 902245, 330411": the first code at [a, b), then up to four more listed after it. */
function emitListedCodes(st: DetectionState, a: number, b: number, id: string): void {
  if (!st.isClaimed(a, b)) st.emit(CREDENTIAL, a, b, id, 0.9);
  for (let k = 0; k < 4; k++) {
    const m = LISTED_CODE.exec(st.s.slice(b, b + 14));
    if (m === null) return;
    const end = b + m[0].length;
    if (!st.isClaimed(end - OTP_DIGITS, end)) st.emit(CREDENTIAL, end - OTP_DIGITS, end, id, 0.9);
    b = end;
  }
}

const WANTED_INSTEAD =
  /^[,?.]? (?:(?:and|but) )?(?:i'?d like|i would like|i want|(?:the )?(?:new|old|current) one(?: is| was| will be| should be)?:?)(?: (?:it|the new one) to be| to change it to| to use)? (?=\d)/i;

/** After the blanks at `q`, the end of "/", "or" or "o" between two guesses, or -1. */
function alternativeSeparatorEnd(s: string, n: number, q: number): number {
  while (q < n && codeAt(s, q) === 32) q++;
  if (codeAt(s, q) === 47) return q + 1;
  const o = (codeAt(s, q) | 32) === 111;
  if (o && (codeAt(s, q + 1) | 32) === 114 && codeAt(s, q + 2) === 32) return q + 2;
  if (o && codeAt(s, q + 1) === 32) return q + 1;
  return -1;
}

/**
 * "is it 1357 or 1375", "pin 4471 / 4417": the other guesses at a digit secret,
 * as many digits long, right after it; or the one wanted instead ("9934 and I'd like 4270").
 */
function emitDigitAlternatives(st: DetectionState, from: number, len: number, id: string): void {
  const { s, n } = st;
  let p = from;
  for (let found = 0; found < 2; found++) {
    let q = hedgeEnd(s, n, p);
    // "9934 and I'd like 4270", "1234, new one 5678": the one wanted instead
    // (the phrase ends where the digits start); else "/", "or", "o" between guesses.
    const wanted = found === 0 && q < n - 6 ? WANTED_INSTEAD.exec(s.slice(q, q + 40)) : null;
    if (wanted !== null) q += wanted[0].length;
    else {
      q = alternativeSeparatorEnd(s, n, q);
      if (q < 0) return;
      while (q < n && codeAt(s, q) === 32) q++;
    }
    let e = q;
    while (e < n && isAsciiDigit(codeAt(s, e))) e++;
    if (
      e - q !== len ||
      isAsciiAlnum(codeAt(s, e)) ||
      (codeAt(s, e) === 46 && isAsciiDigit(codeAt(s, e + 1))) ||
      st.isClaimed(q, e)
    )
      return;
    if ((codeAt(s, e) === 32 || codeAt(s, e) === 45) && isAsciiDigit(codeAt(s, e + 1))) return;
    st.emit(CREDENTIAL, q, e, id, 0.8);
    p = e;
  }
}

const LENGTH_SAID =
  /^\(?(?:[3-8]|three|four|five|six|eight|tres|cuatro|seis)[ -](?:digits?|d[ií]gitos?)(?: long)?\)?[:,]? (?=\d|[a-z]+ )/i;

/** "4 digits ", "(four digits): ", "6-digit ": the secret's length said before it; its end, or `p`. */
function lengthSaidEnd(s: string, n: number, p: number): number {
  // The first character of "(", "3"–"8", "three", "four", "five", "six", "eight", "tres", "cuatro", "seis".
  const c = codeAt(s, p) | 32;
  if (
    c !== 40 &&
    !(c >= 51 && c <= 56) &&
    c !== 116 &&
    c !== 102 &&
    c !== 115 &&
    c !== 101 &&
    c !== 99
  )
    return p;
  const m = LENGTH_SAID.exec(s.slice(p, Math.min(n, p + 24)));
  return m === null ? p : p + m[0].length;
}

/** Doubts between a digit secret and the other guess: "4 4 0 9 i think? or 4490". */
const DOUBTS = /^,? ?(?:i think|i guess|maybe|not sure|creo|no se|no sé)?[?,]? ?(?=or |o |\/)/i;

/** After a digit secret at `p`: the end of a doubt before "or", or `p` when there is none. */
function hedgeEnd(s: string, n: number, p: number): number {
  const c = codeAt(s, p);
  if (c !== 44 && c !== 63 && c !== 32) return p;
  const m = DOUBTS.exec(s.slice(p, Math.min(n, p + 16)));
  return m === null ? p : p + m[0].length;
}

/** "Contraseña nueva: …", "password new: …": which secret, right before the colon. */
const NEW_OR_OLD = new Set([
  'new',
  'old',
  'nueva',
  'nuevo',
  'vieja',
  'viejo',
  'temporal',
  'temp',
  'actual',
  'current',
]);
function isQuoteCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function hasAlnum(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (isAsciiAlnum(codeAt(s, i))) return true;
  return false;
}

/** A local part, "@", and a domain with a dot: left to the email detector. */
function looksLikeEmail(s: string, a: number, b: number): boolean {
  let at = -1;
  for (let i = a; i < b; i++) if (codeAt(s, i) === 64) at = i;
  if (at <= a) return false;
  for (let i = at + 2; i < b - 1; i++) if (codeAt(s, i) === 46) return true;
  return false;
}

function digitCount(s: string, a: number, b: number): number {
  let d = 0;
  for (let i = a; i < b; i++) if (isAsciiDigit(codeAt(s, i))) d++;
  return d;
}

/**
 * After a keyword at `p`: up to MAX_CLAUSE_WORDS plain lower-case words, each followed by a
 * space, then a link word ("is", "was", "es", …) or ":"/"=". Returns the
 * position after the link, or -1. "but" may open the clause ("wrong password
 * but its …") but no other conjunction may stand in it.
 *
 * Past its first word, what a word of the clause does depends on its position
 * only (see clauseWord), so each position is read once per post: keywords in a
 * row ("password password …") look up the words their neighbours read.
 */
function clauseThenLink(st: DetectionState, p: number): number {
  const { s, n } = st;
  let i = p;
  while (i < n && codeAt(s, i) === 32) i++;
  // The first word: "I" or lower case, not looked up.
  let q = i;
  if (codeAt(s, q) === 73 && codeAt(s, q + 1) === 32) q++;
  else while (q < n && (isLower(codeAt(s, q)) || codeAt(s, q) === 39)) q++;
  if (q === i) return -1;
  // "Contraseña nueva: …": which secret, right before the colon.
  if ((codeAt(s, q) === 58 || codeAt(s, q) === 61) && NEW_OR_OLD.has(s.slice(i, q))) return q + 1;
  if (codeAt(s, q) !== 32) return -1;
  // "the pin is seven two seven two should I …": a link word, then the secret said
  // in words, is no clause before a later link word.
  if ((CLAUSE_WORDS.get(s, i, q) ?? 0) & LINK) {
    let e = q + 1;
    while (e < n && isAsciiLetter(codeAt(s, e)) && e - q <= 7) e++;
    if (digitWordAt(s, q + 1, e) >= 0) return -1;
  }
  const walk = clauseWalkFrom(st, q + 1);
  // Past MAX_CLAUSE_WORDS only a link (or ":") right at the word counts, which clauseWord returns.
  return (walk & 7) < MAX_CLAUSE_WORDS ? (walk >> 3) - 1 : -1;
}

/*
 * The clause walks (clauseThenLink, stopAheadAfter) go from word to word until a
 * word ends them; what a word does depends on its position only, so the walk from
 * a word start has one outcome per post: how it ended (`end`), and after how many
 * more words (`words`). Both are kept per word start as (end + 1) * 8 + words, with
 * words FAR_WORDS (and end 0) when the end is further than any walk reads. A walk
 * that meets a word already walked from takes its outcome, one more word away, so
 * keywords in a row ("password password …") each read one word and one memo entry,
 * not every word of their clause.
 */
const FAR_WORDS = 7;
/** The most words one walk reads before it leaves the rest to the next keyword's walk. */
const MAX_WALK = 128;
const walked = new Int32Array(MAX_WALK);

/**
 * Memoises the outcome `last` (packed) of the word after walked[count - 1] for
 * each of the `count` words walked, nearest first; returns the first one's.
 */
function settleWalk(memo: PositionMemo, count: number, last: number): number {
  let v = last;
  for (let k = count - 1; k >= 0; k--) {
    v = (v & 7) >= FAR_WORDS - 1 ? FAR_WORDS : v + 1;
    memo.set(walked[k] ?? 0, v);
  }
  return v;
}

/**
 * A walk that read MAX_WALK words without an end: the words at least FAR_WORDS
 * before the last one read are FAR_WORDS from any end; the others are left to the
 * next walk. Returns the first word's outcome (FAR_WORDS).
 */
function settleLongWalk(memo: PositionMemo): number {
  for (let k = 0; k <= MAX_WALK - FAR_WORDS; k++) memo.set(walked[k] ?? 0, FAR_WORDS);
  return FAR_WORDS;
}

/** The clause walk's outcome from the word start `i` (see clauseWord): packed as above. */
function clauseWalkFrom(st: DetectionState, i: number): number {
  const { s, n } = st;
  const memo = st.clauseWords;
  memo.reserve(n);
  let v = memo.get(i);
  if (v !== MEMO_UNSET) return v;
  for (let count = 0; ;) {
    const step = clauseWord(s, n, i);
    if (step < 0) {
      v = (-1 - step) * 8;
      memo.set(i, v);
      return settleWalk(memo, count, v);
    }
    if (count === MAX_WALK) return settleLongWalk(memo);
    walked[count++] = i;
    i = step;
    v = memo.get(i);
    if (v !== MEMO_UNSET) return settleWalk(memo, count, v);
  }
}

/**
 * A word of the clause after its first, at `i`: the next word's start when the
 * clause goes on, else -2 - what clauseThenLink returns (a link's end, or -1).
 */
function clauseWord(s: string, n: number, i: number): number {
  // "pin for the app = 4471".
  if (codeAt(s, i) === 58 || codeAt(s, i) === 61) return -2 - (i + 1);
  let q = i;
  // "the pin I picked at the branch was 1979": "I" is the one capital allowed.
  if (codeAt(s, q) === 73 && codeAt(s, q + 1) === 32) q++;
  else while (q < n && (isLower(codeAt(s, q)) || codeAt(s, q) === 39)) q++;
  if (q === i) return -1;
  // The word is lower case (or "I", which no table holds): the tables' case folding changes nothing.
  const kind = CLAUSE_WORDS.get(s, i, q) ?? 0;
  if ((kind & LINK) !== 0) return -2 - q;
  if (codeAt(s, q) === 58 || codeAt(s, q) === 61) return -2 - (q + 1);
  // "wrong password apparently but it is …": "but" only before "it".
  const butIt = q - i === 3 && s.startsWith('but', i) && /^ it(?:s|'s)?\b/.test(s.slice(q, q + 6));
  if ((kind & NOT_IN_CLAUSE) !== 0 && !butIt) return -1;
  if (codeAt(s, q) !== 32) return -1;
  return q + 1;
}

/** Words that may tell, after a comma, which secret is meant: "the old one was", "la que tenía era". */
const AFTER_COMMA_WORDS = WordTable.of([
  'it',
  'the',
  'my',
  'old',
  'new',
  'current',
  'one',
  'previous',
  'last',
  'i',
  'had',
  'used',
  'that',
  'which',
  'la',
  'el',
  'mi',
  'vieja',
  'viejo',
  'nueva',
  'nuevo',
  'anterior',
  'que',
  'tenia',
  'tenía',
  'usaba',
  // "the last one I set was …", "la última que puse fue …".
  'last',
  'latest',
  'set',
  'put',
  'typed',
  'ultima',
  'última',
  'ultimo',
  'último',
  'puse',
  'use',
  'usé',
  'antes',
  // "It used to be Glenwood Elementary.", "antes solía ser …" (see USED_TO_BE_LINKS).
  'to',
  'solia',
  'solía',
]);
/** Verbs of telling a secret: "… I hung up but not before I said it was Peaches&Cream1". */
const TOLD_IT = WordTable.of(['said', 'told', 'typed', 'entered', 'gave', 'put', 'wrote']);
/** Who it was told to, between the verb and "it": "told them it was". */
const TOLD_TO = WordTable.of(['them', 'him', 'her', 'he', 'she', 'they', 'you', 'the', 'guy']);
const MAX_TOLD_WORDS_AFTER = 8;
const AFTER_COMMA_LINKS = WordTable.of(['was', 'is', 'es', 'era', 'fue', "it's", 'its']);
/**
 * "It used to be Glenwood Elementary.", "antes solía ser …": the old answer, told after
 * words of AFTER_COMMA_WORDS only. For security answers (a name), not secrets: the
 * credential model reads those ("forgot password. it used to be …").
 */
const USED_TO_BE_LINKS = WordTable.of(['be', 'ser']);
/** "algo como Chivas1908*", "something like Xq7!": hedges between the link and the value. */
const HEDGES = /^(?:algo como|something like|like|como) /i;
const MAX_AFTER_COMMA = 5;

function isClauseStop(c: number): boolean {
  return c === 44 || c === 46 || c === 33 || c === 59; // , . ! ;
}

/**
 * Whether a clause stop ("," "." "!" ";") comes after at most MAX_CLAUSE_WORDS
 * plain words from the blanks at `p`: most keywords have none, and
 * clauseThenItWas and toldAfterStop then need not look their words up. Each word
 * is read once per post: from a word start, the characters up to the next space
 * give a stop, no stop, or the next word, whichever keyword asks (a post of
 * keywords only costs one pass).
 */
function stopAheadAfter(st: DetectionState, p: number): boolean {
  const { s, n } = st;
  let i = p;
  while (i < n && codeAt(s, i) === 32) i++;
  const memo = st.clauseStops;
  memo.reserve(n);
  let v = memo.get(i);
  if (v === MEMO_UNSET) {
    for (let count = 0; ;) {
      // From a word start: a stop (end 1), no stop (end 0), or the next word.
      let next = -1;
      v = 8;
      for (let q = i; q < n; q++) {
        const c = codeAt(s, q);
        if (isClauseStop(c)) {
          v = 16;
          break;
        }
        if (c === 32) {
          next = q + 1;
          break;
        }
        // Letters of either case: "stopped working at the ATM." (an acronym or a name).
        if (!(isLower(c) || isUpper(c) || c === 39 || (c >= 0xdf && c <= 0xff && c !== 0xf7)))
          break;
      }
      if (next < 0) {
        memo.set(i, v);
        v = settleWalk(memo, count, v);
        break;
      }
      if (count === MAX_WALK) {
        v = settleLongWalk(memo);
        break;
      }
      walked[count++] = i;
      i = next;
      v = memo.get(i);
      if (v !== MEMO_UNSET) {
        v = settleWalk(memo, count, v);
        break;
      }
    }
  }
  return v >> 3 === 2 && (v & 7) <= MAX_CLAUSE_WORDS;
}

/**
 * A word of ASCII or Latin-1 letters of either case and apostrophes at `i` ("ATM",
 * "Walmart"): its end. For the clause before a stop, whose words are not looked up.
 */
function clauseWordEnd(s: string, n: number, i: number): number {
  let q = i;
  for (; q < n; q++) {
    const c = codeAt(s, q);
    if (!(isLower(c) || isUpper(c) || c === 39 || (c >= 0xdf && c <= 0xff && c !== 0xf7))) break;
  }
  return q;
}

/** A lower-case word of ASCII or Latin-1 letters and apostrophes at `i`: its end. */
function plainWordEnd(s: string, n: number, i: number): number {
  let q = i;
  for (; q < n; q++) {
    const c = codeAt(s, q);
    if (!(isLower(c) || c === 39 || (c >= 0xdf && c <= 0xff && c !== 0xf7))) break;
  }
  return q;
}

/**
 * After a keyword at `p`: up to MAX_CLAUSE_WORDS plain words, a comma, a few
 * words telling which secret is meant and "was"/"is"/"era" ("wrong too many
 * times, it was …", "la vieja era …", "por teléfono, era …"), and a hedge
 * ("algo como"). Returns the position of the value, or -1.
 */
function clauseThenItWas(st: DetectionState, p: number, usedToBe = false): number {
  const { s, n } = st;
  if (!stopAheadAfter(st, p)) return -1;
  let i = p;
  while (i < n && codeAt(s, i) === 32) i++;
  let comma = false;
  let before = 0;
  let after = 0;
  // Words after the stop that tell nothing of which secret: allowed only before "said it was".
  let other = 0;
  // The last three words after the stop: [start, end] of the latest, then the one before…
  const last = [-1, -1, -1, -1, -1, -1];
  for (;;) {
    // ", the old one was …", "!! old one was …", ". it was …".
    if (!comma && isClauseStop(codeAt(s, i))) {
      comma = true;
      while (i < n && isClauseStop(codeAt(s, i))) i++;
      if (codeAt(s, i) !== 32) return -1;
      while (i < n && codeAt(s, i) === 32) i++;
      continue;
    }
    let q = plainWordEnd(s, n, i);
    // "… password. I hung up …": "I", or a capital opening the sentence after the stop.
    if (comma && isUpper(codeAt(s, i)) && (after + other === 0 || q === i)) {
      q = i + 1;
      if (codeAt(s, i) !== 73 || after + other === 0) q = plainWordEnd(s, n, i + 1);
    }
    if (q === i) return -1;
    if (
      comma &&
      (AFTER_COMMA_LINKS.has(s, i, q) || (usedToBe && USED_TO_BE_LINKS.has(s, i, q))) &&
      codeAt(s, q) === 32
    ) {
      if (other > 0 && !toldIt(s, last)) return -1;
      let v = q + 1;
      const hedge = HEDGES.exec(s.slice(v, v + 16));
      if (hedge !== null) v += hedge[0].length;
      return v;
    }
    if (comma) {
      if (AFTER_COMMA_WORDS.has(s, i, q)) {
        if (++after > MAX_AFTER_COMMA) return -1;
      } else if (++other + after > MAX_TOLD_WORDS_AFTER) return -1;
      last.copyWithin(2, 0, 4);
      last[0] = i;
      last[1] = q;
    } else if (
      ((CLAUSE_WORDS.get(s, i, q) ?? 0) & NOT_IN_CLAUSE) !== 0 ||
      ++before > MAX_CLAUSE_WORDS
    )
      return -1;
    if (!comma && isClauseStop(codeAt(s, q))) {
      i = q;
      continue;
    }
    if (codeAt(s, q) !== 32) return -1;
    i = q + 1;
  }
}

/** A digit secret after ", it was" (see clauseThenItWas) that closes its clause. */
function emitDigitsToldAfterComma(
  st: DetectionState,
  p: number,
  min: number,
  max: number,
  id: string,
): boolean {
  const told = clauseThenItWas(st, p);
  if (told < 0 || !isAsciiDigit(codeAt(st.s, told))) return false;
  // "my pin stopped working. It's 2024, …": a year, not the secret.
  if (YEAR.test(st.s.slice(told, told + 5))) return false;
  const end = emitDigitsClosing(st, told, min, max, id);
  if (end < 0) return false;
  // "the current one is 9934 and I'd like 4270".
  emitDigitAlternatives(st, end, digitCount(st.s, told, end), id);
  return true;
}

const MAX_WORDS_BEFORE_ITS = 14;

/** Words of certainty before "it is": "but I am sure it is …", "I know it's …", "i think its …". */
const SURE_WORDS = WordTable.of([
  'sure',
  'certain',
  'positive',
  'know',
  'knew',
  'think',
  'thought',
  'believe',
  'swear',
  'remember',
]);

/** How far after a keyword emitSecretItsLater reads. */
const MAX_ITS_LATER = 120;
/** "It was", "it's probably", "that's": a clause opening that states the secret. */
const SECRET_ITS_OPENING =
  /^(?:it(?:'s|’s|s| is| was)|that(?:'s|’s| was))(?: (?:probably|maybe|prob|like))? (?=\S)/i;

/**
 * "I gave them my online password before I realized. It was Bluebird!2024.": after
 * the keyword, at most two clauses of words (MAX_WORDS_BEFORE_ITS in all, within
 * MAX_ITS_LATER characters; quotes and "+" between words are passed over), then a
 * clause opening with "it was" / "it's" / "so it's probably", or "it is" after a word
 * of certainty ("… is wrong but I am sure it is …"), and a value that cannot be prose
 * (letters with a digit or a symbol, six characters or more) closing it.
 */
function emitSecretItsLater(
  st: DetectionState,
  p: number,
  until: number,
  cred: CompiledCredential,
): boolean {
  const { s } = st;
  const n = Math.min(st.n, p + MAX_ITS_LATER, until);
  let i = p;
  let words = 0;
  let stops = 0;
  while (i < n) {
    const c = codeAt(s, i);
    if (c === 32 || c === 34 || c === 43 || c === 0x201c || c === 0x201d) {
      i++;
      continue;
    }
    let opening = -1;
    if (isClauseStop(c) || c === 63) {
      if (++stops > 2) return false;
      while (i < n && (isClauseStop(codeAt(s, i)) || codeAt(s, i) === 63)) i++;
      while (i < n && codeAt(s, i) === 32) i++;
      opening = i;
    }
    let q = i;
    while (q < n && (isAsciiLetter(codeAt(s, q)) || codeAt(s, q) === 39)) q++;
    // "… so it's probably Rusty2016", "… wrong but I am sure it is Kiwi!Moana77".
    if (
      opening < 0 &&
      q > i &&
      ((q - i === 2 && (codeAt(s, i) | 32) === 115 && (codeAt(s, i + 1) | 32) === 111) ||
        SURE_WORDS.has(s, i, q))
    )
      opening = q + 1;
    if (opening >= 0) {
      const its = SECRET_ITS_OPENING.exec(s.slice(opening, opening + 20));
      if (its !== null) return emitSecretClosing(st, opening + its[0].length, cred);
    }
    if (q === i || ++words > MAX_WORDS_BEFORE_ITS) return false;
    i = q;
  }
  return false;
}

/**
 * Where the next keyword that reads a later clause itself (a secret keyword, not a
 * security answer, not needing a link word) starts, before `limit`; else `limit`.
 * The later-clause reading of keyword hit `k` stops there: the next keyword reads the
 * rest with a window of its own, so "password password password …" costs each
 * keyword one step instead of the whole window.
 */
function nextItsLaterKeyword(
  st: DetectionState,
  k: number,
  roles: ArrayLike<number>,
  limit: number,
): number {
  const hits = st.scan.entityHits;
  const { policy } = st;
  for (let j = k + 1; j < hits.count; j++) {
    const start = hits.start[j] ?? limit;
    if (start >= limit) return limit;
    const index = credentialOfHit(st, j);
    const next = index < 0 ? undefined : policy.credentials[index];
    if (
      next !== undefined &&
      next.kind === 'secret' &&
      !next.requireLinker &&
      ((roles[index] ?? 0) & SECURITY_ANSWER) === 0
    )
      return start;
  }
  return limit;
}

/** A value at `a` that cannot be prose, six characters or more, closing its clause. */
function emitSecretClosing(st: DetectionState, a: number, cred: CompiledCredential): boolean {
  const b = closingSecretEnd(st, a, cred);
  if (b < 0) return false;
  st.emit(CREDENTIAL, a, b, cred.id, 0.8);
  return true;
}

/**
 * The end of a value at `a` that cannot be prose (letters with a digit or a symbol, two
 * letters or more, not an address, path, amount, time or measure), six characters or
 * more; -1 when there is none or it is claimed.
 */
function closingSecretEnd(st: DetectionState, a: number, cred: CompiledCredential): number {
  const { s, n } = st;
  let b = a;
  while (b < n && b - a <= MAX_VALUE && !endsValue(s, b)) b++;
  while (b > a && isTrailingPunctExceptBang(codeAt(s, b - 1))) b--;
  const len = b - a;
  if (len < Math.max(6, cred.minLength) || len > cred.maxLength || !secretShaped(s, a, b))
    return -1;
  let letters = 0;
  for (let i = a; i < b; i++) {
    const c = codeAt(s, i);
    if (c === 64 || c === 47 || c === 36) return -1; // @ / $
    if (isAsciiLetter(c)) letters++;
  }
  if (letters < 2 || timeOrMeasure(s, a, b) || st.isClaimed(a, b)) return -1;
  return b;
}

/** Verbs of trying a secret: "i tried Hawks2019", "I typed cinco dos ocho ocho", "probé con …". */
const TRY_VERBS = WordTable.of([
  'tried',
  'typed',
  'entered',
  'put',
  'input',
  'keyed',
  'punched',
  // Seen or asked in the present: "someone saw me type 1357 at the ATM", "had me enter …".
  'type',
  'enter',
  'punch',
  'probé',
  'probe',
  'intenté',
  'intente',
  'puse',
  'escribí',
  'escribi',
  'metí',
  'meti',
]);
/** A word between the verb and the value: "typed in …", "probé con …". */
const TRY_PARTICLES = WordTable.of(['in', 'con']);
const MAX_TRIED_WORDS = 8;
/** How far after a keyword emitTried reads. */
const MAX_TRIED = 80;

/**
 * "my pasword wont work i tried Hawks2019 and hawks2019!", "my pin no sirve en el ATM, I
 * typed cinco dos ocho ocho": within MAX_TRIED_WORDS words of letters after the keyword
 * (commas and one sentence stop between; not up to the next credential keyword, `until`,
 * nor past MAX_TRIED characters),
 * a verb of trying a secret, then the value right after it: a digit secret's digits (in
 * groups or in words too), else a value that cannot be prose, and the other tries that
 * share its start. A value after a link word ("password is sunshine, i tried …") is the
 * keyword's own reading, so the walk passes a link word only before a word that says
 * nothing ("is not working", "was wrong").
 */
function emitTried(
  st: DetectionState,
  p: number,
  until: number,
  cred: CompiledCredential,
): boolean {
  const { s } = st;
  const n = Math.min(st.n, until, p + MAX_TRIED);
  let i = p;
  let words = 0;
  let stops = 0;
  let afterLink = false;
  while (i < n) {
    const c = codeAt(s, i);
    if (c === 32 || c === 44) {
      i++;
      continue;
    }
    if (c === 46 || c === 33 || c === 63 || c === 59) {
      if (++stops > 1) return false;
      while (i < n && (codeAt(s, i) === 46 || codeAt(s, i) === 33 || codeAt(s, i) === 63)) i++;
      continue;
    }
    const q = wordEnd(s, n, i);
    if (q === i || q >= n || ++words > MAX_TRIED_WORDS) return false;
    if (afterLink && !st.policy.credentialStopwords.has(s.slice(i, q).toLowerCase())) return false;
    afterLink = ((CLAUSE_WORDS.get(s, i, q) ?? 0) & LINK) !== 0;
    if (codeAt(s, q) === 32 && TRY_VERBS.has(s, i, q)) {
      let v = q + 1;
      const r = wordEnd(s, st.n, v);
      if (r > v && codeAt(s, r) === 32 && TRY_PARTICLES.has(s, v, r)) v = r + 1;
      if (cred.kind === 'digits') {
        if (!emitToldValue(st, v, cred)) return false;
        const told = st.findings[st.findings.length - 1];
        if (told !== undefined) emitOtherTries(st, told.end, cred, digitCount(s, v, told.end));
        return true;
      }
      const b = closingSecretEnd(st, v, cred);
      if (b < 0) return false;
      st.emit(CREDENTIAL, v, b, cred.id, 0.8);
      emitOtherTries(st, b, cred, 0);
      emitVariants(st, v, b, cred.maxLength, cred.id);
      return true;
    }
    i = q;
  }
  return false;
}

/** How far after a PIN keyword a sentence opening with its try may start. */
const MAX_TRIED_LATER = 160;

/**
 * "PIN not working on new card … New card 4024 …. Tried 7731 twice": a later sentence
 * (before the next credential keyword) that opens with a verb of trying ("Tried", "I
 * typed") and the digits right after it. Only sentence starts are looked at, so the
 * numbers in between (a card, an amount) are not read.
 */
function emitTriedLaterSentence(
  st: DetectionState,
  p: number,
  until: number,
  cred: CompiledCredential,
): boolean {
  const { s } = st;
  const n = Math.min(st.n, until, p + MAX_TRIED_LATER);
  for (let i = p; i < n; i++) {
    const c = codeAt(s, i);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    if (codeAt(s, i + 1) !== 32) continue;
    let w = i + 2;
    if (codeAt(s, w) === 73 && codeAt(s, w + 1) === 32) w += 2;
    if (!isUpper(codeAt(s, i + 2))) continue;
    const q = wordEnd(s, st.n, w);
    if (q === w || codeAt(s, q) !== 32 || !TRY_VERBS.has(s, w, q)) continue;
    if (!isAsciiDigit(codeAt(s, q + 1))) return false;
    return emitToldValue(st, q + 1, cred);
  }
  return false;
}

/** Words between two tries: "i tried Hawks2019 and Falcons#7", "typed 4471 or 4417". */
const TRY_JOINERS = WordTable.of(['and', 'or', 'then', 'y', 'o']);

/**
 * After a try ending at `from`: up to two more tries after ",", "/", "and", "or",
 * "then" or "and then" — digits as many as the first (`digits`) for a digit secret, else values that
 * cannot be prose ("i tried Hawks2019 and Falcons#7").
 */
function emitOtherTries(
  st: DetectionState,
  from: number,
  cred: CompiledCredential,
  digits: number,
): void {
  const { s, n } = st;
  let p = from;
  for (let found = 0; found < 2; found++) {
    let q = p;
    const mark = codeAt(s, q) === 44 || codeAt(s, q) === 47;
    if (mark) q++;
    while (q < n && codeAt(s, q) === 32) q++;
    // "and", "or", "and then".
    let joined = mark;
    for (let words = 0; words < 2; words++) {
      const w = wordEnd(s, n, q);
      if (w === q || codeAt(s, w) !== 32 || !TRY_JOINERS.has(s, q, w)) break;
      joined = true;
      q = w + 1;
      while (q < n && codeAt(s, q) === 32) q++;
    }
    if (!joined) return;
    let e: number;
    if (cred.kind === 'digits') {
      e = plainDigitsEnd(s, n, q, digits, digits);
      if (e < 0 || isAsciiAlnum(codeAt(s, e)) || UNIT_AFTER.test(s.slice(e, e + 9))) return;
      if ((codeAt(s, e) === 32 || codeAt(s, e) === 45) && isAsciiDigit(codeAt(s, e + 1))) return;
      if (st.isClaimed(q, e)) return;
    } else {
      e = closingSecretEnd(st, q, cred);
      if (e < 0) return;
    }
    st.emit(CREDENTIAL, q, e, cred.id, 0.8);
    p = e;
  }
}

/** A word of letters (ASCII or Latin-1) and apostrophes at `i`, any case: its end. */
function wordEnd(s: string, n: number, i: number): number {
  let q = i;
  for (; q < n; q++) {
    const c = codeAt(s, q);
    if (!(isAsciiLetter(c) || c === 39 || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7)))
      break;
  }
  return q;
}

/**
 * Where the next credential keyword after hit `k` starts, before `limit`; else `limit`.
 * Each keyword looks at the hits up to the next credential keyword only, so a post costs
 * one pass over its hits.
 */
function nextCredentialStart(st: DetectionState, k: number, limit: number): number {
  const hits = st.scan.entityHits;
  for (let j = k + 1; j < hits.count; j++) {
    const start = hits.start[j] ?? limit;
    if (start >= limit) return limit;
    if (credentialOfHit(st, j) >= 0) return start;
  }
  return limit;
}

/** A number then letters only: "10:30am", "5pm", "100mph" (not "2Fast4U"). */
function timeOrMeasure(s: string, a: number, b: number): boolean {
  if (!isAsciiDigit(codeAt(s, a))) return false;
  let i = a;
  while (i < b && !isAsciiLetter(codeAt(s, i))) i++;
  while (i < b && isAsciiLetter(codeAt(s, i))) i++;
  return i === b;
}

/** Two consonants that open words ("br", "st"…): a value starting so is no initial and surname. */
const ONSETS = new Set(
  'bl br ch cl cr dr fl fr gl gn gr kn ll ph pl pr ps sc sh sk sl sm sn sp st sw th tr tw wh wr'.split(
    ' ',
  ),
);
const VOWELS = 'aeiouy';
const MAX_NAME_HANDLE = 20;

/**
 * An initial glued to a surname, in lower case: "mgonzalez", "jpedro", "rcosta" (two
 * consonants no word opens with, then a vowel).
 */
function initialThenName(s: string, a: number, b: number): boolean {
  if (b - a < 5 || b - a > MAX_NAME_HANDLE) return false;
  for (let i = a; i < b; i++)
    if (!isLower(codeAt(s, i)) || !isAsciiLetter(codeAt(s, i))) return false;
  const w = s.slice(a, a + 3);
  return (
    !VOWELS.includes(w[0] ?? 'a') &&
    !VOWELS.includes(w[1] ?? 'a') &&
    VOWELS.includes(w[2] ?? 'b') &&
    !ONSETS.has(w.slice(0, 2))
  );
}

/** How far before a username keyword its password may have been read. */
const SECRET_BEFORE_REACH = 60;

/** Whether a password, passcode or PIN was read shortly before `p`. */
function secretBefore(st: DetectionState, p: number): boolean {
  for (let i = st.findings.length - 1; i >= 0; i--) {
    const f = st.findings[i];
    if (f === undefined || f.end > p) continue;
    if (p - f.end > SECRET_BEFORE_REACH) return false;
    if (f.type === CREDENTIAL && !f.detector.endsWith('.username')) return true;
  }
  return false;
}

/** Letters joined by "." or "_" (and digits): "luisa.morena", "minji_kim". */
function handleShaped(s: string, a: number, b: number): boolean {
  if (b - a < 5 || !isAsciiLetter(codeAt(s, a)) || !isAsciiAlnum(codeAt(s, b - 1))) return false;
  let joins = 0;
  for (let i = a; i < b; i++) {
    const c = codeAt(s, i);
    if (c === 46 || c === 95) {
      if (!isAsciiAlnum(codeAt(s, i + 1))) return false;
      joins++;
    } else if (!isAsciiAlnum(c)) return false;
  }
  return joins > 0;
}

/**
 * "tractor fifty two": after a value of lower-case letters, up to four number
 * words ("fifty", "two", "seven") to a clause end; the end of the value.
 */
function numberWordsEnd(s: string, n: number, a: number, b: number): number {
  for (let i = a; i < b; i++) if (!isLower(codeAt(s, i))) return b;
  let end = b;
  for (let words = 0; words < 4; words++) {
    if (codeAt(s, end) !== 32) break;
    let q = end + 1;
    while (q < n && isLower(codeAt(s, q))) q++;
    if (q === end + 1 || isAsciiAlnum(codeAt(s, q))) break;
    if (digitWordAt(s, end + 1, q) < 0 && twoDigitWordAt(s, end + 1, q) < 0) break;
    end = q;
  }
  return end;
}
const ITS_OPENING = /^it(?:'s|’s|s| is| was) (?=\d)/i;

/**
 * What ends a clause before "it's …": a stop, a question mark, or (round 21) an emoji
 * ("i gave it to them 😞 it was 8852").
 */
function itsStop(c: number): boolean {
  return isClauseStop(c) || c === 63 || (c >= 0xd800 && c <= 0xdfff);
}
/** A year of four digits, with nothing but a non-digit after it. */
const YEAR = /^(?:19|20)\d\d(?!\d)/;

/**
 * "Please reset my PIN, I think my ex knows it. It's 1221.": after the keyword,
 * at most two clauses of words (MAX_WORDS_BEFORE_ITS in all), then a clause
 * opening with "it's" and a digit secret closing it; not a year ("It's 2024").
 */
function emitDigitsItsLater(
  st: DetectionState,
  p: number,
  min: number,
  max: number,
  id: string,
): boolean {
  if (!st.scan.hasDigit) return false;
  const { s, n } = st;
  let i = p;
  let words = 0;
  let stops = 0;
  while (i < n) {
    const c = codeAt(s, i);
    if (c === 32) {
      i++;
      continue;
    }
    if (itsStop(c)) {
      if (++stops > 2) return false;
      while (i < n && (itsStop(codeAt(s, i)) || codeAt(s, i) === 32)) i++;
      const its = ITS_OPENING.exec(s.slice(i, i + 8));
      if (its === null) continue;
      const v = i + its[0].length;
      if (YEAR.test(s.slice(v, v + 5))) return false;
      return emitDigitsClosing(st, v, min, max, id) > 0;
    }
    let q = i;
    while (q < n && (isAsciiLetter(codeAt(s, q)) || codeAt(s, q) === 39)) q++;
    if (q === i || ++words > MAX_WORDS_BEFORE_ITS) return false;
    i = q;
  }
  return false;
}

/** Verbs of handing a secret over after the clause that names it: "…, i gave him Keystone2!". */
const HAND_VERBS = WordTable.of([
  'gave',
  'told',
  'typed',
  'entered',
  'put',
  'said',
  'sent',
  'read',
  'texted',
  'di',
  'dije',
  'mandé',
  'mande',
  'envié',
  'envie',
  // Turkish, French, Portuguese, as normalised: "Söyledim: 318", "je lui ai dit 4418".
  'soyledim',
  'verdim',
  'dedim',
  'dit',
  'donne',
  'disse',
  'falei',
  'dei',
]);
/** Verbs of setting a secret, read with "to"/"a" before the new value: "i changed it last week to 5582". */
const SET_VERBS = WordTable.of([
  'changed',
  'set',
  'reset',
  'switched',
  'updated',
  'made',
  'cambié',
  'cambie',
  'puse',
]);
/** Who says it, or (Spanish) which secret, before the verb: "i gave", "la cambié". */
const TELLER_WORDS = WordTable.of([
  'i',
  'la',
  'lo',
  'se',
  'le',
  'then',
  'so',
  'and',
  'y',
  // round 22: a doubt before the verb ("i think i changed it last week to …", "and I'm
  // pretty sure I set it as …").
  'think',
  'guess',
  'believe',
  "i'm",
  'im',
  'pretty',
  'sure',
  'probably',
  'maybe',
]);
/** Words before the verb at most: the teller and a doubt ("and I'm pretty sure I"). */
const MAX_TELLER_WORDS = 5;
const SET_TO = WordTable.of(['to', 'a', 'into', 'as']);
const MAX_SET_WORDS = 4;
/** Units after a number that make it no secret: "i sent him 1500 dollars". */
const UNIT_AFTER = /^ ?(?:dollars|bucks|usd|pesos|times|mins?|minutes|hours|days|weeks|months)\b/i;

/**
 * After a keyword at `p`: up to MAX_CLAUSE_WORDS plain words, a stop (",", ".",
 * "!", ";"), then "i" (or a Spanish pronoun) and a verb of handing over with
 * at most one word for whom ("i read him", "i gave them"), or a verb of
 * setting with a few words and "to"/"a" ("i changed it last week to", "la
 * cambié ayer a"). Returns where the value starts, or -1.
 */
function toldAfterStop(st: DetectionState, p: number): number {
  const { s, n } = st;
  if (!stopAheadAfter(st, p)) return -1;
  let i = p;
  while (i < n && codeAt(s, i) === 32) i++;
  let before = 0;
  while (!isClauseStop(codeAt(s, i))) {
    // "my pin stopped working at the ATM. I changed it to …": an acronym or a name in the clause.
    const q = clauseWordEnd(s, n, i);
    if (
      q === i ||
      ((CLAUSE_WORDS.get(s, i, q) ?? 0) & NOT_IN_CLAUSE) !== 0 ||
      ++before > MAX_CLAUSE_WORDS
    )
      return -1;
    i = q;
    while (i < n && codeAt(s, i) === 32) i++;
  }
  while (i < n && isClauseStop(codeAt(s, i))) i++;
  if (codeAt(s, i) !== 32 && codeAt(s, i) !== 10) return -1;
  while (i < n && (codeAt(s, i) === 32 || codeAt(s, i) === 10)) i++;
  // The teller: "i", "I", "la" … (at most two: "so i", "se la").
  let verb = 0;
  let q = i;
  for (let w = 0; w <= MAX_TELLER_WORDS; w++) {
    q = i;
    while (
      q < n &&
      (isAsciiLetter(codeAt(s, q)) ||
        codeAt(s, q) >= 0xc0 ||
        (codeAt(s, q) === 39 && q > i && isAsciiLetter(codeAt(s, q + 1))))
    )
      q++;
    if (q === i) return -1;
    // "Söyledim: 318": the verb, a colon, then the value.
    if (codeAt(s, q) === 58 && HAND_VERBS.has(s, i, q)) {
      q++;
      while (q < n && codeAt(s, q) === 32) q++;
      return q;
    }
    if (codeAt(s, q) !== 32) return -1;
    if (HAND_VERBS.has(s, i, q)) verb = 1;
    else if (SET_VERBS.has(s, i, q)) verb = 2;
    else if (w < MAX_TELLER_WORDS && TELLER_WORDS.has(s, i, q)) {
      i = q + 1;
      continue;
    }
    break;
  }
  if (verb === 0) return -1;
  i = q + 1;
  if (verb === 1) {
    // "i gave him …", "i read the guy …".
    q = plainWordEnd(s, n, i);
    if (q > i && TOLD_TO.has(s, i, q) && codeAt(s, q) === 32) i = q + 1;
    return i;
  }
  for (let w = 0; w <= MAX_SET_WORDS; w++) {
    q = plainWordEnd(s, n, i);
    if (q === i || codeAt(s, q) !== 32) return -1;
    if (SET_TO.has(s, i, q)) return q + 1;
    i = q + 1;
  }
  return -1;
}

/** A value told at `a` for `cred`: digits, or a secret that cannot be prose. */
function emitToldValue(st: DetectionState, a: number, cred: CompiledCredential): boolean {
  const { s, n } = st;
  if (cred.kind === 'digits') {
    if (!isAsciiDigit(codeAt(s, a))) {
      // "… the code that came on my phone. I read him five one nine three seven two.": said in words.
      const spelled = spelledDigitsEnd(s, n, a, cred.minLength, cred.maxLength);
      if (spelled < 0 || st.isClaimed(a, spelled)) return false;
      st.emit(CREDENTIAL, a, spelled, cred.id, 0.8);
      return true;
    }
    let end = groupedDigitsEnd(s, n, a, cred.minLength, cred.maxLength);
    if (end < 0) {
      end = plainDigitsEnd(s, n, a, cred.minLength, cred.maxLength);
      if (end < 0 || isAsciiAlnum(codeAt(s, end))) return false;
      const after = codeAt(s, end);
      if ((after === 32 || after === 45) && isAsciiDigit(codeAt(s, end + 1))) return false;
    }
    if (UNIT_AFTER.test(s.slice(end, end + 9)) || st.isClaimed(a, end)) return false;
    st.emit(CREDENTIAL, a, end, cred.id, 0.8);
    return true;
  }
  let b = a;
  while (b < n && b - a <= MAX_VALUE && !endsValue(s, b)) b++;
  while (b > a && isTrailingPunctExceptBang(codeAt(s, b - 1))) b--;
  if (
    b - a < cred.minLength ||
    b - a > cred.maxLength ||
    !secretShaped(s, a, b) ||
    looksLikeEmail(s, a, b) ||
    st.isClaimed(a, b)
  )
    return false;
  st.emit(CREDENTIAL, a, b, cred.id, 0.85);
  return true;
}

/** "reply with my pin so i sent 0519": "so"/"and"/"then", "i", a verb of handing over, the digits. */
const HANDED_AT_ONCE =
  /^,? (?:so|and|then|and then|so then) (?:i|I) (?:just )?(sent|gave|texted|typed|entered|told|put|replied|replied with|answered) (?:them |him |her |it |in )?(?=\d)/;
const HANDED_REACH = 48;

function emitHandedAtOnce(st: DetectionState, p: number, cred: CompiledCredential): boolean {
  if (cred.kind !== 'digits') return false;
  const m = HANDED_AT_ONCE.exec(st.s.slice(p, p + HANDED_REACH));
  return m !== null && emitToldValue(st, p + m[0].length, cred);
}

function emitToldAfterStop(st: DetectionState, p: number, cred: CompiledCredential): boolean {
  const v = toldAfterStop(st, p);
  if (v < 0 || !emitToldValue(st, v, cred)) return false;
  // "pin got declined at the ATM, I typed 3904 and 3940": the other tries after the first.
  const told = st.findings[st.findings.length - 1];
  const digits = told === undefined ? 0 : digitCount(st.s, v, told.end);
  // (Digits said in words are one try: "I read him five one nine three".)
  if (told !== undefined && (cred.kind !== 'digits' || digits > 0))
    emitOtherTries(st, told.end, cred, cred.kind === 'digits' ? digits : 0);
  return true;
}

/**
 * "changed my pw from winter2019 to a longer one", "pin from 1234 to 5678": the
 * old secret after "from", with "to" after it; the new one too when it is a secret.
 */
function emitChangedFrom(st: DetectionState, p: number, cred: CompiledCredential): boolean {
  const { s, n } = st;
  let a = p;
  while (a < n && codeAt(s, a) === 32) a++;
  // Most keywords are followed by no "from": read the first letter before slicing.
  if ((codeAt(s, a) | 32) !== 102 || !/^from /i.test(s.slice(a, a + 5))) return false;
  a += 5;
  let b = a;
  while (b < n && !endsValue(s, b)) b++;
  if (!/^ to /i.test(s.slice(b, b + 4)) || !emitToldValue(st, a, cred)) return false;
  emitToldValue(st, b + 4, cred);
  return true;
}

/** Whether the words before a link read "said it", "told them it": a secret told, not described. */
function toldIt(s: string, last: number[]): boolean {
  const [a0 = -1, b0 = -1, a1 = -1, b1 = -1, a2 = -1, b2 = -1] = last;
  if (a0 < 0 || b0 - a0 !== 2 || s.slice(a0, b0).toLowerCase() !== 'it' || a1 < 0) return false;
  if (TOLD_IT.has(s, a1, b1)) return true;
  return a2 >= 0 && TOLD_TO.has(s, a1, b1) && TOLD_IT.has(s, a2, b2);
}

function keywordAt(st: DetectionState, k: number, pos: number, valueEnd: number): boolean {
  const hits = st.scan.entityHits;
  for (let o = k + 1; o < hits.count && o <= k + 3; o++) {
    const start = hits.start[o] ?? 0;
    if (start > pos) return false;
    if (start === pos) {
      // The whole value is the keyword; "Pw#123" merely starts with one.
      if ((hits.end[o] ?? 0) < valueEnd) return false;
      return credentialOfHit(st, o) >= 0;
    }
  }
  return false;
}

/** Whether another credential keyword starts right after the value, or a credential ends right before the keyword. */
/** The secrets of digits that log in: a username before one is paired with it. */
const LOGIN_DIGITS: ReadonlySet<string> = new Set(['credential.pin', 'credential.passcode']);

function pairedWithCredential(
  st: DetectionState,
  k: number,
  hitStart: number,
  valueEnd: number,
  username: boolean,
): boolean {
  const hits = st.scan.entityHits;
  const policy = st.policy;
  for (let o = k + 1; o < hits.count && o <= k + 2; o++) {
    const start = hits.start[o] ?? 0;
    if (start < valueEnd) continue;
    if (!joinerOnly(st.s, valueEnd, start)) break;
    const other = policy.credentials[credentialOfHit(st, o)];
    if (other?.kind === 'secret') return true;
    // "Login ID OlsonDairy PIN 8 4 4 1": a username paired with its PIN or passcode.
    if (username && other !== undefined && LOGIN_DIGITS.has(other.id)) return true;
  }
  const last = st.findings[st.findings.length - 1];
  return (
    last !== undefined &&
    last.type === CREDENTIAL &&
    last.end <= hitStart &&
    joinerOnly(st.s, last.end, hitStart)
  );
}

const JOINER_WORDS = WordTable.of([
  'and',
  'y',
  'the',
  'my',
  'then',
  'plus',
  'with',
  'mi',
  'la',
  'el',
  // "and" in Czech and Slovak, Dutch, Indonesian, Haitian Creole, French, Arabizi
  // ("heslo … a jméno …", "… w el username …").
  'a',
  'en',
  'dan',
  'epi',
  'et',
  'w',
  // "username bettyq, old password …": which of its passwords.
  'old',
  'new',
  'current',
]);
const MAX_JOINER = 12;

/** Only blanks, ",", "/", "&", ";", "|" and words like "and the" between two credentials ("user X and the pass is Y"). */
function joinerOnly(s: string, from: number, to: number): boolean {
  if (to - from > MAX_JOINER) return false;
  for (let p = from; p < to; p++) {
    const c = codeAt(s, p);
    if (isBlank(c) || c === 44 || c === 47 || c === 38 || c === 59 || c === 124 || c === 45)
      continue;
    if (!isAsciiLetter(c)) return false;
    let q = p;
    while (q < to && isAsciiLetter(codeAt(s, q))) q++;
    if (!JOINER_WORDS.has(s, p, q)) return false;
    p = q - 1;
  }
  return true;
}

const HONORIFICS = WordTable.of(['mr', 'mrs', 'ms', 'miss', 'dr', 'sr', 'sra', 'srta', 'st', 'mt']);

/**
 * The subjects of security questions, named without "security question": they
 * name a secret only with ":" or "=" after them (see detectCredentials).
 */
const QUESTION_SUBJECTS = WordTable.of([
  'first car',
  'favorite teacher',
  'favourite teacher',
  'city where',
  'city i was born in',
  'street i grew up on',
  'high school mascot',
  'childhood nickname',
  'childhood best friend',
  'first school',
  'elementary school',
  'first job',
  'favorite food',
  'favorite color',
  'favorite movie',
  'primer carro',
  'primer coche',
  'first dog',
  'first cat',
  'primer perro',
  'primer gato',
  'primera mascota',
  'primeiro cachorro',
  'primeiro carro',
]);

/** Answer keywords of a story, that name a secret only after its question: "the answer was". */
const TOLD_AFTER_QUESTION = WordTable.of(['the answer was', 'answer was', 'answer']);

/** Whether `p` opens a sentence: the text's start, or a full stop, "?", "!" or a line end and blanks before it. */
function sentenceOpensAt(s: string, p: number): boolean {
  let i = p - 1;
  while (i >= 0 && codeAt(s, i) === 32) i--;
  const c = codeAt(s, i);
  return i < 0 || c === 46 || c === 63 || c === 33 || c === 10;
}

/** How far before "the answer was" its question may be named. */
const QUESTION_REACH = 160;

/** Whether a security-answer keyword (a question: "security question", "maiden name" …) comes shortly before hit `k`. */
function questionBefore(st: DetectionState, k: number, roles: ArrayLike<number>): boolean {
  const hits = st.scan.entityHits;
  const from = (hits.start[k] ?? 0) - QUESTION_REACH;
  for (let j = k - 1; j >= 0 && (hits.start[j] ?? 0) >= from; j--) {
    const index = credentialOfHit(st, j);
    if (index >= 0 && ((roles[index] ?? 0) & SECURITY_ANSWER) !== 0) return true;
  }
  return false;
}

/** Whether a security answer was just read, with only a comma or "and" between it and `p`. */
function afterAnswer(st: DetectionState, p: number): boolean {
  const last = st.findings[st.findings.length - 1];
  return (
    last !== undefined &&
    last.type === CREDENTIAL &&
    last.detector === 'credential.security-answer' &&
    last.end <= p &&
    joinerOnly(st.s, last.end, p)
  );
}

/** Whether ":" or "=" ends the link before `p` (blanks skipped). */
function punctAt(s: string, p: number): boolean {
  let q = p;
  while (q > 0 && isBlank(codeAt(s, q - 1))) q--;
  let r = p;
  while (r < s.length && isBlank(codeAt(s, r))) r++;
  const before = codeAt(s, q - 1);
  const at = codeAt(s, r);
  return before === 58 || before === 61 || at === 58 || at === 61;
}

/** Up to MAX_CLAUSE_WORDS plain words after `p`, then ":" or "=": the position after it, or -1. */
function clauseThenPunct(s: string, n: number, p: number): number {
  let i = p;
  for (let words = 0; words <= MAX_CLAUSE_WORDS; words++) {
    while (i < n && codeAt(s, i) === 32) i++;
    if (codeAt(s, i) === 58 || codeAt(s, i) === 61) return i + 1;
    let q = i;
    while (q < n && (isAsciiLetter(codeAt(s, q)) || codeAt(s, q) === 39)) q++;
    if (q === i) return -1;
    if (codeAt(s, q) === 58 || codeAt(s, q) === 61) return q + 1;
    if (codeAt(s, q) !== 32) return -1;
    i = q;
  }
  return -1;
}

/** Names that are no answer: "the answer is no, it's Friday". */
const NOT_ANSWERS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|fine|ok|okay|yes|no|not|wrong|correct|right|same|there|here|none|nothing)$/i;

/** An answer named after the question and a comma ("…first pets name, its Pickles"): emitted, or false. */
function emitAnswerAfterComma(st: DetectionState, from: number): boolean {
  const { s, n } = st;
  const a = clauseThenItWas(st, from, true);
  if (a < 0 || !isUpper(codeAt(s, a)) || !isLower(codeAt(s, a + 1))) return false;
  let b = a;
  while (b < n && isAsciiLetter(codeAt(s, b))) b++;
  if (isAsciiDigit(codeAt(s, b)) || codeAt(s, b) === 39) return false;
  const word = s.slice(a, b);
  if (NOT_ANSWERS.test(word) || st.policy.credentialStopwords.has(word.toLowerCase())) return false;
  b = extendName(s, n, a, b);
  if (st.isClaimed(a, b)) return false;
  st.emit(CREDENTIAL, a, b, 'credential.security-answer', 0.85);
  return true;
}

/** Words that open a described question: "my first teacher's name", "the street i grew up on". */
const DESCRIPTION_OPENERS = WordTable.of(['my', 'the', 'mi', 'el', 'la', 'what', 'where', 'who']);
/** Words that open a reply or a request, not an answer: "…, Thanks", "…, Please advise". */
const NOT_ANSWER_OPENERS =
  /^(?:thanks|thank|thx|please|pls|help|sorry|hello|hi|hey|regards|cheers|also|but|and|can|could|would|why|what|how|when|where|who|gracias|hola|ayuda)$/i;
const MAX_DESCRIPTION_WORDS = 6;

/**
 * "… is my first teacher's name, Mrs. Delgado.": after `from`, a question
 * described in up to MAX_DESCRIPTION_WORDS plain words opening with "my",
 * "the" …, a comma, then a capitalised name that closes its clause.
 */
function emitAnswerAfterDescription(st: DetectionState, from: number): boolean {
  const { s, n } = st;
  let i = from;
  while (i < n && codeAt(s, i) === 32) i++;
  let q = plainWordEnd(s, n, i);
  if (q === i || !DESCRIPTION_OPENERS.has(s, i, q)) return false;
  for (let words = 1; ; words++) {
    if (codeAt(s, q) === 44) break;
    if (codeAt(s, q) !== 32 || words >= MAX_DESCRIPTION_WORDS) return false;
    i = q + 1;
    q = plainWordEnd(s, n, i);
    if (q === i) return false;
  }
  const a = q + 1 < n && codeAt(s, q + 1) === 32 ? q + 2 : -1;
  if (a < 0 || !isUpper(codeAt(s, a)) || !isLower(codeAt(s, a + 1))) return false;
  let b = a;
  while (b < n && isAsciiLetter(codeAt(s, b))) b++;
  const word = s.slice(a, b);
  if (
    NOT_ANSWERS.test(word) ||
    NOT_ANSWER_OPENERS.test(word) ||
    st.policy.credentialStopwords.has(word.toLowerCase())
  )
    return false;
  b = extendName(s, n, a, b);
  const c = codeAt(s, b);
  if (b < n && !isClauseStop(c) && c !== 63 && c !== 10 && c !== 41 && !isBlank(c)) return false;
  // The name closes its clause: punctuation, the end, or "(…)" after it.
  if (c === 32 && codeAt(s, b + 1) !== 40) return false;
  if (st.isClaimed(a, b)) return false;
  st.emit(CREDENTIAL, a, b, 'credential.security-answer', 0.85);
  return true;
}

/** After a question's subject: "was a", "is my", "was". */
const SUBJECT_LINK = /^ +(?:was|is|were)(?: +(?:a|an|my|the))? +/i;
/** What names the value before it as the answer: "… thats my security answer". */
const NAMED_ANSWER =
  /^(?:[ ,.!-]+(?:lol|lmao|haha|jk|btw|ok|and|so))*[ ,.!-]*(?:that'?s|thats|that is|it'?s|its|which is|is|=) +(?:my|the) +(?:security|secret)(?: +question)? +(?:answer|word)\b/i;
/** Longest answer named after its value. */
const MAX_NAMED_ANSWER = 32;

/**
 * "first car was a 1994 Geo Metro lol thats my security answer": after a
 * question's subject and "was (a)", up to four words that "that's my security
 * answer" names as the answer (a filler such as "lol" between them allowed).
 */
function emitAnswerNamedAfter(st: DetectionState, subjectEnd: number): boolean {
  const { s, n } = st;
  const link = SUBJECT_LINK.exec(s.slice(subjectEnd, subjectEnd + 12));
  if (link === null) return false;
  const a = subjectEnd + link[0].length;
  let b = a;
  for (let words = 0; words < 4; words++) {
    let q = b;
    while (
      q < n &&
      q - a <= MAX_NAMED_ANSWER &&
      (isAsciiAlnum(codeAt(s, q)) || codeAt(s, q) === 39)
    )
      q++;
    if (q === b || q - a > MAX_NAMED_ANSWER) return false;
    if (FILLERS.has(s, b, q)) return false;
    b = q;
    if (NAMED_ANSWER.test(s.slice(b, b + 48))) {
      const first = s.slice(a, wordEnd(s, n, a)).toLowerCase();
      if (st.policy.credentialStopwords.has(first) || st.isClaimed(a, b)) return false;
      st.emit(CREDENTIAL, a, b, 'credential.security-answer', 0.85);
      return true;
    }
    if (codeAt(s, b) !== 32) return false;
    b++;
  }
  return false;
}

/** "the number on the back of …", "the phone number on the back …": the card's printed phone line. */
const NUMBER_ON_THE_BACK = /\b(?:phone )?number $/i;

/** Words said between a value and what names it: "… lol thats my answer". */
const FILLERS = WordTable.of(['lol', 'lmao', 'haha', 'jk', 'btw', 'ok', 'and', 'so']);

/** Verbs of giving an answer: "… and I put Corolla", "I answered Duluth". */
const ANSWER_VERBS = WordTable.of(['put', 'entered', 'typed', 'answered', 'said', 'wrote', 'used']);
const MAX_ANSWER_WORDS = 8;

/**
 * "security question is my first car and I put Corolla": within a few words
 * after an answer keyword, "I" and a verb of answering, then a capitalised
 * answer of up to three words.
 */
function emitAnswerHandedOver(st: DetectionState, from: number): boolean {
  const { s, n } = st;
  let p = from;
  for (let words = 0; words < MAX_ANSWER_WORDS; words++) {
    while (p < n && (codeAt(s, p) === 32 || codeAt(s, p) === 44)) p++;
    let q = p;
    while (q < n && (isAsciiLetter(codeAt(s, q)) || codeAt(s, q) === 39)) q++;
    if (q === p || (codeAt(s, q) !== 32 && codeAt(s, q) !== 44)) return false;
    if (q === p + 1 && (codeAt(s, p) | 32) === 105 && codeAt(s, q) === 32) {
      let v = q + 1;
      while (v < n && isAsciiLetter(codeAt(s, v))) v++;
      if (ANSWER_VERBS.has(s, q + 1, v) && codeAt(s, v) === 32) {
        const a = v + 1;
        if (!isUpper(codeAt(s, a)) || !isLower(codeAt(s, a + 1))) return false;
        let b = a;
        while (b < n && isAsciiLetter(codeAt(s, b))) b++;
        if (st.policy.credentialStopwords.has(s.slice(a, b).toLowerCase())) return false;
        b = extendName(s, n, a, b);
        if (st.isClaimed(a, b)) return false;
        st.emit(CREDENTIAL, a, b, 'credential.security-answer', 0.85);
        return true;
      }
    }
    p = q;
  }
  return false;
}

/** "Maple Street", "San Antonio": a security answer of up to three capitalised words. */
function extendName(s: string, n: number, a: number, b: number): number {
  let end = b;
  let words = 1;
  // The first word ends at the value's end unless it runs into punctuation.
  let i = a;
  while (i < end && isAsciiLetter(codeAt(s, i))) i++;
  if (i !== end) return end;
  // "Mrs. Halvorsen", "Dr. Patel": a title and its dot run on into the name.
  if (
    HONORIFICS.has(s, a, end) &&
    codeAt(s, end) === 46 &&
    codeAt(s, end + 1) === 32 &&
    isUpper(codeAt(s, end + 2))
  )
    end++;
  for (;;) {
    // round 26: "Our Lady of Lourdes", "Bank of America": "of" between capitalised words.
    const of =
      words < 3 &&
      s.startsWith(' of ', end) &&
      isUpper(codeAt(s, end + 4)) &&
      isLower(codeAt(s, end + 5))
        ? 3
        : 0;
    const w = end + of;
    if (!(
      words < 3 &&
      codeAt(s, w) === 32 &&
      isUpper(codeAt(s, w + 1)) &&
      isLower(codeAt(s, w + 2))
    ))
      break;
    let q = w + 1;
    while (q < n && isAsciiLetter(codeAt(s, q))) q++;
    end = q;
    words++;
  }
  // "St. Anthony's", "Denny's": a possessive ends the name.
  if (
    (codeAt(s, end) === 39 || codeAt(s, end) === 0x2019) &&
    (codeAt(s, end + 1) | 32) === 115 &&
    !isAsciiAlnum(codeAt(s, end + 2))
  )
    end += 2;
  return end;
}

/**
 * The secret after "username / ": up to the next blank, trailing punctuation dropped.
 * A credential keyword there ("username X / password Y", "login X | pw Y") is no
 * secret: it reads its own value. `k` is the username's keyword hit.
 */
function emitSlashedSecret(st: DetectionState, usernameEnd: number, k: number): void {
  const { s, n } = st;
  let p = usernameEnd;
  while (p < n && codeAt(s, p) === 32) p++;
  const c = codeAt(s, p);
  if (c !== 47 && c !== 124) return; // / |
  p++;
  while (p < n && codeAt(s, p) === 32) p++;
  let b = p;
  while (b < n && b - p <= MAX_VALUE && !endsValue(s, b)) b++;
  // "user: rdiaz_tx / pass: Astros#2017": a label after the slash, not the secret
  // (its own keyword reads the value).
  if (codeAt(s, b - 1) === 58 || codeAt(s, b - 1) === 61) return;
  if (credentialKeywordAt(st, k, p)) return;
  while (b > p && isTrailingPunctExceptBang(codeAt(s, b - 1))) b--;
  if (b - p < 4 || st.isClaimed(p, b)) return;
  st.emit(CREDENTIAL, p, b, 'credential.password', 0.85);
}

const MIN_SECRET_BESIDE = 6;

/**
 * "i gave them my bank login nessa.j VenmoQueen2!": a handle after a login keyword, then
 * at once (or after "and") a token that cannot be a word (a letter, a digit, and a capital or a symbol),
 * closing the value: the login's password, with no keyword of its own.
 */
function emitSecretBeside(
  st: DetectionState,
  usernameEnd: number,
  k: number,
  tried: boolean,
): void {
  const { s, n } = st;
  if (codeAt(s, usernameEnd) !== 32) return;
  let p = usernameEnd + 1;
  // "user: x_y tried Sunflower#2020", "… and typed in …": a verb of trying first.
  const verbEnd = tried ? asciiWordEnd(s, n, p) : p;
  if (verbEnd > p && TRY_VERBS.has(s, p, verbEnd) && codeAt(s, verbEnd) === 32) {
    p = verbEnd + 1;
    const particleEnd = asciiWordEnd(s, n, p);
    if (particleEnd > p && TRY_PARTICLES.has(s, p, particleEnd) && codeAt(s, particleEnd) === 32)
      p = particleEnd + 1;
  } else if (tried) return;
  // "her login, mckenna.j and Tigers2003!": the two joined by "and".
  else if (s.startsWith('and ', p)) p += 4;
  let b = p;
  while (b < n && b - p <= MAX_VALUE && !endsValue(s, b)) b++;
  while (b > p && isTrailingPunctExceptBang(codeAt(s, b - 1))) b--;
  if (b - p < MIN_SECRET_BESIDE || b - p > MAX_VALUE || credentialKeywordAt(st, k, p)) return;
  let digit = false;
  let letter = false;
  let capitalOrSymbol = false;
  for (let i = p; i < b; i++) {
    const c = codeAt(s, i);
    if (isAsciiDigit(c)) digit = true;
    else if (isLower(c)) letter = true;
    else if (isUpper(c)) capitalOrSymbol = letter = true;
    else if (c > 32 && c < 127 && c !== 39 && c !== 34 && c !== 46 && c !== 44)
      capitalOrSymbol = true;
    else return;
  }
  if (!digit || !letter || !capitalOrSymbol || looksLikeEmail(s, p, b) || st.isClaimed(p, b))
    return;
  st.emit(CREDENTIAL, p, b, 'credential.password', 0.8);
}

/** Whether a credential keyword's hit after hit `k` (within the next few) starts in [from, to). */
function credentialKeywordWithin(st: DetectionState, k: number, from: number, to: number): boolean {
  const hits = st.scan.entityHits;
  for (let o = k + 1; o < hits.count && o <= k + 4; o++) {
    const start = hits.start[o] ?? 0;
    if (start >= to) return false;
    if (start >= from && credentialOfHit(st, o) >= 0) return true;
  }
  return false;
}

/** Whether a credential keyword's hit after hit `k` (within the next few) starts at `pos`. */
function credentialKeywordAt(st: DetectionState, k: number, pos: number): boolean {
  const hits = st.scan.entityHits;
  for (let o = k + 1; o < hits.count && o <= k + 4; o++) {
    const start = hits.start[o] ?? 0;
    if (start > pos) return false;
    if (start === pos && credentialOfHit(st, o) >= 0) return true;
  }
  return false;
}

/** The end of a secret-shaped value after " / " or " | " ("ty.bennett / Sunflower#22"), or -1. */
function slashedSecretEnd(st: DetectionState, usernameEnd: number): number {
  const { s, n } = st;
  let p = usernameEnd;
  while (p < n && codeAt(s, p) === 32) p++;
  const c = codeAt(s, p);
  if (c !== 47 && c !== 124) return -1;
  p++;
  while (p < n && codeAt(s, p) === 32) p++;
  let b = p;
  while (b < n && b - p <= MAX_VALUE && !endsValue(s, b)) b++;
  while (b > p && isTrailingPunctExceptBang(codeAt(s, b - 1))) b--;
  return b - p >= 4 && secretShaped(s, p, b) ? b : -1;
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
    // Digits one per line or split by control characters ("8\n1\n4\n4\n0\n2").
    if (c !== 32 && !isBreakChar(c)) break;
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

/**
 * A digit secret spelled out, wholly or partly ("six two six one", "three one
 * eight 4 4 0", "nine oh one one"): digit words and digit groups separated by
 * a blank, comma or hyphen, at least one of them a word; "oh" stands for zero
 * after the first. Returns the end of the value when it holds min–max digits
 * and nothing but punctuation or a blank follows it, else -1.
 */
function spelledDigitsEnd(s: string, n: number, a: number, min: number, max: number): number {
  let i = a;
  let digits = 0;
  let words = 0;
  let end = -1;
  for (;;) {
    let q = i;
    if (isAsciiDigit(codeAt(s, q))) {
      while (q < n && isAsciiDigit(codeAt(s, q))) q++;
      digits += q - i;
    } else {
      while (q < n && isAsciiLetter(codeAt(s, q)) && q - i <= 6) q++;
      const oh =
        digits > 0 && q - i === 2 && (codeAt(s, i) | 32) === 111 && (codeAt(s, i + 1) | 32) === 104;
      if (!oh && digitWordAt(s, i, q) < 0) break;
      digits++;
      words++;
    }
    if (q === i || digits > max || isAsciiAlnum(codeAt(s, q))) return -1;
    end = q;
    let r = q;
    if (codeAt(s, r) === 44 || codeAt(s, r) === 45) r++;
    if (codeAt(s, r) === 32) r++;
    if (r === q || r >= n || !isAsciiAlnum(codeAt(s, r))) break;
    i = r;
  }
  if (words === 0 || digits < min || end < 0) return -1;
  return end;
}

/** Digits of a card number or more: no PIN or card code is so long. */
const LONG_NUMBER_DIGITS = 12;

/** Whether the digit groups from `a`, joined by single spaces or hyphens, hold LONG_NUMBER_DIGITS digits or more. */
function longNumberFrom(s: string, n: number, a: number): boolean {
  let digits = 0;
  for (let i = a; i < n && digits < LONG_NUMBER_DIGITS; i++) {
    const c = codeAt(s, i);
    if (isAsciiDigit(c)) digits++;
    else if (!((c === 32 || c === 45) && isAsciiDigit(codeAt(s, i + 1)) && i > a)) break;
  }
  return digits >= LONG_NUMBER_DIGITS;
}

function isBreakChar(c: number): boolean {
  return (c >= 0 && c < 32) || c === 127 || c === 0xfffd;
}

const BACK_LINKS = WordTable.of(['is', 'was', 'the', 'my', 'its', "it's", 'as', 'your']);

/**
 * A digit secret of `cred` just before its keyword ("482913 is the code", "123 is my cvv"),
 * or handed over just after it (after a comma too when the keyword needs no link word).
 */
function emitDigitsNearby(
  st: DetectionState,
  keywordStart: number,
  keywordEnd: number,
  cred: CompiledCredential,
): void {
  const { minLength: min, maxLength: max, id } = cred;
  if (!emitDigitsBefore(st, keywordStart, min, max, id))
    emitDigitsHandedOver(st, keywordEnd, min, max, id, !cred.requireLinker);
}

/** Verbs of handing a code over: "asked for the 6 digit code and I **read** him 2 9 4 4 1 0". */
const HANDED_OVER = WordTable.of([
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
/** Verbs of writing a secret down or keeping it: "PIN was written on a sticky note 3370". */
const WRITTEN_DOWN = WordTable.of([
  'written',
  'wrote',
  'write',
  'jotted',
  'scribbled',
  'noted',
  'kept',
  'keep',
  'stored',
  'saved',
  'taped',
  'stuck',
  'escrito',
  'escrita',
  'anotado',
  'anotada',
  'apuntado',
  'apuntada',
  'guardado',
  'guardada',
]);
/** Words before a number that make it a date or a time, not the secret written down: "since 2019". */
const DATE_WORDS_BEFORE = WordTable.of([
  'in',
  'since',
  'on',
  'at',
  'from',
  'until',
  'till',
  'by',
  'dated',
  'for',
  'around',
  'about',
  'after',
  'before',
  'year',
  'en',
  'desde',
]);
/** Words of a description told before a comma and the secret: "PIN on a sticky note in my wallet, 2294". */
const MAX_TOLD_WORDS = 8;

function emitDigitsHandedOver(
  st: DetectionState,
  from: number,
  min: number,
  max: number,
  id: string,
  afterComma: boolean,
): void {
  if (!st.scan.hasDigit) return;
  const { s, n } = st;
  let p = from;
  let words = 0;
  let verb = false;
  let written = false;
  let comma = false;
  let lastWord = p;
  for (;;) {
    // "asking for the code, i said 449012": commas may stand between the words.
    comma = false;
    while (p < n && (codeAt(s, p) === 32 || codeAt(s, p) === 44)) {
      if (codeAt(s, p) === 44) comma = true;
      p++;
    }
    let q = p;
    while (q < n && (isAsciiLetter(codeAt(s, q)) || codeAt(s, q) === 39)) q++;
    if (q === p) break;
    if (HANDED_OVER.has(s, p, q)) verb = true;
    else if (afterComma && WRITTEN_DOWN.has(s, p, q)) written = true;
    if (
      ++words > (afterComma ? MAX_TOLD_WORDS : MAX_HANDOVER_WORDS) ||
      (codeAt(s, q) !== 32 && codeAt(s, q) !== 44)
    )
      return;
    lastWord = p;
    p = q;
  }
  if (!isAsciiDigit(codeAt(s, p))) return;
  // "my PIN is my birthday backwards, 8791": a PIN or card code described, a comma, then the
  // digits alone, closing the clause ("…, 2294, and"); written in groups too ("…, 4 4 0 9").
  // Not a year after a month ("changed it in march, 2023.").
  if (afterComma && comma && words > 0) {
    if (!MONTH_START.test(s.slice(lastWord, lastWord + 4))) emitDigitsClosing(st, p, min, max, id);
    return;
  }
  // "PIN was written on a sticky note 3370", "pin is kept on a card in my wallet 8812": where
  // the secret is written down, then its digits; not a date after it ("saved it in 2019").
  if (written) {
    if (!DATE_WORDS_BEFORE.has(s, lastWord, wordEnd(s, n, lastWord)))
      emitDigitsAlone(st, p, min, max, id);
    return;
  }
  if (words > MAX_HANDOVER_WORDS) return;
  // Without a verb of handing over, only a one-time code's six digits: "el código que me llegó por sms 449012".
  if (!verb) {
    // "the code from your text, 906 118": six digits in two groups too.
    const grouped = groupedDigitsEnd(s, n, p, OTP_DIGITS, OTP_DIGITS);
    if (grouped > 0 && digitCount(s, p, grouped) === OTP_DIGITS && !st.isClaimed(p, grouped)) {
      st.emit(CREDENTIAL, p, grouped, id, 0.8);
      return;
    }
    let e = p;
    while (e < n && isAsciiDigit(codeAt(s, e))) e++;
    if (e - p !== OTP_DIGITS || isAsciiAlnum(codeAt(s, e)) || st.isClaimed(p, e)) return;
    if ((codeAt(s, e) === 32 || codeAt(s, e) === 45) && isAsciiDigit(codeAt(s, e + 1))) return;
    st.emit(CREDENTIAL, p, e, id, 0.8);
    return;
  }
  emitDigitsAlone(st, p, min, max, id);
}

const MONTH_START = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** The end of a run of min–max ASCII digits at `p`, or -1. */
function plainDigitsEnd(s: string, n: number, p: number, min: number, max: number): number {
  let end = p;
  while (end < n && isAsciiDigit(codeAt(s, end))) end++;
  return end - p < min || end - p > max ? -1 : end;
}

/** min–max digits at `p` (in groups or not) that end their clause: emitted, and their end (or -1). */
function emitDigitsClosing(
  st: DetectionState,
  p: number,
  min: number,
  max: number,
  id: string,
): number {
  const { s, n } = st;
  let end = groupedDigitsEnd(s, n, p, min, max);
  if (end < 0) end = plainDigitsEnd(s, n, p, min, max);
  if (end < 0) return -1;
  let c = codeAt(s, end);
  // "…, 8791 and it worked", "…, 2294!": a conjunction or a closing mark.
  if (c === 32 && /^ (?:and|but|y|pero) /i.test(s.slice(end, end + 7))) c = 44;
  if (end < n && !isClauseStop(c) && c !== 63 && c !== 10 && c !== 41) return -1;
  if (c === 46 && isAsciiDigit(codeAt(s, end + 1))) return -1;
  if (st.isClaimed(p, end)) return -1;
  st.emit(CREDENTIAL, p, end, id, 0.8);
  return end;
}

/** min–max digits at `p`, in groups or not, that are not the first group of a longer number. */
function emitDigitsAlone(
  st: DetectionState,
  p: number,
  min: number,
  max: number,
  id: string,
): void {
  const { s, n } = st;
  let end = groupedDigitsEnd(s, n, p, min, max);
  if (end < 0) {
    end = plainDigitsEnd(s, n, p, min, max);
    if (end < 0 || isAsciiAlnum(codeAt(s, end))) return;
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
    if (q === p || words >= 2 || !BACK_LINKS.has(s, q, p)) break;
    words++;
    p = q;
  }
  let a = p;
  while (a > 0 && isAsciiDigit(codeAt(s, a - 1))) a--;
  const len = p - a;
  // "I gave them the 449012 code": six digits right before the keyword need no link word.
  if (words === 0 && (len !== OTP_DIGITS || p !== keywordStart - 1)) return false;
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
  return p > a && isBlank(codeAt(s, p - 1)) && ((CLAUSE_WORDS.get(s, p, b) ?? 0) & LINK) !== 0;
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

const CARD = ENTITY_INDEX.CARD_NUMBER;
/** Words that may stand between a card number and its security code: "exp 08/28, code 737". */
const CARD_DUMP_WORDS = WordTable.of([
  'exp',
  'expiry',
  'expires',
  'expiration',
  'exp date',
  'vence',
  'code',
  'cvv',
  'cvc',
  'cvv2',
  'cid',
  'sec',
  'security',
  'and',
  'y',
  // Spanish and Portuguese, as normalised: "… 3301 y el código 773", "e o código 412".
  'codigo',
  'cod',
  'e',
]);
/**
 * Words passed over between a card number and its code, naming nothing themselves:
 * "and the code 737", "y el código 773", "and my cvv 412".
 */
const CARD_DUMP_FILLERS = WordTable.of(['the', 'my', 'its', 'el', 'la', 'mi', 'su', 'o', 'de']);
/**
 * round 28: words that link a code word to its value ("exp 03/28. the code is 506", "El código
 * es 506"): passed over after a code word only.
 */
const CARD_DUMP_LINKS = WordTable.of(['is', 'es', 'was', 'number', 'numero', 'no']);
const CARD_DUMP_REACH = 36;
const EXPIRY_WORDS = WordTable.of(['exp', 'expiry', 'expires', 'expiration', 'vence']);

/**
 * Card dumps: "4111-1111-1111-1111, expiry 08/28, code 737", "… i put 4539 1488
 * 0343 6467 / 518" after being asked for the CVV. Three or four digits after a
 * card number are its security code when an expiry date or a code word stands
 * between them, or when the post names the CVV. Runs after the card scan.
 */
export function detectCardSecurityCodes(st: DetectionState): void {
  const { s, n } = st;
  const count = st.findings.length;
  // Whether the post names the CVV: looked up once, the first time it matters.
  let cvvNamed = -1;
  for (let f = 0; f < count; f++) {
    const card = st.findings[f];
    if (card === undefined || card.type !== CARD) continue;
    let p = card.end;
    let cue = false;
    // The number right after "exp" is the expiry, slash or not ("exp 0927").
    let expiryNext = false;
    // A filler word ("the", "el") is passed over only before a code word: "and the 250 i paid" is no code.
    let filler = false;
    // Right after a code word ("code", "cvv"), which a link word may follow ("the code is 506").
    let codeWord = false;
    const limit = Math.min(n, card.end + CARD_DUMP_REACH);
    while (p < limit) {
      const c = codeAt(s, p);
      if (isBlank(c) || c === 44 || c === 47 || c === 124 || c === 58 || c === 45 || c === 46) {
        p++;
        continue;
      }
      let q = p;
      if (isAsciiLetter(c)) {
        while (q < n && (isAsciiLetter(codeAt(s, q)) || isAsciiDigit(codeAt(s, q)))) q++;
        if (CARD_DUMP_FILLERS.has(s, p, q)) {
          filler = true;
          p = q;
          continue;
        }
        if (codeWord && CARD_DUMP_LINKS.has(s, p, q)) {
          codeWord = false;
          p = q;
          continue;
        }
        if (!CARD_DUMP_WORDS.has(s, p, q)) break;
        filler = false;
        cue = true;
        expiryNext = EXPIRY_WORDS.has(s, p, q);
        codeWord = !expiryNext;
        p = q;
        continue;
      }
      if (!isAsciiDigit(c) || filler) break;
      while (q < n && isAsciiDigit(codeAt(s, q))) q++;
      // An expiry: "08/28", "08/2028", "0828" is not one (too ambiguous).
      if (q - p === 2 && codeAt(s, q) === 47 && isAsciiDigit(codeAt(s, q + 1))) {
        let r = q + 1;
        while (r < n && isAsciiDigit(codeAt(s, r))) r++;
        if (r - q - 1 === 2 || r - q - 1 === 4) {
          cue = true;
          expiryNext = false;
          p = r;
          continue;
        }
        break;
      }
      const len = q - p;
      if (expiryNext && len === 4) {
        expiryNext = false;
        p = q;
        continue;
      }
      // round 28: "4896 9350 4925 8995 0927 215": the card, its expiry as MMYY and its code
      // pasted as one line, the code closing it.
      if (len === 4 && !cue && mmyyThenCode(s, p, q)) {
        cue = true;
        p = q;
        continue;
      }
      if (len < 3 || len > 4 || isAsciiAlnum(codeAt(s, q)) || st.isClaimed(p, q)) break;
      if (!cue && cvvNamed < 0) cvvNamed = namesCvv(st) ? 1 : 0;
      // round 26: "5454875104444885 612 11/26": three or four digits between the card and
      // its expiry, as a card's details are pasted, are its code.
      if (!cue && cvvNamed === 0 && !EXPIRY_AFTER.test(s.slice(q, q + 9))) break;
      // "… 09/27 250 dollars" is an amount.
      if (codeAt(s, q) === 32 && /^(?:dollars?|usd|bucks)\b/i.test(s.slice(q + 1, q + 9))) break;
      st.emit(CREDENTIAL, p, q, 'credential.cvv', 0.8);
      break;
    }
  }
}

/** An expiry as MMYY at `p`..`q` (2024 to 2039), then three or four digits closing the line. */
function mmyyThenCode(s: string, p: number, q: number): boolean {
  const month = Number(s.slice(p, p + 2));
  const year = Number(s.slice(p + 2, q));
  return (
    month >= 1 &&
    month <= 12 &&
    year >= 24 &&
    year <= 39 &&
    CODE_CLOSES_LINE.test(s.slice(q, q + 8))
  );
}
const CODE_CLOSES_LINE = /^ \d{3,4}[ \t]*(?:\n|$)/;

/** A blank, then an expiry ("11/26", "11/2026") closing its token. */
const EXPIRY_AFTER = /^ (?:0[1-9]|1[0-2])\/(?:\d\d|20\d\d)(?![\d/])/;

function namesCvv(st: DetectionState): boolean {
  const hits = st.scan.entityHits;
  for (let k = 0; k < hits.count; k++) {
    const cred = credentialOfHit(st, k);
    if (cred >= 0 && st.policy.credentials[cred]?.id.endsWith('.cvv') === true) return true;
  }
  return false;
}

/**
 * Currency codes and words written after or before an amount ("250 000 FCFA", "USD 1 200",
 * "5 000 som"): an amount is no secret. Whole words, any case.
 */
const CURRENCY_WORDS = WordTable.of([
  'fcfa',
  'cfa',
  'xof',
  'xaf',
  'francs',
  'tenge',
  'kzt',
  'som',
  'sum',
  "so'm",
  'uzs',
  'kgs',
  'rub',
  'rubles',
  'roubles',
  'uah',
  'naira',
  'ngn',
  'cedi',
  'cedis',
  'ghs',
  'kes',
  'ksh',
  'kshs',
  'shillings',
  'shilingi',
  'tzs',
  'ugx',
  'rwf',
  'birr',
  'etb',
  'mnt',
  'tugrik',
  'togrog',
  'vnd',
  'dong',
  'rupiah',
  'idr',
  'ringgit',
  'myr',
  'baht',
  'thb',
  'php',
  'pesos',
  'peso',
  'kip',
  'riel',
  'khr',
  'kyat',
  'mmk',
  'lari',
  'gel',
  'dram',
  'amd',
  'manat',
  'azn',
  'tmt',
  'tjs',
  'somoni',
  'lira',
  'try',
  'rand',
  'zar',
  'dirham',
  'dirhams',
  'mad',
  'dinar',
  'kwacha',
  'gnf',
  'cdf',
  'usd',
  'eur',
  'gbp',
  'dollars',
  'dollar',
  'euros',
  'euro',
  'inr',
  'rupees',
  'pkr',
  'riyal',
  'sar',
  'aed',
  'egp',
]);

/**
 * Stems of currency words of other scripts after an amount, with their case endings
 * ("350 000 теңге", "150 000 теңгені", "5 000 рублей", "2 000 ብር").
 */
const CURRENCY_STEMS = [
  'теңге',
  'тенге',
  'тңг',
  'руб',
  'грн',
  'гривн',
  'сом',
  'сум',
  'сўм',
  'манат',
  'төгрөг',
  'төг',
  'драм',
  'лари',
  'ብር',
  'ናቕፋ',
];

/** Currency signs: $ £ ¥ € ₦ ₸ ₽ ₴ ₮ ₫ ₱ ₹ ₵ ₺ ₼ ₾ ֏ ฿ ៛ ₭ ₩ ₪ ৳. */
function isCurrencySign(c: number): boolean {
  return (
    c === 36 ||
    c === 0xa3 ||
    c === 0xa5 ||
    (c >= 0x20a0 && c <= 0x20cf) ||
    c === 0x58f ||
    c === 0xe3f ||
    c === 0x17db ||
    c === 0x9f3
  );
}

/**
 * The end of an amount's digits from `a`: thousands set apart by a blank, "." or ",", then
 * cents; a first group longer than three digits takes no thousands ("… 9845 800 euros").
 */
function amountEnd(s: string, n: number, a: number): number {
  let i = a;
  while (i < n && isAsciiDigit(codeAt(s, i))) i++;
  const grouped = i - a <= 3;
  for (;;) {
    const c = codeAt(s, i);
    if (
      grouped &&
      (c === 32 || c === 46 || c === 44) &&
      isAsciiDigit(codeAt(s, i + 1)) &&
      isAsciiDigit(codeAt(s, i + 2)) &&
      isAsciiDigit(codeAt(s, i + 3)) &&
      !isAsciiDigit(codeAt(s, i + 4))
    ) {
      i += 4;
      continue;
    }
    if (
      (c === 46 || c === 44) &&
      isAsciiDigit(codeAt(s, i + 1)) &&
      isAsciiDigit(codeAt(s, i + 2)) &&
      !isAsciiDigit(codeAt(s, i + 3))
    )
      i += 3;
    return i;
  }
}

/**
 * Whether a currency sign, code or word follows s[.., b) (a blank between them or none);
 * a sign before more digits is the next amount's ("acct 4429 1003 58 $34").
 */
function currencyAfter(s: string, n: number, b: number): boolean {
  let p = b;
  if (codeAt(s, p) === 32) p++;
  const c = codeAt(s, p);
  if (isCurrencySign(c)) return !isAsciiAlnum(codeAt(s, p + 1)) && !isAsciiAlnum(codeAt(s, p + 2));
  if (isAsciiLetter(c)) {
    let q = p;
    while (q < n && q - p <= 9 && (isAsciiLetter(codeAt(s, q)) || codeAt(s, q) === 39)) q++;
    return !isAsciiAlnum(codeAt(s, q)) && CURRENCY_WORDS.has(s, p, q);
  }
  if (c < 0x370) return false;
  for (const stem of CURRENCY_STEMS)
    if (s.startsWith(stem, p) || s.slice(p, p + stem.length).toLowerCase() === stem) return true;
  return false;
}

/**
 * Whether a currency sign or code comes right before s[a, ..) (a blank between them or
 * none); a sign glued to a word is part of a secret ("Roadrunner$505").
 */
function currencyBefore(s: string, a: number): boolean {
  let p = a - 1;
  if (codeAt(s, p) === 32) p--;
  if (isCurrencySign(codeAt(s, p))) {
    const c = codeAt(s, p - 1);
    return c < 0 || isBlank(c) || c === 40 || c === 34 || c === 39 || c === 58 || c === 44;
  }
  const q = p + 1;
  while (p >= 0 && p > q - 10 && isAsciiLetter(codeAt(s, p))) p--;
  return q - p > 2 && !isAsciiAlnum(codeAt(s, p)) && CURRENCY_WORDS.has(s, p + 1, q);
}

/**
 * Words after which a card's or account's last digits are told: "Karte endet 4410",
 * "card ends 4410", "la carte se termine par 4410", "карта заканчивается на 4410".
 */
const ENDS_WORDS = WordTable.of([
  'ends',
  'endet',
  'endend',
  'termine',
  'termina',
  'terminada',
  'eindigt',
  'eindigend',
  'endar',
  'slutter',
]);
const ENDS_STEMS = ['заканчива', 'оканчива', 'закінчу', 'kończy', 'konczy', 'biten', 'bitiyor'];
/** A preposition between "ends" and the digits: "endet auf 4410", "termine par 4410". */
const ENDS_PARTICLES = WordTable.of([
  'in',
  'on',
  'with',
  'auf',
  'mit',
  'par',
  'en',
  'op',
  'na',
  'med',
  'på',
  'pa',
]);
const MAX_ENDING_DIGITS = 6;

/** Whether the word (of any script) ending right before s[a] (past one blank) tells a last-digits ending. */
function endingWordBefore(s: string, a: number): boolean {
  let q = a - 1;
  if (!isBlank(codeAt(s, q))) return false;
  let p = q;
  while (p > 0 && p > q - 16 && isLetterOrMark(codeAt(s, p - 1))) p--;
  if (p === q) return false;
  if (ENDS_PARTICLES.has(s, p, q)) {
    q = p - 1;
    if (!isBlank(codeAt(s, q))) return false;
    p = q;
    while (p > 0 && p > q - 20 && isLetterOrMark(codeAt(s, p - 1))) p--;
    if (p === q) return false;
  }
  if (ENDS_WORDS.has(s, p, q)) return true;
  // The stems are of words of five letters or more, Cyrillic, Polish or Turkish.
  if (q - p < 5) return false;
  const word = s.slice(p, q).toLowerCase();
  return ENDS_STEMS.some((stem) => word.startsWith(stem));
}

/** A letter or a combining mark (of any script), by code unit: ASCII by range, the rest by a cached test. */
function isLetterOrMark(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let k = LETTER_OR_MARK_TABLE[c] ?? 0;
  if (k === 0) {
    k = LETTER_OR_MARK.test(String.fromCharCode(c)) ? 1 : 2;
    LETTER_OR_MARK_TABLE[c] = k;
  }
  return k === 1;
}
/** Per BMP code unit: 0 not yet known, 1 a letter or mark, 2 not. */
const LETTER_OR_MARK_TABLE = new Uint8Array(65536);

/**
 * Numbers that are no secret, set aside before any keyword reads them (nor the digit-run
 * model after): an amount with a currency sign, code or word after or before it
 * ("250 000 FCFA", "150 000 теңгені", "₦45,000"), and a card's last digits told after
 * "ends" ("Karte endet 4410").
 */
function claimNotSecretNumbers(st: DetectionState): void {
  const { s, n } = st;
  const runs = st.scan.digitRuns;
  let last = -1;
  for (let r = 0; r < runs.count; r++) {
    const a = runs.start[r] ?? 0;
    // Inside an amount read already, or glued to letters ("A320", "Lan@1978hcm").
    if (a < last || isAsciiAlnum(codeAt(s, a - 1))) continue;
    const e = amountEnd(s, n, a);
    last = e;
    const currency = currencyAfter(s, n, e);
    if (isAsciiLetter(codeAt(s, e)) && !currency) continue;
    if (currency || currencyBefore(s, a)) {
      st.claim(a, e);
      continue;
    }
    const len = (runs.end[r] ?? 0) - a;
    if (
      len >= 2 &&
      len <= MAX_ENDING_DIGITS &&
      e === runs.end[r] &&
      !isAsciiAlnum(codeAt(s, e)) &&
      endingWordBefore(s, a)
    )
      st.claim(a, e);
  }
}
