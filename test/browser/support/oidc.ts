import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { BrowserContext, Page } from 'playwright-core';

export interface Account {
  name: string;
  roles: string[];
  location?: 'office' | 'remote';
}

export interface LocalProvider {
  /** The trusted issuer, then another one signing with the same key. */
  issuers: [string, string];
  /** Registers the console's redirect URI (known once it listens) and waits until ready. */
  ready(redirectUri: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real `oidc-provider` (ES modules only) in a child process (support/oidc-provider.mjs), on
 * 127.0.0.1 with random ports: a public client that must use PKCE, the given accounts, and the
 * provider's own development login form.
 */
export async function startProvider(options: {
  clientId: string;
  resources: string[];
  accounts: Record<string, Account>;
}): Promise<LocalProvider> {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    [join(__dirname, 'oidc-provider.mjs'), JSON.stringify(options)],
    { env: { ...process.env, NODE_ENV: 'development' } },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const lines = createInterface({ input: child.stdout });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) =>
      reject(new Error(`the OpenID provider exited (${code}):\n${stderr}`)),
    ),
  );
  exited.catch(() => undefined);
  const next = <T>() =>
    Promise.race([
      new Promise<T>((resolve) => lines.once('line', (l) => resolve(JSON.parse(l) as T))),
      exited,
    ]);
  const { issuers } = await next<{ issuers: [string, string] }>();
  return {
    issuers,
    async ready(redirectUri) {
      child.stdin.write(JSON.stringify({ redirectUri }) + '\n');
      await next<{ ready: true }>();
    },
    async close() {
      if (child.exitCode !== null) return;
      const gone = new Promise((r) => child.once('exit', r));
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await gone;
      clearTimeout(timer);
    },
  };
}

/** Fills the provider's own login form (any password), then its consent page when it asks. */
export async function providerLogin(page: Page, login: string): Promise<void> {
  await page.getByPlaceholder('Enter any login').fill(login, { timeout: 30_000 });
  await page.getByPlaceholder('and password').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click({ timeout: 30_000 });
}

/** The provider's login page imports a web font from the internet: not in these tests. */
export async function offline(ctx: BrowserContext, allowed: string[]): Promise<void> {
  await ctx.route(
    (url) => !allowed.some((origin) => url.origin === origin),
    (route) => route.abort(),
  );
}

const b64url = (b: Buffer) => b.toString('base64url');

/**
 * Tokens for a person, through the browser's login at the given issuer but without the console:
 * the code is caught on its way to the redirect URI and redeemed here, with PKCE.
 */
export async function tokensFrom(
  ctx: BrowserContext,
  o: { issuer: string; clientId: string; redirectUri: string; resource: string; login: string },
): Promise<{ access_token: string; id_token: string }> {
  // A person with no session at the provider yet.
  await ctx.clearCookies();
  const verifier = b64url(randomBytes(48));
  const state = b64url(randomBytes(16));
  const discovery = (await (
    await fetch(`${o.issuer}/.well-known/openid-configuration`)
  ).json()) as { authorization_endpoint: string; token_endpoint: string };
  const auth = new URL(discovery.authorization_endpoint);
  auth.search = new URLSearchParams({
    response_type: 'code',
    client_id: o.clientId,
    redirect_uri: o.redirectUri,
    scope: 'openid profile',
    state,
    nonce: b64url(randomBytes(16)),
    code_challenge: b64url(createHash('sha256').update(verifier).digest()),
    code_challenge_method: 'S256',
    resource: o.resource,
  }).toString();
  const page = await ctx.newPage();
  // Read on its way to the redirect URI (the console there does nothing with it: no sign-in of
  // its own is pending).
  const back = page.waitForRequest((r) => r.url().startsWith(`${o.redirectUri}?`), {
    timeout: 30_000,
  });
  await page.goto(auth.toString());
  await providerLogin(page, o.login);
  const answer = new URL((await back).url()).searchParams;
  await page.close();
  const code = answer.get('state') === state ? answer.get('code') : null;
  if (!code) throw new Error(`no code came back: ${answer.toString()}`);
  const res = await fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: o.redirectUri,
      client_id: o.clientId,
      code_verifier: verifier,
      resource: o.resource,
    }),
  });
  const body = (await res.json()) as { access_token: string; id_token: string };
  if (!res.ok) throw new Error(`token endpoint: ${res.status} ${JSON.stringify(body)}`);
  return body;
}
