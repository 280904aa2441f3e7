import { PRIORITIES, type Visibility } from '../../policy/core';
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

export interface DecisionInput {
  findings: readonly RawFinding[];
  intents: IntentScores;
  context: ClassificationContext | undefined;
}

export function resolveVisibility(
  policy: CompiledPolicy,
  context: ClassificationContext | undefined,
): Visibility {
  if (context?.visibility !== undefined) return context.visibility;
  const channel = context?.channel === undefined ? undefined : policy.channels.get(context.channel);
  // Unknown channel and no visibility: assume public, the stricter reading.
  return channel?.defaultVisibility ?? 'public';
}

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

export function decide(policy: CompiledPolicy, input: DecisionInput): Decision {
  const { findings, context } = input;
  const intentConfidences = input.intents.confidences;
  const ruleWeights = input.intents.ruleWeights;
  const visibility = resolveVisibility(policy, context);
  const channelId = context?.channel;
  const channel = channelId === undefined ? undefined : policy.channels.get(channelId);

  let actions = 0;
  let priority = -1;
  const signoffRoles: string[] = [];
  const ruleIds: string[] = [];
  for (const rule of policy.rules) {
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
    ruleIds.push(rule.id);
    actions |= rule.actions;
    if (rule.priority > priority) priority = rule.priority;
    for (const role of rule.signoffRoles) if (!signoffRoles.includes(role)) signoffRoles.push(role);
  }

  let sensitive = false;
  for (const f of findings) if ((policy.sensitiveMask & (1 << f.type)) !== 0) sensitive = true;
  const accountSpecific = (intentConfidences[policy.accountSpecificIntent] ?? 0) > 0;
  if (sensitive || accountSpecific) {
    const required =
      ACTION_ROUTE_OFFLINE | (visibility === 'public' ? ACTION_BLOCK_PUBLIC_REPLY : 0);
    if ((actions & required) !== required) {
      actions |= required;
      ruleIds.push(INVARIANT_OFFLINE_ROUTING);
    }
  }
  if (visibility === 'private') actions &= ~(ACTION_BLOCK_PUBLIC_REPLY | ACTION_HIDE_PUBLIC_POST);
  if (channel !== undefined && !channel.canHidePublicPosts) actions &= ~ACTION_HIDE_PUBLIC_POST;

  const list: DecisionAction[] = [];
  if ((actions & ACTION_ROUTE_OFFLINE) !== 0) list.push('route_offline');
  if ((actions & ACTION_REQUIRE_SIGNOFF) !== 0) list.push('require_signoff');
  if ((actions & ACTION_BLOCK_PUBLIC_REPLY) !== 0) list.push('block_public_reply');
  if ((actions & ACTION_HIDE_PUBLIC_POST) !== 0) list.push('hide_public_post');
  return {
    actions: list,
    priority: PRIORITIES[priority >= 0 ? priority : policy.defaultPriority] ?? 'normal',
    signoffRoles,
    ruleIds,
    policyVersion: policy.version,
  };
}
