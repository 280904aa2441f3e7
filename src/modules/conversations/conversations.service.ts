import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { randomUUID } from 'node:crypto';
import type { AppAbility } from '../../platform/auth/ability.factory';
import { Action, Subject } from '../../platform/auth/access.enums';
import { Locks } from '../../platform/database/advisory-locks';
import { assertVersion } from '../../platform/database/optimistic-version';
import type { Transaction } from '../../platform/database/data-source';
import { PlatformError, PlatformErrorCode } from '../../platform/errors/platform.errors';
import type { Audited, AuditContext, AuditRecord } from '../archive';
import { SubjectKeysService, type JsonValue } from '../subjects';
import { canTransition, TRANSITIONS, type ConversationStatus } from './core/conversation-status';
import { dueTimes, earlier, higherPriority } from './core/sla';
import {
  conversationNotFound,
  ConversationsError,
  ConversationsErrorCode,
} from './conversations.errors';
import { ConversationsRepository, type ConversationChange } from './conversations.repository';
import {
  COMPLAINT_KINDS,
  inboundOriginalTarget,
  type ComplaintKind,
  type ConversationView,
  type InboundMessageInput,
  type MessageView,
  type OutboundMessageInput,
  type RecordInboundResult,
} from './conversations.types';
import { SlaPolicy } from './sla-policy';

/** The archive stream of every conversation change. */
export const STREAM = 'conversations';

/** The fields access rules may test, as a CASL subject (policies/access.yaml conditions). */
export function asSubject(type: Subject.Conversation | Subject.Message, c: ConversationView) {
  return subject(type, {
    id: c.id,
    status: c.status,
    priority: c.priority,
    accountSpecific: c.accountSpecific,
    sensitive: c.sensitive,
    assigneeId: c.assigneeId,
    handleId: c.handleId,
    channel: c.channel,
  });
}

/** Whether the caller may see the conversation at all (else it is "not found" to them). */
export function canSee(ability: AppAbility, c: ConversationView): boolean {
  return ability.can(Action.Read, asSubject(Subject.Conversation, c));
}

export interface ConversationForReply {
  conversation: ConversationView;
  /** Masked texts only. */
  messages: MessageView[];
}

function refsOf(c: ConversationView, extra: Record<string, string> = {}): Record<string, string> {
  return { conversation: c.id, handle: c.handleId, subject: c.subjectId, ...extra };
}

/**
 * Conversations: intake of screened messages, threading, status, SLA clocks,
 * the complaint register and what the replies work needs. Every verb takes
 * its caller's AuditContext and returns the archive records of its change.
 */
@Injectable()
export class ConversationsService {
  constructor(
    private readonly repo: ConversationsRepository,
    private readonly sla: SlaPolicy,
    private readonly subjectKeys: SubjectKeysService,
  ) {}

  /**
   * Per open transaction: threads whose lock it holds, with their live
   * conversation as this transaction last wrote it (null: none).
   */
  private readonly lockedThreads = new WeakMap<Transaction, Map<string, ConversationView | null>>();

  /**
   * For intake of many messages in one transaction: takes the locks of their
   * threads at once (in lock-key order) and reads their live conversations
   * with one statement each per handle; recordInbound in this transaction
   * then starts from these (and keeps them current) instead of locking and
   * reading each thread again.
   */
  async lockThreadsForInbound(
    tx: Transaction,
    threads: readonly { handleId: string; threadKey: string }[],
  ): Promise<void> {
    const locked = this.lockedThreads.get(tx) ?? new Map<string, ConversationView | null>();
    const fresh = threads.filter((t) => !locked.has(`${t.handleId}/${t.threadKey}`));
    if (fresh.length === 0) return;
    await this.repo.lockThreads(
      tx,
      fresh.map((t) => `${t.handleId}/${t.threadKey}`),
    );
    const byHandle = new Map<string, Set<string>>();
    for (const t of fresh) {
      const keys = byHandle.get(t.handleId) ?? new Set<string>();
      keys.add(t.threadKey);
      byHandle.set(t.handleId, keys);
    }
    for (const [handleId, keys] of byHandle) {
      for (const k of keys) locked.set(`${handleId}/${k}`, null);
      const live = await this.repo.liveConversationsForThreads(tx, handleId, [...keys]);
      for (const c of live) locked.set(`${handleId}/${c.threadKey}`, c);
    }
    this.lockedThreads.set(tx, locked);
  }

