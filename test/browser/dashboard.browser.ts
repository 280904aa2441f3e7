import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import request from 'supertest';
import { Role } from '../../src/platform/auth/access.enums';
import { approvedTemplate, sql } from '../replies/support';
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
  eventually,
} from './support/console';

jest.setTimeout(240_000);

const ANSWER = 'We are sorry for the trouble and are looking into it.';

/** The console's duration format (web/src/screens/dashboard/kpi-view.ts), for the expectations. */
function duration(s: number | null): string {
  if (s === null) return '—';
  if (s < 60) return `${Math.round(s)} s`;
  const m = s / 60;
  const r1 = (x: number) => Math.round(x * 10) / 10;
  if (m < 60) return `${r1(m)} min`;
  if (m < 1440) {
    const h = Math.floor(m / 60);
    const rest = Math.round(m - h * 60);
    return rest ? `${h} h ${rest} min` : `${h} h`;
  }
  const d = Math.floor(m / 1440);
  const h = Math.round((m - d * 1440) / 60);
  return h ? `${d} d ${h} h` : `${d} d`;
}

const share = (x: number | null) => (x === null ? '—' : `${Math.round(x * 1000) / 10}%`);

interface Pct {
  count: number;
  p50Seconds: number | null;
  p90Seconds: number | null;
}
interface Kpis {
  tz: string;
  granularity: string;
  buckets: { start: string; conversationsOpened: number }[];
  total: {
    conversationsOpened: number;
    firstResponse: Pct;
    resolution: Pct;
    slaCompliance: Record<string, { measured: number; withinTarget: number }>;
    signoffTurnaround: Record<string, Pct>;
    offlineRoutes: { method: string; outcome: string; count: number }[];
    volumesByIntent: Record<string, number>;
    volumesByChannel: Record<string, number>;
    complaints: { opened: number };
    csat: {
      sent: number;
      answered: number;
      responseRate: number | null;
      averageScore: number | null;
    };
  };
}

/** The rows of a table as the page shows them: each row's cells' text. */
async function rowsOf(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from(tr.querySelectorAll('th, td')).map((c) =>
          ((c as { textContent: string | null }).textContent ?? '').trim(),
        ),
      ),
    );
}

/** Opens a chart's table of figures and returns it. */
async function figures(page: Page, chart: string, table: string): Promise<Locator> {
  const figure = page.getByRole('figure', { name: chart });
  await see(figure);
  // The chart itself is drawn (an SVG), and hidden from screen readers: the table says the same.
  await see(figure.locator('svg.recharts-surface'));
  await figure.getByText('Figures as a table').click();
  const t = figure.getByRole('table', { name: table });
  await see(t);
  return t;
}

/**
 * A compliance officer reads the KPI dashboard over conversations and replies seeded through the
 * API; an auditor downloads an examiner report; an agent has neither.
 */
