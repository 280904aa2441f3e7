/**
 * A small linear intent model shipped in the repository: one logistic regression
 * per intent over hashed words, word stems (first five letters) and word bigrams of
 * the folded text (lower case, diacritics dropped, apostrophes inside words dropped,
 * digit runs read as one "0"). It is trained offline by `npm run train:intents`
 * (`bench/train-intent-model.ts`) from `test/fixtures/classification/corpus-intents.txt`
 * and holdout-3's intent labels; the weights are committed as JSON beside this
 * file. Nothing is downloaded at run time.
 *
 * intents.yaml uses it like any other evidence: a rule `model: <id>` contributes
 * `weight × score` when the model's probability for that intent reaches
 * `minScore`, and is cited by its rule id like a lexicon rule.
 */
import INTENTS_LR_1 from './intent-model.intents-lr-1.json';

/** The on-disk form of a model (written by the trainer). */
export interface IntentModelFile {
  id: string;
  /** Feature space: hashed buckets, a power of two. */
  dim: number;
  intents: string[];
  bias: number[];
  /** Sparse rows: `[bucket, weight per intent…]`. */
  rows: number[][];
  /** How the weights were obtained (data, epochs, regularisation), for the record. */
  trainedOn?: string;
}

const SEED_WORD = 0x2f6b1c3d;
const SEED_BIGRAM = 0x5bd1e995 | 0;
const SEED_GRAM = 0x27d4eb2f;

/** Folded code unit for the Latin range (lower case, no diacritics), 0 = separator. */
const FOLD = buildFold();

function buildFold(): Uint16Array {
  const table = new Uint16Array(0x250);
  for (let c = 0; c < table.length; c++) {
    const ch = String.fromCharCode(c);
    if (c >= 48 && c <= 57) {
      table[c] = 48; // every digit reads as "0"
      continue;
    }
    const folded = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    if (folded.length === 1 && /\p{L}/u.test(folded)) table[c] = folded.charCodeAt(0);
    else if (folded === 'ss') table[c] = 115;
  }
  return table;
}

