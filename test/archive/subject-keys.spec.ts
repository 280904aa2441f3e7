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
});
