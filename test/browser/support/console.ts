import AxeBuilder from '@axe-core/playwright';
import request from 'supertest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';
import { createSigner, importPrivateKeyRaw } from '../../../src/modules/archive/core/checkpoint';
import { startTestApp, type TestApp } from '../../support/test-app';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** A fixed archive signing key, so that a test can pin its verifier key as an auditor would. */
const SIGNING_SEED = Buffer.alloc(32, 7).toString('base64');

export interface ConsoleUnderTest {
  t: TestApp;
  baseUrl: string;
  browser: Browser;
  /** The archive's verifier key (what an auditor pins). */
  vkey: string;
  /** A fresh browser context (another person's browser) at the given viewport. */
  context(viewport?: { width: number; height: number }): Promise<BrowserContext>;
  close(): Promise<void>;
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** The real service on a fresh database, listening on 127.0.0.1, and Debian's Chromium. */
export async function startConsole(env: Record<string, string> = {}): Promise<ConsoleUnderTest> {
  const t = await startTestApp({
    ARCHIVE_SIGNING_KEY: SIGNING_SEED,
    CHECKPOINT_INTERVAL_MS: '1000',
    ...env,
  });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const vkey = createSigner(t.settings.ARCHIVE_ORIGIN, importPrivateKeyRaw(SIGNING_SEED)).vkey;
  const contexts: BrowserContext[] = [];
  return {
    t,
    baseUrl,
    browser,
    vkey,
    async context(viewport = DESKTOP) {
      const c = await browser.newContext({ viewport, baseURL: baseUrl, reducedMotion: 'reduce' });
      contexts.push(c);
      return c;
    },
    async close() {
      const at = Date.now();
      const step = (what: string) => process.env.DEBUG_CLOSE && console.log(what, Date.now() - at);
      for (const c of contexts) await c.close().catch(() => undefined);
      step('contexts');
      await browser.close();
      step('browser');
      // Keep-alive connections would hold the server open.
      t.app.getHttpServer().closeAllConnections();
      // A shutdown that waits on a stuck database session must not hold the run:
      // after a while the database is dropped under it (FORCE ends its sessions).
      let timer: NodeJS.Timeout | undefined;
      const closed = await Promise.race([
        t.close().then(() => true),
        new Promise<false>((r) => (timer = setTimeout(() => r(false), 20_000))),
      ]);
      clearTimeout(timer);
      if (!closed) {
        console.error(
          'console tests: the service did not shut down in 20 s; dropping its database',
        );
        await t.db.drop();
      }
      step('app');
    },
  };
}

export interface Person {
  sub: string;
  roles: string[];
  location?: 'Office' | 'Remote';
}

const ROLE_LABELS: Record<string, string> = {
  agent: 'Agent',
  compliance_officer: 'Compliance officer',
  legal: 'Legal',
  auditor: 'Auditor',
  admin: 'Administrator',
  knowledge_editor: 'Knowledge editor',
};

/** Waits until the locator is visible (Playwright's auto-waiting), and returns it. */
export async function see(locator: Locator, timeout = 30_000): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible', timeout });
  return locator;
}

/** Signs in through the "Sign in as" form, as a person would. */
export async function signIn(page: Page, who: Person): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Subject (user id)').fill(who.sub);
  for (const r of who.roles) await page.getByRole('checkbox', { name: ROLE_LABELS[r] }).check();
  await page.getByRole('radio', { name: who.location ?? 'Office' }).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await see(page.getByRole('button', { name: 'Sign out' }));
}

/** No serious or critical accessibility violation on what the page shows now. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${what}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  expect(bad).toEqual([]);
}

/** With SCREENSHOTS=1 (npm run screenshots), saves the page into docs/console/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  const dir = join(__dirname, '..', '..', '..', 'docs', 'console');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: false });
}

/** Collects CSP violations and requests to any host but the service. */
export function watchPolicy(page: Page, baseUrl: string): { problems: string[] } {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) problems.push(m.text());
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request to ${url}`);
    }
  });
  return { problems };
}

/** A private post fed in on the CRM handle through POST /v1/inbound; its conversation's id. */
export async function inboundPost(
  c: ConsoleUnderTest,
  integrationToken: string,
  post: { externalId: string; threadId: string; authorId: string; text: string },
): Promise<string> {
  const r = await request(c.t.app.getHttpServer())
    .post('/v1/inbound')
    .set('authorization', `Bearer ${integrationToken}`)
    .send({
      handle: 'crm',
      externalId: post.externalId,
      threadId: post.threadId,
      author: { id: post.authorId, name: 'A member' },
      text: post.text,
      visibility: 'private',
    })
    .expect(202);
  return r.body.conversationId as string;
}

/** Asks again until `ok` holds or `timeout` ms pass; the last answer either way. */
export async function eventually<T>(
  ask: () => Promise<T>,
  ok: (v: T) => boolean,
  timeout = 30_000,
): Promise<T> {
  const until = Date.now() + timeout;
  let v = await ask();
  while (!ok(v) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 250));
    v = await ask();
  }
  return v;
}

/** Waits (up to `timeout` ms) until the locator matches exactly `n` elements, and answers how many it matches. */
export function countWhenSettled(locator: Locator, n: number, timeout = 10_000): Promise<number> {
  return eventually(
    () => locator.count(),
    (count) => count === n,
    timeout,
  );
}
