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
  registerDecorator,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import {
  CONTEXT_CATEGORIES,
  CREDENTIAL_VALUE_KINDS,
  DIGIT_RUN_MODELS,
  CREDENTIAL_MODELS,
  ENTITY_TYPES,
  STORAGE_TREATMENTS,
  type ContextCategory,
  type CredentialValueKind,
  type EntityType,
  type StorageTreatment,
} from './policy-vocabulary';

const ID = /^[a-z][a-z0-9_.-]*$/;
const ID_MESSAGE = 'must be a lower-case id (letters, digits, ".", "_", "-")';

export class EntityPolicySchema {
  @IsIn(ENTITY_TYPES, { message: `must be one of ${ENTITY_TYPES.join(', ')}` })
  type!: EntityType;

  /** Sensitive entities force offline routing (DESIGN.md invariant 2). */
  @IsBoolean()
  sensitive!: boolean;

  /** Findings below this confidence are not reported. */
  @IsNumber()
  @Min(0)
  @Max(1)
  minConfidence!: number;

  /**
   * What intake keeps of the value (see STORAGE_TREATMENTS); by default card
   * numbers are truncated, credentials removed and everything else sealed.
   */
  @IsOptional()
  @IsIn(STORAGE_TREATMENTS, { message: `must be one of ${STORAGE_TREATMENTS.join(', ')}` })
  @NeverSealed()
  storage?: StorageTreatment;
}

/** PCI DSS 3.3.1 / 3.4.1: card numbers and credentials are never kept, not even encrypted. */
export const NEVER_SEALED: readonly EntityType[] = ['CARD_NUMBER', 'CREDENTIAL'];

function NeverSealed(): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'neverSealed',
      target: target.constructor,
      propertyName: String(property),
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          !(value === 'seal' && NEVER_SEALED.includes((args.object as EntityPolicySchema).type)),
        defaultMessage: () =>
          'cannot be seal for CARD_NUMBER or CREDENTIAL (never kept, not even encrypted)',
      },
    });
}

export class ContextWindowSchema {
  /** Characters before a value searched for context words. */
  @IsInt()
  @Min(1)
  @Max(200)
  before!: number;

  /** Characters after a value searched for trailing context ("… is my routing number"). */
  @IsInt()
  @Min(0)
  @Max(200)
  after!: number;
}

export class ContextLexiconSchema {
  @Matches(ID, { message: ID_MESSAGE })
  id!: string;

  @IsIn(CONTEXT_CATEGORIES, { message: `must be one of ${CONTEXT_CATEGORIES.join(', ')}` })
  category!: ContextCategory;

  @IsArray()
  @ArrayNotEmpty()
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(60, { each: true })
  terms!: string[];
}

export class CredentialLexiconSchema {
  @Matches(ID, { message: ID_MESSAGE })
  id!: string;

  @IsArray()
  @ArrayNotEmpty()
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(60, { each: true })
  terms!: string[];

  @IsIn(CREDENTIAL_VALUE_KINDS, { message: `must be one of ${CREDENTIAL_VALUE_KINDS.join(', ')}` })
  value!: CredentialValueKind;

  @IsInt()
  @Min(1)
  @Max(64)
  minLength!: number;

  /** Up to 256: a wallet's recovery phrase of twenty-four words is one value. */
  @IsInt()
  @Min(1)
  @Max(256)
  maxLength!: number;

  /** When true the keyword alone is not enough: "is", ":" or "=" must link it to the value. */
  @IsOptional()
  @IsBoolean()
  requireLinker?: boolean;
}

export class ReferencePatternSchema {
  @Matches(ID, { message: ID_MESSAGE })
  id!: string;

  @IsOptional()
  @IsString()
  description?: string;

  /**
   * Matched against one whitespace-free token, anchored at both ends; only bounded
   * quantifiers are accepted so that matching stays linear (checked at load).
   */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  pattern!: string;

  @IsOptional()
  @IsBoolean()
  caseSensitive?: boolean;
}

export class BrandPolicySchema {
  @IsString()
  @MinLength(1)
  name!: string;

  /** The institution's published numbers: never a customer's PHONE finding. */
  @IsArray()
  @IsString({ each: true })
  phones!: string[];

  /** The institution's published street addresses (street line only). */
  @IsArray()
  @IsString({ each: true })
  addresses!: string[];

  @IsArray()
  @IsString({ each: true })
  emailDomains!: string[];

  @IsArray()
  @IsString({ each: true })
  handles!: string[];

  /** Identifiers the institution issues (orders, tickets, claims…): never findings. */
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ReferencePatternSchema)
  references!: ReferencePatternSchema[];
}

/** The model that reads the numbers no rule read (docs/classification.md, "The digit-run model"). */
export class DigitRunModelSchema {
  @IsIn(DIGIT_RUN_MODELS, { message: `must be one of ${DIGIT_RUN_MODELS.join(', ')}` })
  id!: string;

  /** Probability that a run is sensitive from which it is reported (default: the model's own). */
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  minScore?: number;
}

/** The model that reads word-shaped secrets no rule read (docs/classification.md, "The credential model"). */
export class CredentialModelSchema {
  @IsIn(CREDENTIAL_MODELS, { message: `must be one of ${CREDENTIAL_MODELS.join(', ')}` })
  id!: string;

  /** Probability that a token is a credential from which it is reported (default: the model's own). */
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  minScore?: number;
}

export class DetectorsPolicySchema {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => EntityPolicySchema)
  entities!: EntityPolicySchema[];

  @ValidateNested()
  @Type(() => ContextWindowSchema)
  contextWindow!: ContextWindowSchema;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ContextLexiconSchema)
  contexts!: ContextLexiconSchema[];

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CredentialLexiconSchema)
  credentials!: CredentialLexiconSchema[];

  /** Words that, following a credential keyword, are prose and not a secret ("password is wrong"). */
  @IsArray()
  @IsString({ each: true })
  credentialStopwords!: string[];

  @ValidateNested()
  @Type(() => BrandPolicySchema)
  brand!: BrandPolicySchema;

  /** Without it, only the rules read numbers. */
  @IsOptional()
  @ValidateNested()
  @Type(() => DigitRunModelSchema)
  digitRunModel?: DigitRunModelSchema;

  /** Without it, only the rules read credentials. */
  @IsOptional()
  @ValidateNested()
  @Type(() => CredentialModelSchema)
  credentialModel?: CredentialModelSchema;
}
