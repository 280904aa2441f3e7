import { Client } from 'pg';
import request from 'supertest';
import { AuditedWork } from '../../src/modules/archive';
import { ConversationsService } from '../../src/modules/conversations';
import { ConversationsRepository } from '../../src/modules/conversations/conversations.repository';
import { SlaBreachWorker } from '../../src/modules/conversations/sla-breach.worker';
import { Location, Role } from '../../src/platform/auth/access.enums';
import { Clock, FakeClock } from '../../src/platform/clock/clock';
import { Settings } from '../../src/platform/config/settings';
import { startTestApp, type TestApp } from '../support/test-app';
import { Seeder } from './seed';

const STEP: Record<string, string> = {
  low: 'normal',
  normal: 'high',
  high: 'urgent',
  urgent: 'urgent',
};

describe('SLA clocks', () => {
  let t: TestApp;
  let seed: Seeder;
  let db: Client;
  let server: Parameters<typeof request>[0];
  // Friday 2026-01-09 17:00 EST
  const clock = new FakeClock('2026-01-09T22:00:00.000Z');

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'false' }, { clock });
    server = t.app.getHttpServer();
    seed = new Seeder(t);
    db = new Client({ connectionString: t.db.url });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  const conversation = async (id: string) =>
    (await db.query(`SELECT * FROM conversation WHERE id = $1`, [id])).rows[0];

  it('counts business hours, across the weekend, where the channel says so', async () => {
    // dm: Mon–Fri 08:00–18:00 America/New_York, first response per priority (channels.yaml)
    const expected: Record<string, string> = {
      urgent: '2026-01-09T22:15:00.000Z', // 15 min, Friday
      high: '2026-01-09T23:00:00.000Z', // 60 min, Friday until 18:00
      normal: '2026-01-12T16:00:00.000Z', // 60 Friday + 180 from Monday 08:00 EST
      low: '2026-01-13T18:00:00.000Z', // 60 Friday + 600 Monday + 300 Tuesday
    };
    const r = await seed.post({
      text: 'hello, question about your opening hours',
      externalId: 'dm-1',
      handleId: 'crm',
      platform: 'generic',
      channel: 'dm',
      visibility: 'private',
    });
    const c = await conversation(r.conversationId);
    expect(c.first_response_due_at.toISOString()).toBe(expected[c.priority]);
  });

  it('counts wall-clock time on a 24/7 channel', async () => {
    const r = await seed.post({ text: 'hello there', externalId: 'x-0' });
    const c = await conversation(r.conversationId);
    const targets: Record<string, number> = { urgent: 15, high: 60, normal: 240, low: 1440 };
    expect(c.first_response_due_at.getTime() - clock.nowMs()).toBe(targets[c.priority] * 60_000);
  });

  it('raises each breach once, with two job runners racing, and raises the priority', async () => {
    const ids: string[] = [];
    for (let i = 1; i <= 6; i++) {
      ids.push(
        (await seed.post({ text: `hello number ${i}`, externalId: `x-${i}` })).conversationId,
      );
    }
    // One of them was answered in time: its first-response clock is stopped.
    const answered = ids[5];
    const conversations = t.app.get(ConversationsService);
    await t.app.get(AuditedWork).run({ id: 'olivia', roles: ['agent'] }, (ctx) =>
      conversations.recordOutbound(ctx, {
        conversationId: answered,
        visibility: 'public',
        text: 'Thanks, we are looking into it.',
        keepStatus: true,
      }),
    );
    const before = new Map(
      (await db.query(`SELECT id, priority FROM conversation`)).rows.map((r) => [r.id, r.priority]),
    );

    clock.set('2026-01-11T00:00:00.000Z'); // past every first-response target on x
    const runnerA = t.app.get(SlaBreachWorker);
    const runnerB = new SlaBreachWorker(
      t.app.get(Clock),
      t.app.get(Settings),
      t.app.get(ConversationsRepository),
      t.app.get(AuditedWork),
    );
    const [a, b] = await Promise.all([runnerA.runRound(), runnerB.runRound()]);
    const breachedIds = (
      await db.query(
        `SELECT id FROM conversation WHERE first_response_breached_at IS NOT NULL ORDER BY id`,
      )
    ).rows.map((r) => r.id);
    expect(a + b).toBe(breachedIds.length);
    for (const id of ids.slice(0, 5)) expect(breachedIds).toContain(id);
    expect(breachedIds).not.toContain(answered);

    const entries = (
      await db.query<{ refs: { conversation: string }; canonical: Buffer }>(
        `SELECT refs, canonical FROM archive_entry WHERE kind = 'sla.breached'`,
      )
    ).rows;
    expect(entries.map((e) => e.refs.conversation).sort()).toEqual(breachedIds);
    for (const e of entries) {
      const body = JSON.parse(e.canonical.toString('utf8'));
      expect(body.actor.id).toBe('countersign');
      expect(body.clear.clocks.map((c: { clock: string }) => c.clock)).toContain('first_response');
      expect(body.clear.priorityTo).toBe(STEP[body.clear.priorityFrom]);
    }
    for (const id of breachedIds) {
      expect((await conversation(id)).priority).toBe(STEP[before.get(id)]);
    }

    // Another round, on either replica, finds nothing new.
    expect(await runnerA.runRound()).toBe(0);
    expect(await runnerB.runRound()).toBe(0);
    const again = await db.query(
      `SELECT count(*)::int AS n FROM archive_entry WHERE kind = 'sla.breached'`,
    );
    expect(again.rows[0].n).toBe(breachedIds.length);

    // The inbox shows them.
    const token = await t.token('olivia', Role.Agent, Location.Office);
    const res = await request(server)
      .get('/v1/conversations?breached=true&limit=200')
      .set('authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((c: { id: string }) => c.id).sort()).toEqual(breachedIds);
    expect(res.body.items.every((c: { breached: boolean }) => c.breached)).toBe(true);
  });

  it('runs on the moved clock when started as a periodic worker', async () => {
    const r = await seed.post({ text: 'hello late', externalId: 'x-late' });
    const worker = t.app.get(SlaBreachWorker);
    await worker.start();
    try {
      clock.set(new Date(clock.nowMs() + 2 * 24 * 3600_000));
      await clock.advance(30_000);
    } finally {
      await worker.stop();
    }
    const c = await conversation(r.conversationId);
    expect(c.first_response_breached_at).not.toBeNull();
  });
});
