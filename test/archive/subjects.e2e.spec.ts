import request from 'supertest';
import { ArchiveService } from '../../src/modules/archive/archive.service';
import { SubjectKeysService } from '../../src/modules/subjects';
import { Role } from '../../src/platform/auth/access.enums';
import { TransactionRunner } from '../../src/platform/database/transaction-runner';
import { startTestApp, TestApp } from '../support/test-app';

/** Subject ids follow one rule on every route and in every service. */
describe('data subjects over HTTP', () => {
  let t: TestApp;
  let archive: ArchiveService;
  let legal: string;
  let officer: string;

  const server = () => t.app.getHttpServer();
  const hold = (subjectId: string) =>
    request(server())
      .post('/v1/archive/holds')
      .set('authorization', `Bearer ${legal}`)
      .send({ subjectId, reason: 'Litigation 2026-CV-0142' });
  const release = (id: string) =>
    request(server())
      .delete(`/v1/archive/holds/${id}`)
      .set('authorization', `Bearer ${legal}`)
      .send({ reason: 'Case closed' });
  const erase = (subjectId: string) =>
    request(server())
      .post(`/v1/archive/subjects/${encodeURIComponent(subjectId)}/erase`)
      .set('authorization', `Bearer ${officer}`)
      .send({ reason: 'DSR-2026-0077' });

  async function settle(): Promise<number> {
    await archive.integrateAll();
    return archive.treeSize();
  }

  async function receive(subjectId: string): Promise<void> {
    await t.app.get(TransactionRunner).run((tx) =>
      archive.append(
        [
          {
            stream: 'conversations',
            kind: 'message.received',
            actor: { id: 'intake', roles: ['integration'] },
            refs: { subject: subjectId },
            clear: { text: 'my card is [CARD_NUMBER]' },
            sensitive: { subjectId, data: { text: 'my card is 4111 1111 1111 1111' } },
          },
        ],
        tx,
      ),
    );
  }

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'false' });
    archive = t.app.get(ArchiveService);
    legal = await t.token('lena', Role.Legal);
    officer = await t.token('olga', Role.ComplianceOfficer);
  });
  afterAll(() => t.close());

  it('a 200-character subject can be held, released and erased', async () => {
    const subjectId = `generic:${'a'.repeat(192)}`;
    expect(subjectId).toHaveLength(200);
    await receive(subjectId);
    const placed = await hold(subjectId);
    expect(placed.status).toBe(201);
    expect((await erase(subjectId)).status).toBe(409);
    expect((await release(placed.body.id)).status).toBe(200);
    const erased = await erase(subjectId);
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ subjectId });
  });

  it('refuses the same malformed subject ids on every route, with 400 and without echoing them', async () => {
    const bad = [
      `generic:${'a'.repeat(193)}`, // 201 characters
      'no-namespace',
      'x:with space',
      'x:nul\u0000byte',
      'x:slash/inside',
      ':missing-namespace',
    ];
    for (const subjectId of bad) {
      const h = await hold(subjectId);
      expect({ subjectId, status: h.status, code: h.body.error?.code }).toEqual({
        subjectId,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
      const e = await erase(subjectId);
      expect({ subjectId, status: e.status }).toEqual({ subjectId, status: 400 });
      for (const res of [h, e]) expect(res.text).not.toContain(subjectId.slice(2, 40));
    }
    // Services apply the same rule: nothing can be sealed under a malformed id.
    await expect(
      t.app
        .get(TransactionRunner)
        .run((tx) =>
          t.app.get(SubjectKeysService).seal(tx, 'no-namespace', 'x', { kind: 'message', id: 'm' }),
        ),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('erasing a subject the service never held anything for answers 404 and archives nothing', async () => {
    const before = await settle();
    for (let i = 0; i < 3; i++) {
      const res = await erase('x:never-seen-42');
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('SUBJECT_NOT_FOUND');
    }
    expect(await settle()).toBe(before);
    expect(await archive.entriesByRef({ subject: 'x:never-seen-42' }, 10)).toHaveLength(0);
  });

  it('a second erasure with nothing sealed since answers 409 and archives nothing', async () => {
    await receive('x:1001');
    expect((await erase('x:1001')).status).toBe(200);
    const before = await settle();
    const again = await erase('x:1001');
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('SUBJECT_ALREADY_ERASED');
    expect(await settle()).toBe(before);
  });
});