describe('console: KPI dashboard and examiner reports', () => {
  let c: ConsoleUnderTest;
  let crm: string;
  let post = 0;
  let legalReplyId: string;
  const http = () => request(c.t.app.getHttpServer());
  const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

  async function inbound(text: string): Promise<string> {
    post++;
    return inboundPost(c, crm, {
      externalId: `crm-kpi-${post}`,
      threadId: `member-kpi-${post}`,
      authorId: `${700 + post}`,
      text,
    });
  }

  async function reply(agent: string, conversationId: string, templateVersionId: string) {
    const conv = await http().get(`/v1/conversations/${conversationId}`).set(bearer(agent));
    expect(conv.status).toBe(200);
    const r = await http()
      .post(`/v1/conversations/${conversationId}/replies`)
      .set(bearer(agent))
      .send({ templateVersionId, variables: {}, version: conv.body.version });
    expect(r.status).toBe(201);
    return r.body as { id: string; status: string; version: number };
  }

  async function kpis(query: Record<string, string>): Promise<Kpis> {
    const officer = await c.t.token('kit-reader', Role.ComplianceOfficer);
    const r = await http().get('/v1/kpis').query(query).set(bearer(officer));
    expect(r.status).toBe(200);
    return r.body as Kpis;
  }

  beforeAll(async () => {
    c = await startConsole();
    crm = await c.t.token('crm', Role.Integration);
    const answer = await approvedTemplate(c.t, {
      key: 'we-hear-you',
      title: 'We hear you',
      intents: ['legal_threat', 'regulator_mention', 'complaint'],
      purpose: 'answer',
      variants: { dm: ANSWER, x: ANSWER },
    });
    const agent = await c.t.token('dana', Role.Agent);
    const legal = await c.t.token('lena', Role.Legal);

    // A complaint, answered; a legal threat, answered once Legal signs; an account question
    // routed offline by phone and resolved; a complaint nobody has answered yet.
    const complaint = await inbound('Your branch was closed again today, terrible service.');
    await reply(agent, complaint, answer);
    const threat = await inbound('My lawyer will be in touch, I am going to sue you over fees.');
    const held = await reply(agent, threat, answer);
    expect(held.status).toBe('pending_signoff');
    legalReplyId = held.id;
    await http()
      .post(`/v1/replies/${held.id}/signoffs`)
      .set(bearer(legal))
      .send({ decision: 'approve' })
      .expect(200);
    const account = await inbound('My account 555123456 was debited twice, check my balance.');
    const conv = await http().get(`/v1/conversations/${account}`).set(bearer(agent)).expect(200);
    await http()
      .post(`/v1/conversations/${account}/route-offline`)
      .set(bearer(agent))
      .send({ method: 'phone_callback', version: conv.body.version })
      .expect(200);
    await http()
      .patch(`/v1/conversations/${account}/offline-case`)
      .set(bearer(agent))
      .send({ outcome: 'resolved' })
      .expect(200);
    await inbound('Still waiting on hold for an hour, this is ridiculous.');

    // Satisfaction surveys go out an hour after a resolution (policies/replies.yaml), longer
    // than a test waits: two are written as the survey worker leaves them, one answered with 4
    // (over the survey the worker may already have planned for a resolved conversation).
    const survey = `INSERT INTO csat_survey (id, conversation_id, handle_id, channel, resolved_at,
         due_at, status, sent_at, score, answer_message_id, answered_at, created_at, updated_at)
       VALUES ($1, $2, 'crm', 'dm', now(), now(), $3, now(), $4, $5, $6, now(), now())
       ON CONFLICT (conversation_id) DO UPDATE SET status = $3, sent_at = now(), score = $4,
         answer_message_id = $5, answered_at = $6, updated_at = now()`;
    await sql(c.t, survey, [randomUUID(), complaint, 'answered', 4, randomUUID(), new Date()]);
    await sql(c.t, survey, [randomUUID(), threat, 'queued', null, null, null]);

    // Both answers are sent by the service's own workers.
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const sent = await eventually(
      () => kpis({ from: `${today}T00:00:00Z`, to: `${tomorrow}T00:00:00Z`, tz: 'UTC' }),
      (k) => k.total.firstResponse.count >= 2,
    );
    expect(sent.total.firstResponse.count).toBeGreaterThanOrEqual(2);
  }, 120_000);
  afterAll(() => c?.close(), 120_000);

  it('a compliance officer sees every chart with the figures of GET /v1/kpis', async () => {
    const ctx = await c.context();
    const page = await ctx.newPage();
    const policy = watchPolicy(page, c.baseUrl);
    await signIn(page, { sub: 'cora', roles: ['compliance_officer'] });

    // The dashboard's own request, as it leaves the page.
    const asked = page.waitForRequest(
      (r) => r.url().includes('/v1/kpis?') && !new URL(r.url()).searchParams.has('channel'),
    );
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await see(page.getByRole('heading', { name: 'Dashboard', level: 1 }));
    const query = Object.fromEntries(new URL((await asked).url()).searchParams);

    // The last seven days, by day, in the browser's zone (UTC here), to the next midnight.
    const tz = await page.getByRole('textbox', { name: 'Time zone' }).inputValue();
    expect(tz).toBe('UTC');
    const today = new Date().toISOString().slice(0, 10);
    expect(query).toEqual({
      from: new Date(Date.parse(`${today}T00:00:00Z`) - 6 * 86_400_000).toISOString(),
      to: new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString(),
      granularity: 'day',
      tz: 'UTC',
    });
    const k = await kpis(query);
    const t = k.total;
    expect(t.conversationsOpened).toBe(4);

    const stat = (name: string) =>
      page.locator('dt', { hasText: name }).locator('xpath=following-sibling::dd');
    await see(stat('Conversations opened'));
    expect(await stat('Conversations opened').textContent()).toBe(String(t.conversationsOpened));
    expect(await stat('Complaints opened').textContent()).toBe(String(t.complaints.opened));

    // First response per day, and in total.
    const fr = await rowsOf(
      await figures(page, 'First response time', 'First response time per day'),
    );
    expect(fr).toHaveLength(k.buckets.length + 1);
    expect(fr[fr.length - 1]).toEqual([
      'Total',
      String(t.firstResponse.count),
      duration(t.firstResponse.p50Seconds),
      duration(t.firstResponse.p90Seconds),
    ]);
    // The SLA target lines are named in the chart's summary.
    await see(
      page
        .getByRole('figure', { name: 'First response time' })
        .getByText(/Target lines: Normal target 4 h \(Direct messages\)/),
    );

    // SLA compliance per channel: what GET /v1/kpis?channel=dm says.
    const dm = await kpis({ ...query, channel: 'dm' });
    const measured = Object.values(dm.total.slaCompliance).reduce((n, s) => n + s.measured, 0);
    const within = Object.values(dm.total.slaCompliance).reduce((n, s) => n + s.withinTarget, 0);
    expect(measured).toBeGreaterThanOrEqual(2);
    const sla = await rowsOf(
      await figures(page, 'SLA compliance per channel', 'SLA compliance by channel and priority'),
    );
    expect(sla).toContainEqual([
      'Direct messages',
      'All priorities',
      String(measured),
      String(within),
      share(within / measured),
    ]);

    // Volumes by intent.
    const intents = await rowsOf(
      await figures(page, 'Volumes by intent', 'Conversations by intent'),
    );
    expect(Object.fromEntries(intents.map(([i, n]) => [i, Number(n)]))).toEqual(t.volumesByIntent);
    expect(t.volumesByIntent.complaint).toBeGreaterThanOrEqual(1);

    // Sign-off turnaround: Legal signed one draft.
    const signoffs = await rowsOf(
      await figures(page, 'Sign-off turnaround per role', 'Sign-off turnaround by role'),
    );
    expect(t.signoffTurnaround.legal.count).toBe(1);
    expect(signoffs).toContainEqual([
      'Legal',
      '1',
      duration(t.signoffTurnaround.legal.p50Seconds),
      duration(t.signoffTurnaround.legal.p90Seconds),
    ]);

    // Offline routes: one phone callback, resolved.
    expect(t.offlineRoutes).toEqual([{ method: 'phone_callback', outcome: 'resolved', count: 1 }]);
    const offline = await rowsOf(
      await figures(page, 'Offline-route outcomes', 'Offline routes by method and outcome'),
    );
    expect(offline).toEqual([['Phone callback', 'Resolved', '1']]);

    // Two surveys sent, one answered with 4.
    expect(t.csat).toEqual({ sent: 2, answered: 1, responseRate: 0.5, averageScore: 4 });
    const csat = await rowsOf(
      await figures(page, 'Customer satisfaction (CSAT)', 'Satisfaction surveys per day'),
    );
    expect(csat[csat.length - 1]).toEqual(['Total', '2', '1', '50%', '4']);
    expect(await stat('CSAT average').textContent()).toBe('4');

    await expectAccessible(page, 'dashboard');
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'compliance-dashboard');
    await page
      .getByRole('heading', { name: 'Charts', level: 2 })
      .evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'compliance-dashboard-charts');

    // Each filter is part of the request, and the figures are those of the filtered query.
    const opened = async (filter: Record<string, string>, pick: () => Promise<void>) => {
      const sent = page.waitForRequest((r) => {
        const q = new URL(r.url()).searchParams;
        return (
          r.url().includes('/v1/kpis?') &&
          Object.entries(filter).every(([name, value]) => q.get(name) === value)
        );
      });
      await pick();
      const filtered = Object.fromEntries(new URL((await sent).url()).searchParams);
      const expected = String((await kpis(filtered)).total.conversationsOpened);
      const shown = await eventually(
        () => stat('Conversations opened').textContent(),
        (v) => v === expected,
      );
      expect(shown).toBe(expected);
      return Number(expected);
    };
    const choose = (control: string, option: string) => async () => {
      await page.getByRole('textbox', { name: control }).click();
      await page.getByRole('option', { name: option, exact: true }).click();
    };
    // Nothing came in on X; everything on the member-services team's CRM handle.
    expect(await opened({ channel: 'x' }, choose('Channel', 'X'))).toBe(0);
    await see(
      page
        .getByRole('figure', { name: 'First response time' })
        .getByText('No conversation opened in this range has been answered yet.'),
    );
    expect(
      await opened({ channel: 'dm', team: 'member-services' }, async () => {
        await choose('Channel', 'Direct messages')();
        await choose('Team', 'member-services')();
      }),
    ).toBe(t.conversationsOpened);
    expect(await opened({ team: 'social-care' }, choose('Team', 'social-care'))).toBe(0);
    expect(policy.problems).toEqual([]);
  });

  it('works on a phone, and says why an inverted range shows nothing', async () => {
    const ctx = await c.context(PHONE);
    const page = await ctx.newPage();
    await signIn(page, { sub: 'cora', roles: ['compliance_officer'] });
    await page.goto('/#/dashboard');
    await see(page.getByRole('figure', { name: 'First response time' }));
    await expectAccessible(page, 'dashboard (phone)');
    await screenshot(page, 'compliance-dashboard-phone');
    const to = page.getByRole('textbox', { name: 'To (inclusive)' });
    await to.fill('2020-01-01');
    await see(page.getByText('The end date is before the start date.'));
    expect(await page.getByRole('figure').count()).toBe(0);
  });

  it('an auditor downloads the sign-off log as CSV with its columns', async () => {
    const ctx = await c.context();
    const page = await ctx.newPage();
    const policy = watchPolicy(page, c.baseUrl);
    await signIn(page, { sub: 'audra', roles: ['auditor'] });
    await see(page.getByRole('link', { name: 'Dashboard' }));
    await page.getByRole('link', { name: 'Reports' }).click();
    await see(page.getByRole('heading', { name: 'Examiner reports', level: 1 }));
    await page.getByRole('radio', { name: 'Sign-off log' }).check();
    await expectAccessible(page, 'reports');
    await screenshot(page, 'auditor-reports');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Sign-off log' }).click();
    const file = await download;
    const today = new Date().toISOString().slice(0, 10);
    expect(file.suggestedFilename()).toMatch(
      new RegExp(`^signoff-log_\\d{4}-\\d{2}-\\d{2}_${today}\\.csv$`),
    );
    const csv = readFileSync(await file.path(), 'utf8').split(/\r?\n/);
    expect(csv[0]).toBe(
      'signoff_id,reply_id,conversation_id,handle_id,channel,role,signer_id,decision,reason,decided_at,reply_author_id,reply_created_at,template_version_id,policy_version,rule_ids,required_signoffs,reply_status',
    );
    const legalRow = csv.find((l) => l.includes(legalReplyId));
    expect(legalRow).toBeDefined();
    expect(legalRow!.split(',').slice(5, 8)).toEqual(['legal', 'lena', 'approve']);
    await see(page.getByRole('status').filter({ hasText: /^Downloaded signoff-log_/ }));

    // JSON too, and on a phone.
    await page.getByText('JSON', { exact: true }).click();
    const json = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Sign-off log' }).click();
    const body = JSON.parse(readFileSync(await (await json).path(), 'utf8')) as {
      report: string;
      columns: string[];
    };
    expect(body.report).toBe('signoff-log');
    expect(body.columns[0]).toBe('signoff_id');
    await page.setViewportSize(PHONE);
    await expectAccessible(page, 'reports (phone)');
    expect(policy.problems).toEqual([]);
  });

  it('an administrator lands on the dashboard, without the reports', async () => {
    const ctx = await c.context();
    const page = await ctx.newPage();
    await signIn(page, { sub: 'ada', roles: ['admin'] });
    await page.waitForURL(/#\/dashboard$/);
    await see(page.getByRole('figure', { name: 'Volumes by intent' }));
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Reports' }).count()).toBe(0);
  });

  it('an agent has neither the dashboard nor the reports, and the service refuses the figures', async () => {
    const ctx = await c.context();
    const page = await ctx.newPage();
    await signIn(page, { sub: 'dana', roles: ['agent'] });
    const nav = page.getByRole('navigation', { name: 'Main' });
    await see(nav.getByRole('link', { name: 'Inbox' }));
    expect(await nav.getByRole('link', { name: 'Dashboard' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Reports' }).count()).toBe(0);
    // Typing the address lands on the agent's own screen instead.
    await page.goto('/#/dashboard');
    await page.waitForURL(/#\/inbox/);
    expect(await page.getByRole('heading', { name: 'Dashboard' }).count()).toBe(0);
    const status = await page.evaluate<number>(
      `fetch('/v1/kpis?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z', {
         headers: { authorization: 'Bearer ' + sessionStorage.getItem('countersign.token') },
       }).then((r) => r.status)`,
    );
    expect(status).toBe(403);
  });
});
