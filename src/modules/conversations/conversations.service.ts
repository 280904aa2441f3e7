import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { randomUUID } from 'node:crypto';
import type { AppAbility } from '../../platform/auth/ability.factory';
import { Action, Subject } from '../../platform/auth/access.enums';
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
import {
  ConversationsRepository,
  type ConversationChange,
  type InboundWrite,
} from './conversations.repository';
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

function threadOf(t: { handleId: string; threadKey: string }): string {
  return `${t.handleId}/${t.threadKey}`;
}

function messageKey(m: { handleId: string; externalId: string }): string {
  return `${m.handleId}\u0000${m.externalId}`;
}

/** What recordInboundMany collects while it applies a group's messages in order. */
interface InboundGroup {
  now: Date;
  /** Complaint entries by conversation id: as read, then as the group leaves them. */
  complaints: Map<string, { id: string; conversationId: string; kinds: ComplaintKind[] }>;
  write: InboundWrite;
  /** Conversations opened by the group, in their latest state, by id. */
  opened: Map<string, ConversationView>;
  changed: Map<string, InboundWrite['changed'][number]>;
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
   * Stores one screened inbound message and threads it (recordInboundMany
   * with one message).
   */
  async recordInbound(
    ctx: AuditContext,
    m: InboundMessageInput,
  ): Promise<Audited<RecordInboundResult>> {
    const [done] = await this.recordInboundMany(ctx.tx, ctx.now, [m]);
    return done;
  }

  /**
   * Stores screened inbound messages and threads them, in the caller's
   * transaction, with a fixed number of statements whatever their number:
   * the threads' locks (one statement, in lock-key order, so that groups
   * cannot deadlock on threads), one read of their live conversations
   * (locked), complaint entries and already-stored messages, the subject
   * keys of the originals to seal, and one write of every message,
   * conversation and complaint change. Messages are applied in the given
   * order, each answering its own result and archive records. A platform
   * message stored before, or earlier in the same call, changes nothing,
   * archives nothing and answers like the first (DESIGN invariant 7): the
   * thread lock orders deliveries of one thread, and the message table's
   * unique key fails the write of one stored meanwhile by a transaction
   * that held no lock of ours (a caller then runs the group again).
   */
  async recordInboundMany(
    tx: Transaction,
    now: Date,
    items: readonly InboundMessageInput[],
  ): Promise<Audited<RecordInboundResult>[]> {
    const threads = new Map<string, { handleId: string; threadKey: string }>();
    for (const m of items) {
      threads.set(threadOf(m), { handleId: m.handleId, threadKey: m.threadKey });
    }
    const state = await this.repo.lockAndReadInbound(
      tx,
      [...threads.keys()],
      [...threads.values()],
      items,
    );
    const live = new Map(state.conversations.map((c) => [threadOf(c), c]));
    const stored = new Map(state.stored.map((s) => [messageKey(s), s]));
    await this.subjectKeys.ensureLive(
      tx,
      items
        .filter((m) => m.original !== undefined && !stored.has(messageKey(m)))
        .map((m) => m.subjectId),
    );

    const group: InboundGroup = {
      now,
      complaints: new Map(state.complaints.map((k) => [k.conversationId, k])),
      write: { now, messages: [], opened: [], changed: [], filed: [], refiled: [] },
      opened: new Map(),
      changed: new Map(),
    };
    const out: Audited<RecordInboundResult>[] = [];
    for (const m of items) {
      const first = stored.get(messageKey(m));
      if (first) {
        out.push({
          result: { messageId: first.id, conversationId: first.conversationId, duplicate: true },
          records: [],
        });
        continue;
      }
      const done = await this.applyInbound(tx, group, live.get(threadOf(m)), m);
      live.set(threadOf(m), done.conversation);
      stored.set(messageKey(m), {
        id: done.result.messageId,
        conversationId: done.result.conversationId,
        handleId: m.handleId,
        externalId: m.externalId,
      });
      out.push({ result: done.result, records: done.records });
    }
    const w = group.write;
    w.opened = [...group.opened.values()];
    w.changed = [...group.changed.values()];
    if (w.messages.length > 0) await this.repo.writeInbound(tx, w);
    return out;
  }

