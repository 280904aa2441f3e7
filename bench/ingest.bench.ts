/**
 * npm run bench:ingest — sustained posts/s and latency p50/p99 through
 * POST /v1/inbound into PostgreSQL (classification, PAN-safe screening,
 * sealing, message and conversation writes and the archive entries, in one
 * transaction per post), driven by autocannon with 32 connections for 30 s,
 * with realistic posts of which a quarter carry sensitive values. In the same
 * run, plain INSERTs of the same payloads through pg (32 connections, 30 s)
 * are the reference.
 *
 * The service runs in a child process (as `countersign serve` would), so that
 * the load generator does not share its event loop. Uses DATABASE_URL (a fresh
 * database is created and dropped), else postgres://postgres@127.0.0.1:5432/postgres.
 * BENCH_SECONDS and BENCH_CONNECTIONS override the defaults.
 */
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { Pool } from 'pg';
import { demoPosts, DEMO_CUSTOMERS } from '../src/modules/channels/core';
import { Location, Role } from '../src/platform/auth/access.enums';
import { signDevToken } from '../src/platform/auth/token.service';
import { loadSettings } from '../src/platform/config/settings';
import { percentile, runMain, withFreshDatabase } from './support';

// autocannon ships no types; this is the part used here.
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  duration: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  '2xx': number;
}
interface AutocannonRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  setupRequest: (req: Record<string, unknown>) => Record<string, unknown>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (opts: {
  url: string;
  connections: number;
  duration: number;
  pipelining?: number;
  requests: AutocannonRequest[];
}) => Promise<AutocannonResult>;

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-0123';

/** CPU time (user + system) of a process so far, in ms; undefined where /proc is not there. */
function processCpuMs(pid: number): number | undefined {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat, after the command name in parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
/** Linux's USER_HZ: /proc counts CPU time in hundredths of a second. */
const CLOCK_TICKS = 100;

/**
 * CPU time spent by a database's server processes, in ms: on a shared machine
 * CPU per post is steadier than posts per second.
 */
async function databaseCpuMs(url: string): Promise<number | undefined> {
  const c = new Pool({ connectionString: url, max: 1 });
  try {
    const { rows } = await c.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    let total = 0;
    for (const { pid } of rows) {
      const ms = processCpuMs(pid);
      if (ms === undefined) return undefined;
      total += ms;
    }
    return total;
  } finally {
    await c.end();
  }
}

function perPost(ms: number | undefined, n: number): string {
  return ms === undefined ? 'n/a' : `${(ms / n).toFixed(2)} ms`;
}

/** The service, in this child process. */
async function serveChild(): Promise<void> {
  const { createHttpApp } = await import('../src/http');
  const settings = loadSettings(process.env);
  const app = await createHttpApp(settings);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
  process.on('message', (m) => {
    if (m === 'stop') void app.close().then(() => process.exit(0));
  });
}

function startService(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--serve'], {
      // e.g. BENCH_SERVICE_NODE_ARGS=--cpu-prof to profile the service alone.
      execArgv: (process.env.BENCH_SERVICE_NODE_ARGS ?? '').split(' ').filter(Boolean),
      env,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (m: { port: number }) => resolve({ child, port: m.port }));
    child.once('exit', (code) => reject(new Error(`service exited with ${code}`)));
  });
}

/** Posts as an integration sends them; each call gives a new message id. */
function payloads(seed: number): () => { externalId: string; body: string; row: unknown[] } {
  const posts = demoPosts(5000, seed);
  let i = 0;
  return () => {
    const post = posts[i % posts.length];
    const customer = DEMO_CUSTOMERS[i % DEMO_CUSTOMERS.length];
    i++;
    const externalId = `bench-${seed}-${i}`;
    const body = {
      handle: 'crm',
      externalId,
      threadId: `case-${customer.key}-${i % 500}`,
      author: { id: `${customer.key}-${i % 500}`, name: customer.name },
      text: post.text,
      visibility: i % 3 === 0 ? 'public' : 'private',
    };
    return {
      externalId,
      body: JSON.stringify(body),
      row: [randomUUID(), 'crm', externalId, body.author.id, body.text, JSON.stringify(body)],
    };
  };
}

async function plainInserts(url: string): Promise<{
  rate: number;
  p50: number;
  p99: number;
  total: number;
  clientCpuMs: number;
  serverCpuMs: number | undefined;
}> {
  const pool = new Pool({ connectionString: url, max: CONNECTIONS });
  await pool.query(`CREATE TABLE bench_plain_inbound (
    id uuid PRIMARY KEY, handle_id text NOT NULL, external_id text NOT NULL,
    author_id text NOT NULL, text text NOT NULL, payload jsonb NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (handle_id, external_id))`);
  const next = payloads(2);
  const latencies: number[] = [];
  // Every connection opened first, so that the server's CPU is counted from the start.
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      const c = await pool.connect();
      setTimeout(() => c.release(), 100);
    }),
  );
  await new Promise((r) => setTimeout(r, 200));
  const serverBefore = await databaseCpuMs(url);
  const clientBefore = process.cpuUsage();
  const deadline = Date.now() + SECONDS * 1000;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < deadline) {
        const { row } = next();
        const t0 = process.hrtime.bigint();
        await pool.query(
          `INSERT INTO bench_plain_inbound (id, handle_id, external_id, author_id, text, payload)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (handle_id, external_id) DO NOTHING`,
          row,
        );
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  const client = process.cpuUsage(clientBefore);
  const serverAfter = await databaseCpuMs(url);
  await pool.end();
  return {
    rate: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    total: latencies.length,
    clientCpuMs: (client.user + client.system) / 1000,
    serverCpuMs:
      serverBefore === undefined || serverAfter === undefined
        ? undefined
        : serverAfter - serverBefore,
  };
}

