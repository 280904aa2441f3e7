/**
 * Classification throughput: Countersign's classifier against @redactpii/node and
 * @openredaction/core on the same deterministic stream of customer posts, in one
 * process. `npm run bench:classify`; results go to docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { OpenRedaction } from '@openredaction/core';
import { Redactor } from '@redactpii/node';
import { createClassifier } from '../src/modules/classification/core';
import { projectRoot } from '../src/platform/paths';
import { HOSTILE, hostilePost, type HostileContext } from './hostile-posts';
import { digitHeavyPost, Rng, streamPost } from '../test/fixtures/classification/post-generator';

const POSTS = 200_000;
const OPENREDACTION_POSTS = 2_000;
const RUNS = 3;

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

/**
 * Times the engines on the same posts, alternating every CHUNK posts so that both
 * see the same machine conditions (the benchmark box may be shared); each run
 * covers every post once per engine, and the median of the runs is reported.
 */
function measureInterleaved(
  engines: readonly { name: string; note: string; fn: (text: string) => unknown }[],
  posts: readonly string[],
): Result[] {
  const CHUNK = 10_000;
  const bytes = utf8Bytes(posts);
  let sink = 0;
  for (const e of engines) {
    for (let i = 0; i < Math.min(posts.length, 20_000); i++)
      if (e.fn(posts[i]) !== undefined) sink++;
  }
  const times = engines.map(() => [] as number[]);
  for (let r = 0; r < RUNS; r++) {
    const run = engines.map(() => 0n);
    for (let o = 0; o < posts.length; o += CHUNK) {
      const end = Math.min(posts.length, o + CHUNK);
      engines.forEach((e, k) => {
        const t0 = process.hrtime.bigint();
        for (let i = o; i < end; i++) if (e.fn(posts[i]) !== undefined) sink++;
        run[k] = (run[k] ?? 0n) + (process.hrtime.bigint() - t0);
      });
    }
    run.forEach((t, k) => times[k].push(Number(t) / 1e9));
  }
  if (sink < 0) console.log(sink);
  return engines.map((e, k) => {
    const seconds = median(times[k]);
    return {
      name: e.name,
      posts: posts.length,
      postsPerSecond: posts.length / seconds,
      mbPerSecond: bytes / 1e6 / seconds,
      note: e.note,
    };
  });
}

