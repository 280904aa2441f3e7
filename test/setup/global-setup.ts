import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '../../src/platform/database/data-source';
import { EmbeddedPostgres } from '../../src/platform/database/embedded-postgres';
import { withDatabase } from '../support/pg-url';

/** The machine's own PostgreSQL, where the development machines and CI run one. */
const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Migrates a template once per run with the real migrations. With DATABASE_URL
 * (or, when it is unset, a PostgreSQL answering on 127.0.0.1:5432 as `postgres`
 * without a password) it is a template database that each spec file clones;
 * otherwise, or with COUNTERSIGN_TEST_EMBEDDED=1, it is a PGlite data directory
 * dump that each spec file loads into its own instance.
 */
export default async function globalSetup(): Promise<void> {
  process.env.TZ = 'UTC';
  const admin = process.env.DATABASE_URL ?? (await localPostgres());
  if (admin) {
    // Seen by the test workers, which start after this.
    process.env.DATABASE_URL = admin;
    const template = `countersign_tpl_${randomBytes(4).toString('hex')}`;
    const client = new Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${template}`);
    } finally {
      await client.end();
    }
    await runMigrations(withDatabase(admin, template));
    process.env.COUNTERSIGN_TEST_TEMPLATE = template;
  } else {
    const pg = await EmbeddedPostgres.start({ maxConnections: 2 });
    try {
      await runMigrations(pg.url);
      const dump = await pg.dump();
      const file = join(tmpdir(), `countersign-template-${randomBytes(4).toString('hex')}.tar`);
      writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
      process.env.COUNTERSIGN_TEST_PGLITE_DUMP = file;
    } finally {
      await pg.stop();
    }
  }
}

async function localPostgres(): Promise<string | undefined> {
  if (process.env.COUNTERSIGN_TEST_EMBEDDED === '1') return undefined;
  const client = new Client({ connectionString: LOCAL_POSTGRES, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return LOCAL_POSTGRES;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}
