import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { ArchiveService } from '../../src/modules/archive';
import { Role } from '../../src/platform/auth/access.enums';
import {
  digitsJoined,
  dumpDatabase,
  fixture,
  SECRETS,
  signMeta,
  signX,
  startChannelApp,
  type ChannelTestApp,
} from './channel-support';

const PAGE = '104738291045563';
const IG = '17841405793187218';
const X_ACCOUNT = '1482736150927364096';

/** A page feed comment in Graph API webhook form. */
function feed(comment: string, value: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    object: 'page',
    entry: [
      {
        id: PAGE,
        time: 1767621600,
        changes: [
          {
            field: 'feed',
            value: {
              from: { id: '7145902318846299', name: 'Sam Ortiz' },
              message: 'Is the branch on Elm Street open on Saturday?',
              post_id: `${PAGE}_${comment}`,
              comment_id: `${comment}_1`,
              created_time: 1767621590,
              item: 'comment',
              parent_id: `${PAGE}_${comment}`,
              verb: 'add',
              ...value,
            },
          },
        ],
      },
    ],
  };
}

describe('intake against hostile and careless clients (HTTP, PostgreSQL)', () => {
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
  const inbound = async (body: object, role: Role = Role.Integration) =>
    request(server)
      .post('/v1/inbound')
      .set('authorization', `Bearer ${await t.token('crm', role)}`)
      .send(body);

  async function rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return t.admin(async (c) => (await c.query(sql, params)).rows as T[]);
  }
  const count = async (externalId: string) =>
    Number(
      (
        await rows<{ n: string }>('SELECT count(*) AS n FROM message WHERE external_id = $1', [
          externalId,
        ])
      )[0].n,
    );
  const notes = async (kind: string) =>
    (
      await rows<{ canonical: Buffer }>(
        'SELECT canonical FROM archive_entry WHERE kind = $1 ORDER BY id',
        [kind],
      )
    ).map((r) => JSON.parse(r.canonical.toString('utf8')) as { clear: Record<string, string> });

  beforeAll(async () => {
    t = await startChannelApp();
    server = t.app.getHttpServer();
  });
  afterAll(async () => {
    await t.close();
  });

  it('the signed delivery shown in docs/intake.md is stored', async () => {
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'intake.md'), 'utf8');
    const body = /^body='(.*)'$/m.exec(doc)?.[1];
    expect(body).toBeDefined();
    const r = await postMeta(body as string);
    expect(r.status).toBe(200);
    expect(r.body.received).toBe(1);
  });

  describe('signatures', () => {
    it('accepts the hex digest in upper case (the same bytes) and a signed body with extra fields', async () => {
      const body = JSON.stringify({ ...feed('800000000000001'), unknown: { nested: [1, 2] } });
      const sig = signMeta(body);
      const upper = 'sha256=' + sig.slice('sha256='.length).toUpperCase();
      const r = await postMeta(body, upper);
      expect(r.status).toBe(200);
      expect(await count('800000000000001_1')).toBe(1);
    });

    it('refuses a wrong prefix, a wrong length, a non-hex digest and a re-serialised body', async () => {
      const body = JSON.stringify(feed('800000000000002'));
      const hex = signMeta(body).slice('sha256='.length);
      for (const header of [
        `sha1=${hex}`,
        `SHA256=${hex}`,
        `sha256 ${hex}`,
        hex,
        `sha256=${hex}0`,
        `sha256=${hex.slice(0, 63)}`,
        `sha256=${hex.slice(0, 62)}zz`,
        `sha256=${Buffer.from(hex, 'hex').toString('base64')}`,
        `sha256=${hex},sha256=${hex}`,
        'sha256=',
        '',
      ]) {
        const r = await postMeta(body, header);
        expect([header, r.status]).toEqual([header, 401]);
        expect(r.body.error.code).toBe('WEBHOOK_SIGNATURE_INVALID');
      }
      // The same JSON with other whitespace is other bytes: the signature does not hold.
      const pretty = JSON.stringify(JSON.parse(body), null, 2);
      expect((await postMeta(pretty, signMeta(body))).status).toBe(401);
      const xBody = fixture('x-tweet-create.json').replaceAll(
        '2008201734556160001',
        '2008201734556160777',
      );
      const xPretty = JSON.stringify(JSON.parse(xBody));
      expect((await postX(xPretty, signX(xBody))).status).toBe(401);
      const xSig = signX(xBody).slice('sha256='.length);
      for (const header of [`sha256=${xSig.replace(/=+$/, '')}`, `sha1=${xSig}`, xSig]) {
        expect((await postX(xBody, header)).status).toBe(401);
      }
      expect(await count('800000000000002_1')).toBe(0);
      expect(await count('2008201734556160777')).toBe(0);
    });

    it('refuses an unsigned non-JSON body without reading it', async () => {
      const r = await postMeta('this is not json', null);
      expect([401, 400]).toContain(r.status);
      expect(r.body.error).toBeDefined();
    });
  });

  describe('events that are not customer posts', () => {
    it('answers 202 and notes feed edits and removals, without a message', async () => {
      for (const verb of ['edited', 'remove', 'hide']) {
        const body = JSON.stringify(feed('800000000000010', { verb }));
        const r = await postMeta(body);
        expect([verb, r.status, r.body]).toEqual([
          verb,
          202,
          { received: 0, duplicates: 0, ignored: 1, malformed: 0 },
        ]);
      }
      expect(await count('800000000000010_1')).toBe(0);
      const ignored = await notes('webhook.ignored');
      expect(ignored.filter((n) => n.clear.eventType === 'feed.comment').length).toBe(3);
    });

    it("does not ingest the page's own Messenger messages (echoes) on Facebook or Instagram", async () => {
      for (const [object, account] of [
        ['page', PAGE],
        ['instagram', IG],
      ]) {
        const body = JSON.stringify({
          object,
          entry: [
            {
              id: account,
              time: 1767622000123,
              messaging: [
                {
                  sender: { id: account },
                  recipient: { id: '6283019475562299' },
                  timestamp: 1767621999871,
                  message: { mid: `m_echo_${object}`, text: 'Thanks, we are on it', is_echo: true },
                },
                {
                  // An echo sent by another app of the page: the sender is still the page.
                  sender: { id: '6283019475562299' },
                  recipient: { id: account },
                  timestamp: 1767621999872,
                  message: {
                    mid: `m_echo2_${object}`,
                    text: 'Sent from the inbox tool',
                    is_echo: true,
                    app_id: 1517776481860111,
                  },
                },
              ],
            },
          ],
        });
        const r = await postMeta(body);
        expect(r.status).toBe(202);
        expect(r.body.ignored).toBe(2);
        expect(await count(`m_echo_${object}`)).toBe(0);
        expect(await count(`m_echo2_${object}`)).toBe(0);
      }
    });

    it('does not ingest the brand account’s own tweets or direct messages', async () => {
      const dm = JSON.parse(fixture('x-direct-message.json')) as {
        direct_message_events: Array<Record<string, unknown>>;
      };
      const event = dm.direct_message_events[0];
      event.id = '1954491830116159999';
      event.message_create = {
        target: { recipient_id: '783214' },
        sender_id: X_ACCOUNT,
        message_data: { text: 'Hi Priya, we have blocked that card.' },
      };
      const r = await postX(JSON.stringify(dm));
      expect(r.status).toBe(202);
      expect(await count('1954491830116159999')).toBe(0);
    });

    it("does not ingest the Instagram account's own comment, which carries its scoped id and username", async () => {
      const body = JSON.stringify({
        object: 'instagram',
        entry: [
          {
            id: IG,
            time: 1767622000,
            changes: [
              {
                field: 'comments',
                value: {
                  // An Instagram-scoped id, not the account id: only the username says it is the brand.
                  from: { id: '17841499990000001', username: 'HarborlineFCU' },
                  media: { id: '18034521987650000', media_product_type: 'FEED' },
                  id: '17865799348089999',
                  parent_id: '17865799348080000',
                  text: '@dana please send us a DM',
                },
              },
            ],
          },
        ],
      });
      const r = await postMeta(body);
      expect(r.status).toBe(202);
      expect(await count('17865799348089999')).toBe(0);
    });

    it('reads Instagram messages delivered as a `messages` change (the dashboard test form)', async () => {
      const body = JSON.stringify({
        object: 'instagram',
        entry: [
          {
            id: IG,
            time: 1767622000,
            changes: [
              {
                field: 'messages',
                value: {
                  sender: { id: '1190384756209999' },
                  recipient: { id: IG },
                  timestamp: '1767621999',
                  message: { mid: 'm_ig_change_1', text: 'Can you reset my online banking?' },
                },
              },
              {
                field: 'messages',
                value: {
                  sender: { id: IG },
                  recipient: { id: '1190384756209999' },
                  timestamp: '1767622001',
                  message: { mid: 'm_ig_change_2', text: 'Sure, DM us', is_echo: true },
                },
              },
            ],
          },
        ],
      });
      const r = await postMeta(body);
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ received: 1, duplicates: 0, ignored: 1, malformed: 0 });
      expect(await count('m_ig_change_1')).toBe(1);
      expect(await count('m_ig_change_2')).toBe(0);
    });
  });

  describe('batches', () => {
    it('answers 202 for an empty batch on a known or any account', async () => {
      const meta = await postMeta(JSON.stringify({ object: 'page', entry: [] }));
      expect(meta.status).toBe(202);
      expect(meta.body).toEqual({ received: 0, duplicates: 0, ignored: 1, malformed: 0 });
      const x = await postX(JSON.stringify({ for_user_id: X_ACCOUNT, tweet_create_events: [] }));
      expect(x.status).toBe(202);
    });

    it('notes an item with an absurdly long id as malformed and keeps the others', async () => {
      const good = feed('800000000000400');
      const bad = feed('800000000000401', { comment_id: '9'.repeat(5000) });
      const longAuthor = feed('800000000000402', { from: { id: '7'.repeat(300), name: 'x' } });
      const longName = feed('800000000000403', {
        from: { id: '71459023100403', name: 'N'.repeat(5000) },
      });
      const body = {
        object: 'page',
        entry: [good, bad, longAuthor, longName].map(
          (f) => (f.entry as Array<Record<string, unknown>>)[0],
        ),
      };
      const r = await postMeta(JSON.stringify(body));
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ received: 2, duplicates: 0, ignored: 0, malformed: 2 });
      expect(await count('800000000000400_1')).toBe(1);
      const [stored] = await rows<{ author_name: string }>(
        'SELECT author_name FROM message WHERE external_id = $1',
        ['800000000000403_1'],
      );
      expect(stored.author_name.length).toBeLessThanOrEqual(200);
    });

    it('stores every item of a large batch within the body limit', async () => {
      const n = 300;
      const body = {
        object: 'page',
        entry: Array.from({ length: n }, (_, i) => ({
          id: PAGE,
          time: 1767621600,
          changes: [
            {
              field: 'feed',
              value: {
                from: { id: `71459023188${String(i).padStart(5, '0')}`, name: 'Customer' },
                message: `Question number ${i} about my savings account`,
                post_id: `${PAGE}_81000`,
                comment_id: `81000_${i}`,
                created_time: 1767621590,
                item: 'comment',
                verb: 'add',
              },
            },
          ],
        })),
      };
      const text = JSON.stringify(body);
      expect(text.length).toBeLessThan(t.settings.BODY_LIMIT_BYTES);
      const r = await postMeta(text);
      expect(r.status).toBe(200);
      expect(r.body.received).toBe(n);
      const [{ n: stored }] = await rows<{ n: string }>(
        `SELECT count(*) AS n FROM message WHERE external_id LIKE '81000\\_%'`,
      );
      expect(Number(stored)).toBe(n);
    }, 60_000);
  });

  describe('times', () => {
    it('keeps a future or absurd occurredAt from pinning the conversation in the future', async () => {
      const now = Date.now();
      const r1 = await inbound({
        handle: 'crm',
        externalId: 'crm-future-1',
        author: { id: 'future-1' },
        text: 'Hello from the future',
        visibility: 'private',
        occurredAt: '2999-01-01T00:00:00Z',
      });
      expect(r1.status).toBe(202);
      const body = JSON.stringify(feed('800000000000020', { created_time: 99999999999999 }));
      expect((await postMeta(body)).status).toBe(200);
      const huge = JSON.stringify(feed('800000000000021', { created_time: 1e20 }));
      expect((await postMeta(huge)).status).toBe(200);
      const got = await rows<{ occurred_at: Date; last: Date }>(
        `SELECT m.occurred_at, c.last_message_at AS last FROM message m
           JOIN conversation c ON c.id = m.conversation_id
          WHERE m.external_id IN ('crm-future-1', '800000000000020_1', '800000000000021_1')`,
      );
      expect(got).toHaveLength(3);
      for (const g of got) {
        expect(g.occurred_at.getTime()).toBeLessThan(now + 10 * 60_000);
        expect(g.last.getTime()).toBeLessThan(now + 10 * 60_000);
        expect(g.occurred_at.getUTCFullYear()).toBeGreaterThanOrEqual(2000);
      }
    });
  });

  describe('threading through POST /v1/inbound', () => {
    it('a public reply naming only inReplyTo joins the conversation of the post it answers', async () => {
      const first = await inbound({
        handle: 'crm',
        externalId: 'review-1',
        author: { id: 'rev-1' },
        text: 'Slow service at the downtown branch',
        visibility: 'public',
      });
      const reply = await inbound({
        handle: 'crm',
        externalId: 'review-2',
        author: { id: 'rev-2' },
        text: 'Same for me yesterday',
        visibility: 'public',
        inReplyTo: 'review-1',
      });
      const replyToReply = await inbound({
        handle: 'crm',
        externalId: 'review-3',
        author: { id: 'rev-1' },
        text: 'Glad it is not just me',
        visibility: 'public',
        inReplyTo: 'review-2',
      });
      const threaded = await inbound({
        handle: 'crm',
        externalId: 'review-4',
        threadId: 'case-77',
        author: { id: 'rev-3' },
        text: 'Another one',
        visibility: 'public',
        inReplyTo: 'review-1',
      });
      expect([first.status, reply.status, replyToReply.status, threaded.status]).toEqual([
        202, 202, 202, 202,
      ]);
      expect(reply.body.conversationId).toBe(first.body.conversationId);
      expect(replyToReply.body.conversationId).toBe(first.body.conversationId);
      // An explicit thread wins.
      expect(threaded.body.conversationId).not.toBe(first.body.conversationId);
    });
  });

  describe('roles', () => {
    it('an integration token opens no other route', async () => {
      const token = await t.token('crm', Role.Integration);
      for (const [method, path] of [
        ['get', '/v1/conversations'],
        ['get', '/v1/channels'],
        ['get', '/v1/complaints'],
        ['get', '/v1/archive/entries'],
        ['post', '/v1/classify'],
        ['get', '/v1/templates'],
      ] as const) {
        const r = await request(server)
          [method](path)
          .set('authorization', `Bearer ${token}`)
          .send({ text: 'x' });
        expect([path, r.status]).toEqual([path, 403]);
      }
    });

    it('every other role is refused on POST /v1/inbound, and nothing is stored', async () => {
      for (const role of Object.values(Role).filter((r) => r !== Role.Integration)) {
        const r = await inbound(
          {
            handle: 'crm',
            externalId: `crm-role-${role}`,
            author: { id: '1' },
            text: 'hi',
            visibility: 'private',
          },
          role,
        );
        expect([role, r.status]).toEqual([role, 403]);
        expect(await count(`crm-role-${role}`)).toBe(0);
      }
    });
  });

  it('20 concurrent identical POST /v1/inbound deliveries make one message', async () => {
    const token = await t.token('crm', Role.Integration);
    const body = {
      handle: 'crm',
      externalId: 'crm-race-1',
      author: { id: 'race' },
      text: 'Please call me about my loan',
      visibility: 'private',
    };
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        request(server).post('/v1/inbound').set('authorization', `Bearer ${token}`).send(body),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(202));
    expect(results.filter((r) => r.body.duplicate === false)).toHaveLength(1);
    expect(new Set(results.map((r) => r.body.messageId)).size).toBe(1);
    expect(await count('crm-race-1')).toBe(1);
  });

  it('20 concurrent identical deliveries of a sealed post from a new customer: one message, one key', async () => {
    const body = JSON.stringify(
      feed('800000000000500', {
        from: { id: '7145902318850000', name: 'New Customer' },
        message: 'My SSN is 123-45-6789 and card 4539 1488 0343 6467, please fix my address',
      }),
    );
    const results = await Promise.all(Array.from({ length: 20 }, () => postMeta(body)));
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(results.filter((r) => r.body.received === 1)).toHaveLength(1);
    expect(await count('800000000000500_1')).toBe(1);
    const keys = await rows<{ n: string }>(
      `SELECT count(*) AS n FROM subject_key WHERE subject_id = 'facebook:7145902318850000'`,
    );
    expect(Number(keys[0].n)).toBe(1);
  });

  it('echoes the Meta challenge as plain text only', async () => {
    const r = await request(server).get('/v1/webhooks/meta').query({
      'hub.mode': 'subscribe',
      'hub.verify_token': SECRETS.META_VERIFY_TOKEN,
      'hub.challenge': '<script>alert(1)</script>',
    });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/plain/);
    expect(r.text).toBe('<script>alert(1)</script>');
  });

  it('20 concurrent different posts opening the same new thread make one conversation', async () => {
    const token = await t.token('crm', Role.Integration);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        request(server)
          .post('/v1/inbound')
          .set('authorization', `Bearer ${token}`)
          .send({
            handle: 'crm',
            externalId: `crm-same-thread-${i}`,
            threadId: 'case-race',
            author: { id: `race-${i}` },
            text: `Same outage here (${i})`,
            visibility: 'public',
          }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(202));
    expect(new Set(results.map((r) => r.body.conversationId)).size).toBe(1);
    const feedRace = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        postMeta(
          JSON.stringify(
            feed('800000000000300', {
              comment_id: `800000000000300_${i}`,
              from: { id: `7145902318800${i}`, name: 'N' },
            }),
          ),
        ),
      ),
    );
    expect(feedRace.map((r) => r.status)).toEqual(Array(10).fill(200));
    const [{ n }] = await rows<{ n: string }>(
      `SELECT count(DISTINCT conversation_id) AS n FROM message WHERE external_id LIKE '800000000000300\\_%'`,
    );
    expect(Number(n)).toBe(1);
  });

  it('a card number written with invisible or unusual characters is found nowhere afterwards', async () => {
    const card = '4539148803436467';
    const groups = ['4539', '1488', '0343', '6467'];
    const fullWidth = (s: string) =>
      [...s].map((c) => String.fromCharCode(c.charCodeAt(0) - 48 + 0xff10)).join('');
    const variants = [
      groups.join('\u200b'), // zero-width space
      groups.join('\u200c'), // zero-width non-joiner
      groups.join('\u2060'), // word joiner
      groups.join('\u00ad'), // soft hyphen
      groups.join('\u00a0'), // no-break space
      groups.join('\u202f'), // narrow no-break space
      groups.join('\u2009'), // thin space
      groups.join('\u2013'), // en dash
      [...card].join('\u200b'),
      groups.map(fullWidth).join(' '),
      fullWidth(card),
      groups.join('  '),
      groups.join(' - '),
    ];
    for (const [i, v] of variants.entries()) {
      const r = await inbound({
        handle: 'crm',
        externalId: `crm-unicode-${i}`,
        author: { id: `uni-${i}`, name: `Card ${v}`, handle: `h${v}` },
        text: `my card is ${v} please help`,
        visibility: 'private',
      });
      expect([i, r.status]).toEqual([i, 202]);
      const body = JSON.stringify(
        feed(`80000000000010${i}`, {
          message: `card ${v} was charged twice`,
          from: { id: `71459023100${i}`, name: `N ${v}` },
        }),
      );
      expect([i, (await postMeta(body)).status]).toEqual([i, 200]);
    }
    const archive = t.app.get(ArchiveService);
    while ((await archive.integrateOnce()) > 0) {
      /* drain */
    }
    const fold = (s: string) =>
      digitsJoined(
        s
          .normalize('NFKC')
          .replace(/[\u00ad\u200b-\u200f\u2060\u2010-\u2015\u00a0\u202f\u2009]/g, ''),
      );
    const dump = await dumpDatabase(t);
    for (const where of [dump, t.logs()]) {
      expect(fold(where)).not.toContain(card);
      expect(fold(where)).not.toContain('453914');
    }
  }, 60_000);
});
