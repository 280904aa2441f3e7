import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { Role } from '../../src/platform/auth/access.enums';
import { TransactionRunner } from '../../src/platform/database/transaction-runner';
import { ArchiveExportService } from '../../src/modules/archive/archive-export.service';
import { ArchiveService } from '../../src/modules/archive/archive.service';
import { CheckpointService } from '../../src/modules/archive/checkpoint.service';
import { ProofService } from '../../src/modules/archive/proof.service';
import {
  MerkleFrontier,
  verifyConsistency,
  verifyInclusion,
} from '../../src/modules/archive/core/merkle';
import { verifyBundle } from '../../src/modules/archive/core/verifier';
import { startTestApp, TestApp } from '../support/test-app';
import { withoutRandomIds } from '../support/random-ids';

const actor = { id: 'tester', roles: ['system'] };

/** Each test stands alone: it signs the checkpoints it needs (run any one with -t). */
describe('archive on PostgreSQL', () => {
  let t: TestApp;
  let archive: ArchiveService;
  let exporter: ArchiveExportService;
  let txr: TransactionRunner;
  let checkpointDir: string;
  let work: string;

  /** A privileged session (the database owner / superuser), not the application role. */
  async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
    const c = new Client({ connectionString: t.db.url });
    await c.connect();
    try {
      await c.query('RESET ROLE');
      return await fn(c);
    } finally {
      await c.end();
    }
  }

  async function appendMany(n: number, extra: Record<string, string> = {}): Promise<string[]> {
    return txr.run((tx) =>
      archive.append(
        Array.from({ length: n }, (_, i) => ({
          stream: 'test',
          kind: 'test.event',
          actor,
          refs: extra,
          clear: { i },
        })),
        tx,
      ),
    );
  }

  /** A message with a sensitive original, as the conversations module will archive it. */
  async function receive(
    subjectId: string,
    conversation: string,
    redacted: string,
    original: string,
  ) {
    await txr.run((tx) =>
      archive.append(
        [
          {
            stream: 'conversations',
            kind: 'message.received',
            actor,
            refs: { subject: subjectId, conversation },
            clear: { text: redacted },
            sensitive: { subjectId, data: { text: original } },
          },
        ],
        tx,
      ),
    );
  }

  async function settle(): Promise<void> {
    await archive.integrateAll();
  }

  async function exportAndVerify(opts: { trusted?: string } = {}) {
    const out = join(work, `bundle-${Math.random().toString(36).slice(2)}`);
    await archive.checkpointOnce();
    await exporter.export({ exporter: actor, out });
    return { out, result: await verifyBundle(out, { trustedCheckpoint: opts.trusted }) };
  }

  beforeAll(async () => {
    checkpointDir = mkdtempSync(join(tmpdir(), 'countersign-cp-'));
    work = mkdtempSync(join(tmpdir(), 'countersign-archive-'));
    t = await startTestApp({ WORKERS: 'false', CHECKPOINT_DIR: checkpointDir });
    archive = t.app.get(ArchiveService);
    exporter = t.app.get(ArchiveExportService);
    txr = t.app.get(TransactionRunner);
  });
  afterAll(async () => {
    await t.close();
    rmSync(checkpointDir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('sequences committed entries gaplessly and leaves no trace of a rolled-back one', async () => {
    await settle();
    const before = await archive.treeSize();
    // The policy version loaded at start-up is the log's first entry.
    expect((await archive.entries(0, 1, 1))[0].kind).toBe('policy.loaded');
    await appendMany(3, { case: 'commit' });
    await expect(
      txr.run(async (tx) => {
        await archive.append(
          [{ stream: 'test', kind: 'test.rolledback', actor, refs: { case: 'rollback' } }],
          tx,
        );
        throw new Error('business change failed');
      }),
    ).rejects.toThrow('business change failed');
    await settle();
    expect(await archive.treeSize()).toBe(before + 3);
    expect(await archive.entriesByRef({ case: 'rollback' }, 10)).toHaveLength(0);
    const committed = await archive.entriesByRef({ case: 'commit' }, 10);
    expect(committed.map((e) => e.seq)).toEqual([before, before + 1, before + 2]);
  });

  it('8 concurrent writers make one gapless, fork-free log whose root matches its leaves', async () => {
    await settle();
    const before = await archive.treeSize();
    const writers = Array.from({ length: 8 }, (_, w) =>
      (async () => {
        for (let i = 0; i < 15; i++) await appendMany(1, { writer: String(w) });
      })(),
    );
    // Integrate while writers are still writing: in-flight transactions must never be skipped.
    let done = false;
    const integrating = (async () => {
      while (!done) {
        await archive.integrateOnce();
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    await Promise.all(writers);
    done = true;
    await integrating;
    await settle();

    const size = await archive.treeSize();
    expect(size).toBe(before + 120);
    const rows = await archive.entries(0, size, size);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: size }, (_, i) => i));
    expect(new Set(rows.map((r) => r.entryId)).size).toBe(size);
    const frontier = MerkleFrontier.empty();
    for (const r of rows) frontier.append(r.leafHash);
    const checkpoint = await archive.checkpointOnce();
    expect(checkpoint?.size).toBe(size);
    expect(checkpoint?.root.equals(frontier.root())).toBe(true);
  });

  it('serves inclusion and consistency proofs that verify against checkpoints', async () => {
    await archive.checkpointOnce();
    const first = await t.app.get(CheckpointService).latestCheckpoint();
    await appendMany(37);
    await settle();
    const second = await archive.checkpointOnce();
    expect(second).toBeDefined();
    const consistency = await t.app.get(ProofService).consistencyProof(first.size, second!.size);
    expect(verifyConsistency(first.size, second!.size, consistency, first.root, second!.root)).toBe(
      true,
    );
    expect(consistency.length).toBeLessThanOrEqual(Math.ceil(Math.log2(second!.size)) + 1);
    for (const seq of [0, 1, first.size - 1, first.size, second!.size - 1]) {
      const { leafHash, proof } = await t.app.get(ProofService).inclusionProof(seq, second!.size);
      expect(proof.length).toBeLessThanOrEqual(Math.ceil(Math.log2(second!.size)));
      expect(verifyInclusion(seq, second!.size, leafHash, proof, second!.root)).toBe(true);
    }
    // Each checkpoint was also written outside the database, once.
    const files = readdirSync(checkpointDir);
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(files.map((f) => readFileSync(join(checkpointDir, f), 'utf8'))).toContain(second!.note);
  });

  it('exports a bundle that the offline verifier accepts, and records the export with its manifest hash', async () => {
    const { out, result } = await exportAndVerify();
    expect(result.ok).toBe(true);
    await settle();
    const entries = await archive.entries(0, await archive.treeSize(), 100_000);
    const record = entries.filter((e) => e.kind === 'archive.exported').pop()!;
    const manifestHash = createHash('sha256')
      .update(readFileSync(join(out, 'manifest.json')))
      .digest('hex');
    expect(JSON.parse(record.canonical.toString('utf8')).clear.manifestSha256).toBe(manifestHash);
  });

  it('seals sensitive originals; erasure shreds them, a legal hold blocks it (409 naming the hold)', async () => {
    const subjectId = 'customer:4242';
    await receive(subjectId, 'c_1', 'my card is [CARD_NUMBER]', 'my card is 4111 1111 1111 1111');
    await settle();
    const [row] = await archive.entriesByRef({ conversation: 'c_1' }, 10);
    // The leaf commits to the ciphertext only: the clear text never holds the value.
    expect(withoutRandomIds(row.canonical.toString('utf8'))).not.toContain('4111');
    expect((await archive.open([row])).get(row.entryId)).toEqual({
      text: 'my card is 4111 1111 1111 1111',
    });

    const legal = await t.token('lena', Role.Legal);
    const officer = await t.token('olga', Role.ComplianceOfficer);
    const server = t.app.getHttpServer();
    const erase = (id: string) =>
      request(server)
        .post(`/v1/archive/subjects/${encodeURIComponent(id)}/erase`)
        .set('authorization', `Bearer ${officer}`)
        .send({ reason: 'DSR-77' });
    const hold = await request(server)
      .post('/v1/archive/holds')
      .set('authorization', `Bearer ${legal}`)
      .send({ subjectId, reason: 'Litigation 2026-CV-0142' });
    expect(hold.status).toBe(201);

    const blocked = await erase(subjectId);
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.code).toBe('SUBJECT_UNDER_LEGAL_HOLD');
    expect(blocked.body.error.message).toContain(hold.body.id);

    const released = await request(server)
      .delete(`/v1/archive/holds/${hold.body.id}`)
      .set('authorization', `Bearer ${legal}`)
      .send({ reason: 'Case closed' });
    expect(released.status).toBe(200);

    const erased = await erase(subjectId);
    expect(erased.status).toBe(200);
    expect((await archive.open([row])).get(row.entryId)).toBe('[erased]');

    await settle();
    await archive.checkpointOnce();
    const { out, result } = await exportAndVerify();
    expect(result.ok).toBe(true);
    expect(readFileSync(join(out, 'index.csv'), 'utf8')).toContain('subject.erased');
    const again = await erase(subjectId);
    expect(again.status).toBe(409);

    // The customer comes back: new data is sealed under a new key, the old stays shredded.
    await receive(subjectId, 'c_2', 'my new acct is [BANK_ACCOUNT]', 'my new acct is 000123456789');
    await settle();
    const [newer] = await archive.entriesByRef({ conversation: 'c_2' }, 10);
    expect(newer.subjectKeyId).not.toBe(row.subjectKeyId);
    const opened = await archive.open([row, newer]);
    expect(opened.get(row.entryId)).toBe('[erased]');
    expect(opened.get(newer.entryId)).toEqual({ text: 'my new acct is 000123456789' });
  });

  it('an agent may not read the archive; an auditor reads checkpoints and proofs over HTTP', async () => {
    await archive.checkpointOnce();
    const server = t.app.getHttpServer();
    const agent = await t.token('ann', Role.Agent);
    expect(
      (
        await request(server)
          .get('/v1/archive/checkpoints/latest')
          .set('authorization', `Bearer ${agent}`)
      ).status,
    ).toBe(403);
    const auditor = await t.token('audrey', Role.Auditor);
    const latest = await request(server)
      .get('/v1/archive/checkpoints/latest')
      .set('authorization', `Bearer ${auditor}`);
    expect(latest.status).toBe(200);
    const size = latest.body.size as number;
    const proof = await request(server)
      .get(`/v1/archive/proofs/inclusion?seq=0&size=${size}`)
      .set('authorization', `Bearer ${auditor}`);
    expect(proof.status).toBe(200);
    expect(
      verifyInclusion(
        0,
        size,
        Buffer.from(proof.body.leafHash, 'base64'),
        proof.body.proof.map((p: string) => Buffer.from(p, 'base64')),
        Buffer.from(latest.body.root, 'base64'),
      ),
    ).toBe(true);
    const bad = await request(server)
      .get(`/v1/archive/proofs/inclusion?seq=${size + 5}&size=${size}`)
      .set('authorization', `Bearer ${auditor}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('ARCHIVE_RANGE_INVALID');
  });

  it('an auditor exports over HTTP and downloads only the files the manifest lists', async () => {
    await settle();
    await archive.checkpointOnce();
    const server = t.app.getHttpServer();
    const auditor = await t.token('audrey', Role.Auditor);
    const created = await request(server)
      .post('/v1/archive/exports')
      .set('authorization', `Bearer ${auditor}`)
      .send({});
    expect(created.status).toBe(201);
    expect(created.body.files).toContain(
      `/v1/archive/exports/${created.body.id}/files?path=entries.jsonl`,
    );
    const entries = await request(server)
      .get(`/v1/archive/exports/${created.body.id}/files?path=entries.jsonl`)
      .set('authorization', `Bearer ${auditor}`);
    expect(entries.status).toBe(200);
    const listed = created.body.manifest.files.find(
      (f: { path: string }) => f.path === 'entries.jsonl',
    );
    expect(createHash('sha256').update(entries.text).digest('hex')).toBe(listed.sha256);
    for (const path of ['../../../etc/passwd', 'keys/../manifest.json.bak', '']) {
      const res = await request(server)
        .get(`/v1/archive/exports/${created.body.id}/files?path=${encodeURIComponent(path)}`)
        .set('authorization', `Bearer ${auditor}`);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('EXPORT_NOT_FOUND');
    }
    const agent = await t.token('ann', Role.Agent);
    const denied = await request(server)
      .post('/v1/archive/exports')
      .set('authorization', `Bearer ${agent}`)
      .send({});
    expect(denied.status).toBe(403);
    const bad = await request(server)
      .post('/v1/archive/exports')
      .set('authorization', `Bearer ${auditor}`)
      .send({ from: 5, to: 2 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('ARCHIVE_RANGE_INVALID');
  });

  describe('database guarantees', () => {
    const tables = [
      'archive_entry',
      'archive_sequence',
      'archive_node',
      'archive_tree_head',
      'archive_checkpoint',
    ];

    it.each(tables)('the application role cannot UPDATE, DELETE or TRUNCATE %s', async (table) => {
      await admin(async (c) => {
        await c.query('SET ROLE countersign_app');
        for (const sql of [
          `UPDATE ${table} SET created_at = created_at`,
          `DELETE FROM ${table}`,
          `TRUNCATE ${table} CASCADE`,
        ]) {
          await expect(
            c.query(
              sql.replace(
                'created_at = created_at',
                table === 'archive_entry'
                  ? 'kind = kind'
                  : table === 'archive_sequence'
                    ? 'seq = seq'
                    : table === 'archive_node'
                      ? 'idx = idx'
                      : 'size = size',
              ),
            ),
          ).rejects.toThrow(/permission denied|append-only|must be owner/);
        }
      });
    });

    it('triggers reject UPDATE, DELETE and TRUNCATE even for the owner', async () => {
      await admin(async (c) => {
        await expect(c.query(`UPDATE archive_entry SET kind = 'x'`)).rejects.toThrow(/append-only/);
        await expect(c.query(`DELETE FROM archive_sequence`)).rejects.toThrow(/append-only/);
        await expect(c.query(`TRUNCATE archive_checkpoint CASCADE`)).rejects.toThrow(/append-only/);
      });
    });
  });
});
