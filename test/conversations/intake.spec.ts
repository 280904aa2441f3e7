import { join } from 'node:path';
import { Client } from 'pg';
import { AuditedWork } from '../../src/modules/archive';
import { ConversationsService } from '../../src/modules/conversations';
import { buildAbility } from '../../src/platform/auth/ability.factory';
import { Location, Role } from '../../src/platform/auth/access.enums';
import { loadAccessPolicy } from '../../src/platform/auth/access-policy';
import { FakeClock } from '../../src/platform/clock/clock';
import { startTestApp, type TestApp } from '../support/test-app';
import { Seeder } from './seed';

describe('conversations intake (recordInbound)', () => {
  let t: TestApp;
  let seed: Seeder;
  let db: Client;
  const clock = new FakeClock('2026-01-05T14:00:00.000Z');

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'false' }, { clock });
    seed = new Seeder(t);
    db = new Client({ connectionString: t.db.url });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await db.query<{ n: string }>(sql, params)).rows[0].n);

  it('threads messages of one platform thread into one conversation, with flags, intents and clocks', async () => {
    const first = await seed.post({
      text: 'Thanks for the quick help yesterday!',
      externalId: 'tw-1',
      threadKey: 'conv-a',
    });
    expect(first.duplicate).toBe(false);
    const second = await seed.post({
      text: 'My card number is 4111 1111 1111 1111 and my transfer has not arrived, why?',
      externalId: 'tw-2',
      threadKey: 'conv-a',
    });
    expect(second.conversationId).toBe(first.conversationId);
    const other = await seed.post({ text: 'hello', externalId: 'tw-3', threadKey: 'conv-b' });
    expect(other.conversationId).not.toBe(first.conversationId);

    const { rows } = await db.query(`SELECT * FROM conversation WHERE id = $1`, [
      first.conversationId,
    ]);
    const c = rows[0];
    expect(c.status).toBe('open');
    expect(c.sensitive).toBe(true);
    expect(c.version).toBe(2);
    expect(c.decision.policyVersion).toMatch(/^sha256:/);
    expect(c.first_response_due_at).toBeInstanceOf(Date);
    // X: 24/7, first response due after the priority's target from receipt.
    const minutes = (c.first_response_due_at.getTime() - clock.nowMs()) / 60_000;
    expect([15, 60, 240, 1440]).toContain(minutes);

    const msg = (await db.query(`SELECT * FROM message WHERE external_id = 'tw-2'`)).rows[0];
    expect(msg.text).not.toContain('4111');
    expect(msg.sealed_original).toMatchObject({ alg: 'A256GCM' });
    expect(msg.redactions.length).toBeGreaterThan(0);

    const kinds = (
      await db.query(
        `SELECT kind FROM archive_entry WHERE refs->>'conversation' = $1 ORDER BY id`,
        [first.conversationId],
      )
    ).rows.map((r) => r.kind);
    expect(kinds).toEqual(['conversation.opened', 'message.received', 'message.received']);
    const sealed = await count(
      `SELECT count(*) AS n FROM archive_entry WHERE refs->>'message' = $1 AND subject_key_id IS NOT NULL`,
      [(await db.query(`SELECT id FROM message WHERE external_id = 'tw-2'`)).rows[0].id],
    );
    expect(sealed).toBe(1);
  });

  it('makes one message of 20 concurrent identical deliveries, and archives it once', async () => {
    const input = await seed.input({
      text: 'I want to file a complaint, this is the worst service',
      externalId: 'tw-dup',
      threadKey: 'conv-dup',
    });
    const results = await Promise.all(Array.from({ length: 20 }, () => seed.record(input)));
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(new Set(results.map((r) => r.messageId)).size).toBe(1);
    expect(new Set(results.map((r) => r.conversationId)).size).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM message WHERE external_id = 'tw-dup'`)).toBe(1);
    expect(
      await count(`SELECT count(*) AS n FROM conversation WHERE thread_key = 'conv-dup'`),
    ).toBe(1);
    expect(
      await count(
        `SELECT count(*) AS n FROM archive_entry WHERE kind = 'message.received' AND refs->>'message' = $1`,
        [results[0].messageId],
      ),
    ).toBe(1);
    const again = await seed.record(input);
    expect(again).toEqual({ ...results.find((r) => !r.duplicate), duplicate: true });
  });

  it('threads concurrent first messages of a new thread into one conversation', async () => {
    const inputs = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        seed.input({ text: `hello ${i}`, externalId: `tw-par-${i}`, threadKey: 'conv-par' }),
      ),
    );
    const results = await Promise.all(inputs.map((input) => seed.record(input)));
    expect(results.every((r) => !r.duplicate)).toBe(true);
    expect(new Set(results.map((r) => r.conversationId)).size).toBe(1);
    expect(
      await count(`SELECT count(*) AS n FROM message WHERE conversation_id = $1`, [
        results[0].conversationId,
      ]),
    ).toBe(10);
    expect(
      await count(`SELECT version AS n FROM conversation WHERE id = $1`, [
        results[0].conversationId,
      ]),
    ).toBe(10);
  });

  it('opens one complaint register entry per conversation', async () => {
    const a = await seed.post({
      text: 'This is unacceptable, I am filing a complaint with the CFPB',
      externalId: 'tw-c1',
      threadKey: 'conv-c',
    });
    await seed.post({
      text: 'My lawyer will hear about this, I will sue you',
      externalId: 'tw-c2',
      threadKey: 'conv-c',
    });
    const { rows } = await db.query(`SELECT * FROM complaint WHERE conversation_id = $1`, [
      a.conversationId,
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0].kinds).toEqual(expect.arrayContaining(['legal_threat']));
    expect(rows[0].detected_at).toBeInstanceOf(Date);
    expect(rows[0].acknowledged_at).toBeNull();
  });

  it('gives the replies work what it needs: read with an ability, pending sign-off, sent, replied', async () => {
    const policy = loadAccessPolicy(join(__dirname, '../../policies/access.yaml'));
    const ability = (location: Location) =>
      buildAbility(policy, { sub: 'olivia', name: 'Olivia', roles: [Role.Agent], location });
    const conversations = t.app.get(ConversationsService);
    const work = t.app.get(AuditedWork);
    const agent = { id: 'olivia', roles: ['agent'] };
    const sensitive = await seed.post({
      text: 'My SSN is 123-45-6789, why was I charged?',
      externalId: 'tw-r1',
    });
    await expect(
      conversations.getConversationForReply(sensitive.conversationId, ability(Location.Remote)),
    ).rejects.toMatchObject({ code: 'CONVERSATION_NOT_FOUND' });
    const plain = await seed.post({ text: 'Is the branch open on Saturday?', externalId: 'tw-r2' });
    const forReply = await conversations.getConversationForReply(
      plain.conversationId,
      ability(Location.Remote),
    );
    expect(forReply.messages.map((m) => m.text)).toEqual(['Is the branch open on Saturday?']);

    const pending = await work.run(agent, (ctx) =>
      conversations.markReplyPending(ctx, plain.conversationId),
    );
    expect(pending.status).toBe('awaiting_signoff');
    const sent = await work.run(agent, (ctx) =>
      conversations.recordOutbound(ctx, {
        conversationId: plain.conversationId,
        visibility: 'public',
        text: 'Yes, from 9 to 1.',
        externalId: 'tw-out-1',
        refs: { reply: 'r-1' },
      }),
    );
    expect(sent.conversation).toMatchObject({ status: 'resolved' });
    expect(sent.conversation.firstResponseAt?.toISOString()).toBe(clock.now().toISOString());
    const kinds = (
      await db.query(
        `SELECT kind FROM archive_entry WHERE refs->>'conversation' = $1 ORDER BY id`,
        [plain.conversationId],
      )
    ).rows.map((r) => r.kind);
    expect(kinds).toEqual([
      'conversation.opened',
      'message.received',
      'conversation.transitioned',
      'message.sent',
      'conversation.transitioned',
    ]);
    // A second message from the customer reopens it.
    await seed.post({ text: 'Thanks!', externalId: 'tw-r3', threadKey: 'thread-tw-r2' });
    const { rows } = await db.query(`SELECT status, resolved_at FROM conversation WHERE id = $1`, [
      plain.conversationId,
    ]);
    expect(rows[0]).toEqual({ status: 'open', resolved_at: null });
  });
});
