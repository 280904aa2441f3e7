import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live updates for the console (GET /v1/events): changes to conversations,
 * messages, replies and their sign-offs, crisis mode and supervisory reviews
 * are announced on the `countersign_events` channel, so that every replica
 * listening there hears of them.
 *
 * The triggers are deferred constraint triggers: they run at commit, when the
 * conversation row is in its final state (an inbound message is inserted
 * before its conversation, and a conversation may become account-specific
 * later in the same transaction), so the attributes an access rule tests are
 * read as the caller would read them. A payload carries ids, the event type
 * and those attributes only, never text; NOTIFY drops identical payloads of
 * one transaction, and a rolled-back transaction sends nothing.
 */
export class LiveEvents1764000600000 implements MigrationInterface {
  name = 'LiveEvents1764000600000';

  async up(q: QueryRunner): Promise<void> {
    // The fields policies/access.yaml conditions may test on a conversation
    // (CONVERSATION_CONDITION_COLUMNS of the conversations module).
    await q.query(`
      CREATE FUNCTION live_event_conversation(conversation_id uuid) RETURNS jsonb
      LANGUAGE sql STABLE AS $$
        SELECT jsonb_build_object(
          'id', c.id, 'status', c.status, 'priority', c.priority,
          'accountSpecific', c.account_specific, 'sensitive', c.sensitive,
          'assigneeId', c.assignee_id, 'handleId', c.handle_id, 'channel', c.channel)
        FROM conversation c WHERE c.id = conversation_id
      $$
    `);
    await q.query(`
      CREATE FUNCTION live_event_send(event jsonb) RETURNS void
      LANGUAGE sql VOLATILE AS $$
        SELECT pg_notify('countersign_events', (event || jsonb_build_object(
          'at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))::text)
      $$
    `);
    await q.query(`
      CREATE FUNCTION live_event_about_conversation(kind text, conversation_id uuid, reply_id uuid)
      RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        attrs jsonb := live_event_conversation(conversation_id);
      BEGIN
        -- Nothing to authorize against: no event (it could only be sent to no one safely).
        IF attrs IS NULL THEN RETURN; END IF;
        PERFORM live_event_send(jsonb_strip_nulls(jsonb_build_object(
          'type', kind, 'conversationId', conversation_id, 'replyId', reply_id))
          || jsonb_build_object('conversation', attrs));
      END
      $$
    `);

    await q.query(`
      CREATE FUNCTION live_event_conversation_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM live_event_about_conversation(
          CASE TG_OP WHEN 'INSERT' THEN 'conversation.created' ELSE 'conversation.updated' END,
          NEW.id, NULL);
        RETURN NULL;
      END
      $$
    `);
    await q.query(`
      CREATE FUNCTION live_event_message_added() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM live_event_about_conversation(
          CASE NEW.direction WHEN 'inbound' THEN 'message.received' ELSE 'conversation.updated' END,
          NEW.conversation_id, NULL);
        RETURN NULL;
      END
      $$
    `);
    await q.query(`
      CREATE FUNCTION live_event_reply_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM live_event_about_conversation('reply.updated', NEW.conversation_id, NEW.id);
        RETURN NULL;
      END
      $$
    `);
    await q.query(`
      CREATE FUNCTION live_event_signoff_added() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM live_event_about_conversation('reply.updated',
          (SELECT r.conversation_id FROM reply r WHERE r.id = NEW.reply_id), NEW.reply_id);
        RETURN NULL;
      END
      $$
    `);
    await q.query(`
      CREATE FUNCTION live_event_crisis_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM live_event_send(jsonb_build_object('type', 'crisis.updated'));
        RETURN NULL;
      END
      $$
    `);
    // A review names its reply only: readers of reviews (auditors) need not read conversations.
    await q.query(`
      CREATE FUNCTION live_event_review_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM live_event_send(jsonb_build_object('type', 'review.updated', 'replyId', NEW.reply_id,
          'review', jsonb_build_object('id', NEW.id, 'agentId', NEW.agent_id, 'status', NEW.status)));
        RETURN NULL;
      END
      $$
    `);

    for (const [table, fn, events] of TRIGGERS) {
      await q.query(`
        CREATE CONSTRAINT TRIGGER ${table}_live_event AFTER ${events} ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ${fn}()
      `);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, fn] of TRIGGERS) {
      await q.query(`DROP TRIGGER ${table}_live_event ON ${table}`);
      await q.query(`DROP FUNCTION ${fn}()`);
    }
    await q.query(`DROP FUNCTION live_event_about_conversation(text, uuid, uuid)`);
    await q.query(`DROP FUNCTION live_event_send(jsonb)`);
    await q.query(`DROP FUNCTION live_event_conversation(uuid)`);
  }
}

const TRIGGERS: [table: string, fn: string, events: string][] = [
  ['conversation', 'live_event_conversation_changed', 'INSERT OR UPDATE'],
  ['message', 'live_event_message_added', 'INSERT'],
  ['reply', 'live_event_reply_changed', 'INSERT OR UPDATE'],
  ['reply_signoff', 'live_event_signoff_added', 'INSERT'],
  ['crisis_mode', 'live_event_crisis_changed', 'INSERT OR UPDATE'],
  ['supervisory_review', 'live_event_review_changed', 'INSERT OR UPDATE'],
];
