import {
  dateFrom,
  id as platformId,
  isObject,
  optId,
  MalformedItem,
  optStr,
  str,
  type DeliveryItem,
} from './normalised-post';

function tweetEvent(accountId: string, tweet: unknown, now: Date): DeliveryItem {
  if (!isObject(tweet)) throw new MalformedItem('tweet is not an object');
  const user = isObject(tweet.user) ? tweet.user : undefined;
  const authorId = platformId(user?.id_str ?? user?.id, 'user.id_str');
  if (authorId === accountId) {
    const own = optStr(tweet.id_str ?? tweet.id);
    return {
      kind: 'ignored',
      accountId,
      eventType: 'tweet_create.own',
      ownPost: own
        ? { externalId: own, inReplyTo: optStr(tweet.in_reply_to_status_id_str) }
        : undefined,
    };
  }
  if (isObject(tweet.retweeted_status))
    return { kind: 'ignored', accountId, eventType: 'tweet_create.retweet' };
  const id = platformId(tweet.id_str ?? tweet.id, 'id_str');
  const extended = isObject(tweet.extended_tweet) ? tweet.extended_tweet : undefined;
  const text = optStr(extended?.full_text) ?? optStr(tweet.full_text) ?? str(tweet.text, 'text');
  const replyTo = optId(tweet.in_reply_to_status_id_str, 'in_reply_to_status_id_str');
  return {
    kind: 'post',
    post: {
      platform: 'x',
      accountId,
      externalId: id,
      // X threads by their first post; a reply's conversation is the post it answers.
      threadKey: optId(tweet.conversation_id_str, 'conversation_id_str') ?? replyTo ?? id,
      inReplyTo: replyTo,
      author: { id: authorId, handle: optStr(user?.screen_name), name: optStr(user?.name) },
      text,
      visibility: 'public',
      direct: false,
      occurredAt: dateFrom(tweet.timestamp_ms ?? tweet.created_at, now),
      recordsThread: true,
      threadFromParent: true,
    },
  };
}

function directMessageEvent(
  accountId: string,
  event: unknown,
  users: Record<string, unknown>,
  now: Date,
): DeliveryItem {
  if (!isObject(event)) throw new MalformedItem('direct message event is not an object');
  if (event.type !== 'message_create') {
    return {
      kind: 'ignored',
      accountId,
      eventType: `direct_message.${optStr(event.type) ?? 'unknown'}`,
    };
  }
  const create = isObject(event.message_create) ? event.message_create : undefined;
  const senderId = platformId(create?.sender_id, 'message_create.sender_id');
  if (senderId === accountId)
    return { kind: 'ignored', accountId, eventType: 'direct_message.own' };
  const data = isObject(create?.message_data) ? create.message_data : undefined;
  const sender = isObject(users[senderId]) ? users[senderId] : undefined;
  return {
    kind: 'post',
    post: {
      platform: 'x',
      accountId,
      externalId: platformId(event.id, 'id'),
      threadKey: senderId,
      author: { id: senderId, handle: optStr(sender?.screen_name), name: optStr(sender?.name) },
      text: str(data?.text, 'message_data.text'),
      visibility: 'private',
      direct: true,
      occurredAt: dateFrom(event.created_timestamp, now),
    },
  };
}

function each(
  list: unknown,
  eventType: string,
  accountId: string,
  fn: (e: unknown) => DeliveryItem,
): DeliveryItem[] {
  if (!Array.isArray(list)) return [];
  return (list as unknown[]).map((e) => {
    try {
      return fn(e);
    } catch (err) {
      if (err instanceof MalformedItem)
        return { kind: 'malformed', accountId, eventType, reason: err.message };
      throw err;
    }
  });
}

const HANDLED = [
  'for_user_id',
  'tweet_create_events',
  'direct_message_events',
  'users',
  'apps',
  'user_has_blocked',
  'source',
];

/**
 * Normalises one X Account Activity API delivery: `tweet_create_events`
 * (mentions of and replies to the subscribed account) and
 * `direct_message_events`. Other event kinds (likes, follows, indicators…)
 * are reported as ignored.
 */
export function normaliseXDelivery(body: unknown, now: Date): DeliveryItem[] {
  if (!isObject(body))
    return [{ kind: 'malformed', eventType: 'x.delivery', reason: 'body is not an object' }];
  const accountId = optStr(body.for_user_id);
  if (accountId === undefined) {
    return [{ kind: 'malformed', eventType: 'x.delivery', reason: 'for_user_id is missing' }];
  }
  const users = isObject(body.users) ? body.users : {};
  const out: DeliveryItem[] = [
    ...each(body.tweet_create_events, 'tweet_create', accountId, (t) =>
      tweetEvent(accountId, t, now),
    ),
    ...each(body.direct_message_events, 'direct_message', accountId, (e) =>
      directMessageEvent(accountId, e, users, now),
    ),
  ];
  for (const key of Object.keys(body)) {
    if (!HANDLED.includes(key)) out.push({ kind: 'ignored', accountId, eventType: key });
  }
  if (out.length === 0) out.push({ kind: 'ignored', accountId, eventType: 'x.empty' });
  return out;
}
