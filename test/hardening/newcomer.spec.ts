import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSettings } from '../../src/platform/config/settings';
import { Database } from '../../src/platform/database/database';
import { buildEmbeddedTemplate } from '../../src/platform/database/embedded-template';
import { projectRoot } from '../../src/platform/paths';

describe('a newcomer start', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'countersign-newcomer-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('npm start builds only when a source is newer than the last build', () => {
    // A project of the same layout whose build leaves a mark.
    mkdirSync(join(dir, 'scripts'));
    mkdirSync(join(dir, 'src'));
    cpSync(
      join(projectRoot(), 'scripts', 'ensure-built.js'),
      join(dir, 'scripts', 'ensure-built.js'),
    );
    writeFileSync(join(dir, 'src', 'a.ts'), 'export {};\n');
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({
        name: 'p',
        scripts: {
          build: `node -e "require('fs').appendFileSync('builds', 'x')" && node scripts/ensure-built.js --stamp`,
        },
      }),
    );
    const ensure = () => {
      const r = spawnSync(process.execPath, ['scripts/ensure-built.js'], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(r.status).toBe(0);
    };
    const builds = () =>
      existsSync(join(dir, 'builds')) ? readFileSync(join(dir, 'builds'), 'utf8').length : 0;

    ensure(); // never built: builds
    expect(builds()).toBe(1);
    ensure(); // just built (as after npm ci): nothing to do
    ensure();
    expect(builds()).toBe(1);
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dir, 'src', 'a.ts'), later, later); // an edit
    ensure();
    expect(builds()).toBe(2);
  });

  it('npm start does not run the build that npm ci ran', () => {
    const pkg = JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.start).not.toMatch(/npm run build/);
    expect(pkg.scripts.start).toMatch(/ensure-built/);
    expect(pkg.scripts.build).toMatch(/ensure-built\.js --stamp/);
    expect(pkg.scripts.build).toMatch(/embedded-template/);
  });

  it('a relative DATA_DIR is found from the project root wherever the command runs', () => {
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      const s = loadSettings({ NODE_ENV: 'development', DATA_DIR: './data' });
      expect(s.dataDir).toBe(join(projectRoot(), 'data'));
      expect(s.checkpointDir).toBe(join(projectRoot(), 'data', 'checkpoints'));
      expect(loadSettings({ NODE_ENV: 'development' }).dataDir).toBe(join(projectRoot(), 'data'));
      expect(loadSettings({ NODE_ENV: 'development', DATA_DIR: dir }).dataDir).toBe(dir);
    } finally {
      process.chdir(cwd);
    }
  });

  it('the first start copies the migrated template instead of initialising and migrating', async () => {
    const template = join(dir, 'template', 'pg');
    await buildEmbeddedTemplate(template);
    // A file only the template holds: found in the new data directory, it was copied.
    writeFileSync(join(template, 'copied-from-template'), 'marker');
    const logs: string[] = [];
    const db = await Database.open({
      dataDir: join(dir, 'data'),
      poolSize: 2,
      migrate: true,
      embeddedTemplate: template,
      log: (m) => logs.push(m),
    });
    try {
      expect(logs.filter((l) => /applied/.test(l))).toEqual([]);
      expect(await db.pendingMigrations()).toBe(false);
      const rows: { n: number }[] = await db.dataSource.query(
        `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'archive_entry'`,
      );
      expect(rows).toEqual([{ n: 1 }]);
    } finally {
      await db.close();
    }
    expect(existsSync(join(dir, 'data', 'embedded', 'pg', 'PG_VERSION'))).toBe(true);
    expect(existsSync(join(dir, 'data', 'embedded', 'pg', 'copied-from-template'))).toBe(true);
  }, 120_000);
});
