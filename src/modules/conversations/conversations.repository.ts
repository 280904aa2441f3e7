import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LockNamespace } from '../../platform/database/advisory-locks';
import { claimBatch } from '../../platform/database/claim-batch';
import type { Transaction } from '../../platform/database/data-source';
import { prepared } from '../../platform/database/prepared-statements';
import type { SealedPayload } from '../subjects';
import type { SqlCondition } from './core/ability-sql';
import type { ConversationStatus } from './core/conversation-status';
import type { Priority } from './core/sla';
import type {
  ComplaintKind,
  ComplaintView,
  ConversationView,
  DecisionSummary,
  EntitySummary,
  IntentSummary,
  MessageDirection,
  MessageView,
  MessageVisibility,
  OfflineCaseView,
  OfflineMethod,
  OfflineOutcome,
  RedactionRecord,
} from './conversations.types';

/** Column of each field an access rule may name (policies/access.yaml conditions). */
export const CONVERSATION_CONDITION_COLUMNS: Readonly<Record<string, string>> = {
  id: 'c.id',
  status: 'c.status',
  priority: 'c.priority',
  accountSpecific: 'c.account_specific',
  sensitive: 'c.sensitive',
  assigneeId: 'c.assignee_id',
  handleId: 'c.handle_id',
  channel: 'c.channel',
};

type Row = Record<string, unknown>;

const d = (v: unknown): Date | null =>
  v === null || v === undefined ? null : new Date(v as string);

function toConversation(r: Row): ConversationView {
  return {
    id: r.id as string,
    handleId: r.handle_id as string,
    platform: r.platform as string,
    channel: r.channel as string,
    threadKey: r.thread_key as string,
    subjectId: r.subject_id as string,
    status: r.status as ConversationStatus,
    priority: r.priority as Priority,
    intents: r.intents as string[],
    accountSpecific: r.account_specific as boolean,
    sensitive: r.sensitive as boolean,
    routeOfflineRequired: r.route_offline_required as boolean,
    decision: r.decision as DecisionSummary,
    assigneeId: (r.assignee_id as string | null) ?? null,
    version: r.version as number,
    createdAt: d(r.created_at) as Date,
    updatedAt: d(r.updated_at) as Date,
    lastMessageAt: d(r.last_message_at) as Date,
    firstResponseDueAt: d(r.first_response_due_at),
    resolutionDueAt: d(r.resolution_due_at),
    firstResponseAt: d(r.first_response_at),
    resolvedAt: d(r.resolved_at),
    closedAt: d(r.closed_at),
    routedOfflineAt: d(r.routed_offline_at),
    firstResponseBreachedAt: d(r.first_response_breached_at),
    resolutionBreachedAt: d(r.resolution_breached_at),
  };
}

function toMessage(r: Row): MessageView {
  return {
    id: r.id as string,
    conversationId: r.conversation_id as string,
    handleId: r.handle_id as string,
    externalId: (r.external_id as string | null) ?? null,
    direction: r.direction as MessageDirection,
    visibility: r.visibility as MessageVisibility,
    authorId: r.author_id as string,
    authorHandle: (r.author_handle as string | null) ?? null,
    authorName: (r.author_name as string | null) ?? null,
    subjectId: (r.subject_id as string | null) ?? null,
    inReplyTo: (r.in_reply_to as string | null) ?? null,
    occurredAt: d(r.occurred_at) as Date,
    recordedAt: d(r.recorded_at) as Date,
    text: r.text as string,
    sealedOriginal: (r.sealed_original as SealedPayload | null) ?? null,
    redactions: r.redactions as RedactionRecord[],
    entities: r.entities as EntitySummary[],
    intents: r.intents as IntentSummary[],
    decision: (r.decision as DecisionSummary | null) ?? null,
  };
}

function toComplaint(r: Row): ComplaintView {
  return {
    id: r.id as string,
    conversationId: r.conversation_id as string,
    handleId: r.handle_id as string,
    channel: r.channel as string,
    kinds: r.kinds as ComplaintKind[],
    policyVersion: r.policy_version as string,
    ruleIds: r.rule_ids as string[],
    detectedAt: d(r.detected_at) as Date,
    acknowledgedAt: d(r.acknowledged_at),
    respondedAt: d(r.responded_at),
    closedAt: d(r.closed_at),
    status: r.status as ConversationStatus,
    priority: r.priority as Priority,
  };
}

