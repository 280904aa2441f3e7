/**
 * What the database announces on `countersign_events` (migration LiveEvents)
 * and what a stream sends on: ids, the event type and the time only.
 */
export const LIVE_EVENT_TYPES = [
  'conversation.created',
  'conversation.updated',
  'message.received',
  'reply.updated',
  'crisis.updated',
  'review.updated',
] as const;
export type LiveEventType = (typeof LIVE_EVENT_TYPES)[number];

/** The channel the triggers notify on. */
export const EVENTS_CHANNEL = 'countersign_events';

/** What a stream sends as `data:`. Never text, never sensitive values. */
export interface LiveEvent {
  type: LiveEventType;
  conversationId?: string;
  replyId?: string;
  at: string;
}

/** The attributes access rules may test, as the database read them at commit. */
export type AccessAttributes = Record<string, string | boolean | null>;

/** What a notification is about, for the check of who may hear of it. */
export type Audience =
  | { kind: 'conversation'; attributes: AccessAttributes; message: boolean }
  | { kind: 'crisis' }
  | { kind: 'review'; attributes: AccessAttributes };

export interface Notification {
  event: LiveEvent;
  audience: Audience;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function attributesOf(v: unknown): AccessAttributes | undefined {
  if (!isObject(v)) return undefined;
  const out: AccessAttributes = {};
  for (const [k, x] of Object.entries(v)) {
    if (typeof x !== 'string' && typeof x !== 'boolean' && x !== null) return undefined;
    out[k] = x;
  }
  return out;
}

const isType = (v: unknown): v is LiveEventType =>
  typeof v === 'string' && (LIVE_EVENT_TYPES as readonly string[]).includes(v);

/**
 * Reads one notification payload. Anything not in the expected shape is
 * refused (undefined): a stream never forwards what it cannot authorize.
 */
export function parseNotification(payload: string | undefined): Notification | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(payload ?? '');
  } catch {
    return undefined;
  }
  if (!isObject(raw) || !isType(raw.type)) return undefined;
  if (typeof raw.at !== 'string' || !INSTANT.test(raw.at)) return undefined;
  const { type, at } = raw;
  switch (type) {
    case 'conversation.created':
    case 'conversation.updated':
    case 'message.received':
    case 'reply.updated': {
      const attributes = attributesOf(raw.conversation);
      const conversationId = raw.conversationId;
      if (!attributes || typeof conversationId !== 'string' || !UUID.test(conversationId)) {
        return undefined;
      }
      if (attributes.id !== conversationId) return undefined;
      const event: LiveEvent = { type, conversationId, at };
      if (type === 'reply.updated') {
        if (typeof raw.replyId !== 'string' || !UUID.test(raw.replyId)) return undefined;
        event.replyId = raw.replyId;
      }
      return {
        event,
        audience: { kind: 'conversation', attributes, message: type === 'message.received' },
      };
    }
    case 'crisis.updated':
      return { event: { type, at }, audience: { kind: 'crisis' } };
    case 'review.updated': {
      const attributes = attributesOf(raw.review);
      if (!attributes || typeof raw.replyId !== 'string' || !UUID.test(raw.replyId)) {
        return undefined;
      }
      return {
        event: { type, replyId: raw.replyId, at },
        audience: { kind: 'review', attributes },
      };
    }
  }
}

/** One server-sent event frame: an unnamed event whose `data:` is one line of JSON. */
export function sseFrame(event: LiveEvent): string {
  return `data: ${JSON.stringify(event)}\n\n`;
}

/** A comment line: keeps proxies from closing an idle stream; clients ignore it. */
export const SSE_HEARTBEAT = ': heartbeat\n\n';
