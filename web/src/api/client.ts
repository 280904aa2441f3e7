import type { components, paths } from '@api/schema';
import createClient, { type Middleware } from 'openapi-fetch';

export type Schemas = components['schemas'];
export type Me = Schemas['MeResponseDto'];

/** The one error shape of the service. */
export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
  requestId?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'countersign.token';

let onExpired: () => void = () => undefined;

export const tokenStore = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string) => sessionStorage.setItem(TOKEN_KEY, token),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
  /** Called when the service answers 401 to a signed-in request. */
  onExpired: (fn: () => void) => {
    onExpired = fn;
  },
};

const auth: Middleware = {
  onRequest({ request }) {
    const token = tokenStore.get();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && request.headers.has('authorization')) onExpired();
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: '' });
api.use(auth);

function isErrorBody(x: unknown): x is ApiErrorBody {
  return typeof x === 'object' && x !== null && 'error' in x;
}

/** Unwraps an openapi-fetch result: the data, or an ApiError with the service's message. */
export function unwrap<T>(r: { data?: T; error?: unknown; response: Response }): T {
  if (r.response.ok && r.data !== undefined) return r.data;
  const body = r.error;
  if (isErrorBody(body)) {
    throw new ApiError(r.response.status, body.error.code, body.error.message, body.requestId);
  }
  throw new ApiError(r.response.status, 'HTTP_ERROR', `The service answered ${r.response.status}.`);
}

/** Authenticated download of a file as a Blob (exports). */
export async function fetchBlob(url: string): Promise<Blob> {
  const token = tokenStore.get();
  const res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (res.status === 401) onExpired();
  if (!res.ok) throw new ApiError(res.status, 'HTTP_ERROR', `The download failed (${res.status}).`);
  return res.blob();
}

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
