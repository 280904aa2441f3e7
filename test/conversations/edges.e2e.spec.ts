import { Client } from 'pg';
import request from 'supertest';
import { createMongoAbility } from '@casl/ability';
import { OfflineRoutingService } from '../../src/modules/conversations/offline-routing.service';
import type { AppAbility } from '../../src/platform/auth/ability.factory';
import { Action, Location, Role, Subject } from '../../src/platform/auth/access.enums';
import { FakeClock } from '../../src/platform/clock/clock';
import { startTestApp, type TestApp } from '../support/test-app';

const cursorOf = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

/** What a client that does not play by the rules sends to the inbox and the register. */
describe('inbox and register edges', () => {
  let t: TestApp;
  let db: Client;
  let server: Parameters<typeof request>[0];
  const clock = new FakeClock('2026-01-05T14:00:00.000Z');
  let office: string;
  let remote: string;
  let compliance: string;
  let integration: string;
  let accountId: string;
  let complaintId: string;

  const get = (path: string, token: string) =>
    request(server).get(path).set('authorization', `Bearer ${token}`);
  const send = (method: 'post' | 'patch', path: string, token: string, body: object) =>
    request(server)[method](path).set('authorization', `Bearer ${token}`).send(body);

  const inbound = (externalId: string, text: string, authorId: string) =>
    send('post', '/v1/inbound', integration, {
      handle: 'crm',
      externalId,
      author: { id: authorId },
      text,
      visibility: 'public',
    });

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'false' }, { clock });
    server = t.app.getHttpServer();
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    office = await t.token('olivia', Role.Agent, Location.Office);
    remote = await t.token('remy', Role.Agent, Location.Remote);
    compliance = await t.token('carla', Role.ComplianceOfficer);
    integration = await t.token('crm', Role.Integration);

    const acct = await inbound(
      'e-1',
      'My account 123456789 was charged twice this month, the transaction is missing',
      'member-1',
    );
    expect(acct.status).toBe(202);
    accountId = acct.body.conversationId;
    const complaint = await inbound(
      'e-2',
      'I am filing a formal complaint and reporting you to the CFPB',
      'member-2',
    );
    expect(complaint.status).toBe(202);
    complaintId = complaint.body.conversationId;
  });

  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  it('answers a forged inbox cursor with 400 in the error shape, never a query error', async () => {
    const forged = [
      cursorOf({ due: 1, id: 'x' }),
      cursorOf({ due: 1, id: "1' OR '1'='1" }),
      cursorOf({ due: 9_000_000_000_000_000, id: accountId }),
      cursorOf({ due: -7, id: accountId }),
      cursorOf({ detectedAt: '2026-01-05T14:00:00.000Z', id: accountId }),
    ];
    for (const cursor of forged) {
      const res = await get(`/v1/conversations?cursor=${cursor}`, office);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('BAD_REQUEST');
      expect(typeof res.body.requestId).toBe('string');
    }
    const page = await get('/v1/conversations?limit=1', office);
    expect(page.status).toBe(200);
    expect(page.body.nextCursor).toEqual(expect.any(String));
    const next = await get(`/v1/conversations?limit=1&cursor=${page.body.nextCursor}`, office);
    expect(next.status).toBe(200);
  });

  it('answers a forged or foreign register cursor with 400', async () => {
    const inboxCursor = (await get('/v1/conversations?limit=1', office)).body.nextCursor;
    const forged = [
      cursorOf({ detectedAt: 'nope', id: complaintId }),
      cursorOf({ detectedAt: '2026-01-05T14:00:00.000Z', id: 'x' }),
      cursorOf({ detectedAt: '2026-02-30T00:00:00.000Z', id: complaintId }),
      inboxCursor,
    ];
    for (const cursor of forged) {
      for (const format of ['json', 'csv']) {
        const res = await get(`/v1/complaints?format=${format}&cursor=${cursor}`, compliance);
        expect(res.status).toBe(400);
        expect(res.body.error.code).toBe('BAD_REQUEST');
      }
    }
  });

  it('opens the sealed original of a delivered message as the text received', async () => {
    const detail = await get(`/v1/conversations/${accountId}`, office);
    expect(detail.status).toBe(200);
    const [m] = detail.body.messages;
    expect(m.hasSealedOriginal).toBe(true);
    expect(m.text).not.toContain('123456789');
    const path = `/v1/conversations/${accountId}/messages/${m.id}/original`;
    // The office agent sees the conversation but may not open originals; the remote agent
    // may not even see it, and learns nothing more from this route than from the others.
    expect((await send('post', path, office, { reason: 'Checking' })).status).toBe(403);
    const hidden = await send('post', path, remote, { reason: 'Checking' });
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.code).toBe('CONVERSATION_NOT_FOUND');
    const auditor = await t.token('audrey', Role.Auditor);
    expect((await send('post', path, auditor, { reason: 'Checking' })).status).toBe(403);
    const read = await send('post', path, compliance, { reason: 'Verifying a disputed charge' });
    expect(read.status).toBe(200);
    expect(read.body.original).toBe(
      'My account 123456789 was charged twice this month, the transaction is missing',
    );
  });

  it('explains each rule its decision cites in the words of the policy, to an agent too', async () => {
    const detail = await get(`/v1/conversations/${accountId}`, office);
    expect(detail.status).toBe(200);
    const cited: string[] = detail.body.decision.ruleIds;
    expect(cited).toContain('R-100-sensitive-data');
    expect(detail.body.rules.map((r: { id: string }) => r.id)).toEqual(
      expect.arrayContaining(cited),
    );
    expect(detail.body.rules).toContainEqual({
      id: 'R-100-sensitive-data',
      description:
        'Card, account, routing, IBAN, SSN or credential values go offline (invariant 2).',
      inForce: true,
    });
  });

  it('names the acknowledgement by a purpose the template library knows', async () => {
    const detail = await get(`/v1/conversations/${accountId}`, office);
    const routed = await send('post', `/v1/conversations/${accountId}/route-offline`, office, {
      method: 'secure_message',
      version: detail.body.version,
    });
    expect(routed.status).toBe(200);
    const { purpose } = routed.body.acknowledgement;
    const templates = await get(`/v1/templates?purpose=${purpose}`, compliance);
    expect(templates.status).toBe(200);
  });

  it('moves a routed conversation on only by closing its offline case, archived in the same step', async () => {
    const before = await get(`/v1/conversations/${accountId}`, office);
    expect(before.body.status).toBe('routed_offline');
    for (const to of ['resolved', 'awaiting_reply']) {
      const res = await send('post', `/v1/conversations/${accountId}/transitions`, office, {
        to,
        version: before.body.version,
      });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('CLOSE_OFFLINE_CASE');
    }
    const closed = await send('patch', `/v1/conversations/${accountId}/offline-case`, office, {
      outcome: 'resolved',
      version: before.body.version,
    });
    expect(closed.status).toBe(200);
    expect(closed.body.offlineCase.status).toBe('closed');
    expect(closed.body.conversation.status).toBe('resolved');
    const { rows } = await db.query<{ kind: string }>(
      `SELECT kind FROM archive_entry WHERE refs->>'conversation' = $1 ORDER BY id`,
      [accountId],
    );
    expect(rows.map((r) => r.kind)).toEqual(
      expect.arrayContaining([
        'offline.routed',
        'offline.case_closed',
        'conversation.transitioned',
      ]),
    );
  });

  it('issues case references that an approved offline-route template renders', async () => {
    const editor = await t.token('erin', Role.KnowledgeEditor);
    const officer = await t.token('olga', Role.ComplianceOfficer);
    const created = await send('post', '/v1/templates', editor, {
      key: 'secure-message-probe',
      title: 'Secure message offer',
      intents: ['account_specific'],
      purpose: 'offline_route',
      visibility: 'public',
      variables: [{ name: 'case_ref', type: 'case_ref' }],
      variants: { x: 'Please send us a secure message quoting {{caseRef case_ref}}.' },
    });
    expect(created.status).toBe(201);
    const [v] = created.body.versions;
    await send('post', `/v1/template-versions/${v.id}/submit`, editor, { version: 1 }).expect(200);
    await send('post', `/v1/template-versions/${v.id}/approve`, officer, { version: 2 }).expect(
      200,
    );

    const refs = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const posted = await inbound(
        `e-ref-${i}`,
        `My account 12345678${i} shows a charge I did not make`,
        `member-ref-${i}`,
      );
      const detail = await get(`/v1/conversations/${posted.body.conversationId}`, office);
      const routed = await send(
        'post',
        `/v1/conversations/${posted.body.conversationId}/route-offline`,
        office,
        { method: 'secure_message', version: detail.body.version },
      );
      expect(routed.status).toBe(200);
      refs.add(routed.body.caseRef);
    }
    expect(refs.size).toBe(5);
    for (const caseRef of refs) {
      const preview = await send('post', `/v1/template-versions/${v.id}/preview`, office, {
        channel: 'x',
        variables: { case_ref: caseRef },
      });
      expect(preview.status).toBe(200);
      expect(preview.body.text).toBe(`Please send us a secure message quoting ${caseRef}.`);
    }
  });

  it('checks the caller may update this very offline case, not only the route', async () => {
    const posted = await inbound('e-case-1', 'My account 555123456 was debited twice', 'member-c');
    const id = posted.body.conversationId as string;
    const detail = await get(`/v1/conversations/${id}`, office);
    await send('post', `/v1/conversations/${id}/route-offline`, office, {
      method: 'branch',
      version: detail.body.version,
    }).expect(200);
    // Reads the conversation, may close cases, but not those handled at a branch.
    const ability = createMongoAbility<AppAbility>([
      { action: Action.Read, subject: Subject.Conversation },
      { action: Action.Update, subject: Subject.OfflineCase },
      {
        action: Action.Update,
        subject: Subject.OfflineCase,
        inverted: true,
        conditions: { method: 'branch' },
      },
    ]);
    await expect(
      t.app
        .get(OfflineRoutingService)
        .closeCase(id, 'resolved', null, undefined, { id: 'olivia', roles: ['agent'] }, ability),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const after = await get(`/v1/conversations/${id}`, office);
    expect(after.body.status).toBe('routed_offline');
    expect(after.body.offlineCases[0].status).toBe('open');
  });

  it('lets an agent hand over or release a conversation it holds, never take one another holds', async () => {
    const posted = await inbound(
      'e-assign-1',
      'What time does the Main St branch open?',
      'member-h',
    );
    const id = posted.body.conversationId as string;
    const bea = await t.token('bea', Role.Agent, Location.Office);
    const cai = await t.token('cai', Role.Agent, Location.Office);
    const assign = (token: string, body: object) =>
      send('post', `/v1/conversations/${id}/assign`, token, body);

    let version = (await get(`/v1/conversations/${id}`, office)).body.version as number;
    const claimed = await assign(office, { version });
    expect(claimed.status).toBe(200);
    expect(claimed.body.assigneeId).toBe('olivia');

    const taken = await assign(cai, { version: claimed.body.version });
    expect(taken.status).toBe(403);

    const handed = await assign(office, {
      assigneeId: 'bea',
      version: claimed.body.version,
      reason: 'End of shift',
    });
    expect(handed.status).toBe(200);
    expect(handed.body.assigneeId).toBe('bea');
    version = handed.body.version;

    const released = await assign(bea, { assigneeId: null, version });
    expect(released.status).toBe(200);
    expect(released.body.assigneeId).toBeNull();

    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM archive_entry
        WHERE kind = 'conversation.assigned' AND refs->>'conversation' = $1`,
      [id],
    );
    expect(rows[0].n).toBe(3);
  });
});
