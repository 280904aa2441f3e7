import { FakePlatformServer } from '../../../../test/replies/fake-platform.server';
import { MetaGraphTransport } from './meta-graph.transport';
import { TransportError, type OutboundMessage } from './transport';
import { XApiTransport } from './x-api.transport';

const NOW = Date.parse('2026-01-05T09:00:00Z');

async function failure(p: Promise<unknown>): Promise<TransportError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof TransportError) return err;
    throw err;
  }
  throw new Error('expected a TransportError');
}

const msg = (over: Partial<OutboundMessage>): OutboundMessage => ({
  idempotencyKey: 'k-1',
  platform: 'facebook',
  kind: 'comment_reply',
  accountId: '1122334455',
  inReplyTo: '1122334455_987654321',
  text: 'Thanks for reaching out. We have sent you a private message.',
  ...over,
});

describe('MetaGraphTransport against a fake Graph API', () => {
  const fake = new FakePlatformServer();
  let meta: MetaGraphTransport;

  beforeAll(async () => {
    const baseUrl = await fake.start();
    meta = new MetaGraphTransport({
      baseUrl,
      version: 'v21.0',
      pageAccessToken: 'page-token-abc',
      timeoutMs: 2_000,
      nowMs: () => NOW,
    });
  });
  afterAll(() => fake.stop());
  beforeEach(() => fake.seen.splice(0));

  it('replies to a Facebook comment with POST /{comment-id}/comments and a bearer page token', async () => {
    fake.answer({ status: 200, body: { id: '1122334455_555' } });
    await expect(meta.send(msg({}))).resolves.toEqual({ platformMessageId: '1122334455_555' });
    const [r] = fake.seen;
    expect(r.method).toBe('POST');
    expect(r.path).toBe('/v21.0/1122334455_987654321/comments');
    expect(r.headers.authorization).toBe('Bearer page-token-abc');
    expect(r.headers['content-type']).toBe('application/json');
    expect(r.query).toEqual({});
    expect(r.body).toEqual({ message: msg({}).text });
  });

  it('replies to an Instagram comment with POST /{ig-comment-id}/replies', async () => {
    fake.answer({ status: 200, body: { id: '17873440459141021' } });
    const out = await meta.send(
      msg({ platform: 'instagram', accountId: '17841400000', inReplyTo: '17870913679156914' }),
    );
    expect(out.platformMessageId).toBe('17873440459141021');
    expect(fake.seen[0].path).toBe('/v21.0/17870913679156914/replies');
    expect(fake.seen[0].body).toEqual({ message: msg({}).text });
  });

  it('sends Messenger and Instagram messages with POST /{id}/messages, messaging_type RESPONSE', async () => {
    fake.answer(
      { status: 200, body: { recipient_id: '2468', message_id: 'm_AG5Hz2U' } },
      { status: 200, body: { recipient_id: '1357', message_id: 'aWdfZAG1' } },
    );
    const fb = await meta.send(
      msg({ kind: 'direct_message', recipientId: '2468', inReplyTo: undefined }),
    );
    const ig = await meta.send(
      msg({
        platform: 'instagram',
        accountId: '17841400000',
        kind: 'direct_message',
        recipientId: '1357',
      }),
    );
    expect([fb.platformMessageId, ig.platformMessageId]).toEqual(['m_AG5Hz2U', 'aWdfZAG1']);
    expect(fake.seen.map((r) => r.path)).toEqual([
      '/v21.0/1122334455/messages',
      '/v21.0/17841400000/messages',
    ]);
    expect(fake.seen[0].body).toEqual({
      recipient: { id: '2468' },
      messaging_type: 'RESPONSE',
      message: { text: msg({}).text },
    });
  });

  it('publishes a Page post with POST /{page-id}/feed and refuses a text-only Instagram post', async () => {
    fake.answer({ status: 200, body: { id: '1122334455_777' } });
    await expect(meta.send(msg({ kind: 'post', inReplyTo: undefined }))).resolves.toEqual({
      platformMessageId: '1122334455_777',
    });
    expect(fake.seen[0].path).toBe('/v21.0/1122334455/feed');
    const e = await failure(meta.send(msg({ platform: 'instagram', kind: 'post' })));
    expect([e.kind, e.code]).toEqual(['permanent', 'text_post_not_supported']);
    expect(fake.seen).toHaveLength(1);
  });

  it('reads a throttling error with its usage header as rate_limited with a reset time', async () => {
    fake.answer({
      status: 400,
      headers: {
        'x-business-use-case-usage': JSON.stringify({
          '1122334455': [{ type: 'pages', call_count: 100, estimated_time_to_regain_access: 7 }],
        }),
      },
      body: { error: { message: 'limit reached', type: 'OAuthException', code: 32 } },
    });
    const e = await failure(meta.send(msg({})));
    expect(e.kind).toBe('rate_limited');
    expect(e.resetAt?.toISOString()).toBe(new Date(NOW + 7 * 60_000).toISOString());
  });

  it('reads HTTP 429 with Retry-After as rate_limited', async () => {
    fake.answer({ status: 429, headers: { 'retry-after': '30' }, body: { error: { code: 4 } } });
    const e = await failure(meta.send(msg({})));
    expect([e.kind, e.status, e.resetAt?.getTime()]).toEqual(['rate_limited', 429, NOW + 30_000]);
  });

  it('classifies token, transient, server and client errors', async () => {
    fake.answer(
      { status: 400, body: { error: { code: 190, type: 'OAuthException' } } },
      { status: 500, body: { error: { code: 2, is_transient: true } } },
      { status: 503 },
      { status: 400, body: { error: { code: 100 } } },
    );
    const kinds = [];
    for (let i = 0; i < 4; i++) {
      const e = await failure(meta.send(msg({})));
      kinds.push(`${e.kind}:${e.code}`);
    }
    expect(kinds).toEqual([
      'permanent:token_invalid',
      'retryable:transient',
      'retryable:http_error',
      'permanent:graph_error_100',
    ]);
  });

  it('gives up on a slow answer as a retryable time-out', async () => {
    fake.answer({ status: 200, body: { id: 'late' }, delayMs: 6_000 });
    const e = await failure(meta.send(msg({})));
    expect([e.kind, e.code]).toEqual(['retryable', 'timeout']);
  });

  it('reconciles a comment reply by reading the thread for the page’s own message', async () => {
    fake.answer(
      {
        status: 200,
        body: {
          data: [
            { id: 'c1', message: msg({}).text, from: { id: 'someone-else' } },
            { id: 'c2', message: msg({}).text, from: { id: '1122334455' } },
          ],
        },
      },
      { status: 200, body: { data: [] } },
    );
    await expect(meta.lookup(msg({}))).resolves.toEqual({ found: true, platformMessageId: 'c2' });
    expect(fake.seen[0].method).toBe('GET');
    expect(fake.seen[0].path).toBe('/v21.0/1122334455_987654321/comments');
    expect(fake.seen[0].query.fields).toBe('id,message,from');
    await expect(meta.lookup(msg({}))).resolves.toEqual({ found: false });
    await expect(meta.lookup(msg({ kind: 'direct_message' }))).resolves.toEqual({
      found: 'unknown',
    });
  });

  it('refuses to send without a token, before any request', async () => {
    const bare = new MetaGraphTransport({
      baseUrl: 'http://127.0.0.1:9',
      version: 'v21.0',
      timeoutMs: 100,
      nowMs: () => NOW,
    });
    const e = await failure(bare.send(msg({})));
    expect([e.kind, e.code]).toEqual(['permanent', 'not_configured']);
  });
});

