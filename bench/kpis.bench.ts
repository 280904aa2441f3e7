/**
 * npm run bench:kpis — GET /v1/kpis for a 90-day range by day (America/New_York)
 * over 1,000,000 conversations and 5,000,000 messages, from the rollups,
 * side by side with the exact queries over the source rows (the previous
 * implementation, still the fallback) and a plain `COUNT(*) … GROUP BY day`
 * over the same conversations, in the same run.
 *
 * Starts the app first (so the rollups are configured from channels.yaml: day
 * rollups for UTC and America/New_York, dm in business seconds), then seeds
 * the fresh database with generate_series SQL (channels x, facebook, instagram
 * and dm, complaints, offline cases, replies and sign-offs) through the
 * rollup triggers, folds the deltas, VACUUM ANALYZE, then measures through the
 * full HTTP app (Fastify inject: routing, auth, validation, serialisation
 * included), and checks that the rollup figures equal the exact ones (counts
 * exactly, percentiles within the bin precision).
 *
 * Uses DATABASE_URL (a fresh database is created and dropped; a superuser, since the bulk
 * seeding sets session_replication_role to skip the rollup triggers), else
 * postgres://postgres@127.0.0.1:5432/postgres. BENCH_CONVERSATIONS scales the set
 * (1,000,000 took about 9 minutes to seed on the loaded 2-core machine).
 */
import 'reflect-metadata';
import { Client } from 'pg';
import { createHttpApp } from '../src/http';
import { KpiRollupService, KpiService } from '../src/modules/metrics';
import { RELATIVE_PRECISION } from '../src/modules/metrics/core/kpi-histogram';
import { Location, Role } from '../src/platform/auth/access.enums';
import { signDevToken } from '../src/platform/auth/token.service';
import { loadSettings } from '../src/platform/config/settings';
import { replyDue } from '../test/metrics/reply-columns';
import { percentile, runMain, withFreshDatabase } from './support';

const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 1_000_000);
const MESSAGES_PER_CONVERSATION = 5;
const RUNS = 7;
const EXACT_RUNS = 3;
const END = '2026-03-01T05:00:00Z';
const DAYS = 90;

const CHUNK = 50_000;

/** Runs a seeding statement over [1, n] in chunks ($3, $4 the chunk's bounds), retrying a chunk whose connection was cut. */
async function chunked(url: string, sql: string, params: unknown[], n: number): Promise<void> {
  for (let lo = 1; lo <= n; lo += CHUNK) {
    for (let attempt = 1; ; attempt++) {
      const c = new Client({ connectionString: url });
      c.on('error', () => undefined);
      try {
        await c.connect();
        await c.query(`SET synchronous_commit = off`);
        // Bulk seeding bypasses the rollup triggers; kpi_rollup_rebuild() (the migration's backfill) follows.
        await c.query(`SET session_replication_role = replica`);
        await c.query(sql, [...params, lo, Math.min(n, lo + CHUNK - 1)]);
        break;
      } catch (err) {
        if (attempt >= 5) throw err;
      } finally {
        await c.end().catch(() => undefined);
      }
    }
  }
}

