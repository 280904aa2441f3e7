import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsUUID,
  Matches,
  Min,
  ValidateIf,
} from 'class-validator';
import { PageQueryDto } from '../../../platform/http/pagination';
import { FreeText } from '../../../platform/validation/free-text';
import { CONVERSATION_STATUSES, type ConversationStatus } from '../core/conversation-status';
import { PRIORITY_ORDER, type Priority } from '../core/sla';
import {
  COMPLAINT_KINDS,
  OFFLINE_METHODS,
  OFFLINE_OUTCOMES,
  type ComplaintKind,
  type OfflineMethod,
  type OfflineOutcome,
} from '../conversations.types';

/** `a,b` or repeated `?x=a&x=b` → ['a', 'b']. */
const toList = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.split(',').filter((v) => v.length > 0) : value;

const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

const ID = /^[A-Za-z0-9_.:@-]{1,200}$/;

export class ConversationIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

export class MessageIdParamDto extends ConversationIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  messageId!: string;
}

export class ListConversationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'One status or several, comma separated',
    enum: CONVERSATION_STATUSES,
    isArray: true,
  })
  @IsOptional()
  @Transform(toList)
  @ArrayMaxSize(CONVERSATION_STATUSES.length)
  @IsIn(CONVERSATION_STATUSES, { each: true })
  status?: ConversationStatus[];

  @ApiPropertyOptional({ description: 'Handle id (channels.yaml)', example: 'x-help' })
  @IsOptional()
  @Matches(ID)
  handle?: string;

  @ApiPropertyOptional({ description: 'Channel kind', example: 'x' })
  @IsOptional()
  @Matches(ID)
  channel?: string;

  @ApiPropertyOptional({ description: 'An intent id', example: 'complaint' })
  @IsOptional()
  @Matches(ID)
  intent?: string;

  @ApiPropertyOptional({ enum: PRIORITY_ORDER, isArray: true, description: 'Comma separated' })
  @IsOptional()
  @Transform(toList)
  @ArrayMaxSize(PRIORITY_ORDER.length)
  @IsIn(PRIORITY_ORDER, { each: true })
  priority?: Priority[];

  @ApiPropertyOptional({ description: '`me`, `none` (unassigned) or a user id', example: 'me' })
  @IsOptional()
  @Matches(ID)
  assignee?: string;

  @ApiPropertyOptional({ description: 'Only conversations whose SLA was (or was not) breached' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  breached?: boolean;
}

export class AssignConversationDto {
  @ApiPropertyOptional({
    description: 'The user to assign; the caller when absent; null unassigns',
    nullable: true,
    example: 'agent-7',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(ID)
  assigneeId?: string | null;

  @ApiPropertyOptional({ description: 'Why (screened: no sensitive values)', maxLength: 500 })
  @IsOptional()
  @FreeText({ maxLength: 500 })
  reason?: string;

  @ApiProperty({ description: 'The version the caller read', example: 3 })
  @IsInt()
  @Min(1)
  version!: number;
}

export class TransitionConversationDto {
  @ApiProperty({ enum: CONVERSATION_STATUSES, example: 'awaiting_reply' })
  @IsIn(CONVERSATION_STATUSES)
  to!: ConversationStatus;

  @ApiPropertyOptional({ description: 'Why (screened: no sensitive values)', maxLength: 500 })
  @IsOptional()
  @FreeText({ maxLength: 500 })
  reason?: string;

  @ApiProperty({ description: 'The version the caller read', example: 3 })
  @IsInt()
  @Min(1)
  version!: number;
}

export class ReadOriginalDto {
  @ApiProperty({
    description: 'Why the original is needed; archived with the read (screened)',
    maxLength: 500,
    example: 'Member disputes a charge; verifying the account number they sent',
  })
  @FreeText({ maxLength: 500 })
  @Matches(/\S{2,}/, { message: 'reason must say why' })
  reason!: string;
}

export class RouteOfflineDto {
  @ApiProperty({ enum: OFFLINE_METHODS, example: 'phone_callback' })
  @IsIn(OFFLINE_METHODS)
  method!: OfflineMethod;

  @ApiProperty({ description: 'The version the caller read', example: 3 })
  @IsInt()
  @Min(1)
  version!: number;
}

export class CloseOfflineCaseDto {
  @ApiProperty({ enum: OFFLINE_OUTCOMES, example: 'resolved' })
  @IsIn(OFFLINE_OUTCOMES)
  outcome!: OfflineOutcome;

  @ApiPropertyOptional({
    description: 'A short note (screened: no sensitive values)',
    maxLength: 1000,
  })
  @IsOptional()
  @FreeText({ maxLength: 1000 })
  note?: string;

  @ApiPropertyOptional({ description: 'The conversation version the caller read, if checked' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class ListComplaintsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: COMPLAINT_KINDS })
  @IsOptional()
  @IsIn(COMPLAINT_KINDS)
  kind?: ComplaintKind;

  @ApiPropertyOptional({ description: 'Handle id' })
  @IsOptional()
  @Matches(ID)
  handle?: string;

  @ApiPropertyOptional({ description: 'Channel kind' })
  @IsOptional()
  @Matches(ID)
  channel?: string;

  @ApiPropertyOptional({ enum: ['open', 'closed'] })
  @IsOptional()
  @IsIn(['open', 'closed'])
  state?: 'open' | 'closed';

  @ApiPropertyOptional({ description: 'Detected at or after (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Detected before (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'Or send Accept: text/csv' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

// ---- responses ----------------------------------------------------------------------------

export class DecisionDto {
  @ApiProperty({ example: ['route_offline'] })
  actions!: string[];
  @ApiProperty({ enum: PRIORITY_ORDER })
  priority!: Priority;
  @ApiProperty({ example: ['rule.account.sensitive-data'] })
  ruleIds!: string[];
  @ApiProperty({ example: 'sha256:…' })
  policyVersion!: string;
  @ApiProperty({ example: [] })
  signoffRoles!: string[];
}

export class ConversationResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CONVERSATION_STATUSES }) status!: ConversationStatus;
  @ApiProperty({ enum: PRIORITY_ORDER }) priority!: Priority;
  @ApiProperty() accountSpecific!: boolean;
  @ApiProperty() sensitive!: boolean;
  @ApiProperty({ description: 'Send it back with every write (409 CONFLICT when stale)' })
  version!: number;
  @ApiProperty() handleId!: string;
  @ApiProperty() platform!: string;
  @ApiProperty() channel!: string;
  @ApiProperty() threadKey!: string;
  @ApiProperty({ example: ['account_specific'] }) intents!: string[];
  @ApiProperty({ description: 'Policy said route_offline: it cannot be resolved before routing' })
  routeOfflineRequired!: boolean;
  @ApiProperty({ type: DecisionDto }) decision!: DecisionDto;
  @ApiProperty({ nullable: true, type: String }) assigneeId!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty() lastMessageAt!: string;
  @ApiProperty({ nullable: true, type: String }) firstResponseDueAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) resolutionDueAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) firstResponseAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) resolvedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) closedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) routedOfflineAt!: string | null;
  @ApiProperty({ description: 'A first-response or resolution clock ran out' }) breached!: boolean;
  @ApiProperty({ nullable: true, type: String }) firstResponseBreachedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) resolutionBreachedAt!: string | null;
}

