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
  /** When a model rule (intents.yaml `model:`) matched: the model's id and its probability. */
  model?: { id: string; score: number };
}

export interface Decision {
  actions: DecisionAction[];
  priority: Priority;
  signoffRoles: string[];
  /** Rules (rules.yaml ids, or an invariant id) that fired, in order. */
  ruleIds: string[];
  policyVersion: string;
}

/**
 * The institution's own published contact points on the handle a post came to
 * (channels.yaml `handles[].ownContacts`): a post quoting them is not giving
 * away the customer's data. Added to detectors.yaml `brand` for this post.
 */
export interface OwnContacts {
  /** Phone numbers as published, any layout ("1-800-555-0142", "(617) 555-0100"). */
  phones?: readonly string[];
  /** Email domains; subdomains count too. */
  emailDomains?: readonly string[];
  /** URLs; their host names count as email domains too. */
  urls?: readonly string[];
}

export interface ClassificationContext {
  /** `x`, `facebook`, `instagram`, `dm`, … (channels.yaml ids). */
  channel?: string;
  /** Defaults to the channel's default visibility, and to `public` when unknown. */
  visibility?: Visibility;
  /** The institution's contact points on the receiving handle, for the intake to pass. */
  ownContacts?: OwnContacts;
}

export interface ClassificationResult {
  entities: EntityFinding[];
  intents: IntentResult[];
  decision: Decision;
}
