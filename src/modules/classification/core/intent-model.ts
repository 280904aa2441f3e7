/**
 * A small linear intent model shipped in the repository: one logistic regression
 * per intent over hashed words, word stems (first five letters) and word bigrams of
 * the folded text (lower case, diacritics dropped, apostrophes inside words dropped,
 * digit runs read as one "0"). It is trained offline by `npm run train:intents`
 * (`bench/train-intent-model.ts`) from the hand-labelled intent corpora
 * (`test/fixtures/classification/corpus-intents*.txt`) and the intent labels of the
 * spent held-out sets (docs/classification.md, "The intent model"); the weights are
 * committed as JSON beside this file. Nothing is downloaded at run time.
 *
 * intents.yaml uses it like any other evidence: a rule `model: <id>` contributes
 * `weight × score` when the model's probability for that intent reaches
 * `minScore`, and is cited by its rule id like a lexicon rule.
 */
import INTENTS_LR_1 from './intent-model.intents-lr-1.json';
import { LexiconTrie, mixHash, newScanResult, type WordList } from './lexicon-trie';

/** The on-disk form of a model (written by the trainer). */
export interface IntentModelFile {
  id: string;
  /** Feature space: hashed buckets, a power of two. */
  dim: number;
  intents: string[];
  bias: number[];
  /** A weight is its row's integer times `scale`. */
  scale: number;
  /** Sparse rows: `[bucket, weight per intent as an integer in -127…127]`. */
  rows: number[][];
  /** How the weights were obtained (data, epochs, regularisation), for the record. */
  trainedOn?: string;
}

const SEED_BIGRAM = 0x5bd1e995 | 0;

/** A trie with no terms: its scan only splits and hashes the words (see `intentFeatures`). */
const WORDS_ONLY = LexiconTrie.build([]);

/** The bigram feature of a word with the word before it. */
function bigram(prev: number, word: number): number {
  return mixHash(Math.imul(prev, 31) ^ word ^ SEED_BIGRAM);
}

/**
 * The feature hashes of `s`, as the classifier sees them: per word of the trie
 * scan (`ScanResult.words`) its hash, its stem when it has one, and the bigram
 * with the word before. For the trainer and tests; classification reads the
 * scan's words directly (`IntentModel.score`).
 */
export function intentFeatures(s: string): Int32Array {
  const scan = newScanResult();
  WORDS_ONLY.scan(s, scan);
  return featuresOfWords(scan.words);
}

export function featuresOfWords(words: WordList): Int32Array {
  const out: number[] = [];
  let prev = 0;
  for (let k = 0; k < words.count; k++) {
    const w = words.hash[k] ?? 0;
    const stem = words.stem[k] ?? 0;
    out.push(w);
    if (stem !== 0) out.push(stem);
    if (k > 0) out.push(bigram(prev, w));
    prev = w;
  }
  return Int32Array.from(out);
}

/** A weight of a model file's row: an integer in -127…127 (a signed byte), else the file is refused. */
export function checkedWeight(modelId: string, q: number | undefined): number {
  const v = q ?? 0;
  if (!Number.isInteger(v) || v < -127 || v > 127)
    throw new RangeError(`model ${modelId}: weight ${v} is not an integer in -127…127`);
  return v;
}

/** Integer sums whose probabilities are tabulated: |z| up to this (the sums of most posts). */
const SUMS = 1024;

/** Weights per table word: four signed bytes. */
const PER_WORD = 4;

/**
 * A loaded model: per bucket its weights as signed bytes, four intents to a
 * 32-bit word, so a feature costs one read from a table of 4 × dim bytes per
 * four intents (2 MiB for the shipped model of five intents, 2^18 buckets) and integer
 * additions.
 */
export class IntentModel {
  readonly id: string;
  readonly intents: readonly string[];
  private readonly mask: number;
  /** Table words per bucket (⌈intents / 4⌉). */
  private readonly stride: number;
  private readonly table: Int32Array;
  private readonly bias: Float64Array;
  private readonly scale: number;
  /**
   * Per intent x, the probability of each integer sum z in -SUMS…SUMS at
   * `x * (2 * SUMS + 1) + SUMS + z`, computed as `score` would (the same
   * expression, so the same number): a read instead of a call of Math.exp.
   */
  private readonly probabilities: Float64Array;

