import { dueTimes, earlier, higherPriority, raisedPriority, type ChannelSla } from './sla';

const targets = { urgent: 15, high: 60, normal: 240, low: 960 };
const hours = {
  timezone: 'America/New_York',
  days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const,
  open: '08:00',
  close: '18:00',
};

describe('SLA due times', () => {
  it('counts wall time on a 24/7 channel', () => {
    const sla: ChannelSla = {
      firstResponseMinutes: targets,
      resolutionMinutes: { ...targets, high: 1440 },
      businessHoursOnly: false,
      businessHours: hours,
    };
    const due = dueTimes(new Date('2026-01-10T17:00:00Z'), 'high', sla);
    expect(due.firstResponseDueAt.toISOString()).toBe('2026-01-10T18:00:00.000Z');
    expect(due.resolutionDueAt?.toISOString()).toBe('2026-01-11T17:00:00.000Z');
  });

  it('counts business hours where the channel says so, and has no resolution clock without a target', () => {
    const sla: ChannelSla = {
      firstResponseMinutes: targets,
      businessHoursOnly: true,
      businessHours: hours,
    };
    // Saturday: the clock starts Monday 08:00 EST (13:00Z)
    const due = dueTimes(new Date('2026-01-10T17:00:00Z'), 'urgent', sla);
    expect(due.firstResponseDueAt.toISOString()).toBe('2026-01-12T13:15:00.000Z');
    expect(due.resolutionDueAt).toBeNull();
  });

  it('orders priorities and raises one step', () => {
    expect(higherPriority('low', 'high')).toBe('high');
    expect(higherPriority('urgent', 'normal')).toBe('urgent');
    expect(raisedPriority('low')).toBe('normal');
    expect(raisedPriority('high')).toBe('urgent');
    expect(raisedPriority('urgent')).toBe('urgent');
    const a = new Date('2026-01-01T00:00:00Z');
    const b = new Date('2026-01-02T00:00:00Z');
    expect(earlier(a, b)).toBe(a);
    expect(earlier(null, b)).toBe(b);
    expect(earlier(b, null)).toBe(b);
  });
});
