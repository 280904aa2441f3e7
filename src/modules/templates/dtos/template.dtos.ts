import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../../platform/http/pagination';
import { FreeText } from '../../../platform/validation/free-text';
import {
  PURPOSES,
  TEMPLATE_KEY,
  TEMPLATE_VISIBILITIES,
  VARIABLE_TYPES,
  type Purpose,
  type TemplateVisibility,
  type VariableType,
} from '../core';
import { VERSION_STATUSES, type VersionStatus } from '../templates.repository';

const CHANNEL_ID = /^[a-z][a-z0-9_-]{0,39}$/;

export class VariableDeclarationDto {
  @ApiProperty({ example: 'case_ref', pattern: '^[a-z][a-z0-9_]{0,39}$' })
  @IsString()
  @MaxLength(40)
  name!: string;

  @ApiProperty({ enum: VARIABLE_TYPES, example: 'case_ref' })
  @IsIn(VARIABLE_TYPES)
  type!: VariableType;

  @ApiPropertyOptional({ description: 'string and free_text: the longest value' })
  @IsOptional()
  @IsInt()
  maxLength?: number;

  @ApiPropertyOptional({ description: 'string: a whole-value pattern, bounded quantifiers only' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  pattern?: string;

  @ApiPropertyOptional({ type: [String], description: 'enum: the values allowed' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  values?: string[];

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  required?: boolean;

  @ApiPropertyOptional({ description: 'A sample value for previews' })
  @IsOptional()
  @FreeText({ maxLength: 200 })
  example?: string;
}

class VersionContentDto {
  @ApiProperty({ enum: PURPOSES })
  @IsIn(PURPOSES)
  purpose!: Purpose;

  @ApiProperty({ enum: TEMPLATE_VISIBILITIES })
  @IsIn(TEMPLATE_VISIBILITIES)
  visibility!: TemplateVisibility;

  @ApiProperty({ type: [VariableDeclarationDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => VariableDeclarationDto)
  variables!: VariableDeclarationDto[];

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Handlebars source per channel kind',
    example: {
      x: 'Thanks for reaching out. Please send us a DM and quote {{caseRef case_ref}}.',
      dm: 'Hi, this is {{agent}}. Your case is {{caseRef case_ref}}.',
    },
  })
  @IsObject()
  variants!: Record<string, string>;
}

export class CreateTemplateDto extends VersionContentDto {
  @ApiProperty({ example: 'card-lost-stolen', pattern: TEMPLATE_KEY.source })
  @Matches(TEMPLATE_KEY, { message: 'key must be lower-case letters, digits and dashes (2–80)' })
  key!: string;

  @ApiProperty({ example: 'Card lost or stolen' })
  @FreeText({ maxLength: 200 })
  @IsNotEmpty()
  title!: string;

  @ApiProperty({ type: [String], example: ['account_specific'], description: 'Policy intent ids' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  intents!: string[];

  @ApiPropertyOptional({ example: 'en-US' })
  @IsOptional()
  @Matches(/^[a-z]{2}(-[A-Z]{2})?$/)
  locale?: string;

  @ApiPropertyOptional({ description: 'Tone notes for agents' })
  @IsOptional()
  @FreeText({ maxLength: 2000 })
  toneNotes?: string;
}

export class CreateVersionDto extends VersionContentDto {
  @ApiPropertyOptional()
  @IsOptional()
  @FreeText({ maxLength: 200 })
  @IsNotEmpty()
  title?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  intents?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @FreeText({ maxLength: 2000 })
  toneNotes?: string;
}

export class EditDraftDto {
  @ApiProperty({ description: 'The version (row version) you read' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ enum: PURPOSES })
  @IsOptional()
  @IsIn(PURPOSES)
  purpose?: Purpose;

  @ApiPropertyOptional({ enum: TEMPLATE_VISIBILITIES })
  @IsOptional()
  @IsIn(TEMPLATE_VISIBILITIES)
  visibility?: TemplateVisibility;

  @ApiPropertyOptional({ type: [VariableDeclarationDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => VariableDeclarationDto)
  variables?: VariableDeclarationDto[];

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' } })
  @IsOptional()
  @IsObject()
  variants?: Record<string, string>;
}

export class VersionWriteDto {
  @ApiPropertyOptional({ description: 'The version (row version) you read; 409 when stale' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class ApproveVersionDto extends VersionWriteDto {
  @ApiPropertyOptional({ description: 'Days until the approval must be reviewed (policy default)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  reviewDays?: number;
}

export class ReasonDto extends VersionWriteDto {
  @ApiProperty({ example: 'Fee amount changed on March 1; use the new schedule.' })
  @FreeText({ maxLength: 1000 })
  @IsNotEmpty()
  reason!: string;
}

export class PreviewDto {
  @ApiProperty({ example: 'x' })
  @Matches(CHANNEL_ID, { message: 'channel must be a channel kind such as x, facebook or dm' })
  channel!: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: { case_ref: 'CS-2026-004211' },
    description: 'Values by variable name; agent_name variables come from your token',
  })
  @IsOptional()
  @IsObject()
  variables?: Record<string, unknown>;
}

export class ListTemplatesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'A policy intent id' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_]{0,63}$/)
  intent?: string;

  @ApiPropertyOptional({ example: 'x' })
  @IsOptional()
  @Matches(CHANNEL_ID)
  channel?: string;

  @ApiPropertyOptional({ enum: PURPOSES })
  @IsOptional()
  @IsIn(PURPOSES)
  purpose?: Purpose;

  @ApiPropertyOptional({ enum: VERSION_STATUSES })
  @IsOptional()
  @IsIn(VERSION_STATUSES)
  status?: VersionStatus;

  @ApiPropertyOptional({
    enum: ['overdue'],
    description: 'Approved versions past their review date',
  })
  @IsOptional()
  @IsIn(['overdue'])
  reviewDue?: 'overdue';
}

export class TemplateIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

export class DiffQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The version to compare against' })
  @IsUUID()
  against!: string;
}

// ---- responses ----

export class VariableResponseDto {
  @ApiProperty() name!: string;
  @ApiProperty({ enum: VARIABLE_TYPES }) type!: VariableType;
  @ApiPropertyOptional() maxLength?: number;
  @ApiPropertyOptional() pattern?: string;
  @ApiPropertyOptional({ type: [String] }) values?: string[];
  @ApiProperty() required!: boolean;
  @ApiPropertyOptional() example?: string;
}

export class VersionEventResponseDto {
  @ApiProperty({ example: 'template.version.approved' }) kind!: string;
  @ApiProperty() actor!: string;
  @ApiProperty() at!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) from!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) to!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) reason!: string | null;
}

export class TemplateVersionResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) templateId!: string;
  @ApiProperty() number!: number;
  @ApiProperty({ enum: VERSION_STATUSES }) status!: VersionStatus;
  @ApiProperty({ enum: PURPOSES }) purpose!: Purpose;
  @ApiProperty({ enum: TEMPLATE_VISIBILITIES }) visibility!: TemplateVisibility;
  @ApiProperty({ type: [String] }) channels!: string[];
  @ApiProperty({ type: [VariableResponseDto] }) variables!: VariableResponseDto[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  variants!: Record<string, string>;
  @ApiProperty() contentHash!: string;
  @ApiProperty({ example: 'api', description: '`api` or `file:templates/<key>.hbs`' })
  source!: string;
  @ApiProperty({ type: String, nullable: true }) basedOnId!: string | null;
  @ApiProperty() authoredBy!: string;
  @ApiProperty({ type: [String], description: 'Everyone who authored it or a change in it' })
  contributors!: string[];
  @ApiProperty() policyVersion!: string;
  @ApiProperty({ description: 'Content hash of policies/templates.yaml when saved' })
  settingsVersion!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) submittedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) submittedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) approvedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) approvedAt!: string | null;
  @ApiProperty({ type: Number, nullable: true }) reviewDays!: number | null;
  @ApiProperty({ type: String, nullable: true }) reviewDueAt!: string | null;
  @ApiProperty({ description: 'Approved and past its review date: not usable until re-approved' })
  reviewOverdue!: boolean;
  @ApiProperty({ type: String, nullable: true }) rejectedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) rejectedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) rejectReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) retiredBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) retiredAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) retireReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) firstUsedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) lastUsedAt!: string | null;
  @ApiProperty({ description: 'Row version for optimistic concurrency' }) version!: number;
  @ApiPropertyOptional({ type: [VersionEventResponseDto] }) history?: VersionEventResponseDto[];
}

