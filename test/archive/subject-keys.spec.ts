import { Client } from 'pg';
import request from 'supertest';
import { ArchiveService } from '../../src/modules/archive/archive.service';
import { SubjectKeysService } from '../../src/modules/subjects';
import { Role } from '../../src/platform/auth/access.enums';
import { TransactionRunner } from '../../src/platform/database/transaction-runner';
import { startTestApp, TestApp } from '../support/test-app';

const actor = { id: 'tester', roles: ['system'] };

/** One key per data subject: a copy in the message store and one in the archive shred together. */
describe('subject keys', () => {
  let t: TestApp;
  let keys: SubjectKeysService;
  let archive: ArchiveService;
  let txr: TransactionRunner;

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'false' });
    keys = t.app.get(SubjectKeysService);
    archive = t.app.get(ArchiveService);
    txr = t.app.get(TransactionRunner);
  });
  afterAll(() => t.close());

  it('seals every copy under the subject’s live key, and one erasure makes all unreadable', async () => {
    const subjectId = 'x:783214';
    const message = { kind: 'message', id: 'm-1' };
    const original = { text: 'my card is 4111 1111 1111 1111' };
    const sealed = await txr.run((tx) => keys.seal(tx, subjectId, original, message));
    expect(JSON.stringify(sealed)).not.toContain('4111');
    await txr.run((tx) =>
      archive.append(
        [
          {
            stream: 'conversations',
            kind: 'message.received',
            actor,
            refs: { subject: subjectId, message: 'm-1' },
            clear: { text: 'my card is [CARD_NUMBER]' },
            sensitive: { subjectId, data: original },
          },
        ],
        tx,
      ),
    );
    await archive.integrateAll();
    const [row] = await archive.entriesByRef({ message: 'm-1' }, 10);
    expect(row.subjectKeyId).toBe(sealed.subjectKeyId);
    expect(await keys.open(sealed, message)).toEqual(original);
    // The binding is part of the seal: the same payload does not open as another record.
    await expect(keys.open(sealed, { kind: 'message', id: 'm-2' })).rejects.toThrow(
      'decryption failed',
    );

    const officer = await t.token('olga', Role.ComplianceOfficer);
    const erased = await request(t.app.getHttpServer())
      .post(`/v1/archive/subjects/${encodeURIComponent(subjectId)}/erase`)
      .set('authorization', `Bearer ${officer}`)
      .send({ reason: 'DSR-12' });
    expect(erased.status).toBe(200);
    expect(await keys.open(sealed, message)).toBeNull();
    expect((await archive.open([row])).get(row.entryId)).toBe('[erased]');
    expect(await keys.destroyedAmong([sealed.subjectKeyId])).toEqual(
      new Set([sealed.subjectKeyId]),
    );

    // Data that arrives later is sealed under a new key, which opens.
    const later = await txr.run((tx) => keys.seal(tx, subjectId, 'again', message));
    expect(later.subjectKeyId).not.toBe(sealed.subjectKeyId);
    expect(await keys.open(later, message)).toBe('again');
  });

  it('creates one live key per subject even when many seal at once', async () => {
    const subjectId = 'facebook:1234';
    const all = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        txr.run((tx) => keys.seal(tx, subjectId, { i }, { kind: 'message', id: `p-${i}` })),
      ),
    );
    expect(new Set(all.map((s) => s.subjectKeyId)).size).toBe(1);
    const opened = await keys.openAll(
      all.map((sealed, i) => ({ sealed, binding: { kind: 'message', id: `p-${i}` } })),
    );
    expect(opened).toEqual(all.map((_, i) => ({ i })));
  });

  it('creates the keys of new subjects in one order, so that two transactions naming them in opposite orders do not deadlock', async () => {
    const [a, m, z] = ['x:order-a', 'x:order-m', 'x:order-z'];
    // Sessions of this database waiting on a lock (read as the owner: the
    // application's role does not see other sessions' activity).
    const waiting = async (n: number) => {
      const c = new Client({ connectionString: t.db.url });
      await c.connect();
      try {
        await c.query('RESET ROLE');
        for (let i = 0; i < 400; i++) {
          const { rows } = await c.query<{ n: string }>(
            `SELECT count(*) AS n FROM pg_stat_activity
              WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          );
          if (Number(rows[0].n) >= n) return;
          await new Promise((r) => setTimeout(r, 25));
        }
        throw new Error(`${n} transactions never waited`);
      } finally {
        await c.end();
      }
    };
    // A first transaction creates the middle subject's key and holds it.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let holding!: () => void;
    const holds = new Promise<void>((r) => (holding = r));
    const holder = txr.run(async (tx) => {
      await keys.ensureLive(tx, [m]);
      holding();
      await held;
      return keys.seal(tx, m, 'held', { kind: 'k', id: m });
    });
    await holds;
    // Two more name all three in opposite orders and wait on it: created in
    // the order named, each would hold an end key the other needs next.
    const run = (order: string[]) =>
      txr.run(async (tx) => {
        await keys.ensureLive(tx, order);
        return Promise.all([a, m, z].map((s) => keys.seal(tx, s, 'x', { kind: 'k', id: s })));
      });
    const forward = run([a, m, z]);
    await waiting(1);
    const backward = run([z, m, a]);
    await waiting(2);
    release();
    const [first, one, other] = await Promise.all([holder, forward, backward]);
    expect(one.map((s) => s.subjectKeyId)).toEqual(other.map((s) => s.subjectKeyId));
    expect(one[1].subjectKeyId).toBe(first.subjectKeyId);
  });
});
