/**
 * The conversations module's public API for other modules.
 *
 * Intake (channels): `ConversationsService.recordInboundMany(tx, now, inputs)`
 * inside `AuditedWork.runMany(actors, (tx, now) => …)` (a group of posts, one
 * `Audited<RecordInboundResult>` each), or `recordInbound(ctx, input)` inside
 * `AuditedWork.run`. Give the PAN-safe original as `original` (sealed in the
 * transaction), or seal it beforehand with `inboundOriginalTarget(handleId,
 * externalId)` as the seal target: the message store and the archive open it
 * with that.
 *
 * Replies:
 * - `getConversationForReply(id, ability)`: the conversation and its masked
 *   messages, or CONVERSATION_NOT_FOUND when the caller may not read it;
 * - `markReplyPending(ctx, id)`: status → awaiting_signoff;
 * - `recordOutbound(ctx, { conversationId, text, visibility, externalId?, refs?,
 *   policyVersion?, offlineCaseId?, keepStatus? })`: the sent message,
 *   first-response time, complaint acknowledgement, the open offline case's
 *   acknowledgement sent (a public reply on a routed conversation); a
 *   conversation waiting on the reply is resolved unless `keepStatus`;
 * - `markReplied(ctx, id)`: status → resolved (refused with ROUTE_OFFLINE_FIRST
 *   where policy said route_offline and the conversation was not routed);
 * - `transition(ctx, id, to, reason, version?, ability?)`: any move the status
 *   table allows.
 * - `resolvedAfter(ctx, { at, id }, channels, limit)`: conversations resolved after a
 *   keyset position (satisfaction surveys);
 * - `inboundAfter(id, after, { ctx?, limit? })`: inbound messages (masked) recorded after an instant.
 * Each returns `Audited<…>` for the caller's AuditedWork.
 */
export { ConversationsModule } from './conversations.module';
export { ConversationsService, canSee, type ConversationForReply } from './conversations.service';
export { ConversationsError, ConversationsErrorCode } from './conversations.errors';
export {
  CONVERSATION_STATUSES,
  TRANSITIONS,
  type ConversationStatus,
} from './core/conversation-status';
export {
  inboundOriginalTarget,
  type ConversationView,
  type DecisionSummary,
  type EntitySummary,
  type InboundMessageInput,
  type IntentSummary,
  type MessageView,
  type OutboundMessageInput,
  type RecordInboundResult,
  type RedactionRecord,
} from './conversations.types';
