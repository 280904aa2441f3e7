/**
 * Business-hours arithmetic on wall-clock time in an IANA time zone, with the
 * zone rules of the runtime's Intl data (so DST changes are exact: a window of
 * 01:00–05:00 on the night clocks spring forward lasts three real hours).
 * Pure: no Nest, no database, no clock.
 */

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface BusinessHours {
  /** IANA zone, e.g. America/New_York. */
  timezone: string;
  days: readonly Weekday[];
  /** HH:MM, 24 h, local time. */
  open: string;
  /** HH:MM, 24 h, local time; a window closing at or before it opens is empty. */
  close: string;
}

const WEEKDAY_BY_UTC_DAY: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** More than any zone's offset behind UTC (-12:00 today; -15:00 with room for old rules). */
const EARLIEST_OFFSET_MS = 15 * 3_600_000;
/** A search bound: a schedule with no open window in this many days is refused. */
const MAX_DAYS = 800;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timezone: string): Intl.DateTimeFormat {
  let f = formatters.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timezone, f);
  }
  return f;
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function localParts(ms: number, timezone: string): LocalParts {
  const out: Record<string, number> = {};
  for (const p of formatterFor(timezone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return {
    year: out.year,
    month: out.month,
    day: out.day,
    hour: out.hour,
    minute: out.minute,
    second: out.second,
  };
}

/** Local minus UTC, in ms, at the instant `ms`. */
function offsetAt(ms: number, timezone: string): number {
  const p = localParts(ms, timezone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant at which the wall clock of `timezone` shows the given local time.
 * A wall time inside a spring-forward gap does not exist; it is shifted
 * forward by the gap (02:30 on the change night becomes 03:30 daylight time).
 */
export function zonedTimeToUtc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timezone: string,
): Date {
  return new Date(zonedWallToUtc(year, month, day, hour, minute, timezone));
}

/**
 * zonedTimeToUtc in epoch ms, remembered: intake asks for the same few
 * business-day windows for every post, and each answer costs several Intl
 * formatting calls. Bounded: emptied when it holds MEMO_MAX answers.
 */
const wallMemo = new Map<string, number>();
const MEMO_MAX = 4096;

function zonedWallToUtc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timezone: string,
): number {
  const key = `${timezone} ${year} ${month} ${day} ${hour} ${minute}`;
  let ms = wallMemo.get(key);
  if (ms === undefined) {
    ms = computeZonedWallToUtc(year, month, day, hour, minute, timezone);
    if (wallMemo.size >= MEMO_MAX) wallMemo.clear();
    wallMemo.set(key, ms);
  }
  return ms;
}

function computeZonedWallToUtc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timezone: string,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = wall - offsetAt(wall, timezone);
  const second = wall - offsetAt(first, timezone);
  if (second === first) return first;
  // The two candidate offsets disagree: a DST change lies between them.
  const a = wall - offsetAt(second, timezone);
  return Math.max(a, second);
}

function parseHhMm(s: string): { hour: number; minute: number } {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(s);
  if (!m) throw new Error(`business hours: ${JSON.stringify(s)} is not HH:MM`);
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

/** The instant `minutes` of open business time after `start`. */
export function addBusinessMinutes(start: Date, minutes: number, hours: BusinessHours): Date {
  if (!Number.isFinite(minutes) || minutes < 0) throw new Error('minutes must be >= 0');
  const open = parseHhMm(hours.open);
  const close = parseHhMm(hours.close);
  const days = new Set(hours.days);
  let remaining = minutes * MINUTE_MS;
  const cursor = start.getTime();
  // Walk calendar days of the zone from a date no later than the local date
  // of `start` (no zone is more than 14 hours behind UTC): the windows of the
  // days before it end before `start` and are passed over.
  const day0 = Math.floor((cursor - EARLIEST_OFFSET_MS) / DAY_MS) * DAY_MS;
  for (let i = 0; i < MAX_DAYS + 2; i++) {
    const d = new Date(day0 + i * DAY_MS);
    const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
    if (!days.has(WEEKDAY_BY_UTC_DAY[d.getUTCDay()])) continue;
    const windowStart = zonedWallToUtc(y, m, dd, open.hour, open.minute, hours.timezone);
    const windowEnd = zonedWallToUtc(y, m, dd, close.hour, close.minute, hours.timezone);
    const from = Math.max(windowStart, cursor);
    if (from >= windowEnd) continue;
    if (remaining <= windowEnd - from) return new Date(from + remaining);
    remaining -= windowEnd - from;
  }
  throw new Error('business hours: no open window found; check the schedule');
}
