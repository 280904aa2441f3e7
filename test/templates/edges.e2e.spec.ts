import { Client } from 'pg';
import request from 'supertest';
import { Role } from '../../src/platform/auth/access.enums';
import { FakeClock } from '../../src/platform/clock/clock';
import { startTestApp, type TestApp } from '../support/test-app';
import { WITHOUT_RANDOM_IDS_SQL, withoutRandomIds } from '../support/random-ids';

const CARD = '4111 1111 1111 1111';

/** What a client that does not play by the rules sends to the template library. */
describe('template library edges', () => {
  const clock = new FakeClock('2026-01-05T09:00:00.000Z');
  let t: TestApp;
  let db: Client;
  let editor: string;
  let agent: string;
  let officer: string;

  const http = () => request(t.app.getHttpServer());
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  const draft = (key: string, variables: object[], x: string) =>
    http()
      .post('/v1/templates')
      .set(as(editor))
      .send({
        key,
        title: 'Edge probe',
        intents: ['general_question'],
        purpose: 'answer',
        visibility: 'both',
        variables,
        variants: { x },
      });

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    editor = await t.token('erin', Role.KnowledgeEditor);
    agent = await t.token('dana', Role.Agent);
    officer = await t.token('olga', Role.ComplianceOfficer);
  });

  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  it('answers an agent who asks for a draft exactly as for a version that does not exist', async () => {
    const created = await draft('edge-draft', [], 'Thanks for reaching out.');
    expect(created.status).toBe(201);
    const id = created.body.versions[0].id as string;
    const missing = '00000000-0000-4000-8000-000000000000';
    await http().get(`/v1/template-versions/${id}`).set(as(officer)).expect(200);

    for (const target of [id, missing]) {
      const reads = [
        http().get(`/v1/template-versions/${target}`).set(as(agent)),
        http()
          .post(`/v1/template-versions/${target}/preview`)
          .set(as(agent))
          .send({ channel: 'x', variables: {} }),
        http().get(`/v1/template-versions/${target}/diff`).query({ against: id }).set(as(agent)),
      ];
      for (const res of await Promise.all(reads)) {
        expect(res.status).toBe(404);
        expect(res.body.error).toEqual({
          code: 'TEMPLATE_VERSION_NOT_FOUND',
          message: 'No such template version.',
        });
      }
    }
  });

  it('refuses a card number in a declared enum value or pattern, naming the variable, and stores nothing', async () => {
    const enumCard = await draft(
      'edge-enum-card',
      [{ name: 'card', type: 'enum', values: ['debit', CARD] }],
      'Your {{card}} card.',
    );
    expect(enumCard.status).toBe(422);
    expect(enumCard.body.error.code).toBe('TEMPLATE_INVALID');
    expect(enumCard.body.error.details.problems).toEqual([
      {
        path: 'variables[0].values[1]',
        reason: 'variable "card" holds a sensitive value (CARD_NUMBER)',
      },
    ]);

    const patternCard = await draft(
      'edge-pattern-card',
      [{ name: 'branch', type: 'string', maxLength: 40, pattern: `^(Main|${CARD})$` }],
      'The {{branch}} branch.',
    );
    expect(patternCard.status).toBe(422);
    expect(patternCard.body.error.details.problems).toEqual([
      {
        path: 'variables[0].pattern',
        reason: 'variable "branch" holds a sensitive value (CARD_NUMBER)',
      },
    ]);
    expect(withoutRandomIds(JSON.stringify(patternCard.body))).not.toContain('4111');

    const { rows } = await db.query(
      `SELECT 1 FROM template WHERE key LIKE 'edge-%-card'
        UNION ALL SELECT 1 FROM archive_entry
         WHERE ${WITHOUT_RANDOM_IDS_SQL("convert_from(canonical, 'UTF8')")} LIKE '%4111%'`,
    );
    expect(rows).toHaveLength(0);
  });

  it('keeps an approved version as it is, and says so in plain words', async () => {
    const created = await draft('edge-frozen', [], 'Thanks for reaching out.');
    const id = created.body.versions[0].id as string;
    await http().post(`/v1/template-versions/${id}/submit`).set(as(editor)).send({}).expect(200);
    await http().post(`/v1/template-versions/${id}/approve`).set(as(officer)).send({}).expect(200);
    const edit = await http()
      .patch(`/v1/template-versions/${id}`)
      .set(as(editor))
      .send({ version: 3, variants: { x: 'Changed.' } });
    expect(edit.status).toBe(409);
    expect(edit.body.error).toEqual({
      code: 'TEMPLATE_VERSION_STATE',
      message: 'An approved template version cannot be edited.',
      details: { status: 'approved', action: 'edit' },
    });
  });

  it('retires approved versions only: a draft or a pending version is rejected instead', async () => {
    const created = await draft('edge-retire', [], 'Thanks for reaching out.');
    const id = created.body.versions[0].id as string;
    const retire = () =>
      http()
        .post(`/v1/template-versions/${id}/retire`)
        .set(as(officer))
        .send({ reason: 'Not needed' });
    const fromDraft = await retire();
    expect(fromDraft.status).toBe(409);
    expect(fromDraft.body.error).toMatchObject({
      code: 'TEMPLATE_VERSION_STATE',
      details: { status: 'draft', action: 'retire' },
    });
    await http().post(`/v1/template-versions/${id}/submit`).set(as(editor)).send({}).expect(200);
    const fromPending = await retire();
    expect(fromPending.status).toBe(409);
    expect(fromPending.body.error.details).toEqual({
      status: 'pending_approval',
      action: 'retire',
    });
    await http().post(`/v1/template-versions/${id}/approve`).set(as(officer)).send({}).expect(200);
    const retired = await retire();
    expect(retired.status).toBe(200);
    expect(retired.body.status).toBe('retired');
  });
});
