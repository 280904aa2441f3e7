/**
 * Masks sensitive-looking values in anything that reaches a log line
 * (DESIGN invariant 6: sensitive values never appear in clear in logs).
 * Deliberately broad: a false positive in a log costs nothing, a leak costs a finding.
 */
const DIGIT_RUN = /\d(?:[ \-.]?\d){7,}/g; // 8+ digits, optionally separated: cards, accounts, SSN-like
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+/g;

export function redactText(text: string): string {
  return text
    .replace(EMAIL, '[email]')
    .replace(DIGIT_RUN, (run) => `[digits:${run.replace(/\D/g, '').length}]`);
}

/** Deep-copies a value with every string redacted; cycles and depth are bounded. */
export function redactValue(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return redactText(value);
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
  for (const [k, v] of Object.entries(value)) out[k] = redactValue(v, depth + 1, seen);
  return out;
}
