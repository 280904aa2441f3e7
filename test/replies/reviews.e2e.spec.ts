import request from 'supertest';
import { OutboxDispatcher, SentRepliesRecorder } from '../../src/modules/replies';
import { Role } from '../../src/platform/auth/access.enums';
import { FakeClock } from '../../src/platform/clock/clock';
import { Seeder } from '../conversations/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { approvedTemplate, archived, as, conversationVersion } from './support';

describe('supervisory sampling of sent replies (FINRA 3110.06)', () => {
  const clock = new FakeClock('2026-01-05T09:00:00.000Z');
  let t: TestApp;
  let seeder: Seeder;
  let versionId: string;
  let post = 0;
  const http = () => request(t.app.getHttpServer());

  /** Every step at a time of its own on the fake clock: nothing here reads the real time. */
  async function send(token: string, text: string): Promise<string> {
    post++;
    await clock.advance(60_000);
    const c = await seeder.post({
      text,
      externalId: `17500000000000${1000 + post}`,
      authorId: `44${post}`,
    });
    const res = await http()
      .post(`/v1/conversations/${c.conversationId}/replies`)
      .set(as(token))
      .send({
        templateVersionId: versionId,
        variables: {},
        version: await conversationVersion(t, c.conversationId),
      })
      .expect(201);
    expect(res.body.createdAt).toBe(clock.now().toISOString());
    return res.body.id as string;
  }

  /** Runs a worker round after round until it reports no full batch; never more than `max` rounds. */
  async function drain(runOnce: () => Promise<boolean>, max = 10): Promise<void> {
    for (let round = 0; round < max; round++) if (!(await runOnce())) return;
    throw new Error(`still busy after ${max} rounds`);
  }

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'false', REVIEW_SAMPLE_PERCENT: '100' }, { clock });
    seeder = new Seeder(t);
    versionId = await approvedTemplate(t, {
      key: 'thanks-reviewed',
      intents: ['praise', 'legal_threat'],
      purpose: 'answer',
      variants: { x: 'Thank you, we have passed this on.' },
    });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('queues every eligible sent reply for review, lets compliance review others’ replies once, and reports coverage', async () => {
    const dana = await t.token('dana', Role.Agent);
    const olgaBoth = await t.token('olga', [Role.Agent, Role.ComplianceOfficer]);
    const otto = await t.token('otto', Role.ComplianceOfficer);
    const legal = await t.token('lena', Role.Legal);
    const a = await send(dana, 'Thanks for the quick help today, great service!');
    const b = await send(dana, 'Thanks for the quick help today, great service!');
    const own = await send(olgaBoth, 'Thanks for the quick help today, great service!');
    // a reply that needed a sign-off is supervised before sending, not sampled after
    const signed = await send(
      dana,
      'My lawyer will be in touch, I am going to sue you over these fees.',
    );
    const held = await http().get(`/v1/replies/${signed}`).set(as(legal)).expect(200);
    expect(held.body).toMatchObject({ status: 'pending_signoff', requiredSignoffs: ['legal'] });
    await clock.advance(60_000);
    await http()
      .post(`/v1/replies/${signed}/signoffs`)
      .set(as(legal))
      .send({ decision: 'approve' })
      .expect(200);

    await clock.advance(60_000);
    const sentAt = clock.now().toISOString();
    const d = t.app.get(OutboxDispatcher);
    d.random = () => 0;
    await drain(() => d.runOnce());
    await clock.advance(60_000);
    const sampledAt = clock.now().toISOString();
    await drain(() => t.app.get(SentRepliesRecorder).runOnce());
    for (const id of [a, b, own, signed]) {
      const got = await http().get(`/v1/replies/${id}`).set(as(otto)).expect(200);
      expect(got.body).toMatchObject({ status: 'sent', sentAt });
    }

    await http().get('/v1/reviews').set(as(dana)).expect(403);
    const list = await http()
      .get('/v1/reviews')
      .query({ status: 'pending' })
      .set(as(otto))
      .expect(200);
    const byReply = new Map(list.body.items.map((i: { replyId: string }) => [i.replyId, i]));
    expect([...byReply.keys()].sort()).toEqual([a, b, own].sort());
    const ra = byReply.get(a) as { id: string };
    expect(ra).toMatchObject({
      agentId: 'dana',
      week: '2026-W02',
      sampledAt,
      sentAt,
      status: 'pending',
      text: 'Thank you, we have passed this on.',
      version: 1,
    });

    const mine = byReply.get(own) as { id: string };
    const self = await http()
      .post(`/v1/reviews/${mine.id}`)
      .set(as(olgaBoth))
      .send({ outcome: 'ok', version: 1 });
    expect([self.status, self.body.error.code]).toEqual([403, 'SELF_REVIEW']);

    const bare = await http()
      .post(`/v1/reviews/${ra.id}`)
      .set(as(otto))
      .send({ outcome: 'flag', version: 1 });
    expect([bare.status, bare.body.error.code]).toEqual([400, 'REVIEW_NOTE_REQUIRED']);
    const flagged = await http()
      .post(`/v1/reviews/${ra.id}`)
      .set(as(otto))
      .send({ outcome: 'flag', note: 'Too casual for a fee question.', version: 1 })
      .expect(200);
    expect(flagged.body).toMatchObject({
      status: 'reviewed',
      outcome: 'flag',
      reviewerId: 'otto',
      version: 2,
    });
    const again = await http()
      .post(`/v1/reviews/${ra.id}`)
      .set(as(otto))
      .send({ outcome: 'ok', version: 2 });
    expect([again.status, again.body.error.code]).toEqual([409, 'REVIEW_ALREADY_DONE']);
    const rb = byReply.get(b) as { id: string };
    const stale = await http()
      .post(`/v1/reviews/${rb.id}`)
      .set(as(otto))
      .send({ outcome: 'ok', version: 3 });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'CONFLICT']);
    await http()
      .post(`/v1/reviews/${rb.id}`)
      .set(as(olgaBoth))
      .send({ outcome: 'ok', version: 1 })
      .expect(200);

    const cov = await http()
      .get('/v1/reviews/coverage')
      .query({ from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' })
      .set(as(otto))
      .expect(200);
    expect(cov.body).toEqual({
      samplePercent: 100,
      items: [
        {
          agentId: 'dana',
          week: '2026-W02',
          eligible: 2,
          sampled: 2,
          reviewed: 2,
          flagged: 1,
          sampledShare: 1,
        },
        {
          agentId: 'olga',
          week: '2026-W02',
          eligible: 1,
          sampled: 1,
          reviewed: 0,
          flagged: 0,
          sampledShare: 1,
        },
      ],
    });
    expect((await archived(t, { reply: a })).map((e) => e.kind)).toEqual(
      expect.arrayContaining(['review.sampled', 'review.completed']),
    );
  });
});
