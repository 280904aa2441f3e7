import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { OutboxDispatcher } from '../../src/modules/replies';
import { Role } from '../../src/platform/auth/access.enums';
import { FakeClock } from '../../src/platform/clock/clock';
import { startTestApp, type TestApp } from '../support/test-app';
import { approvedTemplate, archived, as, sql } from './support';

const HOUR = 3600 * 1000;

/**
 * Scheduled posts are signed off by policy before the dispatcher publishes
 * them. The policy set is the shipped one with marketing posts signed by
 * Legal and Compliance (rules.yaml lists legal first), so that the order and
 * one decision per person show.
 */
describe('scheduled posts: sign-off by policy', () => {
  const clock = new FakeClock('2026-01-05T09:00:00.000Z');
  const policies = mkdtempSync(join(tmpdir(), 'countersign-policies-'));
  let t: TestApp;
  let admin: string;
  let officer: string;
  let officer2: string;
  let legal: string;
  let legalOfficer: string;
  let agent: string;
  let versionId: string;

  const http = () => request(t.app.getHttpServer());
  const at = (ms: number) => new Date(clock.nowMs() + ms).toISOString();

  async function dispatchAll(): Promise<void> {
    const d = t.app.get(OutboxDispatcher);
    while (await d.runOnce());
  }

  async function deliveries(text: string): Promise<number> {
    const [{ n }] = await sql<{ n: string }>(
      t,
      `SELECT count(*) AS n FROM sandbox_delivery WHERE kind = 'post' AND text = $1`,
      [text],
    );
    return Number(n);
  }

  function schedule(token: string, handle: string, rate: string, publishAt: string) {
    return http()
      .post('/v1/scheduled-posts')
      .set(as(token))
      .send({ handle, templateVersionId: versionId, variables: { rate }, publishAt });
  }

  const sign = (token: string, id: string, body: Record<string, unknown>) =>
    http().post(`/v1/scheduled-posts/${id}/signoffs`).set(as(token)).send(body);

  const text = (rate: string) =>
    `New share certificate rate: ${rate} APY. Details at harborline.example`;

  async function queue(token: string): Promise<Array<Record<string, unknown>>> {
    const res = await http().get('/v1/signoffs').set(as(token)).expect(200);
    return res.body.items as Array<Record<string, unknown>>;
  }

  beforeAll(async () => {
    cpSync(join(__dirname, '../../policies'), policies, { recursive: true });
    const file = join(policies, 'replies.yaml');
    const yaml = readFileSync(file, 'utf8');
    expect(yaml).toMatch(/^ {4}marketing: \[compliance_officer\]$/m);
    writeFileSync(
      file,
      yaml.replace(
        /^ {4}marketing: \[compliance_officer\]$/m,
        '    marketing: [compliance_officer, legal]',
      ),
    );
    t = await startTestApp({ WORKERS: 'false', POLICIES_DIR: policies }, { clock });
    admin = await t.token('ada', Role.Admin);
    officer = await t.token('olga', Role.ComplianceOfficer);
    officer2 = await t.token('omar', Role.ComplianceOfficer);
    legal = await t.token('lena', Role.Legal);
    legalOfficer = await t.token('lou', [Role.Legal, Role.ComplianceOfficer]);
    agent = await t.token('dana', Role.Agent);
    versionId = await approvedTemplate(t, {
      key: 'rate-news',
      intents: ['praise'],
      purpose: 'answer',
      visibility: 'public',
      variables: [{ name: 'rate', type: 'string', maxLength: 10, pattern: '[0-9.]{1,5}%' }],
      variants: { x: 'New share certificate rate: {{rate}} APY. Details at harborline.example' },
    });
  });

  afterAll(async () => {
    await t?.close();
    rmSync(policies, { recursive: true, force: true });
  });

  it('holds a marketing post until Legal then Compliance sign, never its author, then publishes it once when due', async () => {
    const a = (await schedule(officer, 'x-news', '4.5%', at(HOUR)).expect(201)).body;
    expect(a).toMatchObject({
      status: 'pending_signoff',
      requiredSignoffs: ['legal', 'compliance_officer'],
      handle: 'x-news',
      text: text('4.5%'),
    });
    // No outbox row while it waits: past its time, nothing goes out.
    await clock.advance(2 * HOUR);
    await dispatchAll();
    expect(await deliveries(text('4.5%'))).toBe(0);
    const [{ n }] = await sql<{ n: string }>(
      t,
      `SELECT count(*) AS n FROM outbox WHERE scheduled_post_id = $1`,
      [a.id],
    );
    expect(Number(n)).toBe(0);

    // Legal's queue has it (Legal signs first); Compliance's does not yet; an agent has no queue.
    expect(await queue(legal)).toEqual([
      expect.objectContaining({
        kind: 'scheduled_post',
        scheduledPostId: a.id,
        replyId: null,
        conversationId: null,
        handle: 'x-news',
        publishAt: a.publishAt,
        dueAt: a.publishAt,
        nextRole: 'legal',
        requiredSignoffs: ['legal', 'compliance_officer'],
        text: text('4.5%'),
        templateVersionId: versionId,
        purpose: 'answer',
        authorId: 'olga',
        messages: [],
      }),
    ]);
    expect(await queue(officer2)).toEqual([]);
    await http().get('/v1/signoffs').set(as(agent)).expect(403);

    // Who may not sign, and why.
    const byAgent = await sign(agent, a.id, { decision: 'approve' });
    expect([byAgent.status, byAgent.body.error.code]).toEqual([403, 'FORBIDDEN']);
    const notNext = await sign(officer2, a.id, { decision: 'approve' });
    expect([notNext.status, notNext.body.error.code]).toEqual([403, 'SIGNOFF_ROLE_NOT_NEXT']);
    expect(notNext.body.error.details).toMatchObject({ next: 'legal', approved: [] });

    const byLegal = await sign(legal, a.id, { decision: 'approve' }).expect(200);
    await clock.advance(60_000);
    expect(byLegal.body).toMatchObject({ status: 'pending_signoff', version: 1 });
    // One decision per person: Legal cannot also decide again, even to reject.
    const again = await sign(legal, a.id, { decision: 'reject', reason: 'Second thoughts' });
    expect([again.status, again.body.error.code]).toEqual([409, 'SIGNOFF_ALREADY_DECIDED']);
    // The author, a compliance officer, cannot sign their own post.
    const self = await sign(officer, a.id, { decision: 'approve' });
    expect([self.status, self.body.error.code]).toEqual([403, 'SELF_SIGNOFF']);
    expect((await queue(officer2)).map((i) => i.scheduledPostId)).toEqual([a.id]);

    const done = await sign(officer2, a.id, { decision: 'approve' }).expect(200);
    // Its time has passed: it is due at once.
    expect(done.body).toMatchObject({ status: 'scheduled', version: 2 });
    expect(await queue(officer2)).toEqual([]);
    await dispatchAll();
    await dispatchAll();
    expect(await deliveries(text('4.5%'))).toBe(1);

    const got = await http().get(`/v1/scheduled-posts/${a.id}`).set(as(officer)).expect(200);
    expect(got.body).toMatchObject({
      status: 'published',
      platformMessageId: expect.any(String),
      signoffs: [
        { role: 'legal', signerId: 'lena', decision: 'approve' },
        { role: 'compliance_officer', signerId: 'omar', decision: 'approve' },
      ],
    });
    expect((await archived(t, { scheduledPost: a.id })).map((e) => [e.kind, e.actor])).toEqual([
      ['scheduled_post.created', 'olga'],
      ['scheduled_post.signed_off', 'lena'],
      ['scheduled_post.signed_off', 'omar'],
      ['scheduled_post.approved', 'omar'],
      ['outbox.claimed', 'countersign'],
      ['scheduled_post.published', 'countersign'],
    ]);
    const late = await sign(legalOfficer, a.id, { decision: 'approve' });
    expect([late.status, late.body.error.code]).toEqual([409, 'SCHEDULED_POST_STATUS_CONFLICT']);
  });

  it('publishes a signed post at its time, not before; a rejection needs a reason and ends it', async () => {
    const b = (await schedule(admin, 'x-news', '4.6%', at(HOUR)).expect(201)).body;
    await sign(legal, b.id, { decision: 'approve' }).expect(200);
    await sign(officer, b.id, { decision: 'approve' }).expect(200);
    await dispatchAll();
    expect(await deliveries(text('4.6%'))).toBe(0);
    await clock.advance(HOUR);
    await dispatchAll();
    expect(await deliveries(text('4.6%'))).toBe(1);

    const c = (await schedule(admin, 'x-news', '4.7%', at(HOUR)).expect(201)).body;
    const bare = await sign(legal, c.id, { decision: 'reject' });
    expect([bare.status, bare.body.error.code]).toEqual([400, 'SIGNOFF_REASON_REQUIRED']);
    const rejected = await sign(legal, c.id, {
      decision: 'reject',
      reason: 'The rate is not final',
    }).expect(200);
    expect(rejected.body.status).toBe('rejected');
    await clock.advance(2 * HOUR);
    await dispatchAll();
    expect(await deliveries(text('4.7%'))).toBe(0);
    expect((await archived(t, { scheduledPost: c.id })).map((e) => e.clear)).toContainEqual(
      expect.objectContaining({ decision: 'reject', reason: 'The rate is not final' }),
    );

    // A service handle's post needs no sign-off under this policy.
    const d = (await schedule(admin, 'x-help', '4.8%', at(HOUR)).expect(201)).body;
    expect(d).toMatchObject({ status: 'scheduled', requiredSignoffs: [] });
    // A post waiting for sign-off may be cancelled.
    const e = (await schedule(admin, 'x-news', '4.9%', at(HOUR)).expect(201)).body;
    const cancelled = await http()
      .post(`/v1/scheduled-posts/${e.id}/cancel`)
      .set(as(officer))
      .send({ version: 1, reason: 'Campaign dropped' })
      .expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await queue(legal)).map((i) => i.scheduledPostId)).not.toContain(e.id);
  });

  it('during a crisis a post signed off is held, and published only once released afterwards', async () => {
    const f = (await schedule(admin, 'x-news', '5.0%', at(HOUR)).expect(201)).body;
    await http()
      .post('/v1/crisis')
      .set(as(officer))
      .send({ reason: 'Card processing outage' })
      .expect(200);
    await sign(legal, f.id, { decision: 'approve' }).expect(200);
    const signed = await sign(officer, f.id, { decision: 'approve' }).expect(200);
    expect(signed.body.status).toBe('held');
    await clock.advance(2 * HOUR);
    await dispatchAll();
    expect(await deliveries(text('5.0%'))).toBe(0);
    await http().delete('/v1/crisis').set(as(officer)).send({ reason: 'Restored' }).expect(200);
    await dispatchAll();
    expect(await deliveries(text('5.0%'))).toBe(0);
    await http()
      .post(`/v1/scheduled-posts/${f.id}/release`)
      .set(as(officer))
      .send({ version: signed.body.version })
      .expect(200);
    await dispatchAll();
    expect(await deliveries(text('5.0%'))).toBe(1);
    expect((await archived(t, { scheduledPost: f.id })).map((e) => e.kind)).toEqual([
      'scheduled_post.created',
      'scheduled_post.signed_off',
      'scheduled_post.signed_off',
      'scheduled_post.approved',
      'scheduled_post.released',
      'outbox.claimed',
      'scheduled_post.published',
    ]);
  });
});
