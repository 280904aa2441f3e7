import { Pool } from 'pg';
import { EmbeddedPostgres } from './embedded-postgres';

describe('embedded PostgreSQL under concurrent pooled queries', () => {
  let pg: EmbeddedPostgres;
  beforeAll(async () => {
    pg = await EmbeddedPostgres.start({ maxConnections: 12 });
  }, 60_000);
  afterAll(() => pg.stop());

  it('keeps each connection’s extended-protocol pipeline apart from the others, errors included', async () => {
    const pool = new Pool({ connectionString: pg.url, max: 10 });
    try {
      const results = await Promise.allSettled(
        Array.from({ length: 600 }, (_, i) =>
          // Every third query fails in its Bind (bad input): the others must not notice.
          pool.query<{ n: number; s: string }>('SELECT $1::int AS n, $2::text AS s', [
            i % 3 === 0 ? `not a number ${i}` : i,
            `v${i}`,
          ]),
        ),
      );
      results.forEach((r, i) => {
        if (i % 3 === 0) {
          expect(r.status).toBe('rejected');
          expect(String((r as PromiseRejectedResult).reason)).toMatch(/invalid input syntax/);
        } else {
          expect(r.status === 'rejected' ? String(r.reason) : r.value.rows).toEqual([
            { n: i, s: `v${i}` },
          ]);
        }
      });
    } finally {
      await pool.end();
    }
  }, 60_000);
});
