/**
 * Trains the credential model shipped with the classifier
 * (src/modules/classification/core/credential-model.*.json): one logistic
 * regression over the hashed features of `tokenFeatures`, by SGD with L2
 * regularisation, on every token near a credential keyword in the labelled sets
 * that may be trained on (TRAINING_SETS: the generated corpus and holdout-3 to
 * holdout-15; the sealed sets are never read here). A token is a CREDENTIAL when
 * it overlaps a labelled credential. Tokens the rules read as a credential are
 * trained on too (they teach how secrets are given); tokens claimed by any other
 * finding or recognised non-finding are not, as the model never sees them.
 * Deterministic: same data, same weights.
 *
 *   npm run train:credentials            write the model
 *   npm run train:credentials -- --cv    leave one set out: for each held-out set, train on
 *                                        the others and score the rules plus the model on
 *                                        it, per threshold; no model is written
 *
 * The model only reads the tokens the rules left unclaimed, so the cross-validation
 * scores exactly that: the rules' findings, plus the model's on the tokens the
 * rules left (see `detectEntities`' token reader).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_TYPES, type EntityType } from '../src/modules/policy/core';
import { loadPolicySet } from '../src/modules/classification/core';
import { compileClassifier, prepareText } from '../src/modules/classification/core/classify';
import {
  CredentialModel,
  CueList,
  forEachToken,
  MAX_FEATURES,
  tokenFeatures,
  type CredentialModelFile,
  type TokenContext,
} from '../src/modules/classification/core/credential-model';
import type { DetectionState } from '../src/modules/classification/core/detection-state';
import { detectEntities } from '../src/modules/classification/core/entity-detector';
import { projectRoot } from '../src/platform/paths';
import { quantisedRows, serialisedSparseModel, shuffled } from './train-intent-model';

const MODEL_ID = 'creds-lr-1';
const DIM = 1 << 14;
const EPOCHS = Number(process.env.EPOCHS ?? 10);
const RATE = Number(process.env.RATE ?? 0.1);
const L2 = Number(process.env.L2 ?? 1e-4);
/** Probability of CREDENTIAL from which the shipped model reports a token (chosen by --cv). */
const THRESHOLD = Number(process.env.THRESHOLD ?? 0.7);
const CV_THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];

/** Sets the model is trained on; holdout-16 and later are sealed and never read here. */
const TRAINING_SETS = [
  'corpus',
  ...Array.from({ length: 13 }, (_, i) => `holdout-${i + 3}`),
] as const;

const fixtures = join(projectRoot(), 'test', 'fixtures', 'classification');
const CREDENTIAL_TYPE = ENTITY_TYPES.indexOf('CREDENTIAL');

interface Span {
  type: EntityType;
  start: number;
  end: number;
}

interface Token {
  /** Normalised coordinates (what the detectors and the model read). */
  a: number;
  b: number;
  /** Original coordinates, to compare with the labels. */
  start: number;
  end: number;
  /** Read by a rule as a credential: the model never sees it at run time. */
  claimed: boolean;
  /** Would be reported if its probability reached the threshold (see CredentialModel.judge). */
  eligible: boolean;
  features: Int32Array;
  y: number;
}

