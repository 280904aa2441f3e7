/**
 * Trains the digit-run model shipped with the classifier
 * (src/modules/classification/core/digit-run-model.*.json): one multinomial
 * logistic regression over the hashed features of `runFeatures`, by SGD with L2
 * regularisation, on every digit run of the labelled sets that may be trained
 * on (TRAINING_SETS: the generated corpus and the spent or working held-out
 * sets; the sealed sets are never read here). A run's class is the type of the
 * labelled value it overlaps, else NONE. Deterministic: same data, same weights.
 *
 *   npm run train:runs            write the model
 *   npm run train:runs -- --cv    leave one writer out: for each held-out set, train on
 *                                 the others and score the rules plus the model on it,
 *                                 per threshold; no model is written
 *
 * The model only reads the runs the rules left unclaimed, so the cross-validation
 * scores exactly that: the rules' findings, plus the model's on the runs the
 * rules left (see `detectEntities`' run reader).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_TYPES, type EntityType } from '../src/modules/policy/core';
import { loadPolicySet } from '../src/modules/classification/core';
import { compileClassifier, prepareText } from '../src/modules/classification/core/classify';
import {
  DigitRunModel,
  forEachRun,
  MAX_FEATURES,
  RUN_CLASSES,
  runFeatures,
  type DigitRunModelFile,
} from '../src/modules/classification/core/digit-run-model';
import { detectEntities } from '../src/modules/classification/core/entity-detector';
import { projectRoot } from '../src/platform/paths';
import {
  jsonList,
  quantisedRows,
  serialisedSparseModel,
  shuffled,
  SPENT_SETS,
} from './train-intent-model';

const MODEL_ID = 'runs-lr-1';
const DIM = 1 << 14;
const EPOCHS = Number(process.env.EPOCHS ?? 10);
const RATE = Number(process.env.RATE ?? 0.05);
const L2 = Number(process.env.L2 ?? 1e-5);
/** Probability of "sensitive" from which the shipped model reports a run (chosen by --cv). */
const THRESHOLD = Number(process.env.THRESHOLD ?? 0.8);
const CV_THRESHOLDS = [0.5, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97];

/**
 * Sets the model is trained on. Holdout-13 and later stay sealed until a later
 * round spends them (docs/classification.md); they are never read here.
 */
const TRAINING_SETS = ['corpus', ...SPENT_SETS, 'holdout-12'] as const;

const fixtures = join(projectRoot(), 'test', 'fixtures', 'classification');

interface Span {
  type: EntityType;
  start: number;
  end: number;
}

interface Run {
  /** Normalised coordinates (what the detectors and the model read). */
  a: number;
  b: number;
  digits: number;
  /** Original coordinates, to compare with the labels. */
  start: number;
  end: number;
  claimed: boolean;
  features: Int32Array;
  y: number;
}

interface Post {
  set: string;
  s: string;
  gold: Span[];
  /** The rules' findings kept by the policy, in original coordinates. */
  rules: Span[];
  runs: Run[];
}

