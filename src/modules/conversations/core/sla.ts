import { addBusinessMinutes, type BusinessHours } from './business-hours';

export type Priority = 'low' | 'normal' | 'high' | 'urgent';
export const PRIORITY_ORDER: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];

export type PriorityTargets = Readonly<Record<Priority, number>>;

/** What channels.yaml says about one channel kind's clocks. */
export interface ChannelSla {
  firstResponseMinutes: PriorityTargets;
  resolutionMinutes?: PriorityTargets;
  businessHoursOnly: boolean;
  businessHours: BusinessHours;
}

export interface DueTimes {
  firstResponseDueAt: Date;
  resolutionDueAt: Date | null;
}

function after(start: Date, minutes: number, sla: ChannelSla): Date {
  return sla.businessHoursOnly
    ? addBusinessMinutes(start, minutes, sla.businessHours)
    : new Date(start.getTime() + minutes * 60_000);
}

/** Due times of a conversation that started at `start` with `priority`. */
export function dueTimes(start: Date, priority: Priority, sla: ChannelSla): DueTimes {
  return {
    firstResponseDueAt: after(start, sla.firstResponseMinutes[priority], sla),
    resolutionDueAt: sla.resolutionMinutes
      ? after(start, sla.resolutionMinutes[priority], sla)
      : null,
  };
}

export function higherPriority(a: Priority, b: Priority): Priority {
  return PRIORITY_ORDER.indexOf(a) >= PRIORITY_ORDER.indexOf(b) ? a : b;
}

/** One step up, `urgent` staying `urgent` (a breach escalates). */
export function raisedPriority(p: Priority): Priority {
  return PRIORITY_ORDER[Math.min(PRIORITY_ORDER.indexOf(p) + 1, PRIORITY_ORDER.length - 1)];
}

/** The earlier of two due times; null means no clock. */
export function earlier(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a.getTime() <= b.getTime() ? a : b;
}
