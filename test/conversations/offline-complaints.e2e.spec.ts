import { Client } from 'pg';
import request from 'supertest';
import { AuditedWork } from '../../src/modules/archive';
import { ConversationsService } from '../../src/modules/conversations';
import { CASE_REF_PATTERN } from '../../src/modules/conversations/core/case-ref';
import { Location, Role } from '../../src/platform/auth/access.enums';
import { FakeClock } from '../../src/platform/clock/clock';
import { startTestApp, type TestApp } from '../support/test-app';
import { Seeder } from './seed';

describe('offline routing and the complaint register', () => {
  let t: TestApp;
  let seed: Seeder;
  let db: Client;
  let server: Parameters<typeof request>[0];
  const clock = new FakeClock('2026-01-05T14:00:00.000Z');
  let office: string;
  let remote: string;
  let compliance: string;
  let legal: string;
  let auditor: string;

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'false' }, { clock });
    server = t.app.getHttpServer();
    seed = new Seeder(t);
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    office = await t.token('olivia', Role.Agent, Location.Office);
    remote = await t.token('remy', Role.Agent, Location.Remote);
    compliance = await t.token('carla', Role.ComplianceOfficer);
    legal = await t.token('lee', Role.Legal);
    auditor = await t.token('audrey', Role.Auditor);
  });

  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  const get = (path: string, token: string) =>
    request(server).get(path).set('authorization', `Bearer ${token}`);
  const send = (method: 'post' | 'patch', path: string, token: string, body: object) =>
    request(server)[method](path).set('authorization', `Bearer ${token}`).send(body);

  async function kinds(conversationId: string): Promise<string[]> {
    const { rows } = await db.query<{ kind: string }>(
      `SELECT kind FROM archive_entry WHERE refs->>'conversation' = $1 ORDER BY id`,
      [conversationId],
    );
    return rows.map((r) => r.kind);
  }

  describe('route offline', () => {
    let id: string;

    beforeAll(async () => {
      id = (
        await seed.post({
          text: 'Why was my account charged twice this month? The transaction is missing from my balance',
          externalId: 'acct-1',
          authorId: '9001',
        })
      ).conversationId;
    });

    it('is what policy asked for, so the conversation cannot be resolved or closed before it', async () => {
      const c = (await get(`/v1/conversations/${id}`, office)).body;
      expect(c.routeOfflineRequired).toBe(true);
      expect(c.decision.actions).toContain('route_offline');
      for (const to of ['resolved', 'closed']) {
        const res = await send('post', `/v1/conversations/${id}/transitions`, office, {
          to,
          version: c.version,
        });
        expect(res.status).toBe(409);
        expect(res.body.error.code).toBe('ROUTE_OFFLINE_FIRST');
        expect(res.body.error.details.ruleIds.length).toBeGreaterThan(0);
      }
      const direct = await send('post', `/v1/conversations/${id}/transitions`, office, {
        to: 'routed_offline',
        version: c.version,
      });
      expect(direct.status).toBe(409);
      expect(direct.body.error.code).toBe('USE_ROUTE_OFFLINE');
      expect((await get(`/v1/conversations/${id}`, office)).body.status).toBe('open');
    });

    it('is refused to a remote agent (404) and on a stale version (409)', async () => {
      const hidden = await send('post', `/v1/conversations/${id}/route-offline`, remote, {
        method: 'dm',
        version: 1,
      });
      expect(hidden.status).toBe(404);
      const stale = await send('post', `/v1/conversations/${id}/route-offline`, office, {
        method: 'dm',
        version: 99,
      });
      expect(stale.status).toBe(409);
      expect(stale.body.error.code).toBe('CONFLICT');
      const bad = await send('post', `/v1/conversations/${id}/route-offline`, office, {
        method: 'carrier_pigeon',
        version: 1,
      });
      expect(bad.status).toBe(400);
    });

    it('opens a case with a quotable reference and a pending public acknowledgement', async () => {
      const res = await send('post', `/v1/conversations/${id}/route-offline`, office, {
        method: 'phone_callback',
        version: 1,
      });
      expect(res.status).toBe(200);
      expect(res.body.caseRef).toMatch(CASE_REF_PATTERN);
      expect(res.body.caseRef).not.toMatch(/9001/);
      expect(res.body.conversation).toMatchObject({ status: 'routed_offline', version: 2 });
      expect(res.body.acknowledgement).toEqual({
        status: 'pending',
        purpose: 'offline_route',
        caseRef: res.body.caseRef,
        method: 'phone_callback',
      });
      const again = await send('post', `/v1/conversations/${id}/route-offline`, office, {
        method: 'dm',
        version: 2,
      });
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe('ALREADY_ROUTED_OFFLINE');

      // The replies work sends the acknowledgement and records it.
      const conversations = t.app.get(ConversationsService);
      await t.app.get(AuditedWork).run({ id: 'olivia', roles: ['agent'] }, (ctx) =>
        conversations.recordOutbound(ctx, {
          conversationId: id,
          visibility: 'public',
          text: `We have sent you a private message. Your reference is ${res.body.caseRef}.`,
        }),
      );
      const detail = (await get(`/v1/conversations/${id}`, office)).body;
      expect(detail.offlineCases[0]).toMatchObject({
        caseRef: res.body.caseRef,
        status: 'open',
        acknowledgementStatus: 'sent',
      });
      expect(detail.firstResponseAt).toBe(clock.now().toISOString());
      expect(detail.messages.map((m: { direction: string }) => m.direction)).toEqual([
        'inbound',
        'outbound',
      ]);
    });

    it('closes the loop with an outcome, and the conversation is resolved', async () => {
      const res = await send('patch', `/v1/conversations/${id}/offline-case`, office, {
        outcome: 'resolved',
        note: 'Called back, duplicate charge reversed',
      });
      expect(res.status).toBe(200);
      expect(res.body.offlineCase).toMatchObject({
        status: 'closed',
        outcome: 'resolved',
        closedBy: 'olivia',
      });
      expect(res.body.conversation.status).toBe('resolved');
      const twice = await send('patch', `/v1/conversations/${id}/offline-case`, office, {
        outcome: 'resolved',
      });
      expect(twice.status).toBe(404);
      expect(twice.body.error.code).toBe('OFFLINE_CASE_NOT_FOUND');
      expect(await kinds(id)).toEqual([
        'conversation.opened',
        'message.received',
        'offline.routed',
        'conversation.transitioned',
        'message.sent',
        'offline.acknowledged',
        'offline.case_closed',
        'conversation.transitioned',
      ]);
    });

    it('gives every case its own reference', async () => {
      const refs = new Set<string>();
      for (let i = 0; i < 5; i++) {
        const cid = (await seed.post({ text: 'hello', externalId: `r-${i}` })).conversationId;
        const res = await send('post', `/v1/conversations/${cid}/route-offline`, office, {
          method: 'dm',
          version: 1,
        });
        expect(res.status).toBe(200);
        refs.add(res.body.caseRef);
      }
      expect(refs.size).toBe(5);
    });
  });

  describe('complaint register', () => {
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      clock.set('2026-01-06T10:00:00.000Z');
      ids.complaint = (
        await seed.post({
          text: 'I want to file a complaint, this is the worst service',
          externalId: 'k-1',
        })
      ).conversationId;
      clock.set('2026-01-06T11:00:00.000Z');
      ids.legal = (
        await seed.post({
          text: 'If this is not fixed by Friday my lawyer will file a lawsuit',
          externalId: 'k-2',
        })
      ).conversationId;
      clock.set('2026-01-06T12:00:00.000Z');
      ids.regulator = (
        await seed.post({ text: 'I am reporting you to the CFPB today', externalId: 'k-3' })
      ).conversationId;
      ids.none = (
        await seed.post({ text: 'Thanks for the quick help yesterday!', externalId: 'k-4' })
      ).conversationId;
    });

    it('holds an entry for each complaint, legal threat and regulator mention, readable by compliance, legal and auditors', async () => {
      for (const token of [compliance, legal, auditor]) {
        const res = await get('/v1/complaints', token);
        expect(res.status).toBe(200);
        const byConversation = new Map(
          res.body.items.map((k: { conversationId: string }) => [k.conversationId, k]),
        );
        expect(byConversation.get(ids.complaint)).toMatchObject({
          kinds: expect.arrayContaining(['complaint']),
          detectedAt: '2026-01-06T10:00:00.000Z',
          acknowledgedAt: null,
          respondedAt: null,
          closedAt: null,
          status: 'open',
        });
        expect((byConversation.get(ids.legal) as { kinds: string[] }).kinds).toContain(
          'legal_threat',
        );
        expect((byConversation.get(ids.regulator) as { kinds: string[] }).kinds).toContain(
          'regulator_mention',
        );
        expect(byConversation.has(ids.none)).toBe(false);
      }
      const agent = await get('/v1/complaints', office);
      expect(agent.status).toBe(403);
    });

    it('filters, pages, and stamps acknowledgement, response and closing', async () => {
      const legalOnly = await get('/v1/complaints?kind=legal_threat', compliance);
      expect(legalOnly.body.items.map((k: { conversationId: string }) => k.conversationId)).toEqual(
        [ids.legal],
      );
      const window = await get(
        '/v1/complaints?from=2026-01-06T10:30:00.000Z&to=2026-01-06T11:30:00.000Z',
        compliance,
      );
      expect(window.body.items.map((k: { conversationId: string }) => k.conversationId)).toEqual([
        ids.legal,
      ]);
      const first = await get('/v1/complaints?limit=1', compliance);
      expect(first.body.items).toHaveLength(1);
      const second = await get(
        `/v1/complaints?limit=1&cursor=${first.body.nextCursor}`,
        compliance,
      );
      expect(second.body.items[0].id).not.toBe(first.body.items[0].id);

      clock.set('2026-01-06T13:00:00.000Z');
      const conversations = t.app.get(ConversationsService);
      const work = t.app.get(AuditedWork);
      await work.run({ id: 'olivia', roles: ['agent'] }, (ctx) =>
        conversations.recordOutbound(ctx, {
          conversationId: ids.complaint,
          visibility: 'public',
          text: 'We are sorry to hear this; we are looking into it.',
        }),
      );
      clock.set('2026-01-06T14:00:00.000Z');
      const c = (await get(`/v1/conversations/${ids.complaint}`, office)).body;
      const closed = await send('post', `/v1/conversations/${ids.complaint}/transitions`, office, {
        to: 'closed',
        reason: 'Complaint handled',
        version: c.version,
      });
      expect(closed.status).toBe(200);
      const res = await get('/v1/complaints?kind=complaint&state=closed', compliance);
      expect(res.body.items).toHaveLength(1);
      expect(res.body.items[0]).toMatchObject({
        conversationId: ids.complaint,
        acknowledgedAt: '2026-01-06T13:00:00.000Z',
        respondedAt: '2026-01-06T13:00:00.000Z',
        closedAt: '2026-01-06T14:00:00.000Z',
        status: 'closed',
      });
    });

    it('answers CSV with ?format=csv or Accept: text/csv', async () => {
      const viaQuery = await get('/v1/complaints?format=csv', compliance);
      const viaAccept = await get('/v1/complaints', auditor).set('accept', 'text/csv');
      for (const res of [viaQuery, viaAccept]) {
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toMatch(/^text\/csv/);
        const lines = res.text.trim().split('\r\n');
        expect(lines[0]).toBe(
          'id,conversationId,handleId,channel,kinds,status,priority,detectedAt,acknowledgedAt,respondedAt,closedAt,policyVersion,ruleIds',
        );
        expect(lines).toHaveLength(4);
        expect(res.text).toContain(ids.legal);
        expect(res.text).toContain('legal_threat');
      }
      const json = await get('/v1/complaints', compliance).set('accept', 'application/json');
      expect(json.headers['content-type']).toMatch(/json/);
      const paged = await get('/v1/complaints?format=csv&limit=1', compliance);
      expect(paged.headers['x-next-cursor']).toEqual(expect.any(String));
    });
  });
});
