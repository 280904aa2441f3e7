import { subject } from '@casl/ability';
import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import type { AppAbility } from '../../platform/auth/ability.factory';
import { Action, Subject } from '../../platform/auth/access.enums';
import {
  type Audience,
  type Notification,
  parseNotification,
  SSE_HEARTBEAT,
  sseFrame,
} from './core/live-event';

/** Where a stream writes: the raw HTTP response (or a fake of it in a spec). */
export interface EventSink {
  write(chunk: string): boolean;
  end(): void;
  destroy(): void;
  readonly writableLength: number;
}

interface Stream {
  ability: AppAbility;
  sink: EventSink;
  openedAt: number;
}

/** A comment every 15 s keeps proxies and load balancers from closing an idle stream. */
export const HEARTBEAT_MS = 15_000;
/**
 * A stream ends after this long; the console reconnects at once with its
 * current token, so a stream never outlives the authorization it started with by much.
 */
export const MAX_STREAM_MS = 15 * 60_000;
/** A client that reads nothing is dropped rather than buffered without limit. */
const MAX_BUFFERED_BYTES = 1 << 20;

/** Whether a caller may hear of what a notification is about (CASL on the object). */
export function mayHear(ability: AppAbility, audience: Audience): boolean {
  switch (audience.kind) {
    case 'conversation':
      return (
        ability.can(Action.Read, subject(Subject.Conversation, { ...audience.attributes })) &&
        (!audience.message ||
          ability.can(Action.Read, subject(Subject.Message, { ...audience.attributes })))
      );
    case 'crisis':
      return ability.can(Action.Read, Subject.Crisis);
    case 'review':
      return ability.can(
        Action.Read,
        subject(Subject.SupervisoryReview, { ...audience.attributes }),
      );
  }
}

/**
 * The open event streams of this process and the fan-out to them. Each
 * notification is checked against each stream's ability before it is written.
 */
@Injectable()
export class EventsService implements OnModuleDestroy {
  private readonly logger = new Logger(EventsService.name);
  private readonly streams = new Set<Stream>();
  private heartbeat?: NodeJS.Timeout;
  private closed = false;

  get openStreams(): number {
    return this.streams.size;
  }

  /** Adds a stream; the returned function removes it (on client disconnect). */
  open(ability: AppAbility, sink: EventSink, now = Date.now()): () => void {
    if (this.closed) {
      sink.end();
      return () => undefined;
    }
    const stream: Stream = { ability, sink, openedAt: now };
    this.streams.add(stream);
    this.heartbeat ??= setInterval(() => this.beat(), HEARTBEAT_MS).unref();
    return () => this.remove(stream);
  }

  /** One notification payload from the database, fanned out to whoever may hear of it. */
  deliver(payload: string | undefined): void {
    const n = parseNotification(payload);
    if (!n) {
      this.logger.warn('a live event notification was not in the expected shape: dropped');
      return;
    }
    this.fanOut(n);
  }

  /**
   * Ends every stream: the console reconnects and refetches what it shows,
   * so what was missed while the listener was away is not lost to it.
   */
  endAll(): void {
    for (const s of [...this.streams]) {
      this.remove(s);
      s.sink.end();
    }
  }

  onModuleDestroy(): void {
    this.closed = true;
    this.endAll();
  }

  private fanOut(n: Notification): void {
    const frame = sseFrame(n.event);
    for (const s of [...this.streams]) {
      if (mayHear(s.ability, n.audience)) this.write(s, frame);
    }
  }

  private beat(now = Date.now()): void {
    for (const s of [...this.streams]) {
      if (now - s.openedAt >= MAX_STREAM_MS) {
        this.remove(s);
        s.sink.end();
      } else {
        this.write(s, SSE_HEARTBEAT);
      }
    }
  }

  private write(s: Stream, chunk: string): void {
    if (s.sink.writableLength > MAX_BUFFERED_BYTES) {
      this.remove(s);
      s.sink.destroy();
      return;
    }
    s.sink.write(chunk);
  }

  private remove(s: Stream): void {
    this.streams.delete(s);
    if (this.streams.size === 0 && this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = undefined;
    }
  }
}
