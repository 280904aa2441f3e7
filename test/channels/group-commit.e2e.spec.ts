import request from 'supertest';
import { Role } from '../../src/platform/auth/access.enums';
import { startChannelApp, type ChannelTestApp } from './channel-support';

/**
 * Intake writes posts that arrive together in one transaction (group
 * commit). Each post keeps its own result and its own archive entries, and
 * one post the database refuses loses no other.
 */
describe('intake group commit (HTTP, PostgreSQL)', () => {
  let t: ChannelTestApp;
  let server: ReturnType<ChannelTestApp['app']['getHttpServer']>;
  let token: string;

  beforeAll(async () => {
    t = await startChannelApp();
    server = t.app.getHttpServer();
    token = await t.token('crm', Role.Integration);
  });
  afterAll(async () => {
    await t?.close();
  });

  const post = (body: Record<string, unknown>) =>
    request(server).post('/v1/inbound').set('authorization', `Bearer ${token}`).send(body);

  const rows = <T>(sql: string, params: unknown[] = []) =>
    t.admin(async (c) => (await c.query(sql, params)).rows as T[]);

  function body(prefix: string, i: number): Record<string, unknown> {
    return {
      handle: 'crm',
      externalId: `${prefix}-${i}`,
      threadId: `${prefix}-thread-${i % 4}`,
      author: { id: `${prefix}-author-${i % 5}`, name: 'Pat Doe' },
      // Every third post carries a value that is masked and sealed under the author's key.
      text:
        i % 3 === 0
          ? `My SSN is 123-45-67${String(i).padStart(2, '0')}, please update my file (${i})`
          : `Is the branch open on Saturday? (${i})`,
      visibility: i % 2 === 0 ? 'public' : 'private',
    };
  }

  it('40 posts at once: each stored and archived once, one conversation per thread, several per transaction', async () => {
    const posts = Array.from({ length: 40 }, (_, i) => body('grp', i));
    // Two of them delivered twice at the same moment.
    const results = await Promise.all([...posts, posts[7], posts[12]].map((b) => post(b)));
    expect(results.map((r) => r.status)).toEqual(Array(42).fill(202));
    expect(results.filter((r) => r.body.duplicate === false)).toHaveLength(40);

    const messages = await rows<{ id: string; conversation_id: string; external_id: string }>(
      `SELECT id, conversation_id, external_id FROM message WHERE external_id LIKE 'grp-%'`,
    );
    expect(messages).toHaveLength(40);
    for (const r of results) {
      const m = messages.find((x) => x.id === r.body.messageId);
      expect(m?.conversation_id).toBe(r.body.conversationId);
    }
    const conversations = await rows<{ thread_key: string; n: string; version: number }>(
      `SELECT c.thread_key, count(m.id) AS n, c.version FROM conversation c
         JOIN message m ON m.conversation_id = c.id
        WHERE c.thread_key LIKE 'grp-thread-%' GROUP BY c.id`,
    );
    expect(conversations).toHaveLength(4);
    // Every message after the first changed its conversation once.
    for (const c of conversations) expect(c.version).toBe(Number(c.n));

    const received = await rows<{ message: string; n: string; xid: string }>(
      `SELECT refs->>'message' AS message, count(*) AS n, min(xid::text) AS xid FROM archive_entry
        WHERE kind = 'message.received' AND refs->>'message' = ANY($1::text[])
        GROUP BY 1`,
      [messages.map((m) => m.id)],
    );
    expect(received).toHaveLength(40);
    expect(received.every((r) => Number(r.n) === 1)).toBe(true);
    // Written in fewer transactions than posts.
    expect(new Set(received.map((r) => r.xid)).size).toBeLessThan(40);

    // The sealed originals of one author share that author's one key.
    const keys = await rows<{ subject_id: string; n: string }>(
      `SELECT subject_id, count(*) AS n FROM subject_key WHERE subject_id LIKE '%grp-author-%' GROUP BY 1`,
    );
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => Number(k.n) === 1)).toBe(true);
  });

  it('a post stored before, sent again among new posts of its thread, changes nothing and answers like the first', async () => {
    const first = await post(body('again', 0));
    expect(first.status).toBe(202);
    const versionOf = async () =>
      (
        await rows<{ version: number }>(`SELECT version FROM conversation WHERE id = $1`, [
          first.body.conversationId,
        ])
      )[0].version;
    expect(await versionOf()).toBe(1);
    // Posts 4, 8, … share post 0's thread; post 0 comes again in the middle of them, twice.
    const later = [4, 8, 12, 16, 20].map((i) => body('again', i));
    const results = await Promise.all(
      [later[0], later[1], body('again', 0), later[2], body('again', 0), later[3], later[4]].map(
        (b) => post(b),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(7).fill(202));
    for (const again of [results[2], results[4]]) {
      expect(again.body).toEqual({ ...first.body, duplicate: true });
    }
    expect(results.filter((r) => r.body.duplicate === false)).toHaveLength(5);
    // One message each; the conversation changed once per new message only.
    const [{ n }] = await rows<{ n: string }>(
      `SELECT count(*) AS n FROM message WHERE conversation_id = $1`,
      [first.body.conversationId],
    );
    expect(Number(n)).toBe(6);
    expect(await versionOf()).toBe(6);
    const [{ received }] = await rows<{ received: string }>(
      `SELECT count(*) AS received FROM archive_entry
        WHERE kind = 'message.received' AND refs->>'message' = $1`,
      [first.body.messageId],
    );
    expect(Number(received)).toBe(1);
  });

  it('one platform message delivered at once on several threads makes one message, and every delivery answers it', async () => {
    // The same source message id, each delivery naming another (new) thread:
    // no thread lock orders them, the message table's unique key does.
    const deliveries = Array.from({ length: 12 }, (_, i) => ({
      ...body('twice', 1),
      threadId: `twice-elsewhere-${i}`,
    }));
    const results = await Promise.all(deliveries.map((b) => post(b)));
    expect(results.map((r) => r.status)).toEqual(Array(12).fill(202));
    expect(results.filter((r) => r.body.duplicate === false)).toHaveLength(1);
    const stored = await rows<{ id: string; conversation_id: string; thread_key: string }>(
      `SELECT m.id, m.conversation_id, c.thread_key FROM message m
         JOIN conversation c ON c.id = m.conversation_id WHERE m.external_id = 'twice-1'`,
    );
    expect(stored).toHaveLength(1);
    for (const r of results) {
      expect(r.body.messageId).toBe(stored[0].id);
      expect(r.body.conversationId).toBe(stored[0].conversation_id);
    }
    // The deliveries that lost opened nothing.
    const [{ n }] = await rows<{ n: string }>(
      `SELECT count(*) AS n FROM conversation WHERE thread_key LIKE 'twice-elsewhere-%'`,
    );
    expect(Number(n)).toBe(1);
  });

  it('a post the database refuses fails alone; the posts written with it are kept', async () => {
    await t.admin(async (c) => {
      await c.query(`CREATE FUNCTION test_refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'refused by the test'; END $$`);
      await c.query(`CREATE TRIGGER test_refuse_poison BEFORE INSERT ON message FOR EACH ROW
        WHEN (NEW.external_id = 'poison-5') EXECUTE FUNCTION test_refuse_poison()`);
    });
    try {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => post(body('poison', i))),
      );
      expect(results.map((r) => r.status)).toEqual(
        Array.from({ length: 20 }, (_, i) => (i === 5 ? 500 : 202)),
      );
      const stored = await rows<{ external_id: string }>(
        `SELECT external_id FROM message WHERE external_id LIKE 'poison-%' ORDER BY 1`,
      );
      expect(stored.map((r) => r.external_id).sort()).toEqual(
        Array.from({ length: 20 }, (_, i) => `poison-${i}`)
          .filter((id) => id !== 'poison-5')
          .sort(),
      );
      const [{ n }] = await rows<{ n: string }>(
        `SELECT count(*) AS n FROM archive_entry
          WHERE kind = 'message.received' AND refs->>'message' IN
            (SELECT id::text FROM message WHERE external_id LIKE 'poison-%')`,
      );
      expect(Number(n)).toBe(19);
    } finally {
      await t.admin(async (c) => {
        await c.query(`DROP TRIGGER test_refuse_poison ON message`);
        await c.query(`DROP FUNCTION test_refuse_poison()`);
      });
    }
  });
});
