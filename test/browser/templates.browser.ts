import request from 'supertest';
import { Role } from '../../src/platform/auth/access.enums';
import {
  type ConsoleUnderTest,
  expectAccessible,
  PHONE,
  screenshot,
  see,
  signIn,
  startConsole,
  watchPolicy,
} from './support/console';

jest.setTimeout(180_000);

const draft = (key: string, title: string, x: string) => ({
  key,
  title,
  intents: ['account_specific'],
  purpose: 'offline_route',
  visibility: 'both',
  variables: [{ name: 'case_ref', type: 'case_ref' }],
  variants: { x, dm: 'Your case is {{caseRef case_ref}}.' },
});

/** A gatekeeper approves what another officer wrote, never their own. */
describe('console: template library and approval', () => {
  let c: ConsoleUnderTest;
  const ids: Record<string, { template: string; version: string }> = {};

  async function submitted(author: string, key: string, title: string, x: string) {
    const token = await c.t.token(author, Role.ComplianceOfficer);
    const http = () => request(c.t.app.getHttpServer());
    const created = await http()
      .post('/v1/templates')
      .set('authorization', `Bearer ${token}`)
      .send(draft(key, title, x))
      .expect(201);
    const version = created.body.versions[0].id as string;
    await http()
      .post(`/v1/template-versions/${version}/submit`)
      .set('authorization', `Bearer ${token}`)
      .send({})
      .expect(200);
    ids[key] = { template: created.body.id, version };
  }

  beforeAll(async () => {
    c = await startConsole();
    await submitted(
      'olga',
      'card-lost',
      'Card lost or stolen',
      'Please DM us and quote {{caseRef case_ref}}.',
    );
    await submitted(
      'omar',
      'fee-question',
      'Fee question',
      'Please DM us about fees: {{caseRef case_ref}}.',
    );
    await submitted(
      'olga',
      'branch-hours',
      'Branch hours',
      'Please DM us for hours: {{caseRef case_ref}}.',
    );
  }, 90_000);
  afterAll(() => c?.close(), 120_000);

  it('omar approves olga’s template, cannot approve his own, rejects with a reason, and sees a new version’s diff', async () => {
    const ctx = await c.context();
    const page = await ctx.newPage();
    const policy = watchPolicy(page, c.baseUrl);
    await signIn(page, { sub: 'omar', roles: ['compliance_officer'] });
    await see(page.getByRole('heading', { name: 'Template library', level: 1 }));
    await page.getByRole('textbox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Awaiting approval' }).click();
    const table = page.getByRole('table', { name: 'Templates' });
    await see(table.getByText('Card lost or stolen'));
    await see(table.getByText('Fee question'));
    await expectAccessible(page, 'template library');
    await screenshot(page, 'compliance-templates');

    // Another officer's version: approve it.
    await page.getByRole('button', { name: 'Open Card lost or stolen' }).click();
    const drawer = page.getByRole('dialog', { name: 'Card lost or stolen' });
    await see(drawer.getByText('This is the first version.'));
    await expectAccessible(page, 'template detail');
    await screenshot(page, 'compliance-template-approve');
    await drawer.getByRole('button', { name: 'Approve' }).click();
    await see(drawer.getByText('approved by omar', { exact: false }));
    await drawer.getByRole('button', { name: 'Close' }).click();

    // His own: no approve button, and the service refuses anyway.
    await page.getByRole('button', { name: 'Open Fee question' }).click();
    const own = page.getByRole('dialog', { name: 'Fee question' });
    await see(own.getByText('You cannot approve this version'));
    expect(await own.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    const status = await page.evaluate<number>(
      `fetch('/v1/template-versions/${ids['fee-question'].version}/approve', {
         method: 'POST',
         headers: { 'content-type': 'application/json', authorization: 'Bearer ' + sessionStorage.getItem('countersign.token') },
         body: '{}',
       }).then((r) => r.status)`,
    );
    expect(status).toBe(403);
    await own.getByRole('button', { name: 'Close' }).click();

    // Reject with a reason.
    await page.getByRole('button', { name: 'Open Branch hours' }).click();
    const branch = page.getByRole('dialog', { name: 'Branch hours' });
    await branch.getByRole('button', { name: 'Reject…' }).click();
    const reject = page.getByRole('dialog', { name: 'Reject v1' });
    await reject.getByLabel('Reason').fill('Hours differ by branch; link the branch finder.');
    await expectAccessible(page, 'reject dialog');
    await reject.getByRole('button', { name: 'Reject', exact: true }).click();
    await see(branch.getByText('Hours differ by branch; link the branch finder.'));
    await branch.getByRole('button', { name: 'Close' }).click();

    // Olga writes v2 of the approved template: omar sees what changed.
    const olga = await c.t.token('olga', Role.ComplianceOfficer);
    const v2 = await request(c.t.app.getHttpServer())
      .post(`/v1/templates/${ids['card-lost'].template}/versions`)
      .set('authorization', `Bearer ${olga}`)
      .send({
        purpose: 'offline_route',
        visibility: 'both',
        variables: [{ name: 'case_ref', type: 'case_ref' }],
        variants: {
          x: 'So sorry: please DM us and quote {{caseRef case_ref}}.',
          dm: 'Your case is {{caseRef case_ref}}.',
        },
      })
      .expect(201);
    await request(c.t.app.getHttpServer())
      .post(`/v1/template-versions/${v2.body.id}/submit`)
      .set('authorization', `Bearer ${olga}`)
      .send({})
      .expect(200);
    await page.reload();
    await page.getByRole('button', { name: 'Open Card lost or stolen' }).click();
    const card = page.getByRole('dialog', { name: 'Card lost or stolen' });
    const diff = card.getByLabel('Changes on x');
    await see(diff.getByText('+ So sorry: please DM us and quote {{caseRef case_ref}}.'));
    await see(diff.getByText('− Please DM us and quote {{caseRef case_ref}}.'));
    await see(card.getByRole('button', { name: 'Approve' }));
    await expectAccessible(page, 'template diff');
    await screenshot(page, 'compliance-template-diff');
    expect(policy.problems).toEqual([]);
  });

  it('olga sees her own pending version without an approve button, on a phone too', async () => {
    const ctx = await c.context(PHONE);
    const page = await ctx.newPage();
    await signIn(page, { sub: 'olga', roles: ['compliance_officer'] });
    await see(page.getByRole('table', { name: 'Templates' }));
    await page.getByRole('button', { name: 'Open Card lost or stolen' }).click();
    const card = page.getByRole('dialog', { name: 'Card lost or stolen' });
    await see(card.getByText('You cannot approve this version'));
    expect(await card.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await expectAccessible(page, 'template detail (phone)');
  });
});
