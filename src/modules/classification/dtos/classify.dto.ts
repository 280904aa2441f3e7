import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { ENTITY_TYPES, PRIORITIES, VISIBILITIES, type Visibility } from '../../policy/core';

export class ClassifyDto {
  @ApiProperty({
    description: 'The post as received',
    example: 'my acct 12345678 was charged twice',
  })
  @IsString()
  @MaxLength(200_000)
  text!: string;

  @ApiPropertyOptional({ description: 'Channel id from policies/channels.yaml', example: 'x' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z][a-z0-9_-]{0,31}$/, {
    message: 'channel must be a channel id such as x or facebook',
  })
  channel?: string;

  @ApiPropertyOptional({ enum: VISIBILITIES })
  @IsOptional()
  @IsIn(VISIBILITIES)
  visibility?: Visibility;
}

/**
 * One line of `countersign classify` (JSONL): the HTTP body plus an optional
 * id echoed back, validated with the same rules so both accept the same input.
 */
export class ClassifyLineDto extends ClassifyDto {
  @IsOptional()
  @ValidateIf((o: ClassifyLineDto) => typeof o.id !== 'number')
  @IsString({ message: 'id must be a string or a number' })
  @MaxLength(200)
  id?: string | number;
}

export class EntityFindingDto {
  @ApiProperty({
    enum: ENTITY_TYPES,
  })
  type!: string;
  @ApiProperty({ description: 'UTF-16 index into the text as received' }) start!: number;
  @ApiProperty({ description: 'Exclusive UTF-16 index' }) end!: number;
  @ApiProperty({ example: 'card.luhn' }) detector!: string;
  @ApiProperty({ minimum: 0, maximum: 1 }) confidence!: number;
  @ApiProperty({ description: 'Masked preview, never the value', example: '•••• 1111' })
  preview!: string;
}

export class IntentModelCitationDto {
  @ApiProperty({ example: 'intents-lr-1' }) id!: string;
  @ApiProperty({ minimum: 0, maximum: 1, description: "The model's probability for the intent" })
  score!: number;
}

export class IntentResultDto {
  @ApiProperty({ example: 'legal_threat' }) intent!: string;
  @ApiProperty() confidence!: number;
  @ApiProperty({ type: [String] }) ruleIds!: string[];
  @ApiPropertyOptional({
    type: IntentModelCitationDto,
    description: 'When an intents.yaml model rule matched: the model and its probability',
  })
  model?: IntentModelCitationDto;
}

export class DecisionDto {
  @ApiProperty({ type: [String], example: ['route_offline', 'block_public_reply'] })
  actions!: string[];
  @ApiProperty({ enum: PRIORITIES }) priority!: string;
  @ApiProperty({ type: [String], example: ['legal'] }) signoffRoles!: string[];
  @ApiProperty({ type: [String] }) ruleIds!: string[];
  @ApiProperty({ example: 'sha256:…' }) policyVersion!: string;
}

export class ClassifyResponseDto {
  @ApiProperty({ type: [EntityFindingDto] }) entities!: EntityFindingDto[];
  @ApiProperty({ type: [IntentResultDto] }) intents!: IntentResultDto[];
  @ApiProperty({ type: DecisionDto }) decision!: DecisionDto;
}
