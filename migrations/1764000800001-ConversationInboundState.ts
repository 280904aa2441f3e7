import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What intake reads before it writes a group of inbound messages, after
 * taking the group's thread locks, in one round trip instead of two:
 * `conversation_inbound_state` takes the advisory locks of the given thread
 * keys (in hash order, so that two groups cannot deadlock on threads), then
 * reads the threads' live conversations (locked for the change), their
 * complaint register entries and which of the platform messages are stored.
 *
 * The read is a later statement than the locks inside a VOLATILE function,
 * so under READ COMMITTED it takes a new snapshot and sees what the previous
 * holders of the locks committed, as two statements from the client did.
 */
export class ConversationInboundState1764000800001 implements MigrationInterface {
  name = 'ConversationInboundState1764000800001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION conversation_inbound_state(
        lock_namespace integer, lock_keys text[],
        thread_handles text[], thread_keys text[],
        message_handles text[], message_ids text[])
      RETURNS TABLE (part text, row_data jsonb)
      LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(lock_namespace, s.h)
           FROM (SELECT DISTINCT hashtext(k) AS h FROM unnest(lock_keys) AS k ORDER BY 1) AS s;
        RETURN QUERY
          WITH c AS (
            SELECT * FROM conversation
             WHERE (handle_id, thread_key) IN (SELECT * FROM unnest(thread_handles, thread_keys))
               AND status <> 'closed'
             ORDER BY id FOR UPDATE),
          k AS (SELECT id, conversation_id, kinds FROM complaint
                 WHERE conversation_id IN (SELECT id FROM c)),
          m AS (SELECT id, conversation_id, handle_id, external_id FROM message
                 WHERE (handle_id, external_id) IN (SELECT * FROM unnest(message_handles, message_ids)))
          SELECT 'c'::text, to_jsonb(c) FROM c
          UNION ALL SELECT 'k'::text, to_jsonb(k) FROM k
          UNION ALL SELECT 'm'::text, to_jsonb(m) FROM m;
      END
      $$
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP FUNCTION conversation_inbound_state(integer, text[], text[], text[], text[], text[])`,
    );
  }
}
