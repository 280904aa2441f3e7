import { createMongoAbility, type MongoAbility, type RawRuleOf } from '@casl/ability';
import type { Me } from '../api/client';

export type ConsoleAbility = MongoAbility;

/** The caller's CASL rules from GET /v1/me, so the navigation shows only what they may use. */
export function abilityOf(me: Me): ConsoleAbility {
  const rules = me.rules.map((r): RawRuleOf<MongoAbility> => ({
    action: r.action,
    subject: r.subject,
    inverted: r.inverted,
    ...(r.conditions ? { conditions: r.conditions } : {}),
    ...(r.fields ? { fields: r.fields } : {}),
  }));
  return createMongoAbility(rules);
}