export class RedactionDto {
  @ApiProperty({ example: 'CARD_NUMBER' }) type!: string;
  @ApiProperty({ example: 'card.luhn' }) detector!: string;
  @ApiProperty() start!: number;
  @ApiProperty() end!: number;
  @ApiProperty({ enum: ['truncated', 'removed', 'masked'] }) action!: string;
}

export class MessageResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['inbound', 'outbound'] }) direction!: string;
  @ApiProperty({ description: 'Always the masked text' }) text!: string;
  @ApiProperty({ enum: ['public', 'private'] }) visibility!: string;
  @ApiProperty({ nullable: true, type: String }) externalId!: string | null;
  @ApiProperty() authorId!: string;
  @ApiProperty({ nullable: true, type: String }) authorHandle!: string | null;
  @ApiProperty({ nullable: true, type: String }) authorName!: string | null;
  @ApiProperty({ nullable: true, type: String }) inReplyTo!: string | null;
  @ApiProperty() occurredAt!: string;
  @ApiProperty() recordedAt!: string;
  @ApiProperty({ description: 'A sealed original exists (readable with read_unredacted)' })
  hasSealedOriginal!: boolean;
  @ApiProperty({ type: [RedactionDto] }) redactions!: RedactionDto[];
  @ApiProperty({ example: ['account_specific'] }) intents!: string[];
  @ApiProperty({ type: DecisionDto, nullable: true }) decision!: DecisionDto | null;
}

