import request from 'supertest';
import { Role } from '../../src/platform/auth/access.enums';
import { xSignature } from '../../src/modules/channels/core';
import {
  fixture,
  SECRETS,
  signMeta,
  signX,
  startChannelApp,
  type ChannelTestApp,
} from './channel-support';

describe('webhooks and POST /v1/inbound (HTTP, PostgreSQL)', () => {
  let t: ChannelTestApp;
  let server: ReturnType<ChannelTestApp['app']['getHttpServer']>;

  const postMeta = (body: string, signature: string | null = signMeta(body)) => {
    const r = request(server).post('/v1/webhooks/meta').set('content-type', 'application/json');
    if (signature !== null) r.set('x-hub-signature-256', signature);
    return r.send(body);
  };
  const postX = (body: string, signature: string | null = signX(body)) => {
    const r = request(server).post('/v1/webhooks/x').set('content-type', 'application/json');
    if (signature !== null) r.set('x-twitter-webhooks-signature', signature);
    return r.send(body);
  };

  async function messages(): Promise<
    Array<{
      handle_id: string;
      external_id: string;
      text: string;
      visibility: string;
      subject_id: string;
      thread_key: string;
      sealed: boolean;
    }>
  > {
    return t.admin(async (c) => {
      const { rows } = await c.query(
        `SELECT m.handle_id, m.external_id, m.text, m.visibility, m.subject_id,
                c.thread_key, m.sealed_original IS NOT NULL AS sealed
           FROM message m JOIN conversation c ON c.id = m.conversation_id
          ORDER BY m.recorded_at, m.id`,
      );
      return rows;
    });
  }
  async function count(externalId: string): Promise<number> {
    return t.admin(async (c) => {
      const { rows } = await c.query<{ n: string }>(
        'SELECT count(*) AS n FROM message WHERE external_id = $1',
        [externalId],
      );
      return Number(rows[0].n);
    });
  }
  async function archived(kind: string): Promise<Array<{ clear: Record<string, unknown> }>> {
    return t.admin(async (c) => {
      const { rows } = await c.query<{ canonical: Buffer }>(
        `SELECT canonical FROM archive_entry WHERE kind = $1 ORDER BY id`,
        [kind],
      );
      return rows.map(
        (r) => JSON.parse(r.canonical.toString('utf8')) as { clear: Record<string, unknown> },
      );
    });
  }

  beforeAll(async () => {
    t = await startChannelApp();
    server = t.app.getHttpServer();
  });
  afterAll(async () => {
    await t.close();
  });

  describe('Meta', () => {
    it('answers the verification handshake only with the configured token', async () => {
      const ok = await request(server).get('/v1/webhooks/meta').query({
        'hub.mode': 'subscribe',
        'hub.verify_token': SECRETS.META_VERIFY_TOKEN,
        'hub.challenge': '1158201444',
      });
      expect(ok.status).toBe(200);
      expect(ok.text).toBe('1158201444');

      for (const q of [
        { 'hub.mode': 'subscribe', 'hub.verify_token': 'wrong-token', 'hub.challenge': '1' },
        {
          'hub.mode': 'unsubscribe',
          'hub.verify_token': SECRETS.META_VERIFY_TOKEN,
          'hub.challenge': '1',
        },
        { 'hub.challenge': '1' },
      ]) {
        const bad = await request(server).get('/v1/webhooks/meta').query(q);
        expect(bad.status).toBe(403);
        expect(bad.body.error.code).toBe('WEBHOOK_VERIFICATION_FAILED');
        expect(JSON.stringify(bad.body)).not.toContain(SECRETS.META_VERIFY_TOKEN);
      }
    });

    it('stores a page feed comment and its reply in one thread', async () => {
      const comment = await postMeta(fixture('meta-feed-comment.json'));
      expect(comment.status).toBe(200);
      expect(comment.body).toEqual({ received: 1, duplicates: 0, ignored: 0, malformed: 0 });
      const reply = await postMeta(fixture('meta-feed-reply.json'));
      expect(reply.status).toBe(200);

      const rows = (await messages()).filter((m) => m.handle_id === 'fb-page');
      expect(rows.map((m) => m.external_id)).toEqual([
        '912384756012345_1203948576112233',
        '912384756012345_1203948576119999',
      ]);
      expect(rows.every((m) => m.thread_key === '104738291045563_912384756012345')).toBe(true);
      expect(rows[0]).toMatchObject({
        visibility: 'public',
        subject_id: 'facebook:7145902318846201',
      });
      // Card truncated, CVV removed before storage; nothing sealable was left.
      expect(rows[1].text).toContain('•••• 6467');
      expect(rows[1].text).not.toMatch(/4539/);
      expect(rows[1].text).not.toMatch(/CVV is 123/);
      expect(rows[1].sealed).toBe(false);
      const [stored] = await t.admin(async (c) => {
        const { rows: r } = await c.query<{ redactions: Array<Record<string, unknown>> }>(
          'SELECT redactions FROM message WHERE external_id = $1',
          ['912384756012345_1203948576119999'],
        );
        return r;
      });
      expect(stored.redactions.map((x) => [x.type, x.action])).toEqual([
        ['CARD_NUMBER', 'truncated'],
        ['CREDENTIAL', 'removed'],
      ]);
      for (const x of stored.redactions) {
        expect(x).toMatchObject({
          detector: expect.any(String),
          start: expect.any(Number),
          end: expect.any(Number),
          maskedStart: expect.any(Number),
          maskedEnd: expect.any(Number),
          policyVersion: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
        });
      }
    });

    it('stores a Messenger message as private, in the partner thread, with its original sealed', async () => {
      const r = await postMeta(fixture('messenger-message.json'));
      expect(r.status).toBe(200);
      const [m] = (await messages()).filter((x) => x.subject_id === 'facebook:6283019475562210');
      expect(m).toMatchObject({
        visibility: 'private',
        thread_key: '6283019475562210',
        sealed: true,
      });
      expect(m.text).not.toContain('123-45-6789');
    });

    it('screens a long message too (classified off the event loop)', async () => {
      const long = 'so the thing is '.repeat(6000) + 'my card 4539 1488 0343 6467 cvv 321';
      const body = fixture('messenger-message.json')
        .replace('m_AG5Hz2Uq7s4xY1jS9dXbQe3pLkWnRv0tCfG8hJ2mN4oP6rT8uV0wXyZ1aB3cD5eF', 'm_long_1')
        .replace(/"text": "[^"]*"/, `"text": ${JSON.stringify(long)}`);
      expect((await postMeta(body)).status).toBe(200);
      const [m] = (await messages()).filter((x) => x.external_id === 'm_long_1');
      expect(m.text.length).toBeGreaterThan(90_000);
      expect(m.text.endsWith('my card •••• 6467 cvv [removed]')).toBe(true);
    });

    it('stores Instagram comments and messages on the Instagram handle', async () => {
      expect((await postMeta(fixture('instagram-comment.json'))).status).toBe(200);
      expect((await postMeta(fixture('instagram-message.json'))).status).toBe(200);
      const ig = (await messages()).filter((m) => m.handle_id === 'ig-main');
      expect(ig.map((m) => [m.visibility, m.subject_id, m.thread_key])).toEqual([
        ['public', 'instagram:17849204851203344', '18034521987654321'],
        ['private', 'instagram:1190384756201938', '1190384756201938'],
      ]);
    });

    it('refuses a forged, re-signed or missing signature with 401 and stores nothing', async () => {
      const body = fixture('meta-feed-comment.json').replace(
        '1203948576112233',
        '1203948576110000',
      );
      const before = (await messages()).length;
      const forged = await postMeta(body, signMeta(body, 'not-the-app-secret-0123456789'));
      expect(forged.status).toBe(401);
      expect(forged.body.error.code).toBe('WEBHOOK_SIGNATURE_INVALID');
      const tampered = await postMeta(body, signMeta(fixture('meta-feed-comment.json')));
      expect(tampered.status).toBe(401);
      const missing = await postMeta(body, null);
      expect(missing.status).toBe(401);
      const truncated = await postMeta(body, signMeta(body).slice(0, 40));
      expect(truncated.status).toBe(401);
      expect((await messages()).length).toBe(before);
    });

    it('answers 404 in the error shape for a page no handle has', async () => {
      const body = fixture('meta-feed-comment.json').replaceAll(
        '104738291045563',
        '999999999999999',
      );
      const r = await postMeta(body);
      expect(r.status).toBe(404);
      expect(r.body).toMatchObject({ error: { code: 'UNKNOWN_HANDLE' } });
      expect(typeof r.body.requestId).toBe('string');
    });

    it('answers 400 for a signed body that is not JSON or not a delivery, storing nothing', async () => {
      const before = (await messages()).length;
      for (const body of ['{"object": "page", "entry": [', '[]', '"page"', '{"object":"page"}']) {
        const r = await postMeta(body);
        expect(r.status).toBe(400);
        expect(r.body.error.code).toMatch(/^(MALFORMED_JSON|WEBHOOK_PAYLOAD_INVALID)$/);
      }
      expect((await messages()).length).toBe(before);
    });

    it('keeps the readable items of a batch with a malformed one, and notes the rest', async () => {
      const r = await postMeta(fixture('meta-batch-partly-malformed.json'));
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ received: 1, duplicates: 0, ignored: 1, malformed: 1 });
      expect(await count('912384756099999_1203948576200001')).toBe(1);
      const notes = await archived('webhook.malformed');
      expect(
        notes.some((n) => n.clear.eventType === 'feed' && n.clear.reason === 'from.id is missing'),
      ).toBe(true);
    });
  });

  describe('X', () => {
    it('answers the CRC check with the HMAC of the token', async () => {
      const r = await request(server).get('/v1/webhooks/x').query({ crc_token: 'Y2hhbGxlbmdl' });
      expect(r.status).toBe(200);
      expect(r.body).toEqual({
        response_token: xSignature(SECRETS.X_CONSUMER_SECRET, 'Y2hhbGxlbmdl'),
      });
      expect(r.body.response_token).toMatch(/^sha256=[A-Za-z0-9+/]+=*$/);
    });

    it('stores a mention and a reply in one thread, and a direct message privately', async () => {
      expect((await postX(fixture('x-tweet-create.json'))).status).toBe(200);
      expect((await postX(fixture('x-tweet-reply.json'))).status).toBe(200);
      expect((await postX(fixture('x-direct-message.json'))).status).toBe(200);
      const x = (await messages()).filter((m) => m.handle_id === 'x-help');
      expect(x.map((m) => [m.external_id, m.visibility, m.thread_key, m.subject_id])).toEqual([
        ['2008201734556160001', 'public', '2008201734556160001', 'x:783214'],
        ['2008204250887475202', 'public', '2008201734556160001', 'x:783214'],
        ['1954491830116155396', 'private', '783214', 'x:783214'],
      ]);
      expect(x[2].text).toContain('•••• 9903');
      expect(x[2].text).not.toMatch(/5425/);
    });

    it("a customer's reply to the brand's reply joins the thread of the first post", async () => {
      const user = { id_str: '55001', name: 'Ola K', screen_name: 'ola_k' };
      const brand = {
        id_str: '1482736150927364096',
        name: 'Harborline Help',
        screen_name: 'HarborlineHelp',
      };
      const tweet = (id: string, author: object, text: string, inReplyTo: string | null) =>
        JSON.stringify({
          for_user_id: '1482736150927364096',
          tweet_create_events: [
            {
              created_at: 'Mon Jan 05 16:00:00 +0000 2026',
              id_str: id,
              text,
              in_reply_to_status_id_str: inReplyTo,
              user: author,
              timestamp_ms: '1767628800000',
            },
          ],
        });
      expect(
        (await postX(tweet('2008300000000000001', user, '@HarborlineHelp is the app down?', null)))
          .status,
      ).toBe(200);
      // The brand's own reply is not a customer message (202), but it threads what answers it.
      const own = await postX(
        tweet(
          '2008300000000000002',
          brand,
          '@ola_k Not that we know of, can you DM us?',
          '2008300000000000001',
        ),
      );
      expect(own.status).toBe(202);
      expect(own.body).toEqual({ received: 0, duplicates: 0, ignored: 1, malformed: 0 });
      expect(
        (
          await postX(
            tweet(
              '2008300000000000003',
              user,
              '@HarborlineHelp still down for me',
              '2008300000000000002',
            ),
          )
        ).status,
      ).toBe(200);
      const rows = (await messages()).filter((m) => m.subject_id === 'x:55001');
      expect(rows.map((m) => [m.external_id, m.thread_key])).toEqual([
        ['2008300000000000001', '2008300000000000001'],
        ['2008300000000000003', '2008300000000000001'],
      ]);
      const conversations = await t.admin(async (c) => {
        const { rows: r } = await c.query<{ n: string }>(
          `SELECT count(DISTINCT conversation_id) AS n FROM message WHERE subject_id = 'x:55001'`,
        );
        return Number(r[0].n);
      });
      expect(conversations).toBe(1);
    });

    it('refuses forged signatures with 401', async () => {
      const body = fixture('x-tweet-create.json').replaceAll(
        '2008201734556160001',
        '2008201734556169999',
      );
      expect((await postX(body, signX(body, 'wrong-consumer-secret-0123456789'))).status).toBe(401);
      expect((await postX(body, null)).status).toBe(401);
      expect((await postX(body, signMeta(body, SECRETS.X_CONSUMER_SECRET))).status).toBe(401);
      expect(await count('2008201734556169999')).toBe(0);
    });

    it('answers 202 for an event it does not handle and archives a webhook.ignored note', async () => {
      const before = (await archived('webhook.ignored')).length;
      const r = await postX(fixture('x-favorite.json'));
      expect(r.status).toBe(202);
      expect(r.body).toEqual({ received: 0, duplicates: 0, ignored: 1, malformed: 0 });
      const notes = await archived('webhook.ignored');
      expect(notes.length).toBe(before + 1);
      expect(notes[notes.length - 1].clear).toMatchObject({
        source: 'x',
        eventType: 'favorite_events',
        accountId: '1482736150927364096',
      });
    });

    it('answers 404 for an account no handle has, and 400 for a body that is no delivery', async () => {
      const unknown = fixture('x-tweet-create.json').replace(
        '"for_user_id": "1482736150927364096"',
        '"for_user_id": "42"',
      );
      expect((await postX(unknown)).status).toBe(404);
      const bad = JSON.stringify({ hello: 'world' });
      const r = await postX(bad);
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('WEBHOOK_PAYLOAD_INVALID');
    });
  });

  describe('duplicates', () => {
    it('a delivery seen before answers 200 and leaves exactly one message', async () => {
      const body = fixture('x-tweet-create.json');
      const again = await postX(body);
      expect(again.status).toBe(200);
      expect(again.body).toEqual({ received: 0, duplicates: 1, ignored: 0, malformed: 0 });
      expect(await count('2008201734556160001')).toBe(1);
    });

    it('20 concurrent identical deliveries make one message and one message.received entry', async () => {
      const body = fixture('meta-feed-comment.json')
        .replaceAll('1203948576112233', '1203948576177777')
        .replaceAll('912384756012345', '912384756077777');
      const results = await Promise.all(Array.from({ length: 20 }, () => postMeta(body)));
      expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
      expect(results.filter((r) => r.body.received === 1)).toHaveLength(1);
      expect(results.filter((r) => r.body.duplicates === 1)).toHaveLength(19);
      expect(await count('912384756077777_1203948576177777')).toBe(1);
      const received = await t.admin(async (c) => {
        const { rows } = await c.query<{ n: string }>(
          `SELECT count(*) AS n FROM message m
             JOIN archive_entry a ON a.kind = 'message.received' AND a.refs->>'message' = m.id::text
            WHERE m.external_id = $1`,
          ['912384756077777_1203948576177777'],
        );
        return Number(rows[0].n);
      });
      expect(received).toBe(1);
    });
  });

  describe('POST /v1/inbound', () => {
    const body = {
      handle: 'crm',
      externalId: 'crm-msg-0001',
      author: { id: '42', name: 'Jane Doe' },
      text: 'My checking account 000123456789 shows a fee I did not expect. Call me at 1-800-555-0142?',
      visibility: 'private',
      occurredAt: '2026-01-05T14:03:00Z',
    };

    it('accepts a message from an integration, once', async () => {
      const token = await t.token('crm', Role.Integration);
      const first = await request(server)
        .post('/v1/inbound')
        .set('authorization', `Bearer ${token}`)
        .send(body);
      expect(first.status).toBe(202);
      expect(first.body).toEqual({
        messageId: expect.any(String),
        conversationId: expect.any(String),
        duplicate: false,
      });
      const again = await request(server)
        .post('/v1/inbound')
        .set('authorization', `Bearer ${token}`)
        .send(body);
      expect(again.status).toBe(202);
      expect(again.body).toEqual({ ...first.body, duplicate: true });
      const [m] = (await messages()).filter((x) => x.external_id === 'crm-msg-0001');
      expect(m).toMatchObject({ subject_id: 'generic:crm:42', thread_key: '42', sealed: true });
      expect(m.text).not.toContain('000123456789');
      // The brand's own published number is not a finding.
      expect(m.text).toContain('1-800-555-0142');
    });

    it("keeps the handle's own published number and masks the customer's", async () => {
      const token = await t.token('crm', Role.Integration);
      const r = await request(server)
        .post('/v1/inbound')
        .set('authorization', `Bearer ${token}`)
        .send({
          ...body,
          externalId: 'crm-msg-phones',
          text: 'I called your line 617-555-0188 twice, please call me back at 617-555-0123',
        });
      expect(r.status).toBe(202);
      const [m] = (await messages()).filter((x) => x.external_id === 'crm-msg-phones');
      expect(m.text).toContain('617-555-0188');
      expect(m.text).not.toContain('617-555-0123');
      expect(m.text).toContain('0123');
    });

    it('is refused to other roles, for unknown or webhook-only handles, and for bad bodies', async () => {
      const agent = await t.token('ann', Role.Agent);
      const integration = await t.token('crm', Role.Integration);
      const send = (token: string, b: object) =>
        request(server).post('/v1/inbound').set('authorization', `Bearer ${token}`).send(b);
      expect((await send(agent, { ...body, externalId: 'crm-msg-0002' })).status).toBe(403);
      expect((await request(server).post('/v1/inbound').send(body)).status).toBe(401);
      const unknown = await send(integration, {
        ...body,
        handle: 'nope',
        externalId: 'crm-msg-0003',
      });
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.code).toBe('UNKNOWN_HANDLE');
      expect(
        (await send(integration, { ...body, handle: 'x-help', externalId: 'crm-msg-0004' })).status,
      ).toBe(404);
      const invalid = await send(integration, {
        ...body,
        visibility: 'secret',
        externalId: 'crm-msg-0005',
      });
      expect(invalid.status).toBe(400);
      expect(JSON.stringify(invalid.body)).not.toContain('000123456789');
      expect(
        (await send(integration, { ...body, extra: 1, externalId: 'crm-msg-0006' })).status,
      ).toBe(400);
      const longAuthor = await send(integration, {
        ...body,
        author: { id: 'a'.repeat(81) },
        externalId: 'crm-msg-0007',
      });
      expect(longAuthor.status).toBe(400);
    });
  });

  it('documents POST /v1/inbound in OpenAPI with examples', async () => {
    const doc = await request(server).get('/docs/openapi.json');
    expect(doc.status).toBe(200);
    const op = doc.body.paths['/v1/inbound'].post;
    expect(Object.keys(op.requestBody.content['application/json'].examples)).toEqual([
      'crm',
      'sensitive',
    ]);
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['202', '401', '403', '404']));
    expect(doc.body.paths['/v1/webhooks/meta'].post.responses['401']).toBeDefined();
  });

  describe('GET /v1/channels', () => {
    it('lists the handles for admins, compliance and auditors, without contact points or secrets', async () => {
      for (const role of [Role.Admin, Role.ComplianceOfficer, Role.Auditor]) {
        const r = await request(server)
          .get('/v1/channels')
          .set('authorization', `Bearer ${await t.token('u', role)}`);
        expect(r.status).toBe(200);
        expect(r.body.handles).toContainEqual({
          id: 'x-help',
          platform: 'x',
          accountId: '1482736150927364096',
          handle: '@HarborlineHelp',
          purpose: 'service',
          channel: 'x',
        });
        const platforms = new Set(
          (r.body.handles as Array<{ platform: string; purpose: string }>)
            .filter((h) => h.purpose === 'service')
            .map((h) => h.platform),
        );
        expect([...platforms].sort()).toEqual(['facebook', 'generic', 'instagram', 'x']);
        const text = JSON.stringify(r.body);
        for (const s of Object.values(SECRETS)) expect(text).not.toContain(s);
      }
      const agent = await request(server)
        .get('/v1/channels')
        .set('authorization', `Bearer ${await t.token('ann', Role.Agent)}`);
      expect(agent.status).toBe(403);
    });
  });

  it('never logs a webhook secret', () => {
    const logs = t.logs();
    expect(logs.length).toBeGreaterThan(0);
    for (const s of Object.values(SECRETS)) expect(logs).not.toContain(s);
    expect(logs).toContain('meta webhook refused: signature missing or invalid');
    expect(logs).toContain('x webhook refused: signature missing or invalid');
    expect(logs).not.toContain('card declined');
  });
});
