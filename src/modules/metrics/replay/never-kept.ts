/**
 * Values the intake never kept (card numbers truncated, credentials removed:
 * PCI DSS 3.3.1, 3.4.1) cannot be re-detected by a replay: the stored text
 * and the sealed original both hold only their replacement. The redaction
 * record still says what was there (type, offsets in the text as received,
 * where its replacement is). A replay puts back, at exactly those offsets, a
 * synthetic value of the same type and length that the replaying classifier
 * recognises as that type, so the decision step sees the entity the
 * original decision saw. Pure: no Nest, no database.
 */
import { LUHN_BACKSTOP_DETECTOR } from '../../channels/core';

export interface RedactionRecord {
  type?: unknown;
  detector?: unknown;
  start?: unknown;
  end?: unknown;
  maskedStart?: unknown;
  maskedEnd?: unknown;
  action?: unknown;
}

/** What the replay classifier reports, as far as this needs it. */
export interface FoundEntity {
  type: string;
  start: number;
  end: number;
}

export type Rebuilt =
  | {
      ok: true;
      /** The text to classify: every never-kept value back at its place, at its original length. */
      text: string;
      /** Types put back from their redaction records. */
      injected: string[];
    }
  | { ok: false; reason: 'never_kept_value_unrecognised' | 'redaction_unreadable'; type?: string };

interface Span {
  type: string;
  detector: string;
  start: number;
  end: number;
  maskedStart: number | null;
  maskedEnd: number | null;
  neverKept: boolean;
}

const int = (v: unknown): number | null =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;

function spansOf(records: readonly RedactionRecord[]): Span[] | null {
  const out: Span[] = [];
  for (const r of records) {
    const start = int(r.start);
    const end = int(r.end);
    if (typeof r.type !== 'string' || start === null || end === null || end <= start) return null;
    out.push({
      type: r.type,
      detector: typeof r.detector === 'string' ? r.detector : '',
      start,
      end,
      maskedStart: int(r.maskedStart),
      maskedEnd: int(r.maskedEnd),
      neverKept: r.action === 'truncated' || r.action === 'removed',
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

const DIGITS = '0728163549271836405192';

function luhnCheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A Luhn-valid Visa-range number of `digits` digits (synthetic; no issuer). */
function cardDigits(digits: number): string {
  const body = ('4' + DIGITS).slice(0, digits - 1);
  return body + luhnCheckDigit(body);
}

/**
 * Card-shaped strings of exactly `length` characters, the commonest shapes
 * first: 16 digits before other counts; four-digit groups split by spaces,
 * by dashes, or one run of digits.
 */
function cardCandidates(length: number): string[] {
  const out: string[] = [];
  for (const digits of [16, 15, 14, 13, 17, 18, 19]) {
    const seps = length - digits;
    const d = cardDigits(digits);
    if (seps === 0) {
      out.push(d);
      continue;
    }
    if (seps < 1 || seps > Math.floor((digits - 1) / 4)) continue;
    for (const sep of [' ', '-']) {
      let s = '';
      for (let i = 0, groups = 0; i < d.length; i++) {
        s += d[i];
        if ((i + 1) % 4 === 0 && groups < seps && i < d.length - 1) {
          s += sep;
          groups++;
        }
      }
      out.push(s);
    }
  }
  return out;
}

/** Credential-shaped strings of exactly `length` characters: digits (PINs, codes), mixed, with symbols. */
function credentialCandidates(length: number): string[] {
  const mixed = 'Kq7vR2mX9pL4wZ8tN3';
  const symbols = 'Kq7!vR2#mX9$pL4%wZ';
  const rep = (s: string) => s.repeat(Math.ceil(length / s.length)).slice(0, length);
  return [rep('4729'), rep(mixed), rep(symbols), rep('47295813')];
}

function candidatesFor(type: string, length: number): string[] {
  if (type === 'CARD_NUMBER') return cardCandidates(length);
  if (type === 'CREDENTIAL') return credentialCandidates(length);
  return [];
}

/** Where each span's replacement is in the base text, and how long it is. */
function locate(
  base: string,
  sealed: boolean,
  spans: readonly Span[],
): Array<[number, number]> | null {
  const out: Array<[number, number]> = [];
  let delta = 0;
  for (const s of spans) {
    // In a sealed original, sealed values are there in full; never-kept ones are replaced.
    const keptInFull = sealed && !s.neverKept;
    let at: number;
    let len: number;
    if (keptInFull) {
      at = s.start + delta;
      len = s.end - s.start;
    } else if (!sealed && s.maskedStart !== null && s.maskedEnd !== null) {
      at = s.maskedStart;
      len = s.maskedEnd - s.maskedStart;
    } else if (s.maskedStart !== null && s.maskedEnd !== null) {
      at = s.start + delta;
      len = s.maskedEnd - s.maskedStart;
    } else {
      return null;
    }
    if (at < 0 || at + len > base.length) return null;
    out.push([at, len]);
    delta += len - (s.end - s.start);
  }
  return out;
}

/**
 * The text to replay: `base` (the sealed original when the subject's key
 * still opens it, else the stored masked text) with every never-kept value
 * replaced by a synthetic one of its type at its original offsets. Values
 * the intake's own Luhn backstop found were not seen by the classifier when
 * it decided, so their replacement stays as stored. `classify` is the
 * replaying classifier; a synthetic value it does not recognise as its type
 * makes the message not replayable rather than silently different.
 */
export function withNeverKeptValues(
  base: string,
  sealed: boolean,
  records: readonly RedactionRecord[] | undefined,
  classify: (text: string) => readonly FoundEntity[],
): Rebuilt {
  const spans = spansOf(records ?? []);
  if (spans === null) return { ok: false, reason: 'redaction_unreadable' };
  const todo = spans.filter((s) => s.neverKept && s.detector !== LUHN_BACKSTOP_DETECTOR);
  if (todo.length === 0) return { ok: true, text: base, injected: [] };
  const where = locate(base, sealed, spans);
  if (where === null) return { ok: false, reason: 'redaction_unreadable' };

  // Rebuild: each never-kept value gets a synthetic one of its original length.
  const choice = new Map<Span, number>(todo.map((s) => [s, 0]));
  const build = (): { text: string; at: Map<Span, [number, number]> } => {
    let text = '';
    let cursor = 0;
    const at = new Map<Span, [number, number]>();
    spans.forEach((s, i) => {
      const [from, len] = where[i];
      text += base.slice(cursor, from);
      const k = choice.get(s);
      const value =
        k === undefined
          ? base.slice(from, from + len)
          : (candidatesFor(s.type, s.end - s.start)[k] ?? base.slice(from, from + len));
      at.set(s, [text.length, text.length + value.length]);
      text += value;
      cursor = from + len;
    });
    return { text: text + base.slice(cursor), at };
  };
  for (;;) {
    const { text, at } = build();
    const found = classify(text);
    const missing = todo.find((s) => {
      const [a, z] = at.get(s) ?? [s.start, s.end];
      return !found.some((f) => f.type === s.type && f.start < z && f.end > a);
    });
    if (!missing) return { ok: true, text, injected: [...new Set(todo.map((s) => s.type))].sort() };
    const next = (choice.get(missing) ?? 0) + 1;
    if (next >= candidatesFor(missing.type, missing.end - missing.start).length) {
      return { ok: false, reason: 'never_kept_value_unrecognised', type: missing.type };
    }
    choice.set(missing, next);
  }
}
