import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

/**
 * conversation_inbound_state (migration ConversationInboundState) takes the
 * threads' locks and then reads their live conversations in one call. A group
 * that waited for a thread's lock must see the conversation that the lock's
 * holder created and committed, or two live conversations would be opened
 * for one thread.
 */
describe('conversation_inbound_state', () => {
  let db: TestDatabase;
  let a: Client;
  let b: Client;
  const READ = `SELECT part, row_data->>'id' AS id
                  FROM conversation_inbound_state(4, ARRAY['crm/t-1'], ARRAY['crm'], ARRAY['t-1'],
                                                  ARRAY['crm'], ARRAY['m-1'])`;
  const OPEN = `INSERT INTO conversation (id, handle_id, platform, channel, thread_key, subject_id,
                  priority, decision, created_at, updated_at, last_message_at)
                VALUES ($1, 'crm', 'generic', 'dm', 't-1', 'crm:a-1', 'normal', '{}', now(), now(), now())`;

  beforeAll(async () => {
    db = await createTestDatabase();
    a = new Client({ connectionString: db.url });
    b = new Client({ connectionString: db.url });
    await a.connect();
    await b.connect();
  });

  afterAll(async () => {
    await a.end();
    await b.end();
    await db.drop();
  });

  it('reads, after waiting for a thread lock, the conversation its holder committed', async () => {
    const id = randomUUID();
    await a.query('BEGIN');
    expect((await a.query(READ)).rows).toEqual([]);
    await a.query(OPEN, [id]);
    if (db.embedded) {
      // The embedded server runs one connection's transaction at a time: no lock to wait for.
      await a.query('COMMIT');
      expect((await b.query(READ)).rows).toEqual([{ part: 'c', id }]);
      return;
    }
    await b.query('BEGIN');
    let answered = false;
    const waiting = b.query(READ).then((r) => {
      answered = true;
      return r.rows;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(answered).toBe(false);
    await a.query('COMMIT');
    expect(await waiting).toEqual([{ part: 'c', id }]);
    await b.query('COMMIT');
  });

  it('reads a grown table by its index after its first calls found it empty', async () => {
    // A connection's first calls, on empty tables, would settle on a plan
    // that reads the conversation table whole, and keep it once it grows.
    const c = new Client({ connectionString: db.url });
    await c.connect();
    try {
      const read = (thread: string) =>
        c.query(
          `SELECT part FROM conversation_inbound_state(4, ARRAY['crm-grown/' || $1::text],
             ARRAY['crm-grown'], ARRAY[$1::text], ARRAY['crm-grown'], ARRAY['m-' || $1::text])`,
          [thread],
        );
      await c.query(`DELETE FROM conversation WHERE handle_id = 'crm-grown'`);
      for (let i = 0; i < 8; i++) await read(`none-${i}`);
      await c.query(`
        INSERT INTO conversation (id, handle_id, platform, channel, thread_key, subject_id,
          priority, decision, created_at, updated_at, last_message_at)
        SELECT gen_random_uuid(), 'crm-grown', 'generic', 'dm', 'g-' || i, 'crm:g-' || i,
               'normal', '{}', now(), now(), now()
          FROM generate_series(1, 3000) AS i`);
      // The counts not yet reported include earlier statements': compare before and after.
      const seqScans = async () =>
        Number(
          (
            await c.query<{ n: string }>(
              `SELECT seq_scan AS n FROM pg_stat_xact_user_tables WHERE relname = 'conversation'`,
            )
          ).rows[0].n,
        );
      await c.query('BEGIN');
      const before = await seqScans();
      expect((await read('g-17')).rows).toEqual([{ part: 'c' }]);
      const after = await seqScans();
      await c.query('COMMIT');
      expect(after - before).toBe(0);
    } finally {
      await c.end();
    }
  });
});
