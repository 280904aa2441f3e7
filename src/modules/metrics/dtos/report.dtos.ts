import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import { REPORT_NAMES, type ReportName } from '../reports/reports.repository';

export class ReportParamDto {
  @ApiProperty({ enum: REPORT_NAMES })
  @IsIn(REPORT_NAMES)
  name!: ReportName;
}

export class ReportQueryDto {
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

  @ApiPropertyOptional({ enum: ['csv', 'json'], default: 'csv' })
  @IsOptional()
  @IsIn(['csv', 'json'])
  format?: 'csv' | 'json';
}
