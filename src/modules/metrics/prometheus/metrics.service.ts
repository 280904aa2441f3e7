import { Injectable } from '@nestjs/common';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's Prometheus registry and the counters other modules feed with
 * a one-line call (classification, webhooks). Gauges that describe stored
 * state are read from the database at scrape time (MetricsGauges), not kept
 * here. One registry per application instance, so several apps in one
 * process (tests) never share series.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'countersign_http_requests_total',
    help: 'HTTP requests by route pattern, method and status',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'countersign_http_request_duration_seconds',
    help: 'HTTP request latency by route pattern, method and status',
    labelNames: ['route', 'method', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly webhookDeliveries = new Counter({
    name: 'countersign_webhook_deliveries_total',
    help: 'Webhook deliveries received, by platform and outcome (accepted, rejected, failed)',
    labelNames: ['platform', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly classificationDuration = new Histogram({
    name: 'countersign_classification_duration_seconds',
    help: 'Time to classify one text',
    buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5],
    registers: [this.registry],
  });

  readonly entityFindings = new Counter({
    name: 'countersign_entity_findings_total',
    help: 'Sensitive-data findings by entity type',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });

  readonly decisions = new Counter({
    name: 'countersign_decisions_total',
    help: 'Automated decisions by the rule id that produced them',
    labelNames: ['rule_id'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'countersign_' });
  }

  /** One classification: its time, its findings by type and the rules its decision cites. */
  observeClassification(
    seconds: number,
    result: { entities: ReadonlyArray<{ type: string }>; decision: { ruleIds: readonly string[] } },
  ): void {
    this.classificationDuration.observe(seconds);
    for (const e of result.entities) this.entityFindings.inc({ type: e.type });
    for (const id of result.decision.ruleIds) this.decisions.inc({ rule_id: id });
  }

  /** One finished HTTP request (route is the pattern, never the concrete path). */
  observeRequest(route: string, method: string, status: number, seconds: number): void {
    const labels = { route, method, status: String(status) };
    this.httpRequests.inc(labels);
    this.httpDuration.observe(labels, seconds);
    const webhook = /^\/v1\/webhooks\/([a-z]+)/.exec(route);
    const platform = webhook ? webhook[1] : route === '/v1/inbound' ? 'generic' : null;
    if (platform && method === 'POST') {
      const outcome = status < 300 ? 'accepted' : status < 500 ? 'rejected' : 'failed';
      this.webhookDeliveries.inc({ platform, outcome });
    }
  }

  async text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
