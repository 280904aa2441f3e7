import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createHttpApp } from '../../src/http';
import { OutboxDispatcher, SentRepliesRecorder } from '../../src/modules/replies';
import { Role } from '../../src/platform/auth/access.enums';
import { FakeClock } from '../../src/platform/clock/clock';
import { loadSettings } from '../../src/platform/config/settings';
import { Seeder } from '../conversations/seed';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app';
import { approvedTemplate, archived, as, conversationVersion, sql } from './support';

const REPLIES = 30;

describe('outbox dispatch with two application processes on one database', () => {
  const clock = new FakeClock('2026-01-05T09:00:00.000Z');
  const env = { WORKERS: 'false', DISPATCH_BATCH_SIZE: '4' };
  let t: TestApp;
  let second: NestFastifyApplication;
  let agent: string;
  let versionId: string;
  const replyIds: string[] = [];

  beforeAll(async () => {
    t = await startTestApp(env, { clock });
    // A second replica: its own Nest application, pool and dispatcher, same database.
    second = await createHttpApp(
      loadSettings({
        NODE_ENV: 'test',
        DATABASE_URL: t.db.url,
        DATA_DIR: t.settings.DATA_DIR,
        JWT_SECRET: TEST_JWT_SECRET,
        LOG_LEVEL: 'silent',
        ...env,
      }),
      undefined,
      { clock },
    );
    agent = await t.token('dana', Role.Agent);
    versionId = await approvedTemplate(t, {
      key: 'thanks-dispatch',
      intents: ['praise'],
      purpose: 'answer',
      variables: [{ name: 'agent', type: 'agent_name' }],
      variants: {
        x: 'Thank you for the kind words! ^{{agent}}',
        dm: 'Thank you for the kind words! {{agent}}',
      },
    });
    const seeder = new Seeder(t);
    for (let i = 0; i < REPLIES; i++) {
      const c = await seeder.post({
        text: 'Thanks for the quick help today, great service!',
        externalId: `1460323737035677${String(100 + i)}`,
        authorId: `90${i}`,
      });
      const res = await request(t.app.getHttpServer())
        .post(`/v1/conversations/${c.conversationId}/replies`)
        .set(as(agent))
        .send({
          templateVersionId: versionId,
          variables: {},
          version: await conversationVersion(t, c.conversationId),
        })
        .expect(201);
      expect(res.body).toMatchObject({ status: 'queued', requiredSignoffs: [] });
      replyIds.push(res.body.id);
    }
  });

  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  it('sends every reply exactly once, racing both replicas round after round', async () => {
    const d1 = t.app.get(OutboxDispatcher);
    const d2 = second.get(OutboxDispatcher);
    for (let round = 0; round < 50; round++) {
      const [a, b] = await Promise.all([d1.runOnce(), d2.runOnce()]);
      const [{ n }] = await sql<{ n: string }>(
        t,
        `SELECT count(*) AS n FROM outbox WHERE status <> 'sent'`,
      );
      if (!a && !b && n === '0') break;
    }
    // Both replicas record the sent replies on their conversations, racing too.
    const r1 = t.app.get(SentRepliesRecorder);
    const r2 = second.get(SentRepliesRecorder);
    for (let round = 0; round < 50; round++) {
      const [a, b] = await Promise.all([r1.runOnce(), r2.runOnce()]);
      if (!a && !b) break;
    }
    const [{ n: unrecorded }] = await sql<{ n: string }>(
      t,
      `SELECT count(*) AS n FROM reply WHERE conversation_recorded_at IS NULL`,
    );
    expect(unrecorded).toBe('0');
    const [{ n: outbound }] = await sql<{ n: string }>(
      t,
      `SELECT count(*) AS n FROM message WHERE direction = 'outbound'`,
    );
    expect(outbound).toBe(String(REPLIES));
    const deliveries = await sql<{ idempotency_key: string; repeat_sends: number }>(
      t,
      `SELECT idempotency_key, repeat_sends FROM sandbox_delivery`,
    );
    expect(deliveries).toHaveLength(REPLIES);
    expect(deliveries.every((d) => d.repeat_sends === 0)).toBe(true);
    const attempts = await sql<{ outbox_id: string; n: string }>(
      t,
      `SELECT outbox_id, count(*) AS n FROM outbox_attempt GROUP BY outbox_id`,
    );
    expect(attempts).toHaveLength(REPLIES);
    expect(attempts.every((a) => a.n === '1')).toBe(true);

    const http = request(t.app.getHttpServer());
    for (const id of replyIds) {
      const r = await http.get(`/v1/replies/${id}`).set(as(agent)).expect(200);
      expect(r.body).toMatchObject({
        status: 'sent',
        delivery: 'sent',
        platformMessageId: expect.stringMatching(/^sandbox-/),
        attempts: [{ attempt: 1, transport: 'sandbox', outcome: 'sent' }],
      });
      const kinds = (await archived(t, { reply: id })).map((e) => e.kind);
      expect(kinds.filter((k) => k === 'reply.sent')).toHaveLength(1);
      // The claim (queued -> sending, attempt 1) is archived with it, before the send's outcome.
      expect(kinds.filter((k) => k === 'outbox.claimed')).toHaveLength(1);
      expect(kinds.indexOf('outbox.claimed')).toBeLessThan(kinds.indexOf('reply.sent'));
      expect(kinds).toEqual(
        expect.arrayContaining(['reply.drafted', 'reply.queued', 'reply.sent', 'message.sent']),
      );
    }
    // Every claim committed with its entry: as many claim entries as attempts, each naming its attempt.
    const claims = await sql<{ outbox: string; attempt: number; purpose: string }>(
      t,
      `SELECT refs->>'outbox' AS outbox,
              (convert_from(canonical, 'UTF8')::jsonb #>> '{clear,attempt}')::int AS attempt,
              convert_from(canonical, 'UTF8')::jsonb #>> '{clear,purpose}' AS purpose
         FROM archive_entry WHERE kind = 'outbox.claimed'`,
    );
    const outboxRows = await sql<{ id: string; attempts: number }>(
      t,
      `SELECT id, attempts FROM outbox`,
    );
    expect(claims).toHaveLength(REPLIES);
    expect(claims.map((c) => [c.outbox, c.attempt, c.purpose]).sort()).toEqual(
      outboxRows.map((o) => [o.id, o.attempts, 'send']).sort(),
    );
    // the template version's first and last use are recorded
    const [{ n: versionUses }] = await sql<{ n: string }>(
      t,
      `SELECT count(*) AS n FROM template_version WHERE id = $1 AND first_used_at IS NOT NULL AND last_used_at IS NOT NULL`,
      [versionId],
    );
    expect(versionUses).toBe('1');
  });

  it('lists what the sandbox sent to admins only, oldest first, page by page', async () => {
    const http = request(t.app.getHttpServer());
    const admin = await t.token('ada', Role.Admin);
    await http.get('/v1/transports/sandbox/deliveries').set(as(agent)).expect(403);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await http
        .get('/v1/transports/sandbox/deliveries')
        .query({ limit: 7, ...(cursor ? { cursor } : {}) })
        .set(as(admin))
        .expect(200);
      seen.push(...res.body.items.map((d: { idempotencyKey: string }) => d.idempotencyKey));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(REPLIES);
    const first = await http.get('/v1/transports/sandbox/deliveries').set(as(admin)).expect(200);
    expect(first.body.items[0]).toMatchObject({
      platform: 'x',
      kind: 'comment_reply',
      accountId: '1482736150927364096',
      inReplyTo: expect.stringMatching(/^1460323737035677/),
      text: 'Thank you for the kind words! ^dana',
      repeatSends: 0,
    });
  });
});
