import type { Visibility } from '../../policy/core';

/** Platforms whose webhooks intake understands (channels.yaml handle platforms). */
export type WebhookPlatform = 'x' | 'facebook' | 'instagram';

/** One inbound post, comment or message in a platform-neutral shape. */
export interface NormalisedPost {
  platform: string;
  /** The brand account it reached (page id, Instagram account id, X user id). */
  accountId: string;
  /** The platform's own id of the message: the de-duplication key per handle. */
  externalId: string;
  /** The platform thread (post, conversation) or, for direct messages, the partner's id. */
  threadKey: string;
  inReplyTo?: string;
  author: { id: string; handle?: string; name?: string };
  /** As received; screened before anything stores it. */
  text: string;
  visibility: Visibility;
  /** Direct or private message rather than a public post or comment. */
  direct: boolean;
  occurredAt: Date;
  /**
   * Record this post's thread, so that a later reply naming only this post
   * (`inReplyTo`) can join it.
   */
  recordsThread?: boolean;
  /** The thread is the thread of the post it answers (`inReplyTo`), when that post was seen. */
  threadFromParent?: boolean;
}

/** What became of one item of a delivery. */
export type DeliveryItem =
  | { kind: 'post'; post: NormalisedPost }
  /** A well-formed event that intake does not handle (a like, an edit, the brand's own post). */
  | {
      kind: 'ignored';
      accountId?: string;
      eventType: string;
      /** The brand's own post (X): kept only to thread the replies to it. */
      ownPost?: { externalId: string; inReplyTo?: string };
    }
  /** An item that could not be read; the other items of the batch are kept. */
  | { kind: 'malformed'; accountId?: string; eventType: string; reason: string };

export class MalformedItem extends Error {}

export function str(value: unknown, what: string): string {
  if (typeof value === 'string' && value.length > 0) return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new MalformedItem(`${what} is missing`);
}

/** The longest platform id (message, thread, author) kept; longer is not a real id. */
export const MAX_PLATFORM_ID = 200;

/** A platform id: present and at most MAX_PLATFORM_ID characters. */
export function id(value: unknown, what: string): string {
  const v = str(value, what);
  if (v.length > MAX_PLATFORM_ID) throw new MalformedItem(`${what} is too long`);
  return v;
}

/** An optional platform id: absent, or at most MAX_PLATFORM_ID characters. */
export function optId(value: unknown, what: string): string | undefined {
  const v = optStr(value);
  if (v !== undefined && v.length > MAX_PLATFORM_ID) {
    throw new MalformedItem(`${what} is too long`);
  }
  return v;
}

export function optStr(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0
    ? value
    : typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : undefined;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A date from epoch seconds or milliseconds, or an ISO / RFC 2822 string. */
export function dateFrom(value: unknown, fallback: Date): Date {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const d = new Date(value < 1e11 ? value * 1000 : value);
    return Number.isNaN(d.getTime()) ? fallback : d;
  }
  if (typeof value === 'string' && value !== '') {
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    const d = Number.isFinite(n) ? new Date(n < 1e11 ? n * 1000 : n) : new Date(value);
    if (!Number.isNaN(d.getTime())) return d;
  }
  return fallback;
}

/** How far ahead of the receiving clock a sender's clock may run. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;
/** No post of the platforms intake knows was written before this. */
export const EARLIEST_POST = new Date('2000-01-01T00:00:00Z');

/**
 * When a post was written, as its sender claims, kept only when plausible: a
 * time in the future (beyond clock skew), before 2000 or not a time at all is
 * the time of receipt, so that no conversation is pinned in the future or the past.
 */
export function plausibleOccurredAt(claimed: Date, receivedAt: Date): Date {
  const t = claimed.getTime();
  if (
    Number.isNaN(t) ||
    t > receivedAt.getTime() + MAX_CLOCK_SKEW_MS ||
    t < EARLIEST_POST.getTime()
  ) {
    return receivedAt;
  }
  return claimed;
}