export class TemplateResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() key!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [String] }) intents!: string[];
  @ApiProperty() locale!: string;
  @ApiProperty() toneNotes!: string;
  @ApiProperty() createdBy!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty({ type: [TemplateVersionResponseDto], description: 'Newest first' })
  versions!: TemplateVersionResponseDto[];
}

export class PreviewResponseDto {
  @ApiProperty({ format: 'uuid' }) templateVersionId!: string;
  @ApiProperty() channel!: string;
  @ApiProperty() text!: string;
  @ApiProperty() length!: number;
  @ApiProperty() maxLength!: number;
  @ApiProperty() policyVersion!: string;
}

export class DiffLineDto {
  @ApiProperty({ enum: ['same', 'added', 'removed'] }) op!: 'same' | 'added' | 'removed';
  @ApiProperty() text!: string;
}

export class VariantDiffDto {
  @ApiProperty() channel!: string;
  @ApiProperty({ enum: ['same', 'added', 'removed', 'changed'] })
  change!: 'same' | 'added' | 'removed' | 'changed';
  @ApiProperty({ type: [DiffLineDto] }) lines!: DiffLineDto[];
}

export class FieldChangeDto {
  @ApiProperty() field!: string;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
}

export class DiffResponseDto {
  @ApiProperty({ format: 'uuid' }) versionId!: string;
  @ApiProperty({ format: 'uuid' }) againstId!: string;
  @ApiProperty({ type: [FieldChangeDto], description: 'purpose and visibility changes' })
  fields!: FieldChangeDto[];
  @ApiProperty({ type: [String] }) variablesAdded!: string[];
  @ApiProperty({ type: [String] }) variablesRemoved!: string[];
  @ApiProperty({ type: [String] }) variablesChanged!: string[];
  @ApiProperty({ type: [VariantDiffDto] }) variants!: VariantDiffDto[];
}
