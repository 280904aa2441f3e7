/**
 * Trains the intent model shipped with the classifier (src/modules/classification/core/
 * intent-model.*.json): one logistic regression per intent over the hashed features
 * of `intentFeatures`, by AdaGrad with L2 regularisation, on
 * `test/fixtures/classification/corpus-intents.txt` (labelled by hand for this
 * purpose) and the intent labels of holdout-3. Deterministic: same data, same
 * weights.
 *
 *   npm run train:intents                 write the model
 *   npm run train:intents -- --eval FILE  train on corpus-intents.txt only and score
 *                                         the model alone on FILE (JSONL with intents)
 *   npm run train:intents -- --cv         5-fold cross-validation over all the data
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  intentFeatures,
  type IntentModelFile,
} from '../src/modules/classification/core/intent-model';
import { projectRoot } from '../src/platform/paths';

const MODEL_ID = 'intents-lr-1';
const DIM = 1 << Number(process.env.DIM_BITS ?? 14);
const EPOCHS = Number(process.env.EPOCHS ?? 30);
const RATE = 0.3;
const L2 = Number(process.env.L2 ?? 3e-3);
/** Largest up-weighting of an intent's positive examples. */
const POS_WEIGHT_CAP = Number(process.env.POS_WEIGHT_CAP ?? 1);
const INTENTS = [
  'account_specific',
  'general_question',
  'complaint',
  'legal_threat',
  'regulator_mention',
  'crisis',
  'praise',
  'spam',
  'abuse',
] as const;
/** The intents the shipped model scores (intents.yaml names it for these). */
const MODELLED = ['account_specific', 'complaint', 'legal_threat', 'crisis'] as const;
const CODES: Record<string, string> = {
  A: 'account_specific',
  Q: 'general_question',
  C: 'complaint',
  L: 'legal_threat',
  R: 'regulator_mention',
  X: 'crisis',
  P: 'praise',
  S: 'spam',
  B: 'abuse',
};

export interface Example {
  text: string;
  labels: Set<string>;
}

const fixtures = join(projectRoot(), 'test', 'fixtures', 'classification');

export function readCorpus(): Example[] {
  const lines = readFileSync(join(fixtures, 'corpus-intents.txt'), 'utf8').split('\n');
  const out: Example[] = [];
  for (const line of lines) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const bar = line.indexOf(' | ');
    if (bar < 0) throw new Error(`corpus-intents.txt: no " | " in: ${line}`);
    const codes = line.slice(0, bar).trim();
    const labels = new Set<string>();
    if (codes !== '-') {
      for (const code of codes.split(',')) {
        const intent = CODES[code.trim()];
        if (intent === undefined) throw new Error(`corpus-intents.txt: unknown code ${code}`);
        labels.add(intent);
      }
    }
    out.push({ text: line.slice(bar + 3), labels });
  }
  return out;
}

export function readJsonl(file: string): Example[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { text: string; intents?: string[] })
    .map((p) => ({ text: p.text, labels: new Set(p.intents ?? []) }));
}

/** The buckets of a post's features, with repeats, exactly as the classifier adds them up. */
function featuresOf(text: string): Int32Array {
  const features = intentFeatures(text);
  for (let i = 0; i < features.length; i++) features[i] = (features[i] ?? 0) & (DIM - 1);
  return features;
}