function toOfflineCase(r: Row): OfflineCaseView {
  return {
    id: r.id as string,
    conversationId: r.conversation_id as string,
    caseRef: r.case_ref as string,
    method: r.method as OfflineMethod,
    status: r.status as 'open' | 'closed',
    acknowledgementStatus: r.acknowledgement_status as 'pending' | 'sent',
    outcome: (r.outcome as OfflineOutcome | null) ?? null,
    note: (r.note as string | null) ?? null,
    openedAt: d(r.opened_at) as Date,
    openedBy: r.opened_by as string,
    closedAt: d(r.closed_at),
    closedBy: (r.closed_by as string | null) ?? null,
  };
}

/** A message as inserted: the same fields it is read back with. */
export type NewMessageRow = MessageView;

export interface NewConversationRow {
  id: string;
  handleId: string;
  platform: string;
  channel: string;
  threadKey: string;
  subjectId: string;
  priority: Priority;
  intents: string[];
  accountSpecific: boolean;
  sensitive: boolean;
  routeOfflineRequired: boolean;
  decision: DecisionSummary;
  now: Date;
  lastMessageAt: Date;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
}

/** Fields a change may set on a conversation; `version` is bumped by every change. */
export interface ConversationChange {
  status?: ConversationStatus;
  priority?: Priority;
  intents?: string[];
  accountSpecific?: boolean;
  sensitive?: boolean;
  routeOfflineRequired?: boolean;
  decision?: DecisionSummary;
  assigneeId?: string | null;
  lastMessageAt?: Date;
  firstResponseDueAt?: Date | null;
  resolutionDueAt?: Date | null;
  firstResponseAt?: Date | null;
  resolvedAt?: Date | null;
  closedAt?: Date | null;
  routedOfflineAt?: Date | null;
  firstResponseBreachedAt?: Date | null;
  resolutionBreachedAt?: Date | null;
}

const CHANGE_COLUMNS: Record<keyof ConversationChange, string> = {
  status: 'status',
  priority: 'priority',
  intents: 'intents',
  accountSpecific: 'account_specific',
  sensitive: 'sensitive',
  routeOfflineRequired: 'route_offline_required',
  decision: 'decision',
  assigneeId: 'assignee_id',
  lastMessageAt: 'last_message_at',
  firstResponseDueAt: 'first_response_due_at',
  resolutionDueAt: 'resolution_due_at',
  firstResponseAt: 'first_response_at',
  resolvedAt: 'resolved_at',
  closedAt: 'closed_at',
  routedOfflineAt: 'routed_offline_at',
  firstResponseBreachedAt: 'first_response_breached_at',
  resolutionBreachedAt: 'resolution_breached_at',
};

/** `column = $n` for each field the change sets, numbered after `offset` parameters. */
function changeSets(
  change: ConversationChange,
  offset: number,
): { sets: string[]; values: unknown[] } {
  const sets: string[] = [];
  const values: unknown[] = [];
  for (const [key, value] of Object.entries(change) as [keyof ConversationChange, unknown][]) {
    if (value === undefined) continue;
    values.push(key === 'decision' ? JSON.stringify(value) : value);
    sets.push(`${CHANGE_COLUMNS[key]} = $${offset + values.length}`);
  }
  return { sets, values };
}

/** Inserts a message unless (handle, platform message id) is stored: $1–$19 of messageParams. */
const MESSAGE_INSERT = `INSERT INTO message (id, conversation_id, handle_id, external_id, direction,
    visibility, author_id, author_handle, author_name, subject_id, in_reply_to, occurred_at,
    recorded_at, text, sealed_original, redactions, entities, intents, decision)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
  ON CONFLICT ON CONSTRAINT message_external_uq DO NOTHING
  RETURNING id`;

function messageParams(m: NewMessageRow): unknown[] {
  return [
    m.id,
    m.conversationId,
    m.handleId,
    m.externalId,
    m.direction,
    m.visibility,
    m.authorId,
    m.authorHandle,
    m.authorName,
    m.subjectId,
    m.inReplyTo,
    m.occurredAt,
    m.recordedAt,
    m.text,
    m.sealedOriginal === null ? null : JSON.stringify(m.sealedOriginal),
    JSON.stringify(m.redactions),
    JSON.stringify(m.entities),
    JSON.stringify(m.intents),
    m.decision === null ? null : JSON.stringify(m.decision),
  ];
}