const CLASS_OF: Record<string, number> = {
  ADDRESS: RUN_CLASSES.indexOf('OTHER'),
  IBAN: RUN_CLASSES.indexOf('OTHER'),
  EMAIL: RUN_CLASSES.indexOf('OTHER'),
};
for (let c = 1; c < RUN_CLASSES.length; c++) CLASS_OF[RUN_CLASSES[c]] ??= c;

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Each post of the sets as the detectors see it: the rules' findings and every digit run. */
function readPosts(sets: readonly string[]): Post[] {
  const compiled = compileClassifier(loadPolicySet());
  const policy = compiled.policy;
  const posts: Post[] = [];
  const buffer = new Int32Array(MAX_FEATURES);
  for (const set of sets) {
    const lines = readFileSync(join(fixtures, `${set}.jsonl`), 'utf8').split('\n');
    for (const line of lines) {
      if (line.trim() === '') continue;
      const p = JSON.parse(line) as { text: string; entities: Span[] };
      const normalized = prepareText(compiled, p.text);
      const s = normalized?.text ?? p.text;
      const starts = normalized?.starts ?? null;
      const ends = normalized?.ends ?? null;
      const original = (a: number, b: number) => ({
        start: starts === null ? a : (starts[a] ?? p.text.length),
        end: ends === null ? b : (ends[b - 1] ?? p.text.length),
      });
      const runs: Run[] = [];
      const raw = detectEntities(s, policy, compiled.scratch, undefined, (st) => {
        forEachRun(s, st.scan.digitRuns, (a, b, digits) => {
          const n = runFeatures(s, a, b, buffer);
          const features = buffer.slice(0, n).map((f) => f & (DIM - 1));
          const span = original(a, b);
          const gold = p.entities.find((g) => overlaps(g, span));
          const y = gold === undefined ? 0 : (CLASS_OF[gold.type] ?? 0);
          runs.push({ a, b, digits, ...span, claimed: st.isClaimed(a, b), features, y });
        });
      });
      const rules = raw
        .filter((f) => f.confidence >= (policy.minConfidence[f.type] ?? 0))
        .map((f) => ({ type: ENTITY_TYPES[f.type], ...original(f.start, f.end) }));
      posts.push({ set, s, gold: p.entities, rules, runs });
    }
  }
  return posts;
}

interface Trained {
  w: Float64Array;
  b: Float64Array;
}

function train(posts: readonly Post[]): Trained {
  const k = RUN_CLASSES.length;
  const w = new Float64Array(DIM * k);
  const b = new Float64Array(k);
  const z = new Float64Array(k);
  const runs = posts.flatMap((p) => p.runs);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = RATE / (1 + epoch);
    for (const r of shuffled(runs, 0x9e3779b9 ^ epoch)) {
      z.set(b);
      for (const f of r.features) for (let x = 0; x < k; x++) z[x] += w[f * k + x];
      let max = -Infinity;
      for (let x = 0; x < k; x++) max = Math.max(max, z[x]);
      let sum = 0;
      for (let x = 0; x < k; x++) sum += z[x] = Math.exp(z[x] - max);
      for (let x = 0; x < k; x++) {
        const g = z[x] / sum - (x === r.y ? 1 : 0);
        b[x] -= rate * g;
        for (const f of r.features) w[f * k + x] -= rate * (g + L2 * w[f * k + x]);
      }
    }
  }
  return { w, b };
}

/** The shipped form: weights as integers in -127…127 times one scale, zero rows left out. */
function modelFile(model: Trained, threshold: number, trainedOn: string): DigitRunModelFile {
  const { scale, rows } = quantisedRows(model.w, DIM, RUN_CLASSES.length);
  return {
    id: MODEL_ID,
    dim: DIM,
    classes: [...RUN_CLASSES],
    bias: Array.from(model.b, (v) => Math.round(v * 1e4) / 1e4),
    scale,
    rows,
    threshold,
    trainedOn,
  };
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function counts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

function add(c: Counts, tp: number, fp: number, fn: number): void {
  c.tp += tp;
  c.fp += fp;
  c.fn += fn;
}

/** Post-level and exact-span counts of the rules alone and of the rules plus a model. */
function score(posts: readonly Post[], model: DigitRunModel | null) {
  const post = counts();
  const span = counts();
  const sc = model?.newScratch();
  for (const p of posts) {
    const found = [...p.rules];
    if (model !== null && sc !== undefined) {
      for (const r of p.runs) {
        if (r.claimed) continue;
        const type = model.judge(p.s, r.a, r.b, r.digits, sc);
        if (type >= 0) found.push({ type: ENTITY_TYPES[type], start: r.start, end: r.end });
      }
    }
    const gold = p.gold.length > 0;
    const any = found.length > 0;
    add(post, gold && any ? 1 : 0, !gold && any ? 1 : 0, gold && !any ? 1 : 0);
    const same = (x: Span, g: Span) => x.type === g.type && x.start === g.start && x.end === g.end;
    const tp = p.gold.filter((g) => found.some((x) => same(x, g))).length;
    add(span, tp, found.filter((x) => !p.gold.some((g) => same(x, g))).length, p.gold.length - tp);
  }
  return { post, span };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b).toFixed(3);
const recall = (c: Counts) => ratio(c.tp, c.tp + c.fn);
const precision = (c: Counts) => ratio(c.tp, c.tp + c.fp);
const f1 = (c: Counts) => ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn);

