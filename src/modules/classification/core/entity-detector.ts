import { detectAddresses, detectSpokenHouseNumbers } from './address.detector';
import { detectBareAnswers, MAX_ANSWER_LENGTH } from './bare-answer.detector';
import { detectSpelledAccounts } from './spelled-account.detector';
import { hasDigitWordRun } from './digit-words';
import { detectMistypedCards } from './numeric-entity.detector';
import { CATEGORY_BIT, ENTITY_INDEX, type CompiledPolicy } from './compiled-policy';
import type { ScanResult } from './lexicon-trie';
import { detectCardSecurityCodes, detectCredentials } from './credential.detector';
import {
  detectDatesOfBirth,
  detectIdentityDates,
  findNumericDates,
  type DateSpan,
} from './date-of-birth.detector';
import type { ClassifierScratch } from './classifier-scratch';
import type { OwnContacts } from './classification.types';
import type { DetectionState, RawFinding } from './detection-state';
import { detectEmails, detectObfuscatedEmails } from './email.detector';

const BRACKETED_AT = /[[({] ?@ ?[\])}]/;
import { maskHardNegatives } from './hard-negative.masker';
import { detectIbans } from './iban.detector';
import { detectKeyedIdentifiers, detectSiblingAccounts } from './keyed-identifier.detector';
import {
  detectDateLines,
  detectTranscriptAnswers,
  mayHoldTranscript,
} from './transcript-answer.detector';

/** Cue categories naming a value that routes offline (DESIGN.md invariant 2). */
const INVARIANT_CUES = new Set(['account', 'card', 'routing', 'ssn', 'member', 'loan', 'policy']);
/** Unread digits after such a cue that make a post suspect. */
const UNREAD_DIGITS = 7;
/** Unread digits with no cue at all that make a post suspect: longer than any local phone number. */
const UNREAD_DIGITS_ANYWHERE = 8;

/**
 * Whether the post holds a number no detector could read (a card failing Luhn,
 * an account with a cue the scanner did not tie to it or with no cue at all,
 * digits split some unforeseen way) that no finding or recognised non-finding
 * claimed: seven digits or more within the context window after a card,
 * account, routing or SSN cue, or eight digits or more anywhere that are not a
 * money amount. Such a post is routed offline (INV-2-unread-number) though it
 * reports no entity: a number that long is most often the customer's own.
 */
function unreadNumber(st: DetectionState): boolean {
  const runs = st.scan.digitRuns;
  const reach = st.policy.contextBefore;
  let k = 0;
  let windowEnd = -1;
  // Unread digits of the current number within a cue's window, and anywhere.
  let near = 0;
  let nearEnd = -1;
  let any = 0;
  let anyEnd = -1;
  let anyLast = 0;
  let amount = false;
  for (let r = 0; r < runs.count; r++) {
    const a = runs.start[r] ?? 0;
    const b = runs.end[r] ?? 0;
    // The latest invariant cue ending at or before this run.
    while (k < st.ctxCount && (st.ctxEnd[k] ?? 0) <= a) {
      if (INVARIANT_CUES.has(st.ctxCategory[k] ?? '')) {
        const end = (st.ctxEnd[k] ?? 0) + reach;
        if (end > windowEnd) {
          windowEnd = end;
          near = 0;
        }
      }
      k++;
    }
    if (st.isClaimed(a, b)) {
      near = 0;
      any = 0;
      anyEnd = -1;
      continue;
    }
    // Digits count together only within one number: groups at most three
    // characters apart ("5105 1051 0510 5101", "44019-82251").
    if (a - anyEnd > 3 || anyEnd < 0 || breaksNumber(st.s, anyEnd, a)) {
      any = 0;
      amount = isAmountAt(st.s, a);
    } else if (isDecimalPoint(st.s, anyEnd, a) && (b - a <= 2 || anyLast <= 2)) {
      // "4.25 4.50", "v1.2.3.4": decimals and versions, not an account number.
      amount = true;
    }
    any += b - a;
    anyEnd = b;
    anyLast = b - a;
    if (any >= UNREAD_DIGITS_ANYWHERE && !amount) return true;
    if (a >= windowEnd) {
      near = 0;
      continue;
    }
    if (a - nearEnd > 3 || nearEnd < 0) near = 0;
    near += b - a;
    nearEnd = b;
    if (near >= UNREAD_DIGITS) return true;
  }
  return false;
}

/** Whether the characters between two digit groups part them: a time ("12:30") or a date or fraction ("13/11"). */
function breaksNumber(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 58 /* : */ || c === 47 /* / */) return true;
  }
  return false;
}