  /**
   * Stores one screened inbound message and threads it. The message row is
   * inserted first with ON CONFLICT DO NOTHING on (handle, platform message
   * id): a duplicate, however many arrive at once, changes nothing and
   * archives nothing (DESIGN invariant 7).
   */
  async recordInbound(
    ctx: AuditContext,
    m: InboundMessageInput,
  ): Promise<Audited<RecordInboundResult>> {
    // Messages of one thread are applied in order.
    const threadLock = `${m.handleId}/${m.threadKey}`;
    const locked = this.lockedThreads.get(ctx.tx);
    let live: ConversationView | undefined;
    if (locked?.has(threadLock)) {
      live = locked.get(threadLock) ?? undefined;
    } else {
      // The live conversation's row lock orders its messages; only a thread
      // without one needs the thread's lock (one creator), then a fresh look.
      live = await this.repo.liveConversationForThread(ctx.tx, m.handleId, m.threadKey);
      if (!live) {
        await ctx.lock(Locks.conversationThread(threadLock));
        live = await this.repo.liveConversationForThread(ctx.tx, m.handleId, m.threadKey);
      }
    }
    const conversationId = live?.id ?? randomUUID();
    const messageId = randomUUID();
    const { decision, intents, entities } = m.classification;
    const message = {
      id: messageId,
      conversationId,
      handleId: m.handleId,
      externalId: m.externalId,
      direction: 'inbound' as const,
      visibility: m.visibility,
      authorId: m.author.id,
      authorHandle: m.author.handle ?? null,
      authorName: m.author.name ?? null,
      subjectId: m.subjectId,
      inReplyTo: m.inReplyTo ?? null,
      occurredAt: m.occurredAt,
      recordedAt: ctx.now,
      text: m.maskedText,
      sealedOriginal: m.sealedOriginal ?? null,
      redactions: m.redactions,
      entities,
      intents,
      decision,
    };
    const intentIds = intents.map((i) => i.id);
    const accountSpecific = intentIds.includes('account_specific');
    const sensitive = entities.length > 0 || m.redactions.length > 0;
    const routeOffline = decision.actions.includes('route_offline');
    const records: AuditRecord[] = [];
    let conversation: ConversationView | undefined;

    // The message and its conversation's change in one statement: the change
    // is written only when the message is new.
    if (!live) {
      const sla = this.sla.forChannel(m.channel);
      const due = sla ? dueTimes(ctx.now, decision.priority, sla) : undefined;
      conversation = await this.repo.insertMessageOpening(ctx.tx, message, {
        id: conversationId,
        handleId: m.handleId,
        platform: m.platform,
        channel: m.channel,
        threadKey: m.threadKey,
        subjectId: m.subjectId,
        priority: decision.priority,
        intents: [...new Set(intentIds)].sort(),
        accountSpecific,
        sensitive,
        routeOfflineRequired: routeOffline,
        decision,
        now: ctx.now,
        lastMessageAt: m.occurredAt,
        firstResponseDueAt: due?.firstResponseDueAt ?? null,
        resolutionDueAt: due?.resolutionDueAt ?? null,
      });
      if (!conversation) return this.duplicateOf(ctx, m);
      records.push({
        stream: STREAM,
        kind: 'conversation.opened',
        refs: refsOf(conversation),
        policyVersion: decision.policyVersion,
        ruleIds: decision.ruleIds,
        clear: {
          channel: m.channel,
          platform: m.platform,
          priority: conversation.priority,
          firstResponseDueAt: conversation.firstResponseDueAt?.toISOString() ?? null,
          resolutionDueAt: conversation.resolutionDueAt?.toISOString() ?? null,
          slaChannel: sla ? m.channel : null,
        },
      });
    } else {
      const change = this.inboundChange(live, m, ctx.now, {
        accountSpecific,
        sensitive,
        routeOffline,
        intentIds,
      });
      const reopened = live.status === 'resolved';
      const written = await this.repo.insertMessageUpdating(ctx.tx, message, live, change, ctx.now);
      if (!written.inserted) return this.duplicateOf(ctx, m);
      if (!written.conversation) throw new Error('locked conversation changed under its lock');
      conversation = written.conversation;
      if (reopened) {
        records.push(
          this.transitionRecord(live, 'open', 'The customer wrote again.', conversation.version),
        );
      }
    }

    // A later message of the thread in this transaction starts from this state.
    locked?.set(threadLock, conversation);
    records.push(await this.receivedRecord(ctx, conversation, messageId, m));
    records.push(...(await this.registerComplaint(ctx, conversation, m)));
    return { result: { messageId, conversationId, duplicate: false }, records };
  }

