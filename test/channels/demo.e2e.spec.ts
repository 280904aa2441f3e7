import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { parseRate, runDemo } from '../../src/cli/demo.command';
import { DEMO_INTENTS, demoPosts } from '../../src/modules/channels/core';
import request from 'supertest';
import { Role } from '../../src/platform/auth/access.enums';
import { startChannelApp, type ChannelTestApp } from './channel-support';

describe('countersign demo', () => {
  let t: ChannelTestApp;
  let url: string;

  beforeAll(async () => {
    t = await startChannelApp();
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await t.close();
  });

  it('parses rates', () => {
    expect(parseRate('5/s')).toBe(5);
    expect(parseRate('120/m')).toBe(2);
    expect(parseRate('10')).toBe(10);
    expect(() => parseRate('fast')).toThrow();
    expect(() => parseRate('0/s')).toThrow();
  });

  it('sample posts cover every intent, and a quarter or so carry sensitive values', () => {
    const posts = demoPosts(400, 3);
    expect(new Set(posts.map((p) => p.intent))).toEqual(new Set(DEMO_INTENTS));
    const share = posts.filter((p) => p.sensitive).length / posts.length;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.35);
    expect(demoPosts(50, 3)).toEqual(demoPosts(50, 3));
  });

  it('sends signed posts through the real webhooks to every service handle, and they land in the inbox', async () => {
    const lines: string[] = [];
    const log = new Writable({
      write(chunk: Buffer, _e, cb) {
        lines.push(chunk.toString());
        cb();
      },
    });
    const r = await runDemo(t.settings, { posts: 45, rate: 500, url, seed: 1 }, log);
    expect(lines.filter((l) => / answered | unreachable /.test(l))).toEqual([]);
    expect(r).toMatchObject({ sent: 45, failed: 0 });
    expect(Object.keys(r.byHandle).sort()).toEqual(['crm', 'fb-page', 'ig-main', 'x-help']);

    const stats = await t.admin(async (c) => {
      const { rows } = await c.query<{
        messages: string;
        conversations: string;
        subjects: string;
        handles: string[];
        sealed: string;
        intents: string[];
      }>(
        `SELECT (SELECT count(*) FROM message) AS messages,
                (SELECT count(*) FROM conversation) AS conversations,
                (SELECT count(DISTINCT subject_id) FROM message) AS subjects,
                (SELECT array_agg(DISTINCT handle_id) FROM message) AS handles,
                (SELECT count(*) FROM message WHERE sealed_original IS NOT NULL) AS sealed,
                (SELECT array_agg(DISTINCT i->>'id') FROM message, jsonb_array_elements(intents) i) AS intents`,
      );
      return rows[0];
    });
    expect(Number(stats.messages)).toBe(45);
    expect(Number(stats.conversations)).toBeLessThan(45);
    expect(Number(stats.subjects)).toBeGreaterThan(4);
    expect(Number(stats.sealed)).toBeGreaterThan(0);
    expect([...stats.handles].sort()).toEqual(['crm', 'fb-page', 'ig-main', 'x-help']);
    expect(stats.intents.length).toBeGreaterThanOrEqual(6);

    // What a newcomer sees: the inbox lists the conversations, texts masked.
    const agent = await t.token('ann', Role.Agent);
    const inbox = await request(t.app.getHttpServer())
      .get('/v1/conversations?limit=100')
      .set('authorization', `Bearer ${agent}`);
    expect(inbox.status).toBe(200);
    expect(inbox.body.items.length).toBe(Number(stats.conversations));
    const sensitive = (inbox.body.items as Array<{ id: string; sensitive: boolean }>).find(
      (c) => c.sensitive,
    );
    expect(sensitive).toBeDefined();
    const detail = await request(t.app.getHttpServer())
      .get(`/v1/conversations/${sensitive!.id}`)
      .set('authorization', `Bearer ${agent}`);
    expect(detail.status).toBe(200);
    const texts = JSON.stringify(detail.body.messages);
    for (const card of ['4539148803436467', '5425233430109903', '4716108999716531']) {
      expect(texts.replace(/(\d)[\s.-]+(?=\d)/g, '$1')).not.toContain(card);
    }
  });

  it('posts signed with other secrets are refused and counted as failed', async () => {
    const lines: string[] = [];
    const log = new Writable({
      write(chunk: Buffer, _e, cb) {
        lines.push(chunk.toString());
        cb();
      },
    });
    const wrong = Object.assign(
      Object.create(Object.getPrototypeOf(t.settings) as object),
      t.settings,
      {
        META_APP_SECRET: 'another-app-secret-0123456789',
        X_CONSUMER_SECRET: 'another-consumer-secret-0123456789',
      },
    ) as typeof t.settings;
    const r = await runDemo(wrong, { posts: 8, rate: 500, url, seed: 2 }, log);
    expect(r.failed).toBe(6);
    expect(lines.join('')).toContain('401 WEBHOOK_SIGNATURE_INVALID');
  });
});