function crossValidate(posts: readonly Post[]): void {
  const writers = TRAINING_SETS.filter((s) => s !== 'corpus');
  const pooled = new Map<number, { post: Counts; span: Counts }>();
  const base = { post: counts(), span: counts() };
  console.log(
    '| held out | rules: post R / P, span F1 | ' +
      CV_THRESHOLDS.map((t) => `≥ ${t}`).join(' | ') +
      ' |',
  );
  console.log('| --- | --- |' + CV_THRESHOLDS.map(() => ' --- |').join(''));
  for (const held of writers) {
    const test = posts.filter((p) => p.set === held);
    const trained = train(posts.filter((p) => p.set !== held));
    const rules = score(test, null);
    add(base.post, rules.post.tp, rules.post.fp, rules.post.fn);
    add(base.span, rules.span.tp, rules.span.fp, rules.span.fn);
    const cells = CV_THRESHOLDS.map((t) => {
      const r = score(test, new DigitRunModel(modelFile(trained, t, '')));
      const acc = pooled.get(t) ?? { post: counts(), span: counts() };
      add(acc.post, r.post.tp, r.post.fp, r.post.fn);
      add(acc.span, r.span.tp, r.span.fp, r.span.fn);
      pooled.set(t, acc);
      return `${recall(r.post)} / ${precision(r.post)}, ${f1(r.span)}`;
    });
    console.log(
      `| ${held} | ${recall(rules.post)} / ${precision(rules.post)}, ${f1(rules.span)} | ${cells.join(' | ')} |`,
    );
  }
  const cells = CV_THRESHOLDS.map((t) => {
    const r = pooled.get(t) ?? { post: counts(), span: counts() };
    return `${recall(r.post)} / ${precision(r.post)}, ${f1(r.span)}`;
  });
  console.log(
    `| all | ${recall(base.post)} / ${precision(base.post)}, ${f1(base.span)} | ${cells.join(' | ')} |`,
  );
}

/** Where the shipped model lives. */
export const MODEL_PATH = join(
  projectRoot(),
  'src',
  'modules',
  'classification',
  'core',
  `digit-run-model.${MODEL_ID}.json`,
);

/** The model file's text: one row per line keeps diffs readable; the layout is Prettier's. */
export function serialised(file: DigitRunModelFile): string {
  return serialisedSparseModel(
    [
      `  "id": ${JSON.stringify(file.id)},`,
      `  "dim": ${file.dim},`,
      '  "classes": [',
      file.classes.map((c) => `    ${JSON.stringify(c)}`).join(',\n'),
      '  ],',
      `  "bias": ${jsonList(file.bias)},`,
    ],
    file,
  );
}

/** The model the trainer's defaults make from the training sets: what is shipped. */
export function trainedModelFile(
  posts: readonly Post[] = readPosts(TRAINING_SETS),
): DigitRunModelFile {
  const runs = posts.reduce((n, p) => n + p.runs.length, 0);
  const trainedOn =
    `${TRAINING_SETS.join(', ')}: ${runs} digit runs of ${posts.length} posts; ` +
    `SGD ${EPOCHS} epochs, rate ${RATE}/(1+epoch), L2 ${L2}, ${DIM} buckets; threshold ${THRESHOLD}`;
  return modelFile(train(posts), THRESHOLD, trainedOn);
}

function main(): void {
  const posts = readPosts(TRAINING_SETS);
  const runs = posts.reduce((n, p) => n + p.runs.length, 0);
  const positive = posts.reduce((n, p) => n + p.runs.filter((r) => r.y > 0).length, 0);
  console.log(`${posts.length} posts, ${runs} digit runs (${positive} in a labelled value)`);
  if (process.argv.includes('--cv')) {
    crossValidate(posts);
    return;
  }
  const file = trainedModelFile(posts);
  writeFileSync(MODEL_PATH, serialised(file));
  console.log(`wrote ${MODEL_PATH}: ${file.rows.length} rows`);
}

if (require.main === module) main();
