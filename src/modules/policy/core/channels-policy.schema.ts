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
  MaxLength,
  Min,
  MinLength,
  registerDecorator,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import {
  HANDLE_PLATFORMS,
  HANDLE_PURPOSES,
  VISIBILITIES,
  WEEKDAYS,
  type HandlePlatform,
  type HandlePurpose,
  type Visibility,
  type Weekday,
} from './policy-vocabulary';

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

  /** Resolution target in minutes, per priority; no resolution clock when absent. */
  @IsOptional()
  @ValidateNested()
  @Type(() => FirstResponseTargetsSchema)
  resolutionMinutes?: FirstResponseTargetsSchema;

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

/** The brand's own published contact points on one handle: never a customer's finding. */
export class OwnContactsSchema {
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  phones?: string[];

  @IsOptional()
  @IsArray()
  @Matches(/^[a-z0-9.-]+\.[a-z]{2,}$/, { each: true, message: 'must be a lower-case domain' })
  emailDomains?: string[];

  @IsOptional()
  @IsArray()
  @Matches(/^https:\/\/\S+$/, { each: true, message: 'must be an https:// URL' })
  urls?: string[];
}

/** One of the brand's accounts on a platform; webhooks name it by `accountId`. */
export class HandleSchema {
  @Matches(/^[a-z][a-z0-9_-]{0,62}$/, { message: 'must be a lower-case handle id' })
  id!: string;

  @IsIn(HANDLE_PLATFORMS, { message: `must be one of ${HANDLE_PLATFORMS.join(', ')}` })
  platform!: HandlePlatform;

  /** The page id, Instagram account id or X user id that the platform's webhooks carry. */
  @Matches(/^[A-Za-z0-9_.:-]{1,100}$/, { message: 'must be a platform account id' })
  accountId!: string;

  /** Display handle, e.g. @HarborlineHelp. */
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  handle!: string;

  @IsIn(HANDLE_PURPOSES, { message: `must be one of ${HANDLE_PURPOSES.join(', ')}` })
  purpose!: HandlePurpose;

  /** The channel kind (an id in `channels`) whose SLA and business hours apply. */
  @IsString()
  channel!: string;

  /**
   * The care team that owns this handle's queue (e.g. social-care, member-services):
   * KPIs filter by it (`GET /v1/kpis?team=`). A handle belongs to at most one team.
   */
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_-]{0,62}$/, { message: 'must be a lower-case team id' })
  team?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => OwnContactsSchema)
  ownContacts?: OwnContactsSchema;
}

/** Each handle's channel is declared in `channels`; ids and platform accounts are unique. */
function HandlesConsistent(): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'handlesConsistent',
      target: target.constructor,
      propertyName: String(property),
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          handleProblems(value, args.object as ChannelsPolicySchema).length === 0,
        defaultMessage: (args: ValidationArguments) =>
          handleProblems(args.value, args.object as ChannelsPolicySchema).join('; '),
      },
    });
}

function handleProblems(value: unknown, policy: ChannelsPolicySchema): string[] {
  if (!Array.isArray(value)) return [];
  const channelIds = new Set((policy.channels ?? []).map((c) => c?.id));
  const ids = new Set<string>();
  const accounts = new Set<string>();
  const problems: string[] = [];
  for (const h of value as Partial<HandleSchema>[]) {
    if (!h || typeof h !== 'object') continue;
    if (typeof h.channel === 'string' && !channelIds.has(h.channel))
      problems.push(`handle "${h.id}" names unknown channel "${h.channel}"`);
    if (typeof h.id === 'string') {
      if (ids.has(h.id)) problems.push(`duplicate handle id "${h.id}"`);
      ids.add(h.id);
    }
    const account = `${h.platform}:${h.accountId}`;
    if (accounts.has(account)) problems.push(`duplicate account "${account}"`);
    accounts.add(account);
  }
  return problems;
}

export class ChannelsPolicySchema {
  @IsArray()
  @ArrayNotEmpty()
  @ValidateNested({ each: true })
  @Type(() => ChannelSchema)
  channels!: ChannelSchema[];

  /** The brand's accounts (absent in older policy sets: no platform intake then). */
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => HandleSchema)
  @HandlesConsistent()
  handles?: HandleSchema[];
}