async function seed(c: Client, url: string): Promise<void> {
  const t0 = Date.now();
  await c.query(`SET synchronous_commit = off`);
  await c.query(`SET session_replication_role = replica`);
  await chunked(
    url,
    `INSERT INTO conversation (id, handle_id, platform, channel, thread_key, subject_id, status,
       priority, intents, decision, created_at, updated_at, last_message_at,
       first_response_due_at, first_response_at, resolved_at, first_response_breached_at)
     SELECT md5('c' || i)::uuid,
            (ARRAY['x-help', 'fb-page', 'ig-help', 'crm'])[1 + i % 4 % (CASE WHEN i % 7 = 0 THEN 4 ELSE 3 END)],
            (ARRAY['x', 'facebook', 'instagram', 'generic'])[1 + i % 4 % (CASE WHEN i % 7 = 0 THEN 4 ELSE 3 END)],
            (ARRAY['x', 'facebook', 'instagram', 'dm'])[1 + i % 4 % (CASE WHEN i % 7 = 0 THEN 4 ELSE 3 END)],
            't' || i, 'x:' || (i % 50000),
            CASE WHEN i % 3 = 0 THEN 'closed' WHEN i % 3 = 1 THEN 'resolved' ELSE 'open' END,
            (ARRAY['low', 'normal', 'high', 'urgent'])[1 + i % 4],
            CASE WHEN i % 10 = 0 THEN '{complaint}'::text[] WHEN i % 10 = 1 THEN '{fraud,complaint}'
                 WHEN i % 10 = 2 THEN '{account_access}' ELSE '{general}' END,
            '{}'::jsonb, at, at, at,
            at + make_interval(mins => 15 + (i % 4) * 60),
            CASE WHEN i % 11 <> 0 THEN at + make_interval(secs => 60 + (i::bigint * 7919) % 14400) END,
            CASE WHEN i % 3 <> 2 THEN at + make_interval(secs => 3600 + (i::bigint * 104729) % 172800) END,
            CASE WHEN i % 13 = 0 THEN at + make_interval(mins => 15) END
       FROM (SELECT i, $1::timestamptz - make_interval(secs => (i::bigint * 7776000 / $2)) AS at
               FROM generate_series($3::integer, $4::integer) AS i) s`,
    [END, CONVERSATIONS],
    CONVERSATIONS,
  );
  console.log(`conversations seeded in ${Date.now() - t0} ms`);
  await chunked(
    url,
    `INSERT INTO message (id, conversation_id, handle_id, external_id, direction, visibility,
       author_id, occurred_at, recorded_at, text)
     SELECT md5('m' || i || '-' || k)::uuid, md5('c' || i)::uuid, 'x-help', i || '-' || k,
            CASE WHEN k = 1 THEN 'outbound' ELSE 'inbound' END, 'public', 'a' || (i % 50000),
            $1::timestamptz - make_interval(secs => (i::bigint * 7776000 / $2)) + make_interval(mins => k),
            $1::timestamptz - make_interval(secs => (i::bigint * 7776000 / $2)) + make_interval(mins => k),
            'message text'
       FROM generate_series($4::integer, $5::integer) AS i, generate_series(0, $3::integer - 1) AS k`,
    [END, CONVERSATIONS, MESSAGES_PER_CONVERSATION],
    CONVERSATIONS,
  );
  console.log(`messages seeded in ${Date.now() - t0} ms`);
  await c.query(
    `INSERT INTO complaint (id, conversation_id, handle_id, channel, kinds, policy_version,
       detected_at, acknowledged_at, closed_at)
     SELECT md5('k' || id)::uuid, id, handle_id, channel, '{complaint}', 'sha256:p', created_at,
            first_response_at, resolved_at
       FROM conversation WHERE 'complaint' = ANY (intents)`,
  );
  await c.query(
    `INSERT INTO offline_case (id, conversation_id, case_ref, method, status, outcome, opened_at, opened_by)
     SELECT md5('o' || id)::uuid, id, 'CS-' || substr(id::text, 1, 12),
            (ARRAY['dm', 'secure_message', 'phone_callback', 'branch'])[1 + abs(hashtext(id::text)) % 4],
            CASE WHEN resolved_at IS NULL THEN 'open' ELSE 'closed' END,
            CASE WHEN resolved_at IS NULL THEN NULL ELSE 'resolved' END, created_at + interval '5 minutes', 'agent'
       FROM conversation WHERE 'fraud' = ANY (intents)`,
  );
  const due = await replyDue(c);
  await c.query(
    `INSERT INTO reply (id, conversation_id, handle_id, platform, channel, visibility, kind, account_id,
       template_id, template_version_id, purpose, variables, text, policy_version, status, author_id,
       created_at, updated_at, sent_at${due.col})
     SELECT md5('r' || id)::uuid, id, handle_id, platform, channel, 'public', 'comment_reply', 'acct',
            't', 'tv-' || (abs(hashtext(id::text)) % 40), 'acknowledge', '{}'::jsonb, 'Thanks', 'sha256:p',
            'sent', 'agent-' || (abs(hashtext(id::text)) % 200), first_response_at - interval '2 minutes',
            first_response_at, first_response_at${due.val("first_response_at - interval '2 minutes'")}
       FROM conversation WHERE first_response_at IS NOT NULL AND status <> 'open'`,
  );
  await c.query(
    `INSERT INTO reply_signoff (id, reply_id, role, signer_id, decision, decided_at)
     SELECT md5('s' || id)::uuid, id, CASE WHEN abs(hashtext(id::text)) % 2 = 0 THEN 'legal' ELSE 'compliance_officer' END,
            'signer', 'approve', created_at + make_interval(secs => abs(hashtext(id::text)) % 600)
       FROM reply WHERE abs(hashtext(id::text)) % 5 = 0`,
  );
  console.log(`related rows seeded in ${Date.now() - t0} ms`);
  await c.query(`SET session_replication_role = origin`);
  const r0 = Date.now();
  await c.query(`BEGIN ISOLATION LEVEL REPEATABLE READ`);
  await c.query(`SELECT kpi_rollup_rebuild()`);
  await c.query(`COMMIT`);
  console.log(`rollups backfilled (kpi_rollup_rebuild) in ${Date.now() - r0} ms`);
}

