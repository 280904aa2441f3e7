import request from 'supertest';
import { OutboxDispatcher } from '../../src/modules/replies';
import { Location, Role } from '../../src/platform/auth/access.enums';
import { FakeClock } from '../../src/platform/clock/clock';
import { Seeder } from '../conversations/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { approvedTemplate, as, conversationVersion } from './support';

interface Item {
  id: string;
  status: string;
  text: string;
  templateVersionId: string;
  requiredSignoffs: string[];
  signoffs: Array<{ role: string; signerId: string; decision: string }>;
  version: number;
  platformMessageId: string | null;
  createdAt: string;
  createdBy: string;
}

describe('GET /v1/conversations/:id/replies: the replies of one conversation', () => {
  const clock = new FakeClock('2026-01-05T09:00:00.000Z');
  let t: TestApp;
  let seeder: Seeder;
  let agent: string;
  let agent2: string;
  let remote: string;
  let legal: string;
  let officer: string;
  let answerId: string;
  let offlineId: string;

  const http = () => request(t.app.getHttpServer());

  async function draft(token: string, conversationId: string, templateVersionId: string) {
    const res = await http()
      .post(`/v1/conversations/${conversationId}/replies`)
      .set(as(token))
      .send({
        templateVersionId,
        variables: {},
        version: await conversationVersion(t, conversationId),
      });
    expect(res.status).toBe(201);
    return res.body as { id: string; status: string };
  }

  async function listAll(token: string, conversationId: string): Promise<Item[]> {
    const out: Item[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res = await http()
        .get(
          `/v1/conversations/${conversationId}/replies?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        )
        .set(as(token));
      expect(res.status).toBe(200);
      if (res.body.nextCursor) expect(res.body.items).toHaveLength(1);
      out.push(...(res.body.items as Item[]));
      cursor = res.body.nextCursor as string | null;
      if (!cursor) break;
    }
    return out;
  }

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'false' }, { clock });
    seeder = new Seeder(t);
    agent = await t.token('dana', Role.Agent);
    agent2 = await t.token('dave', Role.Agent);
    remote = await t.token('remy', Role.Agent, Location.Remote);
    legal = await t.token('lena', Role.Legal);
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

  it('lists every reply newest first, page by page, with sign-offs so far and the sent message id', async () => {
    const c = (
      await seeder.post({
        text: 'I am filing a complaint with the CFPB about you.',
        externalId: '1700000000000001001',
        authorId: '881',
      })
    ).conversationId;
    const empty = await http().get(`/v1/conversations/${c}/replies`).set(as(agent)).expect(200);
    expect(empty.body).toEqual({ items: [], nextCursor: null });

    // A first draft, withdrawn; a second by another agent, signed by Legal and waiting for Compliance.
    const first = await draft(agent, c, answerId);
    expect(first.status).toBe('pending_signoff');
    await http()
      .post(`/v1/replies/${first.id}/withdraw`)
      .set(as(agent))
      .send({ version: 1 })
      .expect(200);
    await clock.advance(60_000);
    const second = await draft(agent2, c, answerId);
    await http()
      .post(`/v1/replies/${second.id}/signoffs`)
      .set(as(legal))
      .send({ decision: 'approve' })
      .expect(200);

    const items = await listAll(agent, c);
    expect(items.map((i) => i.id)).toEqual([second.id, first.id]);
    expect(items[0]).toMatchObject({
      status: 'pending_signoff',
      text: 'We are sorry for the trouble and are looking into it. ^dave',
      templateVersionId: answerId,
      requiredSignoffs: ['legal', 'compliance_officer'],
      signoffs: [{ role: 'legal', signerId: 'lena', decision: 'approve' }],
      platformMessageId: null,
      createdAt: '2026-01-05T09:01:00.000Z',
      createdBy: 'dave',
      version: 1,
    });
    expect(items[1]).toMatchObject({ status: 'withdrawn', createdBy: 'dana', signoffs: [] });

    // Compliance signs, later, and it goes out: the list shows it sent, with the platform's id.
    await clock.advance(60_000);
    await http()
      .post(`/v1/replies/${second.id}/signoffs`)
      .set(as(officer))
      .send({ decision: 'approve' })
      .expect(200);
    const d = t.app.get(OutboxDispatcher);
    while (await d.runOnce());
    const after = await http().get(`/v1/conversations/${c}/replies`).set(as(agent)).expect(200);
    expect(after.body.nextCursor).toBeNull();
    expect(after.body.items[0]).toMatchObject({
      id: second.id,
      status: 'sent',
      platformMessageId: expect.any(String),
      signoffs: [
        { role: 'legal', signerId: 'lena' },
        { role: 'compliance_officer', signerId: 'olga' },
      ],
    });
  });

  it('is authorized on the conversation: a remote agent gets 404 for an account-specific one', async () => {
    const c = (
      await seeder.post({
        text: 'Why was my account charged twice this month? The transaction is missing from my balance',
        externalId: '1700000000000001002',
        authorId: '882',
      })
    ).conversationId;
    const r = await draft(agent, c, offlineId);
    const office = await http().get(`/v1/conversations/${c}/replies`).set(as(agent)).expect(200);
    expect(office.body.items.map((i: Item) => i.id)).toEqual([r.id]);

    for (const path of [`/v1/conversations/${c}`, `/v1/conversations/${c}/replies`]) {
      const res = await http().get(path).set(as(remote));
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('CONVERSATION_NOT_FOUND');
    }
    const missing = await http()
      .get('/v1/conversations/00000000-0000-4000-8000-000000000000/replies')
      .set(as(agent));
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('CONVERSATION_NOT_FOUND');
  });

  it('refuses a forged cursor and a bad id', async () => {
    const c = (
      await seeder.post({
        text: 'Your branch was closed again today, terrible.',
        externalId: '1700000000000001003',
        authorId: '883',
      })
    ).conversationId;
    const forged = Buffer.from(JSON.stringify({ at: 'x', id: 'y' })).toString('base64url');
    const bad = await http().get(`/v1/conversations/${c}/replies?cursor=${forged}`).set(as(agent));
    expect(bad.status).toBe(400);
    await http().get('/v1/conversations/not-a-uuid/replies').set(as(agent)).expect(400);
  });
});
