/**
 * Proof serving at scale: fills a fresh database with BENCH_PROOF_ENTRIES
 * (default 1,000,000) archive entries of ~1 KiB, integrates them, then times
 * inclusion and consistency proofs through ProofService (database round
 * trips included) and checks each proof's length bound and validity.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { ArchiveModule, withAppContext } from '../src/cli/app-context';
import { ArchiveService } from '../src/modules/archive/archive.service';
import { ProofService } from '../src/modules/archive/proof.service';
import { ClockModule } from '../src/platform/clock/clock.module';
import { verifyConsistency, verifyInclusion } from '../src/modules/archive/core/merkle';
import { TransactionRunner } from '../src/platform/database/transaction-runner';
import { percentile, runMain, withFreshDatabase } from './support';

const N = Number(process.env.BENCH_PROOF_ENTRIES ?? 1_000_000);
const SAMPLES = 500;

const pct = percentile;

async function main(): Promise<void> {
  await withFreshDatabase(async () => {
    await withAppContext([ClockModule.forRoot(), ArchiveModule], {}, async (ctx) => {
      const archive = ctx.get(ArchiveService);
      const proofs = ctx.get(ProofService);
      const txr = ctx.get(TransactionRunner);
      const body = randomBytes(600).toString('base64');
      const fillStart = Date.now();
      for (let done = 0; done < N;) {
        const n = Math.min(1000, N - done);
        await txr.run((tx) =>
          archive.append(
            Array.from({ length: n }, (_, i) => ({
              stream: 'bench',
              kind: 'bench.event',
              actor: { id: 'bench', roles: ['system'] },
              clear: { i: done + i, body },
            })),
            tx,
          ),
        );
        done += n;
        while ((await archive.integrateOnce()) > 0) {
          /* keep up */
        }
      }
      const fillSeconds = (Date.now() - fillStart) / 1000;
      const checkpoint = await archive.checkpointOnce();
      if (!checkpoint || checkpoint.size !== N)
        throw new Error('checkpoint does not cover the log');

      const inclusion: number[] = [];
      const consistency: number[] = [];
      let maxInclusion = 0;
      let maxConsistency = 0;
      for (let i = 0; i < SAMPLES; i++) {
        const seq = Math.floor(Math.random() * N);
        let t = process.hrtime.bigint();
        const p = await proofs.inclusionProof(seq, N);
        inclusion.push(Number(process.hrtime.bigint() - t) / 1e6);
        maxInclusion = Math.max(maxInclusion, p.proof.length);
        if (!verifyInclusion(seq, N, p.leafHash, p.proof, checkpoint.root))
          throw new Error('bad inclusion proof');

        const m = 1 + Math.floor(Math.random() * (N - 1));
        t = process.hrtime.bigint();
        const proof = await proofs.consistencyProof(m, N);
        consistency.push(Number(process.hrtime.bigint() - t) / 1e6);
        maxConsistency = Math.max(maxConsistency, proof.length);
        if (i < 20) {
          const old = await proofs.rootAt(m);
          if (!verifyConsistency(m, N, proof, old, checkpoint.root))
            throw new Error('bad consistency proof');
        }
      }
      const bound = Math.ceil(Math.log2(N));
      console.log(
        `archive proofs at ${N} entries (filled and integrated in ${fillSeconds.toFixed(0)} s)`,
      );
      console.log(
        `  inclusion   : p50 ${pct(inclusion, 50).toFixed(2)} ms, p99 ${pct(inclusion, 99).toFixed(2)} ms, longest ${maxInclusion} hashes (bound ${bound})`,
      );
      console.log(
        `  consistency : p50 ${pct(consistency, 50).toFixed(2)} ms, p99 ${pct(consistency, 99).toFixed(2)} ms, longest ${maxConsistency} hashes (bound ${bound + 1})`,
      );
    });
  });
}

runMain(main);