/** What intake reads under its thread locks (ConversationsRepository.inboundState). */
export interface InboundState {
  /** The threads' live conversations, locked for the change. */
  conversations: ConversationView[];
  /** Their complaint register entries. */
  complaints: { id: string; conversationId: string; kinds: ComplaintKind[] }[];
  /** The platform messages of the group already stored. */
  stored: { id: string; conversationId: string; handleId: string; externalId: string }[];
}

/** A group of new inbound messages and what they change (ConversationsRepository.writeInbound). */
export interface InboundWrite {
  /** The time of the change: messages' recorded_at, conversations' updated_at, complaints' detected_at. */
  now: Date;
  messages: NewMessageRow[];
  /** Conversations the group opens, in their state after its last message. */
  opened: ConversationView[];
  /** Conversations it changes: from the version read to the state after its last message. */
  changed: {
    fromVersion: number;
    to: ConversationView;
    /** Whether the due times were moved (else the stored ones are kept as they are). */
    setFirstResponseDue: boolean;
    setResolutionDue: boolean;
    /** Resolved and written to again: resolved_at and resolution_breached_at are cleared. */
    reopened: boolean;
  }[];
  /** Complaint register entries it opens, with their kinds after its last message. */
  filed: Pick<
    ComplaintView,
    'id' | 'conversationId' | 'handleId' | 'channel' | 'kinds' | 'policyVersion' | 'ruleIds'
  >[];
  /** Entries whose kinds it widens. */
  refiled: { id: string; kinds: ComplaintKind[] }[];
}

/**
 * A PostgreSQL array literal of texts, cast back to text[] in SQL: unnest
 * cannot take one array per row (a ragged two-dimensional array).
 */
function textArrayLiteral(xs: readonly string[]): string {
  return `{${xs.map((x) => `"${x.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/** One total order of texts, the same in every transaction. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface InboxFilter {
  status?: ConversationStatus[];
  handleId?: string;
  channel?: string;
  intent?: string;
  priority?: Priority[];
  /** A user id, or null for unassigned. */
  assignee?: string | null;
  breached?: boolean;
}

/** Inbox order: first-response due time, no clock last, then id. */
export interface InboxPosition {
  /** Epoch ms of the due time; -1 when the conversation has no first-response clock. */
  due: number;
  id: string;
}

export interface ComplaintFilter {
  kind?: ComplaintKind;
  handleId?: string;
  channel?: string;
  /** open: not closed yet; closed: closed. */
  state?: 'open' | 'closed';
  detectedFrom?: Date;
  detectedTo?: Date;
}

export interface ComplaintPosition {
  detectedAt: string;
  id: string;
}

export interface SlaBreachRow {
  id: string;
  priority: Priority;
  version: number;
  firstResponseDue: boolean;
  resolutionDue: boolean;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  handleId: string;
  subjectId: string;
}

