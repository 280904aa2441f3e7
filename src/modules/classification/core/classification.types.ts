import type { DecisionAction, EntityType, Priority, Visibility } from '../../policy/core';

export type { DecisionAction, EntityType, Priority, Visibility };

export interface EntityFinding {
  type: EntityType;
  /** UTF-16 index into the text as received. */
  start: number;
  /** Exclusive UTF-16 index into the text as received. */
  end: number;
  /** Stable id of the detector that produced it, e.g. `card.luhn`. */
  detector: string;
  /** 0..1 */
  confidence: number;
  /** Masked form, safe to log and display (never the full value). */
  preview: string;
}

export interface IntentResult {
  intent: string;
  confidence: number;
  /** Ids of the intents.yaml rules that matched. */
  ruleIds: string[];
}

export interface Decision {
  actions: DecisionAction[];
  priority: Priority;
  signoffRoles: string[];
  /** Rules (rules.yaml ids, or an invariant id) that fired, in order. */
  ruleIds: string[];
  policyVersion: string;
}

export interface ClassificationContext {
  /** `x`, `facebook`, `instagram`, `dm`, … (channels.yaml ids). */
  channel?: string;
  /** Defaults to the channel's default visibility, and to `public` when unknown. */
  visibility?: Visibility;
}

export interface ClassificationResult {
  entities: EntityFinding[];
  intents: IntentResult[];
  decision: Decision;
}
