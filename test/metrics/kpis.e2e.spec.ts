import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { addBusinessMinutes } from '../../src/modules/conversations/core/business-hours';
import { KpiRollupService, KpiService } from '../../src/modules/metrics';
import { RELATIVE_PRECISION } from '../../src/modules/metrics/core/kpi-histogram';
import { Role } from '../../src/platform/auth/access.enums';
import { FakeClock } from '../../src/platform/clock/clock';
import { startTestApp, type TestApp } from '../support/test-app';
import { replyDue } from './reply-columns';

/**
 * A seeded week around the US spring-forward change (Sunday 2026-03-08 02:00
 * America/New_York), with every figure computed by hand below. dm runs its
 * SLA in business hours (Mon–Fri 08:00–18:00 New York, channels.yaml); x on
 * the wall clock.
 */
const Z = (s: string) => new Date(s);

interface Pct {
  count: number;
  p50Seconds: number | null;
  p90Seconds: number | null;
}

/** A duration from the rollups is the exact one within the documented bin precision (2.2 %, or 1 s under a second). */
function near(actual: number | null, exact: number | null): boolean {
  if (actual === null || exact === null) return actual === exact;
  return Math.abs(actual - exact) <= Math.max(exact * RELATIVE_PRECISION + 1e-6, exact < 1 ? 1 : 0);
}

function expectPct(actual: Pct, exact: Pct): void {
  expect(actual.count).toBe(exact.count);
  if (!near(actual.p50Seconds, exact.p50Seconds) || !near(actual.p90Seconds, exact.p90Seconds)) {
    throw new Error(
      `percentiles ${JSON.stringify(actual)} not within bin precision of ${JSON.stringify(exact)}`,
    );
  }
}

type Figures = Record<string, unknown> & {
  firstResponse: Pct;
  resolution: Pct;
  signoffTurnaround: Record<string, Pct>;
};

/** Rollup figures equal the exact ones: counts exactly, percentiles within bin precision. */
function expectSameFigures(rollup: Figures, exact: Figures): void {
  const strip = (f: Figures) => ({
    ...f,
    firstResponse: null,
    resolution: null,
    signoffTurnaround: null,
  });
  expect(strip(rollup)).toEqual(strip(exact));
  expectPct(rollup.firstResponse, exact.firstResponse);
  expectPct(rollup.resolution, exact.resolution);
  expect(Object.keys(rollup.signoffTurnaround).sort()).toEqual(
    Object.keys(exact.signoffTurnaround).sort(),
  );
  for (const [role, p] of Object.entries(exact.signoffTurnaround)) {
    expectPct(rollup.signoffTurnaround[role], p);
  }
}

interface Conv {
  id: string;
  channel: 'x' | 'dm';
  priority: 'urgent' | 'high' | 'normal' | 'low';
  created: string;
  due: string;
  firstResponse?: string;
  resolved?: string;
  frBreached?: string;
  intents?: string[];
}

const C: Record<string, Conv> = {
  // Fri 10:00 EST; answered in 10 min (due 15), resolved after 60 min
  c1: {
    id: randomUUID(),
    channel: 'x',
    priority: 'urgent',
    created: '2026-03-06T15:00:00Z',
    due: '2026-03-06T15:15:00Z',
    firstResponse: '2026-03-06T15:10:00Z',
    resolved: '2026-03-06T16:00:00Z',
    intents: ['complaint'],
  },
  // Fri 12:00 EST; answered in 30 min (due 60)
  c2: {
    id: randomUUID(),
    channel: 'x',
    priority: 'high',
    created: '2026-03-06T17:00:00Z',
    due: '2026-03-06T18:00:00Z',
    firstResponse: '2026-03-06T17:30:00Z',
  },
  // Fri 17:00 EST on dm: one business hour on Friday, closed over the weekend
  // and the DST change, one business hour on Monday (08:00–09:00 EDT) = 7200 s.
  // Due after 240 business minutes: Monday 11:00 EDT.
  c4: {
    id: randomUUID(),
    channel: 'dm',
    priority: 'normal',
    created: '2026-03-06T22:00:00Z',
    due: '2026-03-09T15:00:00Z',
    firstResponse: '2026-03-09T13:00:00Z',
  },
  // Sat 09:00 EST; answered after 300 min, past its 240-minute target
  c3: {
    id: randomUUID(),
    channel: 'x',
    priority: 'normal',
    created: '2026-03-07T14:00:00Z',
    due: '2026-03-07T18:00:00Z',
    firstResponse: '2026-03-07T19:00:00Z',
    frBreached: '2026-03-07T18:00:00Z',
    intents: ['complaint', 'fraud'],
  },
  // Sun 01:30 EST, answered 03:30 EDT: one real hour, though the wall clock moved two
  c5: {
    id: randomUUID(),
    channel: 'x',
    priority: 'low',
    created: '2026-03-08T06:30:00Z',
    due: '2026-03-09T06:30:00Z',
    firstResponse: '2026-03-08T07:30:00Z',
  },
  // Mon 10:00 EDT, unanswered and past due when the figures are read (16:00Z)
  c6: {
    id: randomUUID(),
    channel: 'x',
    priority: 'urgent',
    created: '2026-03-09T14:00:00Z',
    due: '2026-03-09T14:15:00Z',
    frBreached: '2026-03-09T14:15:00Z',
  },
};