function foldChar(c: number): number {
  if (c < 0x250) return FOLD[c] ?? 0;
  if (c >= 0xd800 && c <= 0xdfff) return 0;
  // Other scripts: letters kept as they are (lower-cased by the caller's text where it matters).
  return c >= 0x2000 && c <= 0x2bff ? 0 : c;
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** Words longer than this also count by their first PREFIX letters (a crude stem). */
const PREFIX = 5;

/**
 * Writes the feature hashes of `s` into `out` (or a bigger buffer when `out` is
 * too small) and returns `[buffer, count]`: per word its hash, its first five
 * letters when longer ("frustrat…", "unauthor…", "hackear…" share a stem) and the
 * bigram with the word before. The same function serves training and classification.
 */
export function intentFeatures(s: string, out: Int32Array): [Int32Array, number] {
  // At most three features per word and a word has at least one character.
  const buf = out.length >= 3 * s.length + 8 ? out : new Int32Array(3 * s.length + 64);
  let n = 0;
  let word = SEED_WORD;
  let prefix = 0;
  let wordLen = 0;
  let prevWord = 0;
  let lastWasZero = false;
  const len = s.length;
  for (let i = 0; i <= len; i++) {
    const code = i < len ? s.charCodeAt(i) : 32;
    const c = code < 0x250 ? (FOLD[code] ?? 0) : foldChar(code);
    if (c === 0) {
      if ((code === 39 || code === 0x2019) && wordLen > 0 && i + 1 < len) {
        // An apostrophe inside a word ("don't") is dropped.
        const next = s.charCodeAt(i + 1);
        const nc = next < 0x250 ? (FOLD[next] ?? 0) : foldChar(next);
        if (nc !== 0 && nc !== 48) continue;
      }
      if (wordLen === 0) continue;
      const w = mix(word);
      buf[n++] = w;
      if (wordLen > PREFIX) buf[n++] = mix(prefix ^ SEED_GRAM);
      if (prevWord !== 0) buf[n++] = mix(Math.imul(prevWord, 31) ^ w ^ SEED_BIGRAM);
      prevWord = w;
      word = SEED_WORD;
      wordLen = 0;
      lastWasZero = false;
      continue;
    }
    if (c === 48) {
      // A digit run reads as one "0".
      if (lastWasZero) continue;
      lastWasZero = true;
    } else lastWasZero = false;
    word = Math.imul(word ^ c, 0x01000193);
    if (++wordLen === PREFIX) prefix = word;
  }
  return [buf, n];
}

/** A loaded model: bucket → row of per-intent weights. */
export class IntentModel {
  readonly id: string;
  readonly intents: readonly string[];
  private readonly mask: number;
  /** Row per bucket, -1 when the bucket has no weights. */
  private readonly slot: Int16Array | Int32Array;
  private readonly weights: Float32Array;
  private readonly bias: Float64Array;

  constructor(file: IntentModelFile) {
    if ((file.dim & (file.dim - 1)) !== 0) throw new RangeError('model dim must be a power of two');
    this.id = file.id;
    this.intents = file.intents;
    const k = file.intents.length;
    this.mask = file.dim - 1;
    this.slot = (
      file.rows.length < 32768 ? new Int16Array(file.dim) : new Int32Array(file.dim)
    ).fill(-1);
    this.weights = new Float32Array(file.rows.length * k);
    file.rows.forEach((row, r) => {
      this.slot[row[0] ?? 0] = r;
      for (let x = 0; x < k; x++) this.weights[r * k + x] = row[x + 1] ?? 0;
    });
    this.bias = Float64Array.from(file.bias);
  }

  /**
   * Probability per intent (in `intents` order) written into `out`. Walks the
   * text once, computing the features exactly as `intentFeatures` does and adding
   * their weights as it goes (no feature buffer).
   */
  score(s: string, out: Float64Array): void {
    const k = this.intents.length;
    // The sums are kept in `out` (the caller's scratch space), then turned into probabilities.
    out.set(this.bias);
    const slot = this.slot;
    const weights = this.weights;
    const mask = this.mask;
    let word = SEED_WORD;
    let prefix = 0;
    let wordLen = 0;
    let prevWord = 0;
    let lastWasZero = false;
    const len = s.length;
    for (let i = 0; i < len; i++) {
      const code = s.charCodeAt(i);
      const c = code < 0x250 ? (FOLD[code] ?? 0) : foldChar(code);
      if (c !== 0) {
        if (c === 48) {
          // A digit run reads as one "0".
          if (lastWasZero) continue;
          lastWasZero = true;
        } else lastWasZero = false;
        word = Math.imul(word ^ c, 0x01000193);
        if (++wordLen === PREFIX) prefix = word;
        continue;
      }
      if (wordLen === 0) continue;
      if ((code === 39 || code === 0x2019) && i + 1 < len) {
        // An apostrophe inside a word ("don't") is dropped.
        const next = s.charCodeAt(i + 1);
        const nc = next < 0x250 ? (FOLD[next] ?? 0) : foldChar(next);
        if (nc !== 0 && nc !== 48) continue;
      }
      const w = mix(word);
      addRow(slot, weights, mask, w, k, out);
      if (wordLen > PREFIX) addRow(slot, weights, mask, mix(prefix ^ SEED_GRAM), k, out);
      if (prevWord !== 0)
        addRow(slot, weights, mask, mix(Math.imul(prevWord, 31) ^ w ^ SEED_BIGRAM), k, out);
      prevWord = w;
      word = SEED_WORD;
      wordLen = 0;
      lastWasZero = false;
    }
    if (wordLen > 0) {
      const w = mix(word);
      addRow(slot, weights, mask, w, k, out);
      if (wordLen > PREFIX) addRow(slot, weights, mask, mix(prefix ^ SEED_GRAM), k, out);
      if (prevWord !== 0)
        addRow(slot, weights, mask, mix(Math.imul(prevWord, 31) ^ w ^ SEED_BIGRAM), k, out);
    }
    for (let x = 0; x < k; x++) out[x] = 1 / (1 + Math.exp(-(out[x] ?? 0)));
  }
}

/** Adds the weights of feature `h`'s bucket, if it has any, to `sums`. */
function addRow(
  slot: Int16Array | Int32Array,
  weights: Float32Array,
  mask: number,
  h: number,
  k: number,
  sums: Float64Array,
): void {
  const r = slot[h & mask] ?? -1;
  if (r < 0) return;
  const base = r * k;
  for (let x = 0; x < k; x++) sums[x] = (sums[x] ?? 0) + (weights[base + x] ?? 0);
}

/** Models shipped with the classifier, by id (intents.yaml `model:`). */
export const INTENT_MODEL_FILES: Readonly<Record<string, IntentModelFile>> = Object.freeze({
  [INTENTS_LR_1.id]: INTENTS_LR_1,
});
