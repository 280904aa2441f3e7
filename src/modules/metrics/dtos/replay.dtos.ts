import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';

export class CreateReplayDto {
  @ApiProperty({
    description: 'Start of the period (inclusive), ISO 8601',
    example: '2026-01-01T00:00:00Z',
  })
  @IsISO8601({ strict: true })
  from!: string;

  @ApiProperty({
    description: 'End of the period (exclusive), ISO 8601',
    example: '2026-02-01T00:00:00Z',
  })
  @IsISO8601({ strict: true })
  to!: string;

  @ApiPropertyOptional({
    description:
      'Replay under this policy version (sha256:…, or `current`) instead of the one each decision cited: what a policy change would have changed',
    example: 'current',
  })
  @IsOptional()
  @Matches(/^(current|sha256:[0-9a-f]{64})$/)
  policyVersion?: string;
}

export class ReplayIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

export class ReplayRunDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() requestedBy!: string;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null: each decision’s cited version' })
  policyVersion!: string | null;
  @ApiProperty({ enum: ['queued', 'running', 'done', 'failed'] }) status!: string;
  @ApiProperty({ description: 'Archived inbound messages in the period' }) total!: number;
  @ApiProperty({ description: 'Messages replayed so far' }) processed!: number;
  @ApiProperty({ type: Object, nullable: true }) summary!: unknown;
  @ApiProperty({
    type: Object,
    nullable: true,
    description: 'When done: every differing decision, every message not replayable and why',
  })
  result!: unknown;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) finishedAt!: string | null;
}
