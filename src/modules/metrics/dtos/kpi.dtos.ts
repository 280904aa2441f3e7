import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { GRANULARITIES, type Granularity } from '../core/kpi-query';

const ID = /^[A-Za-z0-9_.:@-]{1,200}$/;

export class KpiQueryDto {
  @ApiProperty({
    description: 'Start of the range (inclusive), ISO 8601',
    example: '2026-01-01T00:00:00Z',
  })
  @IsISO8601({ strict: true })
  from!: string;

  @ApiProperty({
    description: 'End of the range (exclusive), ISO 8601',
    example: '2026-02-01T00:00:00Z',
  })
  @IsISO8601({ strict: true })
  to!: string;

  @ApiPropertyOptional({ enum: GRANULARITIES, default: 'day' })
  @IsOptional()
  @IsIn(GRANULARITIES)
  granularity?: Granularity;

  @ApiPropertyOptional({
    description:
      "IANA time zone of the buckets; default the handle's business-hours zone when `handle` is given, else UTC",
    example: 'America/New_York',
  })
  @IsOptional()
  @Matches(/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/)
  tz?: string;

  @ApiPropertyOptional({ description: 'A handle id (channels.yaml)', example: 'x-help' })
  @IsOptional()
  @Matches(ID)
  handle?: string;

  @ApiPropertyOptional({
    description:
      "A team (channels.yaml handles' `team`): the figures of the handles it owns; with `handle`, that handle if the team owns it",
    example: 'social-care',
  })
  @IsOptional()
  @Matches(ID)
  team?: string;

  @ApiPropertyOptional({ description: 'A channel kind (channels.yaml)', example: 'x' })
  @IsOptional()
  @Matches(ID)
  channel?: string;
}

export class PercentilesDto {
  @ApiProperty({ description: 'How many conversations the percentiles are over' })
  count!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Median, seconds' })
  p50Seconds!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '90th percentile, seconds' })
  p90Seconds!: number | null;
}

export class SlaComplianceDto {
  @ApiProperty({
    description: 'Conversations whose first-response clock has ended (answered or past due)',
  })
  measured!: number;
  @ApiProperty({ description: 'Of those, answered at or before the due time' })
  withinTarget!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'withinTarget / measured' })
  share!: number | null;
}

export class BreachesDto {
  @ApiProperty() firstResponse!: number;
  @ApiProperty() resolution!: number;
}

export class OfflineRouteDto {
  @ApiProperty() method!: string;
  @ApiProperty({ description: 'resolved, unreachable, declined, escalated, or open' })
  outcome!: string;
  @ApiProperty() count!: number;
}

export class ComplaintCountsDto {
  @ApiProperty() opened!: number;
  @ApiProperty() acknowledged!: number;
  @ApiProperty() closed!: number;
}

export class ReplyCountsDto {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } })
  byTemplateVersion!: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } })
  byAgent!: Record<string, number>;
}

export class CsatDto {
  @ApiProperty({ description: 'Satisfaction surveys sent in the bucket' }) sent!: number;
  @ApiProperty({ description: 'Of those, answered with a score' }) answered!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'answered / sent' })
  responseRate!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Average score, 1–5' })
  averageScore!: number | null;
}

// The maps' value schemas are referenced by name, so they are registered explicitly.
@ApiExtraModels(SlaComplianceDto, PercentilesDto)
export class KpiFiguresDto {
  @ApiProperty() conversationsOpened!: number;
  @ApiProperty({ type: PercentilesDto }) firstResponse!: PercentilesDto;
  @ApiProperty({ type: PercentilesDto }) resolution!: PercentilesDto;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(SlaComplianceDto) },
  })
  slaCompliance!: Record<string, SlaComplianceDto>;
  @ApiProperty({ type: BreachesDto }) breaches!: BreachesDto;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(PercentilesDto) },
  })
  signoffTurnaround!: Record<string, PercentilesDto>;
  @ApiProperty({ type: [OfflineRouteDto] }) offlineRoutes!: OfflineRouteDto[];
  @ApiProperty({ type: ComplaintCountsDto }) complaints!: ComplaintCountsDto;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } })
  volumesByIntent!: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } })
  volumesByChannel!: Record<string, number>;
  @ApiProperty({ type: ReplyCountsDto }) replies!: ReplyCountsDto;
  @ApiProperty({ type: CsatDto, description: 'Surveys by the time they were sent' }) csat!: CsatDto;
}

export class KpiBucketDto extends KpiFiguresDto {
  @ApiProperty({ description: 'Local start of the bucket, as an instant' }) start!: string;
}

export class KpiResponseDto {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty() tz!: string;
  @ApiProperty({ enum: GRANULARITIES }) granularity!: Granularity;
  @ApiProperty({ type: String, nullable: true }) handle!: string | null;
  @ApiProperty({ type: String, nullable: true }) team!: string | null;
  @ApiProperty({ type: String, nullable: true }) channel!: string | null;
  @ApiProperty({
    enum: ['rollup', 'exact'],
    description:
      'rollup: from the incrementally maintained rollups (counts exact, percentiles within 2.2 % or 1 s); exact: from the source rows (a range not on whole UTC hours, or a zone whose offset is not whole hours and has no day rollups)',
  })
  source!: 'rollup' | 'exact';
  @ApiProperty({ type: [KpiBucketDto] }) buckets!: KpiBucketDto[];
  @ApiProperty({ type: KpiFiguresDto }) total!: KpiFiguresDto;
}
