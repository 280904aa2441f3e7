import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { VISIBILITIES, WEEKDAYS, type Visibility, type Weekday } from './policy-vocabulary';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export class FirstResponseTargetsSchema {
  @IsInt()
  @Min(1)
  urgent!: number;

  @IsInt()
  @Min(1)
  high!: number;

  @IsInt()
  @Min(1)
  normal!: number;

  @IsInt()
  @Min(1)
  low!: number;
}

export class SlaSchema {
  /** First-response target in minutes, per priority. */
  @ValidateNested()
  @Type(() => FirstResponseTargetsSchema)
  firstResponseMinutes!: FirstResponseTargetsSchema;

  /** When true the SLA clock runs only inside business hours. */
  @IsBoolean()
  businessHoursOnly!: boolean;
}

export class BusinessHoursSchema {
  /** IANA time zone, e.g. America/New_York (checked at load). */
  @IsString()
  @MinLength(1)
  timezone!: string;

  @IsArray()
  @ArrayNotEmpty()
  @IsIn(WEEKDAYS, { each: true, message: `must be one of ${WEEKDAYS.join(', ')}` })
  days!: Weekday[];

  @Matches(HH_MM, { message: 'must be a time written HH:MM (24 h)' })
  open!: string;

  @Matches(HH_MM, { message: 'must be a time written HH:MM (24 h)' })
  close!: string;
}

export class ChannelSchema {
  @Matches(/^[a-z][a-z0-9_-]*$/, { message: 'must be a lower-case channel id' })
  id!: string;

  @IsString()
  @MinLength(1)
  name!: string;

  /** Visibility assumed when an inbound message does not say. */
  @IsIn(VISIBILITIES, { message: `must be one of ${VISIBILITIES.join(', ')}` })
  defaultVisibility!: Visibility;

  /** Longest reply the platform accepts, in characters (X: 280). */
  @IsOptional()
  @IsInt()
  @Min(1)
  maxReplyLength?: number;

  /** Whether the platform lets the brand hide a public post or comment. */
  @IsBoolean()
  canHidePublicPosts!: boolean;

  @ValidateNested()
  @Type(() => SlaSchema)
  sla!: SlaSchema;

  @ValidateNested()
  @Type(() => BusinessHoursSchema)
  businessHours!: BusinessHoursSchema;
}

export class ChannelsPolicySchema {
  @IsArray()
  @ArrayNotEmpty()
  @ValidateNested({ each: true })
  @Type(() => ChannelSchema)
  channels!: ChannelSchema[];
}
