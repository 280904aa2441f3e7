import { Transform, Type } from 'class-transformer';
import {
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsEnum,
  IsObject,
  IsOptional,
  IsString,
  ValidateNested,
} from 'class-validator';
import { Action, Location, Role, Subject } from './access.enums';
import { parsePolicyFile } from '../policy-files/policy-file.parser';

const toArray = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? [value] : value;

export class AccessRuleSchema {
  @Transform(toArray)
  @IsArray()
  @ArrayNotEmpty()
  @IsEnum(Action, { each: true })
  action!: Action[];

  @Transform(toArray)
  @IsArray()
  @ArrayNotEmpty()
  @IsEnum(Subject, { each: true })
  subject!: Subject[];

  @IsOptional()
  @IsObject()
  conditions?: Record<string, unknown>;

  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  fields?: string[];

  @IsOptional()
  @IsBoolean()
  inverted?: boolean;

  /** Why a restriction exists (shown to the caller); required reading for inverted rules. */
  @IsOptional()
  @IsString()
  reason?: string;
}

class RoleRulesSchema implements Partial<Record<Role, AccessRuleSchema[]>> {
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => AccessRuleSchema)
  agent?: AccessRuleSchema[];
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => AccessRuleSchema)
  compliance_officer?: AccessRuleSchema[];
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => AccessRuleSchema)
  legal?: AccessRuleSchema[];
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => AccessRuleSchema)
  auditor?: AccessRuleSchema[];
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => AccessRuleSchema)
  admin?: AccessRuleSchema[];
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => AccessRuleSchema)
  knowledge_editor?: AccessRuleSchema[];
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => AccessRuleSchema)
  integration?: AccessRuleSchema[];
}

class LocationRulesSchema implements Partial<Record<Location, AccessRuleSchema[]>> {
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => AccessRuleSchema)
  office?: AccessRuleSchema[];
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => AccessRuleSchema)
  remote?: AccessRuleSchema[];
}

/** policies/access.yaml: CASL rules per role, then restrictions per location. */
export class AccessPolicySchema {
  @IsObject()
  @ValidateNested()
  @Type(() => RoleRulesSchema)
  roles!: RoleRulesSchema;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LocationRulesSchema)
  locations?: LocationRulesSchema;
}

export type AccessPolicy = AccessPolicySchema;

/** Loads and validates access.yaml; an unknown action, subject or role names file and line. */
export function loadAccessPolicy(file: string): AccessPolicy {
  return parsePolicyFile(file, AccessPolicySchema);
}
