/** The life of a conversation in the inbox. */
export const CONVERSATION_STATUSES = [
  'open',
  'awaiting_reply',
  'awaiting_signoff',
  'routed_offline',
  'resolved',
  'closed',
] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

/**
 * Every allowed move, and nothing else. `open`: new, nobody has taken it up;
 * `awaiting_reply`: a reply is owed and being worked on; `awaiting_signoff`: a
 * drafted reply waits for a sign-off; `routed_offline`: handled off the public
 * channel under an offline case; `resolved`: answered (a new inbound message
 * reopens it); `closed`: final (a new message on the thread starts a new
 * conversation).
 */
export const TRANSITIONS: Readonly<Record<ConversationStatus, readonly ConversationStatus[]>> = {
  open: ['awaiting_reply', 'awaiting_signoff', 'routed_offline', 'resolved', 'closed'],
  awaiting_reply: ['open', 'awaiting_signoff', 'routed_offline', 'resolved', 'closed'],
  awaiting_signoff: ['awaiting_reply', 'routed_offline', 'resolved'],
  routed_offline: ['awaiting_reply', 'resolved'],
  resolved: ['open', 'closed'],
  closed: [],
};

export function canTransition(from: ConversationStatus, to: ConversationStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Statuses in which the conversation still waits on the institution. */
export function isActive(status: ConversationStatus): boolean {
  return status !== 'resolved' && status !== 'closed';
}
