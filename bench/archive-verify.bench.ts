/**
 * Benchmark of the offline bundle verifier.
 *
 *   npx tsc -p tsconfig.bench.json && node dist-bench/bench/archive-verify.bench.js [--entries N] [--keep]
 *
 * Generates a log of N entries of ~1 KiB (default 1,000,000) with a signed
 * checkpoint every 10,000 entries, writes it as a bundle with the bundle
 * writer, then runs the compiled verifier in a child process, as an auditor
 * would, and reports its wall time and peak RSS.
 */
import { spawn } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdtempSync,
  promises as fsp,
  rmSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { writeBundle, type BundleEntry } from '../src/modules/archive/core/bundle-writer';
import { generateSigner, signCheckpoint } from '../src/modules/archive/core/checkpoint';
import { buildEntry, type EntryEnvelope, type EntryInput } from '../src/modules/archive/core/entry';
import { ARCHIVE_ENTRY_SEAL_KIND, sealJson } from '../src/modules/subjects/core';
import { MemoryMerkleTree } from '../src/modules/archive/core/merkle';

const ORIGIN = 'countersign.bench/archive';
const CHECKPOINT_EVERY = 10_000;
const WORDS =
  'account card balance transfer branch mobile app login statement fee refund dispute payment limit'.split(
    ' ',
  );

function args(): { entries: number; keep: boolean } {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--entries');
  const entries = i >= 0 ? Number(argv[i + 1]) : 1_000_000;
  if (!Number.isSafeInteger(entries) || entries < 1)
    throw new Error('--entries must be a positive integer');
  return { entries, keep: argv.includes('--keep') };
}

function text(seed: number, length: number): string {
  let s = '';
  let x = seed * 2654435761;
  while (s.length < length) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += WORDS[x % WORDS.length] + ' ';
  }
  return s.slice(0, length);
}

function seconds(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
  wallSeconds: number;
}

function run(cmd: string, argv: string[]): Promise<ChildResult> {
  const started = process.hrtime.bigint();
  const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, wallSeconds: seconds(started) }));
  });
}