  /** A platform message stored before: nothing changes, nothing is archived. */
  private async duplicateOf(
    ctx: AuditContext,
    m: InboundMessageInput,
  ): Promise<Audited<RecordInboundResult>> {
    const existing = await this.repo.messageByExternalId(ctx.tx, m.handleId, m.externalId);
    if (!existing) throw new Error('duplicate message vanished within its transaction');
    return {
      result: { messageId: existing.id, conversationId: existing.conversationId, duplicate: true },
      records: [],
    };
  }

  private inboundChange(
    live: ConversationView,
    m: InboundMessageInput,
    now: Date,
    f: { accountSpecific: boolean; sensitive: boolean; routeOffline: boolean; intentIds: string[] },
  ): ConversationChange {
    const { decision } = m.classification;
    const priority = higherPriority(live.priority, decision.priority);
    const change: ConversationChange = {
      priority,
      intents: [...new Set([...live.intents, ...f.intentIds])].sort(),
      accountSpecific: live.accountSpecific || f.accountSpecific,
      sensitive: live.sensitive || f.sensitive,
      routeOfflineRequired: live.routeOfflineRequired || f.routeOffline,
      decision,
      lastMessageAt:
        m.occurredAt.getTime() > live.lastMessageAt.getTime() ? m.occurredAt : live.lastMessageAt,
    };
    const sla = this.sla.forChannel(live.channel);
    if (live.status === 'resolved') {
      // A new message reopens it: the resolution clock starts again.
      change.status = 'open';
      change.resolvedAt = null;
      change.resolutionBreachedAt = null;
      change.resolutionDueAt = sla ? dueTimes(now, priority, sla).resolutionDueAt : null;
    } else if (sla && priority !== live.priority) {
      // A higher priority can only bring the clocks forward.
      const due = dueTimes(live.createdAt, priority, sla);
      if (!live.firstResponseAt) {
        change.firstResponseDueAt = earlier(live.firstResponseDueAt, due.firstResponseDueAt);
      }
      change.resolutionDueAt = earlier(live.resolutionDueAt, due.resolutionDueAt);
    }
    return change;
  }

  private async receivedRecord(
    ctx: AuditContext,
    c: ConversationView,
    messageId: string,
    m: InboundMessageInput,
  ): Promise<AuditRecord> {
    const { decision, intents, entities } = m.classification;
    let sensitive: AuditRecord['sensitive'];
    if (m.sealedOriginal) {
      // The archive keeps its own sealed copy under the same subject key, so
      // one erasure makes both unreadable.
      const original = await this.subjectKeys.open(
        m.sealedOriginal,
        inboundOriginalTarget(m.handleId, m.externalId),
        ctx.tx,
      );
      if (original !== null) {
        sensitive = {
          subjectId: m.subjectId,
          data: typeof original === 'string' ? { text: original } : original,
        };
      }
    }
    return {
      stream: STREAM,
      kind: 'message.received',
      refs: refsOf(c, { message: messageId, subject: m.subjectId }),
      policyVersion: decision.policyVersion,
      ruleIds: decision.ruleIds,
      clear: {
        handleId: m.handleId,
        platform: m.platform,
        channel: m.channel,
        externalId: m.externalId,
        visibility: m.visibility,
        occurredAt: m.occurredAt.toISOString(),
        text: m.maskedText,
        redactions: m.redactions as unknown as JsonValue,
        entities: entities as unknown as JsonValue,
        intents: intents as unknown as JsonValue,
        decision: decision as unknown as JsonValue,
        conversation: {
          status: c.status,
          priority: c.priority,
          accountSpecific: c.accountSpecific,
          sensitive: c.sensitive,
          version: c.version,
        },
      },
      ...(sensitive ? { sensitive } : {}),
    };
  }

