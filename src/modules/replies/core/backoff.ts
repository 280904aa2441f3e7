export interface BackoffPolicy {
  /** Delay before the second attempt. */
  baseMs: number;
  /** Longest delay between attempts. */
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 5_000, maxMs: 15 * 60_000 };

/**
 * When to try again after failed attempt number `attempt` (1-based):
 * exponential back-off with "equal jitter" (half fixed, half random), so
 * replicas retrying the same outage spread out, and never before a rate
 * limit's reset.
 */
export function nextAttemptAt(
  nowMs: number,
  attempt: number,
  policy: BackoffPolicy,
  random: () => number,
  resetAt?: Date,
): Date {
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  const delay = exp / 2 + (exp / 2) * Math.min(1, Math.max(0, random()));
  const at = nowMs + Math.round(delay);
  const reset = resetAt?.getTime();
  // A small spread after the reset too, so the queued rows do not all hit the window's first second.
  return new Date(reset !== undefined && reset > at ? reset + Math.round(random() * 1000) : at);
}
