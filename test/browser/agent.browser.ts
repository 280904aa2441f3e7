import request from 'supertest';
import { Location, Role } from '../../src/platform/auth/access.enums';
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
} from './support/console';

jest.setTimeout(180_000);

/** An agent answers a post from a suggestion; a remote agent never sees an account-specific one. */
describe('console: agent inbox and conversation view', () => {
  let c: ConsoleUnderTest;
  let complaintId: string;
  let accountId: string;
  let crm: string;
  let admin: string;

  const http = () => request(c.t.app.getHttpServer());

  const inbound = (externalId: string, threadId: string, text: string) =>
    inboundPost(c, crm, { externalId, threadId, authorId: threadId, text });

  beforeAll(async () => {
    c = await startConsole();
    crm = await c.t.token('crm', Role.Integration);
    admin = await c.t.token('ada-admin', Role.Admin);
    await approvedTemplate(c.t, {
      key: 'branch-sorry',
      title: 'Sorry about the branch',
      intents: ['complaint'],
      purpose: 'answer',
      visibility: 'both',
      variables: [
        { name: 'branch', type: 'enum', values: ['Downtown', 'Harbor Point'], example: 'Downtown' },
        { name: 'visit_date', type: 'date', example: '2026-01-05' },
        { name: 'agent', type: 'agent_name' },
      ],
      variants: {
        dm: 'We are sorry the {{branch}} branch let you down on {{visit_date}}. We have passed it on to the branch manager. {{agent}}',
        x: 'Sorry the {{branch}} branch let you down. ^{{agent}}',
      },
    });
    complaintId = await inbound(
      'crm-a-1',
      'member-101',
      'Your branch was closed again today, terrible service, I am very unhappy.',
    );
    accountId = await inbound(
      'crm-a-2',
      'member-202',
      'My account 555123456 was debited twice, please check my balance.',
    );
    // What the tests rely on, as the service decided it.
    const office = await c.t.token('olivia', Role.Agent, Location.Office);
    const acct = await http()
      .get(`/v1/conversations/${accountId}`)
      .set('authorization', `Bearer ${office}`)
      .expect(200);
    expect(acct.body.accountSpecific || acct.body.sensitive).toBe(true);
    const complaint = await http()
      .get(`/v1/conversations/${complaintId}`)
      .set('authorization', `Bearer ${office}`)
      .expect(200);
    expect(complaint.body).toMatchObject({ accountSpecific: false, sensitive: false });
    expect(complaint.body.intents).toContain('complaint');
  }, 120_000);
  afterAll(() => c?.close(), 120_000);

  it('an agent assigns a conversation, answers it from a suggestion, and the reply is sent once', async () => {
    const ctx = await c.context();
    const page = await ctx.newPage();
    const policy = watchPolicy(page, c.baseUrl);
    await signIn(page, { sub: 'dana', roles: ['agent'] });
    await see(page.getByRole('heading', { name: 'Inbox', level: 1 }));
    const list = page.getByRole('list', { name: 'Conversations' });
    await see(list.getByRole('link', { name: 'Conversation crm · member-101' }));
    await see(list.getByRole('link', { name: 'Conversation crm · member-202' }));
    await see(list.getByText(/^(Due in|Due soon|Overdue)/));
    await expectAccessible(page, 'inbox');
    await screenshot(page, 'agent-inbox');

    // A new post shows up without a reload (live events refresh the inbox's query family).
    await inbound(
      'crm-a-3',
      'member-303',
      'Hello, what time does the Harbor Point branch open on Saturdays?',
    );
    await see(list.getByRole('link', { name: 'Conversation crm · member-303' }));

    // Assign to me, then only mine.
    await list.getByRole('button', { name: 'Assign conversation crm · member-101 to me' }).click();
    await see(list.getByText('Assigned to you'));
    await page.getByRole('switch', { name: 'Assigned to me' }).check();
    await see(page.getByText('1 shown'));
    expect(await list.getByRole('listitem').count()).toBe(1);
    await see(list.getByRole('link', { name: 'Conversation crm · member-101' }));

    await list.getByRole('link', { name: 'Conversation crm · member-101' }).click();
    await see(page.getByRole('heading', { name: 'Conversation crm · member-101', level: 1 }));
    await see(page.getByText('Your branch was closed again today', { exact: false }));
    const rules = page.getByRole('list', { name: 'Rules that fired' });
    await see(rules.getByRole('listitem'));
    await see(page.getByText('No reply yet.'));

    // Pick the suggestion and fill its typed form; no free-text box exists.
    await page.getByRole('radio', { name: 'Sorry about the branch (Answer)' }).check();
    const form = page.getByRole('form', { name: 'Reply with Sorry about the branch' });
    await see(form.getByText('Example (fill in the form to see your reply):'));
    expect(await form.getByRole('textbox', { name: /message|text/i }).count()).toBe(0);
    const date = form.getByLabel('Visit date');
    await date.fill('2026-01-05');
    await form.getByRole('textbox', { name: 'Branch' }).click();
    await page.getByRole('option', { name: 'Harbor Point' }).click();
    const expected =
      'We are sorry the Harbor Point branch let you down on 2026-01-05. We have passed it on to the branch manager. dana';
    const preview = form.getByLabel('Preview for dm');
    await see(preview.getByText(expected));
    await see(form.getByText(`${expected.length} / 10000 characters`));
    await see(
      form
        .getByLabel('Preview for x')
        .getByText('Sorry the Harbor Point branch let you down. ^dana'),
    );
    await see(form.getByText(/\/ 280 characters/));
    await expectAccessible(page, 'conversation view');
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'agent-conversation');
    await form.getByRole('button', { name: 'Submit reply' }).click();

    // The reply moves through dispatch and is sent, once.
    const replies = page.getByRole('region', { name: 'Replies' });
    await see(replies.getByText(expected, { exact: true }));
    await see(replies.getByLabel('Reply status: Sent'), 60_000);
    await expectAccessible(page, 'conversation view, sent');
    const deliveries = await http()
      .get('/v1/transports/sandbox/deliveries')
      .set('authorization', `Bearer ${admin}`)
      .expect(200);
    expect(deliveries.body.items).toHaveLength(1);
    expect(deliveries.body.items[0]).toMatchObject({ text: expected, repeatSends: 0 });
    expect(policy.problems).toEqual([]);
  });

  it('an office agent routes the account-specific conversation offline and sees the case reference', async () => {
    const ctx = await c.context();
    const page = await ctx.newPage();
    await signIn(page, { sub: 'olivia', roles: ['agent'] });
    await page.goto(`/#/inbox/${accountId}`);
    await see(page.getByRole('heading', { name: 'Conversation crm · member-202', level: 1 }));
    const offline = page.getByRole('form', { name: 'Route offline' });
    await offline.getByRole('textbox', { name: 'Method' }).click();
    await page.getByRole('option', { name: 'Phone call-back' }).click();
    await offline.getByRole('button', { name: 'Route offline' }).click();
    const ref = await see(page.getByTestId('case-ref'));
    expect(await ref.textContent()).toMatch(/^CS-\d{4}-\d{4,8}$/);
    await see(page.getByLabel('Status: Routed offline'));
    await expectAccessible(page, 'conversation view, routed offline');
  });

  it('a remote agent never sees the account-specific conversation, in the list or by its address', async () => {
    const ctx = await c.context(PHONE);
    const page = await ctx.newPage();
    await signIn(page, { sub: 'remy', roles: ['agent'], location: 'Remote' });
    // The answered conversation is resolved by now: look at every status.
    await see(page.getByRole('heading', { name: 'Inbox', level: 1 }));
    await page.getByRole('button', { name: 'Show filters' }).click();
    await page.getByRole('textbox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Any status' }).click();
    const list = page.getByRole('list', { name: 'Conversations' });
    await see(list.getByRole('link', { name: 'Conversation crm · member-101' }));
    expect(await list.getByRole('link', { name: /member-202/ }).count()).toBe(0);
    await see(list.getByRole('link', { name: 'Conversation crm · member-303' }));
    expect(await list.getByRole('listitem').count()).toBe(2);
    await expectAccessible(page, 'inbox (phone)');
    await screenshot(page, 'agent-inbox-phone');

    await list.getByRole('link', { name: 'Conversation crm · member-101' }).click();
    await see(page.getByRole('heading', { name: 'Conversation crm · member-101', level: 1 }));
    await see(page.getByText('Your branch was closed again today', { exact: false }));
    await expectAccessible(page, 'conversation view (phone)');

    await page.goto(`/#/inbox/${accountId}`);
    await see(page.getByText('No such conversation'));
    expect(await page.getByText('debited twice', { exact: false }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: /member-202/ }).count()).toBe(0);
  });

  it('scrolls through 10,000 open conversations page by page, keeping only a few dozen rows in the page', async () => {
    // The list route answers from memory here (10,000 rows are cheap to describe, slow to
    // seed); everything else, sign-in included, is the real service.
    const TOTAL = 10_000;
    const base = Date.parse('2026-01-05T09:00:00.000Z');
    const row = (i: number) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      status: 'open',
      priority: i % 7 === 0 ? 'urgent' : 'normal',
      accountSpecific: false,
      sensitive: false,
      version: 1,
      handleId: 'crm',
      platform: 'generic',
      channel: 'dm',
      threadKey: `bulk-${i}`,
      intents: ['complaint'],
      routeOfflineRequired: false,
      decision: {
        actions: [],
        priority: 'normal',
        ruleIds: [],
        policyVersion: 'sha256:test',
        signoffRoles: [],
      },
      assigneeId: null,
      createdAt: new Date(base).toISOString(),
      updatedAt: new Date(base).toISOString(),
      lastMessageAt: new Date(base).toISOString(),
      firstResponseDueAt: new Date(base + i * 60_000).toISOString(),
      resolutionDueAt: new Date(base + i * 120_000).toISOString(),
      firstResponseAt: null,
      resolvedAt: null,
      closedAt: null,
      routedOfflineAt: null,
      breached: false,
      firstResponseBreachedAt: null,
      resolutionBreachedAt: null,
    });
    const ctx = await c.context();
    const page = await ctx.newPage();
    let requests = 0;
    await page.route(
      (url) => url.pathname === '/v1/conversations',
      async (route) => {
        requests++;
        const q = new URL(route.request().url()).searchParams;
        const from = Number(q.get('cursor') ?? '0');
        const limit = Number(q.get('limit') ?? '50');
        const to = Math.min(from + limit, TOTAL);
        const items = [];
        for (let i = from; i < to; i++) items.push(row(i));
        await route.fulfill({
          json: { items, nextCursor: to < TOTAL ? String(to) : null },
        });
      },
    );
    await signIn(page, { sub: 'vera', roles: ['agent'] });
    const scroller = page.getByRole('region', { name: 'Conversations, scrollable' });
    const list = page.getByRole('list', { name: 'Conversations' });
    await see(list.getByRole('link', { name: 'Conversation crm · bulk-0' }));
    const last = list.getByRole('link', { name: 'Conversation crm · bulk-9999' });
    // Down to the end: each page loads as the last rows come near.
    for (let round = 0; round < 400 && !(await last.isVisible()); round++) {
      await scroller.evaluate((el) => {
        el.scrollTop = el.scrollHeight;
      });
      await page.waitForTimeout(25);
    }
    await see(last);
    await see(page.getByText(`${TOTAL} shown`, { exact: true }));
    expect(requests).toBe(TOTAL / 200);
    // Virtualised: the page holds the rows on screen and a few around them, not 10,000.
    const rendered = await list.getByRole('listitem').count();
    expect(rendered).toBeGreaterThan(3);
    expect(rendered).toBeLessThan(60);

    // Back up through the loaded list half a screen per frame, timing the frames.
    const frames = await scroller.evaluate(
      (el) =>
        new Promise<number[]>((resolve) => {
          const raf = (globalThis as unknown as { requestAnimationFrame(cb: () => void): void })
            .requestAnimationFrame;
          const times: number[] = [];
          let prev = performance.now();
          const step = () => {
            el.scrollTop -= el.clientHeight / 2;
            const now = performance.now();
            times.push(now - prev);
            prev = now;
            if (times.length < 240 && el.scrollTop > 0) raf(step);
            else resolve(times);
          };
          raf(step);
        }),
    );
    expect(await list.getByRole('listitem').count()).toBeLessThan(60);
    frames.sort((a, b) => a - b);
    console.log(
      `inbox scroll over ${TOTAL} rows: ${frames.length} frames, median ${frames[frames.length >> 1].toFixed(1)} ms, p95 ${frames[Math.floor(frames.length * 0.95)].toFixed(1)} ms; ${rendered} rows in the page`,
    );
  });
});
