import {
  errorForStatus,
  httpJson,
  isRecord,
  retryAfter,
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

export interface MetaGraphConfig {
  /** https://graph.facebook.com in production; a local fake in tests. */
  baseUrl: string;
  /** Graph API version path segment, e.g. v21.0. */
  version: string;
  /** Page access token (Facebook Login for Business), used for the Page and its Instagram account. */
  pageAccessToken?: string;
  timeoutMs: number;
  nowMs: () => number;
}

/** Graph API error codes that mean "throttled" (API, app, user, page and custom limits). */
const THROTTLE_CODES = new Set([4, 17, 32, 613, 80001, 80002, 80005, 80006]);
/** OAuthException: the token is invalid or revoked; retrying cannot help. */
const TOKEN_CODES = new Set([102, 190]);

/**
 * The Meta Graph API: Facebook comment replies (`POST /{comment-id}/comments`),
 * Instagram comment replies (`POST /{ig-comment-id}/replies`), Messenger and
 * Instagram messages (`POST /{page-or-ig-id}/messages`, messaging_type
 * RESPONSE) and Page posts (`POST /{page-id}/feed`). Meta accepts no
 * idempotency key, so reconciliation reads back the thread and looks for the
 * brand's message with the same text; messages cannot be read back that way
 * and are left to a person.
 */
export class MetaGraphTransport implements Transport {
  readonly name = 'meta-graph';

  constructor(private readonly config: MetaGraphConfig) {}

  async send(m: OutboundMessage): Promise<SentMessage> {
    const { path, body } = this.request(m);
    const res = await this.call('POST', path, body);
    const id =
      m.kind === 'direct_message'
        ? stringField(res.body, 'message_id')
        : stringField(res.body, 'id');
    if (!id) throw TransportError.permanent('unexpected_response', res.status);
    return { platformMessageId: id };
  }

  async lookup(m: OutboundMessage): Promise<LookupResult> {
    if (m.kind === 'direct_message') return { found: 'unknown' };
    const path =
      m.kind === 'post'
        ? `${m.accountId}/feed`
        : m.platform === 'instagram'
          ? `${required(m.inReplyTo, 'in_reply_to_missing')}/replies`
          : `${required(m.inReplyTo, 'in_reply_to_missing')}/comments`;
    const fields = m.platform === 'instagram' ? 'id,text,from' : 'id,message,from';
    const res = await this.call('GET', path, undefined, { fields, limit: '100' });
    const data = isRecord(res.body) && Array.isArray(res.body.data) ? res.body.data : [];
    for (const item of data as unknown[]) {
      if (!isRecord(item)) continue;
      const text = stringField(item, m.platform === 'instagram' ? 'text' : 'message');
      const from = stringField(item.from, 'id');
      const id = stringField(item, 'id');
      if (id && text === m.text && (m.kind === 'post' || from === m.accountId)) {
        return { found: true, platformMessageId: id };
      }
    }
    return { found: false };
  }

  private request(m: OutboundMessage): { path: string; body: Record<string, unknown> } {
    if (m.platform !== 'facebook' && m.platform !== 'instagram') {
      throw TransportError.permanent('platform_not_supported');
    }
    switch (m.kind) {
      case 'comment_reply': {
        const target = required(m.inReplyTo, 'in_reply_to_missing');
        return m.platform === 'instagram'
          ? { path: `${target}/replies`, body: { message: m.text } }
          : { path: `${target}/comments`, body: { message: m.text } };
      }
      case 'direct_message':
        return {
          path: `${m.accountId}/messages`,
          body: {
            recipient: { id: required(m.recipientId, 'recipient_missing') },
            messaging_type: 'RESPONSE',
            message: { text: m.text },
          },
        };
      case 'post':
        // Instagram publishing needs a media container; text-only posts exist on Pages only.
        if (m.platform === 'instagram') throw TransportError.permanent('text_post_not_supported');
        return { path: `${m.accountId}/feed`, body: { message: m.text } };
    }
  }

  private async call(
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
    query: Record<string, string> = {},
  ): Promise<HttpJsonResponse> {
    const token = this.config.pageAccessToken;
    if (!token) throw TransportError.permanent('not_configured');
    const url = new URL(
      `/${this.config.version}/${path.split('/').map(encodeURIComponent).join('/')}`,
      this.config.baseUrl,
    );
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    const res = await httpJson({ method, url, token, body, timeoutMs: this.config.timeoutMs });
    if (res.status >= 200 && res.status < 300) return res;
    throw this.errorOf(res);
  }

  private errorOf(res: HttpJsonResponse): TransportError {
    const err = isRecord(res.body) && isRecord(res.body.error) ? res.body.error : {};
    const code = typeof err.code === 'number' ? err.code : undefined;
    if (res.status === 429 || (code !== undefined && THROTTLE_CODES.has(code))) {
      return TransportError.rateLimited(this.resetOf(res.headers), res.status);
    }
    if (code !== undefined && TOKEN_CODES.has(code)) {
      return TransportError.permanent('token_invalid', res.status);
    }
    if (err.is_transient === true) return TransportError.retryable('transient', res.status);
    return errorForStatus(res.status, code !== undefined ? `graph_error_${code}` : 'http_error');
  }

  /** Retry-After, else the longest `estimated_time_to_regain_access` (minutes) of the usage headers. */
  private resetOf(headers: Headers): Date | undefined {
    const now = this.config.nowMs();
    const after = retryAfter(headers, now);
    if (after) return after;
    let minutes = 0;
    for (const name of ['x-business-use-case-usage', 'x-app-usage', 'x-page-usage']) {
      const raw = headers.get(name);
      if (!raw) continue;
      try {
        collectRegain(JSON.parse(raw), (m) => (minutes = Math.max(minutes, m)));
      } catch {
        // a malformed usage header only loses the hint
      }
    }
    return minutes > 0 ? new Date(now + minutes * 60_000) : undefined;
  }
}

function collectRegain(v: unknown, found: (minutes: number) => void): void {
  if (Array.isArray(v)) for (const x of v) collectRegain(x, found);
  else if (isRecord(v)) {
    for (const [k, x] of Object.entries(v)) {
      if (k === 'estimated_time_to_regain_access' && typeof x === 'number') found(x);
      else collectRegain(x, found);
    }
  }
}

function required(v: string | undefined, code: string): string {
  if (!v) throw TransportError.permanent(code);
  return v;
}
