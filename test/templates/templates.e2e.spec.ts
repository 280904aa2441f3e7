import { Client } from 'pg';
import request from 'supertest';
import { AuditedWork } from '../../src/modules/archive';
import { TemplatesService } from '../../src/modules/templates';
import { Role } from '../../src/platform/auth/access.enums';
import { FakeClock } from '../../src/platform/clock/clock';
import { startTestApp, TestApp } from '../support/test-app';
import { withoutRandomIds } from '../support/random-ids';

const DAY = 24 * 3600 * 1000;
const CARD = '4111 1111 1111 1111';

const card = {
  key: 'card-lost-stolen-test',
  title: 'Card lost or stolen',
  intents: ['account_specific'],
  purpose: 'offline_route',
  visibility: 'both',
  variables: [
    { name: 'case_ref', type: 'case_ref' },
    { name: 'agent', type: 'agent_name' },
    { name: 'note', type: 'free_text', maxLength: 80, required: false },
    { name: 'branch', type: 'string', maxLength: 40, required: false },
  ],
  variants: {
    x: 'Sorry to hear that. Please DM us and quote {{caseRef case_ref}}. ^{{agent}}',
    dm: 'Hi, {{agent}} here. Your case is {{caseRef case_ref}}.{{#if note}} {{note}}{{/if}}{{#if branch}} {{branch}}{{/if}}',
  },
};