/** Deterministic shuffle (xorshift) so that runs reproduce. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const a = [...items];
  let x = seed;
  for (let i = a.length - 1; i > 0; i--) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const j = (x >>> 0) % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

export interface Trained {
  w: Float64Array[];
  b: Float64Array;
}

export function train(examples: readonly Example[]): Trained {
  const k = INTENTS.length;
  const feats = examples.map((e) => featuresOf(e.text));
  const w = INTENTS.map(() => new Float64Array(DIM));
  const g2 = INTENTS.map(() => new Float64Array(DIM).fill(1e-8));
  const b = new Float64Array(k);
  const gb = new Float64Array(k).fill(1e-8);
  // Positives are rare for most intents: weigh them up to the negatives' count (capped).
  const posWeight = INTENTS.map((intent) => {
    const pos = examples.filter((e) => e.labels.has(intent)).length;
    return Math.min(POS_WEIGHT_CAP, Math.max(1, (examples.length - pos) / Math.max(1, pos) / 2));
  });
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const i of shuffled(order, 0x9e3779b9 ^ epoch)) {
      const f = feats[i];
      const labels = examples[i].labels;
      for (let x = 0; x < k; x++) {
        const wx = w[x] as Float64Array;
        const gx = g2[x] as Float64Array;
        let z = b[x] ?? 0;
        for (const j of f) z += wx[j] ?? 0;
        const p = 1 / (1 + Math.exp(-z));
        const y = labels.has(INTENTS[x]) ? 1 : 0;
        const scale = y === 1 ? (posWeight[x] ?? 1) : 1;
        const g = (p - y) * scale;
        for (const j of f) {
          const grad = g + L2 * (wx[j] ?? 0);
          gx[j] = (gx[j] ?? 0) + grad * grad;
          wx[j] = (wx[j] ?? 0) - (RATE * grad) / Math.sqrt(gx[j] ?? 1);
        }
        gb[x] = (gb[x] ?? 0) + g * g;
        b[x] = (b[x] ?? 0) - (RATE * g) / Math.sqrt(gb[x] ?? 1);
      }
    }
  }
  return { w, b };
}

export function predict(model: Trained, text: string): number[] {
  const f = featuresOf(text);
  return INTENTS.map((_, x) => {
    let z = model.b[x] ?? 0;
    for (const j of f) z += model.w[x][j] ?? 0;
    return 1 / (1 + Math.exp(-z));
  });
}

function report(test: readonly Example[], scores: readonly number[][], title: string): void {
  console.log(`\n${title}: ${test.length} posts (model alone, score >= 0.5)`);
  console.log('| intent | gold | recall | precision |\n| --- | ---: | ---: | ---: |');
  MODELLED.forEach((intent) => {
    const x = INTENTS.indexOf(intent);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    test.forEach((e, i) => {
      const yes = (scores[i]?.[x] ?? 0) >= 0.5;
      const gold = e.labels.has(intent);
      if (yes && gold) tp++;
      else if (yes) fp++;
      else if (gold) fn++;
    });
    const r = tp + fn === 0 ? 1 : tp / (tp + fn);
    const p = tp + fp === 0 ? 1 : tp / (tp + fp);
    console.log(`| ${intent} | ${tp + fn} | ${r.toFixed(3)} | ${p.toFixed(3)} |`);
  });
}

/**
 * The shipped form: each modelled intent's weights as integers in -127…127 times
 * one scale (the classifier adds them as signed bytes), the buckets whose
 * weights all round to 0 left out.
 */
export function modelFile(model: Trained, trainedOn: string): IntentModelFile {
  const columns = MODELLED.map((intent) => INTENTS.indexOf(intent));
  let largest = 0;
  for (const x of columns) for (const v of model.w[x]) largest = Math.max(largest, Math.abs(v));
  const scale = Math.round((largest / 127) * 1e6) / 1e6 || 1;
  const rows: number[][] = [];
  for (let j = 0; j < DIM; j++) {
    const row = columns.map((x) =>
      Math.max(-127, Math.min(127, Math.round(model.w[x][j] / scale))),
    );
    if (row.some((v) => v !== 0)) rows.push([j, ...row]);
  }
  return {
    id: MODEL_ID,
    dim: DIM,
    intents: [...MODELLED],
    bias: columns.map((x) => Math.round((model.b[x] ?? 0) * 1e4) / 1e4),
    scale,
    rows,
    trainedOn,
  };
}

