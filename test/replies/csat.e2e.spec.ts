import request from 'supertest';
import { CsatWorker, OutboxDispatcher, SentRepliesRecorder } from '../../src/modules/replies';
import { Role } from '../../src/platform/auth/access.enums';
import { FakeClock } from '../../src/platform/clock/clock';
import { Seeder } from '../conversations/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { approvedTemplate, archived, as, conversationVersion, sql } from './support';

const SURVEY = 'How did we do today? Reply with a score from 1 (poor) to 5 (great).';

describe('satisfaction surveys after resolution (policies/replies.yaml csat)', () => {
  const clock = new FakeClock('2026-01-05T09:00:00.000Z');
  let t: TestApp;
  let answerVersion: string;
  let crm: string;
  let dana: string;
  const http = () => request(t.app.getHttpServer());

  const inbound = (externalId: string, text: string, threadId = 'member-7') =>
    http()
      .post('/v1/inbound')
      .set(as(crm))
      .send({
        handle: 'crm',
        externalId,
        threadId,
        author: { id: '7', name: 'A member' },
        text,
        visibility: 'private',
      })
      .expect(202);

  async function answerAndSend(conversationId: string): Promise<string> {
    const draft = await http()
      .post(`/v1/conversations/${conversationId}/replies`)
      .set(as(dana))
      .send({
        templateVersionId: answerVersion,
        variables: {},
        version: await conversationVersion(t, conversationId),
      })
      .expect(201);
    await flushOutbox();
    return draft.body.id as string;
  }

  async function flushOutbox(): Promise<void> {
    const d = t.app.get(OutboxDispatcher);
    while (await d.runOnce());
    const r = t.app.get(SentRepliesRecorder);
    while (await r.runOnce());
  }

  const status = async (id: string) =>
    (await sql<{ status: string }>(t, `SELECT status FROM conversation WHERE id = $1`, [id]))[0]
      .status;

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'false' }, { clock });
    crm = await t.token('crm', Role.Integration);
    dana = await t.token('dana', Role.Agent);
    answerVersion = await approvedTemplate(t, {
      key: 'saturday-hours-answer',
      intents: ['general_question', 'praise'],
      purpose: 'answer',
      variants: {
        dm: 'The Main Street branch opens at 9 on Saturdays.',
        x: 'Thank you, we have passed this on.',
      },
    });
    await approvedTemplate(t, {
      key: 'csat-survey',
      intents: ['praise'],
      purpose: 'csat',
      variants: { dm: SURVEY },
    });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('surveys a resolved conversation after the delay and links the score to it and the agent', async () => {
    const first = await inbound(
      'crm-csat-1',
      'Hi, what time does the Main Street branch open on Saturdays?',
    );
    const conversationId = first.body.conversationId as string;
    const replyId = await answerAndSend(conversationId);
    expect(await status(conversationId)).toBe('resolved');

    // A conversation resolved on a channel the policy does not survey (x) gets none.
    const onX = await new Seeder(t).post({
      text: 'Thanks for the quick help today, great service!',
      externalId: '1750000000000077001',
      authorId: '9077',
    });
    await answerAndSend(onX.conversationId);
    expect(await status(onX.conversationId)).toBe('resolved');

    const worker = t.app.get(CsatWorker);
    await worker.runOnce();
    const officer = await t.token('otto', Role.ComplianceOfficer);
    await http().get('/v1/csat').set(as(dana)).expect(403);
    let list = await http().get('/v1/csat').set(as(officer)).expect(200);
    expect(list.body.items).toHaveLength(1);
    const survey = list.body.items[0] as { id: string; dueAt: string };
    expect(list.body.items[0]).toMatchObject({
      conversationId,
      channel: 'dm',
      agentId: 'dana',
      status: 'scheduled',
      score: null,
    });
    // Sixty minutes after the resolution (the delay in policies/replies.yaml).
    expect(Date.parse(survey.dueAt) - clock.now().getTime()).toBe(60 * 60_000);

    // Not due yet: nothing is sent.
    await worker.runOnce();
    await flushOutbox();
    const admin = await t.token('ada', Role.Admin);
    const texts = async () =>
      (
        await http().get('/v1/transports/sandbox/deliveries').set(as(admin)).expect(200)
      ).body.items.map((d: { text: string }) => d.text);
    expect(await texts()).not.toContain(SURVEY);

    await clock.advance(61 * 60_000);
    await worker.runOnce();
    await flushOutbox();
    expect((await texts()).filter((x: string) => x === SURVEY)).toHaveLength(1);
    const [delivery] = (
      await http().get('/v1/transports/sandbox/deliveries').set(as(admin)).expect(200)
    ).body.items.filter((d: { text: string }) => d.text === SURVEY);
    expect(delivery).toMatchObject({ platform: 'generic', kind: 'direct_message' });
    // Another round sends nothing more.
    await worker.runOnce();
    await flushOutbox();
    expect((await texts()).filter((x: string) => x === SURVEY)).toHaveLength(1);

    let got = await http().get(`/v1/csat/${survey.id}`).set(as(officer)).expect(200);
    expect(got.body).toMatchObject({ status: 'queued', replyId: expect.any(String), score: null });
    const surveyReply = got.body.replyId as string;
    expect(surveyReply).not.toBe(replyId);

    // A message that is not a score is not taken for one.
    await inbound('crm-csat-2', 'Thanks again, that was quick');
    await worker.runOnce();
    got = await http().get(`/v1/csat/${survey.id}`).set(as(officer)).expect(200);
    expect(got.body).toMatchObject({ status: 'queued', score: null });

    const answer = await inbound('crm-csat-3', '5');
    expect(answer.body.conversationId).toBe(conversationId);
    await worker.runOnce();
    got = await http().get(`/v1/csat/${survey.id}`).set(as(officer)).expect(200);
    expect(got.body).toMatchObject({
      conversationId,
      agentId: 'dana',
      status: 'answered',
      score: 5,
      answerMessageId: answer.body.messageId,
      sentAt: expect.any(String),
    });
    // The other message reopened the conversation for the agent: it stays open.
    expect(await status(conversationId)).toBe('open');
    list = await http()
      .get('/v1/csat')
      .query({ status: 'answered', agent: 'dana' })
      .set(as(officer))
      .expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([survey.id]);

    const kinds = (await archived(t, { csatSurvey: survey.id })).map((e) => e.kind);
    expect(kinds).toEqual(['csat.planned', 'csat.queued', 'csat.answered']);
    const answered = (await archived(t, { csatSurvey: survey.id })).at(-1)!;
    expect(answered).toMatchObject({ actor: 'countersign', clear: { score: 5, agent: 'dana' } });
    expect((await archived(t, { reply: surveyReply })).map((e) => e.kind)).toEqual(
      expect.arrayContaining(['reply.drafted', 'reply.queued', 'message.sent']),
    );
  });
  it('takes a lone "4 out of 5" and resolves the conversation the score alone reopened', async () => {
    const first = await inbound(
      'crm-csat-8-1',
      'Hi, what time does the Main Street branch open on Saturdays?',
      'member-8',
    );
    const conversationId = first.body.conversationId as string;
    await answerAndSend(conversationId);
    expect(await status(conversationId)).toBe('resolved');
    const worker = t.app.get(CsatWorker);
    await worker.runOnce();
    await clock.advance(61 * 60_000);
    await worker.runOnce();
    await flushOutbox();
    await worker.runOnce();
    const officer = await t.token('otto', Role.ComplianceOfficer);
    const queued = await http()
      .get('/v1/csat')
      .query({ conversation: conversationId })
      .set(as(officer))
      .expect(200);
    expect(queued.body.items).toMatchObject([{ status: 'queued', sentAt: expect.any(String) }]);

    await inbound('crm-csat-8-2', '4 out of 5', 'member-8');
    expect(await status(conversationId)).toBe('open');
    await worker.runOnce();
    const answered = await http()
      .get('/v1/csat')
      .query({ conversation: conversationId })
      .set(as(officer))
      .expect(200);
    expect(answered.body.items).toMatchObject([{ status: 'answered', score: 4, agentId: 'dana' }]);
    expect(await status(conversationId)).toBe('resolved');
    // Resolved again, it is not surveyed a second time.
    await clock.advance(61 * 60_000);
    await worker.runOnce();
    const again = await http()
      .get('/v1/csat')
      .query({ conversation: conversationId })
      .set(as(officer))
      .expect(200);
    expect(again.body.items).toHaveLength(1);
  });
  it('waits out a crisis before sending, and expires a survey nobody answered', async () => {
    const first = await inbound(
      'crm-csat-9-1',
      'Hi, what time does the Main Street branch open on Saturdays?',
      'member-9',
    );
    const conversationId = first.body.conversationId as string;
    await answerAndSend(conversationId);
    const worker = t.app.get(CsatWorker);
    await worker.runOnce();
    const officer = await t.token('otto', Role.ComplianceOfficer);
    const survey = async () =>
      (
        await http()
          .get('/v1/csat')
          .query({ conversation: conversationId })
          .set(as(officer))
          .expect(200)
      ).body.items[0] as { id: string; status: string };

    await http()
      .post('/v1/crisis')
      .set(as(officer))
      .send({ reason: 'Card processing outage confirmed by operations' })
      .expect(200);
    await clock.advance(61 * 60_000);
    await worker.runOnce();
    expect((await survey()).status).toBe('scheduled');
    await http()
      .delete('/v1/crisis')
      .set(as(officer))
      .send({ reason: 'Processing restored' })
      .expect(200);
    await worker.runOnce();
    await flushOutbox();
    await worker.runOnce();
    expect((await survey()).status).toBe('queued');

    // csat.answerHours (72) pass without a score.
    await clock.advance(72 * 60 * 60_000);
    await worker.runOnce();
    const expired = await survey();
    expect(expired).toMatchObject({ status: 'expired', score: null });
    expect((await archived(t, { csatSurvey: expired.id })).map((e) => e.kind)).toEqual([
      'csat.planned',
      'csat.queued',
      'csat.expired',
    ]);
  });
});
