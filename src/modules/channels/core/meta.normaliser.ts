import {
  dateFrom,
  id,
  isObject,
  optId,
  MalformedItem,
  optStr,
  str,
  type DeliveryItem,
  type NormalisedPost,
} from './normalised-post';

/** The Graph API object of a delivery and the platform it means. */
const OBJECTS: Record<string, 'facebook' | 'instagram'> = {
  page: 'facebook',
  instagram: 'instagram',
};

function item(
  fn: () => DeliveryItem,
  accountId: string | undefined,
  eventType: string,
): DeliveryItem {
  try {
    return fn();
  } catch (err) {
    if (err instanceof MalformedItem)
      return { kind: 'malformed', accountId, eventType, reason: err.message };
    throw err;
  }
}

/** A Facebook page feed change: comments and replies (`item = comment`, `verb = add`). */
function feedChange(accountId: string, value: unknown, now: Date): DeliveryItem {
  if (!isObject(value)) throw new MalformedItem('change value is missing');
  const what = `feed.${optStr(value.item) ?? 'unknown'}`;
  if (value.item !== 'comment' || value.verb !== 'add')
    return { kind: 'ignored', accountId, eventType: what };
  const from = isObject(value.from) ? value.from : undefined;
  const authorId = id(from?.id, 'from.id');
  if (authorId === accountId) return { kind: 'ignored', accountId, eventType: 'feed.comment.own' };
  // A photo or sticker without words: nothing to read or answer in text.
  if (typeof value.message !== 'string' || value.message === '') {
    return { kind: 'ignored', accountId, eventType: 'feed.comment.no_text' };
  }
  const postId = id(value.post_id, 'post_id');
  const parent = optId(value.parent_id, 'parent_id');
  const post: NormalisedPost = {
    platform: 'facebook',
    accountId,
    externalId: id(value.comment_id, 'comment_id'),
    threadKey: postId,
    inReplyTo: parent && parent !== postId ? parent : undefined,
    author: { id: authorId, name: optStr(from?.name) },
    text: value.message,
    visibility: 'public',
    direct: false,
    occurredAt: dateFrom(value.created_time, now),
  };
  return { kind: 'post', post };
}

/** An Instagram comment or live comment (`field = comments | live_comments`). */
function instagramComment(
  accountId: string,
  field: string,
  value: unknown,
  now: Date,
): DeliveryItem {
  if (!isObject(value)) throw new MalformedItem('change value is missing');
  const from = isObject(value.from) ? value.from : undefined;
  const authorId = id(from?.id, 'from.id');
  if (authorId === accountId) return { kind: 'ignored', accountId, eventType: `${field}.own` };
  const media = isObject(value.media) ? value.media : undefined;
  const parent = optId(value.parent_id, 'parent_id');
  return {
    kind: 'post',
    post: {
      platform: 'instagram',
      accountId,
      externalId: id(value.id, 'id'),
      threadKey: id(media?.id, 'media.id'),
      inReplyTo: parent,
      author: { id: authorId, handle: optStr(from?.username) },
      text: str(value.text, 'text'),
      visibility: 'public',
      direct: false,
      occurredAt: dateFrom(value.timestamp, now),
    },
  };
}

/** A Messenger or Instagram direct message (`messaging[]`). */
function messagingEvent(
  platform: 'facebook' | 'instagram',
  accountId: string,
  event: unknown,
  now: Date,
): DeliveryItem {
  if (!isObject(event)) throw new MalformedItem('messaging event is not an object');
  const message = isObject(event.message) ? event.message : undefined;
  if (!message) {
    const kind = [
      'delivery',
      'read',
      'reaction',
      'postback',
      'referral',
      'optin',
      'message_edit',
    ].find((k) => k in event);
    return { kind: 'ignored', accountId, eventType: `messaging.${kind ?? 'unknown'}` };
  }
  if (message.is_echo === true) return { kind: 'ignored', accountId, eventType: 'messaging.echo' };
  const sender = isObject(event.sender) ? event.sender : undefined;
  const senderId = id(sender?.id, 'sender.id');
  if (senderId === accountId) return { kind: 'ignored', accountId, eventType: 'messaging.own' };
  if (typeof message.text !== 'string') {
    return { kind: 'ignored', accountId, eventType: 'messaging.attachment' };
  }
  const replyTo = isObject(message.reply_to)
    ? optId(message.reply_to.mid, 'reply_to.mid')
    : undefined;
  return {
    kind: 'post',
    post: {
      platform,
      accountId,
      externalId: id(message.mid, 'message.mid'),
      threadKey: senderId,
      inReplyTo: replyTo,
      author: { id: senderId },
      text: message.text,
      visibility: 'private',
      direct: true,
      occurredAt: dateFrom(event.timestamp, now),
    },
  };
}

/**
 * Normalises one Meta webhook delivery (Facebook Pages and Instagram): page
 * feed comments and replies, Instagram comments, Messenger and Instagram
 * direct messages. Each item stands alone: one that cannot be read is
 * reported as malformed and the others are kept.
 */
export function normaliseMetaDelivery(body: unknown, now: Date): DeliveryItem[] {
  if (!isObject(body) || !Array.isArray(body.entry)) {
    return [{ kind: 'malformed', eventType: 'meta.delivery', reason: 'entry is missing' }];
  }
  const platform = OBJECTS[String(body.object)];
  if (!platform) return [{ kind: 'ignored', eventType: `meta.${String(body.object)}` }];
  if (body.entry.length === 0) return [{ kind: 'ignored', eventType: 'meta.empty' }];
  const out: DeliveryItem[] = [];
  for (const entry of body.entry as unknown[]) {
    if (!isObject(entry) || optStr(entry.id) === undefined) {
      out.push({ kind: 'malformed', eventType: 'meta.entry', reason: 'entry.id is missing' });
      continue;
    }
    const accountId = optStr(entry.id) as string;
    const changes = Array.isArray(entry.changes) ? (entry.changes as unknown[]) : [];
    const messaging = Array.isArray(entry.messaging) ? (entry.messaging as unknown[]) : [];
    // Instagram's own examples also put a single change straight on the entry.
    if (typeof entry.field === 'string') changes.push({ field: entry.field, value: entry.value });
    for (const change of changes) {
      const field = isObject(change) ? optStr(change.field) : undefined;
      const value = isObject(change) ? change.value : undefined;
      if (field === undefined) {
        out.push({
          kind: 'malformed',
          accountId,
          eventType: 'meta.change',
          reason: 'field is missing',
        });
      } else if (platform === 'facebook' && field === 'feed') {
        out.push(item(() => feedChange(accountId, value, now), accountId, 'feed'));
      } else if (platform === 'instagram' && (field === 'comments' || field === 'live_comments')) {
        out.push(item(() => instagramComment(accountId, field, value, now), accountId, field));
      } else if (field === 'messages') {
        // A direct message delivered as a change (the dashboard's test form): the same event.
        out.push(item(() => messagingEvent(platform, accountId, value, now), accountId, field));
      } else {
        out.push({ kind: 'ignored', accountId, eventType: field });
      }
    }
    for (const event of messaging) {
      out.push(item(() => messagingEvent(platform, accountId, event, now), accountId, 'messaging'));
    }
    if (changes.length === 0 && messaging.length === 0) {
      out.push({ kind: 'ignored', accountId, eventType: 'meta.entry.empty' });
    }
  }
  return out;
}
