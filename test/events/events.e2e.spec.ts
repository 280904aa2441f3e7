import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { Client } from 'pg';
import { EventsListener } from '../../src/modules/events/events.listener';
import { createHttpApp } from '../../src/http';
import { Location, Role } from '../../src/platform/auth/access.enums';
import { loadSettings } from '../../src/platform/config/settings';
import { FakeClock } from '../../src/platform/clock/clock';
import { Seeder } from '../conversations/seed';
import { approvedTemplate, as, conversationVersion } from '../replies/support';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app';
import { EventStream, listen } from './event-stream';

/** Live updates over GET /v1/events, fed by LISTEN/NOTIFY, on one database and two replicas. */
describe('live events', () => {
  const clock = new FakeClock('2026-01-05T09:00:00.000Z');
  let t: TestApp;
  let base: string;
  let replica: NestFastifyApplication;
  let replicaBase: string;
  let replicaDir: string;
  const streams: EventStream[] = [];
  const tokens: Record<string, string> = {};
  let post = 0;

  const open = async (baseUrl: string, token: string) => {
    const s = await EventStream.open(baseUrl, token);
    streams.push(s);
    expect(s.response.status).toBe(200);
    expect(s.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    return s;
  };

  const inbound = (text: string, threadId = `member-${++post}`) =>
    request(t.app.getHttpServer())
      .post('/v1/inbound')
      .set(as(tokens.crm))
      .send({
        handle: 'crm',
        externalId: `crm-${post}-${Date.now()}`,
        threadId,
        author: { id: `m${post}`, name: 'A member' },
        text,
        visibility: 'private',
      })
      .expect(202);

  beforeAll(async () => {
    // Short idle time-outs: a quiet stream must outlive them.
    t = await startTestApp(
      { WORKERS: 'false', HTTP_CONNECTION_TIMEOUT_MS: '1500', HTTP_REQUEST_TIMEOUT_MS: '1500' },
      { clock },
    );
    base = await listen(t.app);
    // A second replica of the service on the same database.
    replicaDir = mkdtempSync(join(tmpdir(), 'countersign-replica-'));
    replica = await createHttpApp(
      loadSettings({
        NODE_ENV: 'test',
        DATABASE_URL: t.db.url,
        DATA_DIR: replicaDir,
        JWT_SECRET: TEST_JWT_SECRET,
        LOG_LEVEL: 'silent',
        WORKERS: 'false',
      }),
      undefined,
      { clock },
    );
    replicaBase = await listen(replica);
    tokens.crm = await t.token('crm', Role.Integration);
    tokens.office = await t.token('olivia', Role.Agent, Location.Office);
    tokens.remote = await t.token('remy', Role.Agent, Location.Remote);
    tokens.auditor = await t.token('audrey', Role.Auditor);
    tokens.compliance = await t.token('carla', Role.ComplianceOfficer);
  });

  afterAll(async () => {
    for (const s of streams) s.close();
    await replica?.close();
    rmSync(replicaDir, { recursive: true, force: true });
    await t?.close();
  });

  it('tells an agent of a new conversation and its message, with ids only', async () => {
    const s = await open(base, tokens.office);
    const text = 'Hi, I need help with a payment to my landlord';
    const r = await inbound(text);
    const id = r.body.conversationId as string;
    const created = await s.next(
      (e) => e.type === 'conversation.created' && e.conversationId === id,
    );
    const received = await s.next((e) => e.type === 'message.received' && e.conversationId === id);
    for (const e of [created, received]) {
      expect(Object.keys(e).sort()).toEqual(['at', 'conversationId', 'type']);
      expect(new Date(e.at).toISOString()).toBe(e.at);
    }
    expect(s.raw).not.toContain('landlord');
    expect(s.raw).toMatch(/^retry: \d+\n/);
  });

  it('tells of a reply draft as it is created', async () => {
    const versionId = await approvedTemplate(t, {
      key: 'sorry-branch',
      intents: ['complaint'],
      purpose: 'answer',
      variables: [{ name: 'agent', type: 'agent_name' }],
      variants: {
        x: 'Sorry about that, we will pass it on. ^{{agent}}',
        dm: 'Sorry about that, we will pass it on. {{agent}}',
      },
    });
    const { conversationId } = await new Seeder(t).post({
      text: 'Your branch was closed again today, terrible.',
      externalId: '1900000000000077001',
      authorId: '77001',
    });
    const s = await open(base, tokens.office);
    const draft = await request(t.app.getHttpServer())
      .post(`/v1/conversations/${conversationId}/replies`)
      .set(as(tokens.office))
      .send({
        templateVersionId: versionId,
        variables: {},
        version: await conversationVersion(t, conversationId),
      })
      .expect(201);
    const e = await s.next((x) => x.type === 'reply.updated' && x.replyId === draft.body.id);
    expect(e).toEqual({
      type: 'reply.updated',
      conversationId,
      replyId: draft.body.id,
      at: expect.any(String),
    });
  });

  it('carries an event caused through one replica to a stream on the other', async () => {
    const onReplica = await open(replicaBase, tokens.office);
    const r = await inbound('Is the mobile app down for everyone this morning?');
    const id = r.body.conversationId as string;
    await onReplica.next((e) => e.type === 'message.received' && e.conversationId === id);

    // …and the other way round: crisis mode turned on through the replica.
    const onFirst = await open(base, tokens.auditor);
    await request(replica.getHttpServer())
      .post('/v1/crisis')
      .set(as(tokens.compliance))
      .send({ reason: 'Card processing outage confirmed by operations' })
      .expect(200);
    await onFirst.next((e) => e.type === 'crisis.updated');
    expect(onFirst.events.every((e) => e.type === 'crisis.updated')).toBe(true);
    await request(replica.getHttpServer())
      .delete('/v1/crisis')
      .set(as(tokens.compliance))
      .send({ reason: 'Outage resolved' })
      .expect(200);
  });

  it('never tells a remote agent of an account-specific conversation', async () => {
    const remote = await open(base, tokens.remote);
    const office = await open(replicaBase, tokens.office);
    const secret = await inbound('My account number is 00123456789 and the transfer never arrived');
    const secretId = secret.body.conversationId as string;
    await office.next((e) => e.type === 'message.received' && e.conversationId === secretId);

    // A later general post reaches the remote agent: events arrive in commit order, so an
    // event about the account-specific conversation would have come before it.
    const general = await inbound('What time does the Elm Street branch open on Saturdays?');
    const generalId = general.body.conversationId as string;
    await remote.next((e) => e.type === 'message.received' && e.conversationId === generalId);
    expect(remote.events.map((e) => e.conversationId)).not.toContain(secretId);

    // The office agent may read it; the remote agent may not even find it.
    const row = await request(t.app.getHttpServer())
      .get(`/v1/conversations/${secretId}`)
      .set(as(tokens.office))
      .expect(200);
    expect(row.body.accountSpecific).toBe(true);
    await request(t.app.getHttpServer())
      .get(`/v1/conversations/${secretId}`)
      .set(as(tokens.remote))
      .expect(404);
  });

  it('keeps a quiet stream open past the server’s idle time-outs', async () => {
    const s = await open(base, tokens.office);
    await new Promise((r) => setTimeout(r, 4000));
    expect(s.ended).toBe(false);
    const r = await inbound('Are the branches open on the public holiday?');
    const id = r.body.conversationId as string;
    await s.next((e) => e.type === 'message.received' && e.conversationId === id);
  });

  it('reopens a lost listening connection, and ends the streams that may have missed events', async () => {
    const listener = t.app.get(EventsListener);
    expect(listener.isListening).toBe(true);
    const before = await open(base, tokens.office);
    // Cut the listener's socket, as a network failure or a database restart would.
    const client = (
      listener as unknown as { current: Client & { connection: { stream: { destroy(): void } } } }
    ).current;
    client.connection.stream.destroy();
    await before.untilEnded(15_000);
    expect(listener.isListening).toBe(true);

    const after = await open(base, tokens.office);
    const r = await inbound('Do you have a branch open late on Thursdays?');
    const id = r.body.conversationId as string;
    await after.next((e) => e.type === 'message.received' && e.conversationId === id);
  });

  it('answers 401 in the one error shape without a token, and 403 to a role without the grant', async () => {
    const none = await fetch(`${base}/v1/events`);
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({
      error: { code: 'UNAUTHENTICATED', message: expect.any(String) },
      requestId: expect.any(String),
    });
    const machine = await fetch(`${base}/v1/events`, {
      headers: { authorization: `Bearer ${tokens.crm}` },
    });
    expect(machine.status).toBe(403);
    expect(await machine.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('documents the stream in the OpenAPI document', async () => {
    const doc = await request(t.app.getHttpServer()).get('/docs/openapi.json').expect(200);
    const op = doc.body.paths['/v1/events'].get;
    expect(Object.keys(op.responses['200'].content)).toEqual(['text/event-stream']);
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['401', '403']));
    expect(doc.body.components.schemas.LiveEventDto).toBeDefined();
  });

  it('ends its streams when the service closes', async () => {
    const s = await open(replicaBase, tokens.office);
    await replica.close();
    await s.untilEnded();
  });
});
