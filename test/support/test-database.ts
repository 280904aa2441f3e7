import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { EmbeddedPostgres } from '../../src/platform/database/embedded-postgres';
import { withDatabase } from './pg-url';

export interface TestDatabase {
  url: string;
  /** The embedded instance, when the run has no DATABASE_URL. */
  embedded?: EmbeddedPostgres;
  drop(): Promise<void>;
}

/**
 * A migrated database of this spec file's own: a clone of the run's template
 * database, or a PGlite instance loaded from the run's template dump.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = process.env.DATABASE_URL;
  const template = process.env.COUNTERSIGN_TEST_TEMPLATE;
  if (admin && template) {
    const name = `t_${randomBytes(6).toString('hex')}`;
    const client = new Client({ connectionString: admin });
    await client.connect();
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          await client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
          break;
        } catch (err) {
          // Two clones of one template at the same instant can collide; try again.
          if (attempt >= 5 || !/being accessed by other users/.test(String(err))) throw err;
          await new Promise((r) => setTimeout(r, 200 * (attempt + 1)));
        }
      }
    } finally {
      await client.end();
    }
    return {
      url: withDatabase(admin, name),
      async drop() {
        const c = new Client({ connectionString: admin });
        await c.connect();
        try {
          await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        } finally {
          await c.end();
        }
      },
    };
  }
  const dumpFile = process.env.COUNTERSIGN_TEST_PGLITE_DUMP;
  if (!dumpFile) throw new Error('the integration global setup did not run');
  const embedded = await EmbeddedPostgres.start({
    loadDataDir: new Blob([readFileSync(dumpFile)]),
    maxConnections: 24,
  });
  return { url: embedded.url, embedded, drop: () => embedded.stop() };
}
