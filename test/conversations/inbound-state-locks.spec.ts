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
});
