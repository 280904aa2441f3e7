import { ApiProperty } from '@nestjs/swagger';
import { SignoffResponseDto } from './reply.dtos';
import { Type } from 'class-transformer';
import {
  IsDate,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Min,
} from 'class-validator';
import { PageQueryDto } from '../../../platform/http/pagination';
import { FreeText } from '../../../platform/validation/free-text';

export class SchedulePostDto {
  @ApiProperty({ example: 'x-news', description: 'A handle id of policies/channels.yaml' })
  @IsString()
  @Matches(/^[a-z][a-z0-9_-]{0,62}$/)
  handle!: string;

  @ApiProperty({ description: 'An approved template version' })
  @IsUUID()
  templateVersionId!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "Values of the version's declared variables; the library validates them",
  })
  @IsObject()
  variables!: Record<string, unknown>;

  @ApiProperty({ format: 'date-time' })
  @Type(() => Date)
  @IsDate()
  publishAt!: Date;
}

export class ScheduledPostIdDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

export class ReleasePostDto {
  @ApiProperty({ example: 2, description: 'The version of the post you read' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ required: false, maxLength: 1000, example: 'Rate still valid after the outage' })
  @IsOptional()
  @FreeText({ maxLength: 1000 })
  reason?: string;
}

export class CancelPostDto {
  @ApiProperty({ example: 2, description: 'The version of the post you read' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ maxLength: 1000, example: 'Rate changed during the outage' })
  @FreeText({ maxLength: 1000 })
  reason!: string;
}

const POST_STATUSES = [
  'pending_signoff',
  'scheduled',
  'held',
  'queued',
  'published',
  'failed',
  'cancelled',
  'rejected',
] as const;

export class ScheduledPostsQueryDto extends PageQueryDto {
  @ApiProperty({ required: false, enum: POST_STATUSES })
  @IsOptional()
  @IsIn(POST_STATUSES)
  status?: (typeof POST_STATUSES)[number];
}

export class ScheduledPostResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty() handle!: string;
  @ApiProperty() platform!: string;
  @ApiProperty() templateId!: string;
  @ApiProperty() templateVersionId!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) variables!: Record<string, unknown>;
  @ApiProperty() text!: string;
  @ApiProperty() policyVersion!: string;
  @ApiProperty({ format: 'date-time' }) publishAt!: string;
  @ApiProperty({ enum: POST_STATUSES }) status!: string;
  @ApiProperty({
    type: [String],
    description: 'Roles that sign before it may be published (replies.yaml, by handle purpose)',
  })
  requiredSignoffs!: string[];
  @ApiProperty() authorId!: string;
  @ApiProperty({ nullable: true, type: String }) platformMessageId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() version!: number;
}

export class ScheduledPostDetailResponseDto extends ScheduledPostResponseDto {
  @ApiProperty({ type: [SignoffResponseDto], description: 'Sign-offs so far, in decision order' })
  signoffs!: SignoffResponseDto[];
}
