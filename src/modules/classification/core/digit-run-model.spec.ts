import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPoliciesDir } from '../../../platform/paths';
import {
  createClassifier,
  loadPolicySet,
  PolicyValidationError,
  type PolicySet,
} from './classifier';
import {
  DIGIT_RUN_MODELS_BY_ID,
  digitRunsOf,
  forEachRun,
  MAX_FEATURES,
  MAX_RUNS_PER_POST,
  runFeatures,
} from './digit-run-model';

const classifier = createClassifier();
const withoutModel = (set: PolicySet): PolicySet => ({
  ...set,
  detectors: { ...set.detectors, digitRunModel: undefined },
});
const rulesOnly = createClassifier({ policySet: withoutModel(classifier.policySet) });

function runs(s: string): string[] {
  const out: string[] = [];
  forEachRun(s, digitRunsOf(s), (a, b) => {
    out.push(s.slice(a, b));
  });
  return out;
}

function found(text: string, c = classifier): [string, string, string][] {
  return c
    .classify(text, { channel: 'x' })
    .entities.map((e) => [e.type, text.slice(e.start, e.end), e.detector]);
}

describe('the runs the digit-run model reads', () => {
  it('joins digit groups by one space, hyphen, dot or slash, from four digits up', () => {
    expect(runs('acct 4410 2287 9913, born 08-09-1956, pin 123, code 9.9.2024/1')).toEqual([
      '4410 2287 9913',
      '08-09-1956',
      '9.9.2024/1',
    ]);
    expect(runs('4410  2287')).toEqual(['4410', '2287']);
  });

  it('leaves years, codes written with letters, money and percentages to the rules', () => {
    expect(
      runs(
        'since 2024, error E-401192, ref 401192A, $ 125000, USD 125000, 4400 dollars, 1250% apr',
      ),
    ).toEqual([]);
    expect(runs('since 2031')).toEqual([]);
    expect(runs('pin 2100 please')).toEqual(['2100']);
  });

  it('does not read a number longer than any account (a pasted string of digits)', () => {
    expect(runs('4'.repeat(21))).toEqual([]);
    expect(runs('4'.repeat(20))).toEqual(['4'.repeat(20)]);
  });

  it('computes a bounded, repeatable set of features', () => {
    const out = new Int32Array(MAX_FEATURES);
    const text = 'could you check my checking 4410 2287 9913 before friday please thanks';
    const n = runFeatures(text, 28, 42, out);
    expect(n).toBeGreaterThan(8);
    expect(n).toBeLessThanOrEqual(MAX_FEATURES);
    const again = new Int32Array(MAX_FEATURES);
    runFeatures(text, 28, 42, again);
    expect(Array.from(again.slice(0, n))).toEqual(Array.from(out.slice(0, n)));
  });
});

describe('numbers no rule read, read by the model', () => {
  it.each([
    'can someone look at 8820019374 please, nothing posted since friday',
    'hi, here you go: 0098812736 (the one my husband and I share)',
  ])('%j is an account for the model, not for the rules', (text) => {
    const value = /\d{10}/.exec(text)?.[0] ?? '';
    expect(found(text, rulesOnly)).toEqual([]);
    const entity = classifier.classify(text, { channel: 'x' }).entities;
    expect(entity.map((e) => [e.type, text.slice(e.start, e.end), e.detector])).toEqual([
      ['BANK_ACCOUNT', value, 'model.runs-lr-1'],
    ]);
    // Its probability is its confidence, from the policy's minScore up.
    expect(entity[0]?.confidence).toBeGreaterThanOrEqual(0.8);
    expect(entity[0]?.confidence).toBeLessThanOrEqual(1);
  });

  it.each([
    'order 4471 0093 2281 arrived damaged',
    'ticket 88213409 still open after a week',
    'reference 20231145 for the dispute',
  ])('%j names what the number is: no finding', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('routes a post offline when the model reads an account in it (invariant 2)', () => {
    const d = classifier.classify('can someone look at 8820019374 please', {
      channel: 'x',
    }).decision;
    expect(d.actions).toContain('route_offline');
  });

  it('reads no number the rules already read or set aside', () => {
    expect(found('my paycheck 20931847562 never showed up')).toEqual([
      ['BANK_ACCOUNT', '20931847562', 'account.context'],
    ]);
    expect(found('call me at 917 505 2979 after 5')).toEqual([
      ['PHONE', '917 505 2979', 'phone.nanp'],
    ]);
  });

  it(`reads at most ${MAX_RUNS_PER_POST} runs of a post`, () => {
    const text = Array.from({ length: 500 }, () => 'look at 8820019374 please').join('. ');
    const entities = classifier.classify(text, { channel: 'x' }).entities;
    expect(entities.length).toBeGreaterThan(0);
    expect(entities.length).toBeLessThanOrEqual(MAX_RUNS_PER_POST);
  });

  it('a minScore above every probability turns its findings off', () => {
    const strict = createClassifier({
      policySet: {
        ...classifier.policySet,
        detectors: {
          ...classifier.policySet.detectors,
          digitRunModel: { id: 'runs-lr-1', minScore: 1 },
        },
      },
    });
    expect(found('can someone look at 8820019374 please', strict)).toEqual([]);
  });
});

describe('the shipped model', () => {
  it('is read from its file, with every class a type or NONE/OTHER', () => {
    const model = DIGIT_RUN_MODELS_BY_ID['runs-lr-1'];
    expect(model?.classes[0]).toBe('NONE');
    expect(model?.threshold).toBeGreaterThan(0.5);
  });
});

describe('detectors.yaml digitRunModel', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'runs-policy-'));
    cpSync(defaultPoliciesDir(), dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a model that is not shipped, naming the file and line', () => {
    const file = join(dir, 'detectors.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('id: runs-lr-1', 'id: runs-lr-9'));
    let error: unknown;
    try {
      loadPolicySet(dir);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(PolicyValidationError);
    expect((error as Error).message).toMatch(
      /detectors\.yaml:\d+ digitRunModel\.id: must be one of runs-lr-1$/,
    );
  });

  it('without it, only the rules read numbers', () => {
    const file = join(dir, 'detectors.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        /\ndigitRunModel:\n {2}id: runs-lr-1\n {2}minScore: 0\.8\n/,
        '\n',
      ),
    );
    const c = createClassifier({ policySet: loadPolicySet(dir) });
    expect(c.policySet.detectors.digitRunModel).toBeUndefined();
    expect(found('can someone look at 8820019374 please', c)).toEqual([]);
  });
});