async function main(): Promise<void> {
  if (process.argv.includes('--serve')) return serveChild();
  await withFreshDatabase(async (url) => {
    const env = {
      ...process.env,
      // Development settings generate the archive and webhook keys under the bench's DATA_DIR.
      NODE_ENV: 'development',
      DATABASE_URL: url,
      JWT_SECRET,
      LOG_LEVEL: 'warn',
      WORKERS: 'true',
      META_APP_SECRET: 'bench-meta-app-secret-0123456789',
      META_VERIFY_TOKEN: 'bench-meta-verify-token-0123',
      X_CONSUMER_SECRET: 'bench-x-consumer-secret-0123456789',
    };
    const settings = loadSettings(env);
    const token = await signDevToken(
      settings,
      { sub: 'bench-crm', roles: [Role.Integration], location: Location.Office },
      3600,
    );
    const { child, port } = await startService(env);
    try {
      const next = payloads(1);
      const request: AutocannonRequest = {
        method: 'POST',
        path: '/v1/inbound',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        setupRequest: (req) => ({ ...req, body: next().body }),
      };
      const base = `http://127.0.0.1:${port}`;
      // Warm-up: JIT, pool connections, first conversations.
      await autocannon({ url: base, connections: CONNECTIONS, duration: 3, requests: [request] });
      const loadBefore = loadavg()[0];
      const serviceBefore = child.pid === undefined ? undefined : processCpuMs(child.pid);
      const databaseBefore = await databaseCpuMs(url);
      const generatorBefore = process.cpuUsage();
      const r = await autocannon({
        url: base,
        connections: CONNECTIONS,
        duration: SECONDS,
        requests: [request],
      });
      const generator = process.cpuUsage(generatorBefore);
      const serviceAfter = child.pid === undefined ? undefined : processCpuMs(child.pid);
      const databaseAfter = await databaseCpuMs(url);
      const loadAfter = loadavg()[0];
      const cpu = {
        service:
          serviceBefore === undefined || serviceAfter === undefined
            ? undefined
            : serviceAfter - serviceBefore,
        database:
          databaseBefore === undefined || databaseAfter === undefined
            ? undefined
            : databaseAfter - databaseBefore,
        generator: (generator.user + generator.system) / 1000,
      };
      const stored = new Pool({ connectionString: url, max: 1 });
      const [{ n }] = (await stored.query<{ n: string }>('SELECT count(*) AS n FROM message')).rows;
      const [{ s }] = (
        await stored.query<{ s: string }>(
          "SELECT count(*) AS s FROM message WHERE sealed_original IS NOT NULL OR redactions <> '[]'::jsonb",
        )
      ).rows;
      await stored.end();
      await new Promise((resolve) => {
        child.once('exit', resolve);
        child.send('stop');
      });

      const plain = await plainInserts(url);
      const rate = r['2xx'] / r.duration;
      const lines = [
        `machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), node ${process.version}`,
        `POST /v1/inbound, ${CONNECTIONS} connections, ${SECONDS} s (after a 3 s warm-up):`,
        `  ${r['2xx']} accepted (${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts), ${n} messages stored in total, ${s} with redactions or a sealed original`,
        `  ${rate.toFixed(0)} posts/s; latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms`,
        `  CPU per post: service ${perPost(cpu.service, r['2xx'])}, PostgreSQL ${perPost(cpu.database, r['2xx'])}, load generator ${perPost(cpu.generator, r['2xx'])}`,
        `  load average (1 min) ${loadBefore.toFixed(1)} at the start, ${loadAfter.toFixed(1)} at the end`,
        `plain INSERT through pg, ${CONNECTIONS} connections, ${SECONDS} s:`,
        `  ${plain.total} rows, ${plain.rate.toFixed(0)} rows/s; latency p50 ${plain.p50.toFixed(2)} ms, p99 ${plain.p99.toFixed(2)} ms`,
        `  CPU per row: PostgreSQL ${perPost(plain.serverCpuMs, plain.total)}, client ${perPost(plain.clientCpuMs, plain.total)}`,
        `intake ÷ plain insert: ${((100 * rate) / plain.rate).toFixed(1)}%`,
      ];
      process.stdout.write(lines.join('\n') + '\n');
    } finally {
      if (child.exitCode === null) child.kill('SIGTERM');
    }
  });
}

runMain(main);
