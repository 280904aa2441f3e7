import type { Page } from 'playwright-core';
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
  eventually,
} from './support/console';

jest.setTimeout(240_000);

const ANSWER = 'We are sorry for the trouble and are looking into it.';

/** The status a fetch from the page gets, with the page's own session. */
function statusFromPage(page: Page, path: string, body: unknown): Promise<[number, string]> {
  return page.evaluate<[number, string]>(
    `fetch(${JSON.stringify(path)}, {
       method: 'POST',
       headers: { 'content-type': 'application/json', authorization: 'Bearer ' + sessionStorage.getItem('countersign.token') },
       body: ${JSON.stringify(JSON.stringify(body))},
     }).then(async (r) => [r.status, ((await r.json()).error || {}).code || ''])`,
  );
}

/**
 * A legal-threat post is held for Legal: the agent who drafted it cannot sign
 * (no control, and the service refuses), Legal signs in another browser, and
 * the agent's open conversation shows it sent without a reload.
 */
describe('console: sign-off queue', () => {
  let c: ConsoleUnderTest;
  let crm: string;
  let post = 0;
  const http = () => request(c.t.app.getHttpServer());
  const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

  async function inbound(text: string): Promise<string> {
    post++;
    return inboundPost(c, crm, {
      externalId: `crm-signoff-${post}`,
      threadId: `member-${post}`,
      authorId: `${500 + post}`,
      text,
    });
  }

  async function queued(token: string, conversationId: string): Promise<string> {
    const q = await http().get('/v1/signoffs').set(bearer(token)).expect(200);
    const item = (q.body.items as Array<{ replyId: string; conversationId: string }>).find(
      (i) => i.conversationId === conversationId,
    );
    if (!item) throw new Error(`no draft of ${conversationId} in the queue`);
    return item.replyId;
  }

  async function statusOf(token: string, replyId: string): Promise<string> {
    return (await http().get(`/v1/replies/${replyId}`).set(bearer(token)).expect(200)).body
      .status as string;
  }

  beforeAll(async () => {
    c = await startConsole();
    crm = await c.t.token('crm', Role.Integration);
    await approvedTemplate(c.t, {
      key: 'we-hear-you',
      title: 'We hear you',
      intents: ['legal_threat', 'regulator_mention', 'complaint'],
      purpose: 'answer',
      variants: { dm: ANSWER, x: ANSWER },
    });
  }, 90_000);
  afterAll(() => c?.close(), 120_000);

  it('holds a reply to a legal threat until Legal signs in another browser; the drafter cannot sign; the agent sees it sent live', async () => {
    const conversationId = await inbound(
      'My lawyer will be in touch, I am going to sue you over these fees.',
    );

    // Lee answers as an agent; he also holds the Legal role, which must not let him sign his own.
    const agentCtx = await c.context();
    const agent = await agentCtx.newPage();
    const agentPolicy = watchPolicy(agent, c.baseUrl);
    await signIn(agent, { sub: 'lee', roles: ['agent', 'legal'] });
    await agent.goto(`/#/inbox/${conversationId}`);
    await (await see(agent.getByRole('radio', { name: /We hear you/ }))).check();
    await agent.getByRole('button', { name: 'Submit reply' }).click();
    await see(agent.getByLabel('Reply status: Awaiting sign-off'));
    // No sign-off control in his conversation view.
    expect(
      await agent.getByRole('button', { name: /approve|reject|sign[- ]?off|countersign/i }).count(),
    ).toBe(0);

    const legalToken = await c.t.token('lena', Role.Legal);
    const replyId = await queued(legalToken, conversationId);

    // In his own sign-off queue the draft has no decision buttons…
    await agent.getByRole('link', { name: 'Sign-offs' }).click();
    const own = agent.getByRole('article').filter({ hasText: conversationId });
    await see(own.getByText('You cannot sign this draft'));
    expect(await own.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    expect(await own.getByRole('button', { name: 'Reject' }).count()).toBe(0);
    // …and the service refuses anyway.
    expect(
      await statusFromPage(agent, `/v1/replies/${replyId}/signoffs`, { decision: 'approve' }),
    ).toEqual([403, 'SELF_SIGNOFF']);
    // A plain agent may not sign at all.
    const dana = await c.t.token('dana', Role.Agent);
    const plain = await http()
      .post(`/v1/replies/${replyId}/signoffs`)
      .set(bearer(dana))
      .send({ decision: 'approve' });
    expect([plain.status, plain.body.error.code]).toEqual([403, 'FORBIDDEN']);

    // Back to the conversation: it waits.
    await agent.goto(`/#/inbox/${conversationId}`);
    await see(agent.getByLabel('Reply status: Awaiting sign-off'));

    // Lena, in her own browser, lands on the queue and sees what she signs.
    const legalCtx = await c.context();
    const legal = await legalCtx.newPage();
    const legalPolicy = watchPolicy(legal, c.baseUrl);
    await signIn(legal, { sub: 'lena', roles: ['legal'] });
    await see(legal.getByRole('heading', { name: 'Sign-off queue', level: 1 }));
    const card = legal.getByRole('article', { name: 'Draft by lee' });
    await see(card.getByText('R-300-legal-threat'));
    await see(card.getByText('Threats of legal action need Legal sign-off', { exact: false }));
    await see(card.getByText('My lawyer will be in touch', { exact: false }));
    await see(card.getByLabel('Rendered reply').getByText(ANSWER));
    await see(card.getByText('We hear you (we-hear-you), version 1', { exact: false }));
    await see(card.getByText(/Due .*(overdue by|due in)/));
    await expectAccessible(legal, 'sign-off queue');
    await screenshot(legal, 'legal-signoffs');

    await card.getByRole('button', { name: 'Approve' }).click();
    await see(legal.getByText('You approved the draft by lee', { exact: false }));
    await see(legal.getByText('Nothing waits for your sign-off.'));

    // The agent's open conversation view follows without a reload.
    await see(agent.getByLabel('Reply status: Sent'), 60_000);
    expect(await statusOf(legalToken, replyId)).toBe('sent');
    await screenshot(agent, 'agent-reply-sent-after-signoff');
    expect(agentPolicy.problems).toEqual([]);
    expect(legalPolicy.problems).toEqual([]);
  });

  it('needs Legal then Compliance for a regulator mention; a rejection needs a reason', async () => {
    const dana = await c.t.token('dana', Role.Agent);
    async function draftFor(conversationId: string): Promise<string> {
      const conv = await http()
        .get(`/v1/conversations/${conversationId}`)
        .set(bearer(dana))
        .expect(200);
      const suggestions = await http()
        .get(`/v1/conversations/${conversationId}/suggestions`)
        .set(bearer(dana))
        .expect(200);
      const s = (
        suggestions.body.items as Array<{ title: string; templateVersionId: string }>
      ).find((i) => i.title === 'We hear you')!;
      const r = await http()
        .post(`/v1/conversations/${conversationId}/replies`)
        .set(bearer(dana))
        .send({ templateVersionId: s.templateVersionId, variables: {}, version: conv.body.version })
        .expect(201);
      expect(r.body.requiredSignoffs).toEqual(expect.arrayContaining(['legal']));
      return r.body.id as string;
    }
    const regulator = await inbound('I am filing a complaint with the CFPB about you.');
    const regulatorReply = await draftFor(regulator);
    const threat = await inbound(
      'My lawyer will be in touch, I am going to sue you over the overdraft fees.',
    );
    const threatReply = await draftFor(threat);
    expect(
      (await http().get(`/v1/replies/${regulatorReply}`).set(bearer(dana)).expect(200)).body
        .requiredSignoffs,
    ).toEqual(['legal', 'compliance_officer']);

    // The compliance officer's queue does not have it yet: Legal signs first.
    const officerCtx = await c.context();
    const officer = await officerCtx.newPage();
    await signIn(officer, { sub: 'omar', roles: ['compliance_officer'] });
    await officer.getByRole('link', { name: 'Sign-offs' }).click();
    await see(officer.getByText('Nothing waits for your sign-off.'));
    await expectAccessible(officer, 'sign-off queue (empty)');

    // Legal, on a phone: rejects one draft (a reason is required) and approves the other.
    const legalCtx = await c.context(PHONE);
    const legal = await legalCtx.newPage();
    await signIn(legal, { sub: 'lena', roles: ['legal'] });
    const reg = legal.getByRole('article').filter({ hasText: regulator });
    await see(reg.getByText('Legal then Compliance officer, in that order; next: Legal'));
    await see(reg.getByText('R-320-regulator-mention'));
    await expectAccessible(legal, 'sign-off queue (phone)');
    await screenshot(legal, 'legal-signoffs-phone');

    const thr = legal.getByRole('article').filter({ hasText: threat });
    await thr.getByRole('button', { name: 'Reject' }).click();
    await see(thr.getByText('Give a reason to reject', { exact: false }));
    expect(await statusOf(dana, threatReply)).toBe('pending_signoff');
    await thr.getByLabel('Reason').fill('Do not promise to look into it; acknowledge only.');
    await thr.getByRole('button', { name: 'Reject' }).click();
    await see(legal.getByText('You rejected the draft by dana', { exact: false }));
    expect(await statusOf(dana, threatReply)).toBe('rejected');

    await reg.getByRole('button', { name: 'Approve' }).click();
    await see(legal.getByText('You approved the draft by dana', { exact: false }));
    expect(await statusOf(dana, regulatorReply)).toBe('pending_signoff');

    // Now the compliance officer's queue has it (live, or on a reload).
    const next = officer.getByRole('article').filter({ hasText: regulator });
    await officer.reload();
    await see(next.getByText('Needs Compliance officer'));
    await next.getByRole('button', { name: 'Approve' }).click();
    await see(officer.getByText('You approved the draft by dana', { exact: false }));
    expect(
      await eventually(
        () => statusOf(dana, regulatorReply),
        (s) => s === 'sent',
      ),
    ).toBe('sent');

    // A second decision on a draft already decided is refused in words.
    expect(
      await statusFromPage(officer, `/v1/replies/${regulatorReply}/signoffs`, {
        decision: 'approve',
      }),
    ).toEqual([409, expect.stringMatching(/SIGNOFF_ALREADY_DECIDED|REPLY_STATUS_CONFLICT/)]);
  });
});
