import { abaValid, isCardNumber, nanpValid, ssnValid } from './checksums';
import { ENTITY_INDEX } from './compiled-policy';
import { parseTextualDate, validDate, type DateSpan } from './date-of-birth.detector';
import { codeAt, digitsOf, type DetectionState } from './detection-state';

/**
 * round 27: a chat transcript handed over as one private post, each line opened by its
 * speaker ("Agent: To verify, what is your mother's maiden name?\nMe: Thibodeaux"): the
 * customer's line right after an agent's question is the value the agent asked for, read by
 * what was asked (a security answer, a card's code, a birth date, an SSN, a routing, account,
 * loan or policy number, a phone number). The answer must be the customer's whole line, past a
 * few filler words ("yes it is …", "it should be …", "… lol"); a question asking for the last
 * digits only, or about a third party, leaves its answer to no reader.
 */

const CREDENTIAL = ENTITY_INDEX.CREDENTIAL;
const DOB = ENTITY_INDEX.DATE_OF_BIRTH;
const SSN = ENTITY_INDEX.SSN;
const ROUTING = ENTITY_INDEX.ROUTING_NUMBER;
const ACCOUNT = ENTITY_INDEX.BANK_ACCOUNT;
const PHONE = ENTITY_INDEX.PHONE;

/** An agent's line: "Agent:", "Rep:", "Support:", "Bot:", "Agent (Maria):". */
const AGENT_LABEL =
  /^[ \t]*(?:agent|agente|ajan|rep|representative|representante|advisor|adviser|asesora?|support|bot|chat ?bot|virtual assistant|assistant|asistente|csr|specialist|especialista)(?: ?\([^)\n]{1,24}\))?[ \t]*:[ \t]*/i;
/** A customer's line: "Me:", "Customer:", "Member:", "Client:". */
const CUSTOMER_LABEL =
  /^[ \t]*(?:me|customer|member|client|user|caller|cust|guest|visitor|yo|cliente|socio|socia|miembro|kliyan|mwen)[ \t]*:[ \t]*/i;

/** The labels read at a line's start without cutting the line out (sticky). */
const AGENT_LABEL_AT = new RegExp(AGENT_LABEL.source.slice(1), 'iy');
const CUSTOMER_LABEL_AT = new RegExp(CUSTOMER_LABEL.source.slice(1), 'iy');

/** Where the label of `re` opening the line at `p` ends, or -1. */
function labelEnd(re: RegExp, s: string, p: number): number {
  re.lastIndex = p;
  return re.test(s) ? re.lastIndex : -1;
}

/** Where the line opening at `p` ends: its line break, or the end of the post. */
function lineEndFrom(s: string, p: number): number {
  const e = s.indexOf('\n', p);
  return e < 0 ? s.length : e;
}

/**
 * The agent's question on the line whose label ends at `agent`: a question is a line or two
 * long, so a longer line is read by its first characters.
 */
function questionAt(s: string, agent: number, lineEnd: number): string {
  return s.slice(agent, Math.min(lineEnd, agent + MAX_QUESTION));
}

/** Whether the post may hold a transcript: a line opened by an agent's label. */
const AGENT_LINE =
  /(?:^|\n)[ \t]*(?:agent|agente|ajan|rep|representative|representante|advisor|adviser|asesora?|support|bot|chat ?bot|virtual assistant|assistant|asistente|csr|specialist|especialista)\b[^:\n]{0,26}:/i;

/** What the agent asks for, in the order asked below (the first that matches decides). */
enum Asked {
  None,
  /** "the last 4 of your account": the digits answered are no full value. */
  LastDigits,
  /** "the recipient's IBAN", "the number you sent it to": a third party's value. */
  Others,
  CardCode,
  /** "the 4-digit passcode on your account", "your PIN": four to eight digits. */
  Pin,
  OneTimeCode,
  SecurityAnswer,
  /** "That doesn't match. Try once more?": the question asked before, again. */
  Again,
  BirthDate,
  Ssn,
  Routing,
  Account,
  Phone,
}

