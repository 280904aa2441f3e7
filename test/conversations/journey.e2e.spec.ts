import request from 'supertest';
import { Location, Role } from '../../src/platform/auth/access.enums';
import { FakeClock } from '../../src/platform/clock/clock';
import { startTestApp, type TestApp } from '../support/test-app';

/** From the intake route to a closed offline case, as the people involved see it. */
describe('inbox journey over HTTP', () => {
  let t: TestApp;
  let server: Parameters<typeof request>[0];
  const clock = new FakeClock('2026-01-05T15:00:00.000Z');
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'false' }, { clock });
    server = t.app.getHttpServer();
    tokens.crm = await t.token('crm', Role.Integration);
    tokens.office = await t.token('olivia', Role.Agent, Location.Office);
    tokens.remote = await t.token('remy', Role.Agent, Location.Remote);
    tokens.compliance = await t.token('carla', Role.ComplianceOfficer);
  });

  afterAll(() => t?.close());

  const call = (method: 'get' | 'post' | 'patch', path: string, token: string, body?: object) => {
    const r = request(server)[method](path).set('authorization', `Bearer ${token}`);
    return body ? r.send(body) : r;
  };

  const inbound = (externalId: string, text: string, threadId = 'member-42') =>
    call('post', '/v1/inbound', tokens.crm, {
      handle: 'crm',
      externalId,
      threadId,
      author: { id: '42', name: 'A member' },
      text,
      visibility: 'private',
    });

  it('takes a sensitive message from intake to a closed offline case', async () => {
    const first = await inbound('crm-1', 'Hi, I need help with a payment');
    expect(first.status).toBe(202);
    const second = await inbound(
      'crm-2',
      'My account number is 00123456789 and the transfer to it never arrived',
    );
    expect(second.status).toBe(202);
    expect(second.body.conversationId).toBe(first.body.conversationId);
    const id = first.body.conversationId as string;

    const replay = await inbound(
      'crm-2',
      'My account number is 00123456789 and the transfer to it never arrived',
    );
    expect(replay.body).toMatchObject({ duplicate: true, messageId: second.body.messageId });

    // The office sees it, masked; a remote agent does not see it at all.
    const list = await call('get', '/v1/conversations?handle=crm', tokens.office);
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([id]);
    expect(list.body.items[0]).toMatchObject({ sensitive: true, status: 'open', version: 2 });
    const remoteList = await call('get', '/v1/conversations?handle=crm', tokens.remote);
    expect(remoteList.body.items).toEqual([]);
    expect((await call('get', `/v1/conversations/${id}`, tokens.remote)).status).toBe(404);
    const detail = await call('get', `/v1/conversations/${id}`, tokens.office);
    expect(detail.body.messages).toHaveLength(2);
    expect(JSON.stringify(detail.body)).not.toContain('00123456789');

    // Compliance may read the original, with a reason.
    const original = await call(
      'post',
      `/v1/conversations/${id}/messages/${second.body.messageId}/original`,
      tokens.compliance,
      { reason: 'Tracing the missing transfer' },
    );
    expect(original.status).toBe(200);
    expect(original.body.original).toContain('00123456789');

    // The office agent takes it, routes it offline and closes the case.
    const taken = await call('post', `/v1/conversations/${id}/assign`, tokens.office, {
      version: 2,
    });
    expect(taken.body).toMatchObject({ assigneeId: 'olivia', version: 3 });
    const routed = await call('post', `/v1/conversations/${id}/route-offline`, tokens.office, {
      method: 'secure_message',
      version: 3,
    });
    expect(routed.status).toBe(200);
    expect(routed.body.conversation.status).toBe('routed_offline');
    const closed = await call('patch', `/v1/conversations/${id}/offline-case`, tokens.office, {
      outcome: 'resolved',
      note: 'Transfer traced and credited',
    });
    expect(closed.status).toBe(200);
    expect(closed.body.conversation.status).toBe('resolved');

    // A new message from the member reopens it.
    clock.set('2026-01-05T16:00:00.000Z');
    await inbound('crm-3', 'Thank you, all good now');
    const reopened = await call('get', `/v1/conversations/${id}`, tokens.office);
    expect(reopened.body.status).toBe('open');
  });
});
