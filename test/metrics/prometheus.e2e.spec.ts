import { createServer } from 'node:net';
import request from 'supertest';
import { ClassificationService } from '../../src/modules/classification';
import { MetricsServer } from '../../src/modules/metrics';
import { Role } from '../../src/platform/auth/access.enums';
import { startTestApp, type TestApp } from '../support/test-app';

// The parser ships no types: its documented output shape.
interface Family {
  name: string;
  type: string;
  metrics: Array<{ labels?: Record<string, string>; value?: string; buckets?: object }>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const parse = require('parse-prometheus-text-format') as (text: string) => Family[];

describe('Prometheus listener', () => {
  let t: TestApp;
  let url: string;

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'false', METRICS_PORT: '0' });
    const address = t.app.get(MetricsServer).address();
    if (!address) throw new Error('the metrics listener is not listening');
    expect(address.address).toBe('127.0.0.1');
    url = `http://127.0.0.1:${address.port}`;
  });

  afterAll(async () => {
    await t?.close();
  });

  const scrape = async (): Promise<Map<string, Family>> => {
    const res = await fetch(`${url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return new Map(parse(await res.text()).map((f) => [f.name, f]));
  };

  it('serves the text format with every listed series, on its own port only', async () => {
    const token = await t.token('co-1', Role.ComplianceOfficer);
    const server = t.app.getHttpServer();
    await request(server)
      .get('/v1/kpis')
      .query({ from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z' })
      .set('authorization', `Bearer ${token}`)
      .expect(200);
    await request(server).get('/v1/kpis').expect(401);
    // An unsigned webhook delivery is refused.
    await request(server).post('/v1/webhooks/x').send({ any: 'thing' });
    await t.app
      .get(ClassificationService)
      .classifyAsync('my card 4111 1111 1111 1111 was charged twice, this is a scam', {
        channel: 'x',
        visibility: 'public',
      });
    // The API listener does not serve /metrics.
    expect((await request(server).get('/metrics')).status).toBe(404);

    const families = await scrape();
    for (const name of [
      'countersign_http_requests_total',
      'countersign_http_request_duration_seconds',
      'countersign_webhook_deliveries_total',
      'countersign_classification_duration_seconds',
      'countersign_entity_findings_total',
      'countersign_decisions_total',
      'countersign_conversations',
      'countersign_outbox_depth',
      'countersign_outbox_oldest_age_seconds',
      'countersign_dispatch_attempts',
      'countersign_archive_pending_entries',
      'countersign_archive_integration_lag_seconds',
      'countersign_archive_tree_size',
      'countersign_archive_checkpoint_age_seconds',
      'countersign_sla_breaches',
      'countersign_db_pool_connections',
      'countersign_process_cpu_seconds_total',
      'countersign_nodejs_eventloop_lag_seconds',
    ]) {
      expect([name, families.has(name)]).toEqual([name, true]);
    }

    const requests = families.get('countersign_http_requests_total')!;
    const kpiOk = requests.metrics.find(
      (m) => m.labels?.route === '/v1/kpis' && m.labels?.status === '200',
    );
    expect(kpiOk?.value).toBe('1');
    expect(
      requests.metrics.find((m) => m.labels?.route === '/v1/kpis' && m.labels?.status === '401')
        ?.value,
    ).toBe('1');
    expect(families.get('countersign_http_request_duration_seconds')!.type).toBe('HISTOGRAM');

    const webhooks = families.get('countersign_webhook_deliveries_total')!.metrics;
    expect(webhooks).toEqual([
      expect.objectContaining({ labels: { platform: 'x', outcome: 'rejected' }, value: '1' }),
    ]);
    const findings = families.get('countersign_entity_findings_total')!.metrics;
    expect(findings.find((m) => m.labels?.type === 'CARD_NUMBER')?.value).toBe('1');
    expect(families.get('countersign_decisions_total')!.metrics.length).toBeGreaterThan(0);
    expect(families.get('countersign_classification_duration_seconds')!.type).toBe('HISTOGRAM');

    const pool = families.get('countersign_db_pool_connections')!.metrics;
    expect(Number(pool.find((m) => m.labels?.state === 'max')?.value)).toBeGreaterThan(0);
    // The policy load at start-up was archived and integrated or is pending: either way counted.
    const tree = Number(families.get('countersign_archive_tree_size')!.metrics[0].value);
    const pending = Number(families.get('countersign_archive_pending_entries')!.metrics[0].value);
    expect(tree + pending).toBeGreaterThan(0);
  });

  it('a busy metrics port leaves the API serving, without a listener', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
    const port = (blocker.address() as { port: number }).port;
    const second = await startTestApp({ WORKERS: 'false', METRICS_PORT: String(port) });
    try {
      expect(second.app.get(MetricsServer).address()).toBeNull();
      expect((await request(second.app.getHttpServer()).get('/healthz')).status).toBe(200);
    } finally {
      await second.close();
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('answers 404 to anything but GET /metrics', async () => {
    expect((await fetch(`${url}/`)).status).toBe(404);
    expect((await fetch(`${url}/metrics`, { method: 'POST' })).status).toBe(404);
  });
});
