import 'reflect-metadata';
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { plainToInstance, Type } from 'class-transformer';
import {
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  validateSync,
  type ValidationError,
} from 'class-validator';

/** The file, beside the other policy files, that holds these settings. */
export const TEMPLATE_SETTINGS_FILE = 'templates.yaml';

export class ReviewSettingsSchema {
  /** Days an approval lasts unless the approver chooses otherwise. */
  @IsInt()
  @Min(1)
  @Max(3650)
  defaultDays = 180;

  /** The longest review period an approver may choose. */
  @IsInt()
  @Min(1)
  @Max(3650)
  maxDays = 365;
}

export class UrlSettingsSchema {
  /** Hosts (and their subdomains) a `url` variable may point to; https only. */
  @IsArray()
  @Matches(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/, {
    each: true,
    message: 'must be a lower-case host name such as bank.example',
  })
  allowedHosts: string[] = [];
}

export class CaseRefSettingsSchema {
  /** A whole-value pattern for offline-case references. */
  @IsString()
  @MaxLength(200)
  pattern = '^CS-\\d{4}-\\d{4,8}$';
}

export class TemplateChannelSettingsSchema {
  @Matches(/^[a-z][a-z0-9_-]*$/, { message: 'must be a lower-case channel id' })
  id!: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  maxReplyLength?: number;

  /** `text` (the default: no HTML escaping) or `html` for a channel that shows markup. */
  @IsOptional()
  @IsIn(['text', 'html'])
  format?: 'text' | 'html';
}

/** `policies/templates.yaml`; every part optional, defaults as declared here. */
export class TemplateSettingsSchema {
  @IsOptional()
  @ValidateNested()
  @Type(() => ReviewSettingsSchema)
  review: ReviewSettingsSchema = new ReviewSettingsSchema();

  @IsOptional()
  @ValidateNested()
  @Type(() => UrlSettingsSchema)
  urls: UrlSettingsSchema = new UrlSettingsSchema();

  @IsOptional()
  @ValidateNested()
  @Type(() => CaseRefSettingsSchema)
  caseRef: CaseRefSettingsSchema = new CaseRefSettingsSchema();

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => TemplateChannelSettingsSchema)
  channels: TemplateChannelSettingsSchema[] = [];
}

export interface ChannelLimits {
  maxReplyLength: number;
  format: 'text' | 'html';
}

/** What the renderer and the service need, resolved against channels.yaml. */
export interface TemplateSettings {
  /** `sha256:` of the canonical content of templates.yaml (`sha256:` of `{}` when absent). */
  readonly version: string;
  readonly reviewDefaultDays: number;
  readonly reviewMaxDays: number;
  readonly allowedHosts: readonly string[];
  readonly caseRefPattern: RegExp;
  /** Channel kinds a variant may target, with their longest reply. */
  readonly channels: ReadonlyMap<string, ChannelLimits>;
}

/** X counts 280 characters whatever a policy file says. */
export const X_MAX_REPLY_LENGTH = 280;
/** For a channel kind whose limit no policy sets. */
export const DEFAULT_MAX_REPLY_LENGTH = 8000;

export class TemplateSettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`${TEMPLATE_SETTINGS_FILE} is invalid: ${problems.join('; ')}`);
    this.name = 'TemplateSettingsError';
  }
}

function flatten(errors: ValidationError[], prefix = ''): string[] {
  const out: string[] = [];
  for (const e of errors) {
    const path = /^\d+$/.test(e.property)
      ? `${prefix}[${e.property}]`
      : prefix
        ? `${prefix}.${e.property}`
        : e.property;
    for (const message of Object.values(e.constraints ?? {})) {
      out.push(
        `${path}: ${message.startsWith(e.property + ' ') ? message.slice(e.property.length + 1) : message}`,
      );
    }
    out.push(...flatten(e.children ?? [], path));
  }
  return out;
}

/**
 * Validates the parsed content of templates.yaml (undefined when the policy
 * set has none: the defaults apply) and resolves it with the channel kinds of
 * channels.yaml. Throws `TemplateSettingsError` naming every problem.
 */
export function resolveTemplateSettings(
  content: unknown,
  policyChannels: ReadonlyArray<{ id: string; maxReplyLength?: number }>,
): TemplateSettings {
  const raw = content ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new TemplateSettingsError(['must be a YAML mapping at the top level']);
  }
  const schema = plainToInstance(TemplateSettingsSchema, raw);
  const problems = flatten(
    validateSync(schema, {
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      validationError: { target: false, value: false },
    }),
  );
  if (schema.review.defaultDays > schema.review.maxDays) {
    problems.push('review.defaultDays: must not exceed review.maxDays');
  }
  let caseRefPattern: RegExp | undefined;
  try {
    caseRefPattern = new RegExp(schema.caseRef.pattern, 'u');
  } catch {
    problems.push('caseRef.pattern: is not a valid regular expression');
  }
  const seen = new Set<string>();
  schema.channels.forEach((c, i) => {
    if (seen.has(c.id)) problems.push(`channels[${i}].id: duplicate channel "${c.id}"`);
    seen.add(c.id);
  });
  if (problems.length > 0 || !caseRefPattern) throw new TemplateSettingsError(problems);

  const channels = new Map<string, ChannelLimits>();
  for (const c of policyChannels) {
    channels.set(c.id, {
      maxReplyLength: c.maxReplyLength ?? DEFAULT_MAX_REPLY_LENGTH,
      format: 'text',
    });
  }
  for (const c of schema.channels) {
    const fromPolicy = policyChannels.find((p) => p.id === c.id)?.maxReplyLength;
    channels.set(c.id, {
      maxReplyLength: fromPolicy ?? c.maxReplyLength ?? DEFAULT_MAX_REPLY_LENGTH,
      format: c.format ?? 'text',
    });
  }
  const x = channels.get('x');
  if (x)
    channels.set('x', { ...x, maxReplyLength: Math.min(x.maxReplyLength, X_MAX_REPLY_LENGTH) });

  const canonical = canonicalize(raw) ?? '{}';
  return Object.freeze({
    version: `sha256:${createHash('sha256').update(canonical, 'utf8').digest('hex')}`,
    reviewDefaultDays: schema.review.defaultDays,
    reviewMaxDays: schema.review.maxDays,
    allowedHosts: Object.freeze([...schema.urls.allowedHosts]),
    caseRefPattern,
    channels,
  });
}
