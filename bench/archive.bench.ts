/**
 * npm run bench:archive — appends per second through ArchiveService.append
 * (1 KiB entries, 8 concurrent writers, one entry per transaction) against
 * plain INSERTs of the same rows into an unarchived table, in the same run,
 * plus integration lag p50/p99. Then the verifier benchmark on a 1,000,000
 * entry export (bench/archive-verify.bench.ts).
 *
 * Uses DATABASE_URL (a fresh database is created and dropped), else
 * postgres://postgres@127.0.0.1:5432/postgres.
 */
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { withAppContext, ArchiveModule } from '../src/cli/app-context';
import { ArchiveService } from '../src/modules/archive/archive.service';
import { ClockModule } from '../src/platform/clock/clock.module';
import { buildEntry } from '../src/modules/archive/core/entry';
import { TransactionRunner } from '../src/platform/database/transaction-runner';
import { DataSource } from 'typeorm';
import { percentile, runMain, withFreshDatabase } from './support';

const WRITERS = 8;
const PER_ROUND = Number(process.env.BENCH_APPENDS ?? 4000);
const ROUNDS = 3;

const payload = () => randomBytes(600).toString('base64'); // 800 chars; the envelope makes it ~1 KiB

async function parallel(total: number, work: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      for (let i = next++; i < total; i = next++) await work(i);
    }),
  );
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = percentile;

async function main(): Promise<void> {
  await withFreshDatabase(async (url) => {
    process.env.DB_POOL_SIZE = String(WRITERS + 2);
    await withAppContext([ClockModule.forRoot(), ArchiveModule], { workers: true }, async (ctx) => {
      const archive = ctx.get(ArchiveService);
      const txr = ctx.get(TransactionRunner);
      const ds = ctx.get(DataSource);
      const owner = new Client({ connectionString: url });
      await owner.connect();
      await owner.query(
        `CREATE TABLE bench_plain (LIKE archive_entry INCLUDING DEFAULTS INCLUDING INDEXES)`,
      );
      await owner.query(`GRANT SELECT, INSERT ON bench_plain TO countersign_app`);
      await owner.query(`GRANT USAGE ON SEQUENCE archive_entry_id_seq TO countersign_app`);
      await owner.end();

      // The integrator (ArchiveWorker, default interval) runs alongside the writers, as in production.

      const plainRates: number[] = [];
      const archiveRates: number[] = [];
      const commits = new Map<string, number>();
      for (let round = 0; round < ROUNDS; round++) {
        // Plain: the same row an append stores, built the same way, into an unarchived table.
        const plain = await parallel(PER_ROUND, async () => {
          const entryId = randomUUID();
          const built = buildEntry({
            stream: 'bench',
            entryId,
            kind: 'bench.event',
            recordedAt: new Date(),
            occurredAt: new Date(),
            actor: { id: 'bench', roles: ['system'] },
            clear: { body: payload() },
          });
          await txr.run((tx) =>
            tx.query(
              `INSERT INTO bench_plain (entry_id, stream, kind, recorded_at, refs, canonical, leaf_hash)
               VALUES ($1, 'bench', 'bench.event', now(), '{}', $2, $3)`,
              [entryId, built.canonical, built.leafHash],
            ),
          );
        });
        plainRates.push(PER_ROUND / plain);

        const appended = await parallel(PER_ROUND, async () => {
          const [id] = await txr.run((tx) =>
            archive.append(
              [
                {
                  stream: 'bench',
                  kind: 'bench.event',
                  actor: { id: 'bench', roles: ['system'] },
                  clear: { body: payload() },
                },
              ],
              tx,
            ),
          );
          commits.set(id, Date.now());
        });
        archiveRates.push(PER_ROUND / appended);
      }
      while ((await archive.treeSize()) < ROUNDS * PER_ROUND)
        await new Promise((r) => setTimeout(r, 50));

      const rows = await ds.query<{ entry_id: string; at: number }[]>(
        `SELECT e.entry_id, (extract(epoch FROM s.integrated_at) * 1000)::float8 AS at
           FROM archive_sequence s JOIN archive_entry e ON e.id = s.entry_pk WHERE e.stream = 'bench'`,
      );
      const lags = rows.map((r) => r.at - (commits.get(r.entry_id) ?? r.at));
      const size = await archive.treeSize();
      const sample = rows.length ? await archive.entries(0, size, 1) : [];
      const entryBytes = sample.length ? sample[0].canonical.length : 0;

      const p = median(plainRates);
      const a = median(archiveRates);
      console.log(
        `archive append benchmark (${WRITERS} writers, one ${entryBytes}-byte entry per transaction, ${ROUNDS} rounds of ${PER_ROUND})`,
      );
      console.log(
        `  plain INSERT, unarchived table : ${p.toFixed(0)} rows/s   (rounds: ${plainRates.map((r) => r.toFixed(0)).join(', ')})`,
      );
      console.log(
        `  ArchiveService.append          : ${a.toFixed(0)} appends/s (rounds: ${archiveRates.map((r) => r.toFixed(0)).join(', ')})`,
      );
      console.log(
        `  ratio                          : ${((a / p) * 100).toFixed(1)} % of plain (target >= 80 %)`,
      );
      console.log(
        `  integration lag                : p50 ${pct(lags, 50).toFixed(0)} ms, p99 ${pct(lags, 99).toFixed(0)} ms (target p99 <= 1000 ms)`,
      );
    });
  });
}

runMain(main);
