import { Injectable } from '@nestjs/common';
import { Clock } from '../../platform/clock/clock';
import { PolicyService } from '../policy';
import type { KpiAggregates } from './core/kpi-aggregates';
import {
  isKnownTimeZone,
  rangeProblem,
  type BusinessSchedule,
  type Granularity,
  type KpiQuery,
} from './core/kpi-query';
import { mergePieces, planPieces, type DueToday } from './core/kpi-rollup';
import type { KpiResponseDto } from './dtos/kpi.dtos';
import { toKpiResponse } from './kpi.mapper';
import { KpiRepository } from './kpi.repository';
import { KpiRollupRepository } from './kpi-rollup.repository';
import { KpiRollupService } from './kpi-rollup.service';
import { MetricsError, MetricsErrorCode } from './metrics.errors';

export interface KpiRequest {
  from: string;
  to: string;
  granularity?: Granularity;
  tz?: string;
  handle?: string;
  team?: string;
  channel?: string;
}

const DAY_MS = 86_400_000;

/**
 * Service KPIs for a range, per bucket and in total. From the rollups when
 * the range and zone allow (whole UTC hours, or whole local days of a zone
 * with day rollups), else from the exact queries over the source rows.
 */
@Injectable()
export class KpiService {
  constructor(
    private readonly repo: KpiRepository,
    private readonly rollupRepo: KpiRollupRepository,
    private readonly rollups: KpiRollupService,
    private readonly policy: PolicyService,
    private readonly clock: Clock,
  ) {}

  /** The business-hours schedules of channels whose SLA clocks run in business hours only. */
  schedules(): BusinessSchedule[] {
    return this.rollups.schedules();
  }

  /** The handles a team owns (channels.yaml `handles[].team`). */
  teamHandles(team: string): string[] {
    return (this.policy.current.channels.handles ?? [])
      .filter((h) => h.team === team)
      .map((h) => h.id);
  }

  /** The zone figures default to: the business-hours zone of the handle's (or all the team's handles') channel. */
  private defaultZone(handleIds: string[] | undefined): string {
    if (!handleIds || handleIds.length === 0) return 'UTC';
    const sets = this.policy.current.channels;
    const zones = new Set(
      handleIds.map((id) => {
        const handle = (sets.handles ?? []).find((h) => h.id === id);
        const channel = handle && sets.channels.find((c) => c.id === handle.channel);
        return channel?.businessHours.timezone ?? 'UTC';
      }),
    );
    return zones.size === 1 ? [...zones][0] : 'UTC';
  }

  query(r: KpiRequest): KpiQuery {
    const granularity = r.granularity ?? 'day';
    const from = new Date(r.from);
    const to = new Date(r.to);
    const problem = rangeProblem(from, to, granularity);
    if (problem)
      throw new MetricsError(MetricsErrorCode.KPI_RANGE_INVALID, `Invalid range: ${problem}.`);
    let handleIds: string[] | undefined;
    if (r.team !== undefined) {
      const owned = this.teamHandles(r.team);
      if (owned.length === 0) {
        throw new MetricsError(MetricsErrorCode.UNKNOWN_TEAM, 'No handle belongs to that team.');
      }
      handleIds = r.handle === undefined ? owned : owned.filter((h) => h === r.handle);
    } else if (r.handle !== undefined) {
      handleIds = [r.handle];
    }
    const tz = r.tz ?? this.defaultZone(handleIds);
    if (!isKnownTimeZone(tz)) {
      throw new MetricsError(MetricsErrorCode.UNKNOWN_TIME_ZONE, 'Unknown time zone.');
    }
    return {
      from,
      to,
      granularity,
      tz,
      handleId: r.handle,
      team: r.team,
      handleIds,
      channel: r.channel,
    };
  }

  async kpis(r: KpiRequest): Promise<KpiResponseDto> {
    const q = this.query(r);
    const rolled = await this.fromRollups(q);
    if (rolled) return toKpiResponse(q, rolled, 'rollup');
    return toKpiResponse(q, await this.exact(q), 'exact');
  }

  /** The figures from the rollups, or null when the range or zone cannot be cut into rollup pieces. */
  async fromRollups(q: KpiQuery): Promise<KpiAggregates | null> {
    const now = this.clock.now();
    const windows = await this.rollupRepo.windows(q, q.granularity !== 'hour');
    const pieces = planPieces(q.tz, windows);
    if (!pieces) return null;
    const todayStart = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
    const read = await this.rollupRepo.read(q, pieces, now, todayStart);
    const bucketOf = (at: Date): Date => {
      let b = windows[0].bucket;
      for (const w of windows) if (w.start.getTime() <= at.getTime()) b = w.bucket;
      return b;
    };
    const dueToday: DueToday[] = read.dueToday.map((d) => ({
      bucket: bucketOf(d.bucket),
      priority: d.priority,
    }));
    return mergePieces(
      windows.map((w) => w.bucket),
      read.rows,
      dueToday,
      todayStart.toISOString().slice(0, 10),
    );
  }

  /** The exact figures from the source rows (the fallback, and the reference for the rollups). */
  async exact(q: KpiQuery): Promise<KpiAggregates> {
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
    return {
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
    };
  }

  /** The response for exact figures (tests and the benchmark compare it with the rollups'). */
  async exactResponse(r: KpiRequest): Promise<KpiResponseDto> {
    const q = this.query(r);
    return toKpiResponse(q, await this.exact(q), 'exact');
  }
}