  /** FINRA 3110(b)(5): complaints, legal threats and regulator mentions enter the register. */
  private async registerComplaint(
    ctx: AuditContext,
    c: ConversationView,
    m: InboundMessageInput,
  ): Promise<AuditRecord[]> {
    const kinds: ComplaintKind[] = COMPLAINT_KINDS.filter((k) =>
      m.classification.intents.some((i) => i.id === k),
    );
    if (kinds.length === 0) return [];
    const ruleIds = [
      ...new Set(
        m.classification.intents
          .filter((i) => (kinds as string[]).includes(i.id))
          .flatMap((i) => i.ruleIds ?? []),
      ),
    ];
    const entry = await this.repo.upsertComplaint(ctx.tx, {
      id: randomUUID(),
      conversationId: c.id,
      handleId: c.handleId,
      channel: c.channel,
      kinds,
      policyVersion: m.classification.decision.policyVersion,
      ruleIds,
      detectedAt: ctx.now,
    });
    return [
      {
        stream: STREAM,
        kind: entry.created ? 'complaint.opened' : 'complaint.updated',
        refs: refsOf(c, { complaint: entry.id }),
        policyVersion: m.classification.decision.policyVersion,
        ruleIds,
        clear: { kinds: entry.kinds, detectedAt: ctx.now.toISOString() },
      },
    ];
  }

  private transitionRecord(
    from: ConversationView,
    to: ConversationStatus,
    reason: string | null,
    version: number,
  ): AuditRecord {
    return {
      stream: STREAM,
      kind: 'conversation.transitioned',
      refs: refsOf(from),
      clear: { from: from.status, to, reason, version },
    };
  }

  /** Loads the conversation for a change, hiding what the caller may not see. */
  async loadForChange(
    ctx: AuditContext,
    id: string,
    ability?: AppAbility,
  ): Promise<ConversationView> {
    const c = await this.repo.conversationById(id, ctx.tx, true);
    if (!c || (ability && !canSee(ability, c))) throw conversationNotFound();
    return c;
  }

  /** Refuses with 403 when the caller may see the conversation but not do this to it. */
  static authorize(ability: AppAbility | undefined, action: Action, c: ConversationView): void {
    if (ability && !ability.can(action, asSubject(Subject.Conversation, c))) {
      throw new PlatformError(
        PlatformErrorCode.FORBIDDEN,
        `You may not ${action.replace('_', ' ')} this conversation.`,
        { action, subject: Subject.Conversation },
      );
    }
  }

  /**
   * Moves a conversation along the status table. `version` is the one the
   * caller read (409 CONFLICT when stale); `ability`, when given, must allow
   * `transition` on it (callers without one are the service's own workflows).
   */
  async transition(
    ctx: AuditContext,
    id: string,
    to: ConversationStatus,
    reason: string | null,
    version: number | undefined,
    ability?: AppAbility,
  ): Promise<Audited<ConversationView>> {
    const c = await this.loadForChange(ctx, id, ability);
    ConversationsService.authorize(ability, Action.Transition, c);
    if (version !== undefined) assertVersion('conversation', c, version);
    if (to === 'routed_offline' && canTransition(c.status, to)) {
      throw new ConversationsError(
        ConversationsErrorCode.USE_ROUTE_OFFLINE,
        'Routing offline opens an offline case: use POST /v1/conversations/:id/route-offline.',
      );
    }
    if (
      c.status === 'routed_offline' &&
      canTransition(c.status, to) &&
      (await this.repo.openOfflineCase(c.id, ctx.tx))
    ) {
      // The loop is closed with an outcome, so that no case stays open behind a resolved conversation.
      throw new ConversationsError(
        ConversationsErrorCode.CLOSE_OFFLINE_CASE,
        'This conversation has an open offline case: close it with PATCH /v1/conversations/:id/offline-case.',
      );
    }
    return this.applyTransition(ctx, c, to, reason);
  }

  /** The status table and the policy rules on a move, before anything changes. */
  static checkTransition(c: ConversationView, to: ConversationStatus): void {
    if (!canTransition(c.status, to)) {
      throw new ConversationsError(
        ConversationsErrorCode.TRANSITION_NOT_ALLOWED,
        `A conversation cannot go from ${c.status} to ${to}.`,
        { from: c.status, to, allowed: TRANSITIONS[c.status] },
      );
    }
    // DESIGN invariant 2: where policy said route_offline, no resolution before routing.
    if ((to === 'resolved' || to === 'closed') && c.routeOfflineRequired && !c.routedOfflineAt) {
      throw new ConversationsError(
        ConversationsErrorCode.ROUTE_OFFLINE_FIRST,
        'Policy requires this conversation to be routed offline before it is resolved.',
        { ruleIds: c.decision.ruleIds, policyVersion: c.decision.policyVersion },
      );
    }
  }

