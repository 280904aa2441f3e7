import AxeBuilder from '@axe-core/playwright';
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import {
  type ConsoleUnderTest,
  expectAccessible,
  screenshot,
  see,
  startConsole,
} from './support/console';
import {
  type LocalProvider,
  offline,
  providerLogin,
  startProvider,
  tokensFrom,
} from './support/oidc';

const claimsOf = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString()) as Record<string, unknown>;

const CLIENT_ID = 'countersign-console';
/** The service's audience: the resource indicator the console asks for. */
const AUDIENCE = 'https://countersign.test/api';
/** Another resource server of the same provider. */
const OTHER_API = 'https://payments.test/api';

describe('sign-in with OpenID Connect (a real oidc-provider, NODE_ENV=production)', () => {
  let idp: LocalProvider;
  let c: ConsoleUnderTest;
  let issuer: string;

  beforeAll(async () => {
    idp = await startProvider({
      clientId: CLIENT_ID,
      resources: [AUDIENCE, OTHER_API],
      accounts: {
        lena: { name: 'Lena Legal', roles: ['legal', 'offline_access'], location: 'office' },
        olga: { name: 'Olga Officer', roles: ['compliance_officer', 'auditor'] },
        nobody: { name: 'No Role', roles: ['payments_clerk'] },
      },
    });
    issuer = idp.issuers[0];
    c = await startConsole({
      NODE_ENV: 'production',
      // No shared secret: the issuer's keys are the only ones.
      JWT_SECRET: '',
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_AUDIENCE: AUDIENCE,
      ARCHIVE_MASTER_KEY: randomBytes(32).toString('base64'),
      // What the configured channel handles need in production.
      X_CONSUMER_SECRET: randomBytes(24).toString('hex'),
      META_APP_SECRET: randomBytes(24).toString('hex'),
      META_VERIFY_TOKEN: randomBytes(24).toString('hex'),
    });
    await idp.ready(`${c.baseUrl}/`);
  });
  afterAll(async () => {
    await c?.close();
    await idp?.close();
  });

  /** A browser with no way out but the console and the provider. */
  async function browser() {
    const ctx = await c.context();
    await offline(ctx, [c.baseUrl, ...idp.issuers]);
    return ctx;
  }

  function watchCsp(page: Page): string[] {
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) {
        problems.push(m.text());
      }
    });
    return problems;
  }

  it('tells the console to sign in at the issuer, with the issuer in connect-src, and has no dev route', async () => {
    const config = await (await fetch(`${c.baseUrl}/v1/auth/config`)).json();
    expect(config).toEqual({
      mode: 'oidc',
      issuer,
      clientId: CLIENT_ID,
      scopes: 'openid profile',
      audience: AUDIENCE,
    });
    const index = await fetch(`${c.baseUrl}/`);
    const csp = index.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(new RegExp(`connect-src 'self' ${issuer.replace(/[.:/]/g, '\\$&')};`));
    const dev = await fetch(`${c.baseUrl}/v1/dev/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sub: 'mallory', roles: ['admin'], location: 'office' }),
    });
    expect(dev.status).toBe(404);
  });

  it("signs in through the provider's login form and shows the token's roles in the header", async () => {
    const ctx = await browser();
    const page = await ctx.newPage();
    const csp = watchCsp(page);
    await page.goto('/#/holds');
    await see(page.getByRole('heading', { name: 'Sign in', level: 2 }));
    expect(await page.getByLabel('Subject (user id)').count()).toBe(0);
    await expectAccessible(page, 'sign-in (OpenID Connect)');
    await screenshot(page, 'sign-in-oidc');
    await page.getByRole('button', { name: 'Sign in' }).click();

    // The provider's own page, on its own origin.
    await page.waitForURL((url) => url.origin === issuer);
    await providerLogin(page, 'lena');

    await see(page.getByRole('button', { name: 'Sign out' }));
    const header = page.getByRole('banner');
    await see(header.getByText('Lena Legal'));
    await see(header.getByText('Legal', { exact: true }));
    // Back where the person started, with the code gone from the address and the history.
    await see(page.getByRole('heading', { name: 'Legal holds', level: 1 }));
    expect(page.url()).toBe(`${c.baseUrl}/#/holds`);
    const stored = await page.evaluate<{ pending: string | null; token: string | null }>(
      "({ pending: sessionStorage.getItem('countersign.oidc.pending'), token: sessionStorage.getItem('countersign.token') })",
    );
    expect(stored.pending).toBeNull();
    // The access token for the service's audience, signed by the provider.
    expect(claimsOf(stored.token!)).toMatchObject({
      iss: issuer,
      aud: AUDIENCE,
      sub: 'lena',
      roles: ['legal', 'offline_access'],
    });
    // A legal reviewer sees legal's screens, not an auditor's.
    const nav = page.getByRole('navigation', { name: 'Main' });
    await see(nav.getByRole('link', { name: 'Sign-offs' }));
    expect(await nav.getByRole('link', { name: 'Dashboard' }).count()).toBe(0);
    expect(csp).toEqual([]);
  });

  it('keeps a half-filled form when the token expires: the person signs in again in a window of its own', async () => {
    const ctx = await browser();
    const page = await ctx.newPage();
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await providerLogin(page, 'lena');
    await see(page.getByRole('button', { name: 'Sign out' }));
    await page.getByRole('link', { name: 'Legal holds' }).click();
    const form = page.getByRole('form', { name: 'Place a hold' });
    await form.getByLabel('Data subject id').fill('x:777');
    await form.getByLabel('Reason').fill('Case 12');

    // The token is no longer accepted, and the provider's session is over too.
    await page.evaluate("sessionStorage.setItem('countersign.token', 'expired.token.value')");
    await ctx.clearCookies();
    await form.getByRole('button', { name: 'Place hold' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your session has expired: sign in again' });
    await see(dialog.getByRole('button', { name: 'Sign in again' }));
    // The dialog (the page behind it is the holds screen's business).
    const scan = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
    expect(
      scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    ).toEqual([]);

    const [popup] = await Promise.all([
      ctx.waitForEvent('page'),
      dialog.getByRole('button', { name: 'Sign in again' }).click(),
    ]);
    await popup.waitForURL((url) => url.origin === issuer);
    await providerLogin(popup, 'lena');

    await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
    // The sign-in window closes itself, or says where to go. It may close while it is being
    // looked at: a wait that ends because the window closed is the first outcome.
    const closed = popup.waitForEvent('close', { timeout: 0 }).then(
      () => undefined,
      () => undefined,
    );
    const told = see(popup.getByText('Go back to the console')).then(
      () => undefined,
      (error: unknown) => {
        if (popup.isClosed()) return closed;
        throw error;
      },
    );
    if (!popup.isClosed()) await Promise.race([closed, told]);
    expect(await form.getByLabel('Data subject id').inputValue()).toBe('x:777');
    expect(await form.getByLabel('Reason').inputValue()).toBe('Case 12');
    await form.getByRole('button', { name: 'Place hold' }).click();
    await see(
      page
        .getByRole('table', { name: 'Legal holds' })
        .getByRole('cell', { name: 'x:777', exact: true }),
    );
  });

  it('refuses a token for another audience, from another issuer, an ID token, and one with no Countersign role', async () => {
    const ctx = await browser();
    const redirectUri = `${c.baseUrl}/`;
    const me = (token: string) =>
      fetch(`${c.baseUrl}/v1/me`, { headers: { authorization: `Bearer ${token}` } });

    // The control: the right issuer and audience (location absent: remote).
    const good = await tokensFrom(ctx, {
      issuer,
      clientId: CLIENT_ID,
      redirectUri,
      resource: AUDIENCE,
      login: 'olga',
    });
    const ok = await me(good.access_token);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({
      sub: 'olga',
      name: 'Olga Officer',
      roles: ['compliance_officer', 'auditor'],
      location: 'remote',
    });
    // The ID token is for the console (aud = client id), not for the service.
    expect((await me(good.id_token)).status).toBe(401);

    const otherAudience = await tokensFrom(ctx, {
      issuer,
      clientId: CLIENT_ID,
      redirectUri,
      resource: OTHER_API,
      login: 'olga',
    });
    expect(claimsOf(otherAudience.access_token)).toMatchObject({ iss: issuer, aud: OTHER_API });
    expect((await me(otherAudience.access_token)).status).toBe(401);

    // Same signing key, same audience, another issuer.
    const otherIssuer = await tokensFrom(ctx, {
      issuer: idp.issuers[1],
      clientId: CLIENT_ID,
      redirectUri,
      resource: AUDIENCE,
      login: 'olga',
    });
    expect(claimsOf(otherIssuer.access_token)).toMatchObject({
      iss: idp.issuers[1],
      aud: AUDIENCE,
      roles: ['compliance_officer', 'auditor'],
    });
    expect((await me(otherIssuer.access_token)).status).toBe(401);

    const noRole = await tokensFrom(ctx, {
      issuer,
      clientId: CLIENT_ID,
      redirectUri,
      resource: AUDIENCE,
      login: 'nobody',
    });
    expect((await me(noRole.access_token)).status).toBe(401);
  });
});

describe('sign-in in production with no identity provider configured', () => {
  let c: ConsoleUnderTest;
  beforeAll(async () => {
    c = await startConsole({
      NODE_ENV: 'production',
      ARCHIVE_MASTER_KEY: randomBytes(32).toString('base64'),
      X_CONSUMER_SECRET: randomBytes(24).toString('hex'),
      META_APP_SECRET: randomBytes(24).toString('hex'),
      META_VERIFY_TOKEN: randomBytes(24).toString('hex'),
    });
  });
  afterAll(() => c?.close());

  it('says that sign-in is not configured, and offers no development sign-in', async () => {
    const ctx = await c.context();
    const page = await ctx.newPage();
    await page.goto('/');
    await see(page.getByRole('alert').getByText('Sign-in is not configured'));
    expect(await page.getByLabel('Subject (user id)').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(0);
    await expectAccessible(page, 'sign-in not configured');
  });
});
