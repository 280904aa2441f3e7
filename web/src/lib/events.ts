import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { tokenStore, type Schemas } from '../api/client';
import { useSession } from '../auth/session';

export type LiveEvent = Schemas['LiveEventDto'];

/**
 * The query families each event makes stale (first element of a query key,
 * see the console's key convention). Keyed by the service's event types: a
 * type added there breaks this file's type check until it is mapped.
 */
const STALE: Record<LiveEvent['type'], readonly string[]> = {
  'conversation.created': ['conversations'],
  'conversation.updated': ['conversations'],
  'message.received': ['conversations'],
  'reply.updated': ['replies', 'signoffs', 'conversations'],
  'crisis.updated': ['crisis'],
  'review.updated': ['reviews'],
};
const ALL_FAMILIES = [...new Set(Object.values(STALE).flat())];

/** A burst of events (one intake touches a conversation several times) refetches once. */
const BATCH_MS = 150;
const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 30_000;
/** A stream that lasted this long was healthy: its end is not a failure. */
const HEALTHY_MS = 10_000;

function invalidator(queryClient: QueryClient) {
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    for (const family of pending) void queryClient.invalidateQueries({ queryKey: [family] });
    pending.clear();
  };
  return {
    add(families: readonly string[]) {
      families.forEach((f) => pending.add(f));
      timer ??= setTimeout(flush, BATCH_MS);
    },
    cancel() {
      clearTimeout(timer);
    },
  };
}

/** Reads server-sent events from a response body; resolves when the stream ends. */
async function readEvents(
  body: ReadableStream<Uint8Array>,
  onEvent: (e: LiveEvent) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
    let cut: number;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      // Comment lines (heartbeats) and `retry:` carry no data.
      const data = frame
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).replace(/^ /, ''))
        .join('\n');
      if (!data) continue;
      try {
        const event = JSON.parse(data) as LiveEvent;
        if (event && typeof event.type === 'string') onEvent(event);
      } catch {
        // Not JSON: not ours to act on.
      }
    }
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Keeps one GET /v1/events stream open while signed in, and reopens it with
 * back-off. The token goes in the Authorization header (fetch, not
 * EventSource), never in a URL. After a reconnection every live family is
 * refetched: events sent while the stream was down are not replayed.
 */
async function follow(queryClient: QueryClient, signal: AbortSignal): Promise<void> {
  const stale = invalidator(queryClient);
  signal.addEventListener('abort', () => stale.cancel());
  let failures = 0;
  let connectedBefore = false;
  while (!signal.aborted) {
    const token = tokenStore.get();
    if (!token) return;
    const openedAt = Date.now();
    let opened = false;
    try {
      const res = await fetch('/v1/events', {
        headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
        cache: 'no-store',
        signal,
      });
      // An expired token shows on the session's next request; signing in again restarts this.
      if (res.status === 401 || res.status === 403) return;
      if (res.ok && res.body) {
        opened = true;
        if (connectedBefore) stale.add(ALL_FAMILIES);
        connectedBefore = true;
        await readEvents(res.body, (e) => stale.add(STALE[e.type] ?? []));
      }
    } catch {
      // A network error or the service going away: try again below.
    }
    if (signal.aborted) return;
    if (opened && Date.now() - openedAt >= HEALTHY_MS) failures = 0;
    else failures++;
    const backoff = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** Math.max(0, failures - 1));
    await sleep(backoff * (0.5 + Math.random() / 2), signal);
  }
}

/**
 * Live updates for the whole console: mount once (App). While the caller is
 * signed in and may read events, queries of the families an event concerns
 * are invalidated, so every screen that uses the shared query keys stays live.
 */
export function useLiveEvents(): void {
  const { token, ability, expired } = useSession();
  const queryClient = useQueryClient();
  const enabled = Boolean(token && !expired && ability?.can('read', 'Event'));
  useEffect(() => {
    if (!enabled) return;
    const stop = new AbortController();
    void follow(queryClient, stop.signal);
    return () => stop.abort();
  }, [enabled, token, queryClient]);
}