/** What the triggers add to a write: single-row conversation inserts and updates, with and without them. */
async function writeOverhead(c: Client): Promise<void> {
  const N = 500;
  const insert = `INSERT INTO conversation (id, handle_id, platform, channel, thread_key, subject_id, status,
       priority, intents, decision, created_at, updated_at, last_message_at, first_response_due_at)
     VALUES (md5($1)::uuid, 'x-help', 'x', 'x', $1, 'x:w', 'open', 'normal', '{complaint}', '{}'::jsonb,
             $2, $2, $2, $2::timestamptz + interval '15 minutes')`;
  const answer = `UPDATE conversation SET first_response_at = created_at + interval '5 minutes',
       version = version + 1 WHERE id = md5($1)::uuid`;
  const time = async (role: 'origin' | 'replica', tag: string): Promise<[number, number]> => {
    await c.query(`SET session_replication_role = ${role}`);
    // After the measured range, so the figures below are not changed.
    const at = new Date(Date.parse(END) + 86_400_000);
    let t = process.hrtime.bigint();
    for (let i = 0; i < N; i++) await c.query(insert, [`w-${tag}-${i}`, at]);
    const ins = Number(process.hrtime.bigint() - t) / 1e6 / N;
    t = process.hrtime.bigint();
    for (let i = 0; i < N; i++) await c.query(answer, [`w-${tag}-${i}`]);
    const upd = Number(process.hrtime.bigint() - t) / 1e6 / N;
    await c.query(`SET session_replication_role = origin`);
    return [ins, upd];
  };
  const [plainIns, plainUpd] = await time('replica', 'plain');
  const [rollIns, rollUpd] = await time('origin', 'rollup');
  console.log(
    `single-row writes, ${N} each: insert ${plainIns.toFixed(2)} ms without the triggers, ${rollIns.toFixed(2)} ms with; ` +
      `answer (update) ${plainUpd.toFixed(2)} ms without, ${rollUpd.toFixed(2)} ms with`,
  );
  await c.query(`DELETE FROM conversation WHERE subject_id = 'x:w'`);
}

/** Largest relative gap between rollup and exact percentiles, and whether every count agrees. */
function compare(rollup: unknown, exact: unknown): { counts: boolean; maxGap: number } {
  let counts = true;
  let maxGap = 0;
  const walk = (a: unknown, b: unknown, path: string): void => {
    if (typeof b === 'number' && typeof a === 'number') {
      if (/Seconds$/.test(path)) {
        const gap = Math.abs(a - b) / Math.max(b, 1);
        maxGap = Math.max(maxGap, gap);
      } else if (a !== b && !path.endsWith('source')) counts = false;
      return;
    }
    if (b && typeof b === 'object') {
      const keys = new Set([...Object.keys(b), ...Object.keys((a as object) ?? {})]);
      for (const k of keys) {
        walk(
          (a as Record<string, unknown>)?.[k],
          (b as Record<string, unknown>)[k],
          `${path}.${k}`,
        );
      }
      return;
    }
    if (a !== b && !path.endsWith('source')) counts = false;
  };
  walk(rollup, exact, '');
  return { counts, maxGap };
}

