import { DataSource, QueryFailedError } from 'typeorm';
import { createDataSource } from '../../src/platform/database/data-source';
import { prepared } from '../../src/platform/database/prepared-statements';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

/** The session's prepared statements whose text contains `needle`. */
async function preparedIn(ds: DataSource, needle: string): Promise<string[]> {
  const rows = await ds.transaction((tx) =>
    tx.query<{ name: string }[]>(
      `SELECT name FROM pg_prepared_statements WHERE statement LIKE '%' || $1 || '%'`,
      [needle],
    ),
  );
  return rows.map((r) => r.name).filter((n) => n.startsWith('cs_'));
}

describe('prepared statements', () => {
  let db: TestDatabase;
  let on: DataSource;
  let off: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    // One connection each, so that every statement runs in the session it inspects.
    on = createDataSource({ url: db.url, poolSize: 1, preparedStatements: true });
    off = createDataSource({ url: db.url, poolSize: 1 });
    await Promise.all([on.initialize(), off.initialize()]);
    await on.query(`CREATE TEMP TABLE prepared_probe (k text PRIMARY KEY)`);
  });

  afterAll(async () => {
    await Promise.all([on.destroy(), off.destroy()]);
    await db.drop();
  });

  it('prepares a marked statement once per connection and runs it again by name', async () => {
    const sql = prepared(`SELECT $1::int + 1 AS n /* probe-a */`);
    for (const v of [1, 2, 3]) {
      const [row] = await on.transaction((tx) => tx.query<{ n: number }[]>(sql, [v]));
      expect(row.n).toBe(v + 1);
    }
    expect(await preparedIn(on, 'probe-a')).toHaveLength(1);
  });

  it('leaves unmarked statements, and every statement of a source without the option, unnamed', async () => {
    await on.transaction((tx) => tx.query(`SELECT $1::int AS n /* probe-b */`, [1]));
    expect(await preparedIn(on, 'probe-b')).toEqual([]);
    await off.transaction((tx) => tx.query(prepared(`SELECT $1::int AS n /* probe-c */`), [1]));
    expect(await preparedIn(off, 'probe-c')).toEqual([]);
  });

  it("keeps the driver's error shape: a unique violation is a QueryFailedError with its code", async () => {
    const insert = prepared(`INSERT INTO prepared_probe (k) VALUES ($1)`);
    await on.transaction((tx) => tx.query(insert, ['x']));
    const err = await on.transaction((tx) => tx.query(insert, ['x'])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QueryFailedError);
    expect((err as { code?: string }).code).toBe('23505');
    // The statement stays usable on the connection after the failed transaction.
    await on.transaction((tx) => tx.query(insert, ['y']));
    const rows = await on.query<{ k: string }[]>(`SELECT k FROM prepared_probe ORDER BY k`);
    expect(rows.map((r) => r.k)).toEqual(['x', 'y']);
  });
});
