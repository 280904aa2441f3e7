import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { PageQueryDto } from '../../../platform/http/pagination';
import { FreeText } from '../../../platform/validation/free-text';

export class ReviewIdDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

export class ReviewsQueryDto extends PageQueryDto {
  @ApiProperty({ required: false, enum: ['pending', 'reviewed'] })
  @IsOptional()
  @IsIn(['pending', 'reviewed'])
  status?: 'pending' | 'reviewed';
}

export class CoverageQueryDto {
  @ApiProperty({ format: 'date-time', example: '2026-01-01T00:00:00Z' })
  @Type(() => Date)
  @IsDate()
  from!: Date;

  @ApiProperty({ format: 'date-time', example: '2026-02-01T00:00:00Z' })
  @Type(() => Date)
  @IsDate()
  to!: Date;
}

export class ReviewReplyDto {
  @ApiProperty({ enum: ['ok', 'flag'], example: 'flag' })
  @IsIn(['ok', 'flag'])
  outcome!: 'ok' | 'flag';

  @ApiProperty({ required: false, maxLength: 1000, example: 'Tone too casual for a fee question.' })
  @IsOptional()
  @FreeText({ maxLength: 1000 })
  note?: string;

  @ApiProperty({ example: 1, description: 'The version of the review you read' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class ReviewResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty() replyId!: string;
  @ApiProperty() conversationId!: string;
  @ApiProperty() agentId!: string;
  @ApiProperty({ example: '2026-W02' }) week!: string;
  @ApiProperty({ format: 'date-time' }) sampledAt!: string;
  @ApiProperty({ enum: ['pending', 'reviewed'] }) status!: string;
  @ApiProperty({ nullable: true, enum: ['ok', 'flag'] }) outcome!: string | null;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ nullable: true, type: String }) reviewerId!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) reviewedAt!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty() templateVersionId!: string;
  @ApiProperty({ nullable: true, type: String }) platformMessageId!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) sentAt!: string | null;
  @ApiProperty() version!: number;
}

export class CoverageItemDto {
  @ApiProperty() agentId!: string;
  @ApiProperty({ example: '2026-W02' }) week!: string;
  @ApiProperty({ description: 'Sent replies that needed no sign-off' }) eligible!: number;
  @ApiProperty() sampled!: number;
  @ApiProperty() reviewed!: number;
  @ApiProperty() flagged!: number;
  @ApiProperty({ description: 'sampled ÷ eligible, 0..1' }) sampledShare!: number;
}

export class CoverageResponseDto {
  @ApiProperty({ type: [CoverageItemDto] }) items!: CoverageItemDto[];
  @ApiProperty({ description: 'REVIEW_SAMPLE_PERCENT in force' }) samplePercent!: number;
}