export class OfflineCaseResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'CS-4821-9937' }) caseRef!: string;
  @ApiProperty({ enum: OFFLINE_METHODS }) method!: OfflineMethod;
  @ApiProperty({ enum: ['open', 'closed'] }) status!: string;
  @ApiProperty({ enum: ['pending', 'sent'] }) acknowledgementStatus!: string;
  @ApiProperty({ enum: OFFLINE_OUTCOMES, nullable: true }) outcome!: OfflineOutcome | null;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty() openedAt!: string;
  @ApiProperty() openedBy!: string;
  @ApiProperty({ nullable: true, type: String }) closedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) closedBy!: string | null;
}

export class ComplaintResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) conversationId!: string;
  @ApiProperty() handleId!: string;
  @ApiProperty() channel!: string;
  @ApiProperty({ enum: COMPLAINT_KINDS, isArray: true }) kinds!: ComplaintKind[];
  @ApiProperty() policyVersion!: string;
  @ApiProperty() ruleIds!: string[];
  @ApiProperty() detectedAt!: string;
  @ApiProperty({ nullable: true, type: String }) acknowledgedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) respondedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) closedAt!: string | null;
  @ApiProperty({ enum: CONVERSATION_STATUSES }) status!: ConversationStatus;
  @ApiProperty({ enum: PRIORITY_ORDER }) priority!: Priority;
}

export class FiredRuleDto {
  @ApiProperty({ example: 'R-300-legal-threat' }) id!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'What the rule is for, in words, from the policy in force (null when it gives none)',
  })
  description!: string | null;
  @ApiProperty({
    description:
      'Whether the policy in force still has this rule (decisions cite the version they ran under)',
  })
  inForce!: boolean;
}

export class ConversationDetailResponseDto extends ConversationResponseDto {
  @ApiProperty({
    type: [FiredRuleDto],
    description:
      'Every rule that the conversation’s and its messages’ decisions cite, explained in words',
  })
  rules!: FiredRuleDto[];
  @ApiProperty({ type: [MessageResponseDto] }) messages!: MessageResponseDto[];
  @ApiProperty({ type: [OfflineCaseResponseDto] }) offlineCases!: OfflineCaseResponseDto[];
  @ApiProperty({ type: ComplaintResponseDto, nullable: true })
  complaint!: ComplaintResponseDto | null;
}

export class AcknowledgementDto {
  @ApiProperty({ enum: ['pending', 'sent'] }) status!: string;
  @ApiProperty({
    description: 'Template purpose the replies work sends it from (an approved template)',
    example: 'offline_route',
  })
  purpose!: string;
  @ApiProperty({ description: 'Value for the template’s case reference variable' })
  caseRef!: string;
  @ApiProperty({ enum: OFFLINE_METHODS }) method!: OfflineMethod;
}

export class RouteOfflineResponseDto {
  @ApiProperty({ example: 'CS-4821-9937', description: 'The reference the customer can quote' })
  caseRef!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: OFFLINE_METHODS }) method!: OfflineMethod;
  @ApiProperty({ type: ConversationResponseDto }) conversation!: ConversationResponseDto;
  @ApiProperty({ type: AcknowledgementDto }) acknowledgement!: AcknowledgementDto;
}

export class CloseOfflineCaseResponseDto {
  @ApiProperty({ type: OfflineCaseResponseDto }) offlineCase!: OfflineCaseResponseDto;
  @ApiProperty({ type: ConversationResponseDto }) conversation!: ConversationResponseDto;
}

export class OriginalResponseDto {
  @ApiProperty({ format: 'uuid' }) messageId!: string;
  @ApiProperty({
    description: 'The original as received (card numbers and credentials never kept)',
  })
  original!: string;
  @ApiProperty() readAt!: string;
}
