import { ApiProperty } from '@nestjs/swagger';

export class PolicyResponseDto {
  @ApiProperty({
    example: 'sha256:3f…',
    description: 'SHA-256 of the canonical content of every policy file',
  })
  version!: string;

  @ApiProperty({ type: [String], example: ['access.yaml', 'rules.yaml'] })
  files!: string[];

  @ApiProperty({
    type: Object,
    description: 'The parsed content of every policy file, by file name',
  })
  content!: Record<string, unknown>;
}