/** Whether two digit groups are joined by a single dot. */
function isDecimalPoint(s: string, from: number, to: number): boolean {
  return to - from === 1 && s.charCodeAt(from) === 46;
}

/** Whether the number starting at `a` is written as money: "$1,250,000", "$ 12500000". */
function isAmountAt(s: string, a: number): boolean {
  let i = a - 1;
  if (i >= 0 && s.charCodeAt(i) === 32) i--;
  return i >= 0 && s.charCodeAt(i) === 36;
}

/**
 * Without digits or "@", only a credential keyword ("password is hunter") or
 * the word "dot" (a spelled-out email) can lead to a finding: context words
 * such as "card" or "account" need a number.
 */
function wordsOnlyFindingsPossible(policy: CompiledPolicy, scan: ScanResult): boolean {
  const hits = scan.entityHits;
  for (let k = 0; k < hits.count; k++) {
    const payload = hits.payload[k] ?? 0;
    if (payload === policy.dotPayload) return true;
    const entry = policy.entityPayloads[payload];
    if ((entry?.credential ?? -1) >= 0) return true;
    // A birth-date cue: the date may be said in words ("june fourth nineteen fifty eight").
    if (((entry?.ctxMask ?? 0) & CATEGORY_BIT.dob) !== 0) return true;
  }
  return spelledAccountPossible(policy, scan) || spokenAddressPossible(policy, scan);
}

/** An address cue and five digit words in a row (a ZIP): an address may be said wholly in words. */
function spokenAddressPossible(policy: CompiledPolicy, scan: ScanResult): boolean {
  const hits = scan.entityHits;
  for (let k = 0; k < hits.count; k++) {
    if (
      ((policy.entityPayloads[hits.payload[k] ?? 0]?.ctxMask ?? 0) & CATEGORY_BIT.address) !==
      0
    ) {
      return hasDigitWordRun(scan.words, 5);
    }
  }
  return false;
}

/** An account or member cue and five digit words in a row: an account number may be said in words. */
function spelledAccountPossible(policy: CompiledPolicy, scan: ScanResult): boolean {
  const hits = scan.entityHits;
  const cues = CATEGORY_BIT.account | CATEGORY_BIT.member;
  for (let k = 0; k < hits.count; k++) {
    if (((policy.entityPayloads[hits.payload[k] ?? 0]?.ctxMask ?? 0) & cues) !== 0) {
      return hasDigitWordRun(scan.words, 5);
    }
  }
  return false;
}

const NO_FINDINGS: readonly RawFinding[] = Object.freeze([]);

/** Reads the digit runs the rules left unread; the trainer passes its own to see them. */
export type UnreadRunReader = (st: DetectionState, scratch: ClassifierScratch) => void;

/** The policy's digit-run model, if it names one (detectors.yaml `digitRunModel`). */
const READ_WITH_MODEL: UnreadRunReader = (st, scratch) => {
  if (st.policy.digitRunModel !== null && scratch.runs !== null) {
    st.policy.digitRunModel.detect(st, scratch.runs, st.policy.digitRunMinScore);
  }
};

/** Reads the tokens near a credential keyword the rules left unread; the trainer passes its own. */
export type UnreadTokenReader = (
  st: DetectionState,
  scratch: ClassifierScratch,
  privatePost: boolean,
) => void;

/** The policy's credential model, if it names one (detectors.yaml `credentialModel`). */
const READ_TOKENS_WITH_MODEL: UnreadTokenReader = (st, scratch, privatePost) => {
  if (st.policy.credentialModel !== null && scratch.creds !== null) {
    st.policy.credentialModel.detect(st, scratch.creds, privatePost, st.policy.credentialMinScore);
  }
};

/** The secrets that make a username a credential: its password, passcode or PIN. */
const LOGIN_SECRETS: ReadonlySet<string> = new Set([
  'credential.password',
  'credential.pass',
  'credential.passcode',
  'credential.pin',
]);

/**
 * A username is a credential only beside its secret: "username: jdoe1985 cannot
 * log in" alone is no finding (its span stays claimed, so it is not reread as
 * another value), "username jdoe1985, password …" is two.
 */
function dropLoneUsernames(st: DetectionState): RawFinding[] | null {
  const findings = st.findings;
  let usernames = 0;
  for (const f of findings) {
    if (f.detector === 'credential.username') usernames++;
    else if (LOGIN_SECRETS.has(f.detector)) return null;
  }
  if (usernames === 0) return null;
  const dropped: RawFinding[] = [];
  let w = 0;
  for (const f of findings) {
    if (f.detector !== 'credential.username') findings[w++] = f;
    else dropped.push(f);
  }
  findings.length = w;
  return dropped;
}