describe('template library over HTTP', () => {
  const clock = new FakeClock('2026-01-05T09:00:00.000Z');
  let t: TestApp;
  let editor: string;
  let officer1: string;
  let officer2: string;
  let agent: string;
  let auditor: string;
  let templateId: string;
  let v1: string;
  let v2: string;

  const http = () => request(t.app.getHttpServer());
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  async function archived(versionId: string): Promise<Array<{ kind: string; actor: string }>> {
    const c = new Client({ connectionString: t.db.url });
    await c.connect();
    try {
      const { rows } = await c.query<{ kind: string; actor: string }>(
        `SELECT kind, convert_from(canonical, 'UTF8')::jsonb #>> '{actor,id}' AS actor
           FROM archive_entry WHERE refs @> $1::jsonb ORDER BY id`,
        [JSON.stringify({ templateVersion: versionId })],
      );
      return rows;
    } finally {
      await c.end();
    }
  }

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    editor = await t.token('erin', Role.KnowledgeEditor);
    officer1 = await t.token('olga', Role.ComplianceOfficer);
    officer2 = await t.token('omar', Role.ComplianceOfficer);
    agent = await t.token('dana', Role.Agent);
    auditor = await t.token('abe', Role.Auditor);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('an editor drafts and submits; the editor, and an officer who changed it, cannot approve; a second officer does', async () => {
    const created = await http().post('/v1/templates').set(as(editor)).send(card).expect(201);
    expect(created.body).toMatchObject({
      id: expect.any(String),
      key: card.key,
      versions: [{ id: expect.any(String), status: 'draft', number: 1, authoredBy: 'erin' }],
    });
    templateId = created.body.id;
    v1 = created.body.versions[0].id;

    // agents see approved versions only
    await http().get(`/v1/templates/${templateId}`).set(as(agent)).expect(404);
    await http().get(`/v1/template-versions/${v1}`).set(as(agent)).expect(404);

    // an officer edits the draft: now an author of a change in it
    const edited = await http()
      .patch(`/v1/template-versions/${v1}`)
      .set(as(officer1))
      .send({
        version: 1,
        variants: { ...card.variants, x: card.variants.x.replace('Sorry', 'So sorry') },
      })
      .expect(200);
    expect(edited.body.contributors).toEqual(['erin', 'olga']);

    const submitted = await http()
      .post(`/v1/template-versions/${v1}/submit`)
      .set(as(editor))
      .send({})
      .expect(200);
    expect(submitted.body.status).toBe('pending_approval');

    const byEditor = await http()
      .post(`/v1/template-versions/${v1}/approve`)
      .set(as(editor))
      .send({});
    expect(byEditor.status).toBe(403);
    expect(byEditor.body.error.code).toBe('FORBIDDEN');

    const byCoAuthor = await http()
      .post(`/v1/template-versions/${v1}/approve`)
      .set(as(officer1))
      .send({});
    expect(byCoAuthor.status).toBe(403);
    expect(byCoAuthor.body.error.code).toBe('SELF_APPROVAL');

    const stale = await http()
      .post(`/v1/template-versions/${v1}/approve`)
      .set(as(officer2))
      .send({ version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'CONFLICT', details: { currentVersion: 3 } });

    const approved = await http()
      .post(`/v1/template-versions/${v1}/approve`)
      .set(as(officer2))
      .send({})
      .expect(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      approvedBy: 'omar',
      approvedAt: clock.now().toISOString(),
      reviewDays: 180,
      reviewDueAt: new Date(clock.nowMs() + 180 * DAY).toISOString(),
      reviewOverdue: false,
    });

    const seen = await http().get(`/v1/templates/${templateId}`).set(as(agent)).expect(200);
    expect(seen.body.versions.map((v: { status: string }) => v.status)).toEqual(['approved']);
    expect(seen.body.versions[0].history.map((h: { kind: string }) => h.kind)).toEqual([
      'template.version.created',
      'template.version.edited',
      'template.version.submitted',
      'template.version.approved',
    ]);
  });

  it('refuses when saved: triple-stash, {{constructor}}, an undeclared variable, an unknown helper, over-long X text', async () => {
    const bad = await http()
      .post('/v1/templates')
      .set(as(editor))
      .send({
        ...card,
        key: 'bad-template',
        variants: {
          x: 'Hi {{{note}}}',
          facebook: 'Hi {{constructor}} and {{undeclared}}',
          dm: '{{lookup note "x"}} {{> partial}}',
          instagram: 'x'.repeat(2300),
        },
      });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('TEMPLATE_INVALID');
    const problems = bad.body.error.details.problems as Array<{ path: string; reason: string }>;
    const text = problems.map((p) => `${p.path}: ${p.reason}`).join('\n');
    expect(text).toMatch(/variants\.x: .*triple-stash/);
    expect(text).toMatch(/variants\.facebook: .*"constructor" is not a declared variable/);
    expect(text).toMatch(/variants\.facebook: .*"undeclared" is not a declared variable/);
    expect(text).toMatch(/variants\.dm: .*"lookup" is not a known helper/);
    expect(text).toMatch(/variants\.dm: .*partials are not allowed/);
    expect(text).toMatch(/variants\.instagram: .*exceeds 2200/);

    const unknownIntent = await http()
      .post('/v1/templates')
      .set(as(editor))
      .send({ ...card, key: 'bad-intent', intents: ['no_such_intent'] });
    expect(unknownIntent.body.error.details.problems).toEqual([
      { path: 'intents[0]', reason: 'is not an intent of the policy' },
    ]);
    const agentTries = await http()
      .post('/v1/templates')
      .set(as(agent))
      .send({ ...card, key: 'by-agent' });
    expect(agentTries.status).toBe(403);
  });

  it('previews: a card number in any variable is refused naming it; agent_name comes from the token', async () => {
    const ok = await http()
      .post(`/v1/template-versions/${v1}/preview`)
      .set(as(agent))
      .send({ channel: 'dm', variables: { case_ref: 'cs-2026-004211', note: 'We are on it.' } })
      .expect(200);
    expect(ok.body).toMatchObject({
      text: 'Hi, dana here. Your case is CS-2026-004211. We are on it.',
      maxLength: 10000,
    });

    const refused = await http()
      .post(`/v1/template-versions/${v1}/preview`)
      .set(as(agent))
      .send({
        channel: 'dm',
        variables: {
          case_ref: 'CS-2026-004211',
          note: `card ${CARD}`,
          branch: `card ${CARD}`,
          agent: 'Mallory',
        },
      });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('TEMPLATE_RENDER_REFUSED');
    expect(refused.body.error.details.problems).toEqual([
      { variable: 'agent', reason: 'is filled from your sign-in and cannot be typed' },
      { variable: 'note', reason: 'holds a sensitive value', types: ['CARD_NUMBER'] },
      { variable: 'branch', reason: 'holds a sensitive value', types: ['CARD_NUMBER'] },
    ]);
    expect(withoutRandomIds(JSON.stringify(refused.body))).not.toContain('4111');

    const noVariant = await http()
      .post(`/v1/template-versions/${v1}/preview`)
      .set(as(agent))
      .send({ channel: 'instagram', variables: { case_ref: 'CS-2026-004211' } });
    expect(noVariant.status).toBe(422);
    expect(noVariant.body.error.code).toBe('TEMPLATE_CHANNEL_UNSUPPORTED');
  });

  it('an edit after approval is a new version; the old one stays usable until retired', async () => {
    const templates = t.app.get(TemplatesService);
    const frozen = await http()
      .patch(`/v1/template-versions/${v1}`)
      .set(as(editor))
      .send({ version: 4, variants: { x: 'changed' } });
    expect(frozen.status).toBe(409);
    expect(frozen.body.error.code).toBe('TEMPLATE_VERSION_STATE');

    const next = await http()
      .post(`/v1/templates/${templateId}/versions`)
      .set(as(editor))
      .send({
        purpose: card.purpose,
        visibility: card.visibility,
        variables: card.variables,
        variants: {
          ...card.variants,
          x: 'We are sorry. Please DM us and quote {{caseRef case_ref}}. ^{{agent}}',
        },
      })
      .expect(201);
    expect(next.body).toMatchObject({
      status: 'draft',
      number: 2,
      basedOnId: v1,
      contributors: ['erin'],
    });
    v2 = next.body.id;

    const diff = await http()
      .get(`/v1/template-versions/${v2}/diff`)
      .query({ against: v1 })
      .set(as(officer1))
      .expect(200);
    const x = diff.body.variants.find((d: { channel: string }) => d.channel === 'x');
    expect(x.change).toBe('changed');
    expect(x.lines).toEqual([
      {
        op: 'removed',
        text: 'So sorry to hear that. Please DM us and quote {{caseRef case_ref}}. ^{{agent}}',
      },
      {
        op: 'added',
        text: 'We are sorry. Please DM us and quote {{caseRef case_ref}}. ^{{agent}}',
      },
    ]);

    await expect(templates.usableVersion(v2, { channel: 'x' })).rejects.toMatchObject({
      code: 'TEMPLATE_VERSION_NOT_APPROVED',
    });
    await http().post(`/v1/template-versions/${v2}/submit`).set(as(editor)).send({}).expect(200);
    const tooLong = await http()
      .post(`/v1/template-versions/${v2}/approve`)
      .set(as(officer1))
      .send({ reviewDays: 400 });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.error.details.problems).toEqual([
      { path: 'reviewDays', reason: 'must be an integer from 1 to 365' },
    ]);
    // olga changed v1, not v2: she may approve v2
    await http()
      .post(`/v1/template-versions/${v2}/approve`)
      .set(as(officer1))
      .send({ reviewDays: 90 })
      .expect(200);

    await expect(templates.usableVersion(v1, { channel: 'x' })).resolves.toMatchObject({ id: v1 });
    await expect(templates.usableVersion(v2, { channel: 'x' })).resolves.toMatchObject({ id: v2 });

    const byEditor = await http()
      .post(`/v1/template-versions/${v1}/retire`)
      .set(as(editor))
      .send({ reason: 'Superseded by version 2' });
    expect(byEditor.status).toBe(403);
    const sensitiveReason = await http()
      .post(`/v1/template-versions/${v1}/retire`)
      .set(as(officer1))
      .send({ reason: 'member SSN 123-45-6789 complained' });
    expect(sensitiveReason.status).toBe(422);
    expect(sensitiveReason.body.error.code).toBe('SENSITIVE_TEXT_REFUSED');

    const retired = await http()
      .post(`/v1/template-versions/${v1}/retire`)
      .set(as(officer1))
      .send({ reason: 'Superseded by version 2' })
      .expect(200);
    expect(retired.body).toMatchObject({
      status: 'retired',
      retiredBy: 'olga',
      retireReason: 'Superseded by version 2',
    });
    await expect(templates.usableVersion(v1, { channel: 'x' })).rejects.toMatchObject({
      code: 'TEMPLATE_VERSION_NOT_APPROVED',
    });
    const rendered = await templates.render(
      v2,
      'x',
      { case_ref: 'CS-2026-004211' },
      { id: 'dana' },
    );
    expect(rendered).toMatchObject({
      text: 'We are sorry. Please DM us and quote CS-2026-004211. ^dana',
      policyVersion: expect.stringMatching(/^sha256:/),
    });
  });

  it('a rejected version needs a reason and cannot be approved afterwards', async () => {
    const v3 = (
      await http()
        .post(`/v1/templates/${templateId}/versions`)
        .set(as(editor))
        .send({
          purpose: 'answer',
          visibility: 'private',
          variables: [],
          variants: { dm: 'Thanks for your patience.' },
        })
        .expect(201)
    ).body.id as string;
    await http()
      .post(`/v1/template-versions/${v3}/reject`)
      .set(as(officer2))
      .send({ reason: 'Not yet' })
      .expect(409);
    await http().post(`/v1/template-versions/${v3}/submit`).set(as(editor)).expect(200);
    await http().post(`/v1/template-versions/${v3}/reject`).set(as(officer2)).send({}).expect(400);
    const rejected = await http()
      .post(`/v1/template-versions/${v3}/reject`)
      .set(as(officer2))
      .send({ reason: 'Too generic for this intent' })
      .expect(200);
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      rejectedBy: 'omar',
      rejectReason: 'Too generic for this intent',
    });
    const again = await http()
      .post(`/v1/template-versions/${v3}/approve`)
      .set(as(officer2))
      .send({});
    expect(again.body.error.code).toBe('TEMPLATE_VERSION_STATE');
    expect((await archived(v3)).map((e) => e.kind)).toEqual([
      'template.version.created',
      'template.version.submitted',
      'template.version.rejected',
    ]);
  });

  it('records first and last use in the sender’s transaction', async () => {
    const templates = t.app.get(TemplatesService);
    const work = t.app.get(AuditedWork);
    const use = () =>
      work.run({ id: 'dana', roles: ['agent'] }, async (ctx) => {
        await templates.recordUse(ctx, v2);
        return { result: null, records: [] };
      });
    await use();
    const first = clock.now().toISOString();
    await clock.advance(3600 * 1000);
    await use();
    const v = await http().get(`/v1/template-versions/${v2}`).set(as(auditor)).expect(200);
    expect(v.body).toMatchObject({ firstUsedAt: first, lastUsedAt: clock.now().toISOString() });
  });

  it('suggests approved versions that fit the conversation, best first', async () => {
    const templates = t.app.get(TemplatesService);
    const s = await templates.suggestions({
      intents: [{ id: 'account_specific', confidence: 0.9 }],
      channel: 'x',
      visibility: 'public',
    });
    expect(s.map((x) => x.templateVersionId)).toEqual([v2]);
    expect(s[0]).toMatchObject({ matchedIntents: ['account_specific'], score: 0.9 });
    expect(
      await templates.suggestions({ intents: ['praise'], channel: 'x', visibility: 'public' }),
    ).toEqual([]);
    expect(
      await templates.suggestions({
        intents: [],
        channel: 'x',
        visibility: 'public',
        purposes: ['crisis'],
      }),
    ).toEqual([]);
  });

  it('an overdue review blocks use until a compliance officer re-approves', async () => {
    const templates = t.app.get(TemplatesService);
    clock.set(new Date(clock.nowMs() + 91 * DAY));
    await expect(templates.usableVersion(v2, { channel: 'x' })).rejects.toMatchObject({
      code: 'TEMPLATE_REVIEW_OVERDUE',
    });
    await expect(
      templates.render(v2, 'x', { case_ref: 'CS-2026-004211' }, { id: 'dana' }),
    ).rejects.toMatchObject({
      code: 'TEMPLATE_REVIEW_OVERDUE',
    });
    expect(
      await templates.suggestions({
        intents: ['account_specific'],
        channel: 'x',
        visibility: 'public',
      }),
    ).toEqual([]);
    const overdue = await http()
      .get('/v1/templates')
      .query({ reviewDue: 'overdue' })
      .set(as(officer2))
      .expect(200);
    expect(overdue.body.items.map((i: { key: string }) => i.key)).toEqual([card.key]);
    expect(overdue.body.items[0].versions).toMatchObject([{ id: v2, reviewOverdue: true }]);

    // olga approved v2 before; re-approval by another officer is fine, by her too (she is not an author)
    const again = await http()
      .post(`/v1/template-versions/${v2}/approve`)
      .set(as(officer2))
      .send({})
      .expect(200);
    expect(again.body).toMatchObject({
      approvedBy: 'omar',
      reviewDueAt: new Date(clock.nowMs() + 180 * DAY).toISOString(),
    });
    await expect(templates.usableVersion(v2, { channel: 'x' })).resolves.toMatchObject({ id: v2 });
  });

  it('archives every transition with who did it', async () => {
    expect(await archived(v1)).toEqual([
      { kind: 'template.version.created', actor: 'erin' },
      { kind: 'template.version.edited', actor: 'olga' },
      { kind: 'template.version.submitted', actor: 'erin' },
      { kind: 'template.version.approved', actor: 'omar' },
      { kind: 'template.version.retired', actor: 'olga' },
    ]);
    expect(await archived(v2)).toEqual([
      { kind: 'template.version.created', actor: 'erin' },
      { kind: 'template.version.submitted', actor: 'erin' },
      { kind: 'template.version.approved', actor: 'olga' },
      { kind: 'template.version.reapproved', actor: 'omar' },
    ]);
  });

  it('the database itself keeps approved content and every version', async () => {
    const c = new Client({ connectionString: t.db.url });
    await c.connect();
    try {
      await expect(
        c.query(`UPDATE template_version SET variants = '{"x":"changed"}' WHERE id = $1`, [v2]),
      ).rejects.toThrow(/is approved and cannot change/);
      await c.query('SET ROLE countersign_app');
      await expect(c.query(`DELETE FROM template_version WHERE id = $1`, [v2])).rejects.toThrow(
        /permission denied/,
      );
      await expect(
        c.query(`UPDATE template_version_event SET kind = 'x' WHERE version_id = $1`, [v2]),
      ).rejects.toThrow(/permission denied/);
    } finally {
      await c.end();
    }
  });

  it('lists with filters and cursor pages; examiners read the records CSV', async () => {
    await http()
      .post('/v1/templates')
      .set(as(officer1))
      .send({
        ...card,
        key: 'aaa-first',
        variants: { dm: 'Hello {{agent}}, case {{caseRef case_ref}}.' },
      })
      .expect(201);
    const page1 = await http()
      .get('/v1/templates')
      .query({ limit: 1 })
      .set(as(officer1))
      .expect(200);
    expect(page1.body.items.map((i: { key: string }) => i.key)).toEqual(['aaa-first']);
    const page2 = await http()
      .get('/v1/templates')
      .query({ limit: 1, cursor: page1.body.nextCursor })
      .set(as(officer1))
      .expect(200);
    expect(page2.body.items.map((i: { key: string }) => i.key)).toEqual([card.key]);
    expect(page2.body.nextCursor).toBeNull();
    const forAgent = await http()
      .get('/v1/templates')
      .query({ channel: 'x' })
      .set(as(agent))
      .expect(200);
    expect(forAgent.body.items).toHaveLength(1);
    expect(forAgent.body.items[0].versions.map((v: { id: string }) => v.id)).toEqual([v2]);
    const drafts = await http()
      .get('/v1/templates')
      .query({ status: 'draft' })
      .set(as(officer1))
      .expect(200);
    expect(drafts.body.items.map((i: { key: string }) => i.key)).toEqual(['aaa-first']);

    for (const role of [Role.Legal, Role.Auditor]) {
      const reader = await t.token(`reader-${role}`, role);
      const seen = await http().get(`/v1/templates/${templateId}`).set(as(reader)).expect(200);
      expect(seen.body.versions.length).toBeGreaterThanOrEqual(3);
      const tries = await http()
        .post(`/v1/templates/${templateId}/versions`)
        .set(as(reader))
        .send({ purpose: 'answer', visibility: 'both', variables: [], variants: { dm: 'Hi' } });
      expect(tries.status).toBe(403);
    }

    const csv = await http().get('/v1/templates/records.csv').set(as(auditor)).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'template_key,template_title,version_id,version_number,status,purpose,visibility,channels,content_hash,author,contributors,created_at,approver,approved_at,review_due_at,retired_at,first_used_at,last_used_at,policy_version,settings_version',
    );
    const row2 = lines.find((l) => l.includes(v2))?.split(',') ?? [];
    expect(row2.slice(0, 5)).toEqual([card.key, card.title, v2, '2', 'approved']);
    expect(row2[9]).toBe('erin');
    expect(row2[12]).toBe('omar');
    expect(row2[16]).not.toBe('');
    expect(lines).toHaveLength(1 + 4);
    const agentCsv = await http().get('/v1/templates/records.csv').set(as(agent)).expect(200);
    expect(agentCsv.text.trim().split('\r\n')).toHaveLength(2);
  });
});