async function main(): Promise<void> {
  await withFreshDatabase(async (url) => {
    const owner = new Client({ connectionString: url });
    await owner.connect();
    owner.on('error', () => undefined);

    const settings = loadSettings({
      ...process.env,
      NODE_ENV: 'test',
      WORKERS: 'false',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
      LOG_LEVEL: 'silent',
    });
    const app = await createHttpApp(settings);
    await app.getHttpAdapter().getInstance().ready();

    const seedStart = Date.now();
    await seed(owner, url);
    await writeOverhead(owner);
    const seeded = Date.now();
    const folded = await app.get(KpiRollupService).foldAll();
    console.log(`${folded} rollup deltas folded in ${Date.now() - seeded} ms`);
    await owner.query(`VACUUM ANALYZE`);
    console.log(`seeded, folded and analysed in ${Date.now() - seedStart} ms`);
    const size = await owner.query(
      `SELECT (SELECT count(*) FROM kpi_rollup)::int AS n,
              pg_size_pretty(pg_total_relation_size('kpi_rollup')) AS size`,
    );
    console.log(`rollup rows: ${size.rows[0].n} (${size.rows[0].size})`);

    const token = await signDevToken(
      settings,
      { sub: 'bench', roles: [Role.ComplianceOfficer], location: Location.Office },
      3600,
    );
    const from = new Date(Date.parse(END) - DAYS * 86_400_000).toISOString();
    const query = { from, to: END, granularity: 'day', tz: 'America/New_York' };
    let lastBody: unknown;
    const kpi = async (): Promise<number> => {
      const t = process.hrtime.bigint();
      const res = await app.inject({
        method: 'GET',
        url: '/v1/kpis',
        query,
        headers: { authorization: `Bearer ${token}` },
      });
      if (res.statusCode !== 200) throw new Error(`GET /v1/kpis: ${res.statusCode} ${res.body}`);
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      lastBody = JSON.parse(res.body);
      if ((lastBody as { source: string }).source !== 'rollup')
        throw new Error('not from the rollups');
      return ms;
    };
    const service = app.get(KpiService);
    let exactBody: unknown;
    const exact = async (): Promise<number> => {
      const t = process.hrtime.bigint();
      exactBody = JSON.parse(JSON.stringify(await service.exactResponse(query as never)));
      return Number(process.hrtime.bigint() - t) / 1e6;
    };
    const reference = async (): Promise<number> => {
      const t = process.hrtime.bigint();
      await owner.query(
        `SELECT date_trunc('day', created_at AT TIME ZONE 'America/New_York') AS d, count(*)
           FROM conversation WHERE created_at >= $1 AND created_at < $2 GROUP BY 1`,
        [from, END],
      );
      return Number(process.hrtime.bigint() - t) / 1e6;
    };
    const opened = await owner.query(
      `SELECT count(*)::int AS n FROM conversation WHERE created_at >= $1 AND created_at < $2`,
      [from, END],
    );
    await kpi();
    await reference();
    const kpiMs: number[] = [];
    const refMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      kpiMs.push(await kpi());
      refMs.push(await reference());
    }
    const exactMs: number[] = [];
    for (let i = 0; i < EXACT_RUNS; i++) exactMs.push(await exact());
    const fmt = (xs: number[]) =>
      `median ${percentile(xs, 50).toFixed(0)} ms, min ${Math.min(...xs).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms`;
    console.log(
      `${CONVERSATIONS} conversations (${opened.rows[0].n} in range), ${CONVERSATIONS * MESSAGES_PER_CONVERSATION} messages, ${DAYS} days by day`,
    );
    console.log(`GET /v1/kpis (rollups):       ${fmt(kpiMs)} (${RUNS} runs)`);
    console.log(`exact queries (previous):     ${fmt(exactMs)} (${EXACT_RUNS} runs)`);
    console.log(`reference COUNT(*) GROUP BY:  ${fmt(refMs)}`);
    const { counts, maxGap } = compare(lastBody, { ...(exactBody as object), source: 'rollup' });
    console.log(
      `rollup vs exact: every count equal: ${counts}; largest percentile gap ${(maxGap * 100).toFixed(2)} % (bound ${(RELATIVE_PRECISION * 100).toFixed(2)} %)`,
    );
    await app.close();
    await owner.end();
  });
}

runMain(main);
