/**
 * The shape of a KPI request and its limits, and the business-hours schedules
 * handed to the query. Pure: no Nest, no database.
 */

export const GRANULARITIES = ['hour', 'day', 'week'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** Longest range per granularity, in days (a bucket list stays small). */
export const MAX_RANGE_DAYS: Readonly<Record<Granularity, number>> = {
  hour: 31,
  day: 400,
  week: 800,
};

export interface KpiQuery {
  from: Date;
  to: Date;
  granularity: Granularity;
  tz: string;
  handleId?: string;
  /** A team (channels.yaml handles' `team`): its handles. */
  team?: string;
  /** The handles the figures are restricted to (the handle, or the team's handles); none: all. */
  handleIds?: string[];
  channel?: string;
}

/** What channels.yaml says about one channel's schedule, as the SQL function takes it. */
export interface BusinessSchedule {
  channel: string;
  tz: string;
  /** ISO weekdays, Monday 1 … Sunday 7. */
  days: number[];
  /** HH:MM local. */
  open: string;
  close: string;
}

const ISO_DAY: Readonly<Record<string, number>> = {
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};

export function isoDays(days: readonly string[]): number[] {
  return days.map((d) => ISO_DAY[d]).filter((n): n is number => n !== undefined);
}

/** True when `tz` names a zone the runtime knows (IANA names, e.g. America/New_York, UTC). */
export function isKnownTimeZone(tz: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(tz)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Why a range cannot be reported on, or null when it can. */
export function rangeProblem(from: Date, to: Date, granularity: Granularity): string | null {
  if (!(to.getTime() > from.getTime())) return '`to` must be after `from`';
  const days = (to.getTime() - from.getTime()) / 86_400_000;
  if (days > MAX_RANGE_DAYS[granularity]) {
    return `a ${granularity} breakdown covers at most ${MAX_RANGE_DAYS[granularity]} days`;
  }
  return null;
}
