import type { JsonValue, SealedPayload, SealTarget } from '../subjects';
import type { ConversationStatus } from './core/conversation-status';
import type { Priority } from './core/sla';

export type { ConversationStatus, Priority };

export type MessageDirection = 'inbound' | 'outbound';
export type MessageVisibility = 'public' | 'private';

/** One redacted span of an inbound message (offsets into the text as received). */
export interface RedactionRecord {
  type: string;
  detector: string;
  start: number;
  end: number;
  action: 'truncated' | 'removed' | 'masked';
}

/** A classifier finding without its value. */
export interface EntitySummary {
  type: string;
  start: number;
  end: number;
  detector: string;
  confidence: number;
}

export interface IntentSummary {
  id: string;
  confidence: number;
  ruleIds?: string[];
}

/** The policy decision on a message, as the classifier gave it (DESIGN invariant 8). */
export interface DecisionSummary {
  /** `route_offline`, `block_public_reply`, `require_signoff`, `hide_public_post`, … */
  actions: string[];
  priority: Priority;
  /** Roles whose sign-off a reply needs. */
  signoffRoles?: string[];
  ruleIds: string[];
  policyVersion: string;
}

/** What the intake pipeline hands over for one normalised, screened, classified post. */
export interface InboundMessageInput {
  handleId: string;
  platform: string;
  /** Channel kind (a channels.yaml id: x, facebook, instagram, dm, …): its SLA applies. */
  channel: string;
  /** The platform's message id: the de-duplication key, unique per handle. */
  externalId: string;
  /** The platform thread id, or the DM partner's id. */
  threadKey: string;
  inReplyTo?: string;
  author: { id: string; handle?: string; name?: string };
  /** `<platform>:<authorId>`, the data subject whose key seals the original. */
  subjectId: string;
  visibility: MessageVisibility;
  occurredAt: Date;
  /** What is stored in clear: cards truncated, credentials removed, other sensitive values masked. */
  maskedText: string;
  /**
   * The (PAN-safe) original, sealed under the subject's key with the target
   * `inboundOriginalTarget(handleId, externalId)`, when it held sealable values.
   */
  sealedOriginal?: SealedPayload;
  /**
   * Instead of `sealedOriginal`: the (PAN-safe) original text, sealed under
   * the subject's key in the transaction that stores the message, once its
   * key is read there.
   */
  original?: string;
  redactions: RedactionRecord[];
  classification: {
    entities: EntitySummary[];
    intents: IntentSummary[];
    decision: DecisionSummary;
  };
}

export interface RecordInboundResult {
  messageId: string;
  conversationId: string;
  /** True when this platform message was already stored; nothing changed then. */
  duplicate: boolean;
}

/**
 * The seal target of an inbound message's original. The message's own id does
 * not exist when the intake pipeline seals, so the target names the platform
 * message (handle + platform id), which is also unique.
 */
export function inboundOriginalTarget(handleId: string, externalId: string): SealTarget {
  return { kind: 'message.original', id: `${handleId}/${externalId}` };
}

/** A recorded reply that went out (from the replies work). */
export interface OutboundMessageInput {
  conversationId: string;
  /** The platform's id of the sent message, when known (unique per handle). */
  externalId?: string;
  visibility: MessageVisibility;
  /** The rendered, screened text that was sent (never free text). */
  text: string;
  inReplyTo?: string;
  /** What produced it, for the archive: template version, draft id, … */
  refs?: Record<string, string>;
  policyVersion?: string;
}

export type { JsonValue };

/** The conversation as other modules see it. */
export interface ConversationView {
  id: string;
  handleId: string;
  platform: string;
  channel: string;
  threadKey: string;
  subjectId: string;
  status: ConversationStatus;
  priority: Priority;
  intents: string[];
  accountSpecific: boolean;
  sensitive: boolean;
  routeOfflineRequired: boolean;
  decision: DecisionSummary;
  assigneeId: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  lastMessageAt: Date;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  routedOfflineAt: Date | null;
  firstResponseBreachedAt: Date | null;
  resolutionBreachedAt: Date | null;
}

export interface MessageView {
  id: string;
  conversationId: string;
  handleId: string;
  externalId: string | null;
  direction: MessageDirection;
  visibility: MessageVisibility;
  authorId: string;
  authorHandle: string | null;
  authorName: string | null;
  subjectId: string | null;
  inReplyTo: string | null;
  occurredAt: Date;
  recordedAt: Date;
  /** Always the masked form. */
  text: string;
  sealedOriginal: SealedPayload | null;
  redactions: RedactionRecord[];
  entities: EntitySummary[];
  intents: IntentSummary[];
  decision: DecisionSummary | null;
}

export type ComplaintKind = 'complaint' | 'legal_threat' | 'regulator_mention';
export const COMPLAINT_KINDS: readonly ComplaintKind[] = [
  'complaint',
  'legal_threat',
  'regulator_mention',
];

export interface ComplaintView {
  id: string;
  conversationId: string;
  handleId: string;
  channel: string;
  kinds: ComplaintKind[];
  policyVersion: string;
  ruleIds: string[];
  detectedAt: Date;
  acknowledgedAt: Date | null;
  respondedAt: Date | null;
  closedAt: Date | null;
  /** The conversation's current status and priority. */
  status: ConversationStatus;
  priority: Priority;
}

export const OFFLINE_METHODS = ['dm', 'secure_message', 'phone_callback', 'branch'] as const;
export type OfflineMethod = (typeof OFFLINE_METHODS)[number];
export const OFFLINE_OUTCOMES = ['resolved', 'unreachable', 'declined', 'escalated'] as const;
export type OfflineOutcome = (typeof OFFLINE_OUTCOMES)[number];

export interface OfflineCaseView {
  id: string;
  conversationId: string;
  caseRef: string;
  method: OfflineMethod;
  status: 'open' | 'closed';
  acknowledgementStatus: 'pending' | 'sent';
  outcome: OfflineOutcome | null;
  note: string | null;
  openedAt: Date;
  openedBy: string;
  closedAt: Date | null;
  closedBy: string | null;
}
