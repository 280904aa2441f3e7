import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { ArchiveExportService, ArchiveService } from '../../src/modules/archive';
import { verifyBundle } from '../../src/modules/archive/core/verifier';
import { OutboxDispatcher, SentRepliesRecorder } from '../../src/modules/replies';
import { Role } from '../../src/platform/auth/access.enums';
import { FakeClock } from '../../src/platform/clock/clock';
import { Seeder } from '../conversations/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { approvedTemplate, archived, as, conversationVersion, sql } from './support';

describe('sign-off before anything goes out', () => {
  const clock = new FakeClock('2026-01-05T09:00:00.000Z');
  let t: TestApp;
  let seeder: Seeder;
  let agent: string;
  let agentLegal: string;
  let legal: string;
  let legal2: string;
  let officer: string;
  let answerId: string;
  let post = 0;

  const http = () => request(t.app.getHttpServer());

  async function conversation(text: string): Promise<string> {
    post++;
    const r = await seeder.post({
      text,
      externalId: `18000000000000${1000 + post}`,
      authorId: `77${post}`,
    });
    return r.conversationId;
  }

  async function draft(token: string, conversationId: string) {
    return http()
      .post(`/v1/conversations/${conversationId}/replies`)
      .set(as(token))
      .send({
        templateVersionId: answerId,
        variables: {},
        version: await conversationVersion(t, conversationId),
      });
  }

  async function dispatchAll(): Promise<void> {
    const d = t.app.get(OutboxDispatcher);
    while (await d.runOnce());
    const r = t.app.get(SentRepliesRecorder);
    while (await r.runOnce());
  }

  async function deliveriesFor(replyId: string): Promise<number> {
    const [{ n }] = await sql<{ n: string }>(
      t,
      `SELECT count(*) AS n FROM sandbox_delivery d JOIN outbox o ON o.id::text = d.idempotency_key
        WHERE o.reply_id = $1`,
      [replyId],
    );
    return Number(n);
  }

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'false' }, { clock });
    seeder = new Seeder(t);
    agent = await t.token('dana', Role.Agent);
    agentLegal = await t.token('lee', [Role.Agent, Role.Legal]);
    legal = await t.token('lena', Role.Legal);
    legal2 = await t.token('leo', Role.Legal);
    officer = await t.token('olga', Role.ComplianceOfficer);
    answerId = await approvedTemplate(t, {
      key: 'we-hear-you',
      intents: ['legal_threat', 'regulator_mention', 'complaint'],
      purpose: 'answer',
      variables: [{ name: 'agent', type: 'agent_name' }],
      variants: {
        x: 'We are sorry for the trouble and are looking into it. ^{{agent}}',
        dm: 'We are sorry for the trouble and are looking into it. {{agent}}',
      },
    });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('holds a reply to a legal threat until Legal signs; the drafter cannot sign; it is sent once', async () => {
    const c = await conversation(
      'My lawyer will be in touch, I am going to sue you over these fees.',
    );
    const res = await draft(agentLegal, c);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'pending_signoff',
      requiredSignoffs: ['legal'],
      text: 'We are sorry for the trouble and are looking into it. ^lee',
      version: 1,
    });
    const id = res.body.id as string;

    // the conversation shows it waits for sign-off
    const [{ status }] = await sql<{ status: string }>(
      t,
      `SELECT status FROM conversation WHERE id = $1`,
      [c],
    );
    expect(status).toBe('awaiting_signoff');

    // nothing leaves while the draft waits
    await dispatchAll();
    expect(await deliveriesFor(id)).toBe(0);

    // a plain agent may not sign at all; the drafter, though holding Legal, may not sign their own
    const byAgent = await http()
      .post(`/v1/replies/${id}/signoffs`)
      .set(as(agent))
      .send({ decision: 'approve' });
    expect(byAgent.status).toBe(403);
    expect(byAgent.body.error.code).toBe('FORBIDDEN');
    const self = await http()
      .post(`/v1/replies/${id}/signoffs`)
      .set(as(agentLegal))
      .send({ decision: 'approve' });
    expect(self.status).toBe(403);
    expect(self.body.error.code).toBe('SELF_SIGNOFF');

    // Legal's queue has it, with the conversation's masked messages and the rules that asked
    const queue = await http().get('/v1/signoffs').set(as(legal)).expect(200);
    const item = queue.body.items.find((i: { replyId: string }) => i.replyId === id);
    expect(item).toMatchObject({
      nextRole: 'legal',
      requiredSignoffs: ['legal'],
      ruleIds: expect.arrayContaining(['R-300-legal-threat']),
      templateVersionId: answerId,
      messages: [{ direction: 'inbound', text: expect.stringContaining('lawyer') }],
    });
    // a compliance officer's queue does not (the next role is Legal)
    const officerQueue = await http().get('/v1/signoffs').set(as(officer)).expect(200);
    expect(officerQueue.body.items.map((i: { replyId: string }) => i.replyId)).not.toContain(id);

    const signed = await http()
      .post(`/v1/replies/${id}/signoffs`)
      .set(as(legal))
      .send({ decision: 'approve', reason: 'Wording is neutral.' })
      .expect(200);
    expect(signed.body.status).toBe('queued');

    await dispatchAll();
    await dispatchAll();
    expect(await deliveriesFor(id)).toBe(1);
    const detail = await http().get(`/v1/replies/${id}`).set(as(agentLegal)).expect(200);
    expect(detail.body).toMatchObject({
      status: 'sent',
      platformMessageId: expect.stringMatching(/^sandbox-/),
      signoffs: [
        { role: 'legal', signerId: 'lena', decision: 'approve', reason: 'Wording is neutral.' },
      ],
      attempts: [{ attempt: 1, outcome: 'sent' }],
    });
    const kinds = (await archived(t, { reply: id })).map((e) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'reply.drafted',
        'reply.signed_off',
        'reply.approved',
        'reply.queued',
        'reply.sent',
      ]),
    );
  });

  it('needs Legal then Compliance for a regulator mention, one decision per person, in policy order', async () => {
    const c = await conversation('I am filing a complaint with the CFPB about you.');
    const res = await draft(agent, c).then((r) => r);
    expect(res.status).toBe(201);
    expect(res.body.requiredSignoffs).toEqual(['legal', 'compliance_officer']);
    const id = res.body.id as string;

    const early = await http()
      .post(`/v1/replies/${id}/signoffs`)
      .set(as(officer))
      .send({ decision: 'approve' });
    expect(early.status).toBe(403);
    expect(early.body.error).toMatchObject({
      code: 'SIGNOFF_ROLE_NOT_NEXT',
      details: { next: 'legal', required: ['legal', 'compliance_officer'] },
    });

    await http()
      .post(`/v1/replies/${id}/signoffs`)
      .set(as(legal))
      .send({ decision: 'approve' })
      .expect(200);
    const again = await http()
      .post(`/v1/replies/${id}/signoffs`)
      .set(as(legal))
      .send({ decision: 'approve' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('SIGNOFF_ALREADY_DECIDED');
    // a second lawyer cannot stand in for Compliance
    const other = await http()
      .post(`/v1/replies/${id}/signoffs`)
      .set(as(legal2))
      .send({ decision: 'approve' });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('SIGNOFF_ROLE_NOT_NEXT');

    await dispatchAll();
    expect(await deliveriesFor(id)).toBe(0);

    const done = await http()
      .post(`/v1/replies/${id}/signoffs`)
      .set(as(officer))
      .send({ decision: 'approve' })
      .expect(200);
    expect(done.body.status).toBe('queued');
    await dispatchAll();
    expect(await deliveriesFor(id)).toBe(1);
    const [{ n }] = await sql<{ n: string }>(
      t,
      `SELECT count(*) AS n FROM reply_signoff WHERE reply_id = $1`,
      [id],
    );
    expect(n).toBe('2');
  });

  it('a rejection needs a reason and sends the draft back to the agent', async () => {
    const c = await conversation(
      'My lawyer will be in touch, I am going to sue you over these fees.',
    );
    const id = (await draft(agent, c)).body.id as string;
    const bare = await http()
      .post(`/v1/replies/${id}/signoffs`)
      .set(as(legal))
      .send({ decision: 'reject' });
    expect(bare.status).toBe(400);
    expect(bare.body.error.code).toBe('SIGNOFF_REASON_REQUIRED');
    const card = await http()
      .post(`/v1/replies/${id}/signoffs`)
      .set(as(legal))
      .send({ decision: 'reject', reason: 'Customer card 4111 1111 1111 1111 mentioned' });
    expect(card.status).toBe(422);
    expect(card.body.error.code).toBe('SENSITIVE_TEXT_REFUSED');
    const rejected = await http()
      .post(`/v1/replies/${id}/signoffs`)
      .set(as(legal))
      .send({ decision: 'reject', reason: 'Acknowledge the fee dispute explicitly.' })
      .expect(200);
    expect(rejected.body.status).toBe('rejected');
    const [{ status }] = await sql<{ status: string }>(
      t,
      `SELECT status FROM conversation WHERE id = $1`,
      [c],
    );
    expect(status).toBe('awaiting_reply');
    const late = await http()
      .post(`/v1/replies/${id}/signoffs`)
      .set(as(officer))
      .send({ decision: 'approve' });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('REPLY_STATUS_CONFLICT');
    await dispatchAll();
    expect(await deliveriesFor(id)).toBe(0);
  });

  it('lets the drafter withdraw a waiting draft, with its version', async () => {
    const c = await conversation(
      'My lawyer will be in touch, I am going to sue you over these fees.',
    );
    const id = (await draft(agent, c)).body.id as string;
    const other = await t.token('otto', Role.Agent);
    await http().post(`/v1/replies/${id}/withdraw`).set(as(other)).send({ version: 1 }).expect(404);
    const stale = await http()
      .post(`/v1/replies/${id}/withdraw`)
      .set(as(agent))
      .send({ version: 7 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT');
    const ok = await http()
      .post(`/v1/replies/${id}/withdraw`)
      .set(as(agent))
      .send({ version: 1 })
      .expect(200);
    expect(ok.body).toMatchObject({ status: 'withdrawn', version: 2 });
  });

  it('orders the queue by the conversation due soonest, not by the draft', async () => {
    const earlier = await conversation(
      'My lawyer will be in touch, I am going to sue you over these fees.',
    );
    await clock.advance(30 * 60_000);
    const later = await conversation(
      'My lawyer will be in touch, I am going to sue you over these fees.',
    );
    // The later conversation's draft is written first.
    const d2 = await draft(agent, later);
    expect(d2.status).toBe(201);
    const second = d2.body.id as string;
    await clock.advance(60_000);
    const d1 = await draft(agent, earlier);
    expect(d1.status).toBe(201);
    const first = d1.body.id as string;

    const seen: Array<{ replyId: string; dueAt: string }> = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await http()
        .get('/v1/signoffs')
        .query({ limit: 1, ...(cursor ? { cursor } : {}) })
        .set(as(legal))
        .expect(200);
      seen.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    const ids = seen.map((i) => i.replyId);
    expect(ids.indexOf(first)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(first)).toBeLessThan(ids.indexOf(second));
    const due = seen.map((i) => Date.parse(i.dueAt));
    expect(due).toEqual([...due].sort((a, b) => a - b));
    const [c1] = await sql<{ first_response_due_at: Date }>(
      t,
      `SELECT first_response_due_at FROM conversation WHERE id = $1`,
      [earlier],
    );
    expect(seen.find((i) => i.replyId === first)!.dueAt).toBe(
      c1.first_response_due_at.toISOString(),
    );
    // Out of the way of the archive check below.
    for (const id of [first, second]) {
      await http()
        .post(`/v1/replies/${id}/withdraw`)
        .set(as(agent))
        .send({ version: 1 })
        .expect(200);
    }
  });

  it('archives every step, and the exported archive verifies', async () => {
    const replies = await sql<{ id: string; status: string }>(t, `SELECT id, status FROM reply`);
    expect(replies.map((r) => r.status).sort()).toEqual([
      'rejected',
      'sent',
      'sent',
      'withdrawn',
      'withdrawn',
      'withdrawn',
    ]);
    for (const r of replies) {
      const kinds = (await archived(t, { reply: r.id })).map((e) => e.kind);
      expect(kinds[0]).toBe('reply.drafted');
      if (r.status === 'sent') expect(kinds).toContain('reply.sent');
      if (r.status === 'rejected') expect(kinds).toContain('reply.rejected');
      if (r.status === 'withdrawn') expect(kinds).toContain('reply.withdrawn');
    }
    const archive = t.app.get(ArchiveService);
    await archive.integrateAll();
    await archive.checkpointOnce();
    const work = mkdtempSync(join(tmpdir(), 'countersign-replies-export-'));
    try {
      const out = join(work, 'bundle');
      await t.app
        .get(ArchiveExportService)
        .export({ exporter: { id: 'abe', roles: ['auditor'] }, out });
      const result = await verifyBundle(out);
      expect(result).toMatchObject({ ok: true });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
