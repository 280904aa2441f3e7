import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppOptions } from '../../src/app.module';
import { createHttpApp } from '../../src/http';
import { Location, Role } from '../../src/platform/auth/access.enums';
import { signDevToken } from '../../src/platform/auth/token.service';
import { loadSettings, Settings } from '../../src/platform/config/settings';
import { createTestDatabase, TestDatabase } from './test-database';

export const TEST_JWT_SECRET = 'test-secret-test-secret-test-secret-0123456789';

export interface TestApp {
  app: NestFastifyApplication;
  settings: Settings;
  db: TestDatabase;
  token(sub: string, roles: Role | Role[], location?: Location): Promise<string>;
  close(): Promise<void>;
}

/** The full app on a database of its own, for supertest. */
export async function startTestApp(
  env: Record<string, string> = {},
  options: AppOptions = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'countersign-test-'));
  const settings = loadSettings({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    DATA_DIR: dataDir,
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    ...env,
  });
  let app: NestFastifyApplication;
  try {
    app = await createHttpApp(settings, undefined, options);
    await app.getHttpAdapter().getInstance().ready();
  } catch (err) {
    await db.drop();
    throw err;
  }
  return {
    app,
    settings,
    db,
    token: (sub, roles, location = Location.Office) =>
      signDevToken(
        settings,
        { sub, roles: Array.isArray(roles) ? roles : [roles], location },
        3600,
      ),
    async close() {
      await app.close();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
