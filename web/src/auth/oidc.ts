/**
 * OpenID Connect sign-in in the browser: the authorization code flow with PKCE (S256) for a
 * public client (no secret), written with WebCrypto. The redirect URI is the console's own `/`.
 *
 * Two ways in, one way back:
 * - the sign-in screen sends the whole tab to the issuer (`signInWithRedirect`); the pending
 *   sign-in (state, nonce, code verifier) waits in this tab's sessionStorage;
 * - when a token expires, a sign-in window (`signInWithPopup`) keeps the page, and what was typed
 *   on it, in place; the pending sign-in stays in this page's memory.
 * Either way the issuer comes back to `/?code=…&state=…`, where `completeSignIn` takes over: the
 * tab that started a redirect exchanges the code itself; a sign-in window hands the code and
 * state to its opener over a BroadcastChannel (the console's Cross-Origin-Opener-Policy cuts the
 * `window.opener` link), and only the page holding that state and its code verifier can redeem it.
 */

export interface OidcSettings {
  issuer: string;
  clientId: string;
  scopes: string;
  /** Resource indicator (RFC 8707) asked for, the access token's audience. */
  audience?: string;
}

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
}

interface Pending {
  state: string;
  nonce: string;
  verifier: string;
  settings: OidcSettings;
  /** The console route (`#/…`) to return to. */
  returnTo: string;
  startedAt: number;
}

interface CallbackMessage {
  state: string;
  code?: string;
  error?: string;
  errorDescription?: string;
}

export type CallbackResult =
  | { kind: 'none' }
  | { kind: 'signed-in'; token: string }
  | { kind: 'handed-over' }
  | { kind: 'error'; message: string };

/** A sign-in that did not end with a token, in words for the person. */
export class SignInError extends Error {}

const PENDING_KEY = 'countersign.oidc.pending';
const CHANNEL = 'countersign.oidc';
const POPUP_NAME = 'countersign-sign-in';
/** How long a started sign-in may take (typing a password, a second factor). */
const PENDING_MS = 10 * 60_000;

function base64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomToken(bytes = 32): string {
  const a = new Uint8Array(bytes);
  crypto.getRandomValues(a);
  return base64url(a);
}

/** The PKCE S256 code challenge of a verifier (RFC 7636). */
export async function codeChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

function decodeJwtPayload(jwt: string): Record<string, unknown> {
  const part = jwt.split('.')[1] ?? '';
  const b64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
  if (typeof payload !== 'object' || payload === null) throw new Error('not a JWT payload');
  return payload as Record<string, unknown>;
}

const isJwt = (t: unknown): t is string =>
  typeof t === 'string' && /^[\w-]+\.[\w-]+\.[\w-]+$/.test(t);

const discoveries = new Map<string, Promise<Discovery>>();

/** The issuer's endpoints, from its discovery document (read once per page). */
export function discover(issuer: string): Promise<Discovery> {
  let d = discoveries.get(issuer);
  if (!d) {
    d = (async () => {
      const url = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
      let res: Response;
      try {
        res = await fetch(url, { credentials: 'omit', headers: { accept: 'application/json' } });
      } catch {
        throw new SignInError(`The identity provider (${issuer}) cannot be reached.`);
      }
      if (!res.ok) {
        throw new SignInError(`The identity provider's configuration answered ${res.status}.`);
      }
      const doc = (await res.json()) as Partial<Discovery>;
      if (doc.issuer !== issuer) {
        throw new SignInError(`The identity provider names itself ${String(doc.issuer)}.`);
      }
      for (const k of ['authorization_endpoint', 'token_endpoint'] as const) {
        const v = doc[k];
        if (typeof v !== 'string' || !/^https?:\/\//.test(v)) {
          throw new SignInError(`The identity provider's configuration has no ${k}.`);
        }
      }
      return doc as Discovery;
    })();
    discoveries.set(issuer, d);
    d.catch(() => discoveries.delete(issuer));
  }
  return d;
}

/** The console's own origin: the only redirect URI it uses. */
export function redirectUri(): string {
  return `${window.location.origin}/`;
}

function newPending(settings: OidcSettings, returnTo: string): Pending {
  return {
    state: randomToken(),
    nonce: randomToken(),
    verifier: randomToken(48),
    settings,
    returnTo,
    startedAt: Date.now(),
  };
}

async function authorizationUrl(p: Pending): Promise<string> {
  const d = await discover(p.settings.issuer);
  const url = new URL(d.authorization_endpoint);
  const q = url.searchParams;
  q.set('response_type', 'code');
  q.set('client_id', p.settings.clientId);
  q.set('redirect_uri', redirectUri());
  q.set('scope', p.settings.scopes);
  q.set('state', p.state);
  q.set('nonce', p.nonce);
  q.set('code_challenge', await codeChallenge(p.verifier));
  q.set('code_challenge_method', 'S256');
  if (p.settings.audience) q.set('resource', p.settings.audience);
  return url.toString();
}

function providerError(error: string, description?: string | null): SignInError {
  if (error === 'access_denied') return new SignInError('The sign-in was cancelled or refused.');
  return new SignInError(
    `The identity provider refused the sign-in (${error}${description ? `: ${description}` : ''}).`,
  );
}

/**
 * Redeems the code at the token endpoint with the code verifier, checks the ID token that comes
 * with it (issuer, audience, nonce, expiry: it came straight from the issuer over the connection
 * the browser checked, so its signature is left to the service's checks of the access token),
 * and returns the access token, which must be a JWT the service can verify.
 */
