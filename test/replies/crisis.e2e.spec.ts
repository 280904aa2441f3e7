import request from 'supertest';
import { OutboxDispatcher } from '../../src/modules/replies';
import { Role } from '../../src/platform/auth/access.enums';
import { FakeClock } from '../../src/platform/clock/clock';
import { Seeder } from '../conversations/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { approvedTemplate, archived, as, conversationVersion, sql } from './support';

const HOUR = 3600 * 1000;

describe('crisis mode and scheduled posts', () => {
  const clock = new FakeClock('2026-01-05T09:00:00.000Z');
  let t: TestApp;
  let agent: string;
  let officer: string;
  let admin: string;
  let postVersion: string;
  let answerId: string;
  let crisisId: string;

  const http = () => request(t.app.getHttpServer());
  const at = (ms: number) => new Date(clock.nowMs() + ms).toISOString();

  async function posts(): Promise<Array<{ text: string; platform_message_id: string }>> {
    return sql(t, `SELECT text, platform_message_id FROM sandbox_delivery WHERE kind = 'post'`);
  }

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'false' }, { clock });
    agent = await t.token('dana', Role.Agent);
    officer = await t.token('olga', Role.ComplianceOfficer);
    admin = await t.token('ada', Role.Admin);
    postVersion = await approvedTemplate(t, {
      key: 'rate-news',
      intents: ['praise'],
      purpose: 'answer',
      visibility: 'public',
      variables: [{ name: 'rate', type: 'string', maxLength: 10, pattern: '[0-9.]{1,5}%' }],
      variants: { x: 'New share certificate rate: {{rate}} APY. Details at harborline.example' },
    });
    answerId = await approvedTemplate(t, {
      key: 'sorry-crisis-test',
      intents: ['complaint'],
      purpose: 'answer',
      variants: { x: 'Sorry about that, we will pass it on.' },
    });
    crisisId = await approvedTemplate(t, {
      key: 'outage-known',
      intents: ['complaint', 'crisis'],
      purpose: 'crisis',
      variants: {
        x: 'We know about the outage and are working on it. Updates: harborline.example',
      },
    });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('holds every scheduled post during a crisis and publishes the released ones afterwards', async () => {
    // On the service handle, which policies/replies.yaml has publish without sign-off
    // (marketing posts are signed first: scheduled-post-signoff.e2e.spec.ts).
    const schedule = (publishAt: string, rate: string) =>
      http()
        .post('/v1/scheduled-posts')
        .set(as(officer))
        .send({ handle: 'x-help', templateVersionId: postVersion, variables: { rate }, publishAt });
    await http()
      .post('/v1/scheduled-posts')
      .set(as(agent))
      .send({
        handle: 'x-help',
        templateVersionId: postVersion,
        variables: { rate: '4.5%' },
        publishAt: at(HOUR),
      })
      .expect(403);
    const past = await schedule(at(-HOUR), '4.5%');
    expect([past.status, past.body.error.code]).toEqual([400, 'PUBLISH_AT_IN_PAST']);
    const unknown = await http()
      .post('/v1/scheduled-posts')
      .set(as(officer))
      .send({
        handle: 'nowhere',
        templateVersionId: postVersion,
        variables: { rate: '4.5%' },
        publishAt: at(HOUR),
      });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'REPLY_UNKNOWN_HANDLE']);

    const a = (await schedule(at(HOUR), '4.5%').expect(201)).body;
    const b = (await schedule(at(2 * HOUR), '4.6%').expect(201)).body;
    expect(a).toMatchObject({
      status: 'scheduled',
      handle: 'x-help',
      text: 'New share certificate rate: 4.5% APY. Details at harborline.example',
    });

    expect((await http().get('/v1/crisis').set(as(agent)).expect(200)).body).toMatchObject({
      active: false,
    });
    await http().post('/v1/crisis').set(as(agent)).send({ reason: 'Outage' }).expect(403);
    const leaky = await http()
      .post('/v1/crisis')
      .set(as(officer))
      .send({ reason: 'Card 4111 1111 1111 1111 compromised' });
    expect([leaky.status, leaky.body.error.code]).toEqual([422, 'SENSITIVE_TEXT_REFUSED']);
    const on = await http()
      .post('/v1/crisis')
      .set(as(officer))
      .send({ reason: 'Card processing outage confirmed by operations' })
      .expect(200);
    expect(on.body).toMatchObject({
      active: true,
      since: clock.now().toISOString(),
      reason: 'Card processing outage confirmed by operations',
      startedBy: 'olga',
    });
    const twice = await http().post('/v1/crisis').set(as(admin)).send({ reason: 'again' });
    expect([twice.status, twice.body.error.code]).toEqual([409, 'CRISIS_ALREADY_ACTIVE']);

    const held = await http()
      .get('/v1/scheduled-posts')
      .query({ status: 'held' })
      .set(as(officer))
      .expect(200);
    expect(held.body.items.map((p: { id: string }) => p.id).sort()).toEqual([a.id, b.id].sort());
    // a post scheduled during the crisis is held from the start
    const c = (await schedule(at(HOUR), '4.7%').expect(201)).body;
    expect(c.status).toBe('held');

    await clock.advance(3 * HOUR);
    const d = t.app.get(OutboxDispatcher);
    await d.runOnce();
    expect(await posts()).toEqual([]);

    const early = await http()
      .post(`/v1/scheduled-posts/${a.id}/release`)
      .set(as(officer))
      .send({ version: 2 });
    expect([early.status, early.body.error.code]).toEqual([409, 'CRISIS_ACTIVE']);

    const off = await http()
      .delete('/v1/crisis')
      .set(as(admin))
      .send({ reason: 'Processing restored' })
      .expect(200);
    expect(off.body).toMatchObject({ active: false, endedAt: clock.now().toISOString() });
    const offAgain = await http().delete('/v1/crisis').set(as(admin)).send({ reason: 'again' });
    expect([offAgain.status, offAgain.body.error.code]).toEqual([409, 'CRISIS_NOT_ACTIVE']);

    // still held after the crisis: released or cancelled one by one
    await d.runOnce();
    expect(await posts()).toEqual([]);
    const stale = await http()
      .post(`/v1/scheduled-posts/${a.id}/release`)
      .set(as(officer))
      .send({ version: 1 });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'CONFLICT']);
    const released = await http()
      .post(`/v1/scheduled-posts/${a.id}/release`)
      .set(as(officer))
      .send({ version: 2, reason: 'Rate still valid' })
      .expect(200);
    expect(released.body.status).toBe('scheduled');
    const cancelled = await http()
      .post(`/v1/scheduled-posts/${b.id}/cancel`)
      .set(as(officer))
      .send({ version: 2, reason: 'Rate changed during the outage' })
      .expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    const notHeld = await http()
      .post(`/v1/scheduled-posts/${b.id}/release`)
      .set(as(officer))
      .send({ version: 3 });
    expect([notHeld.status, notHeld.body.error.code]).toEqual([
      409,
      'SCHEDULED_POST_STATUS_CONFLICT',
    ]);

    await d.runOnce();
    await d.runOnce();
    const sent = await posts();
    expect(sent).toEqual([
      {
        text: 'New share certificate rate: 4.5% APY. Details at harborline.example',
        platform_message_id: expect.any(String),
      },
    ]);
    const got = await http().get(`/v1/scheduled-posts/${a.id}`).set(as(officer)).expect(200);
    expect(got.body).toMatchObject({
      status: 'published',
      platformMessageId: sent[0].platform_message_id,
    });
    expect(
      (await http().get(`/v1/scheduled-posts/${c.id}`).set(as(officer)).expect(200)).body.status,
    ).toBe('held');

    expect((await archived(t, { scheduledPost: a.id })).map((e) => e.kind)).toEqual([
      'scheduled_post.created',
      'scheduled_post.held',
      'scheduled_post.released',
      'outbox.claimed',
      'scheduled_post.published',
    ]);
    const crisisKinds = await sql<{ kind: string }>(
      t,
      `SELECT kind FROM archive_entry WHERE kind LIKE 'crisis.%' ORDER BY id`,
    );
    expect(crisisKinds.map((k) => k.kind)).toEqual(['crisis.started', 'crisis.ended']);
  });

  it('limits drafts to crisis purposes and puts every public reply before Compliance during a crisis', async () => {
    await http()
      .post('/v1/crisis')
      .set(as(officer))
      .send({ reason: 'Online banking outage' })
      .expect(200);
    const seeder = new Seeder(t);
    const conv = await seeder.post({
      text: 'Your branch was closed again today, terrible.',
      externalId: '1999000000000000001',
    });
    const body = async (templateVersionId: string) => ({
      templateVersionId,
      variables: {},
      version: await conversationVersion(t, conv.conversationId),
    });
    const s = await http()
      .get(`/v1/conversations/${conv.conversationId}/suggestions`)
      .set(as(agent))
      .expect(200);
    expect(s.body.allowedPurposes).toEqual(['crisis', 'acknowledgement', 'offline_route']);
    expect(s.body.items.map((i: { templateVersionId: string }) => i.templateVersionId)).toEqual([
      crisisId,
    ]);

    const refused = await http()
      .post(`/v1/conversations/${conv.conversationId}/replies`)
      .set(as(agent))
      .send(await body(answerId));
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({
      code: 'TEMPLATE_PURPOSE_NOT_ALLOWED',
      details: { crisis: true },
    });
    const held = await http()
      .post(`/v1/conversations/${conv.conversationId}/replies`)
      .set(as(agent))
      .send(await body(crisisId))
      .expect(201);
    expect(held.body).toMatchObject({
      status: 'pending_signoff',
      requiredSignoffs: ['compliance_officer'],
    });
    await http().delete('/v1/crisis').set(as(officer)).send({ reason: 'Restored' }).expect(200);
  });
});
