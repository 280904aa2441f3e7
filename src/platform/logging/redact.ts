/**
 * Masks sensitive-looking values in anything that reaches a log line
 * (DESIGN invariant 6: sensitive values never appear in clear in logs).
 * Deliberately broad: a false positive in a log costs nothing, a leak costs a finding.
 *
 * Identifiers the service makes must survive, or a 500 cannot be found by the
 * request id its answer carried: UUIDs (request, entry, export and hold ids),
 * `sha256:` content hashes (policy versions), and the values of identifier
 * fields in structured metadata (`requestId`, `entryId`, …).
 */

// 8+ digits, each pair separated by at most three separator characters (space, tab,
// line break, dash, dot, slash): cards, accounts and SSN-like runs, however typed.
const DIGIT_RUN = String.raw`\d(?:[\s\-./]{0,3}\d){7,}`;
const EMAIL = String.raw`[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+`;
const UUID = String.raw`\b[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\b`;
const CONTENT_HASH = String.raw`\bsha256:[0-9a-f]{64}\b`;

// One pass, leftmost match first; at one position a kept identifier wins over a mask.
const SCAN = new RegExp(`(${UUID}|${CONTENT_HASH})|(${EMAIL})|(${DIGIT_RUN})`, 'g');

/** Metadata fields that carry identifiers; their values are kept when they look like one. */
export const IDENTIFIER_FIELDS: ReadonlySet<string> = new Set([
  'requestId',
  'entryId',
  'exportId',
  'holdId',
  'policyVersion',
]);
const SAFE_IDENTIFIER = /^[A-Za-z0-9._:-]{1,128}$/;

export function redactText(text: string): string {
  return text.replace(SCAN, (match, kept?: string, email?: string) => {
    if (kept) return match;
    if (email) return '[email]';
    return `[digits:${match.replace(/\D/g, '').length}]`;
  });
}

/** Deep-copies a value with every string redacted; cycles and depth are bounded. */
export function redactValue(
  value: unknown,
  depth = 0,
  seen = new WeakSet<object>(),
  key?: string,
): unknown {
  if (typeof value === 'string') {
    if (key !== undefined && IDENTIFIER_FIELDS.has(key) && SAFE_IDENTIFIER.test(value)) {
      return value;
    }
    return redactText(value);
  }
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1, seen));
  if (value instanceof Error) {
    return {
      name: value.name,
      message: redactText(value.message),
      stack: value.stack && redactText(value.stack),
    };
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = redactValue(v, depth + 1, seen, k);
  return out;
}