  /** One new message of a group: its row, its conversation's new state and its records. */
  private async applyInbound(
    tx: Transaction,
    group: InboundGroup,
    live: ConversationView | undefined,
    m: InboundMessageInput,
  ): Promise<Audited<RecordInboundResult> & { conversation: ConversationView }> {
    const now = group.now;
    const conversationId = live?.id ?? randomUUID();
    const messageId = randomUUID();
    const target = inboundOriginalTarget(m.handleId, m.externalId);
    // The archive keeps its own sealed copy of the original under the same
    // subject key, so one erasure makes both unreadable.
    let original: JsonValue | null = null;
    let sealedOriginal = m.sealedOriginal ?? null;
    if (m.original !== undefined) {
      original = { text: m.original };
      sealedOriginal = await this.subjectKeys.seal(tx, m.subjectId, original, target);
    } else if (m.sealedOriginal) {
      const opened = await this.subjectKeys.open(m.sealedOriginal, target, tx);
      original = typeof opened === 'string' ? { text: opened } : opened;
    }
    const { decision, intents, entities } = m.classification;
    group.write.messages.push({
      id: messageId,
      conversationId,
      handleId: m.handleId,
      externalId: m.externalId,
      direction: 'inbound',
      visibility: m.visibility,
      authorId: m.author.id,
      authorHandle: m.author.handle ?? null,
      authorName: m.author.name ?? null,
      subjectId: m.subjectId,
      inReplyTo: m.inReplyTo ?? null,
      occurredAt: m.occurredAt,
      recordedAt: now,
      text: m.maskedText,
      sealedOriginal,
      redactions: m.redactions,
      entities,
      intents,
      decision,
    });
    const intentIds = intents.map((i) => i.id);
    const flags = {
      accountSpecific: intentIds.includes('account_specific'),
      sensitive: entities.length > 0 || m.redactions.length > 0,
      routeOffline: decision.actions.includes('route_offline'),
      intentIds,
    };
    const records: AuditRecord[] = [];
    let conversation: ConversationView;
    if (!live) {
      const sla = this.sla.forChannel(m.channel);
      const due = sla ? dueTimes(now, decision.priority, sla) : undefined;
      conversation = {
        id: conversationId,
        handleId: m.handleId,
        platform: m.platform,
        channel: m.channel,
        threadKey: m.threadKey,
        subjectId: m.subjectId,
        status: 'open',
        priority: decision.priority,
        intents: [...new Set(intentIds)].sort(),
        accountSpecific: flags.accountSpecific,
        sensitive: flags.sensitive,
        routeOfflineRequired: flags.routeOffline,
        decision,
        assigneeId: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
        lastMessageAt: m.occurredAt,
        firstResponseDueAt: due?.firstResponseDueAt ?? null,
        resolutionDueAt: due?.resolutionDueAt ?? null,
        firstResponseAt: null,
        resolvedAt: null,
        closedAt: null,
        routedOfflineAt: null,
        firstResponseBreachedAt: null,
        resolutionBreachedAt: null,
      };
      group.opened.set(conversationId, conversation);
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
      const change = this.inboundChange(live, m, now, flags);
      conversation = { ...live, updatedAt: now, version: live.version + 1 };
      for (const key of Object.keys(change) as (keyof ConversationChange)[]) {
        if (change[key] !== undefined) Object.assign(conversation, { [key]: change[key] });
      }
      const reopened = live.status === 'resolved';
      if (group.opened.has(live.id)) {
        group.opened.set(live.id, conversation);
      } else {
        const before = group.changed.get(live.id);
        group.changed.set(live.id, {
          fromVersion: before?.fromVersion ?? live.version,
          to: conversation,
          setFirstResponseDue:
            (before?.setFirstResponseDue ?? false) || change.firstResponseDueAt !== undefined,
          setResolutionDue:
            (before?.setResolutionDue ?? false) || change.resolutionDueAt !== undefined,
          reopened: (before?.reopened ?? false) || reopened,
        });
      }
      if (reopened) {
        records.push(
          this.transitionRecord(live, 'open', 'The customer wrote again.', conversation.version),
        );
      }
    }
    records.push(this.receivedRecord(conversation, messageId, m, original));
    records.push(...this.registerComplaint(group, conversation, m));
    return {
      result: { messageId, conversationId, duplicate: false },
      records,
      conversation,
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

  private receivedRecord(
    c: ConversationView,
    messageId: string,
    m: InboundMessageInput,
    original: JsonValue | null,
  ): AuditRecord {
    const { decision, intents, entities } = m.classification;
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
      ...(original !== null ? { sensitive: { subjectId: m.subjectId, data: original } } : {}),
    };
  }

  /** FINRA 3110(b)(5): complaints, legal threats and regulator mentions enter the register. */
  private registerComplaint(
    group: InboundGroup,
    c: ConversationView,
    m: InboundMessageInput,
  ): AuditRecord[] {
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
    const policyVersion = m.classification.decision.policyVersion;
    let entry = group.complaints.get(c.id);
    let created = false;
    if (!entry) {
      // The first entry keeps the kinds, policy version and rules of the message that opened it.
      entry = { id: randomUUID(), conversationId: c.id, kinds };
      group.complaints.set(c.id, entry);
      group.write.filed.push({
        id: entry.id,
        conversationId: c.id,
        handleId: c.handleId,
        channel: c.channel,
        kinds,
        policyVersion,
        ruleIds,
      });
      created = true;
    } else {
      const widened = [...new Set([...entry.kinds, ...kinds])].sort();
      if (widened.join() !== entry.kinds.join()) {
        entry.kinds = widened;
        const filed = group.write.filed.find((k) => k.id === entry?.id);
        if (filed) filed.kinds = widened;
        else {
          const refiled = group.write.refiled.find((k) => k.id === entry?.id);
          if (refiled) refiled.kinds = widened;
          else group.write.refiled.push({ id: entry.id, kinds: widened });
        }
      }
    }
    return [
      {
        stream: STREAM,
        kind: created ? 'complaint.opened' : 'complaint.updated',
        refs: refsOf(c, { complaint: entry.id }),
        policyVersion,
        ruleIds,
        clear: { kinds: entry.kinds, detectedAt: group.now.toISOString() },
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
