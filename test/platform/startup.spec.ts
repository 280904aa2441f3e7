import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createHttpApp } from '../../src/http';
import { Role } from '../../src/platform/auth/access.enums';
import { signDevToken } from '../../src/platform/auth/token.service';
import { ConfigError, loadSettings } from '../../src/platform/config/settings';
import { Database } from '../../src/platform/database/database';
import { defaultPoliciesDir } from '../../src/platform/paths';
import { createTestDatabase } from '../support/test-database';

describe('start-up', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'countersign-startup-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // Two starts of the embedded database: on a loaded 2-core machine one alone took 42 s.
  it('the embedded database keeps every row across a shutdown and a restart', async () => {
    const settings = loadSettings({ NODE_ENV: 'test', DATA_DIR: dir, LOG_LEVEL: 'silent' });
    const first = await createHttpApp(settings);
    const db = first.get(Database);
    expect(db.embedded).toBeDefined();
    const id = randomUUID();
    await db.dataSource.query(
      `INSERT INTO policy_load (id, version, files, loaded_by) VALUES ($1, $2, '{}', 'test')`,
      [id, 'sha256:' + 'a'.repeat(64)],
    );
    // The dev secret is generated once under the data directory and reused.
    const secret = readFileSync(join(dir, 'jwt-secret'), 'utf8');
    await first.close();
    expect(existsSync(join(dir, 'embedded', 'embedded-postgres.pid'))).toBe(false);

    const second = await createHttpApp(settings);
    try {
      const rows: { id: string }[] = await second
        .get(Database)
        .dataSource.query(`SELECT id FROM policy_load WHERE id = $1`, [id]);
      expect(rows).toEqual([{ id }]);
      expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(secret);
      // A token minted by the CLI path (same secret file) reaches the service.
      await second.getHttpAdapter().getInstance().ready();
      const token = await signDevToken(
        settings,
        { sub: 'alice', roles: [Role.Auditor], location: 'office' as never },
        60,
      );
      const me = await request(second.getHttpServer())
        .get('/v1/me')
        .set('authorization', `Bearer ${token}`);
      expect(me.status).toBe(200);
    } finally {
      await second.close();
    }
  }, 180_000);

  it('refuses to open an embedded database another live process holds', async () => {
    const settings = loadSettings({ NODE_ENV: 'test', DATA_DIR: dir, LOG_LEVEL: 'silent' });
    const first = await Database.open({ dataDir: settings.dataDir, poolSize: 2, migrate: true });
    try {
      // Simulate another process (our parent is alive) holding the lock.
      writeFileSync(join(dir, 'embedded', 'embedded-postgres.pid'), String(process.ppid));
      await expect(
        Database.open({ dataDir: settings.dataDir, poolSize: 2, migrate: false }),
      ).rejects.toThrow(/in use by process/);
    } finally {
      writeFileSync(join(dir, 'embedded', 'embedded-postgres.pid'), String(process.pid));
      await first.close();
    }
  });

  /** Starts the app on a copy of the shipped policies, one file edited; resolves to the start-up error. */
  async function startWithEditedPolicy(
    file: string,
    edit: (text: string) => string,
  ): Promise<Error> {
    const policies = join(dir, 'policies');
    cpSync(defaultPoliciesDir(), policies, { recursive: true });
    writeFileSync(join(policies, file), edit(readFileSync(join(policies, file), 'utf8')));
    const db = await createTestDatabase();
    try {
      const settings = loadSettings({
        NODE_ENV: 'test',
        DATABASE_URL: db.url,
        DATA_DIR: dir,
        POLICIES_DIR: policies,
        JWT_SECRET: 'x'.repeat(32),
        LOG_LEVEL: 'silent',
      });
      const app = await createHttpApp(settings).catch((err: Error) => err);
      if (!(app instanceof Error)) {
        await app.close();
        throw new Error('the app started on an invalid policy');
      }
      return app;
    } finally {
      await db.drop();
    }
  }

  it('refuses an invalid access policy, naming the file and the line', async () => {
    let line = 0;
    const err = await startWithEditedPolicy('access.yaml', (text) => {
      const lines = text.split('\n');
      const at = lines.findIndex((l) => l.includes('{ action: read, subject: Me }'));
      lines[at] = lines[at].replace('subject: Me', 'subject: Spaceship');
      line = at + 1;
      return lines.join('\n');
    });
    expect(err.message).toMatch(new RegExp(`access\\.yaml:${line}\\b`));
  });

  it('refuses an invalid rules policy, naming the file', async () => {
    const err = await startWithEditedPolicy(
      'rules.yaml',
      (text) => text + '\nunexpected_key: true\n',
    );
    expect(err.message).toMatch(/rules\.yaml:\d+ unexpected_key/);
  });

  it('refuses an invalid configuration, naming each variable', () => {
    expect(() => loadSettings({ PORT: 'eighty', NODE_ENV: 'test' })).toThrow(ConfigError);
    expect(() => loadSettings({ PORT: 'eighty', NODE_ENV: 'test' })).toThrow(/PORT/);
    expect(() => loadSettings({ DATABASE_URL: 'mysql://x', NODE_ENV: 'test' })).toThrow(
      /DATABASE_URL/,
    );
    expect(() => loadSettings({ NODE_ENV: 'staging' })).toThrow(/NODE_ENV/);
    expect(() => loadSettings({ JWT_SECRET: 'short', NODE_ENV: 'test' })).toThrow(/JWT_SECRET/);
  });

  it('in production, refuses to start without JWT_SECRET or JWKS_URL and refuses dev tokens', async () => {
    expect(() => loadSettings({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET or JWKS_URL/);
    const prod = loadSettings({ NODE_ENV: 'production', JWT_SECRET: 'y'.repeat(40) });
    await expect(
      signDevToken(prod, { sub: 'a', roles: [Role.Admin], location: 'office' as never }, 60),
    ).rejects.toThrow(/production/);
  });
});
