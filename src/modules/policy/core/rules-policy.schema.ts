import 'reflect-metadata';
import { Transform, Type } from 'class-transformer';
import {
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  Validate,
  ValidateNested,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { ReportAtParent } from '../../../platform/policy-files/policy-file.parser';
import {
  ENTITY_TYPES,
  PRIORITIES,
  RULE_ACTIONS,
  VISIBILITIES,
  type EntityType,
  type Priority,
  type RuleActionType,
  type Visibility,
} from './policy-vocabulary';

const ROLE = /^[a-z][a-z0-9_]*$/;

function actionValueProblem(type: unknown, value: unknown): string | undefined {
  switch (type) {
    case 'require_signoff':
      return typeof value === 'string' && ROLE.test(value)
        ? undefined
        : 'require_signoff needs a role, e.g. { require_signoff: legal }';
    case 'priority':
      return typeof value === 'string' && (PRIORITIES as readonly string[]).includes(value)
        ? undefined
        : `priority must be one of ${PRIORITIES.join(', ')}`;
    default:
      // Every other action of the vocabulary is a bare name; unknown names are reported by @IsIn.
      if (!(RULE_ACTIONS as readonly unknown[]).includes(type)) return undefined;
      return value === undefined || value === true ? undefined : `${String(type)} takes no value`;
  }
}

@ValidatorConstraint({ name: 'actionValue' })
class ActionValueConstraint implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    return actionValueProblem((args.object as { type?: unknown }).type, value) === undefined;
  }

  defaultMessage(args: ValidationArguments): string {
    return actionValueProblem((args.object as { type?: unknown }).type, args.value) ?? 'is invalid';
  }
}

/**
 * An action as written in YAML: a bare name (`route_offline`) or a one-key map
 * (`{ require_signoff: legal }`, `{ priority: urgent }`), normalised to `{ type, value }`.
 */
export class RuleActionSchema {
  @ReportAtParent()
  @IsIn(RULE_ACTIONS, { message: `must be one of ${RULE_ACTIONS.join(', ')}` })
  type!: RuleActionType;

  @ReportAtParent()
  @Validate(ActionValueConstraint)
  value?: string | true;
}

function normaliseAction(raw: unknown): RuleActionSchema {
  const action = new RuleActionSchema();
  if (typeof raw === 'string') {
    action.type = raw as RuleActionType;
  } else if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const entries = Object.entries(raw as Record<string, unknown>);
    const first = entries[0];
    if (entries.length === 1 && first !== undefined) {
      action.type = first[0] as RuleActionType;
      if (first[1] !== null) action.value = first[1] as string | true;
    } else {
      action.type = `{${entries.map(([k]) => k).join(', ')}}` as RuleActionType;
    }
  } else {
    action.type = String(raw) as RuleActionType;
  }
  return action;
}

export class EntityConditionSchema {
  /** Any finding of one of these types. */
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @IsIn(ENTITY_TYPES, { each: true, message: `must be one of ${ENTITY_TYPES.join(', ')}` })
  types?: EntityType[];

  /** Any finding of a type marked `sensitive` in detectors.yaml. */
  @IsOptional()
  @IsBoolean()
  sensitive?: boolean;

  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  minConfidence?: number;
}

export class IntentConditionSchema {
  @IsString()
  intent!: string;

  /** Defaults to the intent's own threshold (i.e. "the intent was reported"). */
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  minConfidence?: number;
}

/** All given conditions must hold; lists inside a condition are any-of. */
export class RuleConditionSchema {
  @IsOptional()
  @ValidateNested()
  @Type(() => EntityConditionSchema)
  entities?: EntityConditionSchema;

  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ValidateNested({ each: true })
  @Type(() => IntentConditionSchema)
  intents?: IntentConditionSchema[];

  /** Ids of intent rules (intents.yaml) any of which must have matched. */
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @IsString({ each: true })
  intentRules?: string[];

  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @IsString({ each: true })
  channels?: string[];

  @IsOptional()
  @IsIn(VISIBILITIES, { message: `must be one of ${VISIBILITIES.join(', ')}` })
  visibility?: Visibility;
}

export class RuleSchema {
  @Matches(/^[A-Za-z][A-Za-z0-9_.-]*$/, {
    message: 'must be an id (letters, digits, ".", "_", "-")',
  })
  id!: string;

  @IsOptional()
  @IsString()
  description?: string;

  @ValidateNested()
  @Type(() => RuleConditionSchema)
  when!: RuleConditionSchema;

  @IsArray()
  @ArrayNotEmpty()
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map(normaliseAction) : value,
  )
  @ValidateNested({ each: true })
  actions!: RuleActionSchema[];
}

export class RulesPolicySchema {
  /** Roles that a `require_signoff` action may name. */
  @IsArray()
  @ArrayNotEmpty()
  @Matches(ROLE, { each: true, message: 'must be a snake_case role name' })
  signoffRoles!: string[];

  @IsIn(PRIORITIES, { message: `must be one of ${PRIORITIES.join(', ')}` })
  defaultPriority!: Priority;

  @IsArray()
  @ArrayNotEmpty()
  @ValidateNested({ each: true })
  @Type(() => RuleSchema)
  rules!: RuleSchema[];
}
