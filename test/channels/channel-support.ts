import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { Writable } from 'node:stream';
import winston from 'winston';
import type { AppOptions } from '../../src/app.module';
import { createHttpApp } from '../../src/http';
import { Location, Role } from '../../src/platform/auth/access.enums';
import { signDevToken } from '../../src/platform/auth/token.service';
import { loadSettings, type Settings } from '../../src/platform/config/settings';
import { createWinston, WinstonNestLogger } from '../../src/platform/logging/logger';
import { metaSignature, xSignature } from '../../src/modules/channels/core';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { TEST_JWT_SECRET } from '../support/test-app';

export const SECRETS = {
  META_APP_SECRET: 'meta-app-secret-for-tests-0123456789',
  META_VERIFY_TOKEN: 'meta-verify-token-for-tests-0123',
  X_CONSUMER_SECRET: 'x-consumer-secret-for-tests-0123456789',
};

export function fixture(name: string): string {
  return readFileSync(join(__dirname, '..', 'fixtures', 'webhooks', name), 'utf8');
}

export function signMeta(body: string, secret = SECRETS.META_APP_SECRET): string {
  return metaSignature(secret, Buffer.from(body, 'utf8'));
}

export function signX(body: string, secret = SECRETS.X_CONSUMER_SECRET): string {
  return xSignature(secret, Buffer.from(body, 'utf8'));
}

export interface ChannelTestApp {
  app: NestFastifyApplication;
  settings: Settings;
  db: TestDatabase;
  /** Everything the service logged, after the logger's own masking. */
  logs(): string;
  token(sub: string, roles: Role | Role[], location?: Location): Promise<string>;
  /** A privileged session (the database owner), not the application role. */
  admin<T>(fn: (c: Client) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The full app on a database of its own, its log output captured at debug level. */
export async function startChannelApp(
  env: Record<string, string> = SECRETS,
  options: AppOptions = {},
): Promise<ChannelTestApp> {
  const db = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'countersign-channels-'));
  const settings = loadSettings({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    DATA_DIR: dataDir,
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'debug',
    WORKERS: 'false',
    ...env,
  });
  const captured: string[] = [];
  const w = createWinston({ production: false, level: 'debug' });
  w.clear();
  w.add(
    new winston.transports.Stream({
      stream: new Writable({
        write(chunk: Buffer, _enc, cb) {
          captured.push(chunk.toString('utf8'));
          cb();
        },
      }),
    }),
  );
  let app: NestFastifyApplication;
  try {
    app = await createHttpApp(settings, new WinstonNestLogger(w), options);
    await app.getHttpAdapter().getInstance().ready();
  } catch (err) {
    await db.drop();
    throw err;
  }
  return {
    app,
    settings,
    db,
    logs: () => captured.join(''),
    token: (sub, roles, location = Location.Office) =>
      signDevToken(
        settings,
        { sub, roles: Array.isArray(roles) ? roles : [roles], location },
        3600,
      ),
    async admin(fn) {
      const c = new Client({ connectionString: db.url });
      await c.connect();
      try {
        await c.query('RESET ROLE');
        return await fn(c);
      } finally {
        await c.end();
      }
    },
    async close() {
      await app.close();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Every row of every table in every non-system schema, as text; bytea
 * columns decoded (escape form), so that text inside binary columns (the
 * archive's canonical entries) is searchable too.
 */
export async function dumpDatabase(t: ChannelTestApp): Promise<string> {
  return t.admin(async (c) => {
    const { rows: cols } = await c.query<{ s: string; t: string; c: string; ty: string }>(
      `SELECT table_schema AS s, table_name AS t, column_name AS c, data_type AS ty
         FROM information_schema.columns
         JOIN information_schema.tables USING (table_schema, table_name)
        WHERE table_type = 'BASE TABLE'
          AND table_schema NOT IN ('pg_catalog', 'information_schema')
        ORDER BY 1, 2, ordinal_position`,
    );
    const tables = new Map<string, string[]>();
    for (const col of cols) {
      const key = `"${col.s}"."${col.t}"`;
      const expr = col.ty === 'bytea' ? `encode("${col.c}", 'escape')` : `"${col.c}"::text`;
      tables.set(key, [...(tables.get(key) ?? []), expr]);
    }
    let out = '';
    for (const [table, exprs] of tables) {
      const { rows } = await c.query<{ row: string }>(
        `SELECT concat_ws(' | ', ${exprs.join(', ')}) AS row FROM ${table}`,
      );
      out += `\n== ${table} (${rows.length})\n` + rows.map((r) => r.row).join('\n');
    }
    return out;
  });
}

/** The dump with separators between digits taken out ("4539 1488" → "45391488"). */
export function digitsJoined(text: string): string {
  return text.replace(/(\d)[\s.\-/\\]+(?=\d)/g, '$1');
}
