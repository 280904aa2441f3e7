import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { Location, Role } from '../auth/access.enums';

export class DevSignInDto {
  @ApiProperty({ description: 'The subject (user id) to sign in as', example: 'alice' })
  @IsString()
  @Matches(/^[A-Za-z0-9._@:-]{1,128}$/, {
    message: 'sub must be 1–128 letters, digits or . _ @ : -',
  })
  sub!: string;

  @ApiPropertyOptional({ description: 'Display name; defaults to the subject', example: 'Alice' })
  @IsOptional()
  @IsString()
  @Matches(/^[\p{L}\p{M} .'-]{1,80}$/u, { message: 'name must be 1–80 letters and spaces' })
  @MaxLength(80)
  name?: string;

  @ApiProperty({ enum: Role, isArray: true, example: [Role.Auditor] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsEnum(Role, { each: true })
  roles!: Role[];

  @ApiProperty({ enum: Location, example: Location.Office })
  @IsEnum(Location)
  location!: Location;
}

export class DevSignInResponseDto {
  @ApiProperty({ description: 'A bearer token (HS256) for the service' })
  token!: string;

  @ApiProperty({ description: 'When the token expires (ISO 8601)' })
  expiresAt!: string;
}
