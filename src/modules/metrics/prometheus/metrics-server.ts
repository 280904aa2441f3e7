import {
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  OnModuleInit,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Gauge } from 'prom-client';
import { Clock } from '../../../platform/clock/clock';
import { Settings } from '../../../platform/config/settings';
import { GaugesRepository } from './gauges.repository';
import { Metrics } from './metrics.service';

const START = Symbol('countersign.metrics.start');

/**
 * Prometheus on a listener of its own (METRICS_HOST:METRICS_PORT, loopback by
 * default), apart from the API: GET /metrics, nothing else. Registers the
 * scrape-time gauges and counts every API request from a Fastify hook.
 */
@Injectable()
export class MetricsServer implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MetricsServer.name);
  private server?: Server;

  constructor(
    private readonly metrics: Metrics,
    private readonly gauges: GaugesRepository,
    private readonly settings: Settings,
    private readonly clock: Clock,
    private readonly adapter: HttpAdapterHost,
  ) {}

  onModuleInit(): void {
    this.registerGauges();
    this.hookHttp();
  }

  async onApplicationBootstrap(): Promise<void> {
    const port = this.settings.metricsPort;
    // Only the HTTP service listens; the CLI's application context has no HTTP adapter.
    if (port === null || !this.adapter.httpAdapter) return;
    const server = createServer((req, res) => {
      if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
        return;
      }
      this.metrics.text().then(
        (body) => res.writeHead(200, { 'content-type': this.metrics.contentType }).end(body),
        (err: Error) => {
          this.logger.error(`metrics scrape failed: ${err.message}`);
          res.writeHead(500, { 'content-type': 'text/plain' }).end('scrape failed\n');
        },
      );
    });
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, this.settings.METRICS_HOST, () => resolve());
      });
      this.server = server;
    } catch (err) {
      // The API keeps serving; the scrape target shows as down.
      this.logger.error(
        `metrics listener not started on ${this.settings.METRICS_HOST}:${port}: ${(err as Error).message}`,
      );
    }
  }

  /** The listener's address (the port is the bound one when METRICS_PORT=0). */
  address(): AddressInfo | null {
    const a = this.server?.address();
    return a && typeof a === 'object' ? a : null;
  }

  async onApplicationShutdown(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  private hookHttp(): void {
    const adapter = this.adapter.httpAdapter;
    if (!adapter) return;
    const fastify = adapter.getInstance<FastifyInstance>();
    if (typeof fastify?.addHook !== 'function') return;
    fastify.addHook('onRequest', (req, _reply, done) => {
      (req as unknown as Record<symbol, bigint>)[START] = process.hrtime.bigint();
      done();
    });
    fastify.addHook('onResponse', (req, reply, done) => {
      const start = (req as unknown as Record<symbol, bigint | undefined>)[START];
      const seconds = start === undefined ? 0 : Number(process.hrtime.bigint() - start) / 1e9;
      // The route pattern only: a concrete path would make a series per id.
      const route = req.routeOptions?.url ?? 'unmatched';
      this.metrics.observeRequest(route, req.method, reply.statusCode, seconds);
      done();
    });
  }

  private registerGauges(): void {
    const registers = [this.metrics.registry];
    // One database read per scrape, shared by every state gauge.
    let pending: Promise<Awaited<ReturnType<GaugesRepository['snapshot']>>> | null = null;
    const snapshot = () => {
      pending ??= this.gauges.snapshot(this.clock.now()).finally(() => {
        setImmediate(() => (pending = null));
      });
      return pending;
    };
    const gauge = <L extends string>(
      name: string,
      help: string,
      labelNames: readonly L[],
      fill: (g: Gauge<L>, s: Awaited<ReturnType<typeof snapshot>>) => void,
    ) =>
      new Gauge<L>({
        name,
        help,
        labelNames,
        registers,
        async collect() {
          const s = await snapshot();
          this.reset();
          fill(this, s);
        },
      });

    gauge('countersign_conversations', 'Conversations by status', ['status'], (g, s) => {
      for (const c of s.conversationsByStatus) g.set({ status: c.status }, c.count);
    });
    gauge(
      'countersign_outbox_depth',
      'Outbox rows waiting to be sent, by status',
      ['status'],
      (g, s) => {
        g.set({ status: 'queued' }, 0);
        g.set({ status: 'sending' }, 0);
        for (const c of s.outboxDepth) g.set({ status: c.status }, c.count);
      },
    );
    gauge(
      'countersign_outbox_oldest_age_seconds',
      'Age of the oldest unsent outbox row',
      [],
      (g, s) => g.set(s.outboxOldestAgeSeconds),
    );
    gauge(
      'countersign_dispatch_attempts',
      'Send attempts recorded, by outcome (a stored count: use delta() or increase())',
      ['outcome'],
      (g, s) => {
        for (const c of s.dispatchAttempts) g.set({ outcome: c.outcome }, c.count);
      },
    );
    gauge(
      'countersign_archive_pending_entries',
      'Archive entries not yet in the tree',
      [],
      (g, s) => g.set(s.archivePending),
    );
    gauge(
      'countersign_archive_integration_lag_seconds',
      'Age of the oldest archive entry not yet in the tree (0 when none)',
      [],
      (g, s) => g.set(s.archiveLagSeconds),
    );
    gauge('countersign_archive_tree_size', 'Entries in the archive tree', [], (g, s) =>
      g.set(s.archiveTreeSize),
    );
    gauge(
      'countersign_archive_checkpoint_age_seconds',
      'Age of the newest signed checkpoint (-1 when none yet)',
      [],
      (g, s) => g.set(s.checkpointAgeSeconds ?? -1),
    );
    gauge(
      'countersign_sla_breaches',
      'Conversations that breached an SLA clock',
      ['clock'],
      (g, s) => {
        for (const c of s.slaBreaches) g.set({ clock: c.clock }, c.count);
      },
    );
    const pool = () => this.gauges.pool();
    new Gauge({
      name: 'countersign_db_pool_connections',
      help: 'Database pool connections by state (total, idle, waiting clients, max)',
      labelNames: ['state'],
      registers,
      collect() {
        const p = pool();
        this.set({ state: 'total' }, p.total);
        this.set({ state: 'idle' }, p.idle);
        this.set({ state: 'waiting' }, p.waiting);
        this.set({ state: 'max' }, p.max);
      },
    });
  }
}
