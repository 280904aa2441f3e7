/**
 * The way out to a platform. A transport sends one rendered, approved and
 * signed-off message and answers the platform's id for it; it never decides
 * what may be sent. Each send carries an idempotency key (the outbox row's
 * id) so that, after a crash between the call and its record, the dispatcher
 * can ask the platform whether the message went out instead of sending it a
 * second time.
 */

/** Platforms a transport can reach (channels' platform ids). */
export const TRANSPORT_PLATFORMS = [
  'x',
  'facebook',
  'instagram',
  'google_reviews',
  'web_chat',
  'generic',
] as const;
export type TransportPlatform = (typeof TRANSPORT_PLATFORMS)[number];

/** What is being sent: an answer in a public thread, a private message, or a post of the brand's own. */
export type OutboundKind = 'comment_reply' | 'direct_message' | 'post';

export interface OutboundMessage {
  /** Unique per outbox row; the same key is sent again only to reconcile, never to resend. */
  idempotencyKey: string;
  platform: TransportPlatform;
  kind: OutboundKind;
  /** The brand's account on the platform (page id, Instagram account id, X user id). */
  accountId: string;
  /** The platform id of the message answered (comment_reply). */
  inReplyTo?: string;
  /** The platform id of the person written to (direct_message). */
  recipientId?: string;
  text: string;
}

export interface SentMessage {
  platformMessageId: string;
}

export type TransportErrorKind = 'retryable' | 'permanent' | 'rate_limited';

/**
 * A failed send, typed for the dispatcher: `retryable` (time-out, 5xx, network)
 * is tried again with back-off, `rate_limited` not before `resetAt`,
 * `permanent` (bad request, revoked token, deleted thread) is not retried.
 * `code` is a short machine token; the platform's own message text is never
 * kept, since it may quote the post.
 */
export class TransportError extends Error {
  constructor(
    readonly kind: TransportErrorKind,
    readonly code: string,
    readonly status?: number,
    readonly resetAt?: Date,
  ) {
    super(`transport ${kind}: ${code}${status !== undefined ? ` (HTTP ${status})` : ''}`);
    this.name = 'TransportError';
  }

  static retryable(code: string, status?: number): TransportError {
    return new TransportError('retryable', code, status);
  }

  static permanent(code: string, status?: number): TransportError {
    return new TransportError('permanent', code, status);
  }

  static rateLimited(resetAt: Date | undefined, status?: number): TransportError {
    return new TransportError('rate_limited', 'rate_limited', status, resetAt);
  }
}

/** The answer of a reconciliation look-up. */
export type LookupResult =
  | { found: true; platformMessageId: string }
  | { found: false }
  /** The platform offers no way to find the message: a person must check. */
  | { found: 'unknown' };

export interface Transport {
  readonly name: string;
  send(message: OutboundMessage): Promise<SentMessage>;
  /** A batch in one round trip, where the transport can; one result per message, in order. */
  sendMany?(messages: OutboundMessage[]): Promise<Array<SentMessage | TransportError>>;
  /** Whether a message with this key (and content) already reached the platform. */
  lookup(message: OutboundMessage): Promise<LookupResult>;
}