describe('XApiTransport against a fake X API', () => {
  const fake = new FakePlatformServer();
  let x: XApiTransport;
  const xmsg = (over: Partial<OutboundMessage>) =>
    msg({ platform: 'x', accountId: '783214', inReplyTo: '1460323737035677698', ...over });

  beforeAll(async () => {
    const baseUrl = await fake.start();
    x = new XApiTransport({
      baseUrl,
      userAccessToken: 'user-token-xyz',
      bearerToken: 'app-bearer-123',
      timeoutMs: 2_000,
      nowMs: () => NOW,
    });
  });
  afterAll(() => fake.stop());
  beforeEach(() => fake.seen.splice(0));

  it('replies with POST /2/tweets and reply.in_reply_to_tweet_id, as the brand user', async () => {
    fake.answer({ status: 201, body: { data: { id: '1445880548472328192', text: 'x' } } });
    await expect(x.send(xmsg({}))).resolves.toEqual({ platformMessageId: '1445880548472328192' });
    const [r] = fake.seen;
    expect([r.method, r.path]).toEqual(['POST', '/2/tweets']);
    expect(r.headers.authorization).toBe('Bearer user-token-xyz');
    expect(r.body).toEqual({
      text: xmsg({}).text,
      reply: { in_reply_to_tweet_id: '1460323737035677698' },
    });
  });

  it('sends a direct message with POST /2/dm_conversations/with/{participant_id}/messages', async () => {
    fake.answer({
      status: 201,
      body: { data: { dm_conversation_id: '1346889436626259968', dm_event_id: '128341038123' } },
    });
    const out = await x.send(xmsg({ kind: 'direct_message', recipientId: '9876543210' }));
    expect(out.platformMessageId).toBe('128341038123');
    expect(fake.seen[0].path).toBe('/2/dm_conversations/with/9876543210/messages');
    expect(fake.seen[0].body).toEqual({ text: xmsg({}).text });
  });

  it('reads 429 with x-rate-limit-reset (epoch seconds) as rate_limited until the reset', async () => {
    const reset = Math.floor(NOW / 1000) + 900;
    fake.answer({
      status: 429,
      headers: { 'x-rate-limit-reset': String(reset), 'x-rate-limit-remaining': '0' },
      body: { title: 'Too Many Requests', status: 429 },
    });
    const e = await failure(x.send(xmsg({})));
    expect(e.kind).toBe('rate_limited');
    expect(e.resetAt?.getTime()).toBe(reset * 1000);
  });

  it('classifies 5xx as retryable and 400/401/403 as permanent, and times out', async () => {
    fake.answer(
      { status: 503 },
      { status: 403, body: { title: 'Forbidden' } },
      { status: 400, body: { title: 'Invalid Request' } },
      { status: 201, body: { data: { id: 'late' } }, delayMs: 6_000 },
    );
    const got = [];
    for (let i = 0; i < 4; i++) {
      const e = await failure(x.send(xmsg({})));
      got.push(`${e.kind}:${e.code}`);
    }
    expect(got).toEqual([
      'retryable:http_error',
      'permanent:unauthorized',
      'permanent:http_error',
      'retryable:timeout',
    ]);
  });

  it('reconciles a reply from the brand timeline (app bearer) and a DM from the conversation', async () => {
    fake.answer(
      {
        status: 200,
        body: {
          data: [
            { id: '1', text: xmsg({}).text },
            {
              id: '2',
              text: xmsg({}).text,
              referenced_tweets: [{ type: 'replied_to', id: '1460323737035677698' }],
            },
          ],
        },
      },
      {
        status: 200,
        body: {
          data: [
            { id: '91', event_type: 'MessageCreate', sender_id: '9876543210', text: xmsg({}).text },
            { id: '92', event_type: 'MessageCreate', sender_id: '783214', text: xmsg({}).text },
          ],
        },
      },
    );
    await expect(x.lookup(xmsg({}))).resolves.toEqual({ found: true, platformMessageId: '2' });
    expect(fake.seen[0].path).toBe('/2/users/783214/tweets');
    expect(fake.seen[0].headers.authorization).toBe('Bearer app-bearer-123');
    await expect(
      x.lookup(xmsg({ kind: 'direct_message', recipientId: '9876543210' })),
    ).resolves.toEqual({ found: true, platformMessageId: '92' });
    expect(fake.seen[1].path).toBe('/2/dm_conversations/with/9876543210/dm_events');
    expect(fake.seen[1].headers.authorization).toBe('Bearer user-token-xyz');
  });
});
