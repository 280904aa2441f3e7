import { createMongoAbility, type ForcedSubject, MongoAbility, RawRuleOf } from '@casl/ability';
import { Action, Subject } from './access.enums';
import type { AccessPolicy, AccessRuleSchema } from './access-policy';
import type { Principal } from './principal';

/** Subjects are checked by type (route requirements) or as tagged objects (`subject('Conversation', row)`). */
export type AppAbility = MongoAbility<[Action, Subject | string | ForcedSubject<string>]>;
export type AppRule = RawRuleOf<AppAbility> & { reason?: string };

const PLACEHOLDER = /^\$\{user\.(sub|name|location)\}$/;

/** Condition values such as `${user.sub}` are filled in from the caller. */
function interpolate(value: unknown, principal: Principal): unknown {
  if (typeof value === 'string') {
    const m = PLACEHOLDER.exec(value);
    return m ? principal[m[1] as 'sub' | 'name' | 'location'] : value;
  }
  if (Array.isArray(value)) return value.map((v) => interpolate(v, principal));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, interpolate(v, principal)]),
    );
  }
  return value;
}

function toRule(rule: AccessRuleSchema, principal: Principal): AppRule {
  return {
    action: rule.action,
    subject: rule.subject,
    ...(rule.conditions
      ? { conditions: interpolate(rule.conditions, principal) as AppRule['conditions'] }
      : {}),
    ...(rule.fields ? { fields: rule.fields } : {}),
    ...(rule.inverted ? { inverted: true } : {}),
    ...(rule.reason ? { reason: rule.reason } : {}),
  };
}

/**
 * The caller's rules: the grants of every role they hold, then the
 * restrictions of their location. CASL lets a later inverted rule override
 * earlier grants, so location restrictions always win.
 */
export function rulesFor(policy: AccessPolicy, principal: Principal): AppRule[] {
  const rules: AppRule[] = [];
  for (const role of principal.roles) {
    for (const rule of policy.roles[role] ?? []) rules.push(toRule(rule, principal));
  }
  for (const rule of policy.locations?.[principal.location] ?? []) {
    rules.push(toRule(rule, principal));
  }
  return rules;
}

export function buildAbility(policy: AccessPolicy, principal: Principal): AppAbility {
  return createMongoAbility<AppAbility>(rulesFor(policy, principal));
}