/** The model as shipped (see modelFile), back in the trainer's form, for scoring. */
export function quantized(model: Trained): Trained {
  const file = modelFile(model, '');
  const w = INTENTS.map(() => new Float64Array(DIM));
  const b = new Float64Array(INTENTS.length);
  MODELLED.forEach((intent, c) => {
    const x = INTENTS.indexOf(intent);
    b[x] = file.bias[c] ?? 0;
    for (const row of file.rows) w[x][row[0] ?? 0] = (row[c + 1] ?? 0) * file.scale;
  });
  return { w, b };
}

function write(file: IntentModelFile): void {
  const rows = file.rows;
  const out = join(
    projectRoot(),
    'src',
    'modules',
    'classification',
    'core',
    `intent-model.${MODEL_ID}.json`,
  );
  // One row per line keeps diffs readable; the layout is Prettier's.
  const list = (values: readonly (number | string)[]): string =>
    `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
  const body = [
    '{',
    `  "id": ${JSON.stringify(file.id)},`,
    `  "dim": ${file.dim},`,
    `  "intents": ${list(file.intents)},`,
    `  "bias": ${list(file.bias)},`,
    `  "scale": ${file.scale},`,
    '  "rows": [',
    rows.map((r) => `    ${list(r)}`).join(',\n'),
    '  ],',
    `  "trainedOn": ${JSON.stringify(file.trainedOn ?? '')}`,
    '}',
  ].join('\n');
  writeFileSync(out, `${body}\n`);
  console.log(`wrote ${out}: ${rows.length} rows`);
}

/** The spent held-out sets (their labels may be trained on; see docs/classification.md). */
const SPENT_SETS = ['holdout-3', 'holdout-4', 'holdout-5', 'holdout-6'] as const;

/**
 * The labelling convention of the held-out sets from 5 on: a legal threat or a
 * regulator complaint is a complaint too. Applied to every training source so
 * that the model learns one convention.
 */
function withConvention(examples: readonly Example[]): Example[] {
  return examples.map((e) =>
    e.labels.has('legal_threat') || e.labels.has('regulator_mention')
      ? { text: e.text, labels: new Set([...e.labels, 'complaint']) }
      : e,
  );
}

function main(): void {
  const args = process.argv.slice(2);
  // `--without holdout-6`: leave a spent set out, to score the classifier on it afterwards.
  const without = args.includes('--without') ? args[args.indexOf('--without') + 1] : undefined;
  const corpus = withConvention(readCorpus());
  const sets = SPENT_SETS.filter((name) => name !== without);
  const spent = sets.map((name) => withConvention(readJsonl(join(fixtures, `${name}.jsonl`))));
  if (args[0] === '--eval') {
    const file = args[1];
    if (file === undefined) throw new Error('--eval needs a JSONL file');
    const model = quantized(train(corpus));
    const test = withConvention(readJsonl(file));
    const scores = test.map((e) => predict(model, e.text));
    report(test, scores, `trained on corpus-intents.txt, scored on ${file}`);
    return;
  }
  if (args[0] === '--cv') {
    const all = shuffled([...corpus, ...spent.flat()], 12345);
    const folds = 5;
    const tested: Example[] = [];
    const scores: number[][] = [];
    for (let f = 0; f < folds; f++) {
      const test = all.filter((_, i) => i % folds === f);
      const model = quantized(train(all.filter((_, i) => i % folds !== f)));
      tested.push(...test);
      scores.push(...test.map((e) => predict(model, e.text)));
    }
    report(
      tested,
      scores,
      `${folds}-fold cross-validation over corpus-intents.txt + ${sets.join(', ')}`,
    );
    return;
  }
  write(
    modelFile(
      train([...corpus, ...spent.flat()]),
      `corpus-intents.txt (${corpus.length}) + ${sets.map((name, i) => `${name}.jsonl (${spent[i]?.length ?? 0})`).join(' + ')}; legal threats and regulator mentions also complaints; ${EPOCHS} epochs AdaGrad, rate ${RATE}, L2 ${L2}`,
    ),
  );
}

if (require.main === module) main();
