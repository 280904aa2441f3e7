/**
 * Leave-one-set-out figures of the whole classifier (rules and model) for the
 * intents: for each working set, the intent model is trained on every source but
 * that set (`trainingSources`), loaded in place of the shipped one, and the
 * classifier is scored on the set; the counts are pooled over the sets. A set not
 * among the trainer's INTENT_SETS is scored with the model of all the sources.
 *
 *   node dist-bench/bench/intent-loso.js [--min-scores 0.3,0.4,0.5] [--per-set] [--sets a,b]
 *
 * With `--min-scores` the modelled intents' `minScore` in intents.yaml is replaced
 * by each value in turn (same value for all of them; each intent's figures are
 * independent of the others'), to choose the values by the pooled figures.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPolicySet } from '../src/modules/classification/core';
import { classifyCompiled, compileClassifier } from '../src/modules/classification/core/classify';
import { INTENT_MODEL_FILES } from '../src/modules/classification/core/intent-model';
import { defaultPoliciesDir, projectRoot } from '../src/platform/paths';
import { readLabelled } from './classify-quality';
import { INTENT_SETS, modelFile, train, trainingSources } from './train-intent-model';

/**
 * The sets the intents are tuned on (the sealed sets are never read here): those the model
 * learns from, and the working sets it does not (holdout-14, and those of round 13's second
 * half, scored with the model of all the sources).
 */
const WORKING_SETS = [
  // Each once (the trainer reads some twice).
  ...new Set(INTENT_SETS),
  'holdout-14',
  'holdout-28',
  'holdout-29',
  'holdout-30',
  'holdout-31',
  'holdout-32',
  'holdout-33',
] as const;

/** Sets labelled before the round-8 conventions (see the trainer): pooled apart as well. */
const OLD_CONVENTION: ReadonlySet<string> = new Set(['holdout-3', 'holdout-4']);

const REPORTED = ['complaint', 'account_specific', 'legal_threat', 'regulator_mention', 'crisis'];

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** A copy of the policies with each model rule's minScore set to `minScore`. */
function policiesWithMinScore(minScore: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'policies-loso-'));
  cpSync(defaultPoliciesDir(), dir, { recursive: true });
  const path = join(dir, 'intents.yaml');
  writeFileSync(
    path,
    readFileSync(path, 'utf8').replace(
      /(model: intents-lr-1\n {8}minScore: )[0-9.]+/g,
      (_, head: string) => `${head}${minScore}`,
    ),
  );
  return dir;
}

function main(): void {
  const args = process.argv.slice(2);
  const listed = args.includes('--min-scores')
    ? (args[args.indexOf('--min-scores') + 1] ?? '').split(',').map(Number)
    : [];
  const variants: { name: string; dir: string | undefined }[] =
    listed.length === 0
      ? [{ name: 'shipped minScore', dir: undefined }]
      : listed.map((m) => ({ name: `minScore ${m}`, dir: policiesWithMinScore(m) }));
  // `--misses complaint`: the posts of that intent missed or read wrongly, per variant.
  const missesOf = args.includes('--misses') ? args[args.indexOf('--misses') + 1] : undefined;
  const shipped = INTENT_MODEL_FILES['intents-lr-1'];
  if (shipped === undefined) throw new Error('no shipped model');
  const pooled = variants.map(() => new Map(REPORTED.map((i) => [i, { tp: 0, fp: 0, fn: 0 }])));
  const pooledNew = variants.map(() => new Map(REPORTED.map((i) => [i, { tp: 0, fp: 0, fn: 0 }])));
  const perSet: string[] = [];
  // `--sets holdout-22,holdout-23`: only these of the working sets.
  const only = args.includes('--sets')
    ? new Set((args[args.indexOf('--sets') + 1] ?? '').split(','))
    : undefined;
  const scored = WORKING_SETS.filter((set) => only === undefined || only.has(set));
  for (const set of scored) {
    // The classifier reads the model from the shipped file's object: replaced in place.
    Object.assign(
      shipped,
      modelFile(train(trainingSources(new Set([set])).flatMap((s) => s.examples)), ''),
    );
    const posts = readLabelled(
      join(projectRoot(), 'test', 'fixtures', 'classification', `${set}.jsonl`),
    );
    variants.forEach((v, n) => {
      const compiled = compileClassifier(loadPolicySet(v.dir));
      const counts = new Map(REPORTED.map((i) => [i, { tp: 0, fp: 0, fn: 0 }]));
      for (const p of posts) {
        const got = new Set(
          classifyCompiled(compiled, p.text, { channel: p.channel ?? 'x' }).intents.map(
            (i) => i.intent,
          ),
        );
        const gold = new Set(p.intents ?? []);
        if (missesOf !== undefined && gold.has(missesOf) !== got.has(missesOf))
          console.log(`${v.name} ${set} ${gold.has(missesOf) ? '-' : '+'} ${missesOf}: ${p.text}`);
        for (const [intent, c] of counts) {
          if (got.has(intent) && gold.has(intent)) c.tp++;
          else if (got.has(intent)) c.fp++;
          else if (gold.has(intent)) c.fn++;
        }
      }
      for (const [intent, c] of counts) {
        for (const into of OLD_CONVENTION.has(set) ? [pooled] : [pooled, pooledNew]) {
          const all = into[n]?.get(intent) as Counts;
          all.tp += c.tp;
          all.fp += c.fp;
          all.fn += c.fn;
        }
      }
      perSet.push(
        `| ${v.name} | ${set} | ${REPORTED.map((i) => cell(counts.get(i) as Counts)).join(' | ')} |`,
      );
    });
  }
  if (args.includes('--per-set')) {
    console.log(`| variant | set | ${REPORTED.join(' | ')} |`);
    console.log(`| --- | --- |${REPORTED.map(() => ' --- |').join('')}`);
    for (const line of perSet) console.log(line);
    console.log('');
  }
  console.log(`pooled over ${scored.join(', ')} (recall / precision, gold):`);
  console.log(`| variant | ${REPORTED.join(' | ')} |`);
  console.log(`| --- |${REPORTED.map(() => ' --- |').join('')}`);
  variants.forEach((v, n) => {
    const counts = pooled[n] as Map<string, Counts>;
    const current = pooledNew[n] as Map<string, Counts>;
    console.log(
      `| ${v.name}, sets 5 on | ${REPORTED.map((i) => cell(current.get(i) as Counts)).join(' | ')} |`,
    );
    console.log(
      `| ${v.name} | ${REPORTED.map((i) => cell(counts.get(i) as Counts)).join(' | ')} |`,
    );
  });
  for (const v of variants)
    if (v.dir !== undefined) rmSync(v.dir, { recursive: true, force: true });
}

function cell(c: Counts): string {
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  return `${r.toFixed(3)} / ${p.toFixed(3)} (${c.tp + c.fn})`;
}

if (require.main === module) main();
