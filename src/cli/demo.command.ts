import type { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { resolveChannelSecrets, type ChannelSecrets } from '../modules/channels/channel-secrets';
import {
  DEMO_CUSTOMERS,
  demoPosts,
  metaSignature,
  seededRandom,
  xSignature,
  type DemoCustomer,
} from '../modules/channels/core';
import { loadPolicySet, type HandleSchema } from '../modules/policy/core';
import { Location, Role } from '../platform/auth/access.enums';
import { signDevToken } from '../platform/auth/token.service';
import type { Settings } from '../platform/config/settings';
import { defaultPoliciesDir } from '../platform/paths';

export interface DemoOptions {
  posts: number;
  /** Posts per second. */
  rate: number;
  /** The running service, e.g. http://localhost:3000. */
  url: string;
  seed: number;
}

export interface DemoResult {
  sent: number;
  failed: number;
  byHandle: Record<string, number>;
}

/** "5/s", "300/m" or "5" → posts per second. */
export function parseRate(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(?:\/\s*(s|m|min))?$/.exec(value.trim());
  if (!m) throw new Error('a rate such as 5/s or 120/m');
  const n = Number(m[1]);
  const perSecond = m[2] === 'm' || m[2] === 'min' ? n / 60 : n;
  if (!(perSecond > 0) || perSecond > 1000) throw new Error('a rate between 1/m and 1000/s');
  return perSecond;
}

interface Delivery {
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** Ids unique to this run, so that a second run is not taken for duplicates. */
class Ids {
  private n = 0;
  constructor(private readonly base: string) {}
  next(): string {
    this.n++;
    return `${this.base}${String(this.n).padStart(5, '0')}`;
  }
}

/** Keeps one customer's ids distinct per platform. */
const AUTHOR_PREFIX: Record<string, number> = { x: 9, facebook: 6, instagram: 1 };

/** Builds signed deliveries in each platform's real webhook format. */
class DeliveryBuilder {
  private readonly lastTweet = new Map<string, string>();
  private readonly ids: Ids;

  constructor(
    private readonly secrets: ChannelSecrets,
    private readonly integrationToken: string,
    runBase: string,
  ) {
    this.ids = new Ids(runBase);
  }

  private meta(body: object): Delivery {
    const text = JSON.stringify(body);
    return {
      path: '/v1/webhooks/meta',
      headers: {
        'content-type': 'application/json',
        'x-hub-signature-256': metaSignature(this.secrets.metaAppSecret, Buffer.from(text)),
      },
      body: text,
    };
  }

  private x(body: object): Delivery {
    const text = JSON.stringify(body);
    return {
      path: '/v1/webhooks/x',
      headers: {
        'content-type': 'application/json',
        'x-twitter-webhooks-signature': xSignature(this.secrets.xConsumerSecret, Buffer.from(text)),
      },
      body: text,
    };
  }

  build(handle: HandleSchema, c: DemoCustomer, text: string, direct: boolean, at: Date): Delivery {
    const id = this.ids.next();
    const seconds = Math.floor(at.getTime() / 1000);
    const authorId = `${AUTHOR_PREFIX[handle.platform] ?? 5}${c.key}0042`;
    switch (handle.platform) {
      case 'facebook': {
        if (direct) {
          return this.meta({
            object: 'page',
            entry: [
              {
                id: handle.accountId,
                time: at.getTime(),
                messaging: [
                  {
                    sender: { id: authorId },
                    recipient: { id: handle.accountId },
                    timestamp: at.getTime(),
                    message: { mid: `m_${id}`, text },
                  },
                ],
              },
            ],
          });
        }
        // Each customer comments under one of the page's posts (their thread).
        const postId = `${handle.accountId}_90000${c.key}`;
        return this.meta({
          object: 'page',
          entry: [
            {
              id: handle.accountId,
              time: seconds,
              changes: [
                {
                  field: 'feed',
                  value: {
                    from: { id: authorId, name: c.name },
                    message: text,
                    post_id: postId,
                    comment_id: `90000${c.key}_${id}`,
                    created_time: seconds,
                    item: 'comment',
                    parent_id: postId,
                    verb: 'add',
                  },
                },
              ],
            },
          ],
        });
      }
      case 'instagram': {
        if (direct) {
          return this.meta({
            object: 'instagram',
            entry: [
              {
                id: handle.accountId,
                time: at.getTime(),
                messaging: [
                  {
                    sender: { id: authorId },
                    recipient: { id: handle.accountId },
                    timestamp: at.getTime(),
                    message: { mid: `ig_${id}`, text },
                  },
                ],
              },
            ],
          });
        }
        return this.meta({
          object: 'instagram',
          entry: [
            {
              id: handle.accountId,
              time: seconds,
              changes: [
                {
                  field: 'comments',
                  value: {
                    from: { id: authorId, username: c.handle },
                    media: { id: `1803452198${c.key}`, media_product_type: 'FEED' },
                    id: `178653${id}`,
                    text,
                  },
                },
              ],
            },
          ],
        });
      }
      case 'x': {
        const user = { id_str: authorId, name: c.name, screen_name: c.handle };
        if (direct) {
          return this.x({
            for_user_id: handle.accountId,
            direct_message_events: [
              {
                type: 'message_create',
                id: `19${id}`,
                created_timestamp: String(at.getTime()),
                message_create: {
                  target: { recipient_id: handle.accountId },
                  sender_id: authorId,
                  message_data: { text },
                },
              },
            ],
            users: { [authorId]: { id: authorId, name: c.name, screen_name: c.handle } },
          });
        }
        // A customer's later posts reply to their earlier one: one thread each.
        const tweetId = `20${id}`;
        const previous = this.lastTweet.get(authorId);
        this.lastTweet.set(authorId, tweetId);
        return this.x({
          for_user_id: handle.accountId,
          tweet_create_events: [
            {
              created_at: at.toUTCString(),
              id_str: tweetId,
              text: `${handle.handle} ${text}`,
              in_reply_to_status_id_str: previous ?? null,
              in_reply_to_user_id_str: handle.accountId,
              user,
              timestamp_ms: String(at.getTime()),
            },
          ],
        });
      }
      case 'generic':
      case 'google_reviews':
      case 'web_chat':
        return {
          path: '/v1/inbound',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${this.integrationToken}`,
          },
          body: JSON.stringify({
            handle: handle.id,
            externalId: `demo-${id}`,
            threadId: `case-${c.key}`,
            author: { id: c.key, name: c.name },
            text,
            visibility: direct ? 'private' : 'public',
            occurredAt: at.toISOString(),
          }),
        };
    }
  }
}

/**
 * Sends sample posts through the real webhook routes of a running service,
 * signed with the secrets that service uses (same environment and DATA_DIR),
 * spread over every service handle, customer and intent.
 */
export async function runDemo(
  settings: Settings,
  opts: DemoOptions,
  log: Writable,
): Promise<DemoResult> {
  const policy = loadPolicySet(settings.POLICIES_DIR ?? defaultPoliciesDir());
  const handles = (policy.channels.handles ?? []).filter((h) => h.purpose === 'service');
  if (handles.length === 0) throw new Error('no service handle in channels.yaml');
  const secrets = resolveChannelSecrets(settings, new Set(handles.map((h) => h.platform)));
  const token = await signDevToken(
    settings,
    { sub: 'demo-feed', roles: [Role.Integration], location: Location.Office },
    Math.min(3600, settings.TOKEN_MAX_AGE_SECONDS),
  );
  const started = Date.now();
  const builder = new DeliveryBuilder(secrets, token, String(started).slice(-8));
  const rnd = seededRandom(opts.seed + 7);
  const posts = demoPosts(opts.posts, opts.seed);
  const base = opts.url.replace(/\/+$/, '');
  const result: DemoResult = { sent: 0, failed: 0, byHandle: {} };
  const interval = 1000 / opts.rate;

  for (let i = 0; i < posts.length; i++) {
    const handle = handles[i % handles.length];
    const customer = DEMO_CUSTOMERS[Math.floor(rnd() * DEMO_CUSTOMERS.length)];
    const direct = posts[i].sensitive ? rnd() < 0.7 : rnd() < 0.25;
    const d = builder.build(handle, customer, posts[i].text, direct, new Date());
    try {
      const res = await fetch(base + d.path, { method: 'POST', headers: d.headers, body: d.body });
      if (res.ok) {
        result.sent++;
        result.byHandle[handle.id] = (result.byHandle[handle.id] ?? 0) + 1;
      } else {
        result.failed++;
        const body = (await res.json().catch(() => ({}))) as { error?: { code?: string } };
        log.write(`post ${i + 1}: ${d.path} answered ${res.status} ${body.error?.code ?? ''}\n`);
      }
    } catch (err) {
      result.failed++;
      log.write(`post ${i + 1}: ${base} unreachable (${(err as Error).message})\n`);
      if (result.sent === 0) break;
    }
    if ((i + 1) % 25 === 0) log.write(`${i + 1}/${posts.length} sent\n`);
    const wait = started + (i + 1) * interval - Date.now();
    if (wait > 0 && i + 1 < posts.length) await sleep(wait);
  }
  return result;
}
