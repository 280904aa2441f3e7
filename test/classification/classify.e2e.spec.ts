import { Readable, Writable } from 'node:stream';
import request from 'supertest';
import { classifyStream } from '../../src/cli/classify.command';
import { Location, Role } from '../../src/platform/auth/access.enums';
import { startTestApp, TestApp } from '../support/test-app';

const CARD = '4111 1111 1111 1111';

describe('POST /v1/classify', () => {
  let t: TestApp;
  let server: Parameters<typeof request>[0];
  beforeAll(async () => {
    t = await startTestApp();
    server = t.app.getHttpServer();
  });
  afterAll(() => t.close());

  it('finds sensitive data, masks it, and routes the post offline citing the policy version', async () => {
    const token = await t.token('ann', Role.Agent);
    const text = `Hi, my card ${CARD} was charged twice, please fix`;
    const res = await request(server)
      .post('/v1/classify')
      .set('authorization', `Bearer ${token}`)
      .send({ text, channel: 'x', visibility: 'public' });
    expect(res.status).toBe(200);
    const card = res.body.entities.find((e: { type: string }) => e.type === 'CARD_NUMBER');
    expect(card).toBeDefined();
    expect(text.slice(card.start, card.end)).toBe(CARD);
    expect(res.body.decision.actions).toEqual(
      expect.arrayContaining(['route_offline', 'block_public_reply']),
    );
    expect(res.body.decision.policyVersion).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(res.body.decision.ruleIds.length).toBeGreaterThan(0);
    // The value itself never comes back.
    expect(JSON.stringify(res.body)).not.toContain('4111 1111');
    expect(JSON.stringify(res.body)).not.toContain('4111111111111111');
  });

  it('legal threats need a legal sign-off', async () => {
    const token = await t.token('ann', Role.Agent, Location.Remote);
    const res = await request(server)
      .post('/v1/classify')
      .set('authorization', `Bearer ${token}`)
      .send({
        text: 'If this is not fixed by Friday my lawyer will file a lawsuit',
        channel: 'facebook',
      });
    expect(res.status).toBe(200);
    expect(res.body.intents.map((i: { intent: string }) => i.intent)).toContain('legal_threat');
    expect(res.body.decision.signoffRoles).toContain('legal');
  });

  it('cites the intent model with its id and probability when a model rule matched', async () => {
    const token = await t.token('ann', Role.Agent, Location.Remote);
    const res = await request(server)
      .post('/v1/classify')
      .set('authorization', `Bearer ${token}`)
      .send({ text: 'i regret ever opening an account here, what a mess', channel: 'x' });
    expect(res.status).toBe(200);
    const complaint = (
      res.body.intents as {
        intent: string;
        ruleIds: string[];
        model?: { id: string; score: number };
      }[]
    ).find((i) => i.intent === 'complaint');
    expect(complaint?.ruleIds).toContain('intent.complaint.model');
    expect(complaint?.model?.id).toBe('intents-lr-1');
    expect(complaint?.model?.score).toBeGreaterThanOrEqual(0.5);
  });

  it('403 for a role that may not classify', async () => {
    const token = await t.token('adam', Role.Auditor);
    const res = await request(server)
      .post('/v1/classify')
      .set('authorization', `Bearer ${token}`)
      .send({ text: 'hi' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
  });

  it('400 VALIDATION_FAILED with field details, for a missing text or an unknown field', async () => {
    const token = await t.token('ann', Role.Agent);
    const res = await request(server)
      .post('/v1/classify')
      .set('authorization', `Bearer ${token}`)
      .send({ txt: 'typo', visibility: 'secret' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    const fields = res.body.error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['text', 'txt', 'visibility']));
  });

  it('400 UNKNOWN_CHANNEL for a channel the policy does not define', async () => {
    const token = await t.token('ann', Role.Agent);
    const res = await request(server)
      .post('/v1/classify')
      .set('authorization', `Bearer ${token}`)
      .send({ text: 'hello', channel: 'myspace' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('UNKNOWN_CHANNEL');
  });
});

describe('countersign classify (JSONL)', () => {
  async function run(input: string) {
    let out = '';
    let err = '';
    const stdout = new Writable({ write: (c, _e, cb) => ((out += String(c)), cb()) });
    const stderr = new Writable({ write: (c, _e, cb) => ((err += String(c)), cb()) });
    const r = await classifyStream(Readable.from([input]), stdout, stderr, {});
    return {
      ...r,
      out: out
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
      err,
    };
  }

  it('answers every good line in input order and reports bad lines with their number', async () => {
    const { out, err, bad } = await run(
      [
        JSON.stringify({ id: 'a', text: `card ${CARD}` }),
        '{not json',
        JSON.stringify({ id: 'b', text: 'Love the new app!', channel: 'instagram' }),
        JSON.stringify({ id: 'c' }),
        JSON.stringify({ id: 'd', text: 'SSN 123-45-6789 please update' }),
      ].join('\n'),
    );
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'd']);
    expect(out[0].entities[0]).toEqual(
      expect.objectContaining({
        type: 'CARD_NUMBER',
        start: 5,
        end: 5 + CARD.length,
        detector: expect.any(String),
      }),
    );
    expect(out[0].entities[0].preview).toBeUndefined();
    expect(out[2].entities.map((e: { type: string }) => e.type)).toContain('SSN');
    expect(out[2].decision.actions).toContain('route_offline');
    expect(bad).toBe(2);
    expect(err).toMatch(/line 2: not valid JSON/);
    expect(err).toMatch(/line 4: "text": .*text must be a string/);
  });

  it('refuses what POST /v1/classify refuses: an unknown channel, an unknown field, a bad visibility', async () => {
    const { out, err, bad } = await run(
      [
        JSON.stringify({ id: 'a', text: 'hello', channel: 'myspace' }),
        JSON.stringify({ id: 'b', text: 'hello', extra: true }),
        JSON.stringify({ id: 'c', text: 'hello', visibility: 'secret' }),
        JSON.stringify({ id: 'd', text: 'hello', channel: 'x', visibility: 'public' }),
      ].join('\n'),
    );
    expect(out.map((o) => o.id)).toEqual(['d']);
    expect(bad).toBe(3);
    expect(err).toMatch(/line 1: "channel": unknown channel; one of .*\bx\b/);
    expect(err).toMatch(/line 2: "extra": property extra should not exist/);
    expect(err).toMatch(/line 3: "visibility"/);
  });
});