async function exchange(p: Pending, code: string): Promise<string> {
  const d = await discover(p.settings.issuer);
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri(),
    client_id: p.settings.clientId,
    code_verifier: p.verifier,
  });
  if (p.settings.audience) body.set('resource', p.settings.audience);
  let res: Response;
  try {
    res = await fetch(d.token_endpoint, {
      method: 'POST',
      credentials: 'omit',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body,
    });
  } catch {
    throw new SignInError("The identity provider's token endpoint cannot be reached.");
  }
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok) {
    throw providerError(
      typeof json.error === 'string' ? json.error : `HTTP ${res.status}`,
      typeof json.error_description === 'string' ? json.error_description : null,
    );
  }
  if (typeof json.token_type !== 'string' || json.token_type.toLowerCase() !== 'bearer') {
    throw new SignInError('The identity provider did not issue a bearer token.');
  }
  if (!isJwt(json.id_token)) throw new SignInError('The identity provider issued no ID token.');
  const id = decodeJwtPayload(json.id_token);
  const aud = Array.isArray(id.aud) ? id.aud : [id.aud];
  if (
    id.iss !== d.issuer ||
    !aud.includes(p.settings.clientId) ||
    (aud.length > 1 && id.azp !== p.settings.clientId) ||
    id.nonce !== p.nonce ||
    typeof id.exp !== 'number' ||
    // A few minutes' tolerance for this computer's clock.
    id.exp * 1000 < Date.now() - 5 * 60_000
  ) {
    throw new SignInError('The ID token does not belong to this sign-in: it is refused.');
  }
  if (!isJwt(json.access_token)) {
    throw new SignInError(
      'The identity provider issued an access token the service cannot verify (not a JWT): ' +
        'an administrator sets OIDC_AUDIENCE to the resource it issues JWT access tokens for.',
    );
  }
  return json.access_token;
}

/** Sends this tab to the issuer; it comes back to `/` and `completeSignIn` finishes. */
export async function signInWithRedirect(settings: OidcSettings): Promise<void> {
  const p = newPending(settings, window.location.hash);
  const url = await authorizationUrl(p);
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(p));
  window.location.assign(url);
}

let cancelPopup: (() => void) | undefined;

/** The message of a sign-in window's wait that a newer one replaced. */
export const SUPERSEDED = 'Another sign-in was started.';

/**
 * Signs in again in a window of its own, keeping this page as it is, and resolves with the new
 * access token. Must be called from a click (a window opened later is blocked).
 */
export async function signInWithPopup(settings: OidcSettings): Promise<string> {
  cancelPopup?.();
  const p = newPending(settings, '');
  // Opened at once, in the click's own task; sent to the issuer when the URL is ready.
  const popup = window.open('about:blank', POPUP_NAME, 'popup,width=520,height=720');
  if (!popup) {
    throw new SignInError(
      'The sign-in window was blocked: allow pop-ups for this console, then try again.',
    );
  }
  try {
    popup.location.href = await authorizationUrl(p);
  } catch (err) {
    popup.close();
    throw err;
  }
  const code = await new Promise<string>((resolve, reject) => {
    const channel = new BroadcastChannel(CHANNEL);
    const stop = () => {
      clearTimeout(timer);
      channel.close();
      cancelPopup = undefined;
    };
    const timer = setTimeout(() => {
      stop();
      reject(new SignInError('The sign-in took too long: try again.'));
    }, PENDING_MS);
    cancelPopup = () => {
      stop();
      reject(new SignInError(SUPERSEDED));
    };
    channel.onmessage = (e: MessageEvent<CallbackMessage>) => {
      if (!e.data || e.data.state !== p.state) return;
      stop();
      if (e.data.code) resolve(e.data.code);
      else reject(providerError(e.data.error ?? 'no code', e.data.errorDescription));
    };
  });
  return exchange(p, code);
}

/** Whether this page load is the issuer's answer (`/?code=…&state=…` or `?error=…&state=…`). */
export function isCallback(): boolean {
  const q = new URLSearchParams(window.location.search);
  return q.has('state') && (q.has('code') || q.has('error'));
}

function readPending(): Pending | null {
  try {
    const raw = sessionStorage.getItem(PENDING_KEY);
    return raw ? (JSON.parse(raw) as Pending) : null;
  } catch {
    return null;
  }
}

async function complete(): Promise<CallbackResult> {
  if (!isCallback()) return { kind: 'none' };
  const q = new URLSearchParams(window.location.search);
  const message: CallbackMessage = {
    state: q.get('state')!,
    ...(q.get('code') ? { code: q.get('code')! } : {}),
    ...(q.get('error') ? { error: q.get('error')! } : {}),
    ...(q.get('error_description') ? { errorDescription: q.get('error_description')! } : {}),
  };
  const pending = readPending();
  if (!pending || pending.state !== message.state) {
    // Not a sign-in this tab started: the sign-in window of a page whose token expired.
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage(message);
    channel.close();
    window.history.replaceState(null, '', '/');
    return { kind: 'handed-over' };
  }
  sessionStorage.removeItem(PENDING_KEY);
  // The code leaves the address bar (and the history) before anything else happens.
  window.history.replaceState(null, '', `/${pending.returnTo}`);
  try {
    if (message.error) throw providerError(message.error, message.errorDescription);
    if (Date.now() - pending.startedAt > PENDING_MS) {
      throw new SignInError('The sign-in took too long: try again.');
    }
    return { kind: 'signed-in', token: await exchange(pending, message.code!) };
  } catch (err) {
    return {
      kind: 'error',
      message: err instanceof SignInError ? err.message : 'The sign-in failed.',
    };
  }
}

let completion: Promise<CallbackResult> | undefined;

/** Finishes a sign-in when this page load is the issuer's answer; once per page load. */
export function completeSignIn(): Promise<CallbackResult> {
  completion ??= complete();
  return completion;
}