  /** Whether a reply resolves it now: it waits on a reply and policy does not route it offline first. */
  static canResolve(c: ConversationView): boolean {
    return (
      (c.status === 'open' || c.status === 'awaiting_reply' || c.status === 'awaiting_signoff') &&
      !(c.routeOfflineRequired && !c.routedOfflineAt)
    );
  }

  /** The status change itself, with its rules, timestamps and archive records. */
  async applyTransition(
    ctx: AuditContext,
    c: ConversationView,
    to: ConversationStatus,
    reason: string | null,
    extra: ConversationChange = {},
  ): Promise<Audited<ConversationView>> {
    ConversationsService.checkTransition(c, to);
    const change: ConversationChange = { ...extra, status: to };
    if (to === 'resolved') change.resolvedAt = ctx.now;
    if (to === 'closed') {
      change.closedAt = ctx.now;
      if (!c.resolvedAt) change.resolvedAt = ctx.now;
    }
    if (to === 'routed_offline') change.routedOfflineAt = ctx.now;
    if (c.status === 'resolved' && to === 'open') change.resolvedAt = null;
    const updated = await this.repo.updateConversation(ctx.tx, c.id, c.version, change, ctx.now);
    if (!updated) throw new Error('locked conversation changed under its lock');
    const records: AuditRecord[] = [this.transitionRecord(c, to, reason, updated.version)];
    const stamps: ('responded_at' | 'closed_at')[] =
      to === 'resolved' ? ['responded_at'] : to === 'closed' ? ['responded_at', 'closed_at'] : [];
    for (const stamp of stamps) {
      const complaintId = await this.repo.stampComplaint(ctx.tx, c.id, stamp, ctx.now);
      if (complaintId) {
        records.push({
          stream: STREAM,
          kind: 'complaint.updated',
          refs: refsOf(c, { complaint: complaintId }),
          clear: { [stamp === 'responded_at' ? 'respondedAt' : 'closedAt']: ctx.now.toISOString() },
        });
      }
    }
    return { result: updated, records };
  }

  /** Assigns the conversation to a user (or unassigns it with null). */
  async assign(
    ctx: AuditContext,
    id: string,
    assigneeId: string | null,
    version: number,
    ability?: AppAbility,
    reason: string | null = null,
  ): Promise<Audited<ConversationView>> {
    const c = await this.loadForChange(ctx, id, ability);
    ConversationsService.authorize(ability, Action.Assign, c);
    assertVersion('conversation', c, version);
    const updated = await this.repo.updateConversation(
      ctx.tx,
      c.id,
      c.version,
      { assigneeId },
      ctx.now,
    );
    if (!updated) throw new Error('locked conversation changed under its lock');
    return {
      result: updated,
      records: [
        {
          stream: STREAM,
          kind: 'conversation.assigned',
          refs: refsOf(c),
          clear: { from: c.assigneeId, to: assigneeId, reason, version: updated.version },
        },
      ],
    };
  }

  // ---- for the replies work -------------------------------------------------------------

  /** The conversation and its (masked) messages, if the caller may read it; else CONVERSATION_NOT_FOUND. */
  async getConversationForReply(id: string, ability: AppAbility): Promise<ConversationForReply> {
    const conversation = await this.repo.conversationById(id);
    if (!conversation || !canSee(ability, conversation)) throw conversationNotFound();
    return { conversation, messages: await this.repo.messagesOf(id) };
  }

  /**
   * Conversations still resolved, on the given channel kinds, resolved after
   * a position (resolved_at, id), oldest first: a keyset a caller pages on.
   */
  resolvedAfter(
    ctx: AuditContext,
    after: { at: Date; id: string },
    channels: readonly string[],
    limit: number,
  ): Promise<ConversationView[]> {
    return this.repo.resolvedAfter(ctx.tx, after, channels, limit);
  }

  /**
   * Inbound messages (masked text) of a conversation recorded at or after an
   * instant, oldest first; in the caller's transaction when given one.
   */
  inboundAfter(
    conversationId: string,
    after: Date,
    opts: { ctx?: AuditContext; limit?: number } = {},
  ): Promise<MessageView[]> {
    return this.repo.inboundAfter(conversationId, after, opts.limit ?? 50, opts.ctx?.tx);
  }

