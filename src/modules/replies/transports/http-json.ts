import { TransportError } from './transport';

export interface HttpJsonRequest {
  method: 'GET' | 'POST';
  url: URL;
  /** Bearer token; sent in the Authorization header, never in the URL (URLs end up in logs). */
  token: string;
  body?: unknown;
  timeoutMs: number;
}

export interface HttpJsonResponse {
  status: number;
  headers: Headers;
  /** The parsed body; undefined when it was empty or not JSON. */
  body: unknown;
}

/**
 * One JSON request with a hard time-out. A time-out or a network failure is a
 * retryable TransportError; any HTTP answer is returned for the caller to
 * classify, since platforms signal rate limits and permanent errors in
 * their own ways.
 */
export async function httpJson(req: HttpJsonRequest): Promise<HttpJsonResponse> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${req.token}`,
    accept: 'application/json',
  };
  if (req.body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(req.url, {
      method: req.method,
      headers,
      body: req.body === undefined ? undefined : JSON.stringify(req.body),
      signal: AbortSignal.timeout(req.timeoutMs),
      redirect: 'error',
    });
  } catch (err) {
    // DOMException (the abort reason) is not an Error in every realm: read its name.
    const name = typeof err === 'object' && err !== null ? (err as { name?: unknown }).name : '';
    throw TransportError.retryable(name === 'TimeoutError' ? 'timeout' : 'network');
  }
  let text: string;
  try {
    text = await res.text();
  } catch {
    throw TransportError.retryable('network');
  }
  let body: unknown;
  try {
    body = text.length > 0 ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: res.status, headers: res.headers, body };
}

/** `Retry-After` as seconds or an HTTP date, relative to `nowMs`. */
export function retryAfter(headers: Headers, nowMs: number): Date | undefined {
  const v = headers.get('retry-after');
  if (!v) return undefined;
  if (/^\d+$/.test(v.trim())) return new Date(nowMs + Number(v.trim()) * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : new Date(at);
}

/** The classification every platform shares for statuses it does not treat specially. */
export function errorForStatus(status: number, code: string): TransportError {
  if (status === 408 || status >= 500) return TransportError.retryable(code, status);
  if (status === 401 || status === 403) return TransportError.permanent('unauthorized', status);
  return TransportError.permanent(code, status);
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function stringField(v: unknown, key: string): string | undefined {
  if (!isRecord(v)) return undefined;
  const f = v[key];
  return typeof f === 'string' && f.length > 0 ? f : undefined;
}
