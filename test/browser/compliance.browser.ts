import { readFileSync } from 'node:fs';
import request from 'supertest';
import { Role } from '../../src/platform/auth/access.enums';
import { approvedTemplate } from '../replies/support';
import {
  type ConsoleUnderTest,
  expectAccessible,
  PHONE,
  screenshot,
  see,
  signIn,
  startConsole,
  watchPolicy,
  inboundPost,
  countWhenSettled,
  eventually,
} from './support/console';

jest.setTimeout(240_000);

const THANKS = 'Thank you, we have passed this on to the team.';
const HOUR = 3_600_000;

/**
 * The compliance officer's screens: the post-send review sample with its
 * coverage, crisis mode holding scheduled posts (one released afterwards,
 * one cancelled), and the complaint register with its CSV.
 */
describe('console: post-send reviews, crisis mode, complaint register', () => {
  let c: ConsoleUnderTest;
  let crm: string;
  let dana: string;
  let olga: string;
  let rateVersion: string;
  let post = 0;
  const http = () => request(c.t.app.getHttpServer());
  const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

  async function inbound(text: string): Promise<string> {
    post++;
    return inboundPost(c, crm, {
      externalId: `crm-compliance-${post}`,
      threadId: `member-${post}`,
      authorId: `${700 + post}`,
      text,
    });
  }

  async function answer(conversationId: string, templateVersionId: string): Promise<string> {
    const conv = await http()
      .get(`/v1/conversations/${conversationId}`)
      .set(bearer(dana))
      .expect(200);
    const r = await http()
      .post(`/v1/conversations/${conversationId}/replies`)
      .set(bearer(dana))
      .send({ templateVersionId, variables: {}, version: conv.body.version })
      .expect(201);
    return r.body.id as string;
  }

  async function schedule(handle: string, rate: string, inMs: number) {
    const r = await http()
      .post('/v1/scheduled-posts')
      .set(bearer(olga))
      .send({
        handle,
        templateVersionId: rateVersion,
        variables: { rate },
        publishAt: new Date(Date.now() + inMs).toISOString(),
      })
      .expect(201);
    return r.body as { id: string; status: string };
  }

  const postStatus = async (id: string) =>
    (await http().get(`/v1/scheduled-posts/${id}`).set(bearer(olga)).expect(200)).body
      .status as string;

  beforeAll(async () => {
    c = await startConsole({ REVIEW_SAMPLE_PERCENT: '100' });
    crm = await c.t.token('crm', Role.Integration);
    dana = await c.t.token('dana', Role.Agent);
    olga = await c.t.token('olga', Role.ComplianceOfficer);
    const thanks = await approvedTemplate(c.t, {
      key: 'thanks-passed-on',
      title: 'Thanks, passed on',
      intents: ['praise', 'general_question'],
      purpose: 'answer',
      variants: { dm: THANKS, x: THANKS },
    });
    rateVersion = await approvedTemplate(c.t, {
      key: 'rate-news',
      title: 'Rate news',
      intents: ['general_question'],
      purpose: 'answer',
      visibility: 'public',
      variables: [{ name: 'rate', type: 'string', maxLength: 10, pattern: '[0-9.]{1,5}%' }],
      variants: { x: 'New share certificate rate: {{rate}} APY. Details at harborline.example' },
    });
    // Two replies sent without a sign-off: policy samples every one (REVIEW_SAMPLE_PERCENT=100).
    for (let i = 0; i < 2; i++) {
      await answer(await inbound('Thanks for the quick help today, great service!'), thanks);
    }
    // The complaint register.
    await inbound('I want to file a complaint, this is the worst service');
    await inbound('My lawyer will be in touch, I am going to sue you over these fees.');
  }, 120_000);
  afterAll(() => c?.close(), 120_000);

  it('omar reviews the sample (a flag needs a note) and sees the coverage per agent and week', async () => {
    const otto = await c.t.token('otto', Role.ComplianceOfficer);
    const pending = await eventually(
      async () =>
        (await http().get('/v1/reviews?status=pending').set(bearer(otto)).expect(200)).body
          .items as unknown[],
      (items) => items.length === 2,
    );
    expect(pending).toHaveLength(2);

    const ctx = await c.context();
    const page = await ctx.newPage();
    const policy = watchPolicy(page, c.baseUrl);
    await signIn(page, { sub: 'omar', roles: ['compliance_officer'] });
    await page.getByRole('link', { name: 'Post-send reviews' }).click();
    await see(page.getByRole('heading', { name: 'Post-send reviews', level: 1 }));
    const sample = page.getByRole('table', { name: 'Sampled replies' });
    await see(sample.getByText(THANKS));
    expect(
      await countWhenSettled(sample.getByRole('button', { name: /^Review the reply by dana/ }), 2),
    ).toBe(2);
    await expectAccessible(page, 'post-send reviews');
    await screenshot(page, 'compliance-reviews');

    await sample
      .getByRole('button', { name: /^Review the reply by dana/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: 'Review the reply by dana' });
    await dialog.getByRole('radio', { name: 'Flag' }).check();
    await dialog.getByRole('button', { name: 'Record review' }).click();
    await see(dialog.getByText('A flag needs a note.'));
    await expectAccessible(page, 'review dialog');
    await dialog.getByLabel('Note').fill('Tone too casual for a fee question.');
    await dialog.getByRole('button', { name: 'Record review' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The flagged reply leaves the list once it is read again.
    const toReview = sample.getByRole('button', { name: /^Review the reply by dana/ });
    expect(await countWhenSettled(toReview, 1)).toBe(1);
    await toReview.click();
    await dialog.getByRole('radio', { name: 'OK' }).check();
    await dialog.getByRole('button', { name: 'Record review' }).click();
    await see(page.getByText('No sampled reply waits for review.'));

    const section = page.getByRole('region', { name: 'Sampled replies' });
    await section.getByText('Reviewed', { exact: true }).click();
    await see(sample.getByText('Tone too casual for a fee question.'));
    await see(sample.getByText('Flagged'));

    const coverage = page.getByRole('table', { name: 'Coverage' });
    const row = coverage.getByRole('row').filter({ hasText: 'dana' });
    await see(row);
    // agent, week, eligible, sampled, reviewed, flagged, share
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells[0]).toBe('dana');
    expect(cells[1]).toMatch(/^\d{4}-W\d{2}$/);
    expect(cells.slice(2)).toEqual(['2', '2', '2', '1', '100%']);
    await see(page.getByText('Policy samples 100% of the sent replies', { exact: false }));
    expect(policy.problems).toEqual([]);
  });

  it('crisis mode holds every scheduled post; one is cancelled during it and another released after it', async () => {
    const marketing = await schedule('x-news', '4.6%', 2 * HOUR);
    expect(marketing.status).toBe('pending_signoff');
    const service = await schedule('x-help', '4.5%', HOUR);
    const doomed = await schedule('x-help', '4.7%', 3 * HOUR);
    expect([service.status, doomed.status]).toEqual(['scheduled', 'scheduled']);

    const ctx = await c.context();
    const page = await ctx.newPage();
    const policy = watchPolicy(page, c.baseUrl);
    await signIn(page, { sub: 'omar', roles: ['compliance_officer'] });

    // The marketing post waits for a compliance sign-off in the same queue as drafts.
    await page.getByRole('link', { name: 'Sign-offs' }).click();
    const card = page.getByRole('article', { name: 'Scheduled post by olga' });
    await see(card.getByText('New share certificate rate: 4.6% APY', { exact: false }));
    await expectAccessible(page, 'sign-off queue with a scheduled post');
    await card.getByRole('button', { name: 'Approve' }).click();
    await see(page.getByText('You approved the scheduled post by olga', { exact: false }));
    expect(await postStatus(marketing.id)).toBe('scheduled');

    await page.getByRole('link', { name: 'Crisis mode' }).click();
    await see(page.getByRole('heading', { name: 'Crisis mode is off' }));
    await see(page.getByText('No post is held.'));
    await expectAccessible(page, 'crisis mode (off)');

    // A reason is required.
    const start = page.getByRole('form', { name: 'Start crisis mode' });
    await start.getByRole('button', { name: 'Start crisis mode' }).click();
    await see(start.getByText('Give a reason.'));
    await start.getByLabel('Reason').fill('Card processing outage confirmed by operations');
    await start.getByRole('button', { name: 'Start crisis mode' }).click();
    await see(page.getByRole('heading', { name: 'Crisis mode is on' }));
    await see(page.getByText('Card processing outage confirmed by operations', { exact: false }));

    const posts = page.getByRole('table', { name: 'Scheduled posts' });
    const rowOf = (rate: string) => posts.getByRole('row').filter({ hasText: `rate: ${rate} APY` });
    await see(rowOf('4.5%'));
    await see(rowOf('4.6%'));
    await see(rowOf('4.7%'));
    expect(await countWhenSettled(posts.getByText('Held', { exact: true }), 3)).toBe(3);
    // Nothing is released while the crisis lasts.
    expect(await posts.getByRole('button', { name: /^Release/ }).count()).toBe(0);
    await expectAccessible(page, 'crisis mode (on)');
    await screenshot(page, 'compliance-crisis');

    // Cancelled during the crisis, with a reason.
    await rowOf('4.7%')
      .getByRole('button', { name: /^Cancel the post/ })
      .click();
    const cancel = page.getByRole('dialog', { name: 'Cancel the post on x-help' });
    await cancel.getByRole('button', { name: 'Cancel post' }).click();
    await see(cancel.getByText('Give a reason to cancel.'));
    await cancel.getByLabel('Reason').fill('Rate changed during the outage');
    await cancel.getByRole('button', { name: 'Cancel post' }).click();
    await rowOf('4.7%').waitFor({ state: 'detached' });
    expect(await postStatus(doomed.id)).toBe('cancelled');

    const end = page.getByRole('form', { name: 'End crisis mode' });
    await end.getByLabel('Reason').fill('Processing restored');
    await end.getByRole('button', { name: 'End crisis mode' }).click();
    await see(page.getByRole('heading', { name: 'Crisis mode is off' }));

    // Released one by one afterwards.
    await rowOf('4.6%')
      .getByRole('button', { name: /^Release/ })
      .click();
    const release = page.getByRole('dialog', { name: 'Release the post on x-news' });
    await release.getByRole('button', { name: 'Release post' }).click();
    await rowOf('4.6%').waitFor({ state: 'detached' });
    expect(await postStatus(marketing.id)).toBe('scheduled');
    expect(await postStatus(service.id)).toBe('held');
    await see(rowOf('4.5%').getByRole('button', { name: /^Release/ }));
    expect(policy.problems).toEqual([]);

    // The crisis screen on a phone.
    const phone = await (await c.context(PHONE)).newPage();
    await signIn(phone, { sub: 'omar', roles: ['compliance_officer'] });
    await phone.goto('/#/crisis');
    await see(phone.getByRole('heading', { name: 'Crisis mode is off' }));
    await see(phone.getByRole('table', { name: 'Scheduled posts' }));
    await expectAccessible(phone, 'crisis mode (phone)');
  });

  it('the complaint register filters by kind and downloads as CSV', async () => {
    const ctx = await c.context();
    const page = await ctx.newPage();
    const policy = watchPolicy(page, c.baseUrl);
    await signIn(page, { sub: 'omar', roles: ['compliance_officer'] });
    await page.getByRole('link', { name: 'Complaints' }).click();
    await see(page.getByRole('heading', { name: 'Complaint register', level: 1 }));
    const table = page.getByRole('table', { name: 'Complaints' });
    await see(table.getByText('Legal threat'));
    await see(table.getByText('Complaint', { exact: true }));
    await expectAccessible(page, 'complaint register');
    await screenshot(page, 'compliance-complaints');

    await page.getByRole('textbox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Legal threat' }).click();
    // the header and one complaint, once the filtered page has loaded: the legal threat (which
    // is also a complaint, so its row shows both kinds); the plain complaint is gone
    expect(await countWhenSettled(table.getByRole('row'), 2)).toBe(2);
    await see(table.getByRole('row').nth(1).getByText('Legal threat'));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('complaints.csv');
    const lines = readFileSync(await download.path(), 'utf8')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('kinds');
    expect(lines[1]).toContain('legal_threat');
    await see(page.getByText('Downloaded 1 complaint as complaints.csv.'));
    expect(policy.problems).toEqual([]);
  });

  it('shows these screens only to the roles that may use them', async () => {
    const page = await (await c.context()).newPage();
    const nav = page.getByRole('navigation', { name: 'Main' });
    const links = async () => nav.getByRole('link').allTextContents();

    await signIn(page, { sub: 'dana', roles: ['agent'] });
    await see(nav.getByRole('link').first());
    for (const l of ['Sign-offs', 'Post-send reviews', 'Crisis mode', 'Complaints']) {
      expect(await links()).not.toContain(l);
    }

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, { sub: 'lena', roles: ['legal'] });
    await see(page.getByRole('heading', { name: 'Sign-off queue', level: 1 }));
    expect(await links()).toEqual(expect.arrayContaining(['Sign-offs', 'Complaints']));
    expect(await links()).not.toContain('Crisis mode');
    expect(await links()).not.toContain('Post-send reviews');

    // An auditor reads the sample and the register but reviews nothing and cannot switch crisis mode.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, { sub: 'aud', roles: ['auditor'] });
    await see(nav.getByRole('link', { name: 'Post-send reviews' }));
    expect(await links()).not.toContain('Crisis mode');
    expect(await links()).not.toContain('Sign-offs');
    await nav.getByRole('link', { name: 'Post-send reviews' }).click();
    const section = page.getByRole('region', { name: 'Sampled replies' });
    await section.getByText('Reviewed', { exact: true }).click();
    await see(page.getByText('Tone too casual for a fee question.'));
    expect(await page.getByRole('button', { name: /^Review/ }).count()).toBe(0);
  });
});
