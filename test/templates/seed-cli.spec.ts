import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { buildCli } from '../../src/cli/program';
import { SEED_IMPORTER } from '../../src/modules/templates';
import { TEST_JWT_SECRET } from '../support/test-app';
import { createTestDatabase, TestDatabase } from '../support/test-database';

describe('countersign seed', () => {
  let db: TestDatabase;
  let dataDir: string;
  const KEYS = ['DATABASE_URL', 'DATA_DIR', 'JWT_SECRET', 'LOG_LEVEL', 'NODE_ENV'] as const;
  const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));

  async function versions(): Promise<
    Array<{ status: string; authored_by: string; approved_by: string | null }>
  > {
    const c = new Client({ connectionString: db.url });
    await c.connect();
    try {
      return (
        await c.query(
          `SELECT DISTINCT status, authored_by, approved_by FROM template_version ORDER BY status`,
        )
      ).rows;
    } finally {
      await c.end();
    }
  }

  async function seed(...args: string[]): Promise<void> {
    await buildCli()
      .exitOverride()
      .parseAsync(['node', 'countersign', 'seed', ...args]);
  }

  beforeAll(async () => {
    jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    db = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'countersign-seed-'));
    Object.assign(process.env, {
      DATABASE_URL: db.url,
      DATA_DIR: dataDir,
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
    });
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    for (const k of KEYS) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
    await db?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('imports the library as versions pending approval, approving nothing', async () => {
    await seed();
    expect(await versions()).toEqual([
      { status: 'pending_approval', authored_by: SEED_IMPORTER, approved_by: null },
    ]);
  });

  it('refuses --approve-as in production', async () => {
    process.env.NODE_ENV = 'production';
    await expect(seed('--approve-as', 'olga')).rejects.toThrow(/refused in production/);
    process.env.NODE_ENV = 'test';
    expect(await versions()).toEqual([
      { status: 'pending_approval', authored_by: SEED_IMPORTER, approved_by: null },
    ]);
  });

  it('outside production, --approve-as approves them as the named officer, never as the importer', async () => {
    await expect(seed('--approve-as', SEED_IMPORTER)).rejects.toMatchObject({
      code: 'SELF_APPROVAL',
    });
    await seed('--approve-as', 'olga');
    expect(await versions()).toEqual([
      { status: 'approved', authored_by: SEED_IMPORTER, approved_by: 'olga' },
    ]);
  });
});