async function main(): Promise<void> {
  const { entries: total, keep } = args();
  const work = mkdtempSync(join(tmpdir(), 'countersign-bench-'));
  const source = join(work, 'source.jsonl');
  const bundleDir = join(work, 'bundle');
  const signer = generateSigner(ORIGIN);
  const tree = new MemoryMerkleTree();
  const checkpoints: { size: number; note: string }[] = [];
  const dataKey = Buffer.alloc(32, 9);
  const t0 = Date.parse('2024-01-01T00:00:00.000Z');

  // 1. The log: canonical entries to a file (standing in for the database), leaves into the tree.
  let started = process.hrtime.bigint();
  const out = createWriteStream(source);
  let bytes = 0;
  for (let i = 0; i < total; i++) {
    const input: EntryInput = {
      stream: i % 3 === 0 ? 'inbound' : 'replies',
      entryId: `01J${String(i).padStart(12, '0')}`,
      kind: i % 3 === 0 ? 'message.received' : 'reply.sent',
      recordedAt: new Date(t0 + i * 250),
      occurredAt: new Date(t0 + i * 250 - 100),
      actor: { id: `agent-${i % 50}`, roles: ['agent'] },
      refs:
        i >= 100 && i % 100 === 0
          ? { conversation: `c-${i % 997}`, supersedes: `01J${String(i - 50).padStart(12, '0')}` }
          : { conversation: `c-${i % 997}` },
      policyVersion: 'sha256:5d1c7a0e9b3f4c2d8e6a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e',
      ruleIds: ['R-PII-CARD', 'R-ROUTE-OFFLINE'],
      clear: {
        channel: 'x',
        text: text(i, i % 4 === 0 ? 330 : 540),
        entities: [{ type: 'CARD_NUMBER', start: 10, end: 26 }],
      },
      ...(i % 4 === 0
        ? {
            sensitive: {
              text: `card 4111 1111 1111 ${String(i % 10000).padStart(4, '0')} ${text(i + 1, 160)}`,
            },
          }
        : {}),
    };
    const built = buildEntry(
      input,
      input.sensitive === undefined
        ? {}
        : {
            sealed: sealJson(
              input.sensitive,
              { subjectKeyId: `sk_${i % 1000}`, dataKey },
              { kind: ARCHIVE_ENTRY_SEAL_KIND, id: input.entryId },
            ),
          },
    );
    tree.append(built.leafHash);
    bytes += built.canonical.length + 1;
    if (!out.write(Buffer.concat([built.canonical, Buffer.from('\n')]))) await once(out, 'drain');
    const size = i + 1;
    if (size % CHECKPOINT_EVERY === 0 || size === total) {
      checkpoints.push({
        size,
        note: signCheckpoint({ origin: ORIGIN, size, root: tree.root(size) }, signer),
      });
    }
  }
  out.end();
  await once(out, 'finish');
  const generateSeconds = seconds(started);

  // Consistency proofs between consecutive checkpoints and from each to the last.
  const sizes = checkpoints.map((c) => c.size);
  const last = sizes[sizes.length - 1];
  const proofs = sizes.flatMap((s, i) => [
    ...(i > 0 ? [{ m: sizes[i - 1], n: s, proof: tree.consistencyProof(sizes[i - 1], s) }] : []),
    ...(i < sizes.length - 2 ? [{ m: s, n: last, proof: tree.consistencyProof(s, last) }] : []),
  ]);

  // 2. The bundle, streamed from the source file.
  started = process.hrtime.bigint();
  async function* entries(): AsyncGenerator<BundleEntry> {
    let seq = 0;
    for await (const line of createInterface({
      input: createReadStream(source),
      crlfDelay: Infinity,
    })) {
      const e = JSON.parse(line) as EntryEnvelope;
      yield {
        seq: seq++,
        canonical: Buffer.from(line, 'utf8'),
        recordedAt: e.recordedAt,
        kind: e.kind,
        stream: e.stream,
        actor: e.actor,
        refs: e.refs,
      };
    }
  }
  const manifest = await writeBundle({
    dir: bundleDir,
    origin: ORIGIN,
    range: { from: 0, to: total },
    entries: entries(),
    checkpoints,
    proofs,
    keys: [{ vkey: signer.vkey, validFrom: '2024-01-01T00:00:00.000Z' }],
    query: { all: true },
    exporter: { id: 'bench', roles: ['auditor'] },
    exportedAt: new Date(),
  });
  const writeSeconds = seconds(started);
  const bundleBytes = manifest.files.reduce((n, f) => n + f.size, 0);
  await fsp.rm(source);

  // 3. The verifier, alone, in a child process.
  const verifier = join(__dirname, '../src/modules/archive/core/verifier.js');
  const timeBin = '/usr/bin/time';
  const useTime = existsSync(timeBin);
  const verifierArgs = [verifier, bundleDir, '--key', signer.fingerprint, '--stats'];
  const result = useTime
    ? await run(timeBin, ['-v', process.execPath, ...verifierArgs])
    : await run(process.execPath, verifierArgs);
  const timeRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
  const statsRss = /"maxRSSKiB":(\d+)/.exec(result.stderr);
  const rssKiB = Number((timeRss ?? statsRss)?.[1] ?? NaN);

  console.log(result.stdout.trim());
  console.log('');
  console.log(`node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'})`);
  console.log(
    `entries:            ${total.toLocaleString('en')} (${(bytes / total).toFixed(0)} B average line)`,
  );
  console.log(`checkpoints:        ${checkpoints.length}, consistency proofs: ${proofs.length}`);
  console.log(
    `entries.jsonl:      ${(bytes / 2 ** 20).toFixed(1)} MiB; bundle total ${(bundleBytes / 2 ** 20).toFixed(1)} MiB in ${manifest.files.length} files`,
  );
  console.log(`generate log:       ${generateSeconds.toFixed(1)} s`);
  console.log(`write bundle:       ${writeSeconds.toFixed(1)} s`);
  console.log(
    `verify (child):     ${result.wallSeconds.toFixed(1)} s wall, exit ${String(result.code)}`,
  );
  console.log(
    `verify peak RSS:    ${(rssKiB / 1024).toFixed(0)} MiB (${timeRss ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS'})`,
  );
  console.log(`target:             <= 30 s and <= 256 MiB for 1,000,000 entries`);

  if (keep) console.log(`bundle kept in ${bundleDir}`);
  else rmSync(work, { recursive: true, force: true });
  if (result.code !== 0) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
