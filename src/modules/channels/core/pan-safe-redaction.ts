import type { DetectorsPolicySchema, EntityType, StorageTreatment } from '../../policy/core';
import { NEVER_SEALED } from '../../policy/core';

/** A classifier finding, as intake needs it (the value itself is never copied). */
export interface SensitiveSpan {
  type: EntityType;
  /** UTF-16 offsets into the text as received; `end` exclusive. */
  start: number;
  end: number;
  detector: string;
  /** The classifier's masked rendering, used in the stored text of sealed values. */
  preview: string;
}

export type RedactionAction = 'truncated' | 'removed' | 'masked';

/** One span of the stored text that replaced a sensitive value. */
export interface Redaction {
  type: EntityType;
  detector: string;
  /** UTF-16 offsets of the value in the text as received; `end` exclusive. */
  start: number;
  end: number;
  /** Where its replacement is in the stored (masked) text; `maskedEnd` exclusive. */
  maskedStart: number;
  maskedEnd: number;
  action: RedactionAction;
  policyVersion: string;
}

export interface ScreenedText {
  /** What may be stored, indexed, archived and shown in clear. */
  maskedText: string;
  /**
   * The original with card numbers truncated and credentials removed, to be
   * sealed under the data subject's key; null when nothing in it needs sealing.
   */
  sealableOriginal: string | null;
  redactions: Redaction[];
}

export type StorageTreatments = Readonly<Record<EntityType, StorageTreatment>>;

/** Detector id of the intake's own last check for card numbers the classifier let through. */
export const LUHN_BACKSTOP_DETECTOR = 'intake.luhn-backstop';

const DOT = '•';
const REMOVED = '[removed]';
const RANK: Record<StorageTreatment, number> = { seal: 0, truncate: 1, remove: 2 };
const ACTION: Record<StorageTreatment, RedactionAction> = {
  seal: 'masked',
  truncate: 'truncated',
  remove: 'removed',
};

/**
 * Storage treatment per entity type from detectors.yaml, with the safe default:
 * cards truncated, credentials removed, everything else sealed. A policy can
 * only make cards and credentials stricter (the schema refuses `seal` for them).
 */
export function storageTreatments(detectors: DetectorsPolicySchema): StorageTreatments {
  const out = {} as Record<EntityType, StorageTreatment>;
  for (const e of detectors.entities) {
    const fallback: StorageTreatment =
      e.type === 'CARD_NUMBER' ? 'truncate' : e.type === 'CREDENTIAL' ? 'remove' : 'seal';
    const chosen = e.storage ?? fallback;
    out[e.type] = chosen === 'seal' && NEVER_SEALED.includes(e.type) ? fallback : chosen;
  }
  for (const t of NEVER_SEALED) out[t] ??= t === 'CARD_NUMBER' ? 'truncate' : 'remove';
  return out;
}

const DECIMAL_DIGIT = /^\p{Nd}$/u;
const otherDigits = new Map<number, number>();

/**
 * The value of a decimal digit of any script (ASCII, full-width, Arabic-Indic,
 * Devanagari…), or -1. Unicode puts each script's digits 0–9 in a row, so the
 * value is the distance from the start of that row.
 */
function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10; // full-width digits
  if (c < 0x0660 || (c >= 0xd800 && c <= 0xdfff)) return -1;
  const known = otherDigits.get(c);
  if (known !== undefined) return known;
  let value = -1;
  if (DECIMAL_DIGIT.test(String.fromCharCode(c))) {
    let first = c;
    while (first > 0 && DECIMAL_DIGIT.test(String.fromCharCode(first - 1))) first--;
    value = (c - first) % 10;
  }
  otherDigits.set(c, value);
  return value;
}

/** Spaces of every width, invisible format characters (zero-width, soft hyphen), dashes, dots, slashes. */
const FILLER = /^[\s\p{Cf}\p{Pd}\u2212./\uff0e\uff0f\u30fb\u00b7]$/u;
/** At most this many filler characters between two digits of one number. */
const MAX_GAP = 4;

function isFiller(ch: string): boolean {
  return ch === ' ' || ch === '-' || ch === '.' || ch === '/' || FILLER.test(ch);
}

function lastFourDigits(text: string, start: number, end: number): string {
  let out = '';
  const normal = text.slice(start, end).normalize('NFKC');
  for (let i = normal.length - 1; i >= 0 && out.length < 4; i--) {
    const d = digitValue(normal.charCodeAt(i));
    if (d >= 0) out = String(d) + out;
  }
  return out;
}

const DOUBLED = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];

/**
 * Luhn checks of any window of a digit run in O(1): two prefix sums, one for
 * each parity of the doubled positions (the doubled ones are every second
 * digit counting from the window's right end).
 */
class LuhnWindows {
  private readonly evenDoubled: Int32Array;
  private readonly oddDoubled: Int32Array;

  constructor(values: readonly number[]) {
    this.evenDoubled = new Int32Array(values.length + 1);
    this.oddDoubled = new Int32Array(values.length + 1);
    for (let j = 0; j < values.length; j++) {
      const d = values[j];
      this.evenDoubled[j + 1] = this.evenDoubled[j] + (j % 2 === 0 ? DOUBLED[d] : d);
      this.oddDoubled[j + 1] = this.oddDoubled[j] + (j % 2 === 1 ? DOUBLED[d] : d);
    }
  }

