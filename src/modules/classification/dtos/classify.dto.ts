import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

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

  @ApiPropertyOptional({ enum: ['public', 'private'] })
  @IsOptional()
  @IsIn(['public', 'private'])
  visibility?: 'public' | 'private';
}

export class EntityFindingDto {
  @ApiProperty({
    enum: [
      'CARD_NUMBER',
      'BANK_ACCOUNT',
      'ROUTING_NUMBER',
      'IBAN',
      'SSN',
      'DATE_OF_BIRTH',
      'EMAIL',
      'PHONE',
      'ADDRESS',
      'CREDENTIAL',
    ],
  })
  type!: string;
  @ApiProperty({ description: 'UTF-16 index into the text as received' }) start!: number;
  @ApiProperty({ description: 'Exclusive UTF-16 index' }) end!: number;
  @ApiProperty({ example: 'card.luhn' }) detector!: string;
  @ApiProperty({ minimum: 0, maximum: 1 }) confidence!: number;
  @ApiProperty({ description: 'Masked preview, never the value', example: '•••• 1111' })
  preview!: string;
}

export class IntentResultDto {
  @ApiProperty({ example: 'legal_threat' }) intent!: string;
  @ApiProperty() confidence!: number;
  @ApiProperty({ type: [String] }) ruleIds!: string[];
}

export class DecisionDto {
  @ApiProperty({ type: [String], example: ['route_offline', 'block_public_reply'] })
  actions!: string[];
  @ApiProperty({ enum: ['low', 'normal', 'high', 'urgent'] }) priority!: string;
  @ApiProperty({ type: [String], example: ['legal'] }) signoffRoles!: string[];
  @ApiProperty({ type: [String] }) ruleIds!: string[];
  @ApiProperty({ example: 'sha256:…' }) policyVersion!: string;
}

export class ClassifyResponseDto {
  @ApiProperty({ type: [EntityFindingDto] }) entities!: EntityFindingDto[];
  @ApiProperty({ type: [IntentResultDto] }) intents!: IntentResultDto[];
  @ApiProperty({ type: DecisionDto }) decision!: DecisionDto;
}
