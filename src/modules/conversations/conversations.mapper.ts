import type {
  ComplaintView,
  ConversationView,
  DecisionSummary,
  MessageView,
  OfflineCaseView,
} from './conversations.types';
import type {
  ComplaintResponseDto,
  ConversationDetailResponseDto,
  ConversationResponseDto,
  DecisionDto,
  FiredRuleDto,
  MessageResponseDto,
  OfflineCaseResponseDto,
} from './dtos/conversations.dtos';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function toDecisionDto(d: DecisionSummary): DecisionDto {
  return {
    actions: [...d.actions],
    priority: d.priority,
    ruleIds: [...d.ruleIds],
    policyVersion: d.policyVersion,
    signoffRoles: [...(d.signoffRoles ?? [])],
  };
}

export function toConversationDto(c: ConversationView): ConversationResponseDto {
  return {
    id: c.id,
    status: c.status,
    priority: c.priority,
    accountSpecific: c.accountSpecific,
    sensitive: c.sensitive,
    version: c.version,
    handleId: c.handleId,
    platform: c.platform,
    channel: c.channel,
    threadKey: c.threadKey,
    intents: [...c.intents],
    routeOfflineRequired: c.routeOfflineRequired,
    decision: toDecisionDto(c.decision),
    assigneeId: c.assigneeId,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    lastMessageAt: c.lastMessageAt.toISOString(),
    firstResponseDueAt: iso(c.firstResponseDueAt),
    resolutionDueAt: iso(c.resolutionDueAt),
    firstResponseAt: iso(c.firstResponseAt),
    resolvedAt: iso(c.resolvedAt),
    closedAt: iso(c.closedAt),
    routedOfflineAt: iso(c.routedOfflineAt),
    breached: c.firstResponseBreachedAt !== null || c.resolutionBreachedAt !== null,
    firstResponseBreachedAt: iso(c.firstResponseBreachedAt),
    resolutionBreachedAt: iso(c.resolutionBreachedAt),
  };
}

/** The masked text only; the sealed original never leaves through this mapper. */
export function toMessageDto(m: MessageView): MessageResponseDto {
  return {
    id: m.id,
    direction: m.direction,
    text: m.text,
    visibility: m.visibility,
    externalId: m.externalId,
    authorId: m.authorId,
    authorHandle: m.authorHandle,
    authorName: m.authorName,
    inReplyTo: m.inReplyTo,
    occurredAt: m.occurredAt.toISOString(),
    recordedAt: m.recordedAt.toISOString(),
    hasSealedOriginal: m.sealedOriginal !== null,
    redactions: m.redactions.map((r) => ({
      type: r.type,
      detector: r.detector,
      start: r.start,
      end: r.end,
      action: r.action,
    })),
    intents: m.intents.map((i) => i.id),
    decision: m.decision ? toDecisionDto(m.decision) : null,
  };
}

export function toOfflineCaseDto(o: OfflineCaseView): OfflineCaseResponseDto {
  return {
    id: o.id,
    caseRef: o.caseRef,
    method: o.method,
    status: o.status,
    acknowledgementStatus: o.acknowledgementStatus,
    outcome: o.outcome,
    note: o.note,
    openedAt: o.openedAt.toISOString(),
    openedBy: o.openedBy,
    closedAt: iso(o.closedAt),
    closedBy: o.closedBy,
  };
}

export function toComplaintDto(k: ComplaintView): ComplaintResponseDto {
  return {
    id: k.id,
    conversationId: k.conversationId,
    handleId: k.handleId,
    channel: k.channel,
    kinds: [...k.kinds],
    policyVersion: k.policyVersion,
    ruleIds: [...k.ruleIds],
    detectedAt: k.detectedAt.toISOString(),
    acknowledgedAt: iso(k.acknowledgedAt),
    respondedAt: iso(k.respondedAt),
    closedAt: iso(k.closedAt),
    status: k.status,
    priority: k.priority,
  };
}

/** A rule of the policy in force, as the detail view explains it. */
export interface RuleText {
  id: string;
  description?: string;
}

/** The rules the decisions cite, first seen first, each with its words from the policy in force. */
export function firedRules(
  c: ConversationView,
  messages: MessageView[],
  inForce: readonly RuleText[],
): FiredRuleDto[] {
  const ids = new Set<string>(c.decision.ruleIds);
  for (const m of messages) for (const id of m.decision?.ruleIds ?? []) ids.add(id);
  const byId = new Map(inForce.map((r) => [r.id, r]));
  return [...ids].map((id) => {
    const rule = byId.get(id);
    return { id, description: rule?.description ?? null, inForce: rule !== undefined };
  });
}

export function toConversationDetailDto(
  c: ConversationView,
  messages: MessageView[],
  offlineCases: OfflineCaseView[],
  complaint: ComplaintView | undefined,
  rules: readonly RuleText[],
): ConversationDetailResponseDto {
  return {
    ...toConversationDto(c),
    rules: firedRules(c, messages, rules),
    messages: messages.map(toMessageDto),
    offlineCases: offlineCases.map(toOfflineCaseDto),
    complaint: complaint ? toComplaintDto(complaint) : null,
  };
}

export const COMPLAINT_CSV_COLUMNS = [
  'id',
  'conversationId',
  'handleId',
  'channel',
  'kinds',
  'status',
  'priority',
  'detectedAt',
  'acknowledgedAt',
  'respondedAt',
  'closedAt',
  'policyVersion',
  'ruleIds',
] as const;

/** RFC 4180 field; a leading formula character is neutralised for spreadsheet readers. */
function csvField(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toComplaintCsv(items: ComplaintResponseDto[], header = true): string {
  const lines = header ? [COMPLAINT_CSV_COLUMNS.join(',')] : [];
  for (const k of items) {
    lines.push(
      COMPLAINT_CSV_COLUMNS.map((col) => {
        const v = k[col];
        return csvField(Array.isArray(v) ? v.join(' ') : (v ?? ''));
      }).join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
