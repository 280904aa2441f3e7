import {
  errorForStatus,
  httpJson,
  isRecord,
  stringField,
  type HttpJsonResponse,
} from './http-json';
import {
  TransportError,
  type LookupResult,
  type OutboundMessage,
  type SentMessage,
  type Transport,
} from './transport';

export interface XApiConfig {
  /** https://api.x.com in production; a local fake in tests. */
  baseUrl: string;
  /** OAuth 2.0 user-context access token of the brand's account (tweet.write, dm.write, dm.read). */
  userAccessToken?: string;
  /** App-only bearer token, for reading the brand's own timeline during reconciliation. */
  bearerToken?: string;
  timeoutMs: number;
  nowMs: () => number;
}

/**
 * The X API v2: replies and posts (`POST /2/tweets`, with
 * `reply.in_reply_to_tweet_id` for a reply) and one-to-one direct messages
 * (`POST /2/dm_conversations/with/{participant_id}/messages`). X takes no
 * idempotency key; reconciliation reads the brand's recent posts
 * (`GET /2/users/{id}/tweets`) or the DM conversation's events and looks for
 * the same text.
 */
export class XApiTransport implements Transport {
  readonly name = 'x-api';

  constructor(private readonly config: XApiConfig) {}

  async send(m: OutboundMessage): Promise<SentMessage> {
    if (m.platform !== 'x') throw TransportError.permanent('platform_not_supported');
    const token = this.token(this.config.userAccessToken);
    let res: HttpJsonResponse;
    let id: string | undefined;
    switch (m.kind) {
      case 'comment_reply':
        res = await this.call('POST', '/2/tweets', token, {
          text: m.text,
          reply: { in_reply_to_tweet_id: required(m.inReplyTo, 'in_reply_to_missing') },
        });
        id = stringField(isRecord(res.body) ? res.body.data : undefined, 'id');
        break;
      case 'post':
        res = await this.call('POST', '/2/tweets', token, { text: m.text });
        id = stringField(isRecord(res.body) ? res.body.data : undefined, 'id');
        break;
      case 'direct_message':
        res = await this.call(
          'POST',
          `/2/dm_conversations/with/${encodeURIComponent(required(m.recipientId, 'recipient_missing'))}/messages`,
          token,
          { text: m.text },
        );
        id = stringField(isRecord(res.body) ? res.body.data : undefined, 'dm_event_id');
        break;
    }
    if (!id) throw TransportError.permanent('unexpected_response', res.status);
    return { platformMessageId: id };
  }

  async lookup(m: OutboundMessage): Promise<LookupResult> {
    if (m.kind === 'direct_message') {
      const res = await this.call(
        'GET',
        `/2/dm_conversations/with/${encodeURIComponent(required(m.recipientId, 'recipient_missing'))}/dm_events`,
        this.token(this.config.userAccessToken),
        undefined,
        { 'dm_event.fields': 'id,text,sender_id,event_type', max_results: '100' },
      );
      for (const e of dataOf(res)) {
        if (
          stringField(e, 'event_type') === 'MessageCreate' &&
          stringField(e, 'sender_id') === m.accountId &&
          stringField(e, 'text') === m.text
        ) {
          const id = stringField(e, 'id');
          if (id) return { found: true, platformMessageId: id };
        }
      }
      return { found: false };
    }
    const res = await this.call(
      'GET',
      `/2/users/${encodeURIComponent(m.accountId)}/tweets`,
      this.token(this.config.bearerToken ?? this.config.userAccessToken),
      undefined,
      { 'tweet.fields': 'referenced_tweets', max_results: '100' },
    );
    for (const t of dataOf(res)) {
      const id = stringField(t, 'id');
      if (!id || stringField(t, 'text') !== m.text) continue;
      const refs = Array.isArray(t.referenced_tweets) ? (t.referenced_tweets as unknown[]) : [];
      const repliesTo = refs.some(
        (r) => stringField(r, 'type') === 'replied_to' && stringField(r, 'id') === m.inReplyTo,
      );
      if (m.kind === 'post' ? refs.length === 0 : repliesTo) {
        return { found: true, platformMessageId: id };
      }
    }
    return { found: false };
  }

  private token(t: string | undefined): string {
    if (!t) throw TransportError.permanent('not_configured');
    return t;
  }

  private async call(
    method: 'GET' | 'POST',
    path: string,
    token: string,
    body?: unknown,
    query: Record<string, string> = {},
  ): Promise<HttpJsonResponse> {
    const url = new URL(path, this.config.baseUrl);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    const res = await httpJson({ method, url, token, body, timeoutMs: this.config.timeoutMs });
    if (res.status >= 200 && res.status < 300) return res;
    if (res.status === 429) {
      // x-rate-limit-reset: the epoch second at which the window resets.
      const reset = Number(res.headers.get('x-rate-limit-reset'));
      return Promise.reject(
        TransportError.rateLimited(
          Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : undefined,
          429,
        ),
      );
    }
    throw errorForStatus(res.status, 'http_error');
  }
}

function dataOf(res: HttpJsonResponse): Record<string, unknown>[] {
  const data = isRecord(res.body) && Array.isArray(res.body.data) ? res.body.data : [];
  return (data as unknown[]).filter(isRecord);
}

function required(v: string | undefined, code: string): string {
  if (!v) throw TransportError.permanent(code);
  return v;
}
