import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Matches, Min } from 'class-validator';
import { PageQueryDto } from '../../../platform/http/pagination';
import { FreeText } from '../../../platform/validation/free-text';

export class ConversationIdDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

export class ReplyIdDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

/**
 * A draft names an approved template version and its variables' values; there
 * is deliberately no text field (DESIGN invariant 1), and unknown fields are refused.
 */
export class CreateReplyDto {
  @ApiProperty({ description: 'An approved, in-review template version' })
  @IsUUID()
  templateVersionId!: string;

  @ApiProperty({
    required: false,
    example: 'dm',
    description: 'A channels.yaml id; the conversation’s by default',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z][a-z0-9_-]{0,62}$/)
  channel?: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      "Values of the version's declared variables, validated and screened by the library",
  })
  @IsObject()
  variables!: Record<string, unknown>;

  @ApiProperty({ required: false, enum: ['public', 'private'] })
  @IsOptional()
  @IsIn(['public', 'private'])
  visibility?: 'public' | 'private';

  @ApiProperty({ description: 'The conversation version the draft is based on' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class SignoffDto {
  @ApiProperty({ enum: ['approve', 'reject'], example: 'reject' })
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  @ApiProperty({
    required: false,
    maxLength: 1000,
    description: 'Required to reject',
    example: 'Acknowledge the fee dispute explicitly.',
  })
  @IsOptional()
  @FreeText({ maxLength: 1000 })
  reason?: string;
}

export class WithdrawReplyDto {
  @ApiProperty({ example: 1, description: 'The version of the reply you read' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ required: false, maxLength: 1000, example: 'Customer called instead' })
  @IsOptional()
  @FreeText({ maxLength: 1000 })
  reason?: string;
}

export class SignoffQueueQueryDto extends PageQueryDto {}

export class SuggestionsQueryDto {
  @ApiProperty({ required: false })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z][a-z0-9_-]{0,62}$/)
  channel?: string;

  @ApiProperty({ required: false, enum: ['public', 'private'] })
  @IsOptional()
  @IsIn(['public', 'private'])
  visibility?: 'public' | 'private';
}

export class ReplyResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty() conversationId!: string;
  @ApiProperty({
    enum: ['pending_signoff', 'approved', 'queued', 'sent', 'failed', 'rejected', 'withdrawn'],
  })
  status!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: [String], description: 'Roles that must sign, in policy order' })
  requiredSignoffs!: string[];
  @ApiProperty() templateId!: string;
  @ApiProperty() templateVersionId!: string;
  @ApiProperty() purpose!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) variables!: Record<string, unknown>;
  @ApiProperty() channel!: string;
  @ApiProperty({ enum: ['public', 'private'] }) visibility!: string;
  @ApiProperty() handle!: string;
  @ApiProperty() policyVersion!: string;
  @ApiProperty({ type: [String] }) ruleIds!: string[];
  @ApiProperty() authorId!: string;
  @ApiProperty({ nullable: true, type: String }) platformMessageId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) sentAt!: string | null;
  @ApiProperty() version!: number;
}

export class SignoffResponseDto {
  @ApiProperty() role!: string;
  @ApiProperty() signerId!: string;
  @ApiProperty({ enum: ['approve', 'reject'] }) decision!: string;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ format: 'date-time' }) decidedAt!: string;
}

/** One reply of a conversation (`GET /v1/conversations/:id/replies`). */
export class ConversationReplyDto extends ReplyResponseDto {
  @ApiProperty({ description: 'Who drafted it (the same as authorId)' }) createdBy!: string;
  @ApiProperty({ type: [SignoffResponseDto], description: 'Sign-offs so far, in decision order' })
  signoffs!: SignoffResponseDto[];
}

export class ConversationRepliesQueryDto extends PageQueryDto {}

export class AttemptResponseDto {
  @ApiProperty() attempt!: number;
  @ApiProperty() transport!: string;
  @ApiProperty() outcome!: string;
  @ApiProperty({ nullable: true, type: String }) errorCode!: string | null;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ format: 'date-time' }) finishedAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) nextAttemptAt!: string | null;
}

export class ReplyDetailResponseDto extends ReplyResponseDto {
  @ApiProperty({ type: [SignoffResponseDto] }) signoffs!: SignoffResponseDto[];
  @ApiProperty({ type: [AttemptResponseDto] }) attempts!: AttemptResponseDto[];
  @ApiProperty({ nullable: true, type: String, description: 'The outbox row’s status' })
  delivery!: string | null;
}

export class QueueMessageDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['inbound', 'outbound'] }) direction!: string;
  @ApiProperty({ description: 'Always the masked form' }) text!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
}

export class SignoffQueueItemDto {
  @ApiProperty({
    enum: ['reply', 'scheduled_post'],
    description:
      'A reply draft (sign with POST /v1/replies/:id/signoffs) or a scheduled post (POST /v1/scheduled-posts/:id/signoffs)',
  })
  kind!: 'reply' | 'scheduled_post';
  @ApiProperty({ nullable: true, type: String, description: 'Set when kind is reply' })
  replyId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Set when kind is scheduled_post' })
  scheduledPostId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Set when kind is reply' })
  conversationId!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The handle a scheduled post goes out on',
  })
  handle!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'When a scheduled post is to be published',
  })
  publishAt!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty() templateVersionId!: string;
  @ApiProperty() purpose!: string;
  @ApiProperty({ type: [String] }) requiredSignoffs!: string[];
  @ApiProperty({ description: 'The role whose sign-off comes next' }) nextRole!: string;
  @ApiProperty({ type: [String], description: 'The rules that asked for sign-off' })
  ruleIds!: string[];
  @ApiProperty() policyVersion!: string;
  @ApiProperty() authorId!: string;
  @ApiProperty({
    format: 'date-time',
    description:
      'When the conversation was due (first response, or resolution once answered); a scheduled post’s publication time',
  })
  dueAt!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() version!: number;
  @ApiProperty({
    type: [QueueMessageDto],
    description: 'The conversation’s masked messages (none for a scheduled post)',
  })
  messages!: QueueMessageDto[];
}

export class SuggestionDto {
  @ApiProperty() templateId!: string;
  @ApiProperty() templateVersionId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() purpose!: string;
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'The variables’ form' })
  variables!: unknown[];
  @ApiProperty({ nullable: true, type: String, description: 'Rendered with the declared examples' })
  preview!: string | null;
}

export class SuggestionsResponseDto {
  @ApiProperty({ type: [SuggestionDto] }) items!: SuggestionDto[];
  @ApiProperty({
    nullable: true,
    type: [String],
    description: 'Purposes allowed here (crisis mode, offline routing)',
  })
  allowedPurposes!: string[] | null;
}