interface Post {
  set: string;
  gold: Span[];
  /** The rules' findings kept by the policy, in original coordinates. */
  rules: Span[];
  tokens: Token[];
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function credentialFindingOver(st: DetectionState, a: number, b: number): boolean {
  return st.findings.some((f) => f.type === CREDENTIAL_TYPE && f.start < b && a < f.end);
}

/** Each post of the sets as the detectors see it: the rules' findings and every token the model may read. */
function readPosts(sets: readonly string[]): Post[] {
  const compiled = compileClassifier(loadPolicySet());
  const policy = compiled.policy;
  const posts: Post[] = [];
  const buffer = new Int32Array(MAX_FEATURES);
  const cues = new CueList();
  for (const set of sets) {
    const lines = readFileSync(join(fixtures, `${set}.jsonl`), 'utf8').split('\n');
    for (const line of lines) {
      if (line.trim() === '') continue;
      const p = JSON.parse(line) as { text: string; channel?: string; entities: Span[] };
      const privatePost = p.channel === 'chat';
      const normalized = prepareText(compiled, p.text);
      const s = normalized?.text ?? p.text;
      const starts = normalized?.starts ?? null;
      const ends = normalized?.ends ?? null;
      const original = (a: number, b: number) => ({
        start: starts === null ? a : (starts[a] ?? p.text.length),
        end: ends === null ? b : (ends[b - 1] ?? p.text.length),
      });
      const tokens: Token[] = [];
      const raw = detectEntities(
        s,
        policy,
        compiled.scratch,
        undefined,
        undefined,
        privatePost,
        (st) => {
          forEachToken(st, privatePost, cues, (a, b, ctx: TokenContext) => {
            const claimed = st.isClaimed(a, b);
            if (claimed && !credentialFindingOver(st, a, b)) return;
            const n = tokenFeatures(s, a, b, ctx, buffer);
            const features = buffer.slice(0, n).map((f) => f & (DIM - 1));
            const span = original(a, b);
            const y = p.entities.some((g) => g.type === 'CREDENTIAL' && overlaps(g, span)) ? 1 : 0;
            const eligible = !ctx.common && ctx.secretNamed && ctx.secretShaped;
            tokens.push({ a, b, ...span, claimed, eligible, features, y });
          });
        },
      );
      const rules = raw
        .filter((f) => f.confidence >= (policy.minConfidence[f.type] ?? 0))
        .map((f) => ({ type: ENTITY_TYPES[f.type], ...original(f.start, f.end) }));
      posts.push({ set, gold: p.entities, rules, tokens });
    }
  }
  return posts;
}

interface Trained {
  w: Float64Array;
  b: number;
}

function train(posts: readonly Post[]): Trained {
  const w = new Float64Array(DIM);
  let b = 0;
  const tokens = posts.flatMap((p) => p.tokens);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = RATE / (1 + epoch);
    for (const t of shuffled(tokens, 0x9e3779b9 ^ epoch)) {
      let z = b;
      for (const f of t.features) z += w[f];
      const g = 1 / (1 + Math.exp(-z)) - t.y;
      b -= rate * g;
      for (const f of t.features) w[f] -= rate * (g + L2 * w[f]);
    }
  }
  return { w, b };
}

