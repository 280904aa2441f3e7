import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Location, Role } from '../access.enums';

export class AbilityRuleDto {
  @ApiProperty({ type: [String], example: ['read'] })
  action!: string[];

  @ApiProperty({ type: [String], example: ['Conversation'] })
  subject!: string[];

  @ApiPropertyOptional({ type: Object, example: { accountSpecific: true } })
  conditions?: Record<string, unknown>;

  @ApiPropertyOptional({ type: [String] })
  fields?: string[];

  @ApiProperty({ description: 'true for a restriction (cannot)' })
  inverted!: boolean;

  @ApiPropertyOptional()
  reason?: string;
}

export class MeResponseDto {
  @ApiProperty({ example: 'alice' })
  sub!: string;

  @ApiProperty({ example: 'Alice Example' })
  name!: string;

  @ApiProperty({ enum: Role, isArray: true })
  roles!: Role[];

  @ApiProperty({ enum: Location })
  location!: Location;

  @ApiProperty({
    type: [AbilityRuleDto],
    description:
      'The CASL rules that apply to the caller, in order; later rules override earlier ones.',
  })
  rules!: AbilityRuleDto[];
}
