import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseMetaDelivery } from './meta.normaliser';
import { normaliseXDelivery } from './x.normaliser';

const NOW = new Date('2026-01-05T15:00:00Z');
const load = (name: string): unknown =>
  JSON.parse(
    readFileSync(join(__dirname, '../../../../test/fixtures/webhooks', name), 'utf8'),
  ) as unknown;

describe('Meta deliveries', () => {
  it('a page feed comment becomes a public post threaded by its post', () => {
    expect(normaliseMetaDelivery(load('meta-feed-comment.json'), NOW)).toEqual([
      {
        kind: 'post',
        post: {
          platform: 'facebook',
          accountId: '104738291045563',
          externalId: '912384756012345_1203948576112233',
          threadKey: '104738291045563_912384756012345',
          inReplyTo: undefined,
          author: { id: '7145902318846201', name: 'Dana Whitfield' },
          text: expect.stringContaining('card declined') as string,
          visibility: 'public',
          direct: false,
          occurredAt: new Date(1767621590 * 1000),
        },
      },
    ]);
  });

  it('a reply names the comment it answers', () => {
    const [item] = normaliseMetaDelivery(load('meta-feed-reply.json'), NOW);
    expect(item.kind === 'post' && item.post.inReplyTo).toBe('912384756012345_1203948576112233');
  });

  it('Messenger and Instagram messages are private, threaded by the sender', () => {
    const [fb] = normaliseMetaDelivery(load('messenger-message.json'), NOW);
    const [ig] = normaliseMetaDelivery(load('instagram-message.json'), NOW);
    expect(fb).toMatchObject({
      kind: 'post',
      post: {
        platform: 'facebook',
        visibility: 'private',
        direct: true,
        threadKey: '6283019475562210',
      },
    });
    expect(ig).toMatchObject({
      kind: 'post',
      post: { platform: 'instagram', visibility: 'private', threadKey: '1190384756201938' },
    });
    expect(fb.kind === 'post' && fb.post.occurredAt.toISOString()).toBe('2026-01-05T14:06:39.871Z');
  });

  it('an Instagram comment is threaded by its media', () => {
    const [c] = normaliseMetaDelivery(load('instagram-comment.json'), NOW);
    expect(c).toMatchObject({
      kind: 'post',
      post: {
        platform: 'instagram',
        externalId: '17865309812345678',
        threadKey: '18034521987654321',
        author: { id: '17849204851203344', handle: 'milo.travels' },
      },
    });
  });

  it('keeps the readable items of a batch, reports the malformed one and ignores reactions', () => {
    const items = normaliseMetaDelivery(load('meta-batch-partly-malformed.json'), NOW);
    expect(items.map((i) => i.kind)).toEqual(['post', 'malformed', 'ignored']);
    expect(items[1]).toMatchObject({ reason: 'from.id is missing', eventType: 'feed' });
    expect(items[2]).toMatchObject({ eventType: 'feed.reaction' });
  });

  it("ignores the page's own comments, echoes, edits and unknown objects", () => {
    const own = {
      object: 'page',
      entry: [
        {
          id: '1',
          changes: [
            {
              field: 'feed',
              value: {
                item: 'comment',
                verb: 'add',
                from: { id: '1' },
                comment_id: 'c',
                post_id: 'p',
              },
            },
            { field: 'feed', value: { item: 'comment', verb: 'edited', from: { id: '2' } } },
            {
              field: 'feed',
              value: {
                item: 'comment',
                verb: 'add',
                from: { id: '3' },
                comment_id: 'c3',
                post_id: 'p',
              },
            },
          ],
          messaging: [{ sender: { id: '1' }, message: { mid: 'm', text: 'x', is_echo: true } }],
        },
      ],
    };
    expect(
      normaliseMetaDelivery(own, NOW).map((i) => (i.kind === 'post' ? 'post' : i.eventType)),
    ).toEqual(['feed.comment.own', 'feed.comment', 'feed.comment.no_text', 'messaging.echo']);
    expect(normaliseMetaDelivery({ object: 'user', entry: [] }, NOW)).toEqual([
      { kind: 'ignored', eventType: 'meta.user' },
    ]);
    expect(normaliseMetaDelivery({ hello: 1 }, NOW)[0].kind).toBe('malformed');
  });
});

describe('X deliveries', () => {
  it('a mention starts a thread; a reply joins the thread of the post it answers', () => {
    const [mention] = normaliseXDelivery(load('x-tweet-create.json'), NOW);
    const [reply] = normaliseXDelivery(load('x-tweet-reply.json'), NOW);
    expect(mention).toMatchObject({
      kind: 'post',
      post: {
        platform: 'x',
        accountId: '1482736150927364096',
        externalId: '2008201734556160001',
        threadKey: '2008201734556160001',
        author: { id: '783214', handle: 'priya_n', name: 'Priya N' },
        visibility: 'public',
      },
    });
    expect(mention.kind === 'post' && mention.post.occurredAt.getTime()).toBe(1767622200000);
    expect(reply).toMatchObject({
      kind: 'post',
      post: { threadKey: '2008201734556160001', inReplyTo: '2008201734556160001' },
    });
  });

  it('a direct message is private, threaded by the sender, named from `users`', () => {
    const [dm] = normaliseXDelivery(load('x-direct-message.json'), NOW);
    expect(dm).toMatchObject({
      kind: 'post',
      post: {
        externalId: '1954491830116155396',
        threadKey: '783214',
        visibility: 'private',
        direct: true,
        author: { id: '783214', handle: 'priya_n' },
      },
    });
  });

  it("ignores the account's own tweets and DMs, retweets and other event kinds", () => {
    const body = {
      for_user_id: '9',
      tweet_create_events: [
        { id_str: '1', text: 'ours', user: { id_str: '9' } },
        { id_str: '2', text: 'RT', user: { id_str: '3' }, retweeted_status: {} },
        { id_str: '3', user: { id_str: '4' } },
      ],
      direct_message_events: [
        {
          type: 'message_create',
          id: '5',
          message_create: { sender_id: '9', message_data: { text: 'hi' } },
        },
      ],
      follow_events: [{}],
    };
    expect(
      normaliseXDelivery(body, NOW).map((i) => [i.kind, i.kind === 'post' ? '' : i.eventType]),
    ).toEqual([
      ['ignored', 'tweet_create.own'],
      ['ignored', 'tweet_create.retweet'],
      ['malformed', 'tweet_create'],
      ['ignored', 'direct_message.own'],
      ['ignored', 'follow_events'],
    ]);
    expect(normaliseXDelivery({ tweet_create_events: [] }, NOW)[0]).toMatchObject({
      kind: 'malformed',
      reason: 'for_user_id is missing',
    });
  });
});