async function measureAsync(
  name: string,
  posts: readonly string[],
  fn: (text: string) => Promise<unknown>,
  note: string,
): Promise<Result> {
  const bytes = utf8Bytes(posts);
  for (let i = 0; i < Math.min(posts.length, 200); i++) await fn(posts[i]);
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

function hostileTimings(
  classify: (text: string, context?: HostileContext) => unknown,
): { name: string; ms: number }[] {
  return HOSTILE.map(([name, unit, context]) => {
    const text = hostilePost(unit);
    classify(text, context);
    classify(text, context);
    const times: number[] = [];
    for (let r = 0; r < 5; r++) {
      const t0 = process.hrtime.bigint();
      classify(text, context);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    return { name, ms: median(times) };
  });
}

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
}

/** The generated block of docs/benchmarks.md: the latest run, between these markers. */
const BEGIN = '<!-- bench:classify latest run: written by npm run bench:classify -->';
const END = '<!-- bench:classify end -->';

/**
 * Writes the latest run between the markers (or, with none yet, first under
 * "## Classification"), leaving every other section, such as the dated
 * measurements of earlier rounds, as it is.
 */
function writeDocs(block: string): void {
  const file = join(projectRoot(), 'docs', 'benchmarks.md');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const marked = `${BEGIN}\n\n${block.trim()}\n\n${END}`;
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  let next: string;
  if (start >= 0 && end > start) {
    next = current.slice(0, start) + marked + current.slice(end + END.length);
  } else {
    const heading = '## Classification\n';
    const at = current.indexOf(heading);
    next =
      at < 0
        ? `${current.trimEnd()}\n\n${heading}\n${marked}\n`
        : `${current.slice(0, at + heading.length)}\n${marked}\n${current.slice(at + heading.length)}`;
  }
  writeFileSync(file, next.endsWith('\n') ? next : `${next}\n`);
}

interface Workload {
  name: string;
  description: string;
  generate: (rng: Rng) => string;
}

const WORKLOADS: readonly Workload[] = [
  {
    name: 'mixed',
    description: '`streamPost`: mostly text, about a quarter of posts with digits',
    generate: streamPost,
  },
  {
    name: 'digit-heavy',
    description:
      '`digitHeavyPost`: about 80% of posts with digits, half of those with a sensitive value',
    generate: digitHeavyPost,
  },
];

interface Throughput {
  workload: Workload;
  results: Result[];
  ours: Result;
  redact: Result;
  open: Result;
  withDigits: number;
  avgChars: number;
}

async function throughput(workload: Workload): Promise<Throughput> {
  const rng = new Rng(42);
  // Posts arrive as JSON (webhooks, JSONL): parse them the same way, which also
  // gives every engine flat strings rather than concatenation ropes.
  const json = JSON.stringify(Array.from({ length: POSTS }, () => workload.generate(rng)));
  const posts = JSON.parse(json) as string[];
  const withDigits = posts.filter((p) => /\p{Nd}/u.test(p)).length;
  const avgChars = posts.reduce((a, p) => a + p.length, 0) / posts.length;

  const classifier = createClassifier();
  const redactor = new Redactor();
  const openRedaction = new OpenRedaction();
  const subset = posts.slice(0, OPENREDACTION_POSTS);

  const [ours, redact] = measureInterleaved(
    [
      {
        name: 'Countersign `classify` (entities + intents + decision)',
        note: 'single process, after warm-up, median of 3, interleaved',
        fn: (t) => classifier.classify(t),
      },
      {
        name: '@redactpii/node `redact`',
        note: 'default rules, same posts',
        fn: (t) => redactor.redact(t),
      },
    ],
    posts,
  ) as [Result, Result];
  const open = await measureAsync(
    '@openredaction/core `detect`',
    subset,
    (t) => openRedaction.detect(t),
    `first ${fmt(OPENREDACTION_POSTS)} posts only (too slow for 200k)`,
  );
  return { workload, results: [ours, redact, open], ours, redact, open, withDigits, avgChars };
}

function sideBySide(runs: readonly Throughput[]): string {
  const head = ['| engine |', '| --- |'];
  for (const r of runs) {
    head[0] += ` ${r.workload.name} posts/s | ${r.workload.name} MB/s | Countersign ÷ engine (${r.workload.name}) |`;
    head[1] += ' ---: | ---: | ---: |';
  }
  const lines = [...head];
  const engines = runs[0]?.results.length ?? 0;
  for (let e = 0; e < engines; e++) {
    let line = `| ${runs[0]?.results[e]?.name ?? ''} |`;
    for (const r of runs) {
      const res = r.results[e];
      if (res === undefined) continue;
      const ratio =
        res === r.ours ? '1.0×' : `${fmt(r.ours.postsPerSecond / res.postsPerSecond, 2)}×`;
      line += ` ${fmt(res.postsPerSecond)} | ${fmt(res.mbPerSecond, 2)} | ${ratio} |`;
    }
    lines.push(line);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const runs: Throughput[] = [];
  for (const w of WORKLOADS) runs.push(await throughput(w));
  // Hostile posts measure one post's latency: in a fresh process, so the heap and
  // JIT state left by the throughput runs do not weigh on them.
  const child = spawnSync(process.execPath, [__filename, '--hostile'], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`hostile timings failed: ${child.stderr}`);
  const hostile = JSON.parse(child.stdout) as { name: string; ms: number }[];

  const corpusLines = runs.map(
    (r) =>
      `- ${r.workload.name}: ${fmt(POSTS)} posts (seed 42, ${r.workload.description}), ${fmt((100 * r.withDigits) / POSTS, 1)}% with digits, ${fmt(r.avgChars, 1)} characters on average.`,
  );
  console.log(`node ${process.version}, ${cpus().length} CPU(s): ${cpus()[0]?.model ?? 'unknown'}`);
  console.log(corpusLines.join('\n'));
  console.log(sideBySide(runs));
  const verdicts = runs.map((r) => {
    const vsRedact = r.ours.postsPerSecond / r.redact.postsPerSecond;
    const vsOpen = r.ours.postsPerSecond / r.open.postsPerSecond;
    return `${r.workload.name}: ${fmt(vsRedact, 2)}× @redactpii/node (target ≥ 1.0×: ${vsRedact >= 1 ? 'met' : 'NOT met'}), ${fmt(vsOpen, 0)}× @openredaction/core (target ≥ 50×: ${vsOpen >= 50 ? 'met' : 'NOT met'})`;
  });
  console.log(verdicts.join('\n'));

  const hostileTable = [
    '| 256 KiB post of … | ms (median of 5) |',
    '| --- | ---: |',
    ...hostile.map((h) => `| ${h.name} | ${fmt(h.ms, 1)} |`),
  ].join('\n');
  const worst = Math.max(...hostile.map((h) => h.ms));
  console.log(hostileTable);
  console.log(
    `hostile inputs: worst ${fmt(worst, 1)} ms (target < 50 ms): ${worst < 50 ? 'met' : 'NOT met'}`,
  );

  writeDocs(
    [
      `### Latest run (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
      '',
      'Command: `npm run bench:classify` (`bench/classify.bench.ts`).',
      '',
      `Machine: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), node ${process.version}, load average ${loadavg()[0]?.toFixed(1) ?? '?'} at the end of the run. On a shared machine absolute figures swing by a factor of two or more between runs; the ratios, measured interleaved in one process, are steadier but still move by about ±15%.`,
      '',
      'Workloads (generated, `test/fixtures/classification/post-generator.ts`):',
      '',
      ...corpusLines,
      '',
      'Each engine runs in the same process over the same posts, after a warm-up; the',
      'figure is the median of 3 runs. Countersign and @redactpii/node alternate every',
      '10,000 posts so that both see the same machine load. Countersign does more per post than the others',
      '(validated entities with offsets into the original text, intents and the policy',
      'decision); @redactpii/node only replaces regex matches, and @openredaction/core',
      `is measured on the first ${fmt(OPENREDACTION_POSTS)} posts because it is two to three orders of magnitude slower.`,
      '',
      sideBySide(runs),
      '',
      ...verdicts.map((v) => `- ${v}`),
      '',
      'Hostile input (linear time): each post is 256 KiB of one repeated unit, classified in a fresh process after two warm-up runs.',
      '',
      hostileTable,
      '',
      `Worst case ${fmt(worst, 1)} ms against a target of 50 ms: ${worst < 50 ? 'met' : 'not met'}.`,
      '',
    ].join('\n'),
  );
}

if (process.argv[2] === '--hostile') {
  const classifier = createClassifier();
  process.stdout.write(
    JSON.stringify(hostileTimings((t, context) => classifier.classify(t, context))),
  );
} else {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
