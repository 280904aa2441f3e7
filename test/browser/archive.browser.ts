import type { Page } from 'playwright-core';
import {
  type ConsoleUnderTest,
  DESKTOP,
  expectAccessible,
  PHONE,
  screenshot,
  see,
  signIn,
  startConsole,
  watchPolicy,
} from './support/console';

/**
 * Sign-in, legal holds and the auditor's archive, clicked through in Chromium
 * against the real service on a fresh database.
 */
jest.setTimeout(180_000);

describe('console: sign-in, legal holds, archive', () => {
  let c: ConsoleUnderTest;
  beforeAll(async () => {
    c = await startConsole();
  }, 60_000);
  afterAll(() => c?.close(), 120_000);

  it('signs in as a person with roles, shows who is signed in and only their screens', async () => {
    const ctx = await c.context();
    const page = await ctx.newPage();
    const policy = watchPolicy(page, c.baseUrl);
    await page.goto('/');
    await see(page.getByRole('heading', { name: 'Sign in as' }));
    await expectAccessible(page, 'sign-in');
    await screenshot(page, 'sign-in');

    // The form says what is missing instead of sending it.
    await page.getByRole('button', { name: 'Sign in' }).click();
    await see(page.getByText('Choose at least one role'));

    await signIn(page, { sub: 'lena', roles: ['legal'] });
    expect(await page.getByTestId('signed-in-as').textContent()).toBe('lena');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await see(nav.getByRole('link', { name: 'Legal holds' }));
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Templates',
      'Archive',
      'Legal holds',
      'Sign-offs',
      'Complaints',
    ]);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await see(page.getByRole('heading', { name: 'Sign in as' }));
    await signIn(page, { sub: 'kim', roles: ['knowledge_editor'] });
    await see(page.getByRole('heading', { name: 'Template library', level: 1 }));
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Templates']);
    expect(policy.problems).toEqual([]);
  });

  it('legal places and releases a hold; an auditor in another browser sees it and verifies the entry', async () => {
    const legalCtx = await c.context();
    const legal = await legalCtx.newPage();
    const legalPolicy = watchPolicy(legal, c.baseUrl);
    await signIn(legal, { sub: 'lena', roles: ['legal'] });
    await legal.getByRole('link', { name: 'Legal holds' }).click();
    await see(legal.getByText('No active hold.'));
    await expectAccessible(legal, 'legal holds (empty)');

    const form = legal.getByRole('form', { name: 'Place a hold' });
    await form.getByLabel('Data subject id').fill('x:783214');
    await form.getByLabel('Reason').fill('Litigation 2026-CV-0142');
    await form.getByRole('button', { name: 'Place hold' }).click();
    const table = legal.getByRole('table', { name: 'Legal holds' });
    await see(table.getByRole('cell', { name: 'x:783214', exact: true }));
    await form.getByLabel('Data subject id').fill('facebook:1234');
    await form.getByLabel('Reason').fill('Regulator inquiry 7');
    await form.getByRole('button', { name: 'Place hold' }).click();
    await see(table.getByRole('cell', { name: 'facebook:1234', exact: true }));
    await expectAccessible(legal, 'legal holds');
    await screenshot(legal, 'legal-holds');

    await legal.getByRole('button', { name: 'Release the hold on facebook:1234' }).click();
    const dialog = legal.getByRole('dialog', { name: 'Release the hold on facebook:1234' });
    await dialog.getByLabel('Reason for release').fill('Inquiry closed');
    await expectAccessible(legal, 'release dialog');
    await dialog.getByRole('button', { name: 'Release hold' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await table
      .getByRole('cell', { name: 'facebook:1234', exact: true })
      .waitFor({ state: 'detached' });
    await legal.getByLabel('Active only').uncheck();
    await see(table.getByText(/^Released /));
    expect(legalPolicy.problems).toEqual([]);

    // The auditor, in another browser, finds the hold in the archive and checks it.
    const auditorCtx = await c.context();
    const auditor = await auditorCtx.newPage();
    const policy = watchPolicy(auditor, c.baseUrl);
    await signIn(auditor, { sub: 'audrey', roles: ['auditor'] });
    await see(auditor.getByRole('heading', { name: 'Archive', level: 1 }));
    await see(auditor.getByTestId('latest-checkpoint'));
    await auditor.getByLabel('Trusted verifier key').fill(c.vkey);
    await see(auditor.getByText('Pinned key fingerprint'));

    const search = auditor.getByRole('form', { name: 'Search entries' });
    await search.getByLabel('Kind contains').fill('hold');
    await search.getByRole('button', { name: 'Search' }).click();
    const entries = auditor.getByRole('table', { name: 'Archive entries' });
    await see(entries.getByRole('cell', { name: /hold/ }));
    await expectAccessible(auditor, 'archive');
    await screenshot(auditor, 'auditor-archive');

    await openFirstEntry(auditor);
    const drawer = auditor.getByRole('dialog');
    await see(drawer.getByText('Verified', { exact: true }), 30_000);
    await see(drawer.getByText('computed in this browser (SHA-256, Ed25519)'));
    expect(await drawer.getByLabel('Canonical bytes').textContent()).toContain('"entryId"');
    await expectAccessible(auditor, 'archive entry');
    await screenshot(auditor, 'auditor-entry-verified');
    await drawer.getByRole('button', { name: 'Close entry' }).click();

    // A key that did not sign the checkpoint is not trusted.
    const other = c.vkey.replace(/\+[0-9a-f]{8}\+/, '+00000000+');
    await auditor.getByLabel('Trusted verifier key').fill(other);
    await see(auditor.getByText('The key ID does not match the key.'));
    await auditor.getByLabel('Trusted verifier key').fill(c.vkey);

    // Export a range with progress, then download the bundle's files.
    const exportForm = auditor.getByRole('form', { name: 'Export' });
    await exportForm.getByText('A range').click();
    await exportForm.getByRole('button', { name: 'Export' }).click();
    const bundle = auditor.getByRole('region', { name: 'Export bundle' });
    await see(bundle.getByText(/^Bundle .* ready/), 30_000);
    const download = auditor.waitForEvent('download');
    await bundle.getByRole('button', { name: 'Download entries.jsonl' }).click();
    expect((await download).suggestedFilename()).toMatch(/entries\.jsonl$/);
    await bundle.getByRole('button', { name: 'Download all files' }).click();
    await see(bundle.getByLabel(/^Downloaded (\d+) of \1 files$/), 30_000);
    await expectAccessible(auditor, 'archive export');
    await screenshot(auditor, 'auditor-export');
    expect(policy.problems).toEqual([]);
  });

  it('works on a 390-pixel-wide phone screen', async () => {
    const ctx = await c.context(PHONE);
    const page = await ctx.newPage();
    await signIn(page, { sub: 'audrey', roles: ['auditor'] });
    await see(page.getByRole('heading', { name: 'Archive', level: 1 }));
    await see(page.getByRole('table', { name: 'Archive entries' }));
    await expectAccessible(page, 'archive (phone)');
    await page.getByRole('button', { name: 'Toggle navigation' }).click();
    await page.getByRole('link', { name: 'Legal holds' }).click();
    await see(page.getByRole('heading', { name: 'Legal holds', level: 1 }));
    await expectAccessible(page, 'legal holds (phone)');
    await screenshot(page, 'phone-legal-holds');
    // No sideways scrolling of the page itself.
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - window.innerWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(DESKTOP.width).toBe(1280);
  });

  it('keeps a half-filled form when the session expires and the person signs in again', async () => {
    const ctx = await c.context();
    const page = await ctx.newPage();
    await signIn(page, { sub: 'lena', roles: ['legal'] });
    await page.getByRole('link', { name: 'Legal holds' }).click();
    const form = page.getByRole('form', { name: 'Place a hold' });
    await form.getByLabel('Data subject id').fill('x:555');
    await form.getByLabel('Reason').fill('Case 9');
    // The token is no longer accepted (as when it expires).
    await page.evaluate("sessionStorage.setItem('countersign.token', 'expired.token.value')");
    await form.getByRole('button', { name: 'Place hold' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your session has expired: sign in again' });
    await see(dialog);
    await dialog.getByLabel('Subject (user id)').fill('lena');
    await dialog.getByRole('checkbox', { name: 'Legal' }).check();
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await form.getByLabel('Data subject id').inputValue()).toBe('x:555');
    expect(await form.getByLabel('Reason').inputValue()).toBe('Case 9');
    await form.getByRole('button', { name: 'Place hold' }).click();
    await see(
      page
        .getByRole('table', { name: 'Legal holds' })
        .getByRole('cell', { name: 'x:555', exact: true }),
    );
  });
});

async function openFirstEntry(page: Page): Promise<void> {
  await page
    .getByRole('button', { name: /^Open entry \d+$/ })
    .first()
    .click();
}
