import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import {
  SEED_IMPORTER,
  SEED_OFFICER,
  TemplateLibraryService,
  TemplatesService,
} from '../../src/modules/templates';
import { defaultTemplatesDir } from '../../src/modules/templates/template-library.service';
import { createHttpApp } from '../../src/http';
import { Role } from '../../src/platform/auth/access.enums';
import { startTestApp, TestApp } from '../support/test-app';

describe('the template library seed', () => {
  let t: TestApp;
  let dir: string;

  async function sql<T extends Record<string, unknown>>(
    text: string,
    params: unknown[] = [],
  ): Promise<T[]> {
    const c = new Client({ connectionString: t.db.url });
    await c.connect();
    try {
      return (await c.query<T>(text, params)).rows;
    } finally {
      await c.end();
    }
  }

  beforeAll(async () => {
    // NODE_ENV=development: what `npm start` does on an empty database (metrics on a free
    // port, so that the second replica below does not collide with the first)
    t = await startTestApp({ NODE_ENV: 'development', METRICS_PORT: '0' });
    dir = mkdtempSync(join(tmpdir(), 'templates-'));
    cpSync(defaultTemplatesDir(), dir, { recursive: true });
  });

  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a first start imports the library and a seed officer, not the importer, approves it', async () => {
    const agent = await t.token('dana', Role.Agent);
    const list = await request(t.app.getHttpServer())
      .get('/v1/templates')
      .query({ limit: 200 })
      .set({ Authorization: `Bearer ${agent}` })
      .expect(200);
    expect(list.body.items.length).toBeGreaterThanOrEqual(15);
    for (const item of list.body.items) {
      expect(item.versions).toEqual([
        expect.objectContaining({
          status: 'approved',
          authoredBy: SEED_IMPORTER,
          approvedBy: SEED_OFFICER,
          source: `file:templates/${item.key}.hbs`,
        }),
      ]);
    }
    const kinds = await sql<{ kind: string; actor: string; n: number }>(
      `SELECT kind, convert_from(canonical, 'UTF8')::jsonb #>> '{actor,id}' AS actor, count(*)::int AS n
         FROM archive_entry WHERE stream = 'templates' GROUP BY 1, 2 ORDER BY 1`,
    );
    const n = list.body.items.length;
    expect(kinds).toEqual([
      { kind: 'template.created', actor: SEED_IMPORTER, n },
      { kind: 'template.version.approved', actor: SEED_OFFICER, n },
      { kind: 'template.version.imported', actor: SEED_IMPORTER, n },
    ]);
  });

  it('a restart (or a second replica) imports nothing twice', async () => {
    const before = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM template_version`);
    const second = await createHttpApp(t.settings);
    await second.getHttpAdapter().getInstance().ready();
    await second.close();
    const after = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM template_version`);
    expect(after).toEqual(before);
    const again = await t.app.get(TemplateLibraryService).importLibrary({
      importer: SEED_IMPORTER,
      approveAs: SEED_OFFICER,
      approveOnlyIfEmpty: true,
    });
    expect(again).toMatchObject({ created: [], newVersions: [], approved: 0 });
    expect(again.unchanged.length).toBe(before[0].n);
  });

  it('a changed file becomes a new version pending approval; the approved one stays in use', async () => {
    const file = join(dir, 'csat-survey.hbs');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('serve you better', 'serve you even better'),
    );
    const library = t.app.get(TemplateLibraryService);
    const r = await library.importLibrary({
      dir,
      importer: SEED_IMPORTER,
      approveAs: SEED_OFFICER,
      approveOnlyIfEmpty: true,
    });
    expect(r).toMatchObject({ created: [], newVersions: ['csat-survey'], approved: 0 });
    const versions = await sql<{ number: number; status: string; authored_by: string }>(
      `SELECT v.number, v.status, v.authored_by FROM template_version v JOIN template t ON t.id = v.template_id
        WHERE t.key = 'csat-survey' ORDER BY v.number`,
    );
    expect(versions).toEqual([
      { number: 1, status: 'approved', authored_by: SEED_IMPORTER },
      { number: 2, status: 'pending_approval', authored_by: SEED_IMPORTER },
    ]);
    const [first] = await sql<{ id: string }>(
      `SELECT v.id FROM template_version v JOIN template t ON t.id = v.template_id
        WHERE t.key = 'csat-survey' AND v.number = 1`,
    );
    await expect(
      t.app.get(TemplatesService).usableVersion(first.id, { channel: 'dm' }),
    ).resolves.toMatchObject({ key: 'csat-survey', number: 1 });
  });

  it('a changed title updates the template, archived, without a new version', async () => {
    const file = join(dir, 'outage-resolved.hbs');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('title: Service restored', 'title: Service back'),
    );
    const r = await t.app
      .get(TemplateLibraryService)
      .importLibrary({ dir, importer: SEED_IMPORTER });
    expect(r).toMatchObject({ newVersions: [], updated: ['outage-resolved'] });
    expect(await sql(`SELECT title FROM template WHERE key = 'outage-resolved'`)).toEqual([
      { title: 'Service back' },
    ]);
    expect(
      await sql(`SELECT count(*)::int AS n FROM archive_entry WHERE kind = 'template.updated'`),
    ).toEqual([{ n: 1 }]);
  });

  it('the importer cannot approve its own import; a named officer can (countersign seed --approve-as)', async () => {
    const library = t.app.get(TemplateLibraryService);
    await expect(
      library.importLibrary({ dir, importer: SEED_IMPORTER, approveAs: SEED_IMPORTER }),
    ).rejects.toMatchObject({ code: 'SELF_APPROVAL' });
    const r = await library.importLibrary({ dir, importer: SEED_IMPORTER, approveAs: 'olga' });
    expect(r).toMatchObject({ newVersions: [], approved: 1 });
    const [v] = await sql<{ status: string; approved_by: string }>(
      `SELECT v.status, v.approved_by FROM template_version v JOIN template t ON t.id = v.template_id
        WHERE t.key = 'csat-survey' AND v.number = 2`,
    );
    expect(v).toEqual({ status: 'approved', approved_by: 'olga' });
  });

  it('an invalid library file stops the import, naming the file, and changes nothing', async () => {
    writeFileSync(
      join(dir, 'zz-bad.hbs'),
      '---\nkey: zz-bad\ntitle: Bad\nintents: []\npurpose: answer\nvisibility: both\n---\n{{!-- variant: x --}}\nHi {{{name}}}\n',
    );
    const before = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM template_version`);
    await expect(
      t.app.get(TemplateLibraryService).importLibrary({ dir, importer: SEED_IMPORTER }),
    ).rejects.toThrow(/templates\/zz-bad\.hbs: variants\.x: line 1: triple-stash/);
    expect(await sql(`SELECT count(*)::int AS n FROM template_version`)).toEqual(before);
  });
});