const LAST_DIGITS = /\blast (?:4|four|5|five|6|six)\b|\bending (?:in|with)\b/i;
const OTHERS =
  /\b(?:recipient|payee|beneficiary|receiver|landlord|merchant|seller|other driver|scammer)['’]?s?\b|\bnumber you sent (?:it|the money|them) to\b|\bsent (?:it|the money) to\b/i;
const CARD_CODE =
  /\b(?:cvv2?|cvc2?|cv2|csc|security code|(?:3|4|three|four)[- ]digit (?:security )?code|code on the back|c[oó]digo de (?:seguridad|(?:3|tres) d[ií]gitos|atr[aá]s)|(?:3|tres) d[ií]gitos (?:de )?(?:atr[aá]s|detr[aá]s)|k[oò]d sekirite)\b/i;
const PIN_ASKED =
  /\b(?:pin|nip|passcode|pass code|(?:4|four|5|five|6|six)[- ]digit (?:pass)?code|telephone banking code|phone banking code)\b/i;
const ONE_TIME_CODE =
  /\b(?:verification code|one[- ]time (?:pass)?code|otp|(?:6|six)[- ]digit code|code (?:we|i) (?:just )?(?:sent|texted|emailed)|c[oó]digo de verificaci[oó]n|c[oó]digo que (?:le )?(?:enviamos|mandamos))\b/i;
const SECURITY_QUESTION =
  /\b(?:security (?:question|word|phrase|answer)|memorable (?:word|name|place|date)|secret (?:word|question)|pass ?phrase|verbal password|maiden name|first (?:car|pet|dog|cat|school|job|teacher|employer|concert|boss|street|girlfriend|boyfriend|love)|(?:street|city|town) (?:did )?you (?:grew up|grow up|grew up on|were born)|grow up on|grew up on|high school|elementary school|middle school|favou?rite (?:teacher|color|colour|food|movie|book|team|sport|place|singer|band|car)|(?:city|town|place) (?:you were |where you were )?born|born in which|childhood (?:nickname|friend|best friend|street|home|hero)|best friend|father['’]?s middle name|mother['’]?s middle name|pet['’]?s name|name of your (?:first )?pet|where did you meet|(?:spouse|wife|husband|partner)['’]?s? (?:middle name|birthplace)|honeymoon|(?:school )?mascot|apellido de soltera|primera mascota|nombre de (?:su|tu) (?:primera )?mascota|pregunta (?:secreta|de seguridad)|respuesta (?:secreta|de seguridad)|ciudad (?:donde|en que) naci[oó]|non jenn fi manman)\b/i;
const AGAIN =
  /\b(?:try (?:that )?(?:once more|again|one more time)|one more (?:try|time)|(?:doesn|does not|didn|did not)['’]?t? match)\b/i;
const BIRTH_DATE =
  /\b(?:date of birth|birth ?date|dob|d\.o\.b|birthday|born|fecha de nacimiento|naci(?:ó|o|miento))\b/i;
const SSN_ASKED =
  /\b(?:ssn|social security|social|ss ?#|itin|seguro social|tax (?:id|identification))\b/i;
const ROUTING_ASKED = /\b(?:routing|aba|transit)\b/i;
const ACCOUNT_ASKED =
  /\b(?:account|acct|member(?:ship)?|loan|policy|certificate|contract|mortgage|line of credit|share|cuenta|póliza|poliza|pr[eé]stamo)(?: (?:number|no\.?|#|id|nbr|num))?\b/i;
/** Numbers other than the customer's own account's, named in the question. */
const OTHER_NUMBER =
  /\b(?:claim|order|tracking|confirmation|reference|ref|case|ticket|check (?:number|no|#)|cheque|transaction|invoice|card|routing|zip|postal)\b/i;
const PHONE_ASKED =
  /\b(?:phone|cell|mobile|callback|call ?back|number (?:we|i) (?:can|should) (?:reach|call|text)|tel[eé]fono|celular)\b/i;

/** A request without a question mark: "Please answer your security question: …", "ahora el código de 3 dígitos". */
const REQUEST =
  /\b(?:please|pls|kindly)\b|(?:^|[.!] )(?:provide|confirm|answer|enter|type|verify|tell me|give me|send me)\b|\bi(?:['’]ll| will)? need (?:your|the)\b|\b(?:por favor|me (?:puede|podr[ií]a) (?:dar|decir|confirmar)|necesito (?:su|el|la|los)|ahora (?:el|la|los|su)|conf[ií]rme(?:me)?|ind[ií]que(?:me)?|d[ií]game)\b/i;

function askedIn(question: string): Asked {
  if (LAST_DIGITS.test(question)) return Asked.LastDigits;
  if (OTHERS.test(question)) return Asked.Others;
  if (CARD_CODE.test(question)) return Asked.CardCode;
  if (PIN_ASKED.test(question)) return Asked.Pin;
  if (ONE_TIME_CODE.test(question)) return Asked.OneTimeCode;
  if (SECURITY_QUESTION.test(question)) return Asked.SecurityAnswer;
  if (AGAIN.test(question)) return Asked.Again;
  if (BIRTH_DATE.test(question)) return Asked.BirthDate;
  if (SSN_ASKED.test(question)) return Asked.Ssn;
  if (ROUTING_ASKED.test(question)) return Asked.Routing;
  if (ACCOUNT_ASKED.test(question) && !OTHER_NUMBER.test(question)) return Asked.Account;
  if (PHONE_ASKED.test(question)) return Asked.Phone;
  return Asked.None;
}

/** Filler before the answer: "yes it is", "sure,", "it should be", "um". */
const LEAD =
  /^(?:(?:yes|yeah|yep|yup|sure|ok|okay|um+|uh+|hmm+|so|oh|right|of course)\b[ ,.!:-]*|(?:it['’]?s|its|it is|it was|it should be|should be|i think(?: it['’]?s| its| it is)?|that['’]?s|thats|that would be|here(?: you go)?|here it is|mine is|my (?:answer|number) is)\b[ ,:-]*)+/i;
/** Filler after the answer: " lol", " haha", " thanks", a full stop, an emoji. */
const TRAIL =
  /(?:[ ,.!]*\b(?:lol|lmao|haha+|hehe|thanks|thank you|thx|ty|please|pls|i think|i believe)\b|[ .!,]+|[ ]*[\u{1F300}-\u{1FAFF}\u2600-\u27BF])+$/iu;
/** Answers that tell no value. */
const NO_VALUE =
  /^(?:yes|yeah|yep|no|nope|nah|ok|okay|sure|idk|i don['’]?t know|not sure|no idea|hold on|one sec(?:ond)?|just a sec|wait|what|huh|sorry|hi|hello|thanks|thank you|i forgot|forgot|none|n\/a|na|which one|which|what question|which question|s[ií]|claro|cu[aá]l|no s[eé]|un momento|gracias)$/i;

const NUMBERS = /\d+(?:[ -]\d+)*/g;
const MAX_ANSWER_WORDS = 4;
/** The longest agent's line read as a question, and the longest customer's line read as an answer. */
const MAX_QUESTION = 300;
const MAX_ANSWER_LINE = 200;
const MAX_ANSWER_CHARS = 40;
/**
 * An identifier: groups of capitals and digits joined by hyphens, spaces or dots ("RMA-7730194-02",
 * "CP 44 091 882"); a word in lower case ends it ("4408129735 checking" is the number and a word).
 */
const IDENTIFIER = /^[A-Z0-9]+(?:[ .-][A-Z0-9]+){0,5}$/;
const LEADING_IDENTIFIER = /^[A-Z0-9]+(?:[ .-][A-Z0-9]+){0,5}(?= [a-z])/;
const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;

/** Whether `s` may be a transcript: it holds a line opened by an agent's label. */
export function mayHoldTranscript(s: string): boolean {
  return AGENT_LINE.test(s);
}

/**
 * "Me: 4471190382\nMe: 11/02/1978\nMe: need balance", "707292416\n01/30/67\n…\nfor the
 * verification": in a private post of several lines, a line of the customer's that is a full
 * numeric date with a birth year and nothing else is the birth date handed over, unless the
 * agent asked for another date.
 */
export function detectDateLines(st: DetectionState, dates: readonly DateSpan[]): void {
  const { s, n } = st;
  // Looked up by start, once each: a post of thousands of lines stays linear.
  const setAsideEnds = new Map<number, number>();
  for (const d of dates) setAsideEnds.set(d.start, d.end);
  const foundAt = new Set<number>();
  for (const f of st.findings) foundAt.add(f.start);
  let asked = Asked.None;
  let lineStart = 0;
  while (lineStart < n) {
    const lineEnd = lineEndFrom(s, lineStart);
    const agent = labelEnd(AGENT_LABEL_AT, s, lineStart);
    if (agent >= 0) {
      const question = questionAt(s, agent, lineEnd);
      asked = /\b(?:when|what date|which date|date of (?!birth))\b/i.test(question)
        ? Asked.Others
        : Asked.None;
    } else {
      const customer = labelEnd(CUSTOMER_LABEL_AT, s, lineStart);
      const a = customer < 0 ? lineStart : customer;
      // A date line is short: longer lines are not looked at.
      BARE_DATE_LINE.lastIndex = a;
      const m = lineEnd - a <= MAX_DATE_LINE ? BARE_DATE_LINE.exec(s) : null;
      const date = m?.[1];
      if (m !== null && date !== undefined && asked === Asked.None && birthDate(date)) {
        const start = a + m[0].indexOf(date);
        const end = start + date.length;
        // The numeric dates are set aside (claimed) as dates already: one of them, or unread.
        const setAside = setAsideEnds.get(start) === end;
        if ((setAside || !st.isClaimed(start, end)) && !foundAt.has(start))
          st.emit(DOB, start, end, 'dob.date-line', 0.8);
      }
      asked = Asked.None;
    }
    lineStart = lineEnd + 1;
  }
}

/** A line that is a numeric date and nothing else (blanks around it). */
const BARE_DATE_LINE = /[ \t]*(\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4}))[ \t]*(?=\n|$)/y;
const MAX_DATE_LINE = 24;

/** Reads the customer's answers to an agent's questions in a transcript pasted as one post. */
export function detectTranscriptAnswers(st: DetectionState): void {
  const { s, n } = st;
  let asked = Asked.None;
  let before = Asked.None;
  /** What the customer's last line answered no value to ("which one?"). */
  let unanswered = Asked.None;
  let lineStart = 0;
  while (lineStart < n) {
    const lineEnd = lineEndFrom(s, lineStart);
    const agent = labelEnd(AGENT_LABEL_AT, s, lineStart);
    if (agent >= 0) {
      const question = questionAt(s, agent, lineEnd);
      const isQuestion = question.includes('?') || REQUEST.test(question);
      asked = isQuestion ? askedIn(question) : Asked.None;
      if (asked === Asked.Again) asked = before === Asked.SecurityAnswer ? before : Asked.None;
      // "Agent: What's the answer to your security question?\nCustomer: which one\nAgent: Where
      // did you meet your spouse?": the question the customer asked back about, put to them.
      if (asked === Asked.None && isQuestion && unanswered === Asked.SecurityAnswer)
        asked = unanswered;
      unanswered = Asked.None;
      // The security question asked holds no answer ('… your security question: "Name of your
      // first pet"?', "make of your first car?"): no reader takes its words.
      if (asked === Asked.SecurityAnswer) st.claim(agent, lineEnd);
      if (asked !== Asked.None) before = asked;
    } else {
      const customer = asked === Asked.None ? -1 : labelEnd(CUSTOMER_LABEL_AT, s, lineStart);
      if (customer >= 0 && !readAnswer(st, asked, customer, lineEnd)) unanswered = asked;
      asked = Asked.None;
    }
    lineStart = lineEnd + 1;
  }
}

/** Reads one answer; false when the customer's line tells no value ("which one?", "idk"). */
function readAnswer(st: DetectionState, asked: Asked, a0: number, b0: number): boolean {
  const { s } = st;
  // An answer is short: a longer line is no value handed over on its own.
  if (b0 - a0 > MAX_ANSWER_LINE) return true;
  if (asked === Asked.LastDigits || asked === Asked.Others) {
    // What the agent asked for is no full value of the customer's: no reader takes its digits.
    // Asked with other values ("your date of birth and the last 4 of your SSN"), only the
    // short numbers standing alone are the last digits; a third party's are all its numbers.
    // A card number is never claimed, whatever was asked: it must be found to be truncated.
    for (const m of s.slice(a0, b0).matchAll(NUMBERS)) {
      const from = a0 + (m.index ?? 0);
      const to = from + m[0].length;
      const d = digitsOf(s, from, to);
      if (isCardNumber(d, 0, d.length)) continue;
      // The last digits are one group of two to six digits, no part of a date or a longer number.
      if (
        asked === Asked.LastDigits &&
        (d.length < 2 || d.length > 6 || to - from !== d.length || !standsAlone(s, from, to))
      )
        continue;
      st.claim(from, to);
    }
    return true;
  }
  let a = a0;
  let b = b0;
  const lead = LEAD.exec(s.slice(a, b));
  if (lead !== null) a += lead[0].length;
  // "i dont have it, here's the member ID from my card: LSH-2284-0917-A": the value after a colon.
  if (asked !== Asked.SecurityAnswer) {
    const colon = s.lastIndexOf(': ', b);
    if (colon >= a) a = colon + 2;
  }
  const trail = TRAIL.exec(s.slice(a, b));
  if (trail !== null) b -= trail[0].length;
  // An identifier or a number ends at the end of its sentence ("WL-3309-18824. his name was …").
  if (asked !== Asked.SecurityAnswer) {
    const stop = /[.,;!?](?:\s|$)/.exec(s.slice(a, b));
    if (stop !== null) b = a + stop.index;
  }
  // Every finding so far claims its span: the hard negatives, and the answers read before.
  if (b <= a || st.isClaimed(a, b)) return true;
  const value = s.slice(a, b);
  // "which one?", "idk": no value, and the question stays open.
  if (NO_VALUE.test(value) || value.includes('?')) return false;
  const digits = digitsOf(s, a, b);
  switch (asked) {
    case Asked.CardCode:
      if ((digits.length === 3 || digits.length === 4) && b - a === digits.length)
        st.emit(CREDENTIAL, a, b, 'credential.agent-asked-code', 0.85);
      return true;
    case Asked.Pin:
      if (digits.length >= 4 && digits.length <= 8 && /^\d+(?:[ -]\d+)*$/.test(value))
        st.emit(CREDENTIAL, a, b, 'credential.agent-asked-code', 0.85);
      return true;
    case Asked.OneTimeCode:
      if (digits.length >= 4 && digits.length <= 8 && /^\d+(?:[ -]\d+)*$/.test(value))
        st.emit(CREDENTIAL, a, b, 'credential.agent-asked-code', 0.85);
      return true;
    case Asked.SecurityAnswer:
      readSecurityAnswer(st, a, b);
      return true;
    case Asked.BirthDate:
      if (birthDate(value)) st.emit(DOB, a, b, 'dob.agent-asked', 0.85);
      return true;
    case Asked.Ssn:
      if (digits.length === 9 && /^[\d -]+$/.test(value) && ssnValid(digits))
        st.emit(SSN, a, b, 'ssn.agent-asked', 0.85);
      return true;
    case Asked.Routing:
      if (digits.length === 9 && /^[\d -]+$/.test(value) && abaValid(digits))
        st.emit(ROUTING, a, b, 'routing.agent-asked', 0.85);
      return true;
    case Asked.Account: {
      // "4408129735 checking", "7730551208 its the roth one": the number, then words about it.
      const end = IDENTIFIER.test(value)
        ? b
        : a + (LEADING_IDENTIFIER.exec(value)?.[0].length ?? 0);
      if (end > a && digits.length >= 5 && digits.length <= 20 && !st.isClaimed(a, end))
        st.emit(ACCOUNT, a, end, 'account.agent-asked', 0.85);
      return true;
    }
    case Asked.Phone:
      if (
        /^[\d ().+-]+$/.test(value) &&
        ((digits.length === 10 && nanpValid(digits)) ||
          (digits.length === 11 && digits[0] === 1 && nanpValid(digits.slice(1))))
      )
        st.emit(PHONE, a, b, 'phone.agent-asked', 0.85);
      return true;
    case Asked.None:
    case Asked.Again:
      return true;
  }
}

/** A security question's answer: a few words, no sentence ("Thibodeaux", "76 Ford Ranchero"). */
function readSecurityAnswer(st: DetectionState, a0: number, b: number): void {
  const { s } = st;
  // "my first car was a Studebaker": the question said again, then its answer.
  const restated = RESTATED_QUESTION.exec(s.slice(a0, b));
  const a = restated === null ? a0 : a0 + restated[0].length;
  const value = s.slice(a, b);
  if (value.length > MAX_ANSWER_CHARS || /[.!?;:]/.test(value)) return;
  if (value.split(/\s+/).length > MAX_ANSWER_WORDS) return;
  if (st.policy.credentialStopwords.has(value.toLowerCase())) return;
  st.emit(CREDENTIAL, a, b, 'credential.agent-asked-answer', 0.85);
}

/** The question said again before its answer: "my first car was a", "her maiden name is". */
const RESTATED_QUESTION =
  /^(?:my|our|his|her|mom['’]?s|mum['’]?s|moms|the)\b[^.!?,\n]{0,32}?\b(?:was|is|were)(?: (?:a|an|the))? (?=\S)/i;

/** Whether the number in s[a, b) is no part of a date or a longer number ("/", ".", "-" around it). */
function standsAlone(s: string, a: number, b: number): boolean {
  return !NUMBER_JOINERS.has(codeAt(s, a - 1)) && !NUMBER_JOINERS.has(codeAt(s, b));
}
/** A digit, "/", "." or "-". */
const NUMBER_JOINERS = new Set([47, 46, 45, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57]);

/** Whether the answer is a birth date: a numeric date with a plausible year, or one in words. */
function birthDate(value: string): boolean {
  const m = NUMERIC_DATE.exec(value);
  if (m !== null) {
    const year = Number(m[3]);
    const full = m[3]?.length === 4;
    const month = Number(m[1]);
    const day = Number(m[2]);
    if (full && (year < 1900 || year > 2012)) return false;
    return validDate(year, month, day, full) || validDate(year, day, month, full);
  }
  return parseTextualDate(value, 0, value.length) === value.length && /\d{4}$/.test(value);
}