  /** A drafted reply waits for a sign-off: the conversation moves to awaiting_signoff. */
  async markReplyPending(
    ctx: AuditContext,
    conversationId: string,
    reason = 'A reply awaits sign-off.',
  ): Promise<Audited<ConversationView>> {
    const c = await this.loadForChange(ctx, conversationId);
    // An offline case's acknowledgement awaiting sign-off leaves the case routed.
    if (c.status === 'awaiting_signoff' || c.status === 'routed_offline') {
      return { result: c, records: [] };
    }
    return this.applyTransition(ctx, c, 'awaiting_signoff', reason);
  }

  /**
   * Records a reply that went out: the outbound message, the first-response
   * time (once), the complaint's acknowledgement (once) and, for a routed
   * conversation's public reply (or the case named), that the offline case's
   * acknowledgement was sent. A conversation waiting on the reply is then
   * resolved where the status table and policy allow it (`keepStatus` to
   * leave it); a routed one stays routed until its case is closed.
   */
  async recordOutbound(
    ctx: AuditContext,
    o: OutboundMessageInput & { offlineCaseId?: string; keepStatus?: boolean },
  ): Promise<Audited<{ messageId: string; conversation: ConversationView }>> {
    const c = await this.loadForChange(ctx, o.conversationId);
    const messageId = randomUUID();
    const inserted = await this.repo.insertMessage(ctx.tx, {
      id: messageId,
      conversationId: c.id,
      handleId: c.handleId,
      externalId: o.externalId ?? null,
      direction: 'outbound',
      visibility: o.visibility,
      authorId: ctx.actor.id,
      authorHandle: null,
      authorName: null,
      subjectId: null,
      inReplyTo: o.inReplyTo ?? null,
      occurredAt: ctx.now,
      recordedAt: ctx.now,
      text: o.text,
      sealedOriginal: null,
      redactions: [],
      entities: [],
      intents: [],
      decision: null,
    });
    if (!inserted) {
      throw new PlatformError(
        PlatformErrorCode.CONFLICT,
        'This platform message is already recorded.',
      );
    }
    const change: ConversationChange = { lastMessageAt: ctx.now };
    if (!c.firstResponseAt) change.firstResponseAt = ctx.now;
    let updated = await this.repo.updateConversation(ctx.tx, c.id, c.version, change, ctx.now);
    if (!updated) throw new Error('locked conversation changed under its lock');
    const records: AuditRecord[] = [
      {
        stream: STREAM,
        kind: 'message.sent',
        refs: refsOf(c, { message: messageId, ...(o.refs ?? {}) }),
        ...(o.policyVersion ? { policyVersion: o.policyVersion } : {}),
        clear: {
          visibility: o.visibility,
          text: o.text,
          externalId: o.externalId ?? null,
          firstResponse: !c.firstResponseAt,
        },
      },
    ];
    const complaintId = await this.repo.stampComplaint(ctx.tx, c.id, 'acknowledged_at', ctx.now);
    if (complaintId) {
      records.push({
        stream: STREAM,
        kind: 'complaint.updated',
        refs: refsOf(c, { complaint: complaintId }),
        clear: { acknowledgedAt: ctx.now.toISOString() },
      });
    }
    const caseId =
      o.offlineCaseId ??
      (c.status === 'routed_offline' && o.visibility === 'public'
        ? (await this.repo.openOfflineCase(c.id, ctx.tx))?.id
        : undefined);
    if (caseId && (await this.repo.markAcknowledgementSent(ctx.tx, caseId))) {
      records.push({
        stream: STREAM,
        kind: 'offline.acknowledged',
        refs: refsOf(c, { offlineCase: caseId, message: messageId }),
        clear: {},
      });
    }
    if (!o.keepStatus && ConversationsService.canResolve(updated)) {
      const resolved = await this.applyTransition(ctx, updated, 'resolved', 'Replied.');
      updated = resolved.result;
      records.push(...resolved.records);
    }
    return { result: { messageId, conversation: updated }, records };
  }

  /** After a reply went out: resolved, where the status table and policy allow it. */
  async markReplied(
    ctx: AuditContext,
    conversationId: string,
    reason = 'Replied.',
  ): Promise<Audited<ConversationView>> {
    const c = await this.loadForChange(ctx, conversationId);
    if (c.status === 'resolved' || c.status === 'routed_offline') return { result: c, records: [] };
    return this.applyTransition(ctx, c, 'resolved', reason);
  }
}