/** The shipped form: weights as integers in -127…127 times one scale, zero rows left out. */
function modelFile(model: Trained, threshold: number, trainedOn: string): CredentialModelFile {
  const { scale, rows } = quantisedRows(model.w, DIM, 1);
  return {
    id: MODEL_ID,
    dim: DIM,
    bias: Math.round(model.b * 1e4) / 1e4,
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

function add(c: Counts, d: Counts): void {
  c.tp += d.tp;
  c.fp += d.fp;
  c.fn += d.fn;
}

/** Post-level counts and exact-span credential counts of the rules alone and of the rules plus a model. */
function score(posts: readonly Post[], model: CredentialModel | null, threshold: number) {
  const post = counts();
  const cred = counts();
  for (const p of posts) {
    const found = [...p.rules];
    if (model !== null) {
      for (const t of p.tokens) {
        if (t.claimed || !t.eligible) continue;
        if (model.scoreFeatures(t.features) >= threshold) {
          found.push({ type: 'CREDENTIAL', start: t.start, end: t.end });
        }
      }
    }
    const gold = p.gold.length > 0;
    const any = found.length > 0;
    post.tp += gold && any ? 1 : 0;
    post.fp += !gold && any ? 1 : 0;
    post.fn += gold && !any ? 1 : 0;
    const same = (x: Span, g: Span) => x.start === g.start && x.end === g.end;
    const goldCreds = p.gold.filter((g) => g.type === 'CREDENTIAL');
    const foundCreds = found.filter((x) => x.type === 'CREDENTIAL');
    const tp = goldCreds.filter((g) => foundCreds.some((x) => same(x, g))).length;
    cred.tp += tp;
    cred.fn += goldCreds.length - tp;
    cred.fp += foundCreds.filter((x) => !goldCreds.some((g) => same(x, g))).length;
  }
  return { post, cred };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b).toFixed(3);
const recall = (c: Counts) => ratio(c.tp, c.tp + c.fn);
const precision = (c: Counts) => ratio(c.tp, c.tp + c.fp);
const cell = (r: { post: Counts; cred: Counts }) =>
  `${recall(r.cred)} / ${precision(r.cred)}; ${recall(r.post)} / ${precision(r.post)}`;

function crossValidate(posts: readonly Post[]): void {
  const held = TRAINING_SETS.filter((s) => s !== 'corpus');
  const pooled = new Map<number, { post: Counts; cred: Counts }>();
  const base = { post: counts(), cred: counts() };
  const alone = new Map<string, [number, number][]>();
  console.log('cells: credential recall / precision; post recall / precision');
  console.log(
    '| held out | rules | ' + CV_THRESHOLDS.map((t) => `rules + model ≥ ${t}`).join(' | ') + ' |',
  );
  console.log('| --- | --- |' + CV_THRESHOLDS.map(() => ' --- |').join(''));
  for (const set of held) {
    const test = posts.filter((p) => p.set === set);
    const model = new CredentialModel(modelFile(train(posts.filter((p) => p.set !== set)), 1, ''));
    const rules = score(test, null, 1);
    add(base.post, rules.post);
    add(base.cred, rules.cred);
    const cells = CV_THRESHOLDS.map((t) => {
      const r = score(test, model, t);
      const acc = pooled.get(t) ?? { post: counts(), cred: counts() };
      add(acc.post, r.post);
      add(acc.cred, r.cred);
      pooled.set(t, acc);
      return cell(r);
    });
    console.log(`| ${set} | ${cell(rules)} | ${cells.join(' | ')} |`);
    for (const p of test) {
      for (const t of p.tokens) {
        if (!t.eligible) continue;
        const q = model.scoreFeatures(t.features);
        const acc = alone.get(set) ?? [];
        acc.push([q, t.y]);
        alone.set(set, acc);
      }
    }
  }
  console.log('');
  console.log(
    'The model alone on every token it may read, those the rules read included (recall / precision of tokens):',
  );
  console.log('| held out | ' + CV_THRESHOLDS.map((t) => `≥ ${t}`).join(' | ') + ' |');
  console.log('| --- |' + CV_THRESHOLDS.map(() => ' --- |').join(''));
  const all = [...alone.values()].flat();
  for (const [set, scored] of [...alone.entries(), ['pooled', all] as const]) {
    const cells = CV_THRESHOLDS.map((th) => {
      const c = counts();
      for (const [q, y] of scored) {
        if (q >= th && y === 1) c.tp++;
        else if (q >= th) c.fp++;
        else if (y === 1) c.fn++;
      }
      return `${recall(c)} / ${precision(c)}`;
    });
    console.log(`| ${set} | ${cells.join(' | ')} |`);
  }
  console.log('');
  const cells = CV_THRESHOLDS.map((t) => cell(pooled.get(t) ?? { post: counts(), cred: counts() }));
  console.log(`| pooled | ${cell(base)} | ${cells.join(' | ')} |`);
}

/** Where the shipped model lives. */
export const MODEL_PATH = join(
  projectRoot(),
  'src',
  'modules',
  'classification',
  'core',
  `credential-model.${MODEL_ID}.json`,
);

/** The model file's text: one row per line keeps diffs readable; the layout is Prettier's. */
export function serialised(file: CredentialModelFile): string {
  return serialisedSparseModel(
    [`  "id": ${JSON.stringify(file.id)},`, `  "dim": ${file.dim},`, `  "bias": ${file.bias},`],
    file,
  );
}

/** The model the trainer's defaults make from the training sets: what is shipped. */
export function trainedModelFile(
  posts: readonly Post[] = readPosts(TRAINING_SETS),
): CredentialModelFile {
  const tokens = posts.reduce((n, p) => n + p.tokens.length, 0);
  const trainedOn =
    `${TRAINING_SETS.join(', ')}: ${tokens} tokens near a credential keyword in ${posts.length} posts; ` +
    `SGD ${EPOCHS} epochs, rate ${RATE}/(1+epoch), L2 ${L2}, ${DIM} buckets; threshold ${THRESHOLD}`;
  return modelFile(train(posts), THRESHOLD, trainedOn);
}

function main(): void {
  const posts = readPosts(TRAINING_SETS);
  const tokens = posts.flatMap((p) => p.tokens);
  const positive = tokens.filter((t) => t.y > 0).length;
  const unclaimed = tokens.filter((t) => !t.claimed);
  console.log(
    `${posts.length} posts, ${tokens.length} tokens near a keyword (${positive} in a labelled credential); ` +
      `${unclaimed.length} left unread by the rules (${unclaimed.filter((t) => t.y > 0).length} in a labelled credential)`,
  );
  if (process.argv.includes('--cv')) {
    crossValidate(posts);
    return;
  }
  const file = trainedModelFile(posts);
  writeFileSync(MODEL_PATH, serialised(file));
  console.log(`wrote ${MODEL_PATH}: ${file.rows.length} rows`);
}

if (require.main === module) main();
