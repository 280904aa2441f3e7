import {
  createContext,
  createElement,
  useContext,
  useEffect,
  useState,
  type ReactNode,
} from 'react';
import type { Schemas } from '../../api/client';

type Conversation = Schemas['ConversationResponseDto'];

export type SlaLevel = 'none' | 'ok' | 'soon' | 'overdue';

export interface SlaClock {
  level: SlaLevel;
  /** Which clock runs: first response until answered, then resolution. */
  kind: 'first response' | 'resolution' | null;
  dueAt: string | null;
  /** Milliseconds left (negative once overdue). */
  left: number;
}

/** A clock turns amber in the last quarter of its window, or its last 15 minutes. */
const SOON_FRACTION = 0.25;
const SOON_MS = 15 * 60_000;

const ACTIVE = new Set(['open', 'awaiting_reply', 'awaiting_signoff', 'routed_offline']);

/**
 * The clock that runs now for a conversation, from the due times the service set
 * (the service owns SLA policy; the console only counts down to them).
 */
export function slaOf(c: Conversation, now: number): SlaClock {
  if (!ACTIVE.has(c.status)) return { level: 'none', kind: null, dueAt: null, left: 0 };
  const answered = c.firstResponseAt !== null;
  const dueAt = answered ? c.resolutionDueAt : c.firstResponseDueAt;
  const kind = answered ? 'resolution' : 'first response';
  if (!dueAt) return { level: c.breached ? 'overdue' : 'none', kind, dueAt: null, left: 0 };
  const due = Date.parse(dueAt);
  const start = Date.parse(answered ? (c.firstResponseAt ?? c.createdAt) : c.createdAt);
  const left = due - now;
  const window = Math.max(due - start, 1);
  const level: SlaLevel =
    left <= 0 ? 'overdue' : left <= Math.max(window * SOON_FRACTION, SOON_MS) ? 'soon' : 'ok';
  return { level, kind, dueAt, left };
}

/** "2 h 05 min", "12 min 30 s", "45 s", "3 d 4 h". */
export function formatDuration(ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (d > 0) return `${d} d ${h} h`;
  if (h > 0) return `${h} h ${pad(m)} min`;
  if (m > 0) return `${m} min ${pad(sec)} s`;
  return `${sec} s`;
}

export function slaText(clock: SlaClock): string {
  if (clock.level === 'none') return clock.kind ? 'No due time' : 'No clock running';
  if (clock.level === 'overdue') {
    return clock.dueAt
      ? `Overdue by ${formatDuration(clock.left)} (${clock.kind})`
      : `Overdue (${clock.kind})`;
  }
  const due = `due in ${formatDuration(clock.left)} (${clock.kind})`;
  return clock.level === 'soon' ? `Due soon: ${due}` : `${due[0].toUpperCase()}${due.slice(1)}`;
}

const NowContext = createContext<number | null>(null);

/** One ticking clock for every countdown on the screen (not one timer per row). */
export function NowProvider({ children, tickMs = 1000 }: { children: ReactNode; tickMs?: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), tickMs);
    return () => clearInterval(timer);
  }, [tickMs]);
  return createElement(NowContext.Provider, { value: now }, children);
}

export function useNow(): number {
  const now = useContext(NowContext);
  return now ?? Date.now();
}
