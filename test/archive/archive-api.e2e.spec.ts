import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { ArchiveExportService } from '../../src/modules/archive/archive-export.service';
import { ArchiveService } from '../../src/modules/archive/archive.service';
import { ExportStore } from '../../src/modules/archive/export-store';
import { DataSource } from 'typeorm';
import { createHttpApp } from '../../src/http';
import { Role } from '../../src/platform/auth/access.enums';
import { loadSettings } from '../../src/platform/config/settings';
import { TransactionRunner } from '../../src/platform/database/transaction-runner';
import { startTestApp, TEST_JWT_SECRET, TestApp } from '../support/test-app';

const actor = { id: 'tester', roles: ['system'] };

/** The archive's lists, exports by reference, and downloads from any replica. */
describe('archive API', () => {
  let t: TestApp;
  let archive: ArchiveService;
  let auditor: string;
  let legal: string;

  const get = (path: string, token = auditor) =>
    request(t.app.getHttpServer()).get(path).set('authorization', `Bearer ${token}`);

  async function append(refs: Record<string, string>, n = 1): Promise<void> {
    await t.app.get(TransactionRunner).run((tx) =>
      archive.append(
        Array.from({ length: n }, (_, i) => ({
          stream: 'test',
          kind: 'test.event',
          actor,
          refs,
          clear: { i },
        })),
        tx,
      ),
    );
  }

  /** Follows nextCursor to the end; returns every page. */
  async function allPages(path: string, token?: string): Promise<{ items: unknown[] }[]> {
    const pages: { items: unknown[]; nextCursor: string | null }[] = [];
    let cursor: string | null = null;
    do {
      const sep = path.includes('?') ? '&' : '?';
      const res = await get(
        cursor ? `${path}${sep}cursor=${encodeURIComponent(cursor)}` : path,
        token,
      );
      expect(res.status).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual(['items', 'nextCursor']);
      pages.push(res.body);
      cursor = res.body.nextCursor;
    } while (cursor !== null);
    return pages;
  }

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'false' });
    archive = t.app.get(ArchiveService);
    auditor = await t.token('audrey', Role.Auditor);
    legal = await t.token('lena', Role.Legal);
  });
  afterAll(() => t.close());

  it('pages entries by reference in seq order with opaque cursors', async () => {
    await append({ case: 'paged' }, 3);
    await append({ other: 'x' }, 2);
    await append({ case: 'paged' }, 2);
    await archive.integrateAll();
    const pages = await allPages('/v1/archive/entries/by-ref?ref=case&id=paged&limit=2');
    expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1]);
    const seqs = pages.flatMap((p) => p.items.map((e) => (e as { seq: number }).seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(5);
    const empty = await get('/v1/archive/entries/by-ref?ref=case&id=nothing');
    expect(empty.body).toEqual({ items: [], nextCursor: null });
  });

  it('pages legal holds newest first, active ones by default', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await request(t.app.getHttpServer())
        .post('/v1/archive/holds')
        .set('authorization', `Bearer ${legal}`)
        .send({ subjectId: `x:hold-${i}`, reason: `Matter ${i}` });
      expect(res.status).toBe(201);
      ids.push(res.body.id);
    }
    const released = await request(t.app.getHttpServer())
      .delete(`/v1/archive/holds/${ids[1]}`)
      .set('authorization', `Bearer ${legal}`)
      .send({ reason: 'Matter closed' });
    expect(released.status).toBe(200);

    const active = (await allPages('/v1/archive/holds?limit=2', legal)).flatMap((p) =>
      p.items.map((h) => (h as { id: string }).id),
    );
    expect(active).toEqual([ids[4], ids[3], ids[2], ids[0]]);
    const every = (await allPages('/v1/archive/holds?active=false&limit=3', legal)).flatMap((p) =>
      p.items.map((h) => (h as { id: string }).id),
    );
    expect(every).toEqual([...ids].reverse());
  });

  it('refuses a forged cursor, a bad limit and malformed ids with 400', async () => {
    const forged = Buffer.from(JSON.stringify({ seq: 'x' })).toString('base64url');
    for (const path of [
      `/v1/archive/entries/by-ref?ref=case&id=paged&cursor=${forged}`,
      '/v1/archive/entries/by-ref?ref=case&id=paged&cursor=!!',
      '/v1/archive/entries/by-ref?ref=case&id=paged&limit=201',
      '/v1/archive/entries/by-ref?ref=subject&id=no-namespace',
      '/v1/archive/holds?cursor=e30',
      `/v1/archive/holds?cursor=${Buffer.from(JSON.stringify({ placed: 'yesterday', id: 'x' })).toString('base64url')}`,
      ...['2026-13-45T99:00:00.000000Z', '2026-02-30T10:00:00.000000Z'].map(
        (placed) =>
          `/v1/archive/holds?cursor=${Buffer.from(JSON.stringify({ placed, id: '0f8fad5b-d9cb-469f-a165-70867728950e' })).toString('base64url')}`,
      ),
      '/v1/archive/holds?active=maybe',
      '/v1/archive/entries/not-a-uuid',
      '/v1/archive/exports/not-a-uuid/files?path=manifest.json',
    ]) {
      const res = await get(path, path.includes('holds') ? legal : auditor);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
    }
  });

  it('exports by reference the range from the first to the last entry holding it', async () => {
    await append({ conversation: 'c_range' });
    await append({ filler: 'y' }, 4);
    await append({ conversation: 'c_range' });
    await append({ filler: 'y' }, 2);
    await archive.checkpointOnce();
    const seqs = (await archive.entriesByRef({ conversation: 'c_range' }, 10)).map((e) => e.seq);
    const res = await request(t.app.getHttpServer())
      .post('/v1/archive/exports')
      .set('authorization', `Bearer ${auditor}`)
      .send({ refs: { conversation: 'c_range' } });
    expect(res.status).toBe(201);
    expect(res.body.manifest.range).toEqual({ from: seqs[0], to: seqs[1] + 1 });
    expect(res.body.manifest.query).toEqual({ refs: { conversation: 'c_range' } });
    const none = await request(t.app.getHttpServer())
      .post('/v1/archive/exports')
      .set('authorization', `Bearer ${auditor}`)
      .send({ refs: { conversation: 'c_none' } });
    expect(none.status).toBe(404);
    for (const refs of [{}, { conversation: '' }, { conversation: 7 }, { 'bad key': 'x' }]) {
      const bad = await request(t.app.getHttpServer())
        .post('/v1/archive/exports')
        .set('authorization', `Bearer ${auditor}`)
        .send({ refs });
      expect({ refs, status: bad.status }).toEqual({ refs, status: 400 });
    }
  });

  it('a failed export leaves no stored files and no record behind', async () => {
    await archive.checkpointOnce();
    const store = t.app.get(ExportStore);
    const put = store.put.bind(store);
    let calls = 0;
    const spy = jest.spyOn(store, 'put').mockImplementation(async (...args) => {
      if (++calls === 3) throw new Error('storage is full');
      return put(...args);
    });
    const count = async () => {
      const ds = t.app.get(DataSource);
      const [r] = await ds.query<{ files: number; exports: number }[]>(
        `SELECT (SELECT count(*)::int FROM archive_export_file) AS files,
                (SELECT count(*)::int FROM archive_export) AS exports`,
      );
      return r;
    };
    const before = await count();
    try {
      await expect(
        t.app.get(ArchiveExportService).export({ exporter: { id: 'aud', roles: ['auditor'] } }),
      ).rejects.toThrow('storage is full');
    } finally {
      spy.mockRestore();
    }
    expect(await count()).toEqual(before);
  });

  it('serves an export from another replica on the same database', async () => {
    await archive.checkpointOnce();
    const created = await request(t.app.getHttpServer())
      .post('/v1/archive/exports')
      .set('authorization', `Bearer ${auditor}`)
      .send({});
    expect(created.status).toBe(201);

    // A second instance: same database, its own (empty) data directory.
    const dataDir = mkdtempSync(join(tmpdir(), 'countersign-replica-'));
    let replica: NestFastifyApplication | undefined;
    try {
      replica = await createHttpApp(
        loadSettings({
          NODE_ENV: 'test',
          DATABASE_URL: t.db.url,
          DATA_DIR: dataDir,
          JWT_SECRET: TEST_JWT_SECRET,
          LOG_LEVEL: 'silent',
          WORKERS: 'false',
        }),
      );
      await replica.getHttpAdapter().getInstance().ready();
      for (const f of created.body.manifest.files as { path: string; sha256: string }[]) {
        const res = await request(replica.getHttpServer())
          .get(`/v1/archive/exports/${created.body.id}/files?path=${encodeURIComponent(f.path)}`)
          .set('authorization', `Bearer ${auditor}`)
          .buffer(true)
          .parse((r, cb) => {
            const chunks: Buffer[] = [];
            r.on('data', (c: Buffer) => chunks.push(c));
            r.on('end', () => cb(null, Buffer.concat(chunks)));
          });
        expect(res.status).toBe(200);
        expect(
          createHash('sha256')
            .update(res.body as Buffer)
            .digest('hex'),
        ).toBe(f.sha256);
      }
      const manifest = await request(replica.getHttpServer())
        .get(`/v1/archive/exports/${created.body.id}/files?path=manifest.json`)
        .set('authorization', `Bearer ${auditor}`);
      expect(manifest.status).toBe(200);
      expect(JSON.parse(manifest.text)).toEqual(created.body.manifest);
    } finally {
      await replica?.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
