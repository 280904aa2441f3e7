import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPoliciesDir } from '../../../platform/paths';
import { createClassifier, loadPolicySet, PolicyValidationError } from '../index';
import { compiledClassifierFor } from './classify';
import { featuresOfWords, INTENT_MODEL_FILES, IntentModel, intentFeatures } from './intent-model';
import { newScanResult } from './lexicon-trie';

const classifier = createClassifier();
const file = INTENT_MODEL_FILES['intents-lr-1'];
const intentOf = (text: string, intent: string) =>
  classifier.classify(text, { channel: 'x' }).intents.find((i) => i.intent === intent);

describe('intent model', () => {
  it('is shipped in the repository for the intents the policy names it for', () => {
    expect(file).toBeDefined();
    expect(file?.intents).toEqual([
      'account_specific',
      'complaint',
      'legal_threat',
      'crisis',
      'spam',
    ]);
    const named = classifier.policySet.intents.intents.filter((i) =>
      i.rules.some((r) => r.model === 'intents-lr-1'),
    );
    expect(named.map((i) => i.id).sort()).toEqual([...(file?.intents ?? [])].sort());
  });

  it('scores a post from the same features the trainer uses, read on the trie scan', () => {
    if (file === undefined) throw new Error('no model');
    const model = new IntentModel(file);
    const k = file.intents.length;
    const rows = new Map(file.rows.map((r) => [r[0], r.slice(1)]));
    // The classifier's own trie (every policy term): its hits must not change the words.
    const trie = compiledClassifierFor(classifier.policySet).policy.trie;
    for (const text of [
      'this is the worst bank, closing my account tomorrow',
      "Don't recognise these charges — alguien usó mi tarjeta",
      'my attorney general complaint: acct# 4411 and ZIP\n\t CODE 02110',
      "can't log in, won't pay, rock'n'roll 'quoted' 2'3",
      'MY 1099 for acct#4411, got charged 2x, ATTORNEY GENERAL’s office, zip  code 02110',
      'my account\n\tnumber is abc123def; Don’t freeze mi tarjeta de débito',
      '',
      'x',
    ]) {
      const buf = intentFeatures(text);
      const sums = [...file.bias];
      for (const f of buf) {
        const row = rows.get(f & (file.dim - 1));
        if (row !== undefined)
          for (let x = 0; x < k; x++) sums[x] = (sums[x] ?? 0) + (row[x] ?? 0) * file.scale;
      }
      const scan = newScanResult();
      trie.scan(text, scan);
      expect(Array.from(featuresOfWords(scan.words))).toEqual(Array.from(buf));
      const out = new Float64Array(k);
      const best = model.score(scan.words, out);
      sums.forEach((z, x) => expect(out[x]).toBeCloseTo(1 / (1 + Math.exp(-z)), 5));
      expect(best).toBe(Math.max(...out));
    }
  });

  it('refuses a weight that is not a signed byte', () => {
    if (file === undefined) throw new Error('no model');
    expect(() => new IntentModel({ ...file, rows: [[3, 0, 128, 0, 0]] })).toThrow(RangeError);
    expect(() => new IntentModel({ ...file, rows: [[3, 0.5, 0, 0, 0]] })).toThrow(RangeError);
  });

  it('adds the weights of a model of one intent more as of the shipped one', () => {
    if (file === undefined) throw new Error('no model');
    const k = file.intents.length;
    const more = new IntentModel({
      ...file,
      intents: [...file.intents, 'praise'],
      bias: [...file.bias, 0.25],
      rows: file.rows.map((r) => [...r, -(r[1] ?? 0)]),
    });
    const shipped = new IntentModel(file);
    const scan = newScanResult();
    compiledClassifierFor(classifier.policySet).policy.trie.scan(
      'this is the worst bank, I will call my lawyer about the charges I never made',
      scan,
    );
    const a = new Float64Array(k);
    const b = new Float64Array(k + 1);
    shipped.score(scan.words, a);
    more.score(scan.words, b);
    for (let x = 0; x < k; x++) expect(b[x]).toBeCloseTo(a[x] ?? 0, 12);
    const z = Math.log((a[0] ?? 0) / (1 - (a[0] ?? 0))) - (file.bias[0] ?? 0);
    expect(b[k]).toBeCloseTo(1 / (1 + Math.exp(-(0.25 - z))), 9);
  });

  it('scores the first four intents alone as the shipped model scores them', () => {
    if (file === undefined) throw new Error('no model');
    const four = new IntentModel({
      ...file,
      intents: file.intents.slice(0, 4),
      bias: file.bias.slice(0, 4),
      rows: file.rows.map((r) => r.slice(0, 5)),
    });
    const shipped = new IntentModel(file);
    const scan = newScanResult();
    compiledClassifierFor(classifier.policySet).policy.trie.scan(
      'WIN a free iPhone!! click the link, and my card was charged twice, call my lawyer',
      scan,
    );
    const a = new Float64Array(4);
    const b = new Float64Array(file.intents.length);
    four.score(scan.words, a);
    shipped.score(scan.words, b);
    for (let x = 0; x < 4; x++) expect(a[x]).toBe(b[x]);
  });

  it('folds case, diacritics, apostrophes and digit runs before hashing', () => {
    const features = (t: string) => Array.from(intentFeatures(t));
    expect(features('NO RECONOZCO ÉSTE cargo')).toEqual(features('no reconozco este cargo'));
    expect(features("don't")).toEqual(features('dont'));
    expect(features('don’t')).toEqual(features('dont'));
    expect(features("don't")).not.toEqual(features('don t'));
    expect(features("it's 2'3")).toEqual(features('its 2 3'));
    expect(features('charged 2x on 11/03')).toEqual(features('charged 9x on 1/7'));
    expect(features('a1234b')).toEqual(features('a0b'));
    expect(features('frustrated')).toContain(features('frustration')[1]);
  });

  it('is cited in the intent result with its rule id, model id and score', () => {
    const complaint = intentOf('i regret ever opening an account here, what a mess', 'complaint');
    expect(complaint?.ruleIds).toContain('intent.complaint.model');
    expect(complaint?.model?.id).toBe('intents-lr-1');
    expect(complaint?.model?.score).toBeGreaterThanOrEqual(0.5);
    expect(complaint?.model?.score).toBeLessThanOrEqual(1);
    expect(Object.isFrozen(complaint)).toBe(true);
  });

  // Posts written for this spec (not in the training data), one per kind the issue lists.
  it.each([
    ['complaint', 'sure, make me wait nine days for a transfer. outstanding work as usual'],
    ['complaint', 'honestly done with this credit union, moving my paycheck elsewhere'],
    ['complaint', 'qué decepción, otra vez me cobraron la comisión'],
    ['crisis', 'there is a purchase in Ohio on my debit card and I have never been there'],
    ['crisis', 'received a login code i never requested, then my email on file changed'],
    ['account_specific', 'charged twice for the same doordash order, will one of them fall off?'],
    ['account_specific', 'why is my mortgage payment higher this month'],
    ['legal_threat', 'I will be speaking to an attorney about the repossession'],
  ])('reads %s in %j', (intent, text) => {
    expect(intentOf(text, intent)).toBeDefined();
  });

  it.each([
    'hello there',
    'thanks, great service',
    'what are your hours on saturday?',
    'my lawyer needs a copy of the trust documents, how do I request them?',
  ])('leaves %j without a complaint or crisis', (text) => {
    expect(intentOf(text, 'complaint')).toBeUndefined();
    expect(intentOf(text, 'crisis')).toBeUndefined();
  });

  describe('in intents.yaml', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'policies-'));
      cpSync(defaultPoliciesDir(), dir, { recursive: true });
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));
    const edit = (change: (t: string) => string) => {
      const path = join(dir, 'intents.yaml');
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      expect(after).not.toBe(before);
      writeFileSync(path, after);
    };
    const failure = (): PolicyValidationError => {
      try {
        loadPolicySet(dir);
      } catch (err) {
        if (err instanceof PolicyValidationError) return err;
        throw err;
      }
      throw new Error('expected a PolicyValidationError');
    };

    it('refuses a model that is not shipped, with file and line', () => {
      edit((t) => t.replace('model: intents-lr-1', 'model: intents-lr-9'));
      const err = failure();
      expect(err.file).toMatch(/intents\.yaml$/);
      expect(err.path).toMatch(/^intents\[\d+\]\.rules\[\d+\]\.model$/);
      expect(err.line).toBeGreaterThan(1);
    });

    it('refuses minScore on a rule that is not a model rule', () => {
      edit((t) =>
        t.replace(
          '      - id: intent.legal.counsel\n        weight: 0.85\n',
          '      - id: intent.legal.counsel\n        weight: 0.85\n        minScore: 0.5\n',
        ),
      );
      expect(failure().reason).toBe('applies only to model');
    });

    it('turns the model off when its rules are removed', () => {
      edit((t) => t.replace(/ {6}- id: intent\.[a-z]+\.model\n(?: {8}[^\n]*\n)*/g, ''));
      const plain = createClassifier({ policiesDir: dir });
      const result = plain.classify('i regret ever opening an account here, what a mess');
      for (const i of result.intents) expect(i.model).toBeUndefined();
    });
  });
});
