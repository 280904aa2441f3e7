import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import {
  IsArray,
  IsInt,
  IsOptional,
  Matches,
  Max,
  Min,
  ValidateNested,
  validateSync,
  type ValidationError,
} from 'class-validator';

/** The file, beside the other policy files, that holds these settings. */
export const REPLIES_SETTINGS_FILE = 'replies.yaml';

export class DispatchSettingsSchema {
  /** Send attempts before a reply is marked failed. */
  @IsInt()
  @Min(1)
  @Max(50)
  maxAttempts = 6;
}

export class ReviewSamplingSchema {
  /** Percent of sent replies that needed no sign-off drawn for post-send review (FINRA 3110.06). */
  @IsInt()
  @Min(0)
  @Max(100)
  samplePercent = 10;
}

export class CsatSettingsSchema {
  /** Minutes after a conversation is resolved before its survey goes out. */
  @IsInt()
  @Min(0)
  @Max(43_200)
  delayMinutes = 60;

  /** Channel kinds a survey may be sent on; none by default. */
  @IsArray()
  @Matches(/^[a-z][a-z0-9_-]*$/, { each: true, message: 'must be a lower-case channel id' })
  channels: string[] = [];

  /** Hours after the survey went out during which a score is taken. */
  @IsInt()
  @Min(1)
  @Max(2160)
  answerHours = 72;
}

const ROLE_LIST = /^[a-z][a-z0-9_]*$/;

/** Roles (rules.yaml `signoffRoles`) that sign a scheduled post, by the purpose of its handle. */
export class ScheduledPostSignoffsSchema {
  @IsArray()
  @Matches(ROLE_LIST, { each: true, message: 'must be a sign-off role id' })
  service: string[] = [];

  @IsArray()
  @Matches(ROLE_LIST, { each: true, message: 'must be a sign-off role id' })
  marketing: string[] = [];
}

export class ScheduledPostsSettingsSchema {
  @IsOptional()
  @ValidateNested()
  @Type(() => ScheduledPostSignoffsSchema)
  signoffs: ScheduledPostSignoffsSchema = new ScheduledPostSignoffsSchema();
}

/** `policies/replies.yaml`; every part optional, defaults as declared here. */
export class RepliesSettingsSchema {
  @IsOptional()
  @ValidateNested()
  @Type(() => DispatchSettingsSchema)
  dispatch: DispatchSettingsSchema = new DispatchSettingsSchema();

  @IsOptional()
  @ValidateNested()
  @Type(() => ReviewSamplingSchema)
  review: ReviewSamplingSchema = new ReviewSamplingSchema();

  @IsOptional()
  @ValidateNested()
  @Type(() => CsatSettingsSchema)
  csat: CsatSettingsSchema = new CsatSettingsSchema();

  @IsOptional()
  @ValidateNested()
  @Type(() => ScheduledPostsSettingsSchema)
  scheduledPosts: ScheduledPostsSettingsSchema = new ScheduledPostsSettingsSchema();
}

export interface RepliesSettings {
  readonly maxAttempts: number;
  readonly samplePercent: number;
  readonly csat: {
    readonly delayMinutes: number;
    readonly channels: readonly string[];
    readonly answerHours: number;
  };
  /** Roles that sign a scheduled post before it may be published, by handle purpose. */
  readonly scheduledPostSignoffs: {
    readonly service: readonly string[];
    readonly marketing: readonly string[];
  };
}

export class RepliesSettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`${REPLIES_SETTINGS_FILE} is invalid: ${problems.join('; ')}`);
    this.name = 'RepliesSettingsError';
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
    for (const message of Object.values(e.constraints ?? {})) out.push(`${path}: ${message}`);
    out.push(...flatten(e.children ?? [], path));
  }
  return out;
}

/**
 * Validates the parsed content of replies.yaml (undefined when the policy set
 * has none: the defaults apply). Environment overrides, where set, win over
 * the file for the dispatch limit and the sample percentage; survey channels
 * must be channel kinds of channels.yaml and scheduled posts' sign-off roles
 * sign-off roles of rules.yaml when those are given. Throws
 * `RepliesSettingsError` naming every problem.
 */
export function resolveRepliesSettings(
  content: unknown,
  overrides: { maxAttempts?: number; samplePercent?: number } = {},
  knownChannels?: readonly string[],
  signoffRoles?: readonly string[],
): RepliesSettings {
  const raw = content ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new RepliesSettingsError(['must be a YAML mapping at the top level']);
  }
  const schema = plainToInstance(RepliesSettingsSchema, raw);
  const problems = flatten(
    validateSync(schema, {
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      validationError: { target: false, value: false },
    }),
  );
  if (knownChannels && problems.length === 0) {
    schema.csat.channels.forEach((c, i) => {
      if (!knownChannels.includes(c)) {
        problems.push(`csat.channels[${i}]: "${c}" is not a channel of channels.yaml`);
      }
    });
  }
  if (signoffRoles && problems.length === 0) {
    for (const purpose of ['service', 'marketing'] as const) {
      schema.scheduledPosts.signoffs[purpose].forEach((r, i) => {
        if (!signoffRoles.includes(r)) {
          problems.push(
            `scheduledPosts.signoffs.${purpose}[${i}]: "${r}" is not a sign-off role of rules.yaml`,
          );
        }
      });
    }
  }
  if (problems.length > 0) throw new RepliesSettingsError(problems);
  // In the order policy lists the roles (rules.yaml signoffRoles), as for replies.
  const ordered = (roles: string[]) =>
    Object.freeze(
      [...new Set(roles)].sort(
        (a, b) => (signoffRoles?.indexOf(a) ?? 0) - (signoffRoles?.indexOf(b) ?? 0),
      ),
    );
  return Object.freeze({
    maxAttempts: overrides.maxAttempts ?? schema.dispatch.maxAttempts,
    samplePercent: overrides.samplePercent ?? schema.review.samplePercent,
    csat: Object.freeze({
      delayMinutes: schema.csat.delayMinutes,
      channels: Object.freeze([...new Set(schema.csat.channels)]),
      answerHours: schema.csat.answerHours,
    }),
    scheduledPostSignoffs: Object.freeze({
      service: ordered(schema.scheduledPosts.signoffs.service),
      marketing: ordered(schema.scheduledPosts.signoffs.marketing),
    }),
  });
}
