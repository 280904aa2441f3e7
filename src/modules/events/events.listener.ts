import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { Client, type Notification as PgNotification, type Pool, type PoolClient } from 'pg';
import { APP_ROLE } from '../../platform/database/data-source';
import { Database } from '../../platform/database/database';
import { EVENTS_CHANNEL } from './core/live-event';
import { EventsService } from './events.service';

const BACKOFF_FIRST_MS = 500;
const BACKOFF_MAX_MS = 30_000;
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * PGlite (the embedded database) is one session behind its socket: a
 * notification comes back on the pool connection that committed, never on
 * the listening one. Every listener of this process on the same database
 * hears it from there (in-process fan-out; the data directory lock keeps an
 * embedded database to one process). On PostgreSQL no pool connection
 * listens, so this path stays silent there.
 */
const listenersByDatabase = new Map<string, Set<EventsListener>>();

/**
 * One dedicated connection per process, outside the pool, LISTENing on the
 * events channel; every notification is handed to the EventsService. A lost
 * connection is reopened with exponential back-off; once it is back, the open
 * streams are ended so that the console refetches what it may have missed.
 */
@Injectable()
export class EventsListener implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(EventsListener.name);
  private current?: Client;
  private listening = false;
  private failures = 0;
  private retry?: NodeJS.Timeout;
  private stopped = false;
  private readonly hooked = new WeakSet<PoolClient>();

  constructor(
    private readonly database: Database,
    private readonly events: EventsService,
  ) {}

  /** Whether the dedicated connection is up and listening. */
  get isListening(): boolean {
    return this.listening;
  }

  async onApplicationBootstrap(): Promise<void> {
    let same = listenersByDatabase.get(this.database.url);
    if (!same) listenersByDatabase.set(this.database.url, (same = new Set()));
    same.add(this);
    this.hookPool();
    await this.connect();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const same = listenersByDatabase.get(this.database.url);
    same?.delete(this);
    if (same?.size === 0) listenersByDatabase.delete(this.database.url);
    const client = this.current;
    this.current = undefined;
    this.listening = false;
    if (!client) return;
    // A database that does not answer must not hold the shutdown.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      client.end().catch(() => undefined),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, CONNECT_TIMEOUT_MS / 5))),
    ]);
    clearTimeout(timer);
  }

  private hear(m: PgNotification): void {
    if (m.channel === EVENTS_CHANNEL && !this.stopped) this.events.deliver(m.payload);
  }

  private hookPool(): void {
    const pool = (this.database.dataSource.driver as unknown as { master?: Pool }).master;
    pool?.on('acquire', (client) => {
      if (this.hooked.has(client)) return;
      this.hooked.add(client);
      client.on('notification', (m) => {
        for (const l of listenersByDatabase.get(this.database.url) ?? []) l.hear(m);
      });
    });
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: this.database.url,
      application_name: 'countersign-events',
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      // Start-up waits for the first attempt: a database that does not answer is retried
      // later rather than holding the service.
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      query_timeout: CONNECT_TIMEOUT_MS,
    });
    this.current = client;
    client.on('notification', (m) => this.hear(m));
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`SET ROLE ${APP_ROLE}`);
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    } catch (err) {
      this.lost(client, err as Error);
      client.end().catch(() => undefined);
      return;
    }
    if (this.current !== client) return;
    this.listening = true;
    if (this.failures > 0) {
      this.logger.log('listening for live events again');
      this.events.endAll();
    }
    this.failures = 0;
  }

  private lost(client: Client, err?: Error): void {
    if (this.stopped || this.current !== client) return;
    this.current = undefined;
    this.listening = false;
    const delay =
      Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** this.failures) * (0.5 + Math.random() / 2);
    this.failures++;
    this.logger.warn(
      `live events connection lost (${err?.message ?? 'closed'}); retrying in ${Math.round(delay)} ms`,
    );
    this.retry = setTimeout(() => void this.connect(), delay);
    this.retry.unref();
  }
}
