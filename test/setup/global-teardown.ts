import { rmSync } from 'node:fs';
import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const template = process.env.COUNTERSIGN_TEST_TEMPLATE;
  if (template && process.env.DATABASE_URL) {
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    } finally {
      await client.end();
    }
  }
  const dump = process.env.COUNTERSIGN_TEST_PGLITE_DUMP;
  if (dump) rmSync(dump, { force: true });
}
