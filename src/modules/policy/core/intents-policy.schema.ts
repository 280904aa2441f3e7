import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  ENTITY_TYPES,
  INTENT_MODELS,
  NEGATION_MODES,
  type EntityType,
  type NegationMode,
} from './policy-vocabulary';

export const INTENT_ID = /^[a-z][a-z0-9_]*$/;
export const RULE_ID = /^[a-z][a-z0-9_.-]*$/;

/**
 * One piece of evidence for an intent. Exactly one of `terms`, `symbols`,
 * `entities`, `question` or `model` is set (checked at load).
 */
export class IntentRuleSchema {
  @Matches(RULE_ID, { message: 'must be a lower-case id (letters, digits, ".", "_", "-")' })
  id!: string;

  @IsNumber()
  @Min(0)
  @Max(1)
  weight!: number;

  /** Words or phrases, matched on word boundaries after case and diacritics folding. */
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(80, { each: true })
  terms?: string[];

  /** Terms are matched exactly as written (e.g. "SEC", not "one sec"). */
  @IsOptional()
  @IsBoolean()
  caseSensitive?: boolean;

  /**
   * Signs that are not words (emoji such as "🙄" or "🤬"), matched anywhere in the
   * post as written, with no word boundaries, case folding or negation.
   */
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(16, { each: true })
  symbols?: string[];

  /** Evidence from detected entities of these types. */
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @IsIn(ENTITY_TYPES, { each: true, message: `must be one of ${ENTITY_TYPES.join(', ')}` })
  entities?: EntityType[];

  /** Evidence from a question mark in the post. */
  @IsOptional()
  @IsBoolean()
  question?: boolean;

  /**
   * Evidence from an intent model shipped with the classifier: its probability for
   * this intent, times `weight`, when the probability reaches `minScore`.
   */
  @IsOptional()
  @IsIn(INTENT_MODELS, { message: `must be one of ${INTENT_MODELS.join(', ')}` })
  model?: string;

  /** For `model`: the smallest probability that counts (default 0.5). */
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  minScore?: number;
}

export class IntentSchema {
  @Matches(INTENT_ID, { message: 'must be a snake_case intent name' })
  id!: string;

  @IsOptional()
  @IsString()
  description?: string;

  /** An intent is reported when its combined confidence reaches this. */
  @IsNumber()
  @Min(0)
  @Max(1)
  threshold!: number;

  /** What a negation just before a term does: lower its weight, drop it, or nothing. */
  @IsIn(NEGATION_MODES, { message: `must be one of ${NEGATION_MODES.join(', ')}` })
  negation!: NegationMode;

  /** Intents that, when present, suppress this one (e.g. general_question by account_specific). */
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  suppressedBy?: string[];

  @IsArray()
  @ArrayNotEmpty()
  @ValidateNested({ each: true })
  @Type(() => IntentRuleSchema)
  rules!: IntentRuleSchema[];
}

export class NegationSchema {
  @IsArray()
  @ArrayNotEmpty()
  @IsString({ each: true })
  @MinLength(1, { each: true })
  terms!: string[];

  /** How many words before a term a negation still applies (within one clause). */
  @IsInt()
  @Min(1)
  @Max(10)
  window!: number;

  /** Weight multiplier for a negated term when the intent's mode is `reduce`. */
  @IsNumber()
  @Min(0)
  @Max(1)
  factor!: number;
}

export class IntentsPolicySchema {
  @ValidateNested()
  @Type(() => NegationSchema)
  negation!: NegationSchema;

  @IsArray()
  @ArrayNotEmpty()
  @ValidateNested({ each: true })
  @Type(() => IntentSchema)
  intents!: IntentSchema[];
}