/** The shortest username a password read by the credential model brings back. */
const MIN_RESTORED_USERNAME = 5;

/**
 * "Hasło miałem Krakow1999!, login jnowak77": the password the credential model read
 * makes the usernames set aside credentials again.
 */
function restoreUsernames(st: DetectionState, dropped: RawFinding[]): void {
  const findings = st.findings;
  for (const f of findings) {
    if (f.type === ENTITY_INDEX.CREDENTIAL && f.detector.startsWith('model.')) {
      // "login 3al account" (Arabizi "on the account") is no handle: five characters at least.
      for (const u of dropped) if (u.end - u.start >= MIN_RESTORED_USERNAME) findings.push(u);
      return;
    }
  }
}

/** No numeric dates: a post without digits. */
const NO_DATES: readonly DateSpan[] = [];

/**
 * Runs the detectors over normalised text in a fixed order; each claims what it
 * recognises so later ones never reinterpret it: hard negatives first, then
 * keyword-anchored values, then structured values, then bare digit runs, and
 * then the runs still unread, by the digit-run model (digit-run-model.ts), and
 * last the tokens near a credential keyword still unread, by the credential
 * model (credential-model.ts).
 * Returns findings in normalised coordinates, sorted by start.
 */
export function detectEntities(
  s: string,
  policy: CompiledPolicy,
  scratch: ClassifierScratch,
  own?: OwnContacts,
  readUnreadRuns: UnreadRunReader = READ_WITH_MODEL,
  /** A private conversation (a direct message, a web chat with an agent). */
  privatePost = false,
  readUnreadTokens: UnreadTokenReader = READ_TOKENS_WITH_MODEL,
): readonly RawFinding[] {
  const scan = scratch.scan;
  // round 27: a chat transcript pasted as one private post ("Agent: …?\nMe: …").
  const transcript = privatePost && s.includes('\n') && mayHoldTranscript(s);
  if (!scan.hasDigit && !scan.hasAt && !transcript && !wordsOnlyFindingsPossible(policy, scan)) {
    return NO_FINDINGS;
  }
  const st = scratch.detectionFor(s, policy, own);
  if (scan.hasDigit) maskHardNegatives(st);
  // The customer's answers to the agent's questions, read by what was asked, before the
  // readers that would take a part of them ("CP 44 091 882", a policy's number).
  if (transcript) detectTranscriptAnswers(st);
  let setAside: RawFinding[] | null = null;
  if (scan.entityHits.count > 0) {
    detectCredentials(st);
    setAside = dropLoneUsernames(st);
  }
  if (scan.hasAt) detectEmails(st);
  // Spelled out ("jane [at] gmail [dot] com", "… at gmail.com"), or with a bracketed "(@)".
  if (st.sawDotWord() || (scan.hasAt && BRACKETED_AT.test(s))) detectObfuscatedEmails(st);
  if (scan.hasDigit) {
    detectIbans(st);
    const dates = findNumericDates(st);
    detectDatesOfBirth(st, dates);
    detectAddresses(st);
    detectKeyedIdentifiers(st);
    detectMistypedCards(st);
    st.numeric(st);
    if (spelledAccountPossible(st.policy, scan)) detectSpelledAccounts(st);
    detectSiblingAccounts(st);
    detectCardSecurityCodes(st);
    detectIdentityDates(st, dates);
    // round 27: "Me: 11/02/1978" on a line of its own in a private post of several lines.
    if (privatePost && s.includes('\n')) detectDateLines(st, dates);
    // "sure, March 3 1974", "it's 40017722": values given as answers to an agent.
    if (privatePost && s.length <= MAX_ANSWER_LENGTH) detectBareAnswers(st, dates);
    // Last: the numbers no rule read or set aside, read by the digit-run model.
    readUnreadRuns(st, scratch);
    st.unreadNumber = unreadNumber(st);
  } else if (st.ctxCount > 0) {
    // "my date of birth is june fourth nineteen fifty eight": a birth date said wholly in words.
    detectDatesOfBirth(st, NO_DATES);
    if (spelledAccountPossible(st.policy, scan)) detectSpelledAccounts(st);
    // "send it to four oh nine Elm Street, Dover, Delaware one nine nine oh one".
    if (spokenAddressPossible(st.policy, scan)) detectSpokenHouseNumbers(st);
  }
  // Last of all: the word-shaped secrets no rule read, by the credential model.
  if (scan.entityHits.count > 0) {
    readUnreadTokens(st, scratch, privatePost);
    if (setAside !== null) restoreUsernames(st, setAside);
  }
  const findings = st.findings;
  if (findings.length > 1) findings.sort((a, b) => a.start - b.start);
  return findings;
}
