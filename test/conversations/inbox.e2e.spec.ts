import { Client } from 'pg';
import request from 'supertest';
import { Location, Role } from '../../src/platform/auth/access.enums';
import { FakeClock } from '../../src/platform/clock/clock';
import { startTestApp, type TestApp } from '../support/test-app';
import { Seeder } from './seed';

const CARD = '4111 1111 1111 1111';

describe('inbox API', () => {
  let t: TestApp;
  let seed: Seeder;
  let db: Client;
  let server: Parameters<typeof request>[0];
  const clock = new FakeClock('2026-01-05T14:00:00.000Z');
  let office: string;
  let remote: string;
  let compliance: string;
  let auditor: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'false' }, { clock });
    server = t.app.getHttpServer();
    seed = new Seeder(t);
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    office = await t.token('olivia', Role.Agent, Location.Office);
    remote = await t.token('rémy', Role.Agent, Location.Remote);
    compliance = await t.token('carla', Role.ComplianceOfficer, Location.Office);
    auditor = await t.token('audrey', Role.Auditor, Location.Office);

    ids.plain = (
      await seed.post({ text: 'Thanks for the quick help yesterday!', externalId: 'p-1' })
    ).conversationId;
    clock.set('2026-01-05T14:01:00.000Z');
    ids.account = (
      await seed.post({
        text: 'Why was my account charged twice this month? The transaction is missing from my balance',
        externalId: 'a-1',
      })
    ).conversationId;
    clock.set('2026-01-05T14:02:00.000Z');
    ids.sensitive = (
      await seed.post({
        text: `My card number is ${CARD} please help`,
        externalId: 's-1',
        authorId: '5550001',
      })
    ).conversationId;
    clock.set('2026-01-05T14:03:00.000Z');
    ids.plain2 = (await seed.post({ text: 'hello there', externalId: 'p-2' })).conversationId;
  });

  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  const get = (path: string, token: string) =>
    request(server).get(path).set('authorization', `Bearer ${token}`);
  const post = (path: string, token: string, body: object) =>
    request(server).post(path).set('authorization', `Bearer ${token}`).send(body);

  async function listAll(token: string, query = ''): Promise<{ id: string }[]> {
    const out: { id: string }[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 20; i++) {
      const res = await get(
        `/v1/conversations?limit=1${query}${cursor ? `&cursor=${cursor}` : ''}`,
        token,
      );
      expect(res.status).toBe(200);
      // A page is never short because rows were dropped after the query.
      if (res.body.nextCursor) expect(res.body.items).toHaveLength(1);
      out.push(...res.body.items);
      cursor = res.body.nextCursor;
      if (!cursor) break;
    }
    return out;
  }

  async function archived(conversationId: string, kind: string) {
    const { rows } = await db.query<{ canonical: Buffer }>(
      `SELECT canonical FROM archive_entry WHERE kind = $1 AND refs->>'conversation' = $2 ORDER BY id`,
      [kind, conversationId],
    );
    return rows.map((r) => JSON.parse(r.canonical.toString('utf8')));
  }

  it('seeds what the visibility tests need', async () => {
    const { rows } = await db.query(
      `SELECT id, account_specific, sensitive FROM conversation WHERE id = ANY($1)`,
      [[ids.account, ids.sensitive, ids.plain]],
    );
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId[ids.account].account_specific).toBe(true);
    expect(byId[ids.sensitive].sensitive).toBe(true);
    expect(byId[ids.plain]).toMatchObject({ account_specific: false, sensitive: false });
  });

  it('an office agent lists everything, sorted by first-response due time, page by page', async () => {
    const items = await listAll(office);
    expect(items.map((c) => c.id).sort()).toEqual(Object.values(ids).sort());
    const res = await get('/v1/conversations', office);
    const dues = res.body.items.map((c: { firstResponseDueAt: string }) =>
      Date.parse(c.firstResponseDueAt),
    );
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(res.body.items[0]).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        status: 'open',
        priority: expect.any(String),
        accountSpecific: expect.any(Boolean),
        sensitive: expect.any(Boolean),
        version: 1,
      }),
    );
  });

  it('a remote agent neither lists nor opens account-specific or sensitive conversations', async () => {
    const items = await listAll(remote);
    expect(items.map((c) => c.id).sort()).toEqual([ids.plain, ids.plain2].sort());
    for (const id of [ids.account, ids.sensitive]) {
      const res = await get(`/v1/conversations/${id}`, remote);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('CONVERSATION_NOT_FOUND');
    }
    const missing = await get(`/v1/conversations/00000000-0000-4000-8000-000000000000`, remote);
    expect(missing.status).toBe(404);
    expect(missing.body.error).toEqual(expect.objectContaining({ code: 'CONVERSATION_NOT_FOUND' }));
    const ok = await get(`/v1/conversations/${ids.plain}`, remote);
    expect(ok.status).toBe(200);
    // Nor can a remote agent act on what they cannot see.
    const assign = await post(`/v1/conversations/${ids.sensitive}/assign`, remote, { version: 1 });
    expect(assign.status).toBe(404);
  });

  it('refuses the inbox to a role without read on conversations', async () => {
    const res = await get('/v1/conversations', auditor);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
  });

  it('shows masked texts only, and the original to compliance with a reason, archived', async () => {
    const detail = await get(`/v1/conversations/${ids.sensitive}`, office);
    expect(detail.status).toBe(200);
    const [m] = detail.body.messages;
    expect(m.direction).toBe('inbound');
    expect(m.hasSealedOriginal).toBe(true);
    expect(JSON.stringify(detail.body)).not.toMatch(/4111[ -]?1111/);

    const path = `/v1/conversations/${ids.sensitive}/messages/${m.id}/original`;
    const denied = await post(path, office, { reason: 'curious' });
    expect(denied.status).toBe(403);
    const noReason = await post(path, compliance, {});
    expect(noReason.status).toBe(400);
    const read = await post(path, compliance, { reason: 'Verifying a disputed charge' });
    expect(read.status).toBe(200);
    expect(read.body.original).toContain(CARD);
    const [entry] = await archived(ids.sensitive, 'message.original_read');
    expect(entry.actor.id).toBe('carla');
    expect(entry.clear.reason).toBe('Verifying a disputed charge');
    expect(entry.refs.message).toBe(m.id);

    const plain = (await get(`/v1/conversations/${ids.plain}`, office)).body.messages[0];
    const none = await post(
      `/v1/conversations/${ids.plain}/messages/${plain.id}/original`,
      compliance,
      { reason: 'Checking' },
    );
    expect(none.status).toBe(404);
    expect(none.body.error.code).toBe('NO_SEALED_ORIGINAL');
  });

  it('says the original is gone once the data subject is erased', async () => {
    const { rows } = await db.query(
      `SELECT id, subject_id FROM message WHERE conversation_id = $1`,
      [ids.sensitive],
    );
    const erase = await post(`/v1/archive/subjects/${rows[0].subject_id}/erase`, compliance, {
      reason: 'Erasure request from the member',
    });
    expect(erase.status).toBe(200);
    const res = await post(
      `/v1/conversations/${ids.sensitive}/messages/${rows[0].id}/original`,
      compliance,
      { reason: 'Checking after erasure' },
    );
    expect(res.status).toBe(410);
    expect(res.body.error.code).toBe('ORIGINAL_ERASED');
  });

  it('filters by status, intent, assignee and handle', async () => {
    const assign = await post(`/v1/conversations/${ids.plain2}/assign`, office, {
      version: 1,
      reason: 'My queue',
    });
    expect(assign.status).toBe(200);
    expect(assign.body).toMatchObject({ assigneeId: 'olivia', version: 2 });
    const [entry] = await archived(ids.plain2, 'conversation.assigned');
    expect(entry.actor.id).toBe('olivia');
    expect(entry.clear).toMatchObject({ from: null, to: 'olivia', reason: 'My queue' });

    const mine = await get('/v1/conversations?assignee=me', office);
    expect(mine.body.items.map((c: { id: string }) => c.id)).toEqual([ids.plain2]);
    const none = await get('/v1/conversations?assignee=none', office);
    expect(none.body.items.map((c: { id: string }) => c.id)).not.toContain(ids.plain2);
    expect(none.body.items).toHaveLength(3);
    const byIntent = await get('/v1/conversations?intent=account_specific', office);
    const intentIds = byIntent.body.items.map((c: { id: string }) => c.id);
    expect(intentIds).toContain(ids.account);
    expect(intentIds).not.toContain(ids.plain);
    expect(intentIds).not.toContain(ids.plain2);
    const byHandle = await get('/v1/conversations?handle=fb-page', office);
    expect(byHandle.body.items).toEqual([]);
    const bad = await get('/v1/conversations?status=nonsense', office);
    expect(bad.status).toBe(400);
    const forged = await get('/v1/conversations?cursor=eyJ4IjoxfQ', office);
    expect(forged.status).toBe(400);
    // An agent may take only an unassigned conversation, or hand over one it holds (access.yaml).
    const other = await t.token('otto', Role.Agent, Location.Office);
    const again = await post(`/v1/conversations/${ids.plain2}/assign`, other, { version: 2 });
    expect(again.status).toBe(403);
  });

  it('moves along the status table, archiving every transition with actor and reason', async () => {
    const url = `/v1/conversations/${ids.plain}/transitions`;
    const r1 = await post(url, office, { to: 'awaiting_reply', reason: 'Taking it', version: 1 });
    expect(r1.status).toBe(200);
    expect(r1.body).toMatchObject({ status: 'awaiting_reply', version: 2 });

    const stale = await post(url, office, { to: 'resolved', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT');
    expect(stale.body.error.details).toEqual({ expectedVersion: 1, currentVersion: 2 });

    const r2 = await post(url, office, { to: 'resolved', reason: 'Answered', version: 2 });
    expect(r2.body).toMatchObject({ status: 'resolved', version: 3 });
    expect(r2.body.resolvedAt).toBe(clock.now().toISOString());

    const notInTable = await post(url, office, { to: 'awaiting_signoff', version: 3 });
    expect(notInTable.status).toBe(409);
    expect(notInTable.body.error.code).toBe('TRANSITION_NOT_ALLOWED');
    expect(notInTable.body.error.details).toMatchObject({
      from: 'resolved',
      to: 'awaiting_signoff',
    });

    const r3 = await post(url, compliance, { to: 'closed', reason: 'Done', version: 3 });
    expect(r3.status).toBe(403);
    const r4 = await post(url, office, { to: 'closed', version: 3 });
    expect(r4.body).toMatchObject({ status: 'closed', version: 4 });

    const entries = await archived(ids.plain, 'conversation.transitioned');
    expect(entries.map((e) => [e.clear.from, e.clear.to, e.clear.reason, e.actor.id])).toEqual([
      ['open', 'awaiting_reply', 'Taking it', 'olivia'],
      ['awaiting_reply', 'resolved', 'Answered', 'olivia'],
      ['resolved', 'closed', null, 'olivia'],
    ]);

    // A reason holding a sensitive value is refused before anything is stored.
    const leaky = await post(`/v1/conversations/${ids.plain2}/transitions`, office, {
      to: 'awaiting_reply',
      reason: `card ${CARD}`,
      version: 2,
    });
    expect(leaky.status).toBe(422);
  });

  it('starts a new conversation when a closed thread gets a new message', async () => {
    const again = await seed.post({
      text: 'One more thing please',
      externalId: 'p-3',
      threadKey: 'thread-p-1',
    });
    expect(again.conversationId).not.toBe(ids.plain);
  });
});
