import request from 'supertest';
import { OutboxDispatcher } from '../../src/modules/replies';
import { Role } from '../../src/platform/auth/access.enums';
import { FakeClock } from '../../src/platform/clock/clock';
import { Seeder } from '../conversations/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { approvedTemplate, as, conversationVersion, sql } from './support';
import { withoutRandomIds } from '../support/random-ids';

const CARD = '4111 1111 1111 1111';

describe('drafts: approved templates only, screened, never free text', () => {
  const clock = new FakeClock('2026-01-05T09:00:00.000Z');
  let t: TestApp;
  let seeder: Seeder;
  let agent: string;
  let editor: string;
  let officer: string;
  let answerId: string;
  let offlineId: string;
  let post = 0;

  const http = () => request(t.app.getHttpServer());

  async function conversation(text: string): Promise<string> {
    post++;
    const r = await seeder.post({
      text,
      externalId: `19000000000000${1000 + post}`,
      authorId: `66${post}`,
    });
    return r.conversationId;
  }

  async function draft(conversationId: string, body: Record<string, unknown>) {
    return http()
      .post(`/v1/conversations/${conversationId}/replies`)
      .set(as(agent))
      .send({ variables: {}, version: await conversationVersion(t, conversationId), ...body });
  }

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'false' }, { clock });
    seeder = new Seeder(t);
    agent = await t.token('dana', Role.Agent);
    editor = await t.token('erin-editor', Role.KnowledgeEditor);
    officer = await t.token('gail-gatekeeper', Role.ComplianceOfficer);
    answerId = await approvedTemplate(t, {
      key: 'sorry-branch',
      intents: ['complaint'],
      purpose: 'answer',
      variables: [
        { name: 'agent', type: 'agent_name' },
        { name: 'note', type: 'free_text', maxLength: 80, required: false },
      ],
      variants: {
        x: 'Sorry about that, we will pass it on.{{#if note}} {{note}}{{/if}} ^{{agent}}',
        dm: 'Sorry about that, we will pass it on.{{#if note}} {{note}}{{/if}} {{agent}}',
      },
    });
    offlineId = await approvedTemplate(t, {
      key: 'take-it-private',
      intents: ['account_specific'],
      purpose: 'offline_route',
      variables: [{ name: 'agent', type: 'agent_name' }],
      variants: {
        x: 'We would like to help with this privately: please send us a direct message. ^{{agent}}',
        dm: 'We would like to help with this privately. {{agent}}',
      },
    });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('an agent drafts from a suggestion and the sandbox records exactly one send', async () => {
    const c = await conversation('Your branch was closed again today, terrible.');
    const s = await http().get(`/v1/conversations/${c}/suggestions`).set(as(agent)).expect(200);
    expect(s.body.allowedPurposes).toBeNull();
    const pick = s.body.items.find(
      (i: { templateVersionId: string }) => i.templateVersionId === answerId,
    );
    expect(pick).toMatchObject({
      title: 'sorry-branch',
      purpose: 'answer',
      variables: expect.arrayContaining([
        expect.objectContaining({ name: 'note', type: 'free_text' }),
      ]),
      preview: expect.stringContaining('Sorry about that'),
    });
    // the offline-routing template does not fit a complaint's intents
    expect(
      s.body.items.map((i: { templateVersionId: string }) => i.templateVersionId),
    ).not.toContain(offlineId);

    const res = await draft(c, { templateVersionId: pick.templateVersionId });
    expect(res.status).toBe(201);
    expect(res.body).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        status: 'queued',
        text: 'Sorry about that, we will pass it on. ^dana',
        requiredSignoffs: [],
        version: 1,
      }),
    );
    const d = t.app.get(OutboxDispatcher);
    await d.runOnce();
    await d.runOnce();
    const rows = await sql<{ text: string; kind: string; repeat_sends: number }>(
      t,
      `SELECT d.text, d.kind, d.repeat_sends FROM sandbox_delivery d JOIN outbox o ON o.id::text = d.idempotency_key
        WHERE o.reply_id = $1`,
      [res.body.id],
    );
    expect(rows).toEqual([
      {
        text: 'Sorry about that, we will pass it on. ^dana',
        kind: 'comment_reply',
        repeat_sends: 0,
      },
    ]);
  });

  it('has no way to send free text: no text field, no undeclared variable', async () => {
    const c = await conversation('Your branch was closed again today, terrible.');
    const withText = await draft(c, { templateVersionId: answerId, text: 'Call me at home' });
    expect(withText.status).toBe(400);
    expect(withText.body.error.code).toBe('VALIDATION_FAILED');
    const undeclared = await draft(c, {
      templateVersionId: answerId,
      variables: { message: 'anything I like' },
    });
    expect(undeclared.status).toBe(422);
    expect(undeclared.body.error.code).toBe('TEMPLATE_RENDER_REFUSED');
    const [{ n }] = await sql<{ n: string }>(
      t,
      `SELECT count(*) AS n FROM reply WHERE conversation_id = $1`,
      [c],
    );
    expect(n).toBe('0');
  });

  it('refuses a variable carrying a card number, naming the variable, never the value', async () => {
    const c = await conversation('Your branch was closed again today, terrible.');
    const res = await draft(c, {
      templateVersionId: answerId,
      variables: { note: `Card ${CARD}` },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('TEMPLATE_RENDER_REFUSED');
    expect(withoutRandomIds(JSON.stringify(res.body))).not.toContain('4111');
    expect(JSON.stringify(res.body.error.details)).toContain('note');
  });

  it('refuses unapproved and retired versions', async () => {
    const c = await conversation('Your branch was closed again today, terrible.');
    const created = await http()
      .post('/v1/templates')
      .set(as(editor))
      .send({
        key: 'not-yet-approved',
        title: 'Not yet approved',
        intents: ['complaint'],
        purpose: 'answer',
        visibility: 'both',
        variables: [],
        variants: { x: 'Pending wording.' },
      })
      .expect(201);
    const pending = created.body.versions[0].id as string;
    await http()
      .post(`/v1/template-versions/${pending}/submit`)
      .set(as(editor))
      .send({})
      .expect(200);
    const unapproved = await draft(c, { templateVersionId: pending });
    expect(unapproved.status).toBe(409);
    expect(unapproved.body.error.code).toBe('TEMPLATE_VERSION_NOT_APPROVED');

    const retiredId = await approvedTemplate(t, {
      key: 'old-wording',
      intents: ['complaint'],
      purpose: 'answer',
      variants: { x: 'Old wording.' },
    });
    await http()
      .post(`/v1/template-versions/${retiredId}/retire`)
      .set(as(officer))
      .send({ reason: 'Replaced by the new complaint wording.' })
      .expect(200);
    const retired = await draft(c, { templateVersionId: retiredId });
    expect(retired.status).toBe(409);
    expect(retired.body.error.code).toBe('TEMPLATE_VERSION_NOT_APPROVED');
  });

  it('never answers publicly a post that must go offline, except with an offline-routing template', async () => {
    const c = await conversation(
      'Why was my account 12345678 charged twice? Please check my balance.',
    );
    const s = await http().get(`/v1/conversations/${c}/suggestions`).set(as(agent)).expect(200);
    expect(s.body.allowedPurposes).toEqual(['offline_route', 'acknowledgement']);
    expect(s.body.items.map((i: { purpose: string }) => i.purpose)).toEqual(['offline_route']);

    const answer = await draft(c, { templateVersionId: answerId });
    expect(answer.status).toBe(422);
    expect(answer.body.error).toMatchObject({
      code: 'TEMPLATE_PURPOSE_NOT_ALLOWED',
      details: {
        purpose: 'answer',
        allowed: ['offline_route', 'acknowledgement'],
        ruleIds: expect.arrayContaining(['R-100-sensitive-data']),
      },
    });
    const offline = await draft(c, { templateVersionId: offlineId });
    expect(offline.status).toBe(201);
    expect(offline.body.text).toBe(
      'We would like to help with this privately: please send us a direct message. ^dana',
    );
  });

  it('refuses a draft on a stale conversation version', async () => {
    const c = await conversation('Your branch was closed again today, terrible.');
    const v = await conversationVersion(t, c);
    const res = await http()
      .post(`/v1/conversations/${c}/replies`)
      .set(as(agent))
      .send({ templateVersionId: answerId, variables: {}, version: v + 5 });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'CONFLICT', details: { currentVersion: v } });
  });

  it('hides other agents’ drafts and unknown ones alike', async () => {
    const c = await conversation('Your branch was closed again today, terrible.');
    const res = await draft(c, { templateVersionId: answerId });
    const other = await t.token('otto', Role.Agent);
    const a = await http().get(`/v1/replies/${res.body.id}`).set(as(other));
    const b = await http().get('/v1/replies/00000000-0000-4000-8000-000000000000').set(as(other));
    expect([a.status, a.body.error.code]).toEqual([404, 'REPLY_NOT_FOUND']);
    expect([b.status, b.body.error.code]).toEqual([404, 'REPLY_NOT_FOUND']);
  });

  it('refuses a version past its review date', async () => {
    const c = await conversation('Your branch was closed again today, terrible.');
    await clock.advance(181 * 24 * 3600 * 1000);
    const res = await draft(c, { templateVersionId: answerId });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('TEMPLATE_REVIEW_OVERDUE');
  });
});