  constructor(file: IntentModelFile) {
    if ((file.dim & (file.dim - 1)) !== 0) throw new RangeError('model dim must be a power of two');
    this.id = file.id;
    this.intents = file.intents;
    const k = file.intents.length;
    this.mask = file.dim - 1;
    this.stride = Math.ceil(k / PER_WORD);
    this.table = new Int32Array(file.dim * this.stride);
    for (const row of file.rows) {
      const bucket = row[0] ?? 0;
      for (let x = 0; x < k; x++) {
        const q = checkedWeight(file.id, row[x + 1]);
        this.table[bucket * this.stride + (x >> 2)] |= (q & 255) << (8 * (x & 3));
      }
    }
    this.bias = Float64Array.from(file.bias);
    this.scale = file.scale;
    this.probabilities = new Float64Array(k * (2 * SUMS + 1));
    for (let x = 0; x < k; x++) {
      for (let z = -SUMS; z <= SUMS; z++) {
        this.probabilities[x * (2 * SUMS + 1) + SUMS + z] = this.probability(x, z);
      }
    }
  }

  private probability(x: number, z: number): number {
    return 1 / (1 + Math.exp(-(this.bias[x] + this.scale * z)));
  }

  /**
   * Probability per intent (in `intents` order) written into `out`, from the words
   * the trie scan hashed on its single pass over the text (the same features as
   * `featuresOfWords`). Returns the largest of them.
   */
  score(words: WordList, out: Float64Array): number {
    const k = this.intents.length;
    if (k === 5) this.sum5(words, out);
    else this.sum(words, out);
    let best = 0;
    for (let x = 0; x < k; x++) {
      const z = out[x];
      const p =
        z >= -SUMS && z <= SUMS
          ? this.probabilities[x * (2 * SUMS + 1) + SUMS + z]
          : this.probability(x, z);
      out[x] = p;
      if (p > best) best = p;
    }
    return best;
  }

  /** The integer sums per intent into `out`, any number of intents. */
  private sum(words: WordList, out: Float64Array): void {
    const k = this.intents.length;
    out.fill(0);
    const { table, mask, stride } = this;
    const hashes = words.hash;
    const stems = words.stem;
    let prev = 0;
    for (let q = 0; q < words.count; q++) {
      const w = hashes[q];
      const stem = stems[q];
      for (let f = 0; f < 3; f++) {
        if ((f === 1 && stem === 0) || (f === 2 && q === 0)) continue;
        const h = f === 0 ? w : f === 1 ? stem : bigram(prev, w);
        const base = (h & mask) * stride;
        for (let x = 0; x < k; x++) {
          out[x] += (table[base + (x >> 2)] << (24 - 8 * (x & 3))) >> 24;
        }
      }
      prev = w;
    }
  }

  /**
   * `sum` for five intents (the shipped model: two table words a bucket, the fifth intent in
   * the second word's low byte), the sums kept in registers.
   */
  private sum5(words: WordList, out: Float64Array): void {
    const { table, mask } = this;
    let z0 = 0;
    let z1 = 0;
    let z2 = 0;
    let z3 = 0;
    let z4 = 0;
    const hashes = words.hash;
    const stems = words.stem;
    const count = words.count;
    let prev = 0;
    for (let q = 0; q < count; q++) {
      const w = hashes[q];
      let base = (w & mask) << 1;
      let v = table[base];
      z0 += (v << 24) >> 24;
      z1 += (v << 16) >> 24;
      z2 += (v << 8) >> 24;
      z3 += v >> 24;
      z4 += (table[base + 1] << 24) >> 24;
      const stem = stems[q];
      if (stem !== 0) {
        base = (stem & mask) << 1;
        v = table[base];
        z0 += (v << 24) >> 24;
        z1 += (v << 16) >> 24;
        z2 += (v << 8) >> 24;
        z3 += v >> 24;
        z4 += (table[base + 1] << 24) >> 24;
      }
      if (q > 0) {
        base = (bigram(prev, w) & mask) << 1;
        v = table[base];
        z0 += (v << 24) >> 24;
        z1 += (v << 16) >> 24;
        z2 += (v << 8) >> 24;
        z3 += v >> 24;
        z4 += (table[base + 1] << 24) >> 24;
      }
      prev = w;
    }
    out[0] = z0;
    out[1] = z1;
    out[2] = z2;
    out[3] = z3;
    out[4] = z4;
  }
}

/** Models shipped with the classifier, by id (intents.yaml `model:`). */
export const INTENT_MODEL_FILES: Readonly<Record<string, IntentModelFile>> = Object.freeze({
  [INTENTS_LR_1.id]: INTENTS_LR_1,
});
