import { ApiProperty } from '@nestjs/swagger';
import { FreeText } from '../../../platform/validation/free-text';

export class CrisisReasonDto {
  @ApiProperty({ maxLength: 1000, example: 'Card processing outage confirmed by operations' })
  @FreeText({ maxLength: 1000 })
  reason!: string;
}

export class CrisisStateResponseDto {
  @ApiProperty()
  active!: boolean;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  since!: string | null;

  @ApiProperty({ nullable: true, type: String })
  reason!: string | null;

  @ApiProperty({ nullable: true, type: String })
  startedBy!: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'When the last crisis ended',
  })
  endedAt!: string | null;
}
