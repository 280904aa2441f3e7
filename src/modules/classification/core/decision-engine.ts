import { DECISION_ACTIONS, PRIORITIES, type Visibility } from '../../policy/core';
import type { IntentScores } from './classifier-scratch';
import {
  ACTION_BIT,
  INVARIANT_2_MASK,
  INVARIANT_BIT,
  UNREAD_BIT,
  type CompiledPolicy,
  type CompiledRule,
} from './compiled-policy';
import type { ClassificationContext, Decision, DecisionAction } from './classification.types';
import type { RawFinding } from './detection-state';

const ROUTE_OFFLINE = ACTION_BIT.route_offline;
const BLOCK_PUBLIC_REPLY = ACTION_BIT.block_public_reply;
const HIDE_PUBLIC_POST = ACTION_BIT.hide_public_post;

/**
 * Cited when the policy's own rules failed to route offline a post carrying
 * sensitive data or an account-specific question (DESIGN.md invariant 2): the
 * invariant holds whatever rules.yaml says.
 */
export const INVARIANT_OFFLINE_ROUTING = 'INV-2-offline-routing';

/**
 * Cited when a number no detector could read (a card failing Luhn, digits split
 * an unforeseen way) follows a card, account, routing or SSN cue, and nothing
 * else routed the post offline: it goes offline though it reports no entity.
 */
export const INVARIANT_UNREAD_NUMBER = 'INV-2-unread-number';

function entityConditionHolds(
  policy: CompiledPolicy,
  rule: CompiledRule,
  findings: readonly RawFinding[],
): boolean {
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k];
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
 *
 * `key` (scratch, `1 + policy.ruleWords` words) receives the decision-cache key:
 * word 0 holds the final actions (one bit per DECISION_ACTIONS entry) and
 * INVARIANT_BIT; word 1 + w holds fired rules 32w … 32w + 31. Every bit has one
 * meaning whatever the number of actions or rules, so two different outcomes
 * never share a key.
 */
export function decideFor(
  policy: CompiledPolicy,
  findings: readonly RawFinding[],
  intents: IntentScores,
  context: ClassificationContext | undefined,
  key: Int32Array,
  /** Types of every finding, before the per-type minimum confidence of detectors.yaml. */
  detectedMask: number,
  /** A number no detector read, near a card, account, routing or SSN cue or long (INV-2-unread-number). */
  unreadNumber = false,
): Decision {
  const intentConfidences = intents.confidences;
  const ruleWeights = intents.ruleWeights;
  const channelId = context?.channel;
  const channel = channelId === undefined ? undefined : policy.channels.get(channelId);
  // Unknown channel and no visibility given: assume public, the stricter reading.
  const visibility: Visibility = context?.visibility ?? channel?.defaultVisibility ?? 'public';

  let entityMask = 0;
  for (let k = 0; k < findings.length; k++) entityMask |= 1 << findings[k].type;
  const reported = intents.reportedMask;
  let actions = 0;
  for (let w = 1; w <= policy.ruleWords; w++) key[w] = 0;
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
    key[1 + (r >>> 5)] |= 1 << (r & 31);
    actions |= rule.actions;
  }

  let invariant = false;
  // Invariant 2 reads the fixed types over every finding, so that neither
  // `sensitive: false` nor a minimum confidence in detectors.yaml can undo it.
  const sensitive =
    (INVARIANT_2_MASK & detectedMask) !== 0 || (policy.sensitiveMask & entityMask) !== 0;
  const accountSpecific = (intentConfidences[policy.accountSpecificIntent] ?? 0) > 0;
  let unread = false;
  if (sensitive || accountSpecific || unreadNumber) {
    const required = ROUTE_OFFLINE | (visibility === 'public' ? BLOCK_PUBLIC_REPLY : 0);
    if ((actions & required) !== required) {
      actions |= required;
      invariant = true;
      unread = !sensitive && !accountSpecific;
    }
  }
  if (visibility === 'private') actions &= ~(BLOCK_PUBLIC_REPLY | HIDE_PUBLIC_POST);
  if (channel !== undefined && !channel.canHidePublicPosts) actions &= ~HIDE_PUBLIC_POST;

  // The decision is a function of (rules fired, final actions, invariant applied):
  // build it once per combination and share it, frozen.
  key[0] = actions | (invariant ? INVARIANT_BIT : 0) | (unread ? UNREAD_BIT : 0);
  const cached = policy.decisionCache.get(key);
  if (cached !== undefined) return cached;
  const decision = buildDecision(policy, key, actions, invariant, unread);
  policy.decisionCache.set(key, decision);
  return decision;
}

function buildDecision(
  policy: CompiledPolicy,
  key: Int32Array,
  actions: number,
  invariant: boolean,
  unread: boolean,
): Decision {
  let priority = -1;
  const signoffRoles: string[] = [];
  const ruleIds: string[] = [];
  policy.rules.forEach((rule, r) => {
    if (((key[1 + (r >>> 5)] ?? 0) & (1 << (r & 31))) === 0) return;
    ruleIds.push(rule.id);
    if (rule.priority > priority) priority = rule.priority;
    for (const role of rule.signoffRoles) if (!signoffRoles.includes(role)) signoffRoles.push(role);
  });
  if (invariant) ruleIds.push(unread ? INVARIANT_UNREAD_NUMBER : INVARIANT_OFFLINE_ROUTING);
  const list: DecisionAction[] = DECISION_ACTIONS.filter((a) => (actions & ACTION_BIT[a]) !== 0);
  return Object.freeze({
    actions: Object.freeze(list) as DecisionAction[],
    priority: PRIORITIES[priority >= 0 ? priority : policy.defaultPriority] ?? 'normal',
    signoffRoles: Object.freeze(signoffRoles) as string[],
    ruleIds: Object.freeze(ruleIds) as string[],
    policyVersion: policy.version,
  });
}
