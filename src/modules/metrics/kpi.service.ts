import { Injectable } from '@nestjs/common';
import { Clock } from '../../platform/clock/clock';
import { PolicyService } from '../policy';
import {
  isKnownTimeZone,
  isoDays,
  rangeProblem,
  type BusinessSchedule,
  type Granularity,
  type KpiQuery,
} from './core/kpi-query';
import type { KpiResponseDto } from './dtos/kpi.dtos';
import { toKpiResponse } from './kpi.mapper';
import { KpiRepository } from './kpi.repository';
import { MetricsError, MetricsErrorCode } from './metrics.errors';

export interface KpiRequest {
  from: string;
  to: string;
  granularity?: Granularity;
  tz?: string;
  handle?: string;
  channel?: string;
}

/** Service KPIs for a range, per bucket and in total, aggregated in the database. */
@Injectable()
export class KpiService {
  constructor(
    private readonly repo: KpiRepository,
    private readonly policy: PolicyService,
    private readonly clock: Clock,
  ) {}

  /** The business-hours schedules of channels whose SLA clocks run in business hours only. */
  schedules(): BusinessSchedule[] {
    return this.policy.current.channels.channels
      .filter((c) => c.sla.businessHoursOnly)
      .map((c) => ({
        channel: c.id,
        tz: c.businessHours.timezone,
        days: isoDays(c.businessHours.days),
        open: c.businessHours.open,
        close: c.businessHours.close,
      }));
  }

  /** The zone a handle's figures default to: its channel's business-hours zone. */
  private defaultZone(handleId: string | undefined): string {
    if (!handleId) return 'UTC';
    const sets = this.policy.current.channels;
    const handle = (sets.handles ?? []).find((h) => h.id === handleId);
    const channel = handle && sets.channels.find((c) => c.id === handle.channel);
    return channel?.businessHours.timezone ?? 'UTC';
  }

  query(r: KpiRequest): KpiQuery {
    const granularity = r.granularity ?? 'day';
    const from = new Date(r.from);
    const to = new Date(r.to);
    const problem = rangeProblem(from, to, granularity);
    if (problem)
      throw new MetricsError(MetricsErrorCode.KPI_RANGE_INVALID, `Invalid range: ${problem}.`);
    const tz = r.tz ?? this.defaultZone(r.handle);
    if (!isKnownTimeZone(tz)) {
      throw new MetricsError(MetricsErrorCode.UNKNOWN_TIME_ZONE, 'Unknown time zone.');
    }
    return { from, to, granularity, tz, handleId: r.handle, channel: r.channel };
  }

  async kpis(r: KpiRequest): Promise<KpiResponseDto> {
    const q = this.query(r);
    const now = this.clock.now();
    // One after another: each is a single aggregate query; the pool is shared with the service.
    const buckets = await this.repo.buckets(q);
    const conversations = await this.repo.conversations(q, this.schedules());
    const sla = await this.repo.slaCompliance(q, now);
    const signoffs = await this.repo.signoffTurnaround(q);
    const offline = await this.repo.offlineRoutes(q);
    const complaints = await this.repo.complaints(q);
    const intents = await this.repo.volumesByIntent(q);
    const channels = await this.repo.volumesByChannel(q);
    const replies = await this.repo.replies(q);
    const csat = await this.repo.csat(q);
    return toKpiResponse(q, {
      buckets,
      conversations,
      sla,
      signoffs,
      offline,
      complaints,
      intents,
      channels,
      repliesByVersion: replies.byVersion,
      repliesByAgent: replies.byAgent,
      csat,
    });
  }
}
