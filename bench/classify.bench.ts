/**
 * Classification throughput: Countersign's classifier against @redactpii/node and
 * @openredaction/core on the same deterministic stream of customer posts, in one
 * process. `npm run bench:classify`; results go to docs/benchmarks.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { OpenRedaction } from '@openredaction/core';
import { Redactor } from '@redactpii/node';
import { createClassifier } from '../src/modules/classification';
import { projectRoot } from '../src/platform/paths';
import { Rng, streamPost } from '../test/fixtures/classification/post-generator';

const POSTS = 200_000;
const OPENREDACTION_POSTS = 2_000;
const RUNS = 3;
const BENCH_DATE = '2026-11-23';

interface Result {
  name: string;
  posts: number;
  postsPerSecond: number;
  mbPerSecond: number;
  note: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function utf8Bytes(posts: readonly string[]): number {
  let total = 0;
  for (const p of posts) total += Buffer.byteLength(p, 'utf8');
  return total;
}

function measureSync(
  name: string,
  posts: readonly string[],
  fn: (text: string) => unknown,
  note: string,
): Result {
  const bytes = utf8Bytes(posts);
  let sink = 0;
  for (let i = 0; i < Math.min(posts.length, 20_000); i++) if (fn(posts[i]!) !== undefined) sink++;
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = process.hrtime.bigint();
    for (const p of posts) if (fn(p) !== undefined) sink++;
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  if (sink < 0) console.log(sink);
  const seconds = median(times);
  return {
    name,
    posts: posts.length,
    postsPerSecond: posts.length / seconds,
    mbPerSecond: bytes / 1e6 / seconds,
    note,
  };
}

async function measureAsync(
  name: string,
  posts: readonly string[],
  fn: (text: string) => Promise<unknown>,
  note: string,
): Promise<Result> {
  const bytes = utf8Bytes(posts);
  for (let i = 0; i < Math.min(posts.length, 200); i++) await fn(posts[i]!);
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = process.hrtime.bigint();
    for (const p of posts) await fn(p);
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  const seconds = median(times);
  return {
    name,
    posts: posts.length,
    postsPerSecond: posts.length / seconds,
    mbPerSecond: bytes / 1e6 / seconds,
    note,
  };
}

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
}

function table(results: readonly Result[], ours: Result): string {
  const lines = [
    '| engine | posts measured | posts/s | MB/s | Countersign ÷ engine | notes |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of results) {
    const ratio = r === ours ? '1.0×' : `${fmt(ours.postsPerSecond / r.postsPerSecond, 1)}×`;
    lines.push(
      `| ${r.name} | ${fmt(r.posts)} | ${fmt(r.postsPerSecond)} | ${fmt(r.mbPerSecond, 2)} | ${ratio} | ${r.note} |`,
    );
  }
  return lines.join('\n');
}

function writeDocs(section: string): void {
  const file = join(projectRoot(), 'docs', 'benchmarks.md');
  const heading = '## Classification';
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf(`${heading}\n`);
  let next: string;
  if (start < 0) {
    next = `${current.trimEnd()}\n\n${section}`;
  } else {
    const after = current.indexOf('\n## ', start + heading.length);
    next = current.slice(0, start) + section + (after < 0 ? '' : current.slice(after + 1));
  }
  writeFileSync(file, next.endsWith('\n') ? next : `${next}\n`);
}

async function main(): Promise<void> {
  const rng = new Rng(42);
  const posts: string[] = [];
  for (let i = 0; i < POSTS; i++) posts.push(streamPost(rng));
  const withDigits = posts.filter((p) => /\p{Nd}/u.test(p)).length;
  const avgChars = posts.reduce((a, p) => a + p.length, 0) / posts.length;

  const classifier = createClassifier();
  const redactor = new Redactor();
  const openRedaction = new OpenRedaction();
  const subset = posts.slice(0, OPENREDACTION_POSTS);

  const ours = measureSync(
    'Countersign `classify` (entities + intents + decision)',
    posts,
    (t) => classifier.classify(t),
    'single process, after warm-up, median of 3',
  );
  const redact = measureSync(
    '@redactpii/node `redact`',
    posts,
    (t) => redactor.redact(t),
    'default rules, same posts',
  );
  const open = await measureAsync(
    '@openredaction/core `detect`',
    subset,
    (t) => openRedaction.detect(t),
    `first ${fmt(OPENREDACTION_POSTS)} posts only (too slow for 200k)`,
  );
  const results = [ours, redact, open];

  const summary = [
    `posts: ${fmt(POSTS)} generated (seed 42), ${fmt((100 * withDigits) / POSTS, 1)}% with digits, ${fmt(avgChars, 1)} chars on average`,
    `node ${process.version}, ${cpus().length} CPU(s): ${cpus()[0]?.model ?? 'unknown'}`,
  ];
  console.log(summary.join('\n'));
  console.log(table(results, ours));
  const vsRedact = ours.postsPerSecond / redact.postsPerSecond;
  const vsOpen = ours.postsPerSecond / open.postsPerSecond;
  console.log(
    `targets: >= 1x @redactpii/node: ${vsRedact >= 1 ? 'met' : 'NOT met'} (${fmt(vsRedact, 2)}x); >= 50x @openredaction/core: ${vsOpen >= 50 ? 'met' : 'NOT met'} (${fmt(vsOpen, 0)}x)`,
  );

  writeDocs(
    [
      '## Classification',
      '',
      'Command: `npm run bench:classify` (`bench/classify.bench.ts`).',
      '',
      `Machine: 2 cores, ${BENCH_DATE}, node ${process.version}. ${summary[0]}.`,
      '',
      'Each engine runs in the same process over the same posts, after a warm-up; the',
      'figure is the median of 3 runs. Countersign does more per post than the others',
      '(validated entities with offsets into the original text, intents and the policy',
      'decision); @redactpii/node only replaces regex matches, and @openredaction/core',
      `is measured on the first ${fmt(OPENREDACTION_POSTS)} posts because it is two to three orders of magnitude slower.`,
      '',
      table(results, ours),
      '',
      `Targets: at least as fast as @redactpii/node — ${vsRedact >= 1 ? 'met' : 'not met'} (${fmt(vsRedact, 2)}×); at least 50× @openredaction/core — ${vsOpen >= 50 ? 'met' : 'not met'} (${fmt(vsOpen, 0)}×).`,
      '',
    ].join('\n'),
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
