import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { VISIBILITIES, type Visibility } from '../../policy/core';

export const PLATFORM_ID = /^[A-Za-z0-9_.:@-]{1,200}$/;
export const HANDLE_ID = /^[a-z][a-z0-9_-]{0,62}$/;
const PLATFORM_ID_MESSAGE = 'must be 1–200 letters, digits or . _ : @ -';

export class InboundAuthorDto {
  @ApiProperty({ example: '42', description: "The source's id of the author (a customer id)" })
  @Matches(PLATFORM_ID, { message: PLATFORM_ID_MESSAGE })
  // With the handle's platform and account it makes a subject id of at most 200 characters.
  @MaxLength(80)
  id!: string;

  @ApiPropertyOptional({ example: 'jdoe' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  handle?: string;

  @ApiPropertyOptional({ example: 'Jane Doe' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;
}

/**
 * A message from a source without a webhook of its own (a CRM, a web chat, a
 * review importer). `text` is not refused when it holds sensitive values: it
 * is screened before storage (cards truncated, credentials removed, the rest
 * masked and sealed).
 */
export class CreateInboundMessageDto {
  @ApiProperty({
    example: 'crm',
    description: 'A handle id from GET /v1/channels (generic, web chat or review handles)',
  })
  @Matches(HANDLE_ID, { message: 'must be a handle id' })
  handle!: string;

  @ApiProperty({
    example: 'crm-msg-20260105-0001',
    description: "The source's message id: a second delivery with the same id is a duplicate",
  })
  @Matches(PLATFORM_ID, { message: PLATFORM_ID_MESSAGE })
  externalId!: string;

  @ApiPropertyOptional({
    example: 'case-881',
    description:
      "The source's thread; by default the author (private) or the message itself (public)",
  })
  @IsOptional()
  @Matches(PLATFORM_ID, { message: PLATFORM_ID_MESSAGE })
  threadId?: string;

  @ApiProperty({ type: InboundAuthorDto })
  // Without it a missing author (or a list) passed validation.
  @IsObject()
  @ValidateNested()
  @Type(() => InboundAuthorDto)
  author!: InboundAuthorDto;

  @ApiProperty({
    example: 'Hi, my debit card was declined at the pharmacy this morning, can you check?',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(10_000)
  text!: string;

  @ApiProperty({ enum: VISIBILITIES, example: 'private' })
  @IsIn(VISIBILITIES)
  visibility!: Visibility;

  @ApiPropertyOptional({
    example: '2026-01-05T14:03:00Z',
    description: 'When the author wrote it; the time of receipt by default',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  occurredAt?: string;

  @ApiPropertyOptional({ example: 'crm-msg-20260105-0000' })
  @IsOptional()
  @Matches(PLATFORM_ID, { message: PLATFORM_ID_MESSAGE })
  inReplyTo?: string;
}

export class InboundAcceptedDto {
  @ApiProperty({ example: '0b9a3c5e-8d4e-4f0e-9a51-3f8c2f9d6a10' })
  messageId!: string;

  @ApiProperty({ example: '5f2e1a7c-2b3d-4c4e-8f5a-6b7c8d9e0f11' })
  conversationId!: string;

  @ApiProperty({
    example: false,
    description: 'True when this externalId was already received: nothing changed',
  })
  duplicate!: boolean;
}

export class ChannelHandleDto {
  @ApiProperty({ example: 'x-help' }) id!: string;
  @ApiProperty({ example: 'x' }) platform!: string;
  @ApiProperty({ example: '1482736150927364096' }) accountId!: string;
  @ApiProperty({ example: '@HarborlineHelp' }) handle!: string;
  @ApiProperty({ enum: ['service', 'marketing'] }) purpose!: 'service' | 'marketing';
  @ApiProperty({ example: 'x', description: 'The channel kind whose SLA applies' })
  channel!: string;
}

export class ChannelListDto {
  @ApiProperty({ type: [ChannelHandleDto] }) handles!: ChannelHandleDto[];
}

export class WebhookAcceptedDto {
  @ApiProperty({ description: 'Posts and messages stored now' }) received!: number;
  @ApiProperty({ description: 'Deliveries seen before (nothing changed)' }) duplicates!: number;
  @ApiProperty({ description: 'Events not handled (archived as webhook.ignored)' })
  ignored!: number;
  @ApiProperty({ description: 'Items that could not be read (archived); the others were kept' })
  malformed!: number;
}

export class MetaVerifyQueryDto {
  @IsOptional() @IsString() @MaxLength(100) 'hub.mode'?: string;
  @IsOptional() @IsString() @MaxLength(200) 'hub.verify_token'?: string;
  @IsOptional() @IsString() @MaxLength(200) 'hub.challenge'?: string;
}

export class XCrcQueryDto {
  @IsString() @MinLength(1) @MaxLength(200) crc_token!: string;
  @IsOptional() @IsString() @MaxLength(100) nonce?: string;
}
