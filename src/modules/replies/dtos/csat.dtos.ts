import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../platform/http/pagination';

export const CSAT_STATUSES = [
  'scheduled',
  'queued',
  'skipped',
  'answered',
  'expired',
  'failed',
] as const;

export class CsatQueryDto extends PageQueryDto {
  @ApiProperty({ required: false, enum: CSAT_STATUSES })
  @IsOptional()
  @IsIn(CSAT_STATUSES)
  status?: (typeof CSAT_STATUSES)[number];

  @ApiProperty({ required: false, description: 'The agent the survey is credited to' })
  @IsOptional()
  @MaxLength(200)
  @Matches(/^[\w.@:-]+$/, { message: 'must be a user id' })
  agent?: string;

  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  conversation?: string;
}

export class CsatResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty() conversationId!: string;
  @ApiProperty() handleId!: string;
  @ApiProperty() channel!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Who last answered the conversation' })
  agentId!: string | null;
  @ApiProperty({ enum: CSAT_STATUSES }) status!: string;
  @ApiProperty({ nullable: true, type: String, example: 'no_csat_template' })
  skipReason!: string | null;
  @ApiProperty({ format: 'date-time' }) resolvedAt!: string;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The survey reply' })
  replyId!: string | null;
  @ApiProperty({ nullable: true, type: String }) templateVersionId!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) sentAt!: string | null;
  @ApiProperty({ nullable: true, type: Number, minimum: 1, maximum: 5 }) score!: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'The inbound message that answered' })
  answerMessageId!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) answeredAt!: string | null;
  @ApiProperty() version!: number;
}
