import { addBusinessMinutes, zonedTimeToUtc, type BusinessHours } from './business-hours';

const weekdays: BusinessHours = {
  timezone: 'America/New_York',
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  open: '08:00',
  close: '18:00',
};

describe('zonedTimeToUtc', () => {
  it('uses the offset in force on the day (EST in winter, EDT in summer)', () => {
    expect(zonedTimeToUtc(2026, 1, 15, 8, 0, 'America/New_York').toISOString()).toBe(
      '2026-01-15T13:00:00.000Z',
    );
    expect(zonedTimeToUtc(2026, 7, 15, 8, 0, 'America/New_York').toISOString()).toBe(
      '2026-07-15T12:00:00.000Z',
    );
    expect(zonedTimeToUtc(2026, 7, 15, 9, 30, 'Europe/Berlin').toISOString()).toBe(
      '2026-07-15T07:30:00.000Z',
    );
  });

  it('shifts a time inside the spring-forward gap forward by the gap', () => {
    // 2026-03-08 02:30 does not exist in New York; it becomes 03:30 EDT (07:30Z).
    expect(zonedTimeToUtc(2026, 3, 8, 2, 30, 'America/New_York').toISOString()).toBe(
      '2026-03-08T07:30:00.000Z',
    );
  });
});

describe('addBusinessMinutes', () => {
  it('counts inside one window', () => {
    // Tue 2026-01-06 10:00 EST = 15:00Z
    const due = addBusinessMinutes(new Date('2026-01-06T15:00:00Z'), 90, weekdays);
    expect(due.toISOString()).toBe('2026-01-06T16:30:00.000Z');
  });

  it('starts the clock at opening when work arrives before it, and skips closed days', () => {
    // Sat 2026-01-10 12:00 EST: nothing counts until Mon 08:00 EST (13:00Z)
    const due = addBusinessMinutes(new Date('2026-01-10T17:00:00Z'), 30, weekdays);
    expect(due.toISOString()).toBe('2026-01-12T13:30:00.000Z');
  });

  it('carries over a weekend that contains the spring DST change', () => {
    // Fri 2026-03-06 17:00 EST (22:00Z): 60 min on Friday, 60 on Monday from 08:00 EDT (12:00Z)
    const due = addBusinessMinutes(new Date('2026-03-06T22:00:00Z'), 120, weekdays);
    expect(due.toISOString()).toBe('2026-03-09T13:00:00.000Z');
  });

  it('carries over a weekend that contains the autumn DST change', () => {
    // Fri 2026-10-30 17:30 EDT (21:30Z): 30 min Friday, then Mon 08:00 EST (13:00Z) + 30
    const due = addBusinessMinutes(new Date('2026-10-30T21:30:00Z'), 60, weekdays);
    expect(due.toISOString()).toBe('2026-11-02T13:30:00.000Z');
  });

  it('counts real elapsed time in a window that spans the clock change', () => {
    const night: BusinessHours = {
      timezone: 'America/New_York',
      days: ['sun', 'mon'],
      open: '01:00',
      close: '05:00',
    };
    // Sun 2026-03-08 01:00 EST = 06:00Z; 05:00 EDT = 09:00Z: three real hours.
    const start = new Date('2026-03-08T06:00:00Z');
    expect(addBusinessMinutes(start, 180, night).toISOString()).toBe('2026-03-08T09:00:00.000Z');
    // 20 more minutes fall on Monday 01:00 EDT (05:00Z).
    expect(addBusinessMinutes(start, 200, night).toISOString()).toBe('2026-03-09T05:20:00.000Z');
  });

  it('refuses a schedule with no open window', () => {
    const never: BusinessHours = { ...weekdays, open: '18:00', close: '08:00' };
    expect(() => addBusinessMinutes(new Date('2026-01-06T15:00:00Z'), 10, never)).toThrow(
      /no open window/,
    );
  });
});
