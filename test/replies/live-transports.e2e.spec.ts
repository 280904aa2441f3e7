import request from 'supertest';
import { OutboxDispatcher, SentRepliesRecorder } from '../../src/modules/replies';
import { Role } from '../../src/platform/auth/access.enums';
import { FakeClock } from '../../src/platform/clock/clock';
import { Seeder } from '../conversations/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { FakePlatformServer } from './fake-platform.server';
import { approvedTemplate, archived, as, conversationVersion, sql } from './support';

const TEXT = 'Thank you for the kind words!';

describe('live transports against fake Meta and X servers', () => {
  const clock = new FakeClock('2026-01-05T09:00:00.000Z');
  const x = new FakePlatformServer();
  const meta = new FakePlatformServer();
  let t: TestApp;
  let seeder: Seeder;
  let agent: string;
  let versionId: string;
  let post = 0;

  const http = () => request(t.app.getHttpServer());

  async function reply(handleId: string, platform: string, channel: string, externalId: string) {
    post++;
    const c = await seeder.post({
      text: 'Thanks for the quick help today, great service!',
      externalId,
      handleId,
      platform,
      channel,
      authorId: `55${post}`,
    });
    const res = await http()
      .post(`/v1/conversations/${c.conversationId}/replies`)
      .set(as(agent))
      .send({
        templateVersionId: versionId,
        variables: {},
        version: await conversationVersion(t, c.conversationId),
      })
      .expect(201);
    return res.body.id as string;
  }

  beforeAll(async () => {
    const xUrl = await x.start();
    const metaUrl = await meta.start();
    t = await startTestApp(
      {
        WORKERS: 'false',
        TRANSPORT: 'live',
        X_API_BASE_URL: xUrl,
        X_USER_ACCESS_TOKEN: 'x-user-token',
        X_BEARER_TOKEN: 'x-app-token',
        META_GRAPH_BASE_URL: metaUrl,
        META_PAGE_ACCESS_TOKEN: 'meta-page-token',
        TRANSPORT_TIMEOUT_MS: '500',
        DISPATCH_STALE_SENDING_MS: '60000',
      },
      { clock },
    );
    seeder = new Seeder(t);
    agent = await t.token('dana', Role.Agent);
    versionId = await approvedTemplate(t, {
      key: 'thanks-live',
      intents: ['praise'],
      purpose: 'answer',
      variants: { x: TEXT, facebook: TEXT, dm: TEXT },
    });
  });

  afterAll(async () => {
    await t?.close();
    await x.stop();
    await meta.stop();
  });

  beforeEach(() => {
    x.seen.splice(0);
    meta.seen.splice(0);
  });

  it('replies on X; a 429 is retried only after its reset, then sent once', async () => {
    const id = await reply('x-help', 'x', 'x', '1460323737035677698');
    const reset = Math.floor(clock.nowMs() / 1000) + 120;
    x.answer(
      {
        status: 429,
        headers: { 'x-rate-limit-reset': String(reset) },
        body: { title: 'Too Many Requests' },
      },
      { status: 201, body: { data: { id: '1445880548472328192', text: TEXT } } },
    );
    const d = t.app.get(OutboxDispatcher);
    await d.runOnce();
    expect(x.seen).toHaveLength(1);
    let detail = (await http().get(`/v1/replies/${id}`).set(as(agent)).expect(200)).body;
    expect(detail).toMatchObject({
      status: 'queued',
      attempts: [{ attempt: 1, outcome: 'retry', errorCode: 'rate_limited' }],
    });
    expect(Date.parse(detail.attempts[0].nextAttemptAt)).toBeGreaterThanOrEqual(reset * 1000);

    await clock.advance(60_000);
    await d.runOnce();
    expect(x.seen).toHaveLength(1); // not before the reset

    await clock.advance(62_000);
    await d.runOnce();
    expect(x.seen).toHaveLength(2);
    for (const r of x.seen) {
      expect(r.method).toBe('POST');
      expect(r.path).toBe('/2/tweets');
      expect(r.headers.authorization).toBe('Bearer x-user-token');
      expect(r.body).toEqual({
        text: TEXT,
        reply: { in_reply_to_tweet_id: '1460323737035677698' },
      });
    }
    detail = (await http().get(`/v1/replies/${id}`).set(as(agent)).expect(200)).body;
    expect(detail).toMatchObject({
      status: 'sent',
      platformMessageId: '1445880548472328192',
      attempts: [
        { attempt: 1, outcome: 'retry' },
        { attempt: 2, outcome: 'sent', transport: 'x-api' },
      ],
    });
    const kinds = (await archived(t, { reply: id })).map((e) => e.kind);
    expect(kinds.filter((k) => k.startsWith('reply.send') || k === 'reply.sent')).toEqual([
      'reply.send_retry_scheduled',
      'reply.sent',
    ]);
  });

  it('comments on a Facebook post through the Graph API', async () => {
    const id = await reply('fb-page', 'facebook', 'facebook', '104738291045563_9001');
    meta.answer({ status: 200, body: { id: '104738291045563_9002' } });
    await t.app.get(OutboxDispatcher).runOnce();
    expect(meta.seen).toHaveLength(1);
    expect(meta.seen[0]).toMatchObject({
      method: 'POST',
      path: '/v21.0/104738291045563_9001/comments',
      body: { message: TEXT },
    });
    expect(meta.seen[0].headers.authorization).toBe('Bearer meta-page-token');
    const detail = (await http().get(`/v1/replies/${id}`).set(as(agent)).expect(200)).body;
    expect(detail).toMatchObject({ status: 'sent', platformMessageId: '104738291045563_9002' });
  });

  it('marks a reply failed on a permanent error, without retrying', async () => {
    const id = await reply('x-help', 'x', 'x', '1460323737035677699');
    x.answer({ status: 403, body: { title: 'Forbidden' } });
    const d = t.app.get(OutboxDispatcher);
    await d.runOnce();
    await clock.advance(3600_000);
    await d.runOnce();
    expect(x.seen).toHaveLength(1);
    const detail = (await http().get(`/v1/replies/${id}`).set(as(agent)).expect(200)).body;
    expect(detail).toMatchObject({
      status: 'failed',
      delivery: 'failed',
      attempts: [{ outcome: 'failed', errorCode: 'unauthorized' }],
    });
  });

  it('reconciles a send interrupted mid-call by looking it up, never sending it blindly again', async () => {
    const found = await reply('x-help', 'x', 'x', '1460323737035677700');
    const missing = await reply('x-help', 'x', 'x', '1460323737035677701');
    // A replica claims both rows, marks them sending, and dies before any answer.
    const d = t.app.get(OutboxDispatcher);
    expect(await d.claimDue(clock.now(), 10)).toHaveLength(2);
    await d.runOnce();
    expect(x.seen).toHaveLength(0); // still within the lease: nothing is touched

    await clock.advance(61_000);
    // The timeline holds the first reply only; both look-ups read it (in either order).
    const timeline = {
      status: 200,
      body: {
        data: [
          {
            id: '1445880548472329999',
            text: TEXT,
            referenced_tweets: [{ type: 'replied_to', id: '1460323737035677700' }],
          },
        ],
      },
    };
    x.answer(timeline, timeline, {
      status: 201,
      body: { data: { id: '1445880548472330000', text: TEXT } },
    });
    await d.runOnce();
    expect(x.seen.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /2/users/1482736150927364096/tweets',
      'GET /2/users/1482736150927364096/tweets',
      'POST /2/tweets',
    ]);
    expect(x.seen[0].headers.authorization).toBe('Bearer x-app-token');
    const a = (await http().get(`/v1/replies/${found}`).set(as(agent)).expect(200)).body;
    expect(a).toMatchObject({
      status: 'sent',
      platformMessageId: '1445880548472329999',
      attempts: [{ outcome: 'reconciled_sent' }],
    });
    const b = (await http().get(`/v1/replies/${missing}`).set(as(agent)).expect(200)).body;
    expect(b).toMatchObject({
      status: 'sent',
      platformMessageId: '1445880548472330000',
      attempts: [{ outcome: 'reconciled_missing' }, { attempt: 2, outcome: 'sent' }],
    });
    // Each claim was archived with it: the first send, the reconciliation's lease, the resend.
    const claims = async (reply: string) =>
      (await archived(t, { reply }))
        .filter((e) => e.kind === 'outbox.claimed')
        .map((e) => [e.clear?.purpose, e.clear?.attempt]);
    expect(await claims(found)).toEqual([
      ['send', 1],
      ['reconcile', 1],
    ]);
    expect(await claims(missing)).toEqual([
      ['send', 1],
      ['reconcile', 1],
      ['send', 2],
    ]);
    const [{ n }] = await sql<{ n: string }>(
      t,
      `SELECT count(*) AS n FROM outbox WHERE status = 'sending'`,
    );
    expect(n).toBe('0');
  });

  it('records sent replies on their conversations; one whose id came back first through a webhook does not block the rest', async () => {
    const t0 = await sql<{ n: string }>(
      t,
      `SELECT count(*) AS n FROM reply WHERE status = 'sent' AND conversation_recorded_at IS NULL`,
    );
    const echoed = await reply('x-help', 'x', 'x', '1460323737035677800');
    const plain = await reply('x-help', 'x', 'x', '1460323737035677801');
    x.answer(
      { status: 201, body: { data: { id: '1445880548472331111', text: TEXT } } },
      { status: 201, body: { data: { id: '1445880548472332222', text: TEXT } } },
    );
    await t.app.get(OutboxDispatcher).runOnce();
    const ids = new Map(
      (
        await sql<{ id: string; platform_message_id: string }>(
          t,
          `SELECT id, platform_message_id FROM reply WHERE id = ANY($1::uuid[])`,
          [[echoed, plain]],
        )
      ).map((r) => [r.id, r.platform_message_id]),
    );
    // The brand's own reply arrives through the X webhook before it is recorded as sent.
    await seeder.post({
      text: TEXT,
      externalId: ids.get(echoed)!,
      authorId: '1482736150927364096',
    });
    const r = t.app.get(SentRepliesRecorder);
    while (await r.runOnce());
    const [{ n }] = await sql<{ n: string }>(
      t,
      `SELECT count(*) AS n FROM reply WHERE status = 'sent' AND conversation_recorded_at IS NULL`,
    );
    expect(n).toBe('0');
    expect(Number(t0[0].n)).toBeGreaterThan(0);
    const skipped = await archived(t, { reply: echoed });
    expect(skipped.find((e) => e.kind === 'reply.conversation_not_recorded')?.clear).toMatchObject({
      code: 'CONFLICT',
    });
    expect((await archived(t, { reply: plain })).map((e) => e.kind)).toContain('message.sent');
  });
});