  /** Whether values[start, end) passes Luhn. */
  valid(start: number, end: number): boolean {
    // The rightmost digit (end - 1) is not doubled; the one before it is.
    const sums = (end - 1) % 2 === 0 ? this.oddDoubled : this.evenDoubled;
    return (sums[end] - sums[start]) % 10 === 0;
  }
}

/**
 * Card-number-like runs the classifier did not report: 13–19 decimal digits
 * of any script, with gaps of up to four spaces, invisible characters, dashes,
 * dots or slashes between groups, passing Luhn. Linear: each character is visited a bounded number of times.
 */
export function luhnBackstop(text: string, covered: readonly SensitiveSpan[]): SensitiveSpan[] {
  const out: SensitiveSpan[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (digitValue(text.charCodeAt(i)) < 0) {
      i++;
      continue;
    }
    // One run: digits joined by single separators.
    const positions: number[] = [];
    const values: number[] = [];
    let j = i;
    while (j < n) {
      const d = digitValue(text.charCodeAt(j));
      if (d >= 0) {
        positions.push(j);
        values.push(d);
        j++;
        continue;
      }
      // A short gap of spaces, invisible characters, dashes, dots or slashes
      // between two digits does not end the number.
      let k = j;
      while (k < n && k - j < MAX_GAP && isFiller(text[k])) k++;
      if (k > j && k < n && digitValue(text.charCodeAt(k)) >= 0) {
        j = k;
        continue;
      }
      break;
    }
    // Every window of 13–19 digits; the longest valid one starting earliest wins.
    const windows = new LuhnWindows(values);
    let a = 0;
    while (a + 13 <= values.length) {
      let matched = 0;
      for (let len = Math.min(19, values.length - a); len >= 13; len--) {
        if (windows.valid(a, a + len)) {
          matched = len;
          break;
        }
      }
      if (matched === 0) {
        a++;
        continue;
      }
      const start = positions[a];
      const end = positions[a + matched - 1] + 1;
      // A run reported as a card already is handled; one reported as anything else
      // (an account number, say) is truncated too: the strictest treatment wins.
      if (!covered.some((c) => c.type === 'CARD_NUMBER' && c.start <= start && c.end >= end)) {
        out.push({
          type: 'CARD_NUMBER',
          start,
          end,
          detector: LUHN_BACKSTOP_DETECTOR,
          preview: '',
        });
      }
      a += matched;
    }
    i = j;
  }
  return out;
}

interface Span {
  start: number;
  end: number;
  type: EntityType;
  detector: string;
  preview: string;
  treatment: StorageTreatment;
}

/** Overlapping findings become one span with the strictest treatment among them. */
function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      const stricter = RANK[s.treatment] > RANK[last.treatment] ? s : last;
      out[out.length - 1] = { ...stricter, start: last.start, end: Math.max(last.end, s.end) };
    } else {
      out.push(s);
    }
  }
  return out;
}

function replacement(text: string, s: Span): string {
  switch (s.treatment) {
    case 'truncate': {
      const last4 = lastFourDigits(text, s.start, s.end);
      return last4.length === 4 ? `${DOT.repeat(4)} ${last4}` : DOT.repeat(4);
    }
    case 'remove':
      return REMOVED;
    case 'seal':
      return s.preview !== '' ? s.preview : DOT.repeat(4);
  }
}

/**
 * Screens a received text before anything stores it (PCI DSS 3.3.1, 3.4.1,
 * 4.2.2; PCI FAQ 1157). Card numbers are truncated to their last four digits
 * and credentials (CVV, PIN, passwords, one-time codes) removed in both the
 * stored text and the sealable original, so no key can bring them back; other
 * sensitive values are masked in the stored text and kept only in the sealable
 * original. Pure: the same input gives the same output.
 */
export function screenForStorage(
  text: string,
  findings: readonly SensitiveSpan[],
  treatments: StorageTreatments,
  policyVersion: string,
): ScreenedText {
  const all: SensitiveSpan[] = [...findings, ...luhnBackstop(text, findings)];
  const spans = mergeSpans(
    all
      .filter((f) => f.start >= 0 && f.end <= text.length && f.start < f.end)
      .map((f) => ({ ...f, treatment: treatments[f.type] ?? 'seal' })),
  );

  let masked = '';
  let original = '';
  let cursor = 0;
  let sealed = false;
  const redactions: Redaction[] = [];
  for (const s of spans) {
    const between = text.slice(cursor, s.start);
    masked += between;
    original += between;
    const repl = replacement(text, s);
    redactions.push({
      type: s.type,
      detector: s.detector,
      start: s.start,
      end: s.end,
      maskedStart: masked.length,
      maskedEnd: masked.length + repl.length,
      action: ACTION[s.treatment],
      policyVersion,
    });
    masked += repl;
    if (s.treatment === 'seal') {
      original += text.slice(s.start, s.end);
      sealed = true;
    } else {
      original += repl;
    }
    cursor = s.end;
  }
  masked += text.slice(cursor);
  original += text.slice(cursor);
  return { maskedText: masked, sealableOriginal: sealed ? original : null, redactions };
}