/** The only file of the module with SQL. */
@Injectable()
export class ConversationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private q(tx?: Transaction): Pick<Transaction, 'query'> {
    return tx ?? this.dataSource;
  }

  /**
   * Inserts the message unless the platform message is already stored; the
   * unique constraint decides, so concurrent deliveries make one row.
   * Returns false for a duplicate.
   */
  async insertMessage(tx: Transaction, m: NewMessageRow): Promise<boolean> {
    const rows = await tx.query<Row[]>(MESSAGE_INSERT, messageParams(m));
    return rows.length === 1;
  }

  /**
   * Takes the threads' locks (one advisory lock per thread key, in lock-key
   * order, so that groups cannot deadlock on threads) and then reads what
   * intake needs before it writes a group of inbound messages: the threads'
   * live conversations, locked for the change; their complaint register
   * entries; and which of the platform messages are already stored. One round
   * trip: `conversation_inbound_state` (migration ConversationInboundState)
   * reads in a later statement than the locks, whose snapshot sees what the
   * lock holders committed.
   */
  async lockAndReadInbound(
    tx: Transaction,
    lockKeys: readonly string[],
    threads: readonly { handleId: string; threadKey: string }[],
    messages: readonly { handleId: string; externalId: string }[],
  ): Promise<InboundState> {
    const rows = await tx.query<{ part: string; row_data: Row }[]>(
      prepared(`SELECT part, row_data FROM conversation_inbound_state(
         $1::int, $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])`),
      [
        LockNamespace.ConversationThread,
        [...lockKeys],
        threads.map((t) => t.handleId),
        threads.map((t) => t.threadKey),
        messages.map((m) => m.handleId),
        messages.map((m) => m.externalId),
      ],
    );
    const state: InboundState = { conversations: [], complaints: [], stored: [] };
    for (const { part, row_data: r } of rows) {
      if (part === 'c') state.conversations.push(toConversation(r));
      else if (part === 'k') {
        state.complaints.push({
          id: r.id as string,
          conversationId: r.conversation_id as string,
          kinds: r.kinds as ComplaintKind[],
        });
      } else {
        state.stored.push({
          id: r.id as string,
          conversationId: r.conversation_id as string,
          handleId: r.handle_id as string,
          externalId: r.external_id as string,
        });
      }
    }
    return state;
  }

  /**
   * Writes a group of new inbound messages with their conversations'
   * inserts and updates (each conversation once, in its final state) and
   * their complaint register entries, in one statement. Messages go in in
   * (handle, platform id) order, so that two groups racing on the same
   * platform messages wait on each other in one order; one stored meanwhile
   * by another transaction fails the statement on the unique key
   * (`message_external_uq`) and nothing of it is written.
   */
  async writeInbound(tx: Transaction, w: InboundWrite): Promise<void> {
    const messages = [...w.messages].sort((a, b) =>
      a.handleId === b.handleId
        ? compareText(a.externalId ?? '', b.externalId ?? '')
        : compareText(a.handleId, b.handleId),
    );
    // Only the parts with rows: each part fires the tables' statement triggers.
    const params: unknown[] = [w.now];
    const arrays = <T>(rows: readonly T[], cols: [string, (r: T) => unknown][]): string =>
      cols
        .map(([type, get]) => {
          params.push(rows.map(get));
          return `$${params.length}::${type}[]`;
        })
        .join(', ');
    const parts: { name: string; sql: string; rows: number }[] = [];
    parts.push({
      name: 'messages',
      rows: messages.length,
      sql: `INSERT INTO message (id, conversation_id, handle_id, external_id, direction,
          visibility, author_id, author_handle, author_name, subject_id, in_reply_to, occurred_at,
          recorded_at, text, sealed_original, redactions, entities, intents, decision)
        SELECT id, conversation_id, handle_id, external_id, 'inbound', visibility, author_id,
               author_handle, author_name, subject_id, in_reply_to, occurred_at, $1::timestamptz,
               text, sealed_original, redactions, entities, intents, decision
          FROM unnest(${arrays(messages, [
            ['uuid', (m) => m.id],
            ['uuid', (m) => m.conversationId],
            ['text', (m) => m.handleId],
            ['text', (m) => m.externalId],
            ['text', (m) => m.visibility],
            ['text', (m) => m.authorId],
            ['text', (m) => m.authorHandle],
            ['text', (m) => m.authorName],
            ['text', (m) => m.subjectId],
            ['text', (m) => m.inReplyTo],
            ['timestamptz', (m) => m.occurredAt],
            ['text', (m) => m.text],
            ['jsonb', (m) => (m.sealedOriginal === null ? null : JSON.stringify(m.sealedOriginal))],
            ['jsonb', (m) => JSON.stringify(m.redactions)],
            ['jsonb', (m) => JSON.stringify(m.entities)],
            ['jsonb', (m) => JSON.stringify(m.intents)],
            ['jsonb', (m) => (m.decision === null ? null : JSON.stringify(m.decision))],
          ])})
            AS x(id, conversation_id, handle_id, external_id, visibility, author_id,
                 author_handle, author_name, subject_id, in_reply_to, occurred_at, text,
                 sealed_original, redactions, entities, intents, decision)`,
    });
    if (w.opened.length > 0) {
      parts.push({
        name: 'opened',
        rows: w.opened.length,
        sql: `INSERT INTO conversation (id, handle_id, platform, channel, thread_key, subject_id,
            status, priority, intents, account_specific, sensitive, route_offline_required,
            decision, created_at, updated_at, last_message_at, first_response_due_at,
            resolution_due_at, version)
          SELECT id, handle_id, platform, channel, thread_key, subject_id, status, priority,
                 intents::text[], account_specific, sensitive, route_offline_required, decision,
                 $1::timestamptz, $1::timestamptz, last_message_at, first_response_due_at,
                 resolution_due_at, version
            FROM unnest(${arrays(w.opened, [
              ['uuid', (c) => c.id],
              ['text', (c) => c.handleId],
              ['text', (c) => c.platform],
              ['text', (c) => c.channel],
              ['text', (c) => c.threadKey],
              ['text', (c) => c.subjectId],
              ['text', (c) => c.status],
              ['text', (c) => c.priority],
              ['text', (c) => textArrayLiteral(c.intents)],
              ['boolean', (c) => c.accountSpecific],
              ['boolean', (c) => c.sensitive],
              ['boolean', (c) => c.routeOfflineRequired],
              ['jsonb', (c) => JSON.stringify(c.decision)],
              ['timestamptz', (c) => c.lastMessageAt],
              ['timestamptz', (c) => c.firstResponseDueAt],
              ['timestamptz', (c) => c.resolutionDueAt],
              ['int', (c) => c.version],
            ])})
              AS x(id, handle_id, platform, channel, thread_key, subject_id, status, priority,
                   intents, account_specific, sensitive, route_offline_required, decision,
                   last_message_at, first_response_due_at, resolution_due_at, version)`,
      });
    }
    if (w.changed.length > 0) {
      parts.push({
        name: 'changed',
        rows: w.changed.length,
        sql: `UPDATE conversation c
             SET status = x.status, priority = x.priority, intents = x.intents::text[],
                 account_specific = x.account_specific, sensitive = x.sensitive,
                 route_offline_required = x.route_offline_required, decision = x.decision,
                 last_message_at = x.last_message_at,
                 first_response_due_at = CASE WHEN x.set_first_response_due
                   THEN x.first_response_due_at ELSE c.first_response_due_at END,
                 resolution_due_at = CASE WHEN x.set_resolution_due
                   THEN x.resolution_due_at ELSE c.resolution_due_at END,
                 resolved_at = CASE WHEN x.reopened THEN NULL ELSE c.resolved_at END,
                 resolution_breached_at = CASE WHEN x.reopened THEN NULL
                   ELSE c.resolution_breached_at END,
                 updated_at = $1::timestamptz, version = x.version
            FROM unnest(${arrays(w.changed, [
              ['uuid', (u) => u.to.id],
              ['int', (u) => u.fromVersion],
              ['text', (u) => u.to.status],
              ['text', (u) => u.to.priority],
              ['text', (u) => textArrayLiteral(u.to.intents)],
              ['boolean', (u) => u.to.accountSpecific],
              ['boolean', (u) => u.to.sensitive],
              ['boolean', (u) => u.to.routeOfflineRequired],
              ['jsonb', (u) => JSON.stringify(u.to.decision)],
              ['timestamptz', (u) => u.to.lastMessageAt],
              ['boolean', (u) => u.setFirstResponseDue],
              ['timestamptz', (u) => u.to.firstResponseDueAt],
              ['boolean', (u) => u.setResolutionDue],
              ['timestamptz', (u) => u.to.resolutionDueAt],
              ['boolean', (u) => u.reopened],
              ['int', (u) => u.to.version],
            ])})
              AS x(id, from_version, status, priority, intents, account_specific, sensitive,
                   route_offline_required, decision, last_message_at, set_first_response_due,
                   first_response_due_at, set_resolution_due, resolution_due_at, reopened,
                   version)
           WHERE c.id = x.id AND c.version = x.from_version`,
      });
    }
    if (w.filed.length > 0) {
      parts.push({
        name: 'filed',
        rows: w.filed.length,
        sql: `INSERT INTO complaint (id, conversation_id, handle_id, channel, kinds, policy_version,
            rule_ids, detected_at)
          SELECT id, conversation_id, handle_id, channel, kinds::text[], policy_version,
                 rule_ids::text[], $1::timestamptz
            FROM unnest(${arrays(w.filed, [
              ['uuid', (k) => k.id],
              ['uuid', (k) => k.conversationId],
              ['text', (k) => k.handleId],
              ['text', (k) => k.channel],
              ['text', (k) => textArrayLiteral(k.kinds)],
              ['text', (k) => k.policyVersion],
              ['text', (k) => textArrayLiteral(k.ruleIds)],
            ])})
              AS x(id, conversation_id, handle_id, channel, kinds, policy_version, rule_ids)`,
      });
    }
    if (w.refiled.length > 0) {
      parts.push({
        name: 'refiled',
        rows: w.refiled.length,
        sql: `UPDATE complaint k SET kinds = x.kinds::text[]
            FROM unnest(${arrays(w.refiled, [
              ['uuid', (k) => k.id],
              ['text', (k) => textArrayLiteral(k.kinds)],
            ])}) AS x(id, kinds)
           WHERE k.id = x.id`,
      });
    }
    const [row] = await tx.query<Record<string, number>[]>(
      prepared(`WITH ${parts.map((p) => `${p.name} AS (${p.sql} RETURNING 1)`).join(',\n')}
       SELECT ${parts.map((p) => `(SELECT count(*) FROM ${p.name})::int AS ${p.name}`).join(', ')}`),
      params,
    );
    const missed = parts.filter((p) => row[p.name] !== p.rows);
    if (missed.length > 0) {
      // Under the caller's locks every row is where it was read: a miss is a bug, not a race.
      throw new Error(
        `inbound write: ${missed.map((p) => `${p.name} ${row[p.name]} of ${p.rows}`).join(', ')}`,
      );
    }
  }

  async insertConversation(tx: Transaction, c: NewConversationRow): Promise<ConversationView> {
    const [row] = await tx.query<Row[]>(
      `INSERT INTO conversation (id, handle_id, platform, channel, thread_key, subject_id, status,
         priority, intents, account_specific, sensitive, route_offline_required, decision,
         created_at, updated_at, last_message_at, first_response_due_at, resolution_due_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'open', $7, $8, $9, $10, $11, $12, $13, $13, $14, $15, $16)
       RETURNING *`,
      [
        c.id,
        c.handleId,
        c.platform,
        c.channel,
        c.threadKey,
        c.subjectId,
        c.priority,
        c.intents,
        c.accountSpecific,
        c.sensitive,
        c.routeOfflineRequired,
        JSON.stringify(c.decision),
        c.now,
        c.lastMessageAt,
        c.firstResponseDueAt,
        c.resolutionDueAt,
      ],
    );
    return toConversation(row);
  }

  async conversationById(
    id: string,
    tx?: Transaction,
    forUpdate = false,
  ): Promise<ConversationView | undefined> {
    const [row] = await this.q(tx).query<Row[]>(
      `SELECT * FROM conversation WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return row ? toConversation(row) : undefined;
  }

  /**
   * Applies a change and bumps the version, only if the row is still at
   * `version`; returns undefined when it is not (a concurrent change won).
   */
  async updateConversation(
    tx: Transaction,
    id: string,
    version: number,
    change: ConversationChange,
    now: Date,
  ): Promise<ConversationView | undefined> {
    const { sets, values } = changeSets(change, 3);
    const params: unknown[] = [id, version, now, ...values];
    const [rows] = await tx.query<[Row[], number]>(
      `UPDATE conversation SET ${[...sets, 'updated_at = $3', 'version = version + 1'].join(', ')}
        WHERE id = $1 AND version = $2
        RETURNING *`,
      params,
    );
    return rows[0] ? toConversation(rows[0]) : undefined;
  }

  async messagesOf(conversationId: string, tx?: Transaction): Promise<MessageView[]> {
    const rows = await this.q(tx).query<Row[]>(
      `SELECT * FROM message WHERE conversation_id = $1 ORDER BY recorded_at, occurred_at, id`,
      [conversationId],
    );
    return rows.map(toMessage);
  }

  /**
   * Conversations resolved after a position (resolved_at, id), oldest first,
   * still resolved, on the given channel kinds.
   */
  async resolvedAfter(
    tx: Transaction,
    after: { at: Date; id: string },
    channels: readonly string[],
    limit: number,
  ): Promise<ConversationView[]> {
    const rows = await tx.query<Row[]>(
      `SELECT * FROM conversation
        WHERE status = 'resolved' AND resolved_at IS NOT NULL
          AND (resolved_at, id) > ($1::timestamptz, $2::uuid)
          AND channel = ANY($3::text[])
        ORDER BY resolved_at, id
        LIMIT $4`,
      [after.at, after.id, [...channels], limit],
    );
    return rows.map(toConversation);
  }

  /** Inbound messages of a conversation recorded at or after an instant, oldest first. */
  async inboundAfter(
    conversationId: string,
    after: Date,
    limit: number,
    tx?: Transaction,
  ): Promise<MessageView[]> {
    const rows = await this.q(tx).query<Row[]>(
      `SELECT * FROM message
        WHERE conversation_id = $1 AND direction = 'inbound' AND recorded_at >= $2
        ORDER BY recorded_at, occurred_at, id
        LIMIT $3`,
      [conversationId, after, limit],
    );
    return rows.map(toMessage);
  }

  async messageById(id: string, tx?: Transaction): Promise<MessageView | undefined> {
    const [row] = await this.q(tx).query<Row[]>(`SELECT * FROM message WHERE id = $1`, [id]);
    return row ? toMessage(row) : undefined;
  }

  /** One inbox page, filtered in SQL by the filters and the caller's access conditions. */
  async inbox(
    filter: InboxFilter,
    access: (offset: number) => SqlCondition,
    after: InboxPosition | undefined,
    limit: number,
  ): Promise<ConversationView[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (filter.status) where.push(`c.status = ANY(${p(filter.status)})`);
    if (filter.priority) where.push(`c.priority = ANY(${p(filter.priority)})`);
    if (filter.handleId) where.push(`c.handle_id = ${p(filter.handleId)}`);
    if (filter.channel) where.push(`c.channel = ${p(filter.channel)}`);
    if (filter.intent) where.push(`${p(filter.intent)} = ANY(c.intents)`);
    if (filter.assignee === null) where.push(`c.assignee_id IS NULL`);
    else if (filter.assignee !== undefined) where.push(`c.assignee_id = ${p(filter.assignee)}`);
    if (filter.breached !== undefined) {
      const breached = `(c.first_response_breached_at IS NOT NULL OR c.resolution_breached_at IS NOT NULL)`;
      where.push(filter.breached ? breached : `NOT ${breached}`);
    }
    const acl = access(params.length);
    params.push(...acl.params);
    where.push(`(${acl.sql})`);
    if (after) {
      if (after.due < 0) {
        where.push(`(c.first_response_due_at IS NULL AND c.id > ${p(after.id)})`);
      } else {
        const due = p(new Date(after.due));
        where.push(
          `(c.first_response_due_at > ${due} OR (c.first_response_due_at = ${due} AND c.id > ${p(after.id)})
            OR c.first_response_due_at IS NULL)`,
        );
      }
    }
    const rows = await this.dataSource.query<Row[]>(
      `SELECT c.* FROM conversation c
        WHERE ${where.join(' AND ')}
        ORDER BY c.first_response_due_at ASC NULLS LAST, c.id ASC
        LIMIT ${p(limit)}`,
      params,
    );
    return rows.map(toConversation);
  }

  /** Opens the register entry, or adds kinds to the conversation's entry. Returns it when new. */
  /** Sets a register timestamp where it is still empty; returns the entry id when it changed. */
  async stampComplaint(
    tx: Transaction,
    conversationId: string,
    field: 'acknowledged_at' | 'responded_at' | 'closed_at',
    at: Date,
  ): Promise<string | undefined> {
    const [rows] = await tx.query<[Row[], number]>(
      `UPDATE complaint SET ${field} = $2 WHERE conversation_id = $1 AND ${field} IS NULL RETURNING id`,
      [conversationId, at],
    );
    return rows[0]?.id as string | undefined;
  }

  async complaints(
    filter: ComplaintFilter,
    after: ComplaintPosition | undefined,
    limit: number,
  ): Promise<ComplaintView[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (filter.kind) where.push(`${p(filter.kind)} = ANY(k.kinds)`);
    if (filter.handleId) where.push(`k.handle_id = ${p(filter.handleId)}`);
    if (filter.channel) where.push(`k.channel = ${p(filter.channel)}`);
    if (filter.state === 'open') where.push(`k.closed_at IS NULL`);
    if (filter.state === 'closed') where.push(`k.closed_at IS NOT NULL`);
    if (filter.detectedFrom) where.push(`k.detected_at >= ${p(filter.detectedFrom)}`);
    if (filter.detectedTo) where.push(`k.detected_at < ${p(filter.detectedTo)}`);
    if (after) {
      where.push(
        `(k.detected_at, k.id) > (${p(after.detectedAt)}::timestamptz, ${p(after.id)}::uuid)`,
      );
    }
    const rows = await this.dataSource.query<Row[]>(
      `SELECT k.*, c.status, c.priority FROM complaint k JOIN conversation c ON c.id = k.conversation_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY k.detected_at, k.id
        LIMIT ${p(limit)}`,
      params,
    );
    return rows.map(toComplaint);
  }

  async complaintOf(conversationId: string, tx?: Transaction): Promise<ComplaintView | undefined> {
    const [row] = await this.q(tx).query<Row[]>(
      `SELECT k.*, c.status, c.priority FROM complaint k JOIN conversation c ON c.id = k.conversation_id
        WHERE k.conversation_id = $1`,
      [conversationId],
    );
    return row ? toComplaint(row) : undefined;
  }

  /** Inserts the case; false when the reference is already taken (the caller draws another). */
  async insertOfflineCase(
    tx: Transaction,
    c: {
      id: string;
      conversationId: string;
      caseRef: string;
      method: OfflineMethod;
      openedAt: Date;
      openedBy: string;
    },
  ): Promise<OfflineCaseView | undefined> {
    const rows = await tx.query<Row[]>(
      `INSERT INTO offline_case (id, conversation_id, case_ref, method, status, opened_at, opened_by)
       VALUES ($1, $2, $3, $4, 'open', $5, $6)
       ON CONFLICT (case_ref) DO NOTHING
       RETURNING *`,
      [c.id, c.conversationId, c.caseRef, c.method, c.openedAt, c.openedBy],
    );
    return rows[0] ? toOfflineCase(rows[0]) : undefined;
  }

  async openOfflineCase(
    conversationId: string,
    tx?: Transaction,
  ): Promise<OfflineCaseView | undefined> {
    const [row] = await this.q(tx).query<Row[]>(
      `SELECT * FROM offline_case WHERE conversation_id = $1 AND status = 'open'${tx ? ' FOR UPDATE' : ''}`,
      [conversationId],
    );
    return row ? toOfflineCase(row) : undefined;
  }

  async offlineCasesOf(conversationId: string, tx?: Transaction): Promise<OfflineCaseView[]> {
    const rows = await this.q(tx).query<Row[]>(
      `SELECT * FROM offline_case WHERE conversation_id = $1 ORDER BY opened_at, id`,
      [conversationId],
    );
    return rows.map(toOfflineCase);
  }

  async closeOfflineCase(
    tx: Transaction,
    id: string,
    outcome: OfflineOutcome,
    note: string | null,
    at: Date,
    by: string,
  ): Promise<OfflineCaseView> {
    const [rows] = await tx.query<[Row[], number]>(
      `UPDATE offline_case SET status = 'closed', outcome = $2, note = $3, closed_at = $4, closed_by = $5
        WHERE id = $1 AND status = 'open' RETURNING *`,
      [id, outcome, note, at, by],
    );
    return toOfflineCase(rows[0]);
  }

  async markAcknowledgementSent(tx: Transaction, caseId: string): Promise<boolean> {
    const [, count] = await tx.query<[Row[], number]>(
      `UPDATE offline_case SET acknowledgement_status = 'sent'
        WHERE id = $1 AND acknowledgement_status = 'pending'`,
      [caseId],
    );
    return count === 1;
  }

  /**
   * Claims conversations whose first-response or resolution clock ran out and
   * was not yet marked breached (FOR UPDATE SKIP LOCKED: another replica's
   * claim is skipped, and a breach once marked is never claimed again).
   */
  async claimSlaBreaches(tx: Transaction, now: Date, limit: number): Promise<SlaBreachRow[]> {
    const rows = await claimBatch<Row>(tx, {
      table: 'conversation c',
      where: `c.status NOT IN ('resolved', 'closed') AND (
          (c.first_response_at IS NULL AND c.first_response_breached_at IS NULL
            AND c.first_response_due_at <= $1)
          OR (c.resolved_at IS NULL AND c.resolution_breached_at IS NULL
            AND c.resolution_due_at <= $1))`,
      params: [now],
      orderBy: `LEAST(c.first_response_due_at, c.resolution_due_at), c.id`,
      limit,
      columns: `c.id, c.priority, c.version, c.handle_id, c.subject_id,
        c.first_response_due_at, c.resolution_due_at,
        (c.first_response_at IS NULL AND c.first_response_breached_at IS NULL
          AND c.first_response_due_at <= $1) AS first_due,
        (c.resolved_at IS NULL AND c.resolution_breached_at IS NULL
          AND c.resolution_due_at <= $1) AS resolution_due`,
    });
    return rows.map((r) => ({
      id: r.id as string,
      priority: r.priority as Priority,
      version: r.version as number,
      handleId: r.handle_id as string,
      subjectId: r.subject_id as string,
      firstResponseDue: r.first_due as boolean,
      resolutionDue: r.resolution_due as boolean,
      firstResponseDueAt: d(r.first_response_due_at),
      resolutionDueAt: d(r.resolution_due_at),
    }));
  }
}