describe('GET /v1/kpis', () => {
  let t: TestApp;
  let db: Client;
  let server: Parameters<typeof request>[0];
  const clock = new FakeClock('2026-03-01T00:00:00.000Z');
  const range = { from: '2026-03-06T05:00:00Z', to: '2026-03-10T04:00:00Z' };

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'false' }, { clock });
    server = t.app.getHttpServer();
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    for (const c of Object.values(C)) {
      await db.query(
        `INSERT INTO conversation (id, handle_id, platform, channel, thread_key, subject_id, status,
           priority, intents, decision, created_at, updated_at, last_message_at,
           first_response_due_at, first_response_at, resolved_at, first_response_breached_at)
         VALUES ($1, $2, $3, $4, $13, 'x:1', $5, $6, $7, '{}'::jsonb, $8, $8, $8, $9, $10, $11, $12)`,
        [
          c.id,
          c.channel === 'dm' ? 'crm' : 'x-help',
          c.channel === 'dm' ? 'generic' : 'x',
          c.channel,
          c.resolved ? 'resolved' : 'open',
          c.priority,
          c.intents ?? [],
          Z(c.created),
          Z(c.due),
          c.firstResponse ? Z(c.firstResponse) : null,
          c.resolved ? Z(c.resolved) : null,
          c.frBreached ? Z(c.frBreached) : null,
          `thread-${c.id}`,
        ],
      );
    }
    // Complaints: c1 detected, acknowledged, closed on Monday; c3 detected only.
    await db.query(
      `INSERT INTO complaint (id, conversation_id, handle_id, channel, kinds, policy_version,
         detected_at, acknowledged_at, closed_at)
       VALUES ($1, $2, 'x-help', 'x', '{complaint}', 'sha256:p', $3, $4, $5),
              ($6, $7, 'x-help', 'x', '{complaint}', 'sha256:p', $8, NULL, NULL)`,
      [
        randomUUID(),
        C.c1.id,
        Z('2026-03-06T15:00:00Z'),
        Z('2026-03-06T15:10:00Z'),
        Z('2026-03-09T15:00:00Z'),
        randomUUID(),
        C.c3.id,
        Z('2026-03-07T14:00:00Z'),
      ],
    );
    // Offline routes: c3 by DM, resolved; c4 phone callback, still open.
    await db.query(
      `INSERT INTO offline_case (id, conversation_id, case_ref, method, status, outcome,
         opened_at, opened_by)
       VALUES ($1, $2, 'CS-1', 'dm', 'closed', 'resolved', $3, 'agent-1'),
              ($4, $5, 'CS-2', 'phone_callback', 'open', NULL, $6, 'agent-2')`,
      [
        randomUUID(),
        C.c3.id,
        Z('2026-03-07T15:00:00Z'),
        randomUUID(),
        C.c4.id,
        Z('2026-03-09T13:30:00Z'),
      ],
    );
    // Replies: r1 on c1 (legal 300 s, compliance 600 s after creation), r2 on c2 (legal 1200 s).
    const r1 = randomUUID();
    const r2 = randomUUID();
    const due = await replyDue(db);
    const reply = `INSERT INTO reply (id, conversation_id, handle_id, platform, channel, visibility,
         kind, account_id, template_id, template_version_id, purpose, variables, text,
         policy_version, status, author_id, created_at, updated_at, sent_at${due.col})
       VALUES ($1, $2, 'x-help', 'x', 'x', 'public', 'comment_reply', 'acct', 't-1', $3,
               'acknowledge', '{}'::jsonb, 'Thanks', 'sha256:p', 'sent', $4, $5, $5, $6${due.val('$5')})`;
    await db.query(reply, [
      r1,
      C.c1.id,
      'tv-1',
      'agent-1',
      Z('2026-03-06T15:02:00Z'),
      Z('2026-03-06T15:10:00Z'),
    ]);
    await db.query(reply, [
      r2,
      C.c2.id,
      'tv-1',
      'agent-2',
      Z('2026-03-06T17:05:00Z'),
      Z('2026-03-06T17:30:00Z'),
    ]);
    const signoff = `INSERT INTO reply_signoff (id, reply_id, role, signer_id, decision, decided_at)
       VALUES ($1, $2, $3, $4, 'approve', $5)`;
    await db.query(signoff, [randomUUID(), r1, 'legal', 'legal-1', Z('2026-03-06T15:07:00Z')]);
    await db.query(signoff, [
      randomUUID(),
      r1,
      'compliance_officer',
      'co-1',
      Z('2026-03-06T15:12:00Z'),
    ]);
    await db.query(signoff, [randomUUID(), r2, 'legal', 'legal-1', Z('2026-03-06T17:25:00Z')]);
    // Satisfaction surveys: two answered (5 and 3), one sent and never answered.
    const survey = `INSERT INTO csat_survey (id, conversation_id, handle_id, channel, resolved_at, due_at,
         status, sent_at, score, answer_message_id, answered_at, created_at, updated_at)
       VALUES ($1, $2, 'x-help', 'x', $3, $3, $4, $3, $5, $6, $7, $3, $3)`;
    await db.query(survey, [
      randomUUID(),
      C.c1.id,
      Z('2026-03-06T16:30:00Z'),
      'answered',
      5,
      randomUUID(),
      Z('2026-03-06T17:00:00Z'),
    ]);
    await db.query(survey, [
      randomUUID(),
      C.c2.id,
      Z('2026-03-07T10:00:00Z'),
      'answered',
      3,
      randomUUID(),
      Z('2026-03-07T11:00:00Z'),
    ]);
    await db.query(survey, [
      randomUUID(),
      C.c3.id,
      Z('2026-03-08T12:00:00Z'),
      'expired',
      null,
      null,
      null,
    ]);
    clock.set(Z('2026-03-09T16:00:00Z'));
  });

  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  const get = async (query: Record<string, string>, role: Role = Role.ComplianceOfficer) =>
    request(server)
      .get('/v1/kpis')
      .query(query)
      .set('authorization', `Bearer ${await t.token('u-1', role)}`);

  it('computes every figure per local day and in total (DST week, business hours over a weekend)', async () => {
    const res = await get({ ...range, granularity: 'day', tz: 'America/New_York' });
    expect(res.status).toBe(200);
    const b = res.body;
    expect(b.source).toBe('rollup');
    // Local midnights: the Sunday of the change starts at 05:00Z, the Monday at 04:00Z.
    expect(b.buckets.map((x: { start: string }) => x.start)).toEqual([
      '2026-03-06T05:00:00.000Z',
      '2026-03-07T05:00:00.000Z',
      '2026-03-08T05:00:00.000Z',
      '2026-03-09T04:00:00.000Z',
    ]);
    const [fri, sat, sun, mon] = b.buckets;
    expect(fri.conversationsOpened).toBe(3);
    // 600, 1800 and 7200 (dm, business seconds): median 1800, p90 1800 + 0.8 × 5400
    expectPct(fri.firstResponse, { count: 3, p50Seconds: 1800, p90Seconds: 6120 });
    expectPct(sat.firstResponse, { count: 1, p50Seconds: 18000, p90Seconds: 18000 });
    expectPct(sun.firstResponse, { count: 1, p50Seconds: 3600, p90Seconds: 3600 });
    expectPct(mon.firstResponse, { count: 0, p50Seconds: null, p90Seconds: null });
    expect(mon.conversationsOpened).toBe(1);

    const total = b.total;
    expect(total.conversationsOpened).toBe(6);
    // [600, 1800, 3600, 7200, 18000]: median 3600; p90 7200 + 0.6 × 10800
    expectPct(total.firstResponse, { count: 5, p50Seconds: 3600, p90Seconds: 13680 });
    expectPct(total.resolution, { count: 1, p50Seconds: 3600, p90Seconds: 3600 });
    expect(total.breaches).toEqual({ firstResponse: 2, resolution: 0 });
    expect(total.slaCompliance).toEqual({
      urgent: { measured: 2, withinTarget: 1, share: 0.5 },
      high: { measured: 1, withinTarget: 1, share: 1 },
      normal: { measured: 2, withinTarget: 1, share: 0.5 },
      low: { measured: 1, withinTarget: 1, share: 1 },
    });
    expect(total.volumesByIntent).toEqual({ complaint: 2, fraud: 1 });
    expect(total.volumesByChannel).toEqual({ x: 5, dm: 1 });
    expect(total.complaints).toEqual({ opened: 2, acknowledged: 1, closed: 1 });
    expect(fri.complaints).toEqual({ opened: 1, acknowledged: 1, closed: 0 });
    expect(mon.complaints).toEqual({ opened: 0, acknowledged: 0, closed: 1 });
    expect(total.offlineRoutes).toEqual([
      { method: 'dm', outcome: 'resolved', count: 1 },
      { method: 'phone_callback', outcome: 'open', count: 1 },
    ]);
    // legal: 300 and 1200 s → median 750, p90 300 + 0.9 × 900
    expect(Object.keys(total.signoffTurnaround).sort()).toEqual(['compliance_officer', 'legal']);
    expectPct(total.signoffTurnaround.legal, { count: 2, p50Seconds: 750, p90Seconds: 1110 });
    expectPct(total.signoffTurnaround.compliance_officer, {
      count: 1,
      p50Seconds: 600,
      p90Seconds: 600,
    });
    expect(total.replies).toEqual({
      byTemplateVersion: { 'tv-1': 2 },
      byAgent: { 'agent-1': 1, 'agent-2': 1 },
    });
    // Surveys by the local day they were sent: 5 (Fri), 3 (Sat), one unanswered (Sun).
    expect(total.csat).toEqual({ sent: 3, answered: 2, responseRate: 0.667, averageScore: 4 });
    expect(fri.csat).toEqual({ sent: 1, answered: 1, responseRate: 1, averageScore: 5 });
    expect(sun.csat).toEqual({ sent: 1, answered: 0, responseRate: 0, averageScore: null });
    expect(mon.csat).toEqual({ sent: 0, answered: 0, responseRate: null, averageScore: null });
  });

  it('filters by channel: the dm conversation counts business time only', async () => {
    const res = await get({ ...range, channel: 'dm', tz: 'America/New_York' });
    expect(res.status).toBe(200);
    expect(res.body.total.conversationsOpened).toBe(1);
    expect(res.body.source).toBe('rollup');
    expectPct(res.body.total.firstResponse, { count: 1, p50Seconds: 7200, p90Seconds: 7200 });
    expect(res.body.total.slaCompliance).toEqual({
      normal: { measured: 1, withinTarget: 1, share: 1 },
    });
  });

  it("defaults to the handle's zone, and buckets by hour in UTC when asked", async () => {
    const byHandle = await get({ ...range, handle: 'x-help' });
    expect(byHandle.body.tz).toBe('America/New_York');
    expect(byHandle.body.total.conversationsOpened).toBe(5);
    const hourly = await get({
      from: '2026-03-06T15:00:00Z',
      to: '2026-03-06T18:00:00Z',
      granularity: 'hour',
    });
    expect(hourly.body.tz).toBe('UTC');
    expect(
      hourly.body.buckets.map((x: { start: string; conversationsOpened: number }) => [
        x.start,
        x.conversationsOpened,
      ]),
    ).toEqual([
      ['2026-03-06T15:00:00.000Z', 1],
      ['2026-03-06T16:00:00.000Z', 0],
      ['2026-03-06T17:00:00.000Z', 1],
    ]);
  });

  it('filters by team: the handles the team owns in channels.yaml', async () => {
    const social = await get({ ...range, team: 'social-care' });
    expect(social.status).toBe(200);
    expect(social.body.team).toBe('social-care');
    // x-help, fb-page and ig-main: here only x-help has conversations; New York is their zone.
    expect(social.body.tz).toBe('America/New_York');
    expect(social.body.total.conversationsOpened).toBe(5);
    expect(social.body.total.volumesByChannel).toEqual({ x: 5 });
    expect(social.body.total.complaints).toEqual({ opened: 2, acknowledged: 1, closed: 1 });
    const members = await get({ ...range, team: 'member-services' });
    expect(members.body.total.conversationsOpened).toBe(1);
    expect(members.body.total.volumesByChannel).toEqual({ dm: 1 });
    expect(members.body.total.offlineRoutes).toEqual([
      { method: 'phone_callback', outcome: 'open', count: 1 },
    ]);
    // A handle the team does not own: nothing.
    const outside = await get({ ...range, team: 'member-services', handle: 'x-help' });
    expect(outside.body.total.conversationsOpened).toBe(0);
    const unknown = await get({ ...range, team: 'no-such-team' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('UNKNOWN_TEAM');
    // The exact queries filter alike.
    const exact = await t.app
      .get(KpiService)
      .exactResponse({ ...range, team: 'social-care', granularity: 'day' });
    expectSameFigures(social.body.total, exact.total as unknown as Figures);
  });

  it('equals the exact queries per bucket, for every grain, filter and zone', async () => {
    const kpis = t.app.get(KpiService);
    const queries: Array<Record<string, string>> = [
      { ...range, granularity: 'day', tz: 'America/New_York' },
      { ...range, granularity: 'week', tz: 'America/New_York' },
      { ...range, granularity: 'day', tz: 'UTC' },
      // Not a zone with day rollups: UTC hours regrouped into Berlin days.
      { ...range, granularity: 'day', tz: 'Europe/Berlin' },
      { from: '2026-03-06T00:00:00Z', to: '2026-03-10T00:00:00Z', granularity: 'hour' },
      { ...range, granularity: 'day', tz: 'America/New_York', channel: 'x' },
      { ...range, granularity: 'day', handle: 'crm' },
      // A range that is not whole local days: whole days plus the UTC hours at either end.
      { from: '2026-03-06T17:00:00Z', to: '2026-03-09T15:00:00Z', tz: 'America/New_York' },
    ];
    for (const query of queries) {
      const res = await get(query);
      expect([query, res.status, res.body.source]).toEqual([query, 200, 'rollup']);
      const exact = await kpis.exactResponse(query as never);
      expect(res.body.buckets.map((b: { start: string }) => b.start)).toEqual(
        exact.buckets.map((b) => b.start),
      );
      exact.buckets.forEach((b, i) =>
        expectSameFigures(res.body.buckets[i], b as unknown as Figures),
      );
      expectSameFigures(res.body.total, exact.total as unknown as Figures);
    }
  });

  it('falls back to the exact queries where rollup pieces cannot cut the range', async () => {
    // Not on a whole hour.
    const odd = await get({ from: '2026-03-06T15:30:00Z', to: '2026-03-07T15:30:00Z' });
    expect(odd.body.source).toBe('exact');
    expect(odd.body.total.conversationsOpened).toBe(3);
    // A half-hour zone without day rollups: its midnights are not UTC hours.
    const kolkata = await get({ ...range, tz: 'Asia/Kolkata' });
    expect(kolkata.body.source).toBe('exact');
    expect(kolkata.body.total.conversationsOpened).toBe(6);
  });

  it('follows every change in the same transaction, folded or not, and a rebuild gives the same figures', async () => {
    const query = { ...range, granularity: 'day', tz: 'America/New_York' };
    const before = (await get(query)).body;
    // c6 answered on Monday at 15:00Z, 45 minutes after it fell due.
    await db.query(`UPDATE conversation SET first_response_at = $2 WHERE id = $1`, [
      C.c6.id,
      Z('2026-03-09T15:00:00Z'),
    ]);
    const answered = (await get(query)).body;
    expect(answered.total.conversationsOpened).toBe(before.total.conversationsOpened);
    expectPct(answered.buckets[3].firstResponse, { count: 1, p50Seconds: 3600, p90Seconds: 3600 });
    expect(answered.total.slaCompliance.urgent).toEqual({
      measured: 2,
      withinTarget: 1,
      share: 0.5,
    });
    expect(answered.total.firstResponse.count).toBe(6);

    await t.app.get(KpiRollupService).foldAll();
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM kpi_rollup_delta`);
    expect(rows[0].n).toBe(0);
    const folded = (await get(query)).body;
    expect(folded).toEqual(answered);

    await db.query(`BEGIN ISOLATION LEVEL REPEATABLE READ`);
    await db.query(`SELECT kpi_rollup_rebuild()`);
    await db.query(`COMMIT`);
    expect((await get(query)).body).toEqual(answered);

    // Back as it was for the other cases.
    await db.query(`UPDATE conversation SET first_response_at = NULL WHERE id = $1`, [C.c6.id]);
    const restored = (await get(query)).body;
    expect(restored).toEqual(before);
  });

  it('moves only the figures of rows whose read columns changed, in statements that touch others too', async () => {
    const query = { ...range, granularity: 'day', tz: 'America/New_York' };
    const before = (await get(query)).body;
    await t.app.get(KpiRollupService).foldAll();
    const deltas = async () =>
      (await db.query(`SELECT count(*)::int AS n FROM kpi_rollup_delta`)).rows[0].n as number;

    // What an inbound message does to its conversation: no figure moves.
    await db.query(
      `UPDATE conversation SET last_message_at = last_message_at + interval '1 minute',
              version = version + 1, decision = decision || '{"touched": true}'::jsonb`,
    );
    expect(await deltas()).toBe(0);
    expect((await get(query)).body).toEqual(before);

    // One row of the statement answered, the others only touched: only its facts move.
    await db.query(
      `UPDATE conversation SET version = version + 1,
              first_response_at = CASE WHEN id = $1 THEN $2::timestamptz ELSE first_response_at END`,
      [C.c6.id, Z('2026-03-09T15:00:00Z')],
    );
    expect(await deltas()).toBeGreaterThan(0);
    const answered = (await get(query)).body;
    expect(answered.total.firstResponse.count).toBe(before.total.firstResponse.count + 1);
    await db.query(`BEGIN ISOLATION LEVEL REPEATABLE READ`);
    await db.query(`SELECT kpi_rollup_rebuild()`);
    await db.query(`COMMIT`);
    expect((await get(query)).body).toEqual(answered);

    await db.query(`UPDATE conversation SET first_response_at = NULL WHERE id = $1`, [C.c6.id]);
    expect((await get(query)).body).toEqual(before);
  });

  it('refuses an unknown zone, an inverted range and roles without read Metrics', async () => {
    expect((await get({ ...range, tz: 'Mars/Olympus' })).status).toBe(400);
    expect((await get({ from: range.to, to: range.from })).status).toBe(400);
    expect((await get(range, Role.Agent)).status).toBe(403);
    expect((await get(range, Role.Auditor)).status).toBe(200);
  });

  it('measures business time in SQL as the conversations module adds it, across weekends and DST', async () => {
    const hours = {
      timezone: 'America/New_York',
      days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const,
      open: '08:00',
      close: '18:00',
    };
    const starts = [
      '2026-03-06T22:00:00Z', // Friday 17:00 EST, before the spring change
      '2026-03-07T12:00:00Z', // Saturday, closed
      '2026-10-30T21:30:00Z', // Friday 17:30 EDT, before the autumn change
      '2026-03-09T11:59:00Z', // Monday 07:59 EDT, just before opening
    ];
    for (const s of starts) {
      for (const minutes of [0, 1, 30, 61, 240, 600, 1441]) {
        const end = addBusinessMinutes(Z(s), minutes, { ...hours, days: [...hours.days] });
        const { rows } = await db.query(
          `SELECT metrics_business_seconds($1, $2, 'America/New_York', '{1,2,3,4,5}', '08:00', '18:00') AS s`,
          [Z(s), end],
        );
        expect([s, minutes, Number(rows[0].s)]).toEqual([s, minutes, minutes * 60]);
      }
    }
  });
});
