import { Injectable } from '@nestjs/common';
import { PolicyService } from '../policy';
import type { ChannelSla } from './core/sla';

/** The SLA of each channel kind, read from the policy set in force (channels.yaml). */
@Injectable()
export class SlaPolicy {
  constructor(private readonly policy: PolicyService) {}

  /** Undefined for a channel kind the policy does not define: no clock then. */
  forChannel(channel: string): ChannelSla | undefined {
    const c = this.policy.current.channels.channels.find((x) => x.id === channel);
    if (!c) return undefined;
    return {
      firstResponseMinutes: c.sla.firstResponseMinutes,
      resolutionMinutes: c.sla.resolutionMinutes,
      businessHoursOnly: c.sla.businessHoursOnly,
      businessHours: c.businessHours,
    };
  }
}
