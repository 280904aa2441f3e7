/**
 * Findings equality for work on the classifier's speed: every entity finding
 * (type, offsets, detector, confidence, preview) and the decision's actions and
 * rule ids, for the labelled corpus, holdout-3…8, 60,000 generated posts and
 * 8 KiB hostile posts. `record` writes them to bench/out/findings.tsv; `compare`
 * classifies again and lists every post whose line changed.
 *
 *   npx tsc -p tsconfig.bench.json
 *   node dist-bench/bench/classify-findings.js record    # before a change
 *   node dist-bench/bench/classify-findings.js compare   # after it
 *
 * Decisions depend on the intent model: when its weights change between the two
 * runs, compare the findings column only (`--findings-only`).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClassifier } from '../src/modules/classification/core';
import { projectRoot } from '../src/platform/paths';
import { digitHeavyPost, Rng, streamPost } from '../test/fixtures/classification/post-generator';

const SETS = [
  'corpus.jsonl',
  'holdout-3.jsonl',
  'holdout-4.jsonl',
  'holdout-5.jsonl',
  'holdout-6.jsonl',
  'holdout-7.jsonl',
  'holdout-8.jsonl',
];
const GENERATED = 30_000;
/** How many changed posts are listed in full (`--list N`, default 20). */
const LIST_AT = process.argv.indexOf('--list');
const LISTED = LIST_AT > 0 ? Number(process.argv[LIST_AT + 1]) : 20;
const HOSTILE_SIZE = 8192;
const HOSTILE_UNITS = [
  '4',
  '4 ',
  '4-',
  '1.',
  '1/',
  '4\u00a0',
  '４',
  '4\u200b',
  '4111 1111 1111 111 ',
  'GB82 ',
  'a@',
  '+4',
  'password ',
  'account 1 ',
  'ssn 123-45-6789 ',
  'one 1 ',
  '4\u0000',
  '4\n',
  'a @ b . ',
  'acount 12 ',
  'login pass ',
];

function posts(): [string, string][] {
  const out: [string, string][] = [];
  const dir = join(projectRoot(), 'test', 'fixtures', 'classification');
  for (const set of SETS) {
    for (const line of readFileSync(join(dir, set), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const post = JSON.parse(line) as { id: string; text: string };
      out.push([`${set}:${post.id}`, post.text]);
    }
  }
  for (const [name, generate] of [
    ['mixed', streamPost],
    ['digit-heavy', digitHeavyPost],
  ] as const) {
    const rng = new Rng(7);
    for (let i = 0; i < GENERATED; i++) out.push([`${name}:${i}`, generate(rng)]);
  }
  for (const unit of HOSTILE_UNITS) {
    const text = unit.repeat(Math.ceil(HOSTILE_SIZE / unit.length)).slice(0, HOSTILE_SIZE);
    out.push([`hostile:${JSON.stringify(unit)}`, text]);
  }
  return out;
}

function main(): void {
  const mode = process.argv[2];
  if (mode !== 'record' && mode !== 'compare') {
    console.error('usage: classify-findings.js record|compare [--findings-only]');
    process.exitCode = 2;
    return;
  }
  const findingsOnly = process.argv.includes('--findings-only');
  const classifier = createClassifier();
  const lines = posts().map(([id, text]) => {
    const r = classifier.classify(text);
    const findings = r.entities
      .map((e) => [e.type, e.start, e.end, e.detector, e.confidence, e.preview].join('|'))
      .join(';');
    const decision = `${r.decision.actions.join(',')} / ${r.decision.ruleIds.join(',')}`;
    return `${id}\t${findings}\t${decision}`;
  });
  const dir = join(projectRoot(), 'bench', 'out');
  const file = join(dir, 'findings.tsv');
  if (mode === 'record') {
    if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
    writeFileSync(file, `${lines.join('\n')}\n`);
    console.log(`recorded ${lines.length} posts in ${file}`);
    return;
  }
  const before = readFileSync(file, 'utf8').trimEnd().split('\n');
  const key = (line: string): string =>
    findingsOnly ? line.split('\t').slice(0, 2).join('\t') : line;
  let differ = 0;
  for (let i = 0; i < Math.max(before.length, lines.length); i++) {
    const was = before[i] ?? '';
    const now = lines[i] ?? '';
    if (key(was) === key(now)) continue;
    if (differ < LISTED) console.log(`was ${was.slice(0, 400)}\nnow ${now.slice(0, 400)}`);
    differ++;
  }
  console.log(`${lines.length} posts, ${differ} differ`);
  if (differ > 0) process.exitCode = 1;
}

main();
