import { PRIORITIES, type Visibility } from '../../policy/core/policy-vocabulary';
import {
  ACTION_BLOCK_PUBLIC_REPLY,
  ACTION_HIDE_PUBLIC_POST,
  ACTION_REQUIRE_SIGNOFF,
  ACTION_ROUTE_OFFLINE,
  type CompiledPolicy,
  type CompiledRule,
} from './compiled-policy';
import type { ClassificationContext, Decision, DecisionAction } from './classification.types';
import type { RawFinding } from './detection-state';
import type { IntentScores } from './intent-matcher';

/**
 * Cited when the policy's own rules failed to route offline a post carrying
 * sensitive data or an account-specific question (DESIGN.md invariant 2): the
 * invariant holds whatever rules.yaml says.
 */
export const INVARIANT_OFFLINE_ROUTING = 'INV-2-offline-routing';

function entityConditionHolds(
  policy: CompiledPolicy,
  rule: CompiledRule,
  findings: readonly RawFinding[],
): boolean {
  for (const f of findings) {
    if (f.confidence < rule.entityMinConfidence) continue;
    const bit = 1 << f.type;
    if ((rule.entityMask & bit) !== 0) return true;
    if (rule.entitySensitive && (policy.sensitiveMask & bit) !== 0) return true;
  }
  return false;
}

/**
 * The decision for a post's findings and intent scores: every rule of rules.yaml
 * whose conditions hold fires; then DESIGN.md invariant 2 is enforced.
 */
export function decideFor(
  policy: CompiledPolicy,
  findings: readonly RawFinding[],
  intents: IntentScores,
  context: ClassificationContext | undefined,
): Decision {
  const intentConfidences = intents.confidences;
  const ruleWeights = intents.ruleWeights;
  const channelId = context?.channel;
  const channel = channelId === undefined ? undefined : policy.channels.get(channelId);
  // Unknown channel and no visibility given: assume public, the stricter reading.
  const visibility: Visibility = context?.visibility ?? channel?.defaultVisibility ?? 'public';

  let entityMask = 0;
  for (const f of findings) entityMask |= 1 << f.type;
  const reported = intents.reportedMask;
  let actions = 0;
  let fired = 0;
  const rules = policy.rules;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    if (rule.hasEntityCondition && (rule.entityAnyMask & entityMask) === 0) continue;
    if (rule.intents !== null && (rule.intentAnyMask & reported) === 0) continue;
    if (rule.visibility !== null && rule.visibility !== visibility) continue;
    if (rule.channels !== null && (channelId === undefined || !rule.channels.has(channelId)))
      continue;
    if (rule.hasEntityCondition && !entityConditionHolds(policy, rule, findings)) continue;
    if (rule.intents !== null) {
      let any = false;
      for (const c of rule.intents) {
        const conf = intentConfidences[c.intent] ?? 0;
        if (conf > 0 && conf >= c.min) any = true;
      }
      if (!any) continue;
    }
    if (rule.intentRuleSlots !== null) {
      let any = false;
      for (const slot of rule.intentRuleSlots) {
        if (
          (ruleWeights[slot] ?? 0) > 0 &&
          (intentConfidences[policy.slotIntent[slot] ?? 0] ?? 0) > 0
        )
          any = true;
      }
      if (!any) continue;
    }
    fired |= 1 << r;
    actions |= rule.actions;
  }

  let invariant = false;
  const sensitive = (policy.sensitiveMask & entityMask) !== 0;
  const accountSpecific = (intentConfidences[policy.accountSpecificIntent] ?? 0) > 0;
  if (sensitive || accountSpecific) {
    const required =
      ACTION_ROUTE_OFFLINE | (visibility === 'public' ? ACTION_BLOCK_PUBLIC_REPLY : 0);
    if ((actions & required) !== required) {
      actions |= required;
      invariant = true;
    }
  }
  if (visibility === 'private') actions &= ~(ACTION_BLOCK_PUBLIC_REPLY | ACTION_HIDE_PUBLIC_POST);
  if (channel !== undefined && !channel.canHidePublicPosts) actions &= ~ACTION_HIDE_PUBLIC_POST;

  // The decision is a function of (rules fired, final actions, invariant applied):
  // build it once per combination and share it, frozen.
  const key = fired * 32 + actions * 2 + (invariant ? 1 : 0);
  const cached = policy.decisionCache.get(key);
  if (cached !== undefined) return cached;
  const decision = buildDecision(policy, fired, actions, invariant);
  if (policy.decisionCache.size < DECISION_CACHE_LIMIT) policy.decisionCache.set(key, decision);
  return decision;
}

const DECISION_CACHE_LIMIT = 4096;

function buildDecision(
  policy: CompiledPolicy,
  fired: number,
  actions: number,
  invariant: boolean,
): Decision {
  let priority = -1;
  const signoffRoles: string[] = [];
  const ruleIds: string[] = [];
  policy.rules.forEach((rule, r) => {
    if ((fired & (1 << r)) === 0) return;
    ruleIds.push(rule.id);
    if (rule.priority > priority) priority = rule.priority;
    for (const role of rule.signoffRoles) if (!signoffRoles.includes(role)) signoffRoles.push(role);
  });
  if (invariant) ruleIds.push(INVARIANT_OFFLINE_ROUTING);
  const list: DecisionAction[] = [];
  if ((actions & ACTION_ROUTE_OFFLINE) !== 0) list.push('route_offline');
  if ((actions & ACTION_REQUIRE_SIGNOFF) !== 0) list.push('require_signoff');
  if ((actions & ACTION_BLOCK_PUBLIC_REPLY) !== 0) list.push('block_public_reply');
  if ((actions & ACTION_HIDE_PUBLIC_POST) !== 0) list.push('hide_public_post');
  return Object.freeze({
    actions: Object.freeze(list) as DecisionAction[],
    priority: PRIORITIES[priority >= 0 ? priority : policy.defaultPriority] ?? 'normal',
    signoffRoles: Object.freeze(signoffRoles) as string[],
    ruleIds: Object.freeze(ruleIds) as string[],
    policyVersion: policy.version,
  });
}
