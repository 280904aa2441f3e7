import { createHash } from 'node:crypto';

/**
 * Whether a sent reply falls in the supervisory sample: a stable function of
 * its id (SHA-256, first 32 bits, in ten-thousandths), so every replica
 * samples the same replies and an examiner can recompute the sample.
 */
export function isSampled(replyId: string, percent: number): boolean {
  if (percent <= 0) return false;
  if (percent >= 100) return true;
  const n = createHash('sha256').update(replyId).digest().readUInt32BE(0) % 10_000;
  return n < Math.round(percent * 100);
}

/** The ISO 8601 week of a time, in UTC: `2026-W02`. */
export function isoWeek(at: Date): string {
  const d = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
