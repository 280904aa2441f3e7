import type { CsatResponseDto } from './dtos/csat.dtos';
import type { CsatRow } from './csat.repository';
import type { CrisisState } from './crisis.service';
import type { ReplyDetail } from './reply-drafts.service';
import type {
  ConversationReplyDto,
  ReplyDetailResponseDto,
  ReplyResponseDto,
  SignoffResponseDto,
} from './dtos/reply.dtos';
import type { ReplyRow, SignoffRow } from './replies.repository';
import type { ReviewResponseDto } from './dtos/review.dtos';
import type { ReviewRow } from './reviews.repository';
import type { CrisisStateResponseDto } from './dtos/crisis.dtos';
import type { SandboxDeliveryResponseDto } from './dtos/sandbox.dtos';
import type {
  ScheduledPostDetailResponseDto,
  ScheduledPostResponseDto,
} from './dtos/scheduled-post.dtos';
import type { SandboxDeliveryRow } from './sandbox.repository';
import type { PostSignoffRow, ScheduledPostRow } from './scheduled-posts.repository';

export function crisisResponse(s: CrisisState): CrisisStateResponseDto {
  return {
    active: s.active,
    since: s.since?.toISOString() ?? null,
    reason: s.reason,
    startedBy: s.startedBy,
    endedAt: s.endedAt?.toISOString() ?? null,
  };
}

export function scheduledPostResponse(p: ScheduledPostRow): ScheduledPostResponseDto {
  return {
    id: p.id,
    handle: p.handleId,
    platform: p.platform,
    templateId: p.templateId,
    templateVersionId: p.templateVersionId,
    variables: p.variables,
    text: p.text,
    policyVersion: p.policyVersion,
    publishAt: p.publishAt.toISOString(),
    status: p.status,
    requiredSignoffs: p.requiredSignoffs,
    authorId: p.authorId,
    platformMessageId: p.platformMessageId,
    createdAt: p.createdAt.toISOString(),
    version: p.version,
  };
}

export function sandboxDeliveryResponse(d: SandboxDeliveryRow): SandboxDeliveryResponseDto {
  return {
    id: d.id,
    idempotencyKey: d.idempotencyKey,
    platform: d.platform,
    kind: d.kind,
    accountId: d.accountId,
    inReplyTo: d.inReplyTo,
    recipientId: d.recipientId,
    text: d.text,
    platformMessageId: d.platformMessageId,
    deliveredAt: d.deliveredAt.toISOString(),
    repeatSends: d.repeatSends,
  };
}

export function replyResponse(r: ReplyRow): ReplyResponseDto {
  return {
    id: r.id,
    conversationId: r.conversationId,
    status: r.status,
    text: r.text,
    requiredSignoffs: r.requiredSignoffs,
    templateId: r.templateId,
    templateVersionId: r.templateVersionId,
    purpose: r.purpose,
    variables: r.variables,
    channel: r.channel,
    visibility: r.visibility,
    handle: r.handleId,
    policyVersion: r.policyVersion,
    ruleIds: r.ruleIds,
    authorId: r.authorId,
    platformMessageId: r.platformMessageId,
    createdAt: r.createdAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
    version: r.version,
  };
}

export function scheduledPostDetailResponse(
  p: ScheduledPostRow,
  signoffs: PostSignoffRow[],
): ScheduledPostDetailResponseDto {
  return { ...scheduledPostResponse(p), signoffs: signoffs.map(signoffResponse) };
}

function signoffResponse(s: SignoffRow | PostSignoffRow): SignoffResponseDto {
  return {
    role: s.role,
    signerId: s.signerId,
    decision: s.decision,
    reason: s.reason,
    decidedAt: s.decidedAt.toISOString(),
  };
}

/** A reply as the conversation view lists it: the reply and its sign-offs so far. */
export function conversationReplyResponse(
  r: ReplyRow,
  signoffs: SignoffRow[],
): ConversationReplyDto {
  return { ...replyResponse(r), createdBy: r.authorId, signoffs: signoffs.map(signoffResponse) };
}

export function replyDetailResponse(d: ReplyDetail): ReplyDetailResponseDto {
  return {
    ...replyResponse(d.reply),
    signoffs: d.signoffs.map(signoffResponse),
    attempts: d.attempts.map((a) => ({
      attempt: a.attempt,
      transport: a.transport,
      outcome: a.outcome,
      errorCode: a.errorCode,
      startedAt: a.startedAt.toISOString(),
      finishedAt: a.finishedAt.toISOString(),
      nextAttemptAt: a.nextAttemptAt?.toISOString() ?? null,
    })),
    delivery: d.outbox?.status ?? null,
  };
}

export function reviewResponse(r: ReviewRow): ReviewResponseDto {
  return {
    id: r.id,
    replyId: r.replyId,
    conversationId: r.conversationId,
    agentId: r.agentId,
    week: r.week,
    sampledAt: r.sampledAt.toISOString(),
    status: r.status,
    outcome: r.outcome,
    note: r.note,
    reviewerId: r.reviewerId,
    reviewedAt: r.reviewedAt?.toISOString() ?? null,
    text: r.text,
    templateVersionId: r.templateVersionId,
    platformMessageId: r.platformMessageId,
    sentAt: r.sentAt?.toISOString() ?? null,
    version: r.version,
  };
}

export function csatResponse(r: CsatRow): CsatResponseDto {
  return {
    id: r.id,
    conversationId: r.conversationId,
    handleId: r.handleId,
    channel: r.channel,
    agentId: r.agentId,
    status: r.status,
    skipReason: r.skipReason,
    resolvedAt: r.resolvedAt.toISOString(),
    dueAt: r.dueAt.toISOString(),
    replyId: r.replyId,
    templateVersionId: r.templateVersionId,
    sentAt: r.sentAt?.toISOString() ?? null,
    score: r.score,
    answerMessageId: r.answerMessageId,
    answeredAt: r.answeredAt?.toISOString() ?? null,
    version: r.version,
  };
}
